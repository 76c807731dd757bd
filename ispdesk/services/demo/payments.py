"""Counter visits: a receipt per visit and a payment per invoice it paid."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from datetime import time as clock
from decimal import Decimal
from itertools import accumulate

from ispdesk.db import models as m
from ispdesk.services.demo.common import MONTHS_ID, ZERO, at
from ispdesk.services.demo.people import Staff
from ispdesk.services.demo.writer import Writer

PAYMENT_METHODS = ("cash", "transfer", "qris", "midtrans", "other")
PAYMENT_METHOD_WEIGHTS = tuple(accumulate((35, 30, 25, 8, 2)))


class Receipts:
    """Writes the receipts and payments of customers' visits."""

    def __init__(self, w: Writer, rng: random.Random, staff: Staff, latest: datetime) -> None:
        self.w, self.rng, self.staff = w, rng, staff
        self.latest = latest      # nobody paid after this moment (the demo's "now")
        self.table = m.Receipt.__table__
        self.payments = m.Payment.__table__

    def write(self, customer_id: int, day: date, invoices: list[dict], out: dict[str, list[dict]]) -> None:
        """One visit paying ``invoices``: a receipt, a payment per invoice, ``paid_at`` on the paid ones."""
        rng, w = self.rng, self.w
        method = rng.choices(PAYMENT_METHODS, cum_weights=PAYMENT_METHOD_WEIGHTS)[0]
        reference = {"cash": None, "other": None,
                     "transfer": f"TRF{rng.randrange(10 ** 11, 10 ** 12)}",
                     "qris": f"{rng.randrange(10 ** 11, 10 ** 12)}",
                     "midtrans": f"MT-{rng.getrandbits(48):012x}"}[method]
        applied = sum((invoice["amount_paid"] for invoice in invoices), ZERO)
        received = applied
        if method == "cash":
            step = rng.choice((0, 10000, 50000))
            if step:
                received = Decimal(-(-int(applied) // step) * step)
        received_at = at(day, rng, 8, 20)
        if received_at > self.latest:
            received_at = max(datetime.combine(day, clock(8)), self.latest - timedelta(minutes=rng.randrange(5, 120)))
        cashier = None if method == "midtrans" else self.staff.one(rng, "cashier")
        receipt_id = w.ids(self.table)
        out["receipts"].append({
            "id": receipt_id, "receipt_number": w.number("receipt", day), "customer_id": customer_id,
            "cashier_id": cashier, "cash_shift_id": None, "payment_method": method, "reference_number": reference,
            "amount_received": received, "amount_applied": applied, "credit_used": ZERO, "credit_added": ZERO,
            "change_given": received - applied, "status": "confirmed",
            "idempotency_key": f"{rng.getrandbits(128):032x}", "print_count": 1, "received_at": received_at,
            "created_at": received_at, "updated_at": received_at})
        first = w.ids(self.payments, len(invoices))
        for offset, invoice in enumerate(invoices):
            issue = invoice["issue_date"]
            if invoice["status"] == "paid":
                invoice["paid_at"] = invoice["updated_at"] = received_at
            out["payments"].append({
                "id": first + offset, "payment_number": w.number("payment", day), "invoice_id": invoice["id"],
                "customer_id": customer_id, "amount": invoice["amount_paid"], "payment_method": method,
                "payment_date": day, "reference_number": reference,
                "notes": f"Tagihan {MONTHS_ID[issue.month - 1]} {issue.year}", "received_by": cashier,
                "status": "confirmed", "receipt_id": receipt_id, "paid_from_credit": False, "voided_at": None,
                "voided_by": None, "void_reason": None, "created_at": received_at, "updated_at": received_at})
