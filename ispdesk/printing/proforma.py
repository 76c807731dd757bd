"""The A4 proforma invoice: installation fee, deposit and prepaid months, DPP/PPN,
total in words, bank accounts and a QRIS for the total while it is open."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ispdesk.domain.documents.invoice import ProformaDocument
from ispdesk.domain.enums import ProformaStatus
from ispdesk.domain.messages import message, translate
from ispdesk.printing import base
from ispdesk.printing.billing_parts import (addressee, heading, lines_table, notes, payment_block, totals_table,
                                            words)

PAY_BEFORE = message("print.pay_before", "Please pay before {date}.")
PROFORMA_TITLE = message("print.proforma_title", "Proforma {number}")


def stamp_of(status: str) -> str:
    """PAID (LUNAS) or CANCELLED (DIBATALKAN); "" while it waits for payment."""
    if status == ProformaStatus.PAID:
        return translate("Print", "PAID")
    if status == ProformaStatus.CANCELLED:
        return translate("Print", "CANCELLED")
    return ""


def proforma_flowables(doc: ProformaDocument) -> list[Flowable]:
    st = base.styles(base.PAPERS["A4"].font_size)
    facts = [(translate("Print", "Proforma number"), doc.proforma_number),
             (translate("Print", "Date"), base.format_date(doc.issue_date))]
    if doc.due_date:
        facts.append((translate("Print", "Valid until"), base.format_date(doc.due_date)))
    if doc.invoice_number:
        facts.append((translate("Print", "Invoice number"), doc.invoice_number))
    out: list[Flowable] = [*heading(doc.company, translate("Print", "PROFORMA INVOICE"),
                                    base.NUMBER(number=doc.proforma_number).render(), doc.scan_code),
                           *addressee(translate("Print", "To"), doc.customer, facts)]
    stamp = stamp_of(doc.status)
    if stamp:
        out += [base.stamp_box(stamp, 10), Spacer(1, 3 * mm)]
    out += [base.para(translate("Print", "Not a tax invoice. Once paid, this proforma is replaced by the invoice."),
                      st["small"]), Spacer(1, 2 * mm)]
    out += [lines_table(doc.lines), Spacer(1, 2 * mm),
            totals_table(doc.totals, (), (translate("Print", "Amount to pay"), doc.totals.total))]
    out += words(doc.amount_in_words)
    if doc.status == ProformaStatus.ISSUED:
        before = PAY_BEFORE(date=doc.due_date).render() if doc.due_date else ""
        out += payment_block(doc.company, doc.qris_payload, doc.totals.total, before)
    out += notes(doc.notes)
    return out


def render_proforma(doc: ProformaDocument, target: base.Target = None) -> bytes | None:
    """A proforma invoice as an A4 PDF (bytes when ``target`` is None)."""
    return base.build_pdf(target, proforma_flowables(doc), paper_name="A4",
                          title=PROFORMA_TITLE(number=doc.proforma_number).render(), author=doc.company.name)
