"""Three months of invoices per customer, paid, partly paid, unpaid or overdue."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from datetime import time as clock
from decimal import Decimal

from ispdesk.db import models as m
from ispdesk.domain.money import round_rupiah
from ispdesk.services.demo.catalog import Package
from ispdesk.services.demo.common import MONTHS_ID, ZERO, add_months, tax_parts
from ispdesk.services.demo.payments import Receipts
from ispdesk.services.demo.people import Staff
from ispdesk.services.demo.writer import Writer

DUE_DAYS = 10


class Invoices:
    """Writes a customer's invoices with their lines, and the receipts that paid them."""

    def __init__(self, w: Writer, rng: random.Random, today: date, staff: Staff, now: datetime) -> None:
        self.w, self.rng, self.today = w, rng, today
        self.receipts = Receipts(w, rng, staff, now)
        #: the last day anybody paid: today once the counter has been open a while, else yesterday
        self.last_paid = today if now.date() > today or (now.date() == today and now.hour >= 10) \
            else today - timedelta(days=1)
        self.table = m.Invoice.__table__
        self.items = m.InvoiceItem.__table__
        self._amounts: dict[tuple[int, Decimal], tuple[Decimal, Decimal, Decimal, Decimal]] = {}

    def write(self, customer_id: int, billing_id: int, package: Package, discount: Decimal,
              issues: list[date], payer: str, out: dict[str, list[dict]]) -> None:
        """An invoice per issue day; ``payer`` (good, late, partial, bad) says which were paid and when."""
        w, today = self.w, self.today
        subtotal, base, tax, total = self._amount(package, discount)
        visits: dict[date, list[dict]] = {}
        last = len(issues) - 1
        paid_days = self._paid_days(issues, payer)
        for n, issue in enumerate(issues):
            invoice_id = w.ids(self.table)
            due = issue + timedelta(days=DUE_DAYS)
            paid_on = paid_days[n]
            amount_paid, status = ZERO, ("overdue" if due < today else "unpaid")
            if paid_on is not None:
                if payer == "partial" and n == last:
                    amount_paid, status = round_rupiah(total / 2 / 1000) * 1000, "partial"
                else:
                    amount_paid, status = total, "paid"
            period_end = add_months(issue, 1).replace(day=issue.day) - timedelta(days=1)
            issued_at = datetime.combine(issue, clock(1))
            out["invoices"].append({
                "id": invoice_id, "invoice_number": w.number("invoice", issue), "customer_id": customer_id,
                "recurring_billing_id": billing_id, "period": f"{issue.year:04d}-{issue.month:02d}",
                "period_start": issue, "period_end": period_end, "issue_date": issue, "due_date": due,
                "subtotal": subtotal, "discount_amount": discount, "tax_base": base, "tax_amount": tax,
                "late_fee": ZERO, "total": total, "amount_paid": amount_paid, "status": status,
                "paid_at": None, "late_fee_applied_at": None, "promotion_id": None, "notes": None,
                "created_by": None, "created_at": issued_at, "updated_at": issued_at})
            if paid_on is not None:
                visits.setdefault(paid_on, []).append(out["invoices"][-1])
            item_id = w.ids(self.items, 2 if discount else 1)
            label = f"{MONTHS_ID[issue.month - 1]} {issue.year}"
            out["invoice_items"].append({
                "id": item_id, "invoice_id": invoice_id, "kind": "package",
                "description": f"Internet {package.name} periode {label}", "quantity": Decimal("1.00"),
                "unit_price": package.price, "amount": package.price, "created_at": issued_at})
            if discount:
                out["invoice_items"].append({
                    "id": item_id + 1, "invoice_id": invoice_id, "kind": "discount",
                    "description": "Diskon pelanggan setia", "quantity": Decimal("1.00"), "unit_price": -discount,
                    "amount": -discount, "created_at": issued_at})
        for day, paid in sorted(visits.items()):
            self.receipts.write(customer_id, day, paid, out)

    def _paid_days(self, issues: list[date], payer: str) -> list[date | None]:
        """The day each invoice was paid (None: not yet); a late payer may pay two months at once."""
        rng, last = self.rng, len(issues) - 1
        days: list[date | None]
        if payer in ("good", "partial"):
            days = [issue + timedelta(days=rng.randrange(0, 13)) for issue in issues]
        elif payer == "late":
            days = [issue + timedelta(days=rng.randrange(12, 26)) for issue in issues]
            days[last] = None
            if last >= 2 and rng.random() < 0.5:
                days[0] = days[1]
        else:
            days = [issues[0] + timedelta(days=rng.randrange(15, 30))] + [None] * last
        return [day if day is not None and day <= self.last_paid else None for day in days]

    def _amount(self, package: Package, discount: Decimal) -> tuple[Decimal, Decimal, Decimal, Decimal]:
        """(subtotal, DPP, PPN, total) of a month of ``package`` less ``discount``."""
        key = (package.id, discount)
        if key not in self._amounts:
            net = package.price - discount
            base, tax = tax_parts(net)
            self._amounts[key] = (package.price, base, tax, net + tax)
        return self._amounts[key]
