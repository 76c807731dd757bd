"""TableTab over the real services: count, search, sort, filters, export,
permissions, refresh on changes, remembered filters, errors in the bar."""
from __future__ import annotations

import csv

from PySide6.QtCore import QDate, Qt

from ispdesk.db.engine import Database
from ispdesk.domain import clock
from ispdesk.services.modules import SPECS
from ispdesk.ui.widgets.table_tab import TableTab, settings
from tests.ui.widget_support import ctx, isolated_settings, make_ctx
from tests.support.actors import CASHIER
from tests.support.builders import add_customers, add_packages, get_record as get, save_record as save


def open_tab(qtbot, ctx, key: str) -> TableTab:
    tab = TableTab(ctx, SPECS[key])
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    settle(qtbot, tab)
    return tab


def settle(qtbot, tab: TableTab) -> None:
    qtbot.waitUntil(lambda: not tab.model.loading and tab.model.total is not None and not tab.ctx.runner.busy,
                    timeout=10000)


def names(tab: TableTab) -> list[str]:
    col = tab.model.column_index("name")
    return [tab.model.index(r, col).data() for r in range(tab.model.rowCount())]


def test_tab_shows_the_count_and_search_narrows_the_rows(qtbot, db, ctx):
    add_customers(db)
    tab = open_tab(qtbot, ctx, "customers")
    assert tab.count_label.text() == "7 rows"
    qtbot.keyClicks(tab.search_edit, "wijaya")
    qtbot.waitUntil(lambda: tab.count_label.text() == "1 row")
    settle(qtbot, tab)
    assert names(tab) == ["Ani Wijaya"]
    tab.search_edit.clear()
    qtbot.waitUntil(lambda: tab.count_label.text() == "7 rows")


def test_clicking_a_header_sorts_in_the_database(qtbot, db, ctx):
    add_customers(db)
    tab = open_tab(qtbot, ctx, "customers")
    assert names(tab)[0] == "Agus Pratama"
    header = tab.view.horizontalHeader()
    with qtbot.waitSignal(tab.model.page_loaded):
        header.setSortIndicator(tab.model.column_index("name"), Qt.SortOrder.DescendingOrder)
    assert names(tab)[0] == "Wayan Sudarma"
    with qtbot.waitSignal(tab.model.page_loaded):
        header.setSortIndicator(tab.model.column_index("phone"), Qt.SortOrder.AscendingOrder)
    assert names(tab)[0] == "Budi Santoso"


def test_enum_filter_is_applied_and_remembered(qtbot, db, ctx):
    add_customers(db)
    tab = open_tab(qtbot, ctx, "customers")
    combo = tab.filter_combos["status"]
    combo.setCurrentIndex(combo.findData("suspended"))
    qtbot.waitUntil(lambda: tab.count_label.text() == "2 rows")
    settle(qtbot, tab)
    assert names(tab) == ["Agus Pratama", "Wayan Sudarma"]
    again = open_tab(qtbot, ctx, "customers")   # a new tab restores the last filter
    assert again.filter_combos["status"].currentData() == "suspended"
    assert again.count_label.text() == "2 rows"


def test_export_writes_the_filtered_rows_to_csv(qtbot, db, ctx, tmp_path):
    add_customers(db)
    tab = open_tab(qtbot, ctx, "customers")
    combo = tab.filter_combos["status"]
    combo.setCurrentIndex(combo.findData("active"))
    qtbot.waitUntil(lambda: tab.count_label.text() == "4 rows")
    path = tmp_path / "customers.csv"
    with qtbot.waitSignal(tab.exported, timeout=10000):
        tab.export_to(path)
    text = path.read_text(encoding="utf-8-sig")
    for name in ("Budi Santoso", "Siti Aminah", "Dewi Lestari", "Ani Wijaya"):
        assert name in text
    assert "Agus Pratama" not in text and "Rudi Hartono" not in text
    rows = list(csv.reader(text.splitlines()))
    assert len([r for r in rows if r]) == 5   # a header and four customers
    assert "Exported" in tab.message_bar.text()


def test_buttons_follow_the_permissions(qtbot, db):
    add_customers(db)
    cashier = make_ctx(db, CASHIER)
    tab = open_tab(qtbot, cashier, "customers")   # a cashier may view and edit customers, not create
    assert tab.new_button.isVisible() and not tab.new_button.isEnabled()
    assert not tab.export_button.isEnabled()
    tab.view.selectRow(0)
    assert tab.edit_button.isEnabled() and not tab.delete_button.isEnabled()
    assert tab.open_record(None) is None
    payments = open_tab(qtbot, cashier, "payments")   # the spec allows no creating payments here at all
    assert payments.new_button.isHidden() and payments.export_button.isEnabled()
    cashier.runner.wait()


def test_tab_refreshes_when_its_module_changed(qtbot, db, ctx):
    add_customers(db)
    tab = open_tab(qtbot, ctx, "customers")
    new_id = save(db, "customers", {"name": "Aaron Baru", "status": "active"})
    ctx.runner.changed.emit({"invoices", "customers"})
    qtbot.waitUntil(lambda: tab.count_label.text() == "8 rows")
    settle(qtbot, tab)
    assert names(tab)[0] == "Aaron Baru"
    tab.select_id(new_id)
    assert tab.selected_id() == new_id


def test_archive_asks_first_and_keeps_the_record(qtbot, db, ctx):
    ids = add_packages(db)
    tab = open_tab(qtbot, ctx, "packages")
    assert tab.delete_button.text() == "Archive"
    tab.select_id(ids[0])
    questions = []
    tab._confirm = lambda question: questions.append(question) or False
    assert tab.delete_selected() is None and get(db, "packages", ids[0])["is_active"] is True
    tab._confirm = lambda question: True
    with qtbot.waitSignal(tab.deleted, timeout=10000):
        qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert "Home 20 Mbps" in questions[0]
    assert get(db, "packages", ids[0])["is_active"] is False
    assert "archived" in tab.message_bar.text()
    qtbot.waitUntil(lambda: tab.count_label.text() == "2 rows")   # the tab shows active packages
    combo = tab.filter_combos["is_active"]
    combo.setCurrentIndex(combo.findData(None))
    qtbot.waitUntil(lambda: tab.count_label.text() == "3 rows")


def test_lost_database_is_a_message_with_retry_not_a_crash(qtbot, tmp_path):
    unreachable = Database.open("mysql+pymysql://root@127.0.0.1:9/nowhere")
    context = make_ctx(unreachable)
    try:
        tab = TableTab(context, SPECS["customers"])
        qtbot.addWidget(tab)
        qtbot.waitUntil(lambda: tab.message_bar.text() != "", timeout=15000)
        assert "Connection" in tab.message_bar.text() and tab.message_bar.action.text() == "Retry"
        context.runner.wait()
    finally:
        unreachable.dispose()


def test_refused_delete_is_explained_in_the_bar(qtbot, db, ctx):
    ids = add_customers(db)
    save(db, "customers", {"name": "Budi Santoso", "status": "active", "referred_by_id": ids[1]}, ids[0])
    tab = open_tab(qtbot, ctx, "customers")
    tab.select_id(ids[1])   # Siti Aminah referred Budi: she cannot be deleted
    with qtbot.waitSignal(ctx.runner.busy_changed, check_params_cb=lambda busy: not busy, timeout=10000):
        tab.delete_selected(confirm=False)
    assert tab.message_bar.level == "error" and tab.message_bar.text()
    assert get(db, "customers", ids[1])["name"] == "Siti Aminah"


def test_column_widths_are_remembered(qtbot, db, ctx):
    add_customers(db)
    tab = open_tab(qtbot, ctx, "customers")
    column = tab.model.column_index("phone")
    tab.view.horizontalHeader().resizeSection(column, 333)
    qtbot.waitUntil(lambda: '"phone": 333' in str(settings().value("tables/customers/widths", "")))
    again = open_tab(qtbot, ctx, "customers")
    assert again.view.horizontalHeader().sectionSize(column) == 333


def test_date_range_filter(qtbot, db, ctx):
    add_customers(db)
    tab = open_tab(qtbot, ctx, "customers")
    assert not tab.date_from.isEnabled()
    tab.date_combo.setCurrentIndex(tab.date_combo.findData("created_at"))
    assert tab.date_from.isEnabled()
    today = QDate(clock.today())
    assert tab.date_to.date() == today and tab.date_from.date() == today.addDays(-30)   # the office's last 30 days
    tab.date_from.setDate(today.addDays(1))
    tab.date_to.setDate(today.addDays(5))
    qtbot.waitUntil(lambda: tab.count_label.text() == "0 rows")
    tab.date_from.setDate(today)
    qtbot.waitUntil(lambda: tab.count_label.text() == "7 rows")
    assert tab.model.query().date_column == "created_at"


def test_enter_on_a_row_opens_its_form(qtbot, db, ctx):
    ids = add_customers(db)
    tab = open_tab(qtbot, ctx, "customers")
    tab.select_id(ids[3])
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert tab.form is not None and tab.form.record_id == ids[3]
    qtbot.waitUntil(lambda: tab.form.editor("name").value() == "Dewi Lestari", timeout=10000)
    qtbot.keyClick(tab.form, Qt.Key.Key_Escape)
    assert not tab.form.isVisible()


def test_a_registered_module_action_gets_a_button_that_follows_selection_and_permission(qtbot, db, ctx,
                                                                                         monkeypatch):
    from ispdesk.ui import module_actions
    ran: list[int | None] = []
    monkeypatch.setattr(module_actions, "_registry", {})
    monkeypatch.setattr(module_actions, "_loaded", True)
    module_actions.register("customers", module_actions.TabAction(
        key="greetCustomer", title="Greet", run=lambda tab, record_id: ran.append(record_id),
        permission="delete", shortcut="Ctrl+Shift+G"))
    ids = add_customers(db)
    tab = open_tab(qtbot, ctx, "customers")
    button, _action = tab.action_buttons["greetCustomer"]
    assert button.text() == "Greet" and not button.isEnabled()
    assert tab.select_id(ids[0])
    assert button.isEnabled()
    button.click()
    tab.run_module_action("greetCustomer")
    assert ran == [ids[0], ids[0]]

    cashier_tab = open_tab(qtbot, make_ctx(db, CASHIER), "customers")
    cashier_button, _action = cashier_tab.action_buttons["greetCustomer"]
    assert cashier_tab.select_id(ids[0])
    assert not cashier_button.isEnabled()   # a cashier may not delete customers
