"""After the due date: overdue invoices, the late fee (once), and the suspension list.

* :func:`mark_overdue` turns unpaid and part-paid invoices past their due date
  into ``overdue`` and, when the settings ask for one (``billing.late_fee_type``
  ``fixed`` or ``percent`` of what is still owed, ``billing.late_fee_value``),
  adds the late fee once: a ``late_fee`` line, ``late_fee`` and ``total``
  raised, ``late_fee_applied_at`` set. Both are conditional UPDATEs on rows
  locked in ascending id, so running it twice (or on two desktops) changes
  nothing the second time. The late fee carries no PPN.
* :func:`suspension_report` lists active customers with an invoice overdue
  more than N days (``billing.suspend_after_days`` unless given), with what
  they owe; customers marked *never suspend* or postponed until a later date
  are listed apart, with the reason.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import AuditLog, Customer, Invoice, InvoiceItem
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import CustomerStatus, InvoiceLineKind, InvoiceStatus
from ispdesk.domain.errors import ConflictError, ValidationError
from ispdesk.domain.messages import Message, message, render
from ispdesk.domain.money import ZERO, round_rupiah
from ispdesk.services import audit, listing
from ispdesk.services.modules.columns import day, integer, money, text
from ispdesk.services.office_settings import get_settings
from ispdesk.services.permissions import operation
from ispdesk.services.specs import Page, TableSpec

MODULE = "invoices"
OPEN = (InvoiceStatus.UNPAID, InvoiceStatus.PARTIAL)
LATE_FEE_LINE = "Denda keterlambatan pembayaran"

LATE_FEE_NOT_NUMBER = message("overdue.late_fee_not_number", "The late fee is not a number.")
LATE_FEE_INVALID = message("overdue.late_fee_invalid", "The late fee setting is not valid.")
CHANGED_WHILE_LOCKED = message("overdue.invoices_changed",
                               "Invoices changed while the late fees were added; run it again.")
NEGATIVE_DAYS = message("overdue.negative_days", "The number of days cannot be negative.")
NEVER_SUSPEND = message("overdue.never_suspend", "Never suspend")
POSTPONED = message("overdue.postponed_until", "Postponed until {day}")


@dataclass(frozen=True)
class LateFeeRule:
    """``kind`` none, fixed (``value`` Rupiah) or percent (``value`` % of what is still owed)."""

    kind: str = "none"
    value: Decimal = ZERO

    @classmethod
    def from_settings(cls, settings: dict[str, str]) -> LateFeeRule:
        kind = (settings.get("billing.late_fee_type") or "none").strip()
        try:
            value = Decimal((settings.get("billing.late_fee_value") or "0").replace(",", "."))
        except InvalidOperation:
            raise ValidationError({"billing.late_fee_value": LATE_FEE_NOT_NUMBER()}) from None
        if kind not in ("none", "fixed", "percent") or value < 0:
            raise ValidationError({"billing.late_fee_type": LATE_FEE_INVALID()})
        return cls(kind, value)

    def fee(self, owed: Decimal) -> Decimal:
        """The late fee on an invoice that still owes ``owed`` (whole Rupiah)."""
        if self.kind == "fixed":
            return round_rupiah(self.value)
        if self.kind == "percent":
            return round_rupiah(Decimal(owed) * self.value / 100)
        return ZERO


@dataclass(frozen=True)
class OverdueResult:
    marked: int
    late_fees: int
    late_fee_total: Decimal


@operation(MODULE, "edit")
def mark_overdue(session: Session, actor: Actor, today: date | None = None) -> OverdueResult:
    """Mark invoices due before ``today`` (the office clock's by default) and still open as
    overdue; add the late fee once."""
    today = today or clock.today()
    inv = Invoice.__table__
    rule = LateFeeRule.from_settings(get_settings(session))
    stamp = clock.now()
    open_states = [str(s) for s in OPEN]
    due = dict(session.execute(
        sa.select(inv.c.id, inv.c.status).where(inv.c.status.in_(open_states), inv.c.due_date < today)
        .order_by(inv.c.id).with_for_update()).all())
    marked = 0
    for chunk in _chunks(list(due)):
        marked += session.execute(sa.update(inv).where(inv.c.id.in_(chunk), inv.c.status.in_(open_states))
                                  .values(status=InvoiceStatus.OVERDUE)).rowcount
        _audit(session, actor, chunk, lambda invoice_id: ({"status": str(due[invoice_id])}, {"status": "overdue"}))
    fees, total = 0, ZERO
    if rule.kind != "none":
        fees, total = _late_fees(session, actor, rule, today, stamp)
    return OverdueResult(marked=marked, late_fees=fees, late_fee_total=total)


def _late_fees(session: Session, actor: Actor, rule: LateFeeRule, today: date,
               stamp) -> tuple[int, Decimal]:
    inv = Invoice.__table__
    rows = session.execute(
        sa.select(inv.c.id, inv.c.total, inv.c.amount_paid)
        .where(inv.c.status == InvoiceStatus.OVERDUE, inv.c.late_fee_applied_at.is_(None), inv.c.due_date < today)
        .order_by(inv.c.id).with_for_update()).all()
    by_fee: dict[Decimal, list[int]] = defaultdict(list)
    for row in rows:
        fee = rule.fee(row.total - row.amount_paid)
        if fee > 0:
            by_fee[fee].append(row.id)
    applied, total = 0, ZERO
    for fee, ids in by_fee.items():
        for chunk in _chunks(ids):
            changed = session.execute(
                sa.update(inv).where(inv.c.id.in_(chunk), inv.c.late_fee_applied_at.is_(None))
                .values(late_fee=inv.c.late_fee + fee, total=inv.c.total + fee, late_fee_applied_at=stamp)).rowcount
            if changed != len(chunk):   # rows are locked; a mismatch means the data changed under us
                raise ConflictError(CHANGED_WHILE_LOCKED())
            session.execute(sa.insert(InvoiceItem.__table__), [
                {"invoice_id": invoice_id, "kind": InvoiceLineKind.LATE_FEE, "description": LATE_FEE_LINE,
                 "quantity": Decimal("1.00"), "unit_price": fee, "amount": fee} for invoice_id in chunk])
            _audit(session, actor, chunk, lambda _id, fee=fee: ({"late_fee": "0"}, {"late_fee": str(fee)}))
            applied += len(chunk)
            total += fee * len(chunk)
    return applied, total


def _audit(session: Session, actor: Actor, ids: list[int], change) -> None:
    rows = []
    for invoice_id in ids:
        old, new = change(invoice_id)
        rows.append(audit.entry(actor, "update", "invoices", invoice_id, old, new, MODULE))
    if rows:
        session.execute(sa.insert(AuditLog.__table__), rows)


def _chunks(ids: list[int], size: int = 1000) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start:start + size])


# ---------------------------------------------------------------- suspension list


@dataclass(frozen=True)
class SuspensionRow:
    customer_id: int
    customer_number: str
    name: str
    phone: str | None
    address: str | None
    oldest_due: date
    days_overdue: int
    invoices: int
    amount: Decimal
    never_suspend: bool = False
    postponed_until: date | None = None     # set only while it still holds

    @property
    def held(self) -> Message | None:
        """Why the customer is not to be suspended (None when they are)."""
        if self.never_suspend:
            return NEVER_SUSPEND()
        if self.postponed_until is not None:
            return POSTPONED(day=self.postponed_until)
        return None


@dataclass(frozen=True)
class SuspensionReport:
    as_of: date
    min_days: int
    rows: tuple[SuspensionRow, ...] = ()        # to suspend, most overdue first
    held: tuple[SuspensionRow, ...] = ()        # never suspend / postponed
    total: Decimal = field(default=ZERO)


@operation(MODULE, "view")
def suspension_report(session: Session, actor: Actor, today: date | None = None,
                      min_days: int | None = None) -> SuspensionReport:
    """Active customers with an invoice overdue more than ``min_days`` days on ``today``
    (the office clock's by default)."""
    return _suspension_report(session, today or clock.today(), min_days)


def _suspension_report(session: Session, today: date, min_days: int | None) -> SuspensionReport:
    if min_days is None:
        try:
            min_days = int(get_settings(session).get("billing.suspend_after_days") or 30)
        except ValueError:
            min_days = 30
    if min_days < 0:
        raise ValidationError({"min_days": NEGATIVE_DAYS()})
    inv, cu = Invoice.__table__, Customer.__table__
    past_due = sa.or_(inv.c.status == InvoiceStatus.OVERDUE,
                      sa.and_(inv.c.status.in_([str(s) for s in OPEN]), inv.c.due_date < today))
    owed = inv.c.total - inv.c.amount_paid
    grouped = (sa.select(inv.c.customer_id, sa.func.min(inv.c.due_date).label("oldest"),
                         sa.func.count().label("invoices"), sa.func.sum(owed).label("amount"))
               .where(past_due).group_by(inv.c.customer_id)
               .having(sa.func.min(inv.c.due_date) < today - timedelta(days=min_days)).subquery())
    rows = session.execute(
        sa.select(cu.c.id, cu.c.customer_number, cu.c.name, cu.c.phone, cu.c.address, cu.c.never_suspend,
                  cu.c.suspend_postponed_until, grouped.c.oldest, grouped.c.invoices, grouped.c.amount)
        .join(grouped, grouped.c.customer_id == cu.c.id)
        .where(cu.c.status == CustomerStatus.ACTIVE)
        .order_by(grouped.c.oldest, cu.c.id)).all()
    to_suspend, held = [], []
    for r in rows:
        postponed = r.suspend_postponed_until
        row = SuspensionRow(customer_id=r.id, customer_number=r.customer_number, name=r.name, phone=r.phone,
                            address=r.address, oldest_due=r.oldest, days_overdue=(today - r.oldest).days,
                            invoices=r.invoices, amount=Decimal(r.amount), never_suspend=bool(r.never_suspend),
                            postponed_until=postponed if postponed is not None and postponed >= today else None)
        (held if row.held is not None else to_suspend).append(row)
    return SuspensionReport(as_of=today, min_days=min_days, rows=tuple(to_suspend), held=tuple(held),
                            total=sum((row.amount for row in to_suspend), ZERO))


SUSPENSION_SPEC = TableSpec(
    key=MODULE, title="Suspension list", model=Customer,
    columns=(text("customer_number", "Customer no."), text("name", "Name"), text("phone", "Phone"),
             text("address", "Address"), day("oldest_due", "Oldest due date"),
             integer("days_overdue", "Days overdue"), integer("invoices", "Invoices"),
             money("amount", "Amount overdue"), text("held", "Not suspended because")),
)


@operation(MODULE, "export")
def export_suspension(session: Session, actor: Actor, today: date | None, path: str | Path,
                      min_days: int | None = None) -> int:
    """The suspension list (held customers last) as XLSX or CSV; returns the row count.
    Why a customer is held is written in the office's language."""
    report = _suspension_report(session, today or clock.today(), min_days)
    names = tuple(c.name for c in SUSPENSION_SPEC.columns)
    lines = [*report.rows, *report.held]

    def pages() -> Iterator[Page]:
        yield Page(names, [(r.customer_number, r.name, r.phone, r.address, r.oldest_due, r.days_overdue,
                            r.invoices, r.amount, render(r.held) if r.held is not None else "") for r in lines],
                   list(range(len(lines))), 0)

    writer = listing.write_xlsx if str(path).lower().endswith(".xlsx") else listing.write_csv
    return writer(path, pages(), SUSPENSION_SPEC)
