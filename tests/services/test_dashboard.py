"""Dashboard figures on rows inserted for the test, on both databases."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from ispdesk.db.models import Customer, Inventory, Invoice, Lead, Payment, Receipt, WorkOrder
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.actor import Actor
from ispdesk.domain.errors import PermissionDenied
from ispdesk.services.dashboard import MethodTotal, Outstanding, dashboard_figures
from tests.support.actors import role_actor as actor

TODAY = date(2026, 11, 24)


def _fill(session) -> None:
    customer = Customer(customer_number="C-0001", name="Budi Santoso")
    session.add(customer)
    session.flush()
    n = iter(range(1, 100))

    def invoice(total: str, paid: str, status: str, due: date) -> Invoice:
        inv = Invoice(invoice_number=f"INV-{next(n)}", customer_id=customer.id, issue_date=due - timedelta(days=10),
                      due_date=due, total=Decimal(total), amount_paid=Decimal(paid), status=status)
        session.add(inv)
        return inv

    paid = invoice("300000", "300000", "paid", TODAY)
    invoice("250000", "0", "unpaid", TODAY + timedelta(days=5))           # open, not late
    invoice("400000", "150000", "partial", TODAY - timedelta(days=3))     # late: 250,000 left
    invoice("199999.50", "0", "overdue", TODAY - timedelta(days=40))      # late
    invoice("500000", "0", "cancelled", TODAY - timedelta(days=40))       # not counted
    invoice("100000", "0", "unpaid", TODAY)                               # due today: not late yet
    session.flush()

    def payment(amount: str, method: str, status: str = "confirmed", day: date = TODAY) -> None:
        session.add(Payment(invoice_id=paid.id, customer_id=customer.id, amount=Decimal(amount),
                            payment_method=method, payment_date=day, status=status))

    payment("150000", "cash")
    payment("150000.50", "cash")
    payment("200000", "qris")
    payment("999000", "transfer", status="pending")        # not confirmed
    payment("75000", "cash", day=TODAY - timedelta(days=1))  # yesterday
    for i, (amount, when, status) in enumerate([
            ("300000.50", datetime(2026, 11, 24, 8, 0), "confirmed"),
            ("200000", datetime(2026, 11, 24, 23, 59, 59), "confirmed"),
            ("50000", datetime(2026, 11, 25, 0, 0), "confirmed"),
            ("90000", datetime(2026, 11, 24, 9, 0), "refunded")]):
        session.add(Receipt(receipt_number=f"R-{i}", customer_id=customer.id, payment_method="cash",
                            amount_received=Decimal(amount), idempotency_key=f"key-{i}", received_at=when,
                            status=status))
    for status in ("new", "new", "contacted", "negotiation", "won", "lost"):
        session.add(Lead(name=f"Lead {status}", status=status))
    session.add_all([
        Inventory(name="ONT ZTE F609", category="ont", quantity=3, min_quantity=5, is_active=True),
        Inventory(name="Patch cord", category="cable", quantity=5, min_quantity=5, is_active=True),
        Inventory(name="Router", category="router", quantity=20, min_quantity=5, is_active=True),
        Inventory(name="Old modem", category="other", quantity=0, min_quantity=5, is_active=False),
    ])
    for status in ("pending", "pending", "assigned", "in_progress", "completed", "cancelled"):
        session.add(WorkOrder(type="installation", status=status))
    session.flush()


def test_figures_on_inserted_rows(db):
    write(db, _fill)
    figures = read(db, lambda s: dashboard_figures(s, actor("admin"), TODAY))

    by_method = {m.method: m for m in figures.payments_by_method}
    assert by_method["cash"] == MethodTotal("cash", 2, Decimal("300000.50"))
    assert by_method["qris"] == MethodTotal("qris", 1, Decimal("200000.00"))
    assert by_method["transfer"] == MethodTotal("transfer", 0, Decimal("0.00"))
    assert [m.method for m in figures.payments_by_method] == ["cash", "transfer", "qris", "midtrans", "other"]
    assert figures.payments_today == Outstanding(3, Decimal("500000.50"))
    assert figures.receipts_today == Outstanding(2, Decimal("500000.50"))
    assert figures.unpaid == Outstanding(4, Decimal("799999.50"))
    assert figures.overdue == Outstanding(2, Decimal("449999.50"))
    assert figures.open_leads_by_status == {"new": 2, "contacted": 1, "qualified": 0, "proposal": 0,
                                           "negotiation": 1}
    assert figures.low_stock_items == 2
    assert figures.open_work_orders_by_status == {"pending": 2, "assigned": 1, "in_progress": 1}


def test_empty_database_gives_zeros(db):
    figures = read(db, lambda s: dashboard_figures(s, actor("admin"), TODAY))
    assert figures.payments_today == Outstanding(0, Decimal("0.00"))
    assert figures.unpaid == Outstanding(0, Decimal("0.00"))
    assert figures.overdue == Outstanding(0, Decimal("0.00"))
    assert figures.low_stock_items == 0
    assert sum(figures.open_leads_by_status.values()) == 0


def test_a_cashier_sees_only_money_figures(db):
    write(db, _fill)
    figures = read(db, lambda s: dashboard_figures(s, actor("cashier"), TODAY))
    assert figures.payments_today.total == Decimal("500000.50")
    assert figures.unpaid.count == 4
    assert figures.open_leads_by_status is None
    assert figures.low_stock_items is None
    assert figures.open_work_orders_by_status is None


def test_the_dashboard_needs_its_permission(db):
    nobody = Actor(user_id=None, username="x", name="X", role="none", permissions=frozenset())
    with pytest.raises(PermissionDenied):
        read(db, lambda s: dashboard_figures(s, nobody, TODAY))


def test_without_a_day_the_figures_are_of_the_office_clocks_today(db, office_clock):
    """Just before midnight at a month end the figures are that day's; two
    seconds on they are the next day's (nothing paid yet)."""
    office_clock.pin(datetime(2026, 11, 24, 23, 59, 58))
    write(db, _fill)
    figures = read(db, lambda s: dashboard_figures(s, actor("admin")))
    assert figures.today == TODAY and figures.payments_today == Outstanding(3, Decimal("500000.50"))
    office_clock.advance(seconds=2)
    figures = read(db, lambda s: dashboard_figures(s, actor("admin")))
    assert figures.today == TODAY + timedelta(days=1) and figures.payments_today == Outstanding(0, Decimal("0.00"))
    assert figures.receipts_today == Outstanding(1, Decimal("50000.00"))
