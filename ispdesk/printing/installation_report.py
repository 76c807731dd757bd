"""The installation report on A4: customer and package, what was installed
(ONT serial, ONU id, ODP and port, IP address), the measurements (signal with
its warning, speed test), notes, the photos attached (small, up to six) and
the signature blocks with the customer's drawn signature. A QR code in the
heading identifies the work order and the ONT."""
from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Spacer, Table, TableStyle

from ispdesk.domain.documents.installation import InstallationDocument
from ispdesk.printing import base
from ispdesk.printing.warehouse_parts import footer

MAX_PHOTOS = 6


def _figure(value: Decimal | None, unit: str) -> str:
    return "-" if value is None else f"{format(value.normalize(), 'f').replace('.', ',')} {unit}"


def _image(data: bytes | str, max_width: float, max_height: float) -> Image | None:
    """An image scaled to fit; None when the file is missing or not an image."""
    try:
        source = io.BytesIO(data) if isinstance(data, bytes) else str(data)
        image = Image(source)
    except Exception:                       # a moved or broken photo must not stop the report
        return None
    scale = min(max_width / image.imageWidth, max_height / image.imageHeight)
    image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
    return image


def _photos(paths: tuple[str, ...], width: float, size: float) -> list[Flowable]:
    st = base.styles(size)
    cells = []
    for path in paths[:MAX_PHOTOS]:
        image = _image(path, width / 3 - 4 * mm, 40 * mm) if Path(path).is_file() else None
        cells.append([image or base.para("(foto tidak ditemukan)", st["small_center"]),
                      base.para(Path(path).name, st["small_center"])])
    if not cells:
        return [base.para("-", st["normal"])]
    rows = [cells[i:i + 3] + [""] * (3 - len(cells[i:i + 3])) for i in range(0, len(cells), 3)]
    table = Table(rows, colWidths=[width / 3] * 3, hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    out: list[Flowable] = [table]
    if len(paths) > MAX_PHOTOS:
        out.append(base.para(f"… dan {len(paths) - MAX_PHOTOS} foto lainnya", st["small_center"]))
    return out


def installation_flowables(doc: InstallationDocument) -> list[Flowable]:
    p = base.paper("A4")
    width, size = p.content_width, p.font_size
    st = base.styles(size)
    head = Table([[base.letterhead(doc.company, size, align="left"), base.qr_code(doc.verification, 28 * mm)]],
                 colWidths=[width - 32 * mm, 32 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    customer_rows = [("Pelanggan", f"{doc.customer.name} ({doc.customer.number})"),
                     ("Alamat", ", ".join(doc.customer.address_lines) or "-"),
                     ("Telepon", doc.customer.phone or "-"), ("Paket", doc.package_name or "-"),
                     ("Teknisi", doc.technician or "-"),
                     ("Selesai", base.format_datetime(doc.completed_at) if doc.completed_at else "-")]
    device_rows = [("Serial ONT", doc.ont_serial or "-"), ("ONU ID", doc.onu_id or "-"),
                   ("ODP / port", f"{doc.odp_name or '-'} / {doc.odp_port or '-'}"),
                   ("Alamat IP", doc.ip_address or "-")]
    measure_rows = [("Redaman (Rx)", _figure(doc.signal_level, "dBm")),
                    ("Speed test unduh", _figure(doc.speed_down, "Mbps")),
                    ("Speed test unggah", _figure(doc.speed_up, "Mbps"))]
    out: list[Flowable] = [
        head, base.rule(dashed=False, thickness=1.2, space=3 * mm),
        base.para("BERITA ACARA PEMASANGAN", st["big"]), base.para(f"No. {doc.work_order_number}", st["bold"]),
        Spacer(1, 4 * mm), base.kv_table(customer_rows, width * 0.8, size, label_share=0.25),
        Spacer(1, 4 * mm), base.para("PERANGKAT TERPASANG", st["bold"]),
        base.kv_table(device_rows, width * 0.8, size, label_share=0.25),
        Spacer(1, 4 * mm), base.para("HASIL PENGUKURAN", st["bold"]),
        base.kv_table(measure_rows, width * 0.8, size, label_share=0.25)]
    if doc.signal_warning:
        out += [Spacer(1, 1 * mm), base.para("Perhatian: redaman di luar rentang normal -8 s.d. -27 dBm; "
                                             "periksa sambungan dan konektor.", st["bold"])]
    out += [Spacer(1, 4 * mm), base.para("CATATAN", st["bold"]), base.para(doc.notes or "-", st["normal"]),
            Spacer(1, 4 * mm), base.para("FOTO", st["bold"]), *_photos(doc.photos, width, size),
            Spacer(1, 8 * mm)]
    customer_cell: list[Flowable] = [base.para("Pelanggan", st["small_center"])]
    signature = _image(doc.signature_png, width / 2 * 0.8, 22 * mm) if doc.signature_png else None
    customer_cell.append(signature or Spacer(1, 22 * mm))
    customer_cell.append(base.para(f"( {doc.customer.name} )", st["small_center"]))
    technician_cell = [base.para("Teknisi", st["small_center"]), Spacer(1, 22 * mm),
                       base.para(f"( {doc.technician or '....................'} )", st["small_center"])]
    signatures = Table([[technician_cell, customer_cell]], colWidths=[width / 2, width / 2])
    signatures.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    out.append(signatures)
    return out


def render_installation_report(doc: InstallationDocument, target: base.Target = None) -> bytes | None:
    """The installation report as an A4 PDF (bytes when ``target`` is None)."""
    return base.build_pdf(target, installation_flowables(doc), paper_name="A4",
                          title=f"Berita acara pemasangan {doc.work_order_number}", author=doc.company.name,
                          on_page=footer(f"Pemasangan {doc.work_order_number}"))
