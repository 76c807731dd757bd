"""Shared pieces of the cashier dialog tests: real users (a cashier and a
supervisor) logged in through auth, customers with invoices written through
the ORM, and a context whose runner is waited for at the end."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from ispdesk.db.models import Customer, Invoice
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.actor import Actor
from ispdesk.ui.context import AppContext
from ispdesk.ui.tasks import TaskRunner
from tests.support.actors import add_user

TODAY = date(2026, 11, 24)


@dataclass
class Counter:
    """A cashier at the counter and the supervisor who approves."""

    db: Any
    ctx: AppContext
    supervisor: Actor

    def settle(self, qtbot: Any) -> None:
        qtbot.waitUntil(lambda: not self.ctx.runner.busy, timeout=15000)


@pytest.fixture
def counter(db: Any, qtbot: Any) -> Iterator[Counter]:
    cashier = add_user(db, "kasir1", "cashier")
    supervisor = add_user(db, "spv1", "supervisor")
    ctx = AppContext(db=db, runner=TaskRunner(), actor=cashier)
    yield Counter(db, ctx, supervisor)
    ctx.runner.wait(15000)


def add_customer(db: Any, number: str, name: str, phone: str, address: str,
                 invoices: list[Decimal] | tuple[Decimal, ...] = (), *,
                 credit: Decimal = Decimal("0")) -> tuple[int, list[int]]:
    """A customer with one unpaid invoice per amount, oldest first (Aug, Sep, …)."""

    def work(session: Any) -> tuple[int, list[int]]:
        customer = Customer(customer_number=number, name=name, phone=phone, address=address, status="active",
                            credit_balance=credit)
        session.add(customer)
        session.flush()
        ids = []
        for index, total in enumerate(invoices):
            issued = date(2026, 8 + index, 1)
            invoice = Invoice(invoice_number=f"INV-2026{8 + index:02d}-{customer.id:04d}{index}",
                              customer_id=customer.id, period=f"2026-{8 + index:02d}", issue_date=issued,
                              due_date=issued + timedelta(days=10), subtotal=total, total=total,
                              amount_paid=Decimal("0"), status="unpaid")
            session.add(invoice)
            session.flush()
            ids.append(invoice.id)
        return customer.id, ids

    return write(db, work)


def invoice_state(db: Any, invoice_id: int) -> tuple[Decimal, str]:
    return read(db, lambda s: tuple(s.execute(sa.select(Invoice.amount_paid, Invoice.status)
                                              .where(Invoice.id == invoice_id)).one()))


def count_rows(db: Any, table: str) -> int:
    return read(db, lambda s: s.execute(sa.text(f"SELECT COUNT(*) FROM {table}")).scalar_one())


def open_shift(c: Counter, amount: str = "200000", actor: Actor | None = None) -> int:
    """Open a shift through the service; its id."""
    from ispdesk.services import audit, cash_shifts
    who = actor or c.ctx.actor
    return write(c.db, lambda s: cash_shifts.open_shift(s, who, Decimal(amount)),
                 info=audit.actor_info(who, "cash_shifts")).shift_id


def pay(c: Counter, customer_id: int, amount: str, *, method: str = "cash", reference: str = "",
        partial: bool = True) -> Any:
    """Post a payment through the service as the counter's cashier."""
    import uuid

    from ispdesk.services import audit, payments
    actor = c.ctx.actor
    request = payments.PaymentRequest(customer_id=customer_id, amount_received=Decimal(amount), method=method,
                                      idempotency_key=uuid.uuid4().hex, reference=reference, allow_partial=partial)
    return write(c.db, lambda s: payments.post_payment(s, actor, request), info=audit.actor_info(actor, "payments"))
