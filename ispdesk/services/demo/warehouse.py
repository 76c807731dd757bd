"""The warehouse: suppliers, stock items with their movement ledger, purchase orders."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from datetime import time as clock
from decimal import Decimal

import sqlalchemy as sa

from ispdesk.db import models as m
from ispdesk.services.demo import names
from ispdesk.services.demo.common import ZERO, stamp
from ispdesk.services.demo.field import WorkOrder
from ispdesk.services.demo.people import Staff
from ispdesk.services.demo.writer import Writer, insert_missing

#: sku, name, category, unit, opening quantity, purchase price, selling price, per installation
STOCK = (
    ("ONT-ZTE-F670L", "ONT ZTE F670L Dual Band", "ont", "pcs", 180, "385000", "0", 1),
    ("ONT-HW-HG8145V5", "ONT Huawei HG8145V5", "ont", "pcs", 120, "420000", "0", 0),
    ("ONT-FH-HG6145D2", "ONT FiberHome HG6145D2", "ont", "pcs", 60, "360000", "0", 0),
    ("RTR-TPL-C6", "Router TP-Link Archer C6", "router", "pcs", 40, "455000", "550000", 0),
    ("RTR-MERC-MR30G", "Router Mercusys MR30G", "router", "pcs", 35, "310000", "399000", 0),
    ("CBL-DROP-1C", "Kabel Drop Core 1 Precon (meter)", "cable", "m", 20000, "1200", "2500", 120),
    ("CBL-PATCH-SC3", "Patch Cord SC/UPC-SC/APC 3 m", "cable", "pcs", 400, "12000", "25000", 1),
    ("CON-FAST-SCAPC", "Fast Connector SC/APC", "connector", "pcs", 1500, "4500", "10000", 2),
    ("CON-FAST-SCUPC", "Fast Connector SC/UPC", "connector", "pcs", 800, "4500", "10000", 0),
    ("ACC-SPLIT-1X8", "Splitter PLC 1:8 SC/APC", "accessories", "pcs", 90, "85000", "0", 0),
    ("ACC-ODP-16", "Box ODP 16 Port Pole", "accessories", "pcs", 25, "650000", "0", 0),
    ("ACC-CLAMP-S", "S-Clamp Kabel Drop", "accessories", "pcs", 3000, "1500", "0", 2),
)

#: Items whose reorder level the stock is at or below (the dashboard's low-stock figure; a draft PO waits).
LOW = {"ACC-ODP-16": 30}

SUPPLIERS = (
    ("SUP-001", "PT Optik Nusantara Sejahtera", "Hendrik Wijaya", "Jakarta Barat", "Net 30"),
    ("SUP-002", "CV Sinar Fiber Mandiri", "Dadang Suryana", "Bandung", "Net 14"),
    ("SUP-003", "PT Global Jaringan Teknologi", "Michael Halim", "Surabaya", "Net 30"),
    ("SUP-004", "UD Maju Jaya Elektrik", "Slamet Riyadi", "Semarang", "COD"),
    ("SUP-005", "PT Indo Perangkat Digital", "Yohanes Tanoto", "Tangerang Selatan", "Net 45"),
)


def write_warehouse(w: Writer, rng: random.Random, today: date, staff: Staff, work_orders: list[WorkOrder]) -> None:
    """Suppliers, stock items with their ledger (opening in, PO receipt, issues to work orders), POs."""
    first_issue = min((o.issued_at.date() for o in work_orders if o.issued_at), default=today)
    opened = datetime.combine(min(today - timedelta(days=180), first_issue - timedelta(days=30)), clock(8))
    supplier_ids = insert_missing(w, m.Supplier.__table__, "code", [
        {"code": code, "name": name, "contact_person": person, "phone": names.mobile_number(rng),
         "email": f"sales@{code.lower()}.co.id", "address": names.street_address(rng), "city": city,
         "payment_terms": terms, "notes": None, "is_active": True, **stamp(opened)}
        for code, name, person, city, terms in SUPPLIERS])
    inv_table = m.Inventory.__table__
    known = set(w.query(sa.select(inv_table.c.sku).where(inv_table.c.sku.in_([s[0] for s in STOCK]))).scalars())
    stock = [s for s in STOCK if s[0] not in known]
    if not stock:
        return
    clerk = staff.first("warehouse")
    first_item = w.ids(inv_table, len(stock))
    item_ids = {s[0]: first_item + i for i, s in enumerate(stock)}
    movements: dict[str, list[dict]] = {s[0]: [] for s in stock}
    for sku, _, _, _, opening, price, *_ in stock:
        movements[sku].append(_movement("in", opening, opened, "opening", None, "Saldo awal stok", clerk,
                                        Decimal(price)))
    po_rows, po_items, received_lines = _purchase_orders(w, rng, today, staff, supplier_ids, stock, item_ids)
    for po_id, received, lines in received_lines:
        for sku, quantity, price in lines:
            movements[sku].append(_movement("in", quantity, received, "purchase_order", po_id,
                                            "Penerimaan barang PO", clerk, price))
    for order in work_orders:   # what each installation took: its ONT (by serial), cable, connectors, clamps
        if order.type != "installation" or order.issued_at is None or order.status == "cancelled":
            continue
        for sku, *_rest, per_install in stock:
            if per_install:
                used = per_install + (rng.randrange(0, 60) if sku.startswith("CBL-DROP") else 0)
                movements[sku].append(_movement("out", -used, order.issued_at, "work_order", order.id,
                                                "Dikeluarkan untuk pemasangan", clerk, None,
                                                serial=order.ont_serial if sku.startswith("ONT") else None))
    adjusted = stock[-1][0]
    movements[adjusted].append(_movement("adjustment", -rng.randrange(5, 30), opened + timedelta(days=150),
                                         "stock_opname", None, "Selisih stock opname bulanan", clerk, None))
    ledger: list[tuple[datetime, str, dict]] = []
    finals: dict[str, int] = {}
    for sku, rows in movements.items():
        quantity = 0
        for row in sorted(rows, key=lambda r: r["created_at"]):
            row.update(inventory_id=item_ids[sku], previous_quantity=quantity, new_quantity=quantity + row["quantity"])
            quantity += row["quantity"]
            ledger.append((row["created_at"], sku, row))
        finals[sku] = quantity
    w.insert(inv_table, [
        {"id": item_ids[sku], "sku": sku, "name": name, "category": category, "description": None, "unit": unit,
         "quantity": finals[sku], "min_quantity": LOW.get(sku, max(5, opening // 10)), "purchase_price": Decimal(buy),
         "selling_price": Decimal(sell), "location": "Gudang Utama - Rak " + "ABCDEF"[i % 6],
         "supplier_id": list(supplier_ids.values())[i % len(supplier_ids)], "is_active": True, **stamp(opened)}
        for i, (sku, name, category, unit, opening, buy, sell, _) in enumerate(stock)])
    w.insert(m.PurchaseOrder.__table__, po_rows)
    w.insert(m.PurchaseOrderItem.__table__, po_items)
    ledger.sort(key=lambda entry: (entry[0], entry[1]))
    tx_table = m.InventoryTransaction.__table__
    first_tx = w.ids(tx_table, len(ledger))
    w.insert(tx_table, [{"id": first_tx + i, **row} for i, (_, _, row) in enumerate(ledger)])


def _movement(kind: str, quantity: int, moment: datetime, ref_type: str, ref_id: int | None, notes: str,
              clerk: int, price: Decimal | None, serial: str | None = None) -> dict:
    return {"type": kind, "quantity": quantity, "reference_type": ref_type, "reference_id": ref_id, "notes": notes,
            "performed_by": clerk, "created_at": moment, "serial_numbers": serial, "unit_price": price}


def _purchase_orders(w: Writer, rng: random.Random, today: date, staff: Staff, suppliers: dict[str, int],
                     stock: list[tuple], item_ids: dict[str, int]
                     ) -> tuple[list[dict], list[dict], list[tuple[int, datetime, list[tuple[str, int, Decimal]]]]]:
    """Rows of a received, an approved, a submitted and a draft PO with their lines, and what was received."""
    table, items_table = m.PurchaseOrder.__table__, m.PurchaseOrderItem.__table__
    plans = [("received", 45), ("approved", 6), ("submitted", 3), ("draft", 1)]
    first = w.ids(table, len(plans))
    po_rows: list[dict] = []
    item_rows: list[dict] = []
    received_lines = []
    supplier_list = list(suppliers.values())
    for n, (status, age) in enumerate(plans):
        po_id = first + n
        ordered = today - timedelta(days=age)
        created = datetime.combine(ordered, clock(9))
        lines = [(sku, (100 if unit == "m" else 1) * rng.choice((20, 50, 100)), Decimal(buy))
                 for sku, _, _, unit, _, buy, *_ in rng.sample(stock, min(3, len(stock)))]
        total = sum((Decimal(q) * p for _, q, p in lines), ZERO)
        received = datetime.combine(ordered + timedelta(days=5), clock(14)) if status == "received" else None
        approved = status in ("received", "approved")
        po_rows.append({
            "id": po_id, "po_number": w.number("purchase_order", ordered),
            "supplier_id": supplier_list[n % len(supplier_list)], "order_date": ordered,
            "expected_date": ordered + timedelta(days=7), "received_date": received.date() if received else None,
            "total_amount": total, "status": status, "notes": "Stok pemasangan bulan ini",
            "created_by": staff.first("warehouse"), "approved_by": staff.first("supervisor") if approved else None,
            "created_at": created, "updated_at": received or created,
            "approved_at": datetime.combine(ordered, clock(11)) if approved else None})
        first_item = w.ids(items_table, len(lines))
        for k, (sku, quantity, price) in enumerate(lines):
            item_rows.append({"id": first_item + k, "purchase_order_id": po_id, "inventory_id": item_ids[sku],
                              "quantity": quantity, "unit_price": price, "total_price": Decimal(quantity) * price,
                              "received_quantity": quantity if received else 0, "created_at": created})
        if received:
            received_lines.append((po_id, received, lines))
    return po_rows, item_rows, received_lines
