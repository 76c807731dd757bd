"""The work order sheet on A4 for the technician: the job (type, priority,
schedule), the customer with address, phone and map coordinates (a QR code
opens the map), what to do, the materials issued from the warehouse with their
serial numbers, and signature boxes for technician and customer."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ispdesk.domain.documents.work_order import WorkOrderSheet
from ispdesk.domain.messages import message, translate
from ispdesk.printing import base
from ispdesk.printing.warehouse_parts import footer, number

MAP = message("print.map", "Map: {link} (scan the QR code)")
SHEET_TITLE = message("print.work_order_title", "Work order {number}")
SHEET_FOOTER = message("print.work_order_footer", "Work order {number}")


def type_word(kind: str) -> str:
    """The work order's type as printed ("New installation", "Pemasangan baru" in Indonesian)."""
    words = {"installation": translate("Print", "New installation"), "repair": translate("Print", "Repair"),
             "maintenance": translate("Print", "Maintenance", "work order type"),
             "relocation": translate("Print", "Relocation"),
             "disconnection": translate("Print", "Disconnection"), "survey": translate("Print", "Survey")}
    return words.get(kind, kind)


def priority_word(priority: str) -> str:
    words = {"low": translate("Print", "Low"), "medium": translate("Print", "Medium"),
             "high": translate("Print", "High"), "urgent": translate("Print", "Urgent")}
    return words.get(priority, priority)


def sheet_flowables(doc: WorkOrderSheet) -> list[Flowable]:
    p = base.paper("A4")
    width, size = p.content_width, p.font_size
    st = base.styles(size)
    head = base.letterhead_with_qr(doc.company, doc.verification, width, size)
    when = " ".join(x for x in (base.format_date(doc.scheduled_date) if doc.scheduled_date else "",
                                doc.scheduled_time.strftime("%H:%M") if doc.scheduled_time else "") if x) or "-"
    job_rows = [(translate("Print", "Job"), type_word(doc.type)),
                (translate("Print", "Priority"), priority_word(doc.priority)),
                (translate("Print", "Scheduled"), when), (translate("Print", "Technician"), doc.technician or "-"),
                (translate("Print", "Package"), doc.package_name or "-")]
    coordinates = (f"{doc.latitude.normalize():f}, {doc.longitude.normalize():f}"
                   if doc.latitude is not None and doc.longitude is not None else "-")
    customer_rows = [(translate("Print", "Customer"), f"{doc.customer.name} ({doc.customer.number})"),
                     (translate("Print", "Address"), ", ".join(doc.customer.address_lines) or "-"),
                     (translate("Print", "Phone"), doc.customer.phone or "-"),
                     (translate("Print", "Coordinates"), coordinates)]
    out: list[Flowable] = [
        head, base.rule(dashed=False, thickness=1.2, space=3 * mm),
        base.para(translate("Print", "WORK ORDER"), st["big"]),
        base.para(base.NUMBER(number=doc.number).render(), st["bold"]),
        Spacer(1, 4 * mm), base.kv_table(job_rows, width * 0.8, size, label_share=0.25, values_left=True),
        Spacer(1, 4 * mm), base.para(translate("Print", "CUSTOMER"), st["bold"]),
        base.kv_table(customer_rows, width * 0.8, size, label_share=0.25, values_left=True)]
    if doc.map_link:
        out.append(base.para(MAP(link=doc.map_link).render(), st["small"]))
    out += [Spacer(1, 4 * mm), base.para(translate("Print", "WHAT TO DO"), st["bold"]),
            *[base.para(line, st["normal"]) for line in (doc.notes or "-").splitlines() if line.strip()],
            Spacer(1, 4 * mm), base.para(translate("Print", "MATERIALS FROM THE WAREHOUSE"), st["bold"])]
    if doc.materials:
        rows = [(m.sku, m.name, f"{number(m.quantity)} {m.unit}", ", ".join(m.serials) or "-")
                for m in doc.materials]
        header = (translate("Print", "Code"), translate("Print", "Item"), translate("Print", "Quantity"),
                  translate("Print", "Serial numbers"))
        out.append(base.grid_table(header, rows, (width * 0.16, width * 0.34, width * 0.14, width * 0.36), size,
                                   right_cols=(2,)))
    else:
        out.append(base.para(translate("Print", "No materials have been issued yet."), st["normal"]))
    out += [Spacer(1, 4 * mm), base.para(translate("Print", "RESULT / TECHNICIAN'S NOTES"), st["bold"])]
    lines = Table([[""]] * 4, colWidths=[width], rowHeights=[8 * mm] * 4)
    lines.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey)]))
    out += [lines, Spacer(1, 10 * mm),
            base.signature_block((translate("Print", "Technician"), translate("Print", "Customer")), width, size,
                                 names=(doc.technician, doc.customer.name), space=22 * mm)]
    return out


def render_work_order_sheet(doc: WorkOrderSheet, target: base.Target = None) -> bytes | None:
    """The work order sheet as an A4 PDF (bytes when ``target`` is None)."""
    return base.build_pdf(target, sheet_flowables(doc), paper_name="A4",
                          title=SHEET_TITLE(number=doc.number).render(), author=doc.company.name,
                          on_page=footer(SHEET_FOOTER(number=doc.number).render()))
