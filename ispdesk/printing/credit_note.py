"""The A4 credit note (nota kredit): the invoice it credits, the reason, the
amount split into DPP and PPN, where it went (the invoice, the customer's
credit), who asked and which supervisor approved."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ispdesk.domain.documents.invoice import CreditNoteDocument
from ispdesk.domain.enums import CreditNoteStatus
from ispdesk.domain.messages import message, translate
from ispdesk.printing import base
from ispdesk.printing.billing_parts import SIZE, WIDTH, addressee, heading, words

OFF_INVOICE = message("print.off_invoice", "Taken off invoice {number}")
CREDIT_NOTE_TITLE = message("print.credit_note_title", "Credit note {number}")


def stamp_of(status: str) -> str:
    """DRAFT - NOT APPROVED YET across a draft, CANCELLED across a cancelled one; "" otherwise."""
    if status == CreditNoteStatus.DRAFT:
        return translate("Print", "DRAFT - NOT APPROVED YET")
    if status == CreditNoteStatus.CANCELLED:
        return translate("Print", "CANCELLED")
    return ""


def credit_note_flowables(doc: CreditNoteDocument) -> list[Flowable]:
    st = base.styles(SIZE)
    facts = [(translate("Print", "Credit note number"), doc.credit_note_number),
             (translate("Print", "Date"), base.format_date(doc.issue_date)),
             (translate("Print", "For invoice"), doc.invoice_number),
             (translate("Print", "Invoice date"), base.format_date(doc.invoice_date))]
    out: list[Flowable] = [*heading(doc.company, translate("Print", "CREDIT NOTE"),
                                    base.NUMBER(number=doc.credit_note_number).render(), doc.scan_code),
                           *addressee(translate("Print", "To"), doc.customer, facts)]
    stamp = stamp_of(doc.status)
    if stamp:
        out += [base.stamp_box(stamp, 10), Spacer(1, 3 * mm)]
    out += [base.para(translate("Print", "Reason"), st["bold"]), base.para(doc.reason, st["normal"]),
            Spacer(1, 4 * mm)]
    rows = [(translate("Print", "Amount before PPN"), base.money(doc.net)), ("DPP", base.money(doc.tax_base)),
            (doc.tax_label, base.money(doc.tax)), (translate("Print", "Amount credited"), base.money(doc.amount))]
    out.append(base.kv_table(rows, WIDTH * 0.5, SIZE, label_share=0.55, big_rows=(3,)))
    out += words(doc.amount_in_words)
    if doc.status == CreditNoteStatus.APPLIED:
        applied = []
        if doc.applied_to_invoice:
            applied.append((OFF_INVOICE(number=doc.invoice_number).render(), base.money(doc.applied_to_invoice)))
        if doc.applied_to_credit:
            applied.append((translate("Print", "Added to the customer's credit"),
                            base.money(doc.applied_to_credit)))
        out += [Spacer(1, 4 * mm), base.para(translate("Print", "Applied"), st["bold"]),
                base.kv_table(applied, WIDTH * 0.7, SIZE, label_share=0.65)]
    out += [Spacer(1, 12 * mm),
            base.signature_block((translate("Print", "Requested by"), translate("Print", "Approved by (supervisor)"),
                                  translate("Print", "Customer")), WIDTH, SIZE,
                                 names=(doc.requested_by, doc.approved_by))]
    return out


def render_credit_note(doc: CreditNoteDocument, target: base.Target = None) -> bytes | None:
    """A credit note as an A4 PDF (bytes when ``target`` is None)."""
    return base.build_pdf(target, credit_note_flowables(doc), paper_name="A4",
                          title=CREDIT_NOTE_TITLE(number=doc.credit_note_number).render(), author=doc.company.name)
