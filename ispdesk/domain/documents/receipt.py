"""What a payment receipt shows (80 mm, 58 mm, A5 and ESC/POS)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from ispdesk.domain.documents import Company


@dataclass(frozen=True)
class ReceiptLine:
    """One invoice the receipt paid (or part-paid)."""

    invoice_number: str
    period: str            # "2026-11" or "" for one-off invoices
    amount_paid: Decimal   # paid by this receipt
    remaining: Decimal     # still due on the invoice after this receipt


@dataclass(frozen=True)
class ReceiptData:
    """A receipt as printed. ``copy_number`` is 0 for the original and n for
    the n-th reprint (printed as COPY n). ``verification`` is the text of the
    QR code that identifies the receipt (what the counter's scanner reads)."""

    company: Company
    receipt_number: str
    payment_numbers: tuple[str, ...]
    received_at: datetime
    cashier_name: str
    customer_number: str
    customer_name: str
    customer_address: str
    lines: tuple[ReceiptLine, ...]
    method: str                 # PaymentMethod value: cash, transfer, qris, midtrans, other
    reference: str              # "" for cash
    amount_received: Decimal
    amount_applied: Decimal     # to invoices, from the money received
    credit_used: Decimal        # from the customer's credit balance
    credit_added: Decimal       # kept as customer credit
    change_given: Decimal
    credit_balance: Decimal     # the customer's credit after this receipt
    status: str                 # PaymentStatus value; a voided/refunded receipt prints it
    copy_number: int
    verification: str
    shift_number: str = ""
