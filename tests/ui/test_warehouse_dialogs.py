"""The warehouse dialogs driven by qtbot on both databases: a refused stock
movement says how many are in stock, the stock card, stock take, PO lines, a
clerk cannot approve a PO, a partial delivery, asset status; the inventory tab
highlights items at or below their minimum."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from ispdesk.db.models import Asset, InventoryTransaction
from ispdesk.domain import clock
from ispdesk.db.unit_of_work import read, write
from ispdesk.services import purchasing, stock
from ispdesk.services.modules import SPECS
from ispdesk.services.purchasing import LineInput
from ispdesk.services.stock_check import check
from ispdesk.services.permissions import refuse
from ispdesk.ui.i18n import spec_text, translate_message
from ispdesk.ui.warehouse import actions
from ispdesk.ui.warehouse.adjustment_dialog import AdjustmentDialog
from ispdesk.ui.warehouse.approval_dialog import ApprovalDialog
from ispdesk.ui.warehouse.asset_status_dialog import AssetStatusDialog
from ispdesk.ui.warehouse.po_lines_dialog import PurchaseOrderLinesDialog
from ispdesk.ui.warehouse.receiving_dialog import ReceivingDialog
from ispdesk.ui.warehouse.stock_card_dialog import StockCardDialog
from ispdesk.ui.warehouse.stock_take_dialog import StockTakeDialog
from ispdesk.ui.widgets.paged_model import ATTENTION_COLOR, AttentionRole
from ispdesk.ui.widgets.table_tab import TableTab
from tests.services.warehouse_support import add_item, add_supplier, add_work_order, quantity_of
from tests.support.actors import PASSWORD, add_user, system
from tests.ui.widget_support import indonesian, isolated_settings, make_ctx  # noqa: F401
from tests.ui.widget_support import shot  # noqa: F401 (fixtures)



@pytest.fixture
def clerk_ctx(db: Any, qtbot: Any) -> Any:
    clerk = add_user(db, "gudang", "warehouse")
    context = make_ctx(db, clerk)
    yield context
    context.runner.wait()


def _show(qtbot: Any, dialog: Any) -> Any:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_adjustment_refused_says_how_many_are_in_stock(qtbot: Any, db: Any, clerk_ctx: Any) -> None:
    item = add_item(db, "ONT ZTE F609", 4, sku="ONT-ZTE")
    dialog = _show(qtbot, AdjustmentDialog(clerk_ctx, item))
    qtbot.waitUntil(lambda: dialog.item is not None)
    assert "4 pcs in stock" in dialog.summary.text()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("out"))
    dialog.quantity_spin.setValue(6)
    dialog.notes_edit.setText("Pasang baru")
    before = read(db, lambda s: s.execute(sa.select(sa.func.count()).select_from(InventoryTransaction)).scalar_one())
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.errors.text("quantity") != "")
    assert dialog.errors.text("quantity") == translate_message(
        stock.INSUFFICIENT(in_stock=4, unit="pcs", item="ONT ZTE F609", wanted=6))
    assert dialog.isVisible() and dialog.quantity_spin.value() == 6 and not dialog.busy
    shot(dialog, "adjustment_refused")
    assert quantity_of(db, item) == 4
    assert read(db, lambda s: s.execute(sa.select(sa.func.count()).select_from(InventoryTransaction))
                .scalar_one()) == before
    dialog.quantity_spin.setValue(3)
    with qtbot.waitSignal(dialog.posted, timeout=10000) as posted:
        dialog.confirm()
    assert posted.args[0].new_quantity == 1 and quantity_of(db, item) == 1


def test_issue_to_a_work_order_needs_one_serial_per_ont(qtbot: Any, db: Any, clerk_ctx: Any) -> None:
    item = add_item(db, "ONT ZTE F609", 5, sku="ONT-ZTE")
    order = add_work_order(db, "WO-202611-000009")
    dialog = _show(qtbot, AdjustmentDialog(clerk_ctx, item))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("out"))
    dialog.reference_combo.setCurrentIndex(dialog.reference_combo.findData("work_order"))
    dialog.work_order.set_choice(order, "WO-202611-000009")
    dialog.quantity_spin.setValue(2)
    dialog.serials_edit.setPlainText("ZTEG0001")
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.errors.text("lines[0].serials") != "")
    from ispdesk.services import stock_issue
    assert dialog.errors.text("lines[0].serials") == translate_message(
        stock_issue.SERIAL_PER_UNIT(item="ONT ZTE F609", needed=2, given=1))
    dialog.serials_edit.setPlainText("ZTEG0001\nZTEG0002")
    with qtbot.waitSignal(dialog.posted, timeout=10000):
        dialog.confirm()
    serials = read(db, lambda s: s.execute(sa.select(InventoryTransaction.serial_numbers).where(
        InventoryTransaction.reference_id == order)).scalar_one())
    assert serials == "ZTEG0001\nZTEG0002" and quantity_of(db, item) == 3


def test_stock_card_dialog_pages_back_with_the_balance(qtbot: Any, db: Any, clerk_ctx: Any, tmp_path: Any) -> None:
    from ispdesk.services.stock_card import PAGE_SIZE
    item = add_item(db, "Kabel drop 1 core", 0, sku="DROP-1C", category="cable")
    write(db, lambda s: stock.post_many(s, system(), [stock.MovementRequest(item, "in", 10, "Kiriman")
                                                      for _ in range(PAGE_SIZE + 5)]))
    write(db, lambda s: stock.post(s, clerk_ctx.actor, stock.MovementRequest(item, "out", 150, "Tarik kabel")))
    dialog = _show(qtbot, StockCardDialog(clerk_ctx, item))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == PAGE_SIZE)
    first = [dialog.table.item(0, c).text() for c in range(6)]
    assert first[1:6] == ["Out", "-150", "900", "", "Gudang"]
    assert dialog.confirm_button.isEnabled()
    shot(dialog, "stock_card")
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == PAGE_SIZE + 6)
    assert dialog.table.item(PAGE_SIZE + 5, 3).text() == "10" and not dialog.confirm_button.isEnabled()
    dialog.export_to(str(tmp_path / "card.csv"))
    qtbot.waitUntil(lambda: "exported" in dialog.message_bar.text())
    assert "Tarik kabel" in (tmp_path / "card.csv").read_text(encoding="utf-8-sig")


def test_stock_take_posts_the_counted_differences(qtbot: Any, db: Any, clerk_ctx: Any) -> None:
    ont = add_item(db, "ONT ZTE", 10)
    add_item(db, "Router", 5, category="router")
    dialog = _show(qtbot, StockTakeDialog(clerk_ctx))
    qtbot.waitUntil(lambda: len(dialog.rows) == 2)
    row = next(i for i, r in enumerate(dialog.rows) if r.inventory_id == ont)
    dialog.set_count(row, 7)
    assert dialog.table.item(row, 5).text() == "-3"
    assert "1 counted, 1 differ" in dialog.summary.text()
    shot(dialog, "stock_take")
    with qtbot.waitSignal(dialog.posted, timeout=10000) as posted:
        dialog.confirm()
    assert posted.args == [1] and quantity_of(db, ont) == 7
    assert read(db, check).ok


def _submitted_po(db: Any, clerk: Any) -> tuple[int, int]:
    supplier = add_supplier(db)
    ont = add_item(db, "ONT ZTE F609", 0, sku="ONT-ZTE")
    po = write(db, lambda s: purchasing.create_order(s, clerk, supplier, [LineInput(ont, 10, Decimal("350000"))]))
    write(db, lambda s: purchasing.submit(s, clerk, po))
    return po, ont


def test_po_lines_editor_totals_and_saves(qtbot: Any, db: Any, clerk_ctx: Any) -> None:
    supplier = add_supplier(db)
    ont = add_item(db, "ONT ZTE F609", 0, sku="ONT-ZTE")
    cable = add_item(db, "Kabel drop", 0, sku="DROP", category="cable", price="1250")
    po = write(db, lambda s: purchasing.create_order(s, system(), supplier, [LineInput(ont, 2, Decimal("350000"))]))
    dialog = _show(qtbot, PurchaseOrderLinesDialog(clerk_ctx, po))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    row = dialog.add_line()
    combo = dialog.table.cellWidget(row, 0)
    combo.setCurrentIndex(combo.findData(cable))          # the item's last price is filled in
    dialog.table.cellWidget(row, 1).setValue(1000)
    assert "Rp 1.950.000" in dialog.total_label.text()
    shot(dialog, "po_lines")
    dialog.table.cellWidget(row, 1).setValue(1)
    dialog.table.cellWidget(row, 0).setCurrentIndex(0)    # no item chosen: refused next to the lines
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.errors.text("lines") != "")
    assert f"Line 2: {translate_message(purchasing.CHOOSE_ITEM())}" in dialog.errors.text("lines")
    combo.setCurrentIndex(combo.findData(cable))
    dialog.table.cellWidget(row, 1).setValue(1000)
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        dialog.confirm()
    assert saved.args[0] == Decimal("1950000.00")


def test_a_clerk_cannot_approve_a_po_a_supervisor_can(qtbot: Any, db: Any, clerk_ctx: Any) -> None:
    add_user(db, "spv", "supervisor")
    po, _ont = _submitted_po(db, clerk_ctx.actor)
    dialog = _show(qtbot, ApprovalDialog(clerk_ctx, po))
    qtbot.waitUntil(lambda: dialog.order is not None)
    dialog.username_edit.setText("gudang")
    dialog.password_edit.setText(PASSWORD)
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.errors.text("password") != "")
    # the clerk holds no approve permission: refused under the password, which is emptied
    assert "Gudang" in dialog.errors.text("password") and dialog.password_edit.text() == ""
    assert read(db, lambda s: purchasing.order_view(s, system(), po)).status == "submitted"
    dialog.username_edit.setText("spv")
    dialog.password_edit.setText("salah-sandi")
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.errors.text("password") != "" and not dialog.busy)
    assert read(db, lambda s: purchasing.order_view(s, system(), po)).status == "submitted"
    dialog.username_edit.setText("spv")
    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(dialog.approved, timeout=10000) as approved:
        dialog.confirm()
    assert approved.args == ["PO-" + approved.args[0][3:]]
    view = read(db, lambda s: purchasing.order_view(s, system(), po))
    assert (view.status, view.approved_by) == ("approved", "Spv")


def test_receiving_dialog_books_a_partial_delivery(qtbot: Any, db: Any, clerk_ctx: Any) -> None:
    boss = add_user(db, "spv", "supervisor")
    po, ont = _submitted_po(db, clerk_ctx.actor)
    write(db, lambda s: purchasing.approve(s, system(), po, boss))
    write(db, lambda s: purchasing.mark_ordered(s, system(), po))
    dialog = _show(qtbot, ReceivingDialog(clerk_ctx, po))
    qtbot.waitUntil(lambda: dialog.order is not None)
    spin = dialog.table.cellWidget(0, 4)
    dialog.set_arrived(0, 25)
    assert spin.value() == 10                          # no more than ordered without the override
    dialog.set_arrived(0, 4)
    dialog.notes_edit.setText("Surat jalan 118")
    shot(dialog, "receiving")
    with qtbot.waitSignal(dialog.received, timeout=10000) as received:
        dialog.confirm()
    assert received.args[0].status == "partial" and quantity_of(db, ont) == 4
    again = _show(qtbot, ReceivingDialog(clerk_ctx, po))
    qtbot.waitUntil(lambda: again.order is not None)
    assert [again.table.item(0, c).text() for c in (1, 2, 3)] == ["10", "4", "6"]
    assert spec_text("Partially received") in again.summary.text()      # partly received, not partly paid
    tab = TableTab(clerk_ctx, SPECS["purchase_orders"])                 # the tab says so too
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and not tab.model.loading)
    status = next(c for c, column in enumerate(tab.model.columns) if column.name == "status")
    assert tab.model.index(0, status).data() == spec_text("Partially received") != spec_text("Partial")
    again.over_check.setChecked(True)
    again.set_arrived(0, 7)
    with qtbot.waitSignal(again.received, timeout=10000) as received:
        again.confirm()
    assert received.args[0].status == "received" and quantity_of(db, ont) == 11


def test_asset_status_dialog_writes_history(qtbot: Any, db: Any, clerk_ctx: Any) -> None:
    asset = write(db, lambda s: (s.add(a := Asset(asset_code="AST-1", name="Fusion splicer", category="equipment",
                                                  purchase_price=Decimal("36500000"), status="active")),
                                 s.flush(), a.id)[-1])
    dialog = _show(qtbot, AssetStatusDialog(clerk_ctx, asset))
    qtbot.waitUntil(lambda: dialog.current is not None)
    assert "No changes yet." in dialog.history_label.text()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("maintenance"))
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.errors.text("notes") != "")
    dialog.notes_edit.setText("Kalibrasi tahunan")
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        dialog.confirm()
    assert read(db, lambda s: s.get(Asset, asset).status) == "maintenance"


def test_inventory_tab_highlights_items_at_or_below_minimum(qtbot: Any, qtmodeltester: Any, db: Any,
                                                             clerk_ctx: Any) -> None:
    low = add_item(db, "ONT ZTE", 3, minimum=5)
    edge = add_item(db, "Router", 5, minimum=5, category="router")
    plenty = add_item(db, "Kabel", 500, minimum=100, category="cable")
    tab = TableTab(clerk_ctx, SPECS["inventory"])
    qtbot.addWidget(tab)
    model = tab.model
    qtbot.waitUntil(lambda: model.rowCount() == 3 and not model.loading)
    flagged = {model.id_at(r): model.index(r, 0).data(AttentionRole) for r in range(3)}
    assert flagged == {low: True, edge: True, plenty: False}
    row = model.row_of(low)
    assert model.index(row, 1).data(0x0008) == ATTENTION_COLOR   # Qt.BackgroundRole
    qtmodeltester.check(model)
    assert {"adjustStock", "stockCard", "stockTake"} <= set(tab.action_buttons)
    tab.show()
    tab.select_id(low)
    dialog = actions.adjust_stock(tab, low)
    qtbot.addWidget(dialog)
    dialog.quantity_spin.setValue(10)
    with qtbot.waitSignal(dialog.posted, timeout=10000):
        dialog.confirm()
    qtbot.waitUntil(lambda: model.index(model.row_of(low), 0).data(AttentionRole) is False, timeout=10000)


def test_purchase_order_tab_buttons_move_the_status_and_print(qtbot: Any, db: Any, clerk_ctx: Any) -> None:
    supplier = add_supplier(db)
    ont = add_item(db, "ONT ZTE F609", 0, sku="ONT-ZTE")
    po = write(db, lambda s: purchasing.create_order(s, system(), supplier, [LineInput(ont, 5, Decimal("350000"))]))
    tab = TableTab(clerk_ctx, SPECS["purchase_orders"])
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and not tab.model.loading)
    assert {"poLines", "submitPo", "approvePo", "orderedPo", "receivePo", "cancelPo", "printPo"} <= set(
        tab.action_buttons)
    assert not tab.action_buttons["submitPo"][0].isEnabled()        # nothing selected yet
    tab.select_id(po)
    enabled = {key for key, (button, _a) in tab.action_buttons.items() if button.isEnabled()}
    assert {"poLines", "submitPo", "cancelPo", "printPo"} <= enabled            # a draft
    assert not enabled & {"approvePo", "orderedPo", "receivePo"}
    actions.mark_ordered(tab, po)                                               # the service still refuses
    qtbot.waitUntil(lambda: tab.message_bar.text() != "")
    assert tab.message_bar.text() == translate_message(purchasing.CANNOT_BECOME(
        number="PO-" + clock.today().strftime("%Y%m") + "-000001", status=purchasing._status("draft"),
        wanted=purchasing._status("ordered")))
    tab.run_module_action("submitPo")
    qtbot.waitUntil(lambda: spec_text("Submitted") in tab.message_bar.text())
    assert read(db, lambda s: purchasing.order_view(s, system(), po)).status == "submitted"
    qtbot.waitUntil(lambda: tab.action_buttons["approvePo"][0].isEnabled())    # the row shows "submitted"
    assert not tab.action_buttons["submitPo"][0].isEnabled() and not tab.action_buttons["receivePo"][0].isEnabled()
    tab.run_module_action("printPo")
    qtbot.waitUntil(lambda: getattr(tab, "document_preview", None) is not None)
    tab.document_preview.close()


def test_a_technician_sees_stock_but_cannot_move_it(qtbot: Any, db: Any) -> None:
    technician = add_user(db, "teknisi", "technician")       # inventory: view only
    add_item(db, "ONT ZTE", 3)
    context = make_ctx(db, technician)
    tab = TableTab(context, SPECS["inventory"])
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and not tab.model.loading)
    tab.select_id(tab.model.id_at(0))
    assert not tab.action_buttons["adjustStock"][0].isEnabled()
    assert not tab.action_buttons["stockTake"][0].isEnabled()
    tab.run_module_action("stockCard")                         # the service still says no to the movements
    dialog = tab._warehouse_dialog
    qtbot.waitUntil(lambda: dialog.message_bar.text() != "")
    assert dialog.message_bar.text() == translate_message(refuse(technician, "stock_movements", "view").message)
    dialog.close()
    context.runner.wait()


def test_the_stock_card_names_the_movements_in_indonesian(qtbot: Any, db: Any, clerk_ctx: Any,
                                                          indonesian: Any) -> None:
    item = add_item(db, "ONT ZTE F609", 5, sku="ONT-ZTE")
    write(db, lambda s: stock.post(s, clerk_ctx.actor, stock.MovementRequest(item, "out", 2, "Pasang baru")))
    write(db, lambda s: stock.post(s, clerk_ctx.actor, stock.MovementRequest(item, "adjustment", -1, "Rusak")))
    write(db, lambda s: stock.post(s, clerk_ctx.actor, stock.MovementRequest(item, "return", 1, "Sisa")))
    dialog = _show(qtbot, StockCardDialog(clerk_ctx, item))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4)
    assert [dialog.table.item(r, 1).text() for r in range(4)] == ["Retur", "Penyesuaian", "Keluar", "Masuk"]
    shot(dialog, "stock_card_id")
