"""Shared pieces of the billing tests: packages, customers, subscriptions and
promotions written straight into the test's database (their own tabs are the
generic record editor, tested elsewhere)."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ispdesk.db.models import Invoice, Promotion
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.money import ZERO
from tests.support import builders


def add(db: Any, obj: Any) -> int:
    def work(s: Any) -> int:
        s.add(obj)
        s.flush()
        return obj.id
    return write(db, work)


def add_package(db: Any, code: str = "HOME-20", price: str = "150000", name: str | None = None) -> int:
    return builders.add_package(db, code=code, price=price, name=name or f"Home {code[-2:]} Mbps")


def add_customer(db: Any, n: int, *, status: str = "active", never_suspend: bool = False,
                 postponed: date | None = None) -> int:
    """The n-th customer: CUST-00000n, "Pelanggan n"."""
    return builders.add_customer(db, number=f"CUST-{n:06d}", name=f"Pelanggan {n}", phone=f"0812{n:08d}",
                                 address=f"Jl. Melati No. {n}", status=status, never_suspend=never_suspend,
                                 suspend_postponed_until=postponed)


def add_subscription(db: Any, customer_id: int, package_id: int, *, next_billing: date, billing_day: int | None = None,
                     price: str = "150000", discount: str = "0", activated: date | None = None,
                     billed_before: bool = True, promotion_id: int | None = None,
                     pending_package_id: int | None = None, active: bool = True) -> int:
    return builders.add_subscription(
        db, customer_id, package_id, next_billing=next_billing, billing_day=billing_day, price=price,
        discount=discount, active=active, activated=activated,
        last_billed_at=datetime(2026, 1, 1, 8) if billed_before else None, promotion_id=promotion_id,
        pending_package_id=pending_package_id)


def add_promotion(db: Any, code: str, type_: str, value: str, *, min_purchase: str = "0",
                  max_discount: str | None = None, packages: list[int] | None = None,
                  start: date | None = date(2026, 1, 1), end: date | None = date(2026, 12, 31),
                  usage_limit: int | None = 100, used: int = 0, active: bool = True) -> int:
    return add(db, Promotion(code=code, name=f"Promo {code}", type=type_, value=Decimal(value),
                             min_purchase=Decimal(min_purchase),
                             max_discount=Decimal(max_discount) if max_discount is not None else None,
                             applicable_packages=packages, start_date=start, end_date=end,
                             usage_limit=usage_limit, used_count=used, is_active=active))


def invoices_of(db: Any, customer_id: int) -> list[Invoice]:
    """The customer's invoices with their lines loaded, oldest period first."""
    def work(s: Any) -> list[Invoice]:
        rows = s.query(Invoice).filter(Invoice.customer_id == customer_id).order_by(Invoice.period).all()
        for row in rows:
            _ = list(row.items)
        s.expunge_all()
        return rows
    return read(db, work)


def add_invoice(db: Any, customer_id: int, number: str, *, due: date, total: str = "166500", paid: str = "0",
                status: str = "unpaid", period: str | None = None) -> int:
    """An invoice as the billing run would have left it (one package line)."""
    amount = Decimal(total)
    return add(db, Invoice(invoice_number=number, customer_id=customer_id, period=period,
                           issue_date=due, due_date=due, subtotal=amount, tax_base=ZERO, tax_amount=ZERO,
                           total=amount, amount_paid=Decimal(paid), status=status))
