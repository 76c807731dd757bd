"""Test data for the cashier's services: users, customers, invoices, and the
invariants every posted payment keeps (shared by service and reliability tests)."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.engine import Database
from ispdesk.db.models import (AuditLog, CashShift, Customer, CustomerCreditMovement, Invoice, Payment, Receipt)
from ispdesk.db.sequences import next_number
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import InvoiceStatus, PaymentStatus
from ispdesk.services import audit, users
from ispdesk.services.cash_shifts import ShiftInfo, open_shift
from ispdesk.services.payments import PaymentRequest, PostedPayment, post_payment
from tests.support.actors import add_user

TODAY = date(2026, 11, 24)
NOW = datetime(2026, 11, 24, 10, 30, 0)
#: Tables a payment writes: counted before/after a refusal.
WRITTEN = (Receipt, Payment, CustomerCreditMovement, AuditLog, CashShift)


def add_actor(db: Database, username: str, role: str) -> Actor:
    """A user of ``role`` as an Actor."""
    return add_user(db, username, role)


def add_customer(db: Database, name: str = "Budi Santoso", phone: str = "+6281211110001",
                 address: str = "Jl. Melati 5, Denpasar", credit: Decimal = Decimal("0")) -> int:
    def work(session: Session) -> int:
        customer = Customer(customer_number=next_number(session, "customer", TODAY).replace("-202611", ""),
                            name=name, phone=phone, address=address, credit_balance=credit)
        session.add(customer)
        session.flush()
        return customer.id
    return write(db, work)


def add_invoices(db: Database, customer_id: int, totals: list[str | Decimal], *, first_month: int = 8,
                 year: int = 2026) -> list[int]:
    """Monthly invoices (oldest first) of ``totals``, due on the 10th of each month."""
    def work(session: Session) -> list[int]:
        ids = []
        for n, total in enumerate(totals):
            month = first_month + n
            y, m = year + (month - 1) // 12, (month - 1) % 12 + 1
            due = date(y, m, 10)
            invoice = Invoice(invoice_number=next_number(session, "invoice", due), customer_id=customer_id,
                              period=f"{y:04d}-{m:02d}", issue_date=date(y, m, 1), due_date=due,
                              subtotal=Decimal(total), total=Decimal(total), amount_paid=Decimal("0"),
                              status=InvoiceStatus.OVERDUE if due < TODAY else InvoiceStatus.UNPAID)
            session.add(invoice)
            session.flush()
            ids.append(invoice.id)
        return ids
    return write(db, work)


def start_shift(db: Database, actor: Actor, opening_float: str = "500000") -> ShiftInfo:
    return write(db, lambda s: open_shift(s, actor, Decimal(opening_float), workstation="kasir-01", now=NOW),
                 info=audit.actor_info(actor, "cash_shifts"))



@pytest.fixture
def cashier(db: Database) -> Actor:
    """A cashier with an open shift (import this fixture into the test module)."""
    actor = add_actor(db, "kasir1", "cashier")
    start_shift(db, actor)
    return actor


def request(customer_id: int, amount: str | Decimal, method: str = "cash", **kw: object) -> PaymentRequest:
    return PaymentRequest(customer_id=customer_id, amount_received=Decimal(amount), method=method,
                          idempotency_key=kw.pop("key", None) or uuid.uuid4().hex, **kw)  # type: ignore[arg-type]


def pay(db: Database, actor: Actor, req: PaymentRequest, now: datetime = NOW) -> PostedPayment:
    return write(db, lambda s: post_payment(s, actor, req, now=now), info=audit.actor_info(actor, "payments"))


def counts(db: Database) -> dict[str, int]:
    """Rows in every table a payment writes."""
    def work(session: Session) -> dict[str, int]:
        return {m.__tablename__: session.execute(sa.select(sa.func.count()).select_from(m)).scalar_one()
                for m in WRITTEN}
    return read(db, work)


def invoice_rows(db: Database, ids: list[int]) -> list[tuple[Decimal, str]]:
    """(amount_paid, status) of each invoice, in the order asked."""
    rows = read(db, lambda s: {i.id: (i.amount_paid, str(i.status))
                               for i in s.scalars(sa.select(Invoice).where(Invoice.id.in_(ids)))})
    return [rows[i] for i in ids]


def credit_of(db: Database, customer_id: int) -> Decimal:
    return read(db, lambda s: s.get(Customer, customer_id).credit_balance)


def check_invariants(session: Session) -> None:
    """What must hold after any number of payments and voids (assertions)."""
    confirmed = Payment.status == PaymentStatus.CONFIRMED
    for invoice in session.scalars(sa.select(Invoice)):
        paid = session.execute(sa.select(sa.func.coalesce(sa.func.sum(Payment.amount), 0))
                               .where(Payment.invoice_id == invoice.id, confirmed)).scalar_one()
        assert Decimal(paid) == invoice.amount_paid, invoice.invoice_number
        assert 0 <= invoice.amount_paid <= invoice.total, invoice.invoice_number
        expected = ("paid" if invoice.amount_paid == invoice.total else
                    "partial" if invoice.amount_paid > 0 else ("unpaid", "overdue"))
        assert str(invoice.status) in (expected if isinstance(expected, tuple) else (expected,)), invoice.invoice_number
    for receipt in session.scalars(sa.select(Receipt)):
        assert receipt.amount_received == (receipt.amount_applied + receipt.credit_added
                                           + receipt.change_given), receipt.receipt_number
        paid = session.execute(sa.select(sa.func.coalesce(sa.func.sum(Payment.amount), 0)).where(
            Payment.receipt_id == receipt.id)).scalar_one()
        only_credit = session.execute(sa.select(sa.func.coalesce(sa.func.sum(Payment.amount), 0)).where(
            Payment.receipt_id == receipt.id, Payment.paid_from_credit.is_(True))).scalar_one()
        assert Decimal(paid) == receipt.amount_applied + receipt.credit_used, receipt.receipt_number
        assert Decimal(only_credit) <= receipt.credit_used, receipt.receipt_number
        invoices = session.execute(sa.select(sa.func.count(Payment.invoice_id.distinct()), sa.func.count())
                                   .where(Payment.receipt_id == receipt.id)).one()
        assert invoices[0] == invoices[1], "one payment row per invoice"
        statuses = set(session.scalars(sa.select(Payment.status).where(Payment.receipt_id == receipt.id)))
        assert statuses <= {receipt.status}, receipt.receipt_number
    for customer in session.scalars(sa.select(Customer)):
        moves = list(session.scalars(sa.select(CustomerCreditMovement).where(
            CustomerCreditMovement.customer_id == customer.id).order_by(CustomerCreditMovement.id)))
        balance = Decimal("0")
        if moves:
            balance = moves[0].balance_after - moves[0].amount
        for move in moves:
            balance += move.amount
            assert move.balance_after == balance and balance >= 0
        assert balance == customer.credit_balance or not moves
    for column in (Payment.payment_number, Receipt.receipt_number):
        numbers = sorted(session.scalars(sa.select(column)))
        assert len(numbers) == len(set(numbers))
        by_period: dict[str, list[int]] = {}
        for number in numbers:
            _, period, seq = number.split("-")
            by_period.setdefault(period, []).append(int(seq))
        for seqs in by_period.values():
            assert sorted(seqs) == list(range(1, len(seqs) + 1)), "numbers skipped"


@pytest.fixture
def maria_url(request: pytest.FixtureRequest) -> str:
    """The run's MariaDB database, emptied and seeded for this test (skips without
    ISPDESK_TEST_MYSQL_URL). Import this fixture into the test module."""
    from tests.conftest import reseeded_mariadb_url
    return reseeded_mariadb_url(request)
