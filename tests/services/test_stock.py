"""Stock movements: quantity and ledger change together, never below zero,
a refusal says how many are in stock and writes nothing."""
from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from ispdesk.cli import main
from ispdesk.db.models import AuditLog, Inventory, InventoryTransaction
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from ispdesk.domain.messages import render
from ispdesk.services import audit, stock, stock_check
from ispdesk.services.stock import InsufficientStock, MovementRequest
from ispdesk.services.stock_check import check
from tests.services.warehouse_support import add_item, add_work_order, quantity_of
from tests.support.actors import add_user, system


def _post(db: Any, actor: Any, request: MovementRequest) -> stock.Movement:
    return write(db, lambda s: stock.post(s, actor, request), info=audit.actor_info(actor, "stock_movements"))


def _count(db: Any, model: Any) -> int:
    return read(db, lambda s: s.execute(sa.select(sa.func.count()).select_from(model)).scalar_one())


def test_each_kind_moves_the_quantity_and_writes_the_ledger_row(db: Any) -> None:
    clerk = add_user(db, "gudang", "warehouse")
    item = add_item(db, "ONT ZTE F609", 10)
    order = add_work_order(db)
    out = _post(db, clerk, MovementRequest(item, "out", 3, "Pasang baru", "work_order", order))
    assert (out.quantity, out.previous_quantity, out.new_quantity) == (-3, 10, 7)
    back = _post(db, clerk, MovementRequest(item, "return", 1, "Sisa", "work_order", order))
    assert (back.previous_quantity, back.new_quantity) == (7, 8)
    fix = _post(db, clerk, MovementRequest(item, "adjustment", -2, "Rusak saat uji"))
    assert (fix.quantity, fix.new_quantity) == (-2, 6)
    assert quantity_of(db, item) == 6
    rows = read(db, lambda s: s.execute(sa.select(
        InventoryTransaction.type, InventoryTransaction.quantity, InventoryTransaction.performed_by,
        InventoryTransaction.reference_type, InventoryTransaction.notes)
        .where(InventoryTransaction.inventory_id == item).order_by(InventoryTransaction.id)).all())
    assert [tuple(r) for r in rows[1:]] == [("out", -3, clerk.user_id, "work_order", "Pasang baru"),
                                            ("return", 1, clerk.user_id, "work_order", "Sisa"),
                                            ("adjustment", -2, clerk.user_id, None, "Rusak saat uji")]
    assert check_ok(db)
    # the Core UPDATE of the quantity is audited with before and after
    logged = read(db, lambda s: s.execute(sa.select(AuditLog.old_values, AuditLog.new_values).where(
        AuditLog.model_type == "inventories", AuditLog.user_id == clerk.user_id).order_by(AuditLog.id)).all())
    assert [(o["quantity"], n["quantity"]) for o, n in logged] == [(10, 7), (7, 8), (8, 6)]


def check_ok(db: Any) -> bool:
    return read(db, check).ok


def test_taking_more_than_in_stock_is_refused_with_the_count_and_writes_nothing(db: Any) -> None:
    clerk = add_user(db, "gudang", "warehouse")
    item = add_item(db, "Router Tenda", 4)
    before = (_count(db, InventoryTransaction), _count(db, AuditLog))
    with pytest.raises(InsufficientStock) as refused:
        _post(db, clerk, MovementRequest(item, "out", 5, "Terlalu banyak"))
    assert refused.value.in_stock == 4
    assert refused.value.codes == {"quantity": "stock.insufficient"}
    assert refused.value.errors["quantity"].params == {"in_stock": 4, "unit": "pcs", "item": "Router Tenda",
                                                       "wanted": 5}
    with pytest.raises(InsufficientStock):
        _post(db, clerk, MovementRequest(item, "adjustment", -9, "Hitung ulang"))
    assert quantity_of(db, item) == 4
    assert (_count(db, InventoryTransaction), _count(db, AuditLog)) == before
    _post(db, clerk, MovementRequest(item, "out", 4, "Semua"))
    assert quantity_of(db, item) == 0


@pytest.mark.parametrize(("request_", "field", "code"), [
    (MovementRequest(0, "out", 0), "quantity", "stock.quantity_positive"),
    (MovementRequest(0, "in", -3), "quantity", "stock.quantity_positive"),
    (MovementRequest(0, "adjustment", 0, "x"), "quantity", "stock.adjustment_zero"),
    (MovementRequest(0, "adjustment", 3, "  "), "notes", "stock.adjustment_reason"),
    (MovementRequest(0, "sideways", 3), "type", "stock.choose_kind"),
    (MovementRequest(0, "in", 3, reference_type="work_order"), "reference_id", "stock.reference_pair"),
    (MovementRequest(0, "in", 3, reference_type="invoice", reference_id=1), "reference_type", "stock.reference_kind"),
    (MovementRequest(0, "in", 3, reference_type="work_order", reference_id=999), "reference_id",
     "stock.no_work_order"),
])
def test_bad_input_is_refused_next_to_its_field(db: Any, request_: MovementRequest, field: str, code: str) -> None:
    item = add_item(db, "Kabel drop", 100, category="cable")
    request = MovementRequest(**{**request_.__dict__, "inventory_id": item})
    with pytest.raises(ValidationError) as refused:
        _post(db, system(), request)
    assert refused.value.codes[field] == code
    assert quantity_of(db, item) == 100


def test_unknown_item_and_missing_permission(db: Any) -> None:
    cashier = add_user(db, "kasir", "cashier")
    item = add_item(db, "Konektor SC", 10, category="connector")
    with pytest.raises(NotFound) as missing:
        _post(db, system(), MovementRequest(item + 100, "in", 1))
    assert missing.value.code == "stock.no_item"
    with pytest.raises(PermissionDenied):
        _post(db, cashier, MovementRequest(item, "out", 1))
    with pytest.raises(PermissionDenied) as nobody:      # no actor is nobody, not a trusted caller
        _post(db, None, MovementRequest(item, "out", 1))
    assert nobody.value.code == "permission.no_actor"
    assert quantity_of(db, item) == 10


def test_post_many_is_all_or_nothing(db: Any) -> None:
    first = add_item(db, "ONT A", 5)
    second = add_item(db, "ONT B", 1)
    with pytest.raises(InsufficientStock):
        write(db, lambda s: stock.post_many(s, system(), [MovementRequest(first, "out", 2),
                                                          MovementRequest(second, "out", 2)]))
    assert (quantity_of(db, first), quantity_of(db, second)) == (5, 1)
    moved = write(db, lambda s: stock.post_many(s, system(), [MovementRequest(second, "out", 1),
                                                              MovementRequest(first, "in", 2)]))
    assert [m.new_quantity for m in moved] == [0, 7]


def test_stock_check_reports_an_item_whose_quantity_left_its_ledger(db: Any, db_url: str,
                                                                     capsys: pytest.CaptureFixture) -> None:
    add_item(db, "ONT A", 5, sku="ONT-A")
    broken = add_item(db, "ONT B", 3, sku="ONT-B")
    # the command speaks the office's language (Indonesian by default); English asked for here
    assert main(["--database", db_url, "--language", "en", "stock", "check"]) == 0
    assert render(stock_check.ALL_EQUAL(items=2)) in capsys.readouterr().out
    write(db, lambda s: s.execute(sa.update(Inventory).where(Inventory.id == broken).values(quantity=9)))
    result = read(db, check)
    assert [(d.inventory_id, d.quantity, d.ledger_sum, d.difference) for d in result.differences] == [
        (broken, 9, 3, 6)]
    assert main(["--database", db_url, "--language", "en", "stock", "check"]) == 1
    out = capsys.readouterr().out
    assert render(stock_check.DIFFERENCE(item="ONT-B", name="ONT B", quantity=9, ledger=3, difference="+6")) in out
    assert render(stock_check.SOME_DIFFER(count=1, items=2)) in out
    assert main(["--database", db_url, "--language", "id", "stock", "check"]) == 1
    assert "2 barang diperiksa: 1 berbeda." in capsys.readouterr().out     # the office's language


def test_inventory_listing_flags_items_at_or_below_minimum(db: Any) -> None:
    from ispdesk.services import listing
    from ispdesk.services.modules import SPECS
    from ispdesk.services.specs import ListQuery
    low = add_item(db, "ONT A", 2, minimum=5)
    edge = add_item(db, "ONT B", 5, minimum=5)
    plenty = add_item(db, "ONT C", 9, minimum=5)
    page = read(db, lambda s: listing.fetch_page(s, system(), SPECS["inventory"], ListQuery(sort_column="name"),
                                                 0, 10))
    assert dict(zip(page.ids, page.attention)) == {low: True, edge: True, plenty: False}
    customers = read(db, lambda s: listing.fetch_page(s, system(), SPECS["customers"], ListQuery(), 0, 10))
    assert customers.attention == []     # a spec without the flag lists as before
