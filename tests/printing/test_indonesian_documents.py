"""Every printed document in the office's language: with the Indonesian
translator installed (as the program installs it) the words read back from the
PDF are Indonesian, dates are written the Indonesian way, and none of the
English source words is left on the paper. (The other printing tests read the
English back: no translator installed.)"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

import pytest

from ispdesk.domain.documents.contract import ContractDocument
from ispdesk.domain.documents.invoice import CreditNoteDocument, Party
from ispdesk.domain.documents.warehouse import (AssetRegisterDocument, AssetRegisterLine, PurchaseOrderDocument,
                                                PurchaseOrderLine, StockCardDocument, StockCardLine)
from ispdesk.domain.documents.work_order import SheetMaterial, WorkOrderSheet
from ispdesk.domain.messages import installed_translator, install_translator
from ispdesk.printing import escpos
from ispdesk.printing.asset_register import render_asset_register
from ispdesk.printing.contract import render_contract
from ispdesk.printing.credit_note import render_credit_note
from ispdesk.printing.installation_report import render_installation_report
from ispdesk.printing.invoice import render_invoice
from ispdesk.printing.proforma import render_proforma
from ispdesk.printing.purchase_order import render_purchase_order
from ispdesk.printing.receipt import render_receipt
from ispdesk.printing.shift_report import render_daily_report, render_shift_report
from ispdesk.printing.stock_card import render_stock_card
from ispdesk.printing.work_order_sheet import render_work_order_sheet
from tests.printing import samples
from tests.printing.pdf_reading import pdf_text
from tests.printing.test_escpos import printed_lines
from tests.printing.test_installation_report_pdf import document as installation
from tests.printing.test_invoice_pdf import invoice
from tests.printing.test_proforma_pdf import proforma

COMPANY = samples.COMPANY
CUSTOMER = Party("CUST-000042", "Ni Luh Putu Ayu", ("Jl. Gatot Subroto 12", "Denpasar"), "081234567890")


@pytest.fixture
def indonesian(qapp: Any) -> Iterator[None]:
    """The program's Indonesian, installed as the program installs it (Qt's
    catalogue for the words, the office's way for dates); English again after."""
    from ispdesk.ui import i18n
    before = installed_translator()
    language = i18n.Language(qapp)
    assert language.switch("id"), "the Indonesian catalogue (ispdesk_id.qm) is missing"
    yield
    language.switch("en")
    language.uninstall()
    install_translator(before[0], indonesian=before[1])


def words(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())


def english_left(text: str, english: tuple[str, ...]) -> list[str]:
    """The English words (whole words, case as printed) still on the paper."""
    return [w for w in english if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)]


def contract() -> ContractDocument:
    return ContractDocument(
        company=COMPANY, contract_number="KTR-202612-000007", status="draft", customer=CUSTOMER, nik="5171010101900001",
        package_name="Rumah 30 Mbps", speed_mbps=30, monthly_fee=Decimal("250000"), installation_fee=Decimal("500000"),
        deposit=Decimal("300000"), start_date=date(2026, 12, 1), end_date=date(2027, 11, 30), duration_months=12,
        auto_renew=False, terms="1. Layanan diberikan sesuai paket.")


def credit_note() -> CreditNoteDocument:
    return CreditNoteDocument(
        company=COMPANY, credit_note_number="CN-202612-000004", issue_date=date(2026, 12, 5),
        invoice_number="INV-202612-000042", invoice_date=date(2026, 12, 1), customer=CUSTOMER,
        reason="Gangguan layanan 5 hari", amount=Decimal(60000), net=Decimal(54054), tax_base=Decimal(49550),
        tax=Decimal(5946), tax_label="PPN 12% × DPP 11/12", amount_in_words="enam puluh ribu rupiah",
        status="applied", applied_to_invoice=Decimal(46500), applied_to_credit=Decimal(13500),
        requested_by="Kasir Satu", approved_by="Supervisor Dua", scan_code="CN-202612-000004")


def purchase_order() -> PurchaseOrderDocument:
    return PurchaseOrderDocument(
        company=COMPANY, po_number="PO-202612-000001", status="draft", order_date=date(2026, 12, 5),
        expected_date=date(2026, 12, 12), supplier_name="PT Serat Nusantara", supplier_address="Jl. Industri 4",
        supplier_contact="Budi, 0811", payment_terms="30 hari",
        lines=(PurchaseOrderLine("ONT-1", "ONT ZTE F609", "pcs", 20, Decimal(350000), Decimal(7000000)),),
        total=Decimal(7000000), notes="Kirim ke gudang Bandung", created_by="Gudang", approved_by="", approved_at=None)


def stock_card() -> StockCardDocument:
    lines = (StockCardLine(datetime(2026, 12, 1, 8), "in", 10, 10, "PO-202612-000001", "Ani", "Terima"),
             StockCardLine(datetime(2026, 12, 2, 9), "out", -1, 9, "WO-202612-000001", "Ani", "Pasang"),
             StockCardLine(datetime(2026, 12, 3, 9), "adjustment", -1, 8, "", "Ani", "Rusak"))
    return StockCardDocument(COMPANY, "ONT-1", "ONT ZTE F609", "pcs", "Rak A", date(2026, 12, 1), None, 0, lines, 8,
                             datetime(2026, 12, 5, 9))


def asset_register() -> AssetRegisterDocument:
    line = AssetRegisterLine("AST-1", "Motor", "vehicle", date(2020, 1, 1), Decimal("15000000"), Decimal("12.5"),
                             Decimal("0"), "", "maintenance", "Gudang")
    return AssetRegisterDocument(COMPANY, date(2026, 12, 1), (line,), Decimal("15000000"), Decimal("0"),
                                 datetime(2026, 12, 5, 9))


def work_order() -> WorkOrderSheet:
    return WorkOrderSheet(company=COMPANY, number="WO-202612-000009", type="maintenance", priority="urgent",
                          status="assigned", customer=CUSTOMER, latitude=None, longitude=None,
                          scheduled_date=date(2026, 12, 7), scheduled_time=time(9, 30), technician="Wayan",
                          package_name="Rumah 30 Mbps", notes="Ganti patch cord",
                          materials=(SheetMaterial("PC-1", "Patch cord", 1, "pcs"),))


#: (name, render the PDF, Indonesian that must be on it, English that must not)
DOCUMENTS: list[tuple[str, Callable[[], bytes], tuple[str, ...], tuple[str, ...]]] = [
    ("receipt", lambda: render_receipt(samples.receipt(), paper="80mm"),
     ("KUITANSI PEMBAYARAN", "No. kuitansi", "Kasir", "Pelanggan", "Sisa tagihan", "Okt 2026", "Metode Tunai",
      "Kembalian Rp 17.000", "Saldo kredit", "Terbilang:", "Terima kasih atas pembayaran Anda.", "Telp. 021-5551234"),
     ("PAYMENT RECEIPT", "Cashier", "Customer", "Change", "Cash", "Oct", "In words", "Phone")),
    ("reprinted receipt (A5)", lambda: render_receipt(samples.receipt(copy_number=2), paper="A5"),
     ("SALINAN 2", "Tagihan Periode Dibayar Sisa tagihan"), ("COPY", "Invoice", "Period")),
    ("voided receipt", lambda: render_receipt(samples.receipt(status="failed", copy_number=1), paper="58mm"),
     ("BATAL", "SALINAN 1", "Pembayaran ini telah dibatalkan."), ("VOID", "COPY", "voided")),
    ("refunded receipt", lambda: render_receipt(samples.transfer_receipt(status="refunded"), paper="58mm"),
     ("DIKEMBALIKAN", "Transfer bank", "Dari saldo kredit", "Masuk saldo kredit"),
     ("REFUNDED", "Bank transfer", "From credit balance")),
    ("invoice", lambda: render_invoice(invoice()),
     ("TAGIHAN", "Tagihan kepada", "Nomor tagihan", "Periode November 2026", "Jatuh tempo 11 Nov 2026",
      "Keterangan", "Harga satuan", "Jumlah tagihan Rp 277.500", "Terbilang: Dua ratus", "Cara pembayaran",
      "Mohon dibayar paling lambat 11 Nov 2026.", "Bayar dengan QRIS", "No. pelanggan: CUST-000017"),
     ("INVOICE", "Bill to", "Due date", "Description", "Amount due", "In words", "How to pay", "Pay with QRIS")),
    ("paid invoice", lambda: render_invoice(invoice(status="paid", amount_paid=Decimal(277500), amount_due=Decimal(0),
                                                    amount_in_words="nol rupiah", qris_payload="")),
     ("LUNAS", "Sudah dibayar"), ("PAID", "Paid already")),
    ("proforma", lambda: render_proforma(proforma()),
     ("TAGIHAN PROFORMA", "Nomor proforma", "Berlaku sampai 30 Nov 2026", "Kepada", "Bukan faktur pajak.",
      "Jumlah dibayar Rp 555.000", "Mohon dibayar sebelum 30 Nov 2026."),
     ("PROFORMA INVOICE", "Valid until", "Not a tax invoice", "Amount to pay")),
    ("credit note", lambda: render_credit_note(credit_note()),
     ("NOTA KREDIT", "Nomor nota kredit", "Atas tagihan", "Alasan", "Jumlah sebelum PPN Rp 54.054",
      "Jumlah kredit Rp 60.000", "Mengurangi tagihan INV-202612-000042", "Menjadi saldo kredit pelanggan",
      "Disetujui oleh (supervisor)", "5 Des 2026"),
     ("CREDIT NOTE", "Reason", "Amount credited", "Taken off", "Approved by", "Dec")),
    ("Z-report (A4)", lambda: render_shift_report(samples.shift_report(), paper="A4"),
     ("LAPORAN TUTUP KASIR (LAPORAN Z)", "No. shift", "Modal awal laci Rp 500.000", "Total per metode",
      "Tunai Rp 649.500", "Pembayaran (6)", "Pembatalan dan pengembalian dana (2)", "Kas seharusnya Rp 1.149.500",
      "Kas dihitung Rp 1.147.000", "Selisih -Rp 2.500 (kurang)", "Pecahan", "BATAL", "Halaman 1"),
     ("Z-REPORT", "Opening float", "Expected cash", "Counted cash", "Variance", "short", "VOID", "Page")),
    ("X-report (80 mm)", lambda: render_shift_report(samples.shift_report(closed_at=None, closed_by="", counted=(),
                                                                          counted_cash=None, variance=None),
                                                     paper="80mm"),
     ("LAPORAN SEMENTARA KASIR (LAPORAN X)", "masih buka", "Kas laci"), ("X-REPORT", "still open", "Cash drawer")),
    ("daily report", lambda: render_daily_report(samples.daily_report()),
     ("LAPORAN KAS HARIAN", "Shift (2)", "Seharusnya", "Dihitung", "Dibuat oleh", "Diperiksa oleh"),
     ("DAILY CASH REPORT", "Expected", "Counted", "Prepared by", "Checked by")),
    ("contract", lambda: render_contract(contract()),
     ("PERJANJIAN BERLANGGANAN LAYANAN INTERNET", "Status: DRAF", "PIHAK PELANGGAN", "LAYANAN DAN BIAYA",
      "Biaya pemasangan", "Jangka waktu 12 bulan", "Perpanjangan otomatis Tidak", "1 Des 2026",
      "SYARAT DAN KETENTUAN", "Penyedia (PT Jaringan Serat Nusantara)", "Halaman 2"),
     ("SUBSCRIPTION AGREEMENT", "Installation fee", "month", "Renews automatically", "Dec", "Provider", "Page")),
    ("installation report", lambda: render_installation_report(installation(())),
     ("BERITA ACARA PEMASANGAN", "PERANGKAT TERPASANG", "Serial ONT", "HASIL PENGUKURAN", "Redaman (Rx)",
      "Teknisi", "Pelanggan", "Foto -"),
     ("INSTALLATION REPORT", "EQUIPMENT INSTALLED", "MEASUREMENTS", "Technician", "Customer", "Photos")),
    ("purchase order", lambda: render_purchase_order(purchase_order()),
     ("PESANAN PEMBELIAN", "Kepada:", "Tanggal order 5 Des 2026", "Syarat pembayaran", "Status DRAF", "Barang",
      "Terbilang: Tujuh juta rupiah", "Dibuat oleh", "Pemasok"),
     ("PURCHASE ORDER", "To:", "Order date", "Payment terms", "Item", "In words", "Supplier")),
    ("stock card", lambda: render_stock_card(stock_card()),
     ("KARTU STOK", "Barang", "Satuan", "Lokasi", "Periode 1 Des 2026 s/d hari ini", "Saldo awal", "Masuk",
      "Keluar", "Penyesuaian", "Saldo akhir"),
     ("STOCK CARD", "Opening balance", "Closing balance", "Adjustment", "today")),
    ("asset register", lambda: render_asset_register(asset_register()),
     ("DAFTAR ASET", "Per 1 Des 2026 (penyusutan garis lurus)", "Nama aset", "Nilai buku", "Perawatan", "1 aset",
      "Dicetak 5 Des 2026 09:00"),
     ("ASSET REGISTER", "As of", "Book value", "Maintenance", "asset(s)", "Printed")),
    ("work order sheet", lambda: render_work_order_sheet(work_order()),
     ("SURAT PERINTAH KERJA", "Jenis pekerjaan Pemeliharaan", "Prioritas Mendesak", "Jadwal 7 Des 2026 09:30",
      "MATERIAL DARI GUDANG", "Nomor seri", "HASIL / CATATAN TEKNISI", "SPK WO-202612-000009"),
     ("WORK ORDER", "Maintenance", "Urgent", "Scheduled", "MATERIALS", "Serial numbers", "Work order")),
]


@pytest.mark.parametrize(("name", "render", "indonesian_words", "english"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_every_document_reads_indonesian_when_the_office_speaks_it(indonesian, name, render, indonesian_words,
                                                                   english):
    text = words(render())
    missing = [w for w in indonesian_words if w not in text]
    assert not missing, f"{name}: missing {missing}"
    assert not english_left(text, english), f"{name}: English left {english_left(text, english)}"


def test_the_thermal_printer_prints_the_same_indonesian(indonesian):
    job = escpos.receipt_bytes(samples.receipt(status="failed", copy_number=1), columns=48)
    text = " ".join(" ".join(printed_lines(job)).split())
    assert b"*** BATAL ***" in job and b"*** SALINAN 1 ***" in job
    for expected in ("KUITANSI PEMBAYARAN", "Kasir", "Pelanggan", "Dibayar", "Sisa tagihan", "Kembalian",
                     "Terbilang:", "Telp. 021-5551234", "Pembayaran ini telah dibatalkan."):
        assert expected in text, expected
    assert not english_left(text, ("PAYMENT RECEIPT", "Cashier", "Customer", "Change", "In words", "VOID", "COPY"))


def test_a_printer_that_cannot_be_reached_is_explained_in_indonesian(indonesian, tmp_path):
    with pytest.raises(escpos.PrinterUnreachable) as info:
        escpos.send(b"x", str(tmp_path / "lp9"))
    assert info.value.code == "print.no_device"
    assert str(info.value).startswith("Tidak ada printer kuitansi di ")


def test_english_again_once_the_translator_is_gone() -> None:
    """Without a translator (the other printing tests) the same receipt is English."""
    text = words(render_receipt(dataclasses.replace(samples.receipt(), copy_number=1), paper="80mm"))
    assert "PAYMENT RECEIPT" in text and "COPY 1" in text and "KUITANSI" not in text
