"""The installation report on A4: customer and package, what was installed
(ONT serial, ONU id, ODP and port, IP address), the measurements (signal with
its warning, speed test), notes and the signature blocks with the customer's
drawn signature; the photos attached follow on the last page as a grid of
small pictures (the thumbnails kept in the database), each with its name. A QR
code in the heading identifies the work order and the ONT."""
from __future__ import annotations

import io
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, PageBreak, Spacer, Table, TableStyle

from ispdesk.domain.documents.installation import InstallationDocument, Photo
from ispdesk.domain.messages import message, translate
from ispdesk.printing import base
from ispdesk.printing.warehouse_parts import footer

PHOTOS_NOTE = message("print.photos_note", "%n photo(s), on the last page")
REPORT_TITLE = message("print.installation_title", "Installation report {number}")
REPORT_FOOTER = message("print.installation_footer", "Installation {number}")

#: Photos per row of the grid on the last page, and the height of each picture.
PHOTOS_PER_ROW = 4
PHOTO_HEIGHT = 36 * mm


def _figure(value: Decimal | None, unit: str) -> str:
    return "-" if value is None else f"{format(value.normalize(), 'f').replace('.', ',')} {unit}"


def _image(data: bytes, max_width: float, max_height: float) -> Image | None:
    """An image scaled to fit; None when the data is not an image."""
    try:
        image = Image(io.BytesIO(data))
    except Exception:                       # a moved or broken photo must not stop the report
        return None
    scale = min(max_width / image.imageWidth, max_height / image.imageHeight)
    image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
    return image


def _photo_page(photos: tuple[Photo, ...], width: float, size: float) -> list[Flowable]:
    """The last page: every photo, :data:`PHOTOS_PER_ROW` a row, its name below."""
    st = base.styles(size)
    cell_width = width / PHOTOS_PER_ROW
    cells = []
    for photo in photos:
        image = _image(photo.image, cell_width - 4 * mm, PHOTO_HEIGHT) if photo.image else None
        cells.append([image or base.para(translate("Print", "(photo not found)"), st["small_center"]),
                      base.para(photo.file_name or "-", st["small_center"])])
    rows = [cells[i:i + PHOTOS_PER_ROW] + [""] * (PHOTOS_PER_ROW - len(cells[i:i + PHOTOS_PER_ROW]))
            for i in range(0, len(cells), PHOTOS_PER_ROW)]
    table = Table(rows, colWidths=[cell_width] * PHOTOS_PER_ROW, hAlign="LEFT", repeatRows=0)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm)]))
    return [PageBreak(), base.para(translate("Print", "INSTALLATION PHOTOS"), st["big"]), Spacer(1, 3 * mm), table]


def installation_flowables(doc: InstallationDocument) -> list[Flowable]:
    p = base.paper("A4")
    width, size = p.content_width, p.font_size
    st = base.styles(size)
    head = base.letterhead_with_qr(doc.company, doc.verification, width, size)
    customer_rows = [(translate("Print", "Customer"), f"{doc.customer.name} ({doc.customer.number})"),
                     (translate("Print", "Address"), ", ".join(doc.customer.address_lines) or "-"),
                     (translate("Print", "Phone"), doc.customer.phone or "-"),
                     (translate("Print", "Package"), doc.package_name or "-"),
                     (translate("Print", "Technician"), doc.technician or "-"),
                     (translate("Print", "Finished"), base.format_datetime(doc.completed_at) if doc.completed_at
                      else "-")]
    device_rows = [(translate("Print", "ONT serial"), doc.ont_serial or "-"), ("ONU ID", doc.onu_id or "-"),
                   ("ODP / port", f"{doc.odp_name or '-'} / {doc.odp_port or '-'}"),
                   (translate("Print", "IP address"), doc.ip_address or "-")]
    measure_rows = [(translate("Print", "Signal (Rx)"), _figure(doc.signal_level, "dBm")),
                    (translate("Print", "Speed test down"), _figure(doc.speed_down, "Mbps")),
                    (translate("Print", "Speed test up"), _figure(doc.speed_up, "Mbps"))]
    out: list[Flowable] = [
        head, base.rule(dashed=False, thickness=1.2, space=3 * mm),
        base.para(translate("Print", "INSTALLATION REPORT"), st["big"]),
        base.para(base.NUMBER(number=doc.work_order_number).render(), st["bold"]),
        Spacer(1, 4 * mm), base.kv_table(customer_rows, width * 0.8, size, label_share=0.25, values_left=True),
        Spacer(1, 4 * mm), base.para(translate("Print", "EQUIPMENT INSTALLED"), st["bold"]),
        base.kv_table(device_rows, width * 0.8, size, label_share=0.25, values_left=True),
        Spacer(1, 4 * mm), base.para(translate("Print", "MEASUREMENTS"), st["bold"]),
        base.kv_table(measure_rows, width * 0.8, size, label_share=0.25, values_left=True)]
    if doc.signal_warning:
        out += [Spacer(1, 1 * mm), base.para(translate("Print", "Attention: the signal is outside the normal range "
                                                                "of -8 to -27 dBm; check the splices and "
                                                                "connectors."), st["bold"])]
    photo_note = PHOTOS_NOTE(count=len(doc.photos)).render() if doc.photos else "-"
    out += [Spacer(1, 4 * mm), base.para(translate("Print", "NOTES"), st["bold"]),
            base.para(doc.notes or "-", st["normal"]), Spacer(1, 4 * mm),
            base.kv_table([(translate("Print", "Photos"), photo_note)], width * 0.8, size, label_share=0.25,
                          values_left=True),
            Spacer(1, 8 * mm)]
    customer_cell: list[Flowable] = [base.para(translate("Print", "Customer"), st["small_center"])]
    signature = _image(doc.signature_png, width / 2 * 0.8, 22 * mm) if doc.signature_png else None
    customer_cell.append(signature or Spacer(1, 22 * mm))
    customer_cell.append(base.para(f"( {doc.customer.name} )", st["small_center"]))
    technician_cell = [base.para(translate("Print", "Technician"), st["small_center"]), Spacer(1, 22 * mm),
                       base.para(f"( {doc.technician or '....................'} )", st["small_center"])]
    signatures = Table([[technician_cell, customer_cell]], colWidths=[width / 2, width / 2])
    signatures.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    out.append(signatures)
    if doc.photos:
        out += _photo_page(doc.photos, width, size)
    return out


def render_installation_report(doc: InstallationDocument, target: base.Target = None) -> bytes | None:
    """The installation report as an A4 PDF (bytes when ``target`` is None)."""
    return base.build_pdf(target, installation_flowables(doc), paper_name="A4",
                          title=REPORT_TITLE(number=doc.work_order_number).render(), author=doc.company.name,
                          on_page=footer(REPORT_FOOTER(number=doc.work_order_number).render()))
