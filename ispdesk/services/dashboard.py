"""The figures on the dashboard: what came in today and what is waiting.

Every figure is one aggregate SQL query (GROUP BY / conditional SUM), so the
dashboard stays fast with 200,000 customers. A figure the user may not see
(their role cannot view its module) is left ``None`` and not queried.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Inventory, Invoice, Lead, Payment, Receipt, WorkOrder
from ispdesk.db.types import ExactDecimal
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import InvoiceStatus, LeadStatus, PaymentMethod, PaymentStatus, WorkOrderStatus
from ispdesk.domain.money import ZERO
from ispdesk.services import office_days
from ispdesk.services.permissions import operation
from ispdesk.services.stock import at_or_below_minimum

#: Invoices that still wait for money.
OPEN_INVOICE_STATUSES = (InvoiceStatus.UNPAID, InvoiceStatus.PARTIAL, InvoiceStatus.OVERDUE)
#: Leads still in the pipeline (not won, not lost), in pipeline order.
OPEN_LEAD_STATUSES = (LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.QUALIFIED, LeadStatus.PROPOSAL,
                      LeadStatus.NEGOTIATION)
#: Work orders not finished yet, in the order they move.
OPEN_WORK_ORDER_STATUSES = (WorkOrderStatus.PENDING, WorkOrderStatus.ASSIGNED, WorkOrderStatus.IN_PROGRESS)


@dataclass(frozen=True)
class MethodTotal:
    """Confirmed payments of one method today."""

    method: str
    count: int
    total: Decimal


@dataclass(frozen=True)
class Outstanding:
    """How much is still to be paid, and on how many invoices."""

    count: int
    total: Decimal


@dataclass(frozen=True)
class DashboardFigures:
    """Plain data for the dashboard; ``None`` where the user may not look."""

    today: date
    payments_by_method: tuple[MethodTotal, ...] | None = None
    receipts_today: Outstanding | None = None
    unpaid: Outstanding | None = None
    overdue: Outstanding | None = None
    open_leads_by_status: dict[str, int] | None = None
    low_stock_items: int | None = None
    open_work_orders_by_status: dict[str, int] | None = None

    @property
    def payments_today(self) -> Outstanding | None:
        """All of today's confirmed payments together."""
        if self.payments_by_method is None:
            return None
        return Outstanding(sum(m.count for m in self.payments_by_method),
                           sum((m.total for m in self.payments_by_method), ZERO))


def _money_sum(expression: sa.ColumnElement) -> sa.ColumnElement:
    """SUM of a money expression, read back exact on both databases."""
    return sa.type_coerce(sa.func.coalesce(sa.func.sum(expression), 0), ExactDecimal(15, 2))


def payments_by_method(session: Session, today: date) -> tuple[MethodTotal, ...]:
    """Today's confirmed payments, per method, every method listed; today's by
    :mod:`ispdesk.services.office_days` (those of the shifts opened today, however
    late they close, and those dated today outside a shift), as the cash report counts."""
    paid = office_days.payments_of(today, Payment.payment_method.label("method"), Payment.amount.label("amount"),
                                   where=(Payment.status == PaymentStatus.CONFIRMED,)).subquery()
    rows = session.execute(
        sa.select(paid.c.method, sa.func.count(), _money_sum(paid.c.amount)).group_by(paid.c.method)).all()
    found = {method: MethodTotal(method, count, total) for method, count, total in rows}
    return tuple(found.get(m.value, MethodTotal(m.value, 0, ZERO)) for m in PaymentMethod)


def receipts_today(session: Session, today: date) -> Outstanding:
    """Confirmed receipts of today (:mod:`ispdesk.services.office_days`: those of
    the shifts opened today, and those taken today outside a shift) and the money
    received on them."""
    taken = office_days.receipts_of(today, Receipt.amount_received.label("amount"),
                                    where=(Receipt.status == PaymentStatus.CONFIRMED,)).subquery()
    count, total = session.execute(sa.select(sa.func.count(), _money_sum(taken.c.amount))).one()
    return Outstanding(count, total)


def unpaid_and_overdue(session: Session, today: date) -> tuple[Outstanding, Outstanding]:
    """Open invoices (unpaid, partial, overdue) and those past their due date,
    as remaining amounts (total - amount paid), in one query."""
    remaining = Invoice.total - Invoice.amount_paid
    late = Invoice.due_date < today
    count, total, late_count, late_total = session.execute(
        sa.select(sa.func.count(), _money_sum(remaining),
                  sa.func.coalesce(sa.func.sum(sa.case((late, 1), else_=0)), 0),
                  _money_sum(sa.case((late, remaining), else_=0)))
        .where(Invoice.status.in_(OPEN_INVOICE_STATUSES))).one()
    return Outstanding(count, total), Outstanding(int(late_count), late_total)


def _count_by_status(session: Session, column: sa.ColumnElement, statuses: tuple[str, ...],
                     *where: sa.ColumnElement) -> dict[str, int]:
    rows = session.execute(sa.select(column, sa.func.count()).where(column.in_(statuses), *where)
                           .group_by(column)).all()
    found = dict(rows)
    return {str(s): int(found.get(str(s), 0)) for s in statuses}


def open_leads_by_status(session: Session) -> dict[str, int]:
    return _count_by_status(session, Lead.status, OPEN_LEAD_STATUSES)


def open_work_orders_by_status(session: Session) -> dict[str, int]:
    return _count_by_status(session, WorkOrder.status, OPEN_WORK_ORDER_STATUSES)


def low_stock_items(session: Session) -> int:
    """Active stock items at or below their minimum quantity."""
    active = sa.or_(Inventory.is_active.is_(None), Inventory.is_active == sa.true())
    low = at_or_below_minimum(Inventory.__table__)
    return int(session.scalar(sa.select(sa.func.count()).select_from(Inventory).where(active, low)) or 0)


@operation("dashboard", "view")
def dashboard_figures(session: Session, actor: Actor, today: date | None = None) -> DashboardFigures:
    """The figures of ``today`` (the office clock's unless given) for ``actor``:
    only those of modules their role can view."""
    today = today or clock.today()

    def may(module: str) -> bool:
        return actor.can(module, "view")

    unpaid = overdue = None
    if may("invoices"):
        unpaid, overdue = unpaid_and_overdue(session, today)
    return DashboardFigures(
        today=today,
        payments_by_method=payments_by_method(session, today) if may("payments") else None,
        receipts_today=receipts_today(session, today) if may("payments") else None,
        unpaid=unpaid,
        overdue=overdue,
        open_leads_by_status=open_leads_by_status(session) if may("leads") else None,
        low_stock_items=low_stock_items(session) if may("inventory") else None,
        open_work_orders_by_status=open_work_orders_by_status(session) if may("work_orders") else None,
    )
