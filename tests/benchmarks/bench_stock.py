"""Benchmark of stock movements and the stock card (issue 7), on the shared
MariaDB benchmark database.

- A stock movement (conditional UPDATE + ledger row + audit rows, committed)
  posts in under 30 ms at the 95th percentile.
- The stock card of an item with 100,000 movements opens (first page with
  running balance and count) within 0.3 s; paging back deep stays fast too.

Run: ``pytest -o addopts= -s -p no:cacheprovider tests/benchmarks/bench_stock.py``
"""
from __future__ import annotations

import random
from datetime import timedelta

import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import Inventory, InventoryTransaction
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain import clock
from ispdesk.services import audit, stock, stock_card
from ispdesk.services.stock import InsufficientStock, MovementRequest
from tests.benchmarks.bench_support import bench_database_url, p95, summary, timings
from tests.support.actors import system

SYSTEM = system()      # the benchmark acts as the command line does

BIG_SKU = "BENCH-100K"
MOVEMENTS = 100_000


def _item_with_many_movements(db: Database) -> int:
    """The item with 100,000 movements, made once (multi-row INSERTs) and kept."""
    found = read(db, lambda s: s.execute(sa.select(Inventory.id).where(Inventory.sku == BIG_SKU)).scalar())
    if found is not None:
        return found
    rng = random.Random(7)
    start = clock.now() - timedelta(days=MOVEMENTS // 100)
    with db.engine.begin() as conn:
        item_id = conn.execute(sa.insert(Inventory.__table__).values(
            sku=BIG_SKU, name="Patch cord SC/UPC 3 m (benchmark)", category="connector", quantity=0,
            min_quantity=10)).inserted_primary_key[0]
        rows, balance = [], 0
        for n in range(MOVEMENTS):
            change = rng.randint(1, 20) if balance < 20 or rng.random() < 0.5 else -rng.randint(1, min(balance, 20))
            rows.append({"inventory_id": item_id, "type": "in" if change > 0 else "out", "quantity": change,
                         "previous_quantity": balance, "new_quantity": balance + change,
                         "notes": f"bench {n}", "created_at": start + timedelta(minutes=15 * n)})
            balance += change
            if len(rows) == 5000:
                conn.execute(sa.insert(InventoryTransaction.__table__), rows)
                rows = []
        if rows:
            conn.execute(sa.insert(InventoryTransaction.__table__), rows)
        conn.execute(sa.update(Inventory.__table__).where(Inventory.id == item_id).values(quantity=balance))
    return item_id


def test_stock_movement_and_stock_card_figures() -> None:
    db = Database.open(bench_database_url())
    try:
        big = _item_with_many_movements(db)
        items = read(db, lambda s: s.execute(sa.select(Inventory.id).where(Inventory.sku != BIG_SKU)
                                             .order_by(Inventory.id).limit(5)).scalars().all())
        rng = random.Random(11)

        def one_movement() -> None:
            item = rng.choice(items)
            kind = rng.choice(("in", "out"))
            request = MovementRequest(item, kind, rng.randint(1, 3), "benchmark")
            try:
                write(db, lambda s: stock.post(s, SYSTEM, request), info=audit.actor_info(SYSTEM, "stock_movements"))
            except InsufficientStock:
                write(db, lambda s: stock.post(s, SYSTEM, MovementRequest(item, "in", 10, "benchmark")),
                      info=audit.actor_info(SYSTEM, "stock_movements"))

        timings(one_movement, 10)  # warm the pool
        posting = timings(one_movement, 200)
        summary("stock movement posted and committed", posting)

        def open_card() -> None:
            card = read(db, lambda s: stock_card.page(s, SYSTEM, big))
            assert card.total >= MOVEMENTS and len(card.rows) == stock_card.PAGE_SIZE

        opening = timings(open_card, 30)
        summary(f"stock card first page of an item with {MOVEMENTS} movements", opening)
        first = read(db, lambda s: stock_card.page(s, SYSTEM, big))
        following = timings(lambda: read(db, lambda s: stock_card.page(
            s, SYSTEM, big, before_id=first.next_before_id, balance=first.next_balance)), 30)
        summary("stock card next page (balance carried)", following)
        oldest = read(db, lambda s: s.execute(sa.select(sa.func.min(InventoryTransaction.id)).where(
            InventoryTransaction.inventory_id == big)).scalar_one())
        deep = timings(lambda: read(db, lambda s: stock_card.page(s, SYSTEM, big, before_id=oldest + 150)), 10)
        summary("stock card page at the oldest movements, balance from the ledger", deep)
        assert p95(posting) < 0.030
        assert p95(opening) < 0.3
    finally:
        db.dispose()


def test_stock_card_dialog_opens_quickly(qtbot) -> None:  # noqa: ANN001
    """The real dialog, offscreen: from construction to the first 100 rows shown."""
    import time

    from ispdesk.ui.context import AppContext
    from ispdesk.ui.tasks import TaskRunner
    from ispdesk.ui.warehouse.stock_card_dialog import StockCardDialog

    db = Database.open(bench_database_url())
    ctx = AppContext(db=db, runner=TaskRunner(), actor=SYSTEM)
    try:
        big = _item_with_many_movements(db)
        seconds = []
        for _ in range(15):
            started = time.perf_counter()
            dialog = StockCardDialog(ctx, big)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitUntil(lambda d=dialog: d.table.rowCount() == stock_card.PAGE_SIZE, timeout=5000)
            seconds.append(time.perf_counter() - started)
            dialog.close()
        summary(f"stock card dialog shown with its first rows ({MOVEMENTS} movements)", seconds)
        assert p95(seconds) < 0.3
    finally:
        ctx.runner.wait()
        db.dispose()
