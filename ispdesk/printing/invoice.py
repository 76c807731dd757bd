"""The A4 customer invoice: letterhead, the invoice number as a Code 128 barcode
(what the counter's scanner reads), customer, lines, DPP/PPN, total, what is
due in words, bank accounts and a dynamic QRIS for exactly what is due.

The invoice number is a barcode, not a QR code, so that the only QR code on
the page is the one the customer's banking app should scan.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from ispdesk.domain.documents.invoice import InvoiceDocument
from ispdesk.domain.enums import InvoiceStatus
from ispdesk.printing import base
from ispdesk.printing.billing_parts import (Checkpoint, addressee, heading, lines_table, notes, payment_block,
                                            period_label, totals_table, words)

STAMPS = {InvoiceStatus.PAID: "LUNAS", InvoiceStatus.CANCELLED: "DIBATALKAN"}


def invoice_flowables(doc: InvoiceDocument) -> list[Flowable]:
    """The flowables of one invoice (one A4 page for an ordinary invoice)."""
    subtitle = f"No. {doc.invoice_number}"
    facts = [("Nomor tagihan", doc.invoice_number), ("Tanggal", base.format_date(doc.issue_date))]
    if doc.period:
        facts.append(("Periode", period_label(doc.period)))
    if doc.period_start and doc.period_end:
        facts.append(("Masa layanan", f"{base.format_date(doc.period_start)} – {base.format_date(doc.period_end)}"))
    facts.append(("Jatuh tempo", base.format_date(doc.due_date)))
    out: list[Flowable] = [*heading(doc.company, "INVOICE", subtitle, doc.scan_code),
                           *addressee("Tagihan kepada", doc.customer, facts)]
    stamp = STAMPS.get(doc.status, "")
    if stamp:
        out += [base.stamp_box(stamp, 10), Spacer(1, 3 * mm)]
    out.append(lines_table(doc.lines))
    out.append(Spacer(1, 2 * mm))
    after = [(f"Nota kredit {number}", -amount) for number, amount in doc.credits]
    if doc.amount_paid:
        after.append(("Sudah dibayar", -doc.amount_paid))
    out.append(totals_table(doc.totals, after, ("Jumlah tagihan", doc.amount_due)))
    if doc.amount_due > 0:
        out += words(doc.amount_in_words)
        out += payment_block(doc.company, doc.qris_payload, doc.amount_due,
                             f"Mohon dibayar paling lambat {base.format_date(doc.due_date)}.")
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
                          title=f"Invoice {first.invoice_number}" if first else "Invoice",
                          author=first.company.name if first else "")
