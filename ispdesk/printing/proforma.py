"""The A4 proforma invoice: installation fee, deposit and prepaid months, DPP/PPN,
total in words, bank accounts and a QRIS for the total while it is open."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ispdesk.domain.documents.invoice import ProformaDocument
from ispdesk.domain.enums import ProformaStatus
from ispdesk.printing import base
from ispdesk.printing.billing_parts import (addressee, heading, lines_table, notes, payment_block, totals_table,
                                            words)

STAMPS = {ProformaStatus.PAID: "LUNAS", ProformaStatus.CANCELLED: "DIBATALKAN"}


def proforma_flowables(doc: ProformaDocument) -> list[Flowable]:
    st = base.styles(base.PAPERS["A4"].font_size)
    facts = [("Nomor proforma", doc.proforma_number), ("Tanggal", base.format_date(doc.issue_date))]
    if doc.due_date:
        facts.append(("Berlaku sampai", base.format_date(doc.due_date)))
    if doc.invoice_number:
        facts.append(("Nomor tagihan", doc.invoice_number))
    out: list[Flowable] = [*heading(doc.company, "PROFORMA INVOICE", f"No. {doc.proforma_number}", doc.scan_code),
                           *addressee("Kepada", doc.customer, facts)]
    stamp = STAMPS.get(doc.status, "")
    if stamp:
        out += [base.stamp_box(stamp, 10), Spacer(1, 3 * mm)]
    out += [base.para("Bukan faktur pajak. Setelah dibayar, proforma ini diganti dengan invoice resmi.",
                      st["small"]), Spacer(1, 2 * mm)]
    out += [lines_table(doc.lines), Spacer(1, 2 * mm),
            totals_table(doc.totals, (), ("Jumlah dibayar", doc.totals.total))]
    out += words(doc.amount_in_words)
    if doc.status == ProformaStatus.ISSUED:
        before = f"Mohon dibayar sebelum {base.format_date(doc.due_date)}." if doc.due_date else ""
        out += payment_block(doc.company, doc.qris_payload, doc.totals.total, before)
    out += notes(doc.notes)
    return out


def render_proforma(doc: ProformaDocument, target: base.Target = None) -> bytes | None:
    """A proforma invoice as an A4 PDF (bytes when ``target`` is None)."""
    return base.build_pdf(target, proforma_flowables(doc), paper_name="A4",
                          title=f"Proforma {doc.proforma_number}", author=doc.company.name)
