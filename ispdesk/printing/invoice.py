"""The A4 customer invoice: letterhead, the invoice number as a Code 128 barcode
(what the counter's scanner reads), customer, lines, DPP/PPN, total, what is
due in words, bank accounts and a dynamic QRIS for exactly what is due.

The invoice number is a barcode, not a QR code, so that the only QR code on
the page is the one the customer's banking app should scan.

Its title is "INVOICE" ("TAGIHAN" in Indonesian), for a PKP office too: the
tax invoice proper (*faktur pajak*) is the one the office makes in the tax
office's Coretax with its serial number; calling this paper "FAKTUR" would
have customers and their accountants take it for one. The PPN on it (DPP,
rate) is the breakdown of what is billed.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from ispdesk.domain.documents.invoice import InvoiceDocument
from ispdesk.domain.enums import InvoiceStatus
from ispdesk.domain.messages import message, translate
from ispdesk.printing import base
from ispdesk.printing.billing_parts import (Checkpoint, addressee, heading, lines_table, notes, payment_block,
                                            period_label, totals_table, words)

CREDIT_NOTE = message("print.credit_note_line", "Credit note {number}")
PAY_BY = message("print.pay_by", "Please pay by {date}.")
INVOICE_TITLE = message("print.invoice_title", "Invoice {number}")


def stamp_of(status: str) -> str:
    """PAID (LUNAS) or CANCELLED (DIBATALKAN) across a settled or cancelled invoice; "" otherwise."""
    if status == InvoiceStatus.PAID:
        return translate("Print", "PAID")
    if status == InvoiceStatus.CANCELLED:
        return translate("Print", "CANCELLED")
    return ""


def invoice_flowables(doc: InvoiceDocument) -> list[Flowable]:
    """The flowables of one invoice (one A4 page for an ordinary invoice)."""
    subtitle = base.NUMBER(number=doc.invoice_number).render()
    facts = [(translate("Print", "Invoice number"), doc.invoice_number),
             (translate("Print", "Date"), base.format_date(doc.issue_date))]
    if doc.period:
        facts.append((translate("Print", "Period"), period_label(doc.period)))
    if doc.period_start and doc.period_end:
        facts.append((translate("Print", "Service period"),
                      f"{base.format_date(doc.period_start)} – {base.format_date(doc.period_end)}"))
    facts.append((translate("Print", "Due date"), base.format_date(doc.due_date)))
    out: list[Flowable] = [*heading(doc.company, translate("Print", "INVOICE"), subtitle, doc.scan_code),
                           *addressee(translate("Print", "Bill to"), doc.customer, facts)]
    stamp = stamp_of(doc.status)
    if stamp:
        out += [base.stamp_box(stamp, 10), Spacer(1, 3 * mm)]
    out.append(lines_table(doc.lines))
    out.append(Spacer(1, 2 * mm))
    after = [(CREDIT_NOTE(number=number).render(), -amount) for number, amount in doc.credits]
    if doc.amount_paid:
        after.append((translate("Print", "Paid already"), -doc.amount_paid))
    out.append(totals_table(doc.totals, after, (translate("Print", "Amount due"), doc.amount_due)))
    if doc.amount_due > 0:
        out += words(doc.amount_in_words)
        out += payment_block(doc.company, doc.qris_payload, doc.amount_due, PAY_BY(date=doc.due_date).render())
    out += notes(doc.notes)
    return out


def render_invoice(doc: InvoiceDocument, target: base.Target = None) -> bytes | None:
    """One invoice as an A4 PDF (bytes when ``target`` is None)."""
    return render_invoices([doc], target)


def render_invoices(docs: Iterable[InvoiceDocument], target: base.Target = None, *,
                    each: Callable[[InvoiceDocument], None] | None = None) -> bytes | None:
    """Many invoices in one PDF, each starting on a new page. ``each(doc)`` is
    called when a document has been laid out (progress; raise to cancel)."""
    flowables: list[Flowable] = []
    first: InvoiceDocument | None = None
    for doc in docs:
        if flowables:
            flowables.append(PageBreak())
        first = first or doc
        flowables += invoice_flowables(doc)
        if each is not None:
            flowables.append(Checkpoint(lambda d=doc: each(d)))
    return base.build_pdf(target, flowables, paper_name="A4",
                          title=INVOICE_TITLE(number=first.invoice_number).render() if first
                          else translate("Print", "Invoices"),
                          author=first.company.name if first else "")
