"""Sample document data for the printing tests and the benchmark."""
from __future__ import annotations

import dataclasses
from datetime import datetime
from decimal import Decimal

from ispdesk.domain.documents import Company
from ispdesk.domain.documents.receipt import ReceiptData, ReceiptLine
from ispdesk.domain.documents.shift_report import DailyReportData, ShiftPaymentLine, ShiftReportData

COMPANY = Company(
    name="PT Jaringan Serat Nusantara",
    address="Jl. Jenderal Sudirman No. 45, Kel. Karet Tengsin\nJakarta Pusat 10220",
    phone="021-5551234",
    tax_number="01.234.567.8-901.000",
    bank_accounts=("BCA 123-456-7890 a.n. PT Jaringan Serat Nusantara",),
)

LONG_NAME = "Raden Ayu Siti Nurhaliza Kusumawardhani Prawirodirdjo Hadiningrat"
LONG_ADDRESS = ("Perumahan Griya Permata Hijau Blok C-12 No. 34, RT 005/RW 011, Kelurahan Sukamaju Baru, "
                "Kecamatan Tapos, Kota Depok, Jawa Barat 16455")


def receipt(**changes) -> ReceiptData:
    """A cash receipt over two invoices with change; ``changes`` override fields."""
    data = ReceiptData(
        company=COMPANY, receipt_number="RCP-202611-000042",
        payment_numbers=("PAY-202611-000101", "PAY-202611-000102"),
        received_at=datetime(2026, 11, 24, 14, 5), cashier_name="Budi Santoso",
        customer_number="CUST-000123", customer_name="Dewi Lestari",
        customer_address="Jl. Melati No. 7, Bandung",
        lines=(ReceiptLine("INV-202610-000311", "2026-10", Decimal("333000.00"), Decimal("0.00")),
               ReceiptLine("INV-202611-000512", "2026-11", Decimal("150000.00"), Decimal("183000.00"))),
        method="cash", reference="", amount_received=Decimal("500000.00"),
        amount_applied=Decimal("483000.00"), credit_used=Decimal("0.00"), credit_added=Decimal("0.00"),
        change_given=Decimal("17000.00"), credit_balance=Decimal("0.00"), status="confirmed",
        copy_number=0, verification="ISPDESK-RCP:RCP-202611-000042", shift_number="SHF-20261124-0003")
    return dataclasses.replace(data, **changes)


def transfer_receipt(**changes) -> ReceiptData:
    """A bank transfer that paid one invoice, used credit and left some credit."""
    fields = dict(method="transfer", reference="BCA-TRX-88812345", amount_received=Decimal("400000.00"),
                  amount_applied=Decimal("300000.00"), credit_used=Decimal("33000.00"),
                  credit_added=Decimal("100000.00"), change_given=Decimal("0.00"),
                  credit_balance=Decimal("100000.00"),
                  lines=(ReceiptLine("INV-202611-000512", "2026-11", Decimal("333000.00"), Decimal("0.00")),))
    return receipt(**{**fields, **changes})


def _line(n: int, minute: int, name: str, method: str, amount: str, status: str = "confirmed",
          reason: str = "", approved_by: str = "", reference: str = "") -> ShiftPaymentLine:
    return ShiftPaymentLine(f"RCP-202611-{n:06d}", datetime(2026, 11, 24, 9 + minute // 60, minute % 60), name,
                            method, reference, Decimal(amount), status, reason, approved_by)


def shift_report(**changes) -> ShiftReportData:
    """A closed shift: cash and transfers, one void, one refund, short by Rp 2.000."""
    payments = (
        _line(40, 5, "Dewi Lestari", "cash", "483000.00"),
        _line(41, 20, "Agus Wijaya", "transfer", "333000.00", reference="BCA-TRX-1"),
        _line(42, 45, LONG_NAME, "qris", "250000.00", reference="QR-7781"),
        _line(43, 70, "Rina Marlina", "cash", "166500.00"),
        _line(44, 95, "Joko Susilo", "cash", "200000.00", "failed", "Salah input nominal", "Sri Wahyuni"),
        _line(45, 130, "Made Wirawan", "transfer", "150000.00", "refunded", "Pembayaran ganda, dikembalikan",
              "Sri Wahyuni", reference="BNI-55"),
    )
    data = ShiftReportData(
        company=COMPANY, shift_number="SHF-20261124-0003", cashier_name="Budi Santoso", workstation="KASIR-01",
        opened_at=datetime(2026, 11, 24, 8, 0), closed_at=datetime(2026, 11, 24, 16, 2),
        closed_by="Sri Wahyuni", opening_float=Decimal("500000.00"),
        totals_by_method=(("cash", Decimal("649500.00")), ("transfer", Decimal("333000.00")),
                          ("qris", Decimal("250000.00"))),
        payments=payments, voids=tuple(p for p in payments if p.status != "confirmed"),
        cash_in=Decimal("649500.00"), expected_cash=Decimal("1149500.00"),
        counted=((100_000, 9), (50_000, 3), (20_000, 4), (10_000, 1), (5_000, 1), (2_000, 1), (1_000, 0),
                 (500, 0), (200, 0), (100, 0)),
        counted_cash=Decimal("1147000.00"), variance=Decimal("-2500.00"),
        notes="Uang Rp 2.500 kurang; kasir sudah diberi tahu.")
    return dataclasses.replace(data, **changes)


def daily_report() -> DailyReportData:
    first = shift_report()
    second = shift_report(shift_number="SHF-20261124-0004", cashier_name="Siti Aminah", workstation="KASIR-02",
                          opened_at=datetime(2026, 11, 24, 16, 5), closed_at=datetime(2026, 11, 24, 22, 0),
                          counted_cash=Decimal("1149500.00"), variance=Decimal("0.00"), notes="", voids=())
    return DailyReportData(company=COMPANY, day=datetime(2026, 11, 24).date(), shifts=(first, second),
                           totals_by_method=(("cash", Decimal("1299000.00")), ("transfer", Decimal("666000.00")),
                                             ("qris", Decimal("500000.00"))),
                           expected_cash=Decimal("2299000.00"), counted_cash=Decimal("2296500.00"),
                           variance=Decimal("-2500.00"))
