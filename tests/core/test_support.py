"""The shared test support does what the tests rely on: users who can sign
in with the one password, role actors with their role's rights, records with
the defaults the builders promise."""
from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from ispdesk.db.models import Customer, Invoice, RecurringBilling
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain import clock
from ispdesk.domain.permissions import DEFAULT_MATRIX
from ispdesk.services import auth
from tests.support import actors, builders

ROOT = Path(__file__).parents[2]


def test_the_support_imports_no_qt() -> None:
    """Service tests stay Qt-free: importing the support pulls in no PySide6."""
    probe = ("import sys, tests.support.actors, tests.support.builders; "
             "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ispdesk.ui'))}))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.strip() == "[]"


def test_add_user_makes_a_user_who_signs_in_with_the_password(db) -> None:
    made = actors.add_user(db, "made", "technician")
    assert (made.username, made.name, made.role) == ("made", "Made", "technician")
    assert made.can("work_orders", "edit") and not made.can("payments", "create")
    assert auth.login(db, "made", actors.PASSWORD).user_id == made.user_id
    assert actors.actor_for(db, "made") == made
    with pytest.raises(LookupError):
        actors.actor_for(db, "ketut")


def test_role_actors_have_their_roles_default_rights() -> None:
    cashier = actors.role_actor("cashier")
    expected = {(m, a) for m, acts in DEFAULT_MATRIX["cashier"].items() for a in acts}
    assert cashier.permissions == expected and cashier.user_id is None
    assert actors.ADMIN.can("users", "create") and actors.CASHIER.can("payments", "create")
    assert not actors.CASHIER.can("users", "view")
    assert actors.system().is_system


def test_builders_default_to_a_customer_with_a_taxed_invoice_of_this_month(db) -> None:
    customer = builders.add_customer(db)
    package = builders.add_package(db)
    subscription = builders.add_subscription(db, customer, package)
    invoice = builders.add_invoice(db, customer)
    today = clock.today()

    def look(s):
        row = s.get(Invoice, invoice)
        return (s.get(Customer, customer).customer_number, s.get(RecurringBilling, subscription).next_billing_date,
                s.get(RecurringBilling, subscription).billing_day,
                (row.invoice_number, row.period, row.issue_date, row.due_date, row.subtotal, row.tax_base,
                 row.tax_amount, row.total, row.status, [(i.kind, i.amount) for i in row.items]))

    number, next_billing, day, got = read(db, look)
    assert number == f"CUST-{today:%Y%m}-000001" and (next_billing, day) == (today, today.day)
    assert got == (f"INV-{today:%Y%m}-000001", f"{today:%Y-%m}", today, today + timedelta(days=10),
                   Decimal("150000.00"), Decimal("137500.00"), Decimal("16500.00"), Decimal("166500.00"), "unpaid",
                   [("package", Decimal("150000.00"))])


def test_builders_join_an_open_transaction(db) -> None:
    def work(s):
        customer = builders.add_customer(s, name="Siti Aminah", number="C-1", credit="25000", kabupaten="Badung")
        return customer, [builders.add_invoice(s, customer, issue=date(2026, 10, 1), period=None, discount="15000",
                                               taxed=False),
                          builders.add_invoice(s, customer, issue=date(2026, 11, 1))]

    customer, invoices = write(db, work)
    rows = read(db, lambda s: s.execute(sa.select(Invoice.invoice_number, Invoice.period, Invoice.total)
                                        .where(Invoice.id.in_(invoices)).order_by(Invoice.id)).all())
    assert rows == [("INV-202610-000001", None, Decimal("135000.00")),
                    ("INV-202611-000001", "2026-11", Decimal("166500.00"))]
    assert read(db, lambda s: (s.get(Customer, customer).credit_balance, s.get(Customer, customer).kabupaten)) == (
        Decimal("25000.00"), "Badung")
