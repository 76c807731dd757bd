"""8 processes adjust the same items at random on MariaDB: no quantity goes
below zero, every quantity equals its ledger sum, refused movements wrote nothing."""
from __future__ import annotations

import multiprocessing
import random
from typing import Any

import pytest
import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import AuditLog, Inventory, InventoryTransaction
from ispdesk.db.unit_of_work import read, write
from ispdesk.services import audit, stock
from ispdesk.services.database import prepare
from ispdesk.services.stock import InsufficientStock, MovementRequest
from ispdesk.services.stock_check import check
from tests.services.warehouse_support import add_item
from tests.support.actors import system

PROCESSES = 8
MOVES = 40
KINDS = ("out", "out", "out", "in", "return", "adjustment")


def _clerk(url: str, items: list[int], seed: int) -> tuple[int, int]:
    """Post MOVES random movements; returns (posted, refused)."""
    db = Database.open(url)
    rng = random.Random(seed)
    posted = refused = 0
    try:
        for _ in range(MOVES):
            kind = rng.choice(KINDS)
            amount = rng.randint(1, 4)
            if kind == "adjustment":
                amount = rng.choice((-1, 1)) * amount
            chosen = rng.sample(items, rng.randint(1, 2))
            requests = [MovementRequest(i, kind, amount, f"proses {seed}") for i in chosen]
            try:
                write(db, lambda s, r=requests: stock.post_many(s, system(), r),
                      info=audit.actor_info(system(), "stock_movements"))
                posted += len(requests)
            except InsufficientStock:
                refused += 1
    finally:
        db.dispose()
    return posted, refused


@pytest.mark.slow
@pytest.mark.mariadb
def test_eight_clerks_never_take_stock_below_zero(scratch_mariadb: Any) -> None:
    url = scratch_mariadb.create()
    db = Database.open(url)
    try:
        prepare(db)
        items = [add_item(db, f"ONT {n}", 6, sku=f"ONT-{n}") for n in range(3)]
        start_tx = read(db, lambda s: s.execute(sa.select(sa.func.count()).select_from(InventoryTransaction))
                        .scalar_one())
        with multiprocessing.get_context("spawn").Pool(PROCESSES) as pool:
            results = pool.starmap(_clerk, [(url, items, seed) for seed in range(PROCESSES)])
        posted = sum(p for p, _ in results)
        refused = sum(r for _, r in results)
        assert refused > 0, "the test must drive items to zero and get refusals"
        quantities = read(db, lambda s: s.execute(sa.select(Inventory.quantity)).scalars().all())
        assert min(quantities) >= 0
        assert read(db, check).ok
        movements = read(db, lambda s: s.execute(sa.select(sa.func.count()).select_from(InventoryTransaction))
                         .scalar_one())
        # exactly one ledger row per posted movement: refused ones wrote nothing
        assert movements - start_tx == posted
        audited = read(db, lambda s: s.execute(sa.select(sa.func.count()).select_from(AuditLog).where(
            AuditLog.model_type == "inventories", AuditLog.action == "update")).scalar_one())
        assert audited == posted + len(items)   # + the opening stock of each item
        negative_after = read(db, lambda s: s.execute(sa.select(sa.func.count()).select_from(InventoryTransaction)
                                                       .where(InventoryTransaction.new_quantity < 0)).scalar_one())
        assert negative_after == 0
    finally:
        db.dispose()
        scratch_mariadb.drop(url)


def _receiver(url: str, po_id: int, line_id: int) -> str:
    """Try to book 6 arrived on the line; returns the outcome."""
    from ispdesk.domain.errors import ValidationError
    from ispdesk.services import purchasing
    db = Database.open(url)
    try:
        write(db, lambda s: purchasing.receive(s, system(), po_id, {line_id: 6}))
        return "received"
    except ValidationError:
        return "refused"
    finally:
        db.dispose()


@pytest.mark.slow
@pytest.mark.mariadb
def test_two_clerks_cannot_book_the_same_delivery_twice(scratch_mariadb: Any) -> None:
    from decimal import Decimal

    from ispdesk.services import purchasing
    from tests.services.warehouse_support import add_supplier
    from tests.support.actors import add_user

    url = scratch_mariadb.create()
    db = Database.open(url)
    try:
        prepare(db)
        boss = add_user(db, "spv", "supervisor")
        item = add_item(db, "ONT ZTE", 0, sku="ONT-ZTE")
        po = write(db, lambda s: purchasing.create_order(s, system(), add_supplier(db), [
            purchasing.LineInput(item, 10, Decimal("350000"))]))
        for step in (purchasing.submit, lambda s, a, p: purchasing.approve(s, a, p, boss), purchasing.mark_ordered):
            write(db, lambda s, step=step: step(s, system(), po))
        line = read(db, lambda s: purchasing.order_view(s, system(), po)).lines[0].id
        with multiprocessing.get_context("spawn").Pool(4) as pool:
            outcomes = pool.starmap(_receiver, [(url, po, line)] * 4)
        assert sorted(outcomes) == ["received", "refused", "refused", "refused"]
        view = read(db, lambda s: purchasing.order_view(s, system(), po))
        assert (view.status, view.lines[0].received_quantity) == ("partial", 6)
        assert read(db, lambda s: stock.in_stock(s, item)) == 6
        assert read(db, check).ok
    finally:
        db.dispose()
        scratch_mariadb.drop(url)
