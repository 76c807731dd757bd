"""Purchase orders: numbers, only the allowed moves, a supervisor approves,
receiving books stock in (partial, never over without the override)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from ispdesk.db.models import Inventory, InventoryTransaction
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.actor import Actor
from ispdesk.domain.errors import AuthenticationError, ConflictError, PermissionDenied, ValidationError
from ispdesk.services import audit, auth, purchasing
from ispdesk.services.purchasing import LineInput
from ispdesk.services.stock_check import check
from tests.services.warehouse_support import add_item, add_supplier, quantity_of
from tests.support.actors import PASSWORD, add_user

DAY = date(2026, 11, 24)


def _w(db: Any, actor: Any, work: Any) -> Any:
    return write(db, work, info=audit.actor_info(actor, "purchase_orders"))


@pytest.fixture
def setting(db: Any) -> dict[str, Any]:
    return {"clerk": add_user(db, "gudang", "warehouse"), "boss": add_user(db, "spv", "supervisor"),
            "supplier": add_supplier(db), "ont": add_item(db, "ONT ZTE F609", 2, sku="ONT-ZTE"),
            "cable": add_item(db, "Kabel drop 1 core", 0, sku="DROP-1C", category="cable")}


def _ordered(db: Any, s: dict[str, Any]) -> int:
    clerk = s["clerk"]
    po = _w(db, clerk, lambda x: purchasing.create_order(
        x, clerk, s["supplier"], [LineInput(s["ont"], 10, Decimal("350000")),
                                  LineInput(s["cable"], 1000, Decimal("1250"))], order_date=DAY))
    _w(db, clerk, lambda x: purchasing.submit(x, clerk, po))
    boss = auth.verify_supervisor(db, "spv", PASSWORD)
    _w(db, clerk, lambda x: purchasing.approve(x, clerk, po, boss))
    _w(db, clerk, lambda x: purchasing.mark_ordered(x, clerk, po))
    return po


def test_numbers_are_sequential_and_the_total_is_the_sum_of_lines(db: Any, setting: dict[str, Any]) -> None:
    clerk = setting["clerk"]
    ids = [_w(db, clerk, lambda x: purchasing.create_order(
        x, clerk, setting["supplier"], [LineInput(setting["ont"], 3, Decimal("350000.50"))], order_date=DAY))
        for _ in range(2)]
    views = [read(db, lambda x, i=i: purchasing.order_view(x, clerk, i)) for i in ids]
    assert [v.po_number for v in views] == ["PO-202611-000001", "PO-202611-000002"]
    assert views[0].total_amount == Decimal("1050001.50") and views[0].status == "draft"
    total = _w(db, clerk, lambda x: purchasing.set_lines(x, clerk, ids[0], [
        LineInput(setting["ont"], 2, Decimal("300000")), LineInput(setting["cable"], 500, Decimal("1300"))]))
    assert total == Decimal("1250000.00")
    assert len(read(db, lambda x: purchasing.order_view(x, clerk, ids[0])).lines) == 2


def test_bad_lines_are_refused_by_field(db: Any, setting: dict[str, Any]) -> None:
    clerk = setting["clerk"]
    with pytest.raises(ValidationError) as refused:
        _w(db, clerk, lambda x: purchasing.create_order(x, clerk, setting["supplier"], [
            LineInput(setting["ont"], 0, Decimal("1")), LineInput(9999, 1, Decimal("-5"))]))
    assert refused.value.codes == {"lines[0].quantity": "purchasing.quantity_positive",
                                   "lines[1].inventory_id": "purchasing.choose_item",
                                   "lines[1].unit_price": "purchasing.negative_price"}
    with pytest.raises(ValidationError) as refused:
        _w(db, clerk, lambda x: purchasing.create_order(x, clerk, setting["supplier"], []))
    assert refused.value.codes == {"lines": "purchasing.no_lines"}


def test_only_the_allowed_moves(db: Any, setting: dict[str, Any]) -> None:
    clerk = setting["clerk"]
    po = _w(db, clerk, lambda x: purchasing.create_order(
        x, clerk, setting["supplier"], [LineInput(setting["ont"], 1, Decimal("1"))]))
    with pytest.raises(ConflictError) as refused:
        _w(db, clerk, lambda x: purchasing.mark_ordered(x, clerk, po))
    assert refused.value.code == "purchasing.cannot_become"
    assert [refused.value.message.params[k].code for k in ("status", "wanted")] == ["status.draft", "status.ordered"]
    with pytest.raises(ConflictError) as refused:
        _w(db, clerk, lambda x: purchasing.receive(x, clerk, po, {}))
    assert refused.value.code == "purchasing.not_receivable"
    _w(db, clerk, lambda x: purchasing.submit(x, clerk, po))
    with pytest.raises(ConflictError) as refused:
        _w(db, clerk, lambda x: purchasing.set_lines(x, clerk, po, [LineInput(setting["ont"], 5, Decimal("1"))]))
    assert refused.value.code == "purchasing.only_draft_lines"
    with pytest.raises(ValidationError) as refused:
        _w(db, clerk, lambda x: purchasing.cancel(x, clerk, po, " "))
    assert refused.value.codes == {"reason": "purchasing.cancel_reason"}
    assert _w(db, clerk, lambda x: purchasing.cancel(x, clerk, po, "Harga naik")) == "cancelled"
    with pytest.raises(ConflictError):
        _w(db, clerk, lambda x: purchasing.submit(x, clerk, po))
    assert "Cancelled: Harga naik" in read(db, lambda x: purchasing.order_view(x, clerk, po)).notes


def test_a_clerk_cannot_approve(db: Any, setting: dict[str, Any]) -> None:
    clerk = setting["clerk"]
    po = _w(db, clerk, lambda x: purchasing.create_order(
        x, clerk, setting["supplier"], [LineInput(setting["ont"], 1, Decimal("1"))]))
    _w(db, clerk, lambda x: purchasing.submit(x, clerk, po))
    with pytest.raises(AuthenticationError):
        auth.verify_supervisor(db, "gudang", PASSWORD)
    with pytest.raises(PermissionDenied) as refused:
        _w(db, clerk, lambda x: purchasing.approve(x, clerk, po, clerk))
    assert refused.value.code == "permission.not_an_approver"
    with pytest.raises(PermissionDenied) as refused:          # nobody approving is not a trusted approval
        _w(db, clerk, lambda x: purchasing.approve(x, clerk, po, None))
    assert refused.value.code == "permission.no_actor"
    # the approve permission decides, not the role's name
    named_supervisor = Actor(user_id=setting["boss"].user_id, username="spv", name="Spv", role="supervisor")
    with pytest.raises(PermissionDenied):
        _w(db, clerk, lambda x: purchasing.approve(x, clerk, po, named_supervisor))
    assert read(db, lambda x: purchasing.order_view(x, clerk, po)).status == "submitted"
    boss = auth.verify_supervisor(db, "spv", PASSWORD)
    assert _w(db, clerk, lambda x: purchasing.approve(x, clerk, po, boss)) == "approved"
    assert read(db, lambda x: purchasing.order_view(x, clerk, po)).approved_by == "Spv"


def test_an_approver_is_whoever_holds_the_approve_permission(db: Any, setting: dict[str, Any]) -> None:
    clerk = setting["clerk"]
    po = _w(db, clerk, lambda x: purchasing.create_order(
        x, clerk, setting["supplier"], [LineInput(setting["ont"], 1, Decimal("1"))]))
    _w(db, clerk, lambda x: purchasing.submit(x, clerk, po))
    head = Actor(user_id=setting["boss"].user_id, username="kepala", name="Kepala Gudang", role="kepala_gudang",
                 permissions=frozenset({("purchase_orders", "approve")}))
    assert _w(db, clerk, lambda x: purchasing.approve(x, clerk, po, head)) == "approved"
    assert read(db, lambda x: purchasing.order_view(x, clerk, po)).status == "approved"


def test_partial_then_complete_delivery_books_stock_in(db: Any, setting: dict[str, Any]) -> None:
    clerk = setting["clerk"]
    po = _ordered(db, setting)
    ont_line, cable_line = read(db, lambda x: purchasing.order_view(x, clerk, po)).lines
    result = _w(db, clerk, lambda x: purchasing.receive(x, clerk, po, {ont_line.id: 4, cable_line.id: 0},
                                                        prices={ont_line.id: Decimal("345000")}))
    assert result.status == "partial" and result.received_lines == 1
    assert purchasing.status_title(result.status) == "Partially received"      # not an invoice's "Partial(ly paid)"
    assert quantity_of(db, setting["ont"]) == 6
    view = read(db, lambda x: purchasing.order_view(x, clerk, po))
    assert [(l.received_quantity, l.outstanding) for l in view.lines] == [(4, 6), (0, 1000)]
    assert view.lines[0].total_price == Decimal("3450000.00")
    price = read(db, lambda x: x.get(Inventory, setting["ont"]).purchase_price)
    assert price == Decimal("345000.00")
    with pytest.raises(ValidationError) as refused:
        _w(db, clerk, lambda x: purchasing.receive(x, clerk, po, {ont_line.id: 7}))
    assert refused.value.codes == {f"lines[{ont_line.id}].quantity": "purchasing.only_outstanding"}
    assert refused.value.errors[f"lines[{ont_line.id}].quantity"].params == {"outstanding": 6}
    assert quantity_of(db, setting["ont"]) == 6
    result = _w(db, clerk, lambda x: purchasing.receive(x, clerk, po, {ont_line.id: 7, cable_line.id: 1000},
                                                        allow_over=True, received_on=DAY))
    assert result.status == "received"
    assert (quantity_of(db, setting["ont"]), quantity_of(db, setting["cable"])) == (13, 1000)
    view = read(db, lambda x: purchasing.order_view(x, clerk, po))
    assert view.received_date == DAY
    refs = read(db, lambda x: x.execute(sa.select(InventoryTransaction.reference_type,
                                                  InventoryTransaction.reference_id, InventoryTransaction.unit_price)
                                        .where(InventoryTransaction.reference_type == "purchase_order")
                                        .order_by(InventoryTransaction.id)).all())
    assert [tuple(r) for r in refs] == [("purchase_order", po, Decimal("345000.00")),
                                        ("purchase_order", po, Decimal("345000.00")),
                                        ("purchase_order", po, Decimal("1250.00"))]
    assert read(db, check).ok
    with pytest.raises(ConflictError):
        _w(db, clerk, lambda x: purchasing.receive(x, clerk, po, {ont_line.id: 1}))
    document = read(db, lambda x: purchasing.document(x, clerk, po))
    assert document.po_number == "PO-202611-000001" and document.approved_by == "Spv"
    assert [l.received for l in document.lines] == [11, 1000]
