"""The subscription contract on A4: page 1 the parties, the customer's identity
and address, the package, fees, duration and auto-renewal; page 2 the terms and
the signature blocks (with the drawn signature when signed). A QR code in the
heading identifies the contract; every page carries its number in the footer."""
from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, PageBreak, Spacer, Table, TableStyle

from ispdesk.domain.documents.contract import ContractDocument
from ispdesk.printing import base
from ispdesk.printing.warehouse_parts import footer

STATUS_WORDS = {"draft": "DRAFT", "active": "AKTIF", "suspended": "DITANGGUHKAN", "terminated": "DIAKHIRI",
                "expired": "BERAKHIR"}
NOT_IN_FORCE = {"draft": "DRAFT", "terminated": "DIAKHIRI", "expired": "BERAKHIR"}


def _plain(table: Table) -> Table:
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _signature_cell(doc: ContractDocument, width: float, size: float) -> list[Flowable]:
    st = base.styles(size)
    cell: list[Flowable] = [base.para("Pelanggan", st["small_center"])]
    if doc.signature_png:
        image = Image(io.BytesIO(doc.signature_png))
        scale = min(width * 0.8 / image.imageWidth, 22 * mm / image.imageHeight)
        image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
        box = _plain(Table([[image]], colWidths=[width * 0.9], rowHeights=[22 * mm]))   # as tall as the blank one
        box.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
        cell.append(box)
    else:
        cell.append(Spacer(1, 22 * mm))
    cell.append(base.para(f"( {doc.signed_by or doc.customer.name} )", st["small_center"]))
    if doc.signed_at:
        cell.append(base.para(f"Ditandatangani {base.format_datetime(doc.signed_at)}", st["small_center"]))
    return cell


def contract_flowables(doc: ContractDocument) -> list[Flowable]:
    p = base.paper("A4")
    width, size = p.content_width, p.font_size
    st = base.styles(size)
    title = [base.para("PERJANJIAN BERLANGGANAN LAYANAN INTERNET", st["big"]),
             base.para(f"No. {doc.contract_number}", st["bold"]),
             base.para(f"Status: {STATUS_WORDS.get(doc.status, doc.status)}", st["normal"])]
    head = base.letterhead_with_qr(doc.company, doc.verification, width, size, qr_size=30 * mm)
    party_rows = [("Nama", doc.customer.name), ("NIK", doc.nik or "-"), ("No. pelanggan", doc.customer.number),
                  ("Alamat", ", ".join(doc.customer.address_lines) or "-"),
                  ("Telepon / e-mail", " · ".join(x for x in (doc.customer.phone, doc.customer.email) if x) or "-")]
    service_rows = [("Paket", doc.package_name), ("Kecepatan", f"{doc.speed_mbps} Mbps"),
                    ("Biaya bulanan", base.money(doc.monthly_fee)),
                    ("Biaya pemasangan", base.money(doc.installation_fee)), ("Deposit", base.money(doc.deposit)),
                    ("Mulai berlaku", base.format_date(doc.start_date)),
                    ("Berakhir", base.format_date(doc.end_date) or "-"),
                    ("Jangka waktu", f"{doc.duration_months} bulan" if doc.duration_months else "-"),
                    ("Perpanjangan otomatis", "Ya" if doc.auto_renew else "Tidak")]
    if doc.promotion:
        service_rows.append(("Promosi", doc.promotion))
    out: list[Flowable] = [head, base.rule(dashed=False, thickness=1.2, space=3 * mm), *title, Spacer(1, 5 * mm)]
    stamp = NOT_IN_FORCE.get(doc.status, "")
    if stamp:
        out += [base.stamp_box(stamp, size), Spacer(1, 3 * mm)]
    out += [base.para(f"Perjanjian ini dibuat antara {doc.company.name} (\"Penyedia\") dan pelanggan berikut "
                      "(\"Pelanggan\"):", st["normal"]), Spacer(1, 2 * mm),
            base.para("PIHAK PELANGGAN", st["bold"]),
            base.kv_table(party_rows, width * 0.75, size, label_share=0.3, values_left=True),
            Spacer(1, 5 * mm), base.para("LAYANAN DAN BIAYA", st["bold"]),
            base.kv_table(service_rows, width * 0.75, size, label_share=0.3, values_left=True), Spacer(1, 5 * mm),
            base.para("Biaya bulanan ditagih di muka setiap periode mulai tanggal pemasangan selesai. Biaya "
                      "pemasangan dan deposit dibayar melalui proforma sebelum pemasangan. Syarat dan ketentuan "
                      "pada halaman berikut adalah bagian yang tidak terpisahkan dari perjanjian ini.", st["normal"]),
            PageBreak(),
            base.para("SYARAT DAN KETENTUAN", st["bold"]), Spacer(1, 2 * mm)]
    out += [base.para(line, st["normal"]) for line in doc.terms.splitlines() if line.strip()] or [
        base.para("-", st["normal"])]
    out += [Spacer(1, 10 * mm),
            base.para("Dengan menandatangani perjanjian ini para pihak menyatakan setuju dengan seluruh isinya.",
                      st["normal"]), Spacer(1, 6 * mm)]
    company_cell = [base.para(f"Penyedia ({doc.company.name})", st["small_center"]), Spacer(1, 22 * mm),
                    base.para(f"( {doc.company_signatory or '....................'} )", st["small_center"])]
    signatures = Table([[company_cell, _signature_cell(doc, width / 2, size)]], colWidths=[width / 2, width / 2])
    signatures.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    out.append(signatures)
    return out


def render_contract(doc: ContractDocument, target: base.Target = None) -> bytes | None:
    """The contract as an A4 PDF (bytes when ``target`` is None)."""
    return base.build_pdf(target, contract_flowables(doc), paper_name="A4", title=f"Kontrak {doc.contract_number}",
                          author=doc.company.name, stamp=NOT_IN_FORCE.get(doc.status, ""),
                          on_page=footer(f"Kontrak {doc.contract_number}"))
