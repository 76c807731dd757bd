"""Stock take (count, review, post as adjustments at once) and issuing stock
to a work order with ONT/router serials, returning what was not used."""
from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from ispdesk.db.models import WorkOrder
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import ConflictError, ValidationError
from ispdesk.services import stock, stock_issue, stock_take
from ispdesk.services.stock import InsufficientStock, MovementRequest
from ispdesk.services.stock_check import check
from ispdesk.services.stock_issue import IssueLine, split_serials
from tests.services.warehouse_support import add_item, add_work_order, quantity_of
from tests.support.actors import add_user, system


def test_stock_take_posts_every_difference_as_one_adjustment_each(db: Any) -> None:
    clerk = add_user(db, "gudang", "warehouse")
    ont = add_item(db, "ONT ZTE", 10)
    cable = add_item(db, "Kabel drop", 500, category="cable")
    same = add_item(db, "Konektor SC", 40, category="connector")
    rows = read(db, lambda s: stock_take.sheet(s, clerk))
    assert {(r.name, r.in_stock) for r in rows} == {("ONT ZTE", 10), ("Kabel drop", 500), ("Konektor SC", 40)}
    counted = {ont: 8, cable: 512, same: 40}
    diffs = read(db, lambda s: stock_take.differences(s, clerk, counted))
    assert [(d.name, d.difference) for d in diffs] == [("ONT ZTE", -2), ("Kabel drop", 12)]
    moved = write(db, lambda s: stock_take.post(s, clerk, counted, notes="Opname November",
                                                reviewed={d.inventory_id: d.in_stock for d in diffs}))
    assert [(m.type, m.quantity, m.new_quantity) for m in moved] == [("adjustment", -2, 8), ("adjustment", 12, 512)]
    assert (quantity_of(db, ont), quantity_of(db, cable), quantity_of(db, same)) == (8, 512, 40)
    assert read(db, check).ok


def test_stock_take_refuses_when_stock_moved_since_review_and_bad_counts(db: Any) -> None:
    ont = add_item(db, "ONT ZTE", 10)
    router = add_item(db, "Router", 5, category="router")
    reviewed = {ont: 10, router: 5}
    write(db, lambda s: stock.post(s, system(), MovementRequest(ont, "out", 1, "issued meanwhile")))
    with pytest.raises(ConflictError) as moved:
        write(db, lambda s: stock_take.post(s, system(), {ont: 7, router: 4}, reviewed=reviewed))
    assert moved.value.code == "stock.moved_while_counting"
    [item] = moved.value.message.params["items"]           # the item that moved, with its quantity now
    assert (item.code, item.params) == ("stock.moved_item", {"name": "ONT ZTE", "quantity": 9})
    assert (quantity_of(db, ont), quantity_of(db, router)) == (9, 5)
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: stock_take.post(s, system(), {ont: -1}))
    assert refused.value.codes == {f"counted[{ont}]": "stock.bad_count"}


def test_issue_records_serials_and_return_takes_back_only_what_was_issued(db: Any) -> None:
    clerk = add_user(db, "gudang", "warehouse")
    ont = add_item(db, "ONT ZTE F609", 5)
    cable = add_item(db, "Kabel drop", 300, category="cable")
    order = add_work_order(db, "WO-202611-000007")
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: stock_issue.issue(s, clerk, order, [IssueLine(ont, 2, ("ZTEG0001",))]))
    assert refused.value.codes == {"lines[0].serials": "stock.serial_per_unit"}
    assert refused.value.errors["lines[0].serials"].params == {"item": "ONT ZTE F609", "needed": 2, "given": 1}
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: stock_issue.issue(s, clerk, order, [IssueLine(ont, 2, ("ZTEG0001", "ZTEG0001"))]))
    assert refused.value.codes == {"lines[0].serials": "stock.serial_twice"}
    serials = split_serials("zteg0001\nZTEG0002, ")
    assert serials == ("ZTEG0001", "ZTEG0002")
    write(db, lambda s: stock_issue.issue(s, clerk, order, [IssueLine(ont, 2, serials), IssueLine(cable, 150)]))
    assert (quantity_of(db, ont), quantity_of(db, cable)) == (3, 150)
    assert read(db, lambda s: stock_issue.installed_serials(s, order)) == ("ZTEG0001", "ZTEG0002")
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: stock_issue.return_unused(s, clerk, order, [IssueLine(cable, 151)]))
    assert refused.value.codes == {"lines[0].quantity": "stock.order_holds_only"}
    assert refused.value.errors["lines[0].quantity"].params == {"number": "WO-202611-000007", "held": 150}
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: stock_issue.return_unused(s, clerk, order, [IssueLine(ont, 1, ("ZTEG0009",))]))
    assert refused.value.codes == {"lines[0].serials": "stock.serial_not_issued"}
    write(db, lambda s: stock_issue.return_unused(s, clerk, order, [IssueLine(ont, 1, ("ZTEG0002",)),
                                                                     IssueLine(cable, 40)]))
    held = {i.name: (i.issued, i.returned, i.outstanding, i.serials)
            for i in read(db, lambda s: stock_issue.issued_to(s, clerk, order))}
    assert held == {"ONT ZTE F609": (2, 1, 1, ("ZTEG0001",)), "Kabel drop": (150, 40, 110, ())}
    assert (quantity_of(db, ont), quantity_of(db, cable)) == (4, 190)
    assert read(db, check).ok
    other = add_work_order(db, "WO-202611-000008")
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: stock_issue.issue(s, clerk, other, [IssueLine(ont, 1, ("ZTEG0001",))]))
    assert refused.value.codes == {"lines[0].serials": "stock.serial_already_issued"}
    write(db, lambda s: stock_issue.issue(s, clerk, other, [IssueLine(ont, 1, ("ZTEG0002",))]))  # came back
    assert read(db, lambda s: stock_issue.installed_serials(s, other)) == ("ZTEG0002",)


def test_issue_refuses_shortage_and_closed_work_orders(db: Any) -> None:
    cable = add_item(db, "Kabel drop", 100, category="cable")
    order = add_work_order(db)
    with pytest.raises(InsufficientStock) as short:
        write(db, lambda s: stock_issue.issue(s, system(), order, [IssueLine(cable, 101)]))
    assert short.value.errors["quantity"].params == {"in_stock": 100, "unit": "pcs", "item": "Kabel drop",
                                                     "wanted": 101}
    write(db, lambda s: s.execute(sa.update(WorkOrder).values(status="cancelled")))
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: stock_issue.issue(s, system(), order, [IssueLine(cable, 1)]))
    assert refused.value.codes == {"work_order_id": "stock.issue_closed_order"}
    assert quantity_of(db, cable) == 100
