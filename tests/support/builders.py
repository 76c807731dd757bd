"""Builders of the records most tests need: customers, packages,
subscriptions (recurring billings) and invoices.

Each takes keyword arguments with sensible defaults and returns the new row's
id. The first argument is the test's ``Database`` (the record is written in a
transaction of its own) or a ``Session`` already open (the record joins that
transaction), so several records can be made at once::

    customer = add_customer(db, name="Siti Aminah")
    write(db, lambda s: [add_invoice(s, customer, period=p) for p in ("2026-10", "2026-11")])

Dates default to the office clock's today (the tests pin it), never to a
fixed day the clock may be before or after. Records are written straight
through the ORM, without audit rows: they are set-up, not the subject."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from ispdesk.db.engine import Database
from ispdesk.db.models import Customer, Invoice, InvoiceItem, Package, RecurringBilling
from ispdesk.db.sequences import next_number
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import CustomerStatus, InvoiceLineKind, InvoiceStatus
from ispdesk.services import records
from ispdesk.services.modules import SPECS
from tests.support.actors import ADMIN

T = TypeVar("T")
Target = Database | Session
Amount = Decimal | str | int


def _in(target: Target, work: Callable[[Session], T]) -> T:
    """Run ``work`` in the open session, or in a transaction of its own."""
    if isinstance(target, Session):
        return work(target)
    return write(target, work)


def _money(value: Amount) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _add(session: Session, obj: Any) -> int:
    session.add(obj)
    session.flush()
    return obj.id


def add_customer(target: Target, *, name: str = "Budi Santoso", number: str | None = None,
                 phone: str | None = "081211110001", address: str | None = "Jl. Cempaka No. 12",
                 status: str = CustomerStatus.ACTIVE, credit: Amount = "0", day: date | None = None,
                 **columns: Any) -> int:
    """A customer; ``number`` from the customer sequence of ``day``'s month
    (default: today) unless given; any other column of ``customers`` as a
    keyword (``kabupaten=``, ``never_suspend=``)."""
    credit_balance = _money(columns.pop("credit_balance", credit))

    def work(s: Session) -> int:
        numbered = number or next_number(s, "customer", day or clock.today())
        return _add(s, Customer(customer_number=numbered, name=name,
                                phone=phone, address=address, status=status, credit_balance=credit_balance,
                                **columns))
    return _in(target, work)


def add_package(target: Target, *, code: str = "HOME-20", name: str | None = None, speed_mbps: int = 20,
                price: Amount = "150000", active: bool = True, **columns: Any) -> int:
    """A package (``Home 20 Mbps`` at Rp 150.000 a month unless told)."""
    def work(s: Session) -> int:
        return _add(s, Package(code=code, name=name or f"Home {speed_mbps} Mbps", speed_mbps=speed_mbps,
                               monthly_price=_money(price), is_active=active, **columns))
    return _in(target, work)


def add_subscription(target: Target, customer_id: int, package_id: int, *, next_billing: date | None = None,
                     billing_day: int | None = None, price: Amount = "150000", discount: Amount = "0",
                     active: bool = True, activated: date | None = None,
                     last_billed_at: datetime | None = None, **columns: Any) -> int:
    """A subscription (a ``recurring_billings`` row) billed next on
    ``next_billing`` (default: today), on that day of the month unless
    ``billing_day`` says otherwise."""
    def work(s: Session) -> int:
        due = next_billing or clock.today()
        return _add(s, RecurringBilling(customer_id=customer_id, package_id=package_id,
                                        billing_day=billing_day or due.day, amount=_money(price),
                                        discount=_money(discount), is_active=active, next_billing_date=due,
                                        activated_at=activated, last_billed_at=last_billed_at, **columns))
    return _in(target, work)


#: PPN as the billing run charges it: 12 % of a base of 11/12 of the net.
def _ppn(net: Decimal) -> tuple[Decimal, Decimal]:
    base = (net * 11 / 12).quantize(Decimal("1"))
    return base, (base * Decimal("0.12")).quantize(Decimal("1"))


#: ``add_invoice(period=...)`` default: the month of the issue date.
ISSUE_MONTH = "issue month"


def add_invoice(target: Target, customer_id: int, *, price: Amount = "150000", discount: Amount = "0",
                taxed: bool = True, paid: Amount = "0", status: str = InvoiceStatus.UNPAID,
                issue: date | None = None, due: date | None = None, period: str | None = ISSUE_MONTH,
                number: str | None = None, description: str = "Internet Home 20 Mbps",
                discount_description: str = "Diskon pelanggan setia", **columns: Any) -> int:
    """A monthly invoice as the billing run makes it: one package line (and a
    discount line), PPN 12 % on a base of 11/12 of the net unless
    ``taxed=False`` (Rp 150.000 -> total Rp 166.500). Issued today unless
    told, due ten days on, numbered from the invoice sequence, for the
    issue's month (``period=None``: an invoice of no period)."""
    def work(s: Session) -> int:
        issued = issue or clock.today()
        gross, cut = _money(price), _money(discount)
        net = gross - cut
        base, tax = _ppn(net) if taxed else (Decimal("0"), Decimal("0"))
        invoice = Invoice(invoice_number=number or next_number(s, "invoice", issued), customer_id=customer_id,
                          period=f"{issued:%Y-%m}" if period == ISSUE_MONTH else period, period_start=issued,
                          period_end=issued + timedelta(days=29), issue_date=issued,
                          due_date=due or issued + timedelta(days=10), subtotal=gross, discount_amount=cut,
                          tax_base=base, tax_amount=tax, total=net + tax, amount_paid=_money(paid), status=status,
                          **columns)
        invoice.items.append(InvoiceItem(kind=InvoiceLineKind.PACKAGE, description=description,
                                         quantity=Decimal(1), unit_price=gross, amount=gross))
        if cut:
            invoice.items.append(InvoiceItem(kind=InvoiceLineKind.DISCOUNT, description=discount_description,
                                             quantity=Decimal(1), unit_price=-cut, amount=-cut))
        return _add(s, invoice)
    return _in(target, work)


# -- records made through the generic record editor (records.save) ----------

def save_record(db: Database, key: str, values: dict[str, Any], record_id: int | None = None, *,
                actor: Actor | None = None) -> int:
    """Create (or change) a record of the table tab ``key`` through
    ``records.save``, as the user would in its form; as an administrator
    unless ``actor`` is given. Audited like any save."""
    who = actor or ADMIN
    return write(db, lambda s: records.save(s, who, SPECS[key], record_id, values))


def get_record(db: Database, key: str, record_id: int, *, actor: Actor | None = None) -> dict[str, Any]:
    """A record of the table tab ``key`` as its form shows it (``records.get``)."""
    who = actor or ADMIN
    return read(db, lambda s: records.get(s, who, SPECS[key], record_id))


#: Seven customers of the table tests: (name, phone, status).
CUSTOMERS = [("Budi Santoso", "081211110001", "active"), ("Siti Aminah", "081211110002", "active"),
             ("Agus Pratama", "081211110003", "suspended"), ("Dewi Lestari", "081211110004", "active"),
             ("Rudi Hartono", "081211110005", "terminated"), ("Wayan Sudarma", "081211110006", "suspended"),
             ("Ani Wijaya", "081211110007", "active")]


def add_customers(db: Database, rows: list[tuple[str, str, str]] = CUSTOMERS) -> list[int]:
    """Customers made through their form (numbered by the service): their ids."""
    return [save_record(db, "customers", {"name": name, "phone": phone, "status": status})
            for name, phone, status in rows]


def add_packages(db: Database) -> list[int]:
    """Three packages made through their form: Home 20, Home 50 and Bisnis 100 Mbps (public IP)."""
    rows = [("HOME-20", "Home 20 Mbps", 20, Decimal("250000")), ("HOME-50", "Home 50 Mbps", 50, Decimal("375000")),
            ("BIZ-100", "Bisnis 100 Mbps", 100, Decimal("1500000"))]
    return [save_record(db, "packages", {"code": code, "name": name, "speed_mbps": speed, "monthly_price": price,
                                         "requires_public_ip": speed >= 100})
            for code, name, speed, price in rows]
