"""What an invoice, a proforma invoice and a credit note show (A4)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ispdesk.domain.documents import Company


@dataclass(frozen=True)
class Party:
    """The customer a document is addressed to."""

    number: str
    name: str
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class DocumentLine:
    """One priced line (package, proration, installation, deposit, prepaid months…)."""

    description: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    kind: str = "other"          # InvoiceLineKind value


@dataclass(frozen=True)
class Totals:
    """The money block at the foot of a document; ``tax_label`` e.g. "PPN 12% × DPP 11/12"."""

    subtotal: Decimal            # the positive lines, before discount and tax
    discount: Decimal
    tax_base: Decimal            # DPP
    tax: Decimal                 # PPN
    total: Decimal
    tax_label: str = "PPN"
    late_fee: Decimal = Decimal("0")


@dataclass(frozen=True)
class InvoiceDocument:
    """A customer invoice. ``amount_due`` is what the QRIS asks for;
    ``qris_payload`` is "" when no static QRIS is set up (then no QRIS is printed).
    ``scan_code`` is the bare invoice number the counter's scanner reads."""

    company: Company
    invoice_number: str
    issue_date: date
    due_date: date
    period: str                  # "2026-11" or "" for one-off invoices
    period_start: date | None
    period_end: date | None
    customer: Party
    lines: tuple[DocumentLine, ...]
    totals: Totals
    credits: tuple[tuple[str, Decimal], ...]   # (credit-note number, amount taken off this invoice)
    amount_paid: Decimal
    amount_due: Decimal
    amount_in_words: str         # of amount_due
    status: str                  # InvoiceStatus value
    qris_payload: str
    scan_code: str
    notes: str = ""


@dataclass(frozen=True)
class ProformaDocument:
    """A proforma invoice: installation fee, deposit and prepaid months, paid before service."""

    company: Company
    proforma_number: str
    issue_date: date
    due_date: date | None
    customer: Party
    lines: tuple[DocumentLine, ...]
    totals: Totals
    amount_in_words: str
    status: str                  # ProformaStatus value
    invoice_number: str          # the real invoice it became ("" until converted)
    qris_payload: str
    scan_code: str
    notes: str = ""


@dataclass(frozen=True)
class CreditNoteDocument:
    """A credit note against an invoice; ``amount`` splits into DPP and PPN
    like the invoice did, and into what reduced the invoice and what became credit."""

    company: Company
    credit_note_number: str
    issue_date: date
    invoice_number: str
    invoice_date: date
    customer: Party
    reason: str
    amount: Decimal              # PPN included
    net: Decimal                 # the amount before PPN (net + tax == amount)
    tax_base: Decimal
    tax: Decimal
    tax_label: str
    amount_in_words: str
    status: str                  # CreditNoteStatus value
    applied_to_invoice: Decimal
    applied_to_credit: Decimal
    requested_by: str
    approved_by: str
    scan_code: str
