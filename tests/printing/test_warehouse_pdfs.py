"""Warehouse PDFs read back: the PO for the supplier (lines, total, barcode of
its number, DRAFT stamp), the stock card, the asset register."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ispdesk.db.models import Asset
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.documents import Company
from ispdesk.domain.documents.warehouse import (AssetRegisterDocument, AssetRegisterLine, StockCardDocument,
                                                StockCardLine)
from ispdesk.printing.asset_register import render_asset_register
from ispdesk.printing.purchase_order import render_purchase_order
from ispdesk.printing.stock_card import render_stock_card
from ispdesk.services import assets, auth, purchasing, stock, stock_card
from ispdesk.services.purchasing import LineInput
from tests.printing.pdf_reading import decode_barcodes, pdf_page_sizes, pdf_text
from tests.services.warehouse_support import add_item, add_supplier, add_work_order
from tests.support.actors import PASSWORD, add_user

COMPANY = Company(name="PT Jaringan Serat Nusantara", address="Jl. Merdeka 1\nBandung", phone="022-555-0101")


def _po(db: Any) -> tuple[Any, int]:
    clerk = add_user(db, "gudang", "warehouse")
    add_user(db, "spv", "supervisor")
    supplier = add_supplier(db)
    ont = add_item(db, "ONT ZTE F609", 0, sku="ONT-ZTE")
    cable = add_item(db, "Kabel drop 1 core", 0, sku="DROP-1C", category="cable")
    po = write(db, lambda s: purchasing.create_order(s, clerk, supplier, [
        LineInput(ont, 20, Decimal("350000")), LineInput(cable, 2000, Decimal("1250"))],
        order_date=date(2026, 11, 24), expected_date=date(2026, 12, 1), notes="Kirim ke gudang Bandung"))
    return clerk, po


def test_purchase_order_pdf_shows_lines_total_and_number(db: Any) -> None:
    clerk, po = _po(db)
    draft = render_purchase_order(read(db, lambda s: purchasing.document(s, clerk, po)))
    text = pdf_text(draft)
    for expected in ("PURCHASE ORDER", "PO-202611-000001", "PT Serat Nusantara", "ONT ZTE F609", "20 pcs",
                     "Rp 350.000", "Rp 7.000.000", "2.000 pcs", "Rp 2.500.000", "Rp 9.500.000", "30 hari",
                     "24 Nov 2026", "1 Dec 2026", "Sembilan juta lima ratus ribu rupiah", "DRAFT",
                     "Kirim ke gudang Bandung"):
        assert expected in text, expected
    assert ("Code128", "PO-202611-000001") in decode_barcodes(draft)
    write(db, lambda s: purchasing.submit(s, clerk, po))
    boss = auth.verify_supervisor(db, "spv", PASSWORD)
    write(db, lambda s: purchasing.approve(s, clerk, po, boss, now=datetime(2026, 11, 24, 10, 30)))
    approved = pdf_text(render_purchase_order(read(db, lambda s: purchasing.document(s, clerk, po))))
    assert "APPROVED" in approved and "Spv, 24 Nov 2026 10:30" in approved and "DRAFT" not in approved


def test_stock_card_pdf_has_every_movement_and_the_balances(db: Any, tmp_path: Any) -> None:
    clerk = add_user(db, "gudang", "warehouse")
    item = add_item(db, "Router TP-Link C6", 8, sku="RT-C6", category="router")
    order = add_work_order(db, "WO-202611-000321")
    write(db, lambda s: stock.post(s, clerk, stock.MovementRequest(item, "out", 1, "Pasang", "work_order", order,
                                                                   serial_numbers="TPL0001")))
    write(db, lambda s: stock.post(s, clerk, stock.MovementRequest(item, "adjustment", -2, "Rusak air")))
    document = read(db, lambda s: stock_card.document(s, clerk, item, None, None))
    path = tmp_path / "card.pdf"
    assert render_stock_card(document, path) is None
    text = " ".join(pdf_text(path).split())
    for expected in ("STOCK CARD", "RT-C6 Router TP-Link C6", "Opening balance", "In", "Out", "Adjustment",
                     "WO-202611-000321", "Gudang", "Rusak air", "TPL0001", "Closing balance"):
        assert expected in text, expected
    assert text.index("Pasang") < text.index("Rusak air")


def test_long_stock_card_flows_over_pages_with_numbers() -> None:
    lines = tuple(StockCardLine(datetime(2026, 1, 1, 8), "in", 1, n + 1, "", "Ani", f"baris {n}") for n in range(300))
    data = StockCardDocument(COMPANY, "X-1", "Barang", "pcs", "Rak A", date(2026, 1, 1), date(2026, 1, 31), 0,
                             lines, 300, datetime(2026, 2, 1, 9))
    pdf = render_stock_card(data)
    assert len(pdf_page_sizes(pdf)) > 3
    text = pdf_text(pdf)
    assert "baris 299" in text and "Page 4" in text and "1 Jan 2026 to 31 Jan 2026" in text


def test_asset_register_pdf_as_of_a_date(db: Any) -> None:
    clerk = add_user(db, "gudang", "warehouse")
    write(db, lambda s: s.add(Asset(asset_code="AST-202601-000001", name="Fusion splicer Fujikura",
                                    category="equipment",
                                    purchase_price=Decimal("36500000"), depreciation_rate=Decimal("25"),
                                    purchase_date=date(2026, 1, 1), status="active")))
    document = read(db, lambda s: assets.register(s, clerk, date(2026, 5, 1)))
    pdf = render_asset_register(document)
    width, height = pdf_page_sizes(pdf)[0]
    assert width > height
    text = pdf_text(pdf)
    for expected in ("ASSET REGISTER", "As of 1 May 2026", "AST-202601-000001", "Fusion splicer Fujikura",
                     "Rp 36.500.000", "25 %", "Rp 33.500.000", "Active", "1 asset(s)"):
        assert expected in text, expected


def test_register_with_nothing_and_a_written_off_asset() -> None:
    line = AssetRegisterLine("AST-1", "Motor", "vehicle", date(2020, 1, 1), Decimal("15000000"), Decimal("12.5"),
                             Decimal("0"), "", "disposed", "Gudang")
    data = AssetRegisterDocument(COMPANY, date(2026, 1, 1), (line,), Decimal("15000000"), Decimal("0"),
                                 datetime(2026, 1, 1))
    text = pdf_text(render_asset_register(data))
    assert "Disposed" in text and "12,5 %" in text and "Rp 0" in text
