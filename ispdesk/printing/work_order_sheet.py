"""The work order sheet on A4 for the technician: the job (type, priority,
schedule), the customer with address, phone and map coordinates (a QR code
opens the map), what to do, the materials issued from the warehouse with their
serial numbers, and signature boxes for technician and customer."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ispdesk.domain.documents.work_order import WorkOrderSheet
from ispdesk.printing import base
from ispdesk.printing.warehouse_parts import footer, number

TYPE_WORDS = {"installation": "Pemasangan baru", "repair": "Perbaikan", "maintenance": "Pemeliharaan",
              "relocation": "Relokasi", "disconnection": "Pemutusan", "survey": "Survei"}
PRIORITY_WORDS = {"low": "Rendah", "medium": "Sedang", "high": "Tinggi", "urgent": "Mendesak"}


def sheet_flowables(doc: WorkOrderSheet) -> list[Flowable]:
    p = base.paper("A4")
    width, size = p.content_width, p.font_size
    st = base.styles(size)
    head = base.letterhead_with_qr(doc.company, doc.verification, width, size)
    when = " ".join(x for x in (base.format_date(doc.scheduled_date) if doc.scheduled_date else "",
                                doc.scheduled_time.strftime("%H:%M") if doc.scheduled_time else "") if x) or "-"
    job_rows = [("Jenis pekerjaan", TYPE_WORDS.get(doc.type, doc.type)),
                ("Prioritas", PRIORITY_WORDS.get(doc.priority, doc.priority)),
                ("Jadwal", when), ("Teknisi", doc.technician or "-"), ("Paket", doc.package_name or "-")]
    coordinates = (f"{doc.latitude.normalize():f}, {doc.longitude.normalize():f}"
                   if doc.latitude is not None and doc.longitude is not None else "-")
    customer_rows = [("Pelanggan", f"{doc.customer.name} ({doc.customer.number})"),
                     ("Alamat", ", ".join(doc.customer.address_lines) or "-"),
                     ("Telepon", doc.customer.phone or "-"), ("Koordinat", coordinates)]
    out: list[Flowable] = [
        head, base.rule(dashed=False, thickness=1.2, space=3 * mm),
        base.para("SURAT PERINTAH KERJA", st["big"]), base.para(f"No. {doc.number}", st["bold"]),
        Spacer(1, 4 * mm), base.kv_table(job_rows, width * 0.8, size, label_share=0.25, values_left=True),
        Spacer(1, 4 * mm), base.para("PELANGGAN", st["bold"]),
        base.kv_table(customer_rows, width * 0.8, size, label_share=0.25, values_left=True)]
    if doc.map_link:
        out.append(base.para(f"Peta: {doc.map_link} (pindai kode QR)", st["small"]))
    out += [Spacer(1, 4 * mm), base.para("YANG HARUS DIKERJAKAN", st["bold"]),
            *[base.para(line, st["normal"]) for line in (doc.notes or "-").splitlines() if line.strip()],
            Spacer(1, 4 * mm), base.para("MATERIAL DARI GUDANG", st["bold"])]
    if doc.materials:
        rows = [(m.sku, m.name, f"{number(m.quantity)} {m.unit}", ", ".join(m.serials) or "-")
                for m in doc.materials]
        out.append(base.grid_table(("Kode", "Barang", "Jumlah", "Nomor seri"), rows,
                                   (width * 0.16, width * 0.34, width * 0.14, width * 0.36), size, right_cols=(2,)))
    else:
        out.append(base.para("Belum ada material yang dikeluarkan.", st["normal"]))
    out += [Spacer(1, 4 * mm), base.para("HASIL / CATATAN TEKNISI", st["bold"])]
    lines = Table([[""]] * 4, colWidths=[width], rowHeights=[8 * mm] * 4)
    lines.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey)]))
    out += [lines, Spacer(1, 10 * mm),
            base.signature_block(("Teknisi", "Pelanggan"), width, size, names=(doc.technician, doc.customer.name),
                                 space=22 * mm)]
    return out


def render_work_order_sheet(doc: WorkOrderSheet, target: base.Target = None) -> bytes | None:
    """The work order sheet as an A4 PDF (bytes when ``target`` is None)."""
    return base.build_pdf(target, sheet_flowables(doc), paper_name="A4", title=f"Surat perintah kerja {doc.number}",
                          author=doc.company.name, on_page=footer(f"SPK {doc.number}"))
