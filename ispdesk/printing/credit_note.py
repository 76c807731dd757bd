"""The A4 credit note (nota kredit): the invoice it credits, the reason, the
amount split into DPP and PPN, where it went (the invoice, the customer's
credit), who asked and which supervisor approved."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ispdesk.domain.documents.invoice import CreditNoteDocument
from ispdesk.domain.enums import CreditNoteStatus
from ispdesk.printing import base
from ispdesk.printing.billing_parts import SIZE, WIDTH, addressee, heading, words

STAMPS = {CreditNoteStatus.DRAFT: "DRAFT - BELUM DISETUJUI", CreditNoteStatus.CANCELLED: "DIBATALKAN"}


def credit_note_flowables(doc: CreditNoteDocument) -> list[Flowable]:
    st = base.styles(SIZE)
    facts = [("Nomor nota kredit", doc.credit_note_number), ("Tanggal", base.format_date(doc.issue_date)),
             ("Atas invoice", doc.invoice_number), ("Tanggal invoice", base.format_date(doc.invoice_date))]
    out: list[Flowable] = [*heading(doc.company, "NOTA KREDIT", f"No. {doc.credit_note_number}", doc.scan_code),
                           *addressee("Kepada", doc.customer, facts)]
    stamp = STAMPS.get(doc.status, "")
    if stamp:
        out += [base.stamp_box(stamp, 10), Spacer(1, 3 * mm)]
    out += [base.para("Alasan", st["bold"]), base.para(doc.reason, st["normal"]), Spacer(1, 4 * mm)]
    rows = [("Jumlah sebelum PPN", base.money(doc.net)), ("DPP", base.money(doc.tax_base)),
            (doc.tax_label, base.money(doc.tax)), ("Jumlah kredit", base.money(doc.amount))]
    out.append(base.kv_table(rows, WIDTH * 0.5, SIZE, label_share=0.55, big_rows=(3,)))
    out += words(doc.amount_in_words)
    if doc.status == CreditNoteStatus.APPLIED:
        applied = []
        if doc.applied_to_invoice:
            applied.append((f"Mengurangi tagihan {doc.invoice_number}", base.money(doc.applied_to_invoice)))
        if doc.applied_to_credit:
            applied.append(("Menjadi saldo kredit pelanggan", base.money(doc.applied_to_credit)))
        out += [Spacer(1, 4 * mm), base.para("Penggunaan", st["bold"]),
                base.kv_table(applied, WIDTH * 0.7, SIZE, label_share=0.65)]
    out += [Spacer(1, 12 * mm),
            base.signature_block(("Diajukan oleh", "Disetujui oleh (supervisor)", "Pelanggan"), WIDTH, SIZE,
                                 names=(doc.requested_by, doc.approved_by))]
    return out


def render_credit_note(doc: CreditNoteDocument, target: base.Target = None) -> bytes | None:
    """A credit note as an A4 PDF (bytes when ``target`` is None)."""
    return base.build_pdf(target, credit_note_flowables(doc), paper_name="A4",
                          title=f"Credit note {doc.credit_note_number}", author=doc.company.name)
