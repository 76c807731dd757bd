"""The stock card: every movement newest first with its running balance, who
and why; pages; a period with its opening balance; export."""
from __future__ import annotations

from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from openpyxl import load_workbook

from ispdesk.db.models import InventoryTransaction
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain import clock
from ispdesk.services import stock, stock_card
from ispdesk.services.stock import MovementRequest
from tests.services.warehouse_support import add_item, add_work_order
from tests.support.actors import add_user, system


def _moves(db: Any, clerk: Any, item: int, order: int) -> None:
    for request in (MovementRequest(item, "out", 2, "Pasang baru", "work_order", order),
                    MovementRequest(item, "in", 5, "Kiriman"),
                    MovementRequest(item, "adjustment", -1, "Rusak")):
        write(db, lambda s, r=request: stock.post(s, clerk, r))


def test_card_shows_each_movement_with_balance_reference_and_clerk(db: Any) -> None:
    clerk = add_user(db, "gudang", "warehouse")
    item = add_item(db, "ONT Huawei HG8245", 10, sku="ONT-HW")
    order = add_work_order(db, "WO-202611-000042")
    _moves(db, clerk, item, order)
    card = read(db, lambda s: stock_card.page(s, clerk, item))
    assert card.total == 4 and not card.has_more
    assert card.item.quantity == 12
    assert [(r.type, r.change, r.balance) for r in card.rows] == [
        ("adjustment", -1, 12), ("in", 5, 13), ("out", -2, 8), ("in", 10, 10)]
    out = card.rows[2]
    assert (out.reference, out.by, out.notes) == ("WO-202611-000042", "Gudang", "Pasang baru")


def test_pages_go_back_in_time_and_keep_the_balance(db: Any) -> None:
    item = add_item(db, "Kabel drop 1 core", 0, category="cable")
    for n in range(1, 8):
        write(db, lambda s, n=n: stock.post(s, system(), MovementRequest(item, "in", n)))
    first = read(db, lambda s: stock_card.page(s, system(), item, limit=3))
    second = read(db, lambda s: stock_card.page(s, system(), item, before_id=first.next_before_id,
                                                balance=first.next_balance, limit=3))
    third = read(db, lambda s: stock_card.page(s, system(), item, before_id=second.next_before_id, limit=3))
    balances = [r.balance for p in (first, second, third) for r in p.rows]
    assert balances == [28, 21, 15, 10, 6, 3, 1]   # carried over, or from the ledger alike
    assert (first.has_more, second.has_more, third.has_more) == (True, True, False)
    assert (first.total, second.total) == (7, None)   # counted once, for the first page


def test_a_period_has_its_opening_balance_and_exports(db: Any, tmp_path: Any) -> None:
    clerk = add_user(db, "gudang", "warehouse")
    item = add_item(db, "Router TP-Link", 6, sku="RT-TPL", category="router")
    order = add_work_order(db)
    _moves(db, clerk, item, order)
    # move the opening stock and the first issue into last month
    last_month = clock.now() - timedelta(days=40)
    ids = read(db, lambda s: s.execute(sa.select(InventoryTransaction.id).where(
        InventoryTransaction.inventory_id == item).order_by(InventoryTransaction.id)).scalars().all())
    write(db, lambda s: s.execute(sa.update(InventoryTransaction).where(InventoryTransaction.id.in_(ids[:2]))
                                  .values(created_at=last_month)))
    since = clock.today() - timedelta(days=10)
    document = read(db, lambda s: stock_card.document(s, clerk, item, since, clock.today()))
    assert document.printed_at == clock.now()
    assert document.opening_balance == 4
    assert [(l.change, l.balance) for l in document.lines] == [(5, 9), (-1, 8)]
    assert document.closing_balance == 8 and document.item_name == "Router TP-Link"
    path = tmp_path / "card.xlsx"
    assert read(db, lambda s: stock_card.export(s, clerk, item, path)) == 4
    sheet = load_workbook(path).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][:5] == ["Date", "Type", "Change", "Balance", "Reference"]
    assert [(v[1], v[2], v[3], v[4]) for v in values[1:]] == [            # kinds in words, not codes
        ("In", 6, 6, None), ("Out", -2, 4, "WO-202611-000001"), ("In", 5, 9, None), ("Adjustment", -1, 8, None)]
    csv_path = tmp_path / "card.csv"
    assert read(db, lambda s: stock_card.export(s, clerk, item, csv_path, since)) == 2
    assert "Rusak" in csv_path.read_text(encoding="utf-8-sig")
