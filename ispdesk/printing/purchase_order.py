"""The purchase order the supplier gets (A4): lines, total, terms, signatures,
the PO number as a barcode; a draft or cancelled PO carries its status across the page."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ispdesk.domain.documents.warehouse import PurchaseOrderDocument
from ispdesk.domain.messages import message, translate
from ispdesk.printing import base
from ispdesk.printing.base import Target
from ispdesk.printing.warehouse_parts import footer, number, status_word

APPROVED_AT = message("print.approved_at", "{name}, {moment}")
PO_TITLE = message("print.po_title", "Purchase order {number}")


def stamp_of(status: str) -> str:
    """DRAFT before approval, CANCELLED after cancelling: the paper is not (yet,
    or any more) a valid order; "" otherwise."""
    if status in ("draft", "submitted"):
        return translate("Print", "DRAFT")
    if status == "cancelled":
        return translate("Print", "CANCELLED")
    return ""


def render_purchase_order(data: PurchaseOrderDocument, target: Target = None) -> bytes | None:
    """The PO on A4 to ``target`` (``None``: the bytes)."""
    p = base.paper("A4")
    width, size = p.content_width, p.font_size
    st = base.styles(size)
    head = Table([[base.letterhead(data.company, size, align="left"),
                   [base.para(translate("Print", "PURCHASE ORDER"), st["big_right"]),
                    base.para(data.po_number, st["bold_right"]),
                    base.barcode128(data.po_number, width * 0.35, height=9 * mm, human_readable=False,
                                    centred=False)]]],
                 colWidths=[width * 0.58, width * 0.42])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    supplier = [base.para(translate("Print", "To:"), st["small"]), base.para(data.supplier_name, st["bold"]),
                base.para(data.supplier_address, st["normal"]), base.para(data.supplier_contact, st["normal"])]
    facts = base.kv_table([(translate("Print", "Order date"), base.format_date(data.order_date)),
                           (translate("Print", "Expected"), base.format_date(data.expected_date) or "-"),
                           (translate("Print", "Payment terms"), data.payment_terms or "-"),
                           (translate("Print", "Status"), status_word(data.status))],
                          width * 0.42, size, label_share=0.5)
    parties = Table([[supplier, facts]], colWidths=[width * 0.58, width * 0.42])
    parties.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    rows = [(str(i), line.sku, line.description, f"{number(line.quantity)} {line.unit}", base.money(line.unit_price),
             base.money(line.total)) for i, line in enumerate(data.lines, start=1)]
    header = (translate("Print", "No"), "SKU", translate("Print", "Item"), translate("Print", "Quantity"),
              translate("Print", "Unit price"), translate("Print", "Total"))
    lines = base.grid_table(header, rows, [width * w for w in (0.06, 0.14, 0.36, 0.12, 0.16, 0.16)], size,
                            right_cols=(0, 3, 4, 5),
                            footer=("", "", "", "", translate("Print", "TOTAL"), base.money(data.total)))
    out: list[Flowable] = [head, base.rule(dashed=False), Spacer(1, 3), parties, Spacer(1, 6), lines,
                           base.para(base.IN_WORDS(words=base.amount_in_words(data.total)).render(), st["small"])]
    if data.notes:
        out += [Spacer(1, 4), base.para(base.NOTES_LINE(notes=data.notes).render(), st["normal"])]
    approved = (APPROVED_AT(name=data.approved_by, moment=data.approved_at).render()
                if data.approved_by and data.approved_at else data.approved_by)
    out += [Spacer(1, 10), base.signature_block((translate("Print", "Prepared by"), translate("Print", "Approved by"),
                                                 translate("Print", "Supplier")), width, size,
                                                names=(data.created_by, approved, data.supplier_name))]
    stamp = stamp_of(data.status)
    if stamp:
        out.insert(1, base.stamp_box(stamp, size))
    return base.build_pdf(target, out, paper_name=p, title=PO_TITLE(number=data.po_number).render(),
                          author=data.company.name, stamp=stamp, on_page=footer(data.po_number))
