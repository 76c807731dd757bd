"""Foreign-key filters of the generic tab: a searchable picker narrows the rows
to one referenced record, is remembered, and emptied shows every row again."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ispdesk.services.modules import SPECS
from ispdesk.services.specs import Kind
from ispdesk.ui.widgets.editors import ForeignKeyEditor
from tests.ui.test_table_tab import open_tab, settle
from tests.ui.widget_support import ctx, isolated_settings  # noqa: F401
from tests.support.builders import save_record as save


def stock(db) -> tuple[int, int]:
    jaya = save(db, "suppliers", {"code": "SUP-1", "name": "CV Jaya Fiber"})
    makmur = save(db, "suppliers", {"code": "SUP-2", "name": "PT Makmur Optik"})
    for sku, name, supplier in (("ONT-1", "ONT ZTE F609", jaya), ("ONT-2", "ONT Huawei HG8245", jaya),
                                ("CBL-1", "Kabel drop 1 core", makmur), ("SPL-1", "Splitter 1:8", None)):
        save(db, "inventory", {"sku": sku, "name": name, "category": "ont", "supplier_id": supplier,
                               "unit": "pcs"})
    return jaya, makmur


def item_names(tab) -> list[str]:
    col = tab.model.column_index("name")
    return sorted(tab.model.index(r, col).data() for r in range(tab.model.rowCount()))


def test_picking_a_supplier_narrows_remembers_and_clearing_shows_all(qtbot, db, ctx):
    jaya, _makmur = stock(db)
    tab = open_tab(qtbot, ctx, "inventory")
    picker = tab.filter_pickers["supplier_id"]
    assert isinstance(picker, ForeignKeyEditor) and picker.edit.placeholderText() == "Supplier: all"
    assert tab.count_label.text() == "4 rows"
    with qtbot.waitSignal(picker.looked_up):
        qtbot.keyClicks(picker.edit, "jaya")
    suggestions = picker.completer.completionModel()
    assert suggestions.rowCount() == 1 and suggestions.index(0, 0).data().startswith("CV Jaya Fiber")
    picker.completer.activated[type(suggestions.index(0, 0))].emit(suggestions.index(0, 0))   # picked
    qtbot.waitUntil(lambda: tab.count_label.text() == "2 rows")
    settle(qtbot, tab)
    assert item_names(tab) == ["ONT Huawei HG8245", "ONT ZTE F609"]
    assert tab.model.query().filters == {"supplier_id": jaya, "is_active": True}

    again = open_tab(qtbot, ctx, "inventory")          # the next time the tab opens
    assert again.model.query().filters["supplier_id"] == jaya
    assert again.count_label.text() == "2 rows"
    qtbot.waitUntil(lambda: again.filter_pickers["supplier_id"].edit.text().startswith("CV Jaya Fiber"))

    picker.edit.clear()
    picker.edit.textEdited.emit("")                     # what the clear button does
    qtbot.waitUntil(lambda: tab.count_label.text() == "4 rows")


def test_enter_on_an_exact_name_picks_it(qtbot, db, ctx):
    _jaya, makmur = stock(db)
    tab = open_tab(qtbot, ctx, "inventory")
    picker = tab.filter_pickers["supplier_id"]
    with qtbot.waitSignal(picker.looked_up):
        qtbot.keyClicks(picker.edit, "PT Makmur Optik")
    label = picker.suggestions.item(0).text()
    picker.edit.setText(label)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.count_label.text() == "1 row")
    assert tab.model.query().filters["supplier_id"] == makmur


def test_useful_foreign_keys_are_filterable() -> None:
    for key, column in (("invoices", "customer_id"), ("payments", "customer_id"), ("work_orders", "assigned_to"),
                        ("leads", "assigned_to"), ("purchase_order_items", "purchase_order_id"),
                        ("campaign_recipients", "campaign_id")):
        spec_column = SPECS[key].column(column)
        assert spec_column.kind is Kind.FOREIGN_KEY and spec_column.filterable, (key, column)
