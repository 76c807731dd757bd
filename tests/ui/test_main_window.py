"""The main window: navigation by role, one tab per module, shortcuts, status bar, session."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from ispdesk.db.unit_of_work import read
from ispdesk.domain.permissions import DEFAULT_MATRIX, MODULE_GROUPS, MODULES
from ispdesk.services import users
from ispdesk.ui.context import AppContext
from ispdesk.ui.dashboard import DashboardTab
from ispdesk.ui.main_window import MainWindow
from ispdesk.ui.navigation import group_title
from ispdesk.ui.settings_screen import SettingsScreen
from ispdesk.ui.tasks import TaskRunner
from tests.support.actors import add_user


@pytest.fixture
def ui_settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_ctx(db, qtbot):
    runners: list[TaskRunner] = []

    def make(role: str, username: str | None = None) -> AppContext:
        name = username or f"{role}1"
        actor = add_user(db, name, role, name=f"{role.title()} Satu", password="rahasia-123")
        runner = TaskRunner()
        runners.append(runner)
        return AppContext(db=db, runner=runner, actor=actor)

    yield make
    for runner in runners:
        runner.wait(10000)


def _window(qtbot, ctx, settings, **kw) -> MainWindow:
    window = MainWindow(ctx, settings=settings, **kw)
    qtbot.addWidget(window)
    return window


def _settle(qtbot, ctx) -> None:
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10000)


def test_admin_sees_every_group_and_module(qtbot, make_ctx, ui_settings):
    ctx = make_ctx("admin")
    window = _window(qtbot, ctx, ui_settings)
    assert window.navigation.groups() == [group_title(g) for g in MODULE_GROUPS]
    assert set(MODULES) <= set(window.navigation.keys())
    assert window.open_keys() == ["dashboard"]
    _settle(qtbot, ctx)


def test_cashier_sees_only_the_cashier_modules(qtbot, make_ctx, ui_settings):
    ctx = make_ctx("cashier")
    window = _window(qtbot, ctx, ui_settings)
    allowed = {m for m, actions in DEFAULT_MATRIX["cashier"].items() if "view" in actions}
    assert window.navigation.keys() == [m for m in MODULES if m in allowed]
    assert "users" not in window.navigation.keys() and "permissions" not in window.navigation.keys()
    assert window.navigation.groups() == [group_title(g) for g in ("Front office", "Billing", "Communication")]
    assert window.open_module("settings") is None and window.tab("settings") is None
    _settle(qtbot, ctx)


def test_every_module_opens_a_tab_once(qtbot, make_ctx, ui_settings):
    ctx = make_ctx("admin")
    window = _window(qtbot, ctx, ui_settings, restore=False)
    keys = window.navigation.keys()
    for key in keys:
        window.navigation.activate(key)
        assert window.current_key() == key, key
    _settle(qtbot, ctx)
    assert window.open_keys() == keys
    assert isinstance(window.tab("dashboard"), DashboardTab)
    assert isinstance(window.tab("settings"), SettingsScreen)
    first = window.tab("customers")
    window.navigation.activate("customers")
    assert window.tab("customers") is first and window.tabs.count() == len(keys)
    _settle(qtbot, ctx)


def test_shortcuts_close_search_and_take_payment(qtbot, make_ctx, ui_settings):
    ctx = make_ctx("admin")
    window = _window(qtbot, ctx, ui_settings)
    window.show()
    qtbot.waitExposed(window)
    tab = window.open_module("customers")
    _settle(qtbot, ctx)
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.search_edit.hasFocus())
    assert window.open_keys() == ["dashboard", "customers"]
    with qtbot.waitSignal(ctx.runner.busy_changed):  # the tab's own F5, no ambiguity with the window's
        qtbot.keyClick(tab.search_edit, Qt.Key.Key_F5)
    _settle(qtbot, ctx)
    window.close_tab_action.trigger()
    assert window.open_keys() == ["dashboard"]
    with qtbot.waitSignal(ctx.runner.busy_changed):  # F5 from the navigation reloads the dashboard
        qtbot.keyClick(window.navigation, Qt.Key.Key_F5)
    assert window.take_payment_action.shortcut().toString() == "F2"
    assert window.take_payment_action.isEnabled()  # the admin may create payments: F2 opens the dialog
    _settle(qtbot, ctx)


def test_status_bar_names_user_database_and_work(qtbot, make_ctx, ui_settings, backend):
    ctx = make_ctx("supervisor", "spv.ani")
    window = _window(qtbot, ctx, ui_settings)
    assert window.user_label.text() == "Supervisor Satu (Supervisor)"     # the role in words, translated
    expected = "SQLite file" if backend == "sqlite" else "MariaDB 127.0.0.1"
    assert window.database_label.text().startswith(expected)
    _settle(qtbot, ctx)
    ctx.runner.busy_changed.emit(True)
    assert not window.busy.isHidden()
    ctx.runner.busy_changed.emit(False)
    assert window.busy.isHidden()


def test_open_tabs_and_geometry_come_back(qtbot, make_ctx, ui_settings):
    ctx = make_ctx("admin")
    window = _window(qtbot, ctx, ui_settings)
    window.open_module("invoices")
    window.open_module("leads")
    window.open_module("payments")
    window.tabs.setCurrentWidget(window.tab("leads"))
    _settle(qtbot, ctx)
    window.close()
    again = _window(qtbot, ctx, ui_settings)
    assert again.open_keys() == ["dashboard", "invoices", "leads", "payments"]
    assert again.current_key() == "leads"
    _settle(qtbot, ctx)


def test_logout_closes_and_says_so(qtbot, make_ctx, ui_settings):
    ctx = make_ctx("cashier")
    window = _window(qtbot, ctx, ui_settings)
    _settle(qtbot, ctx)
    with qtbot.waitSignal(window.logout_requested):
        window.logout_action.trigger()
    assert window.logged_out and not window.isVisible()


def test_settings_screen_is_read_only_without_edit(qtbot, make_ctx, ui_settings):
    ctx = make_ctx("supervisor", "spv.budi")
    window = _window(qtbot, ctx, ui_settings)
    screen = window.open_module("settings")
    _settle(qtbot, ctx)
    assert screen.editors["company.name"].text() == "PT Jaringan Serat Nusantara"
    assert not screen.editors["company.name"].isEnabled()


def test_settings_screen_saves_for_an_admin(qtbot, make_ctx, ui_settings, monkeypatch, tmp_path):
    monkeypatch.setenv("ISPDESK_DATA_DIR", str(tmp_path / "data"))
    ctx = make_ctx("admin")
    window = _window(qtbot, ctx, ui_settings)
    screen = window.open_module("settings")
    _settle(qtbot, ctx)
    screen.editors["company.name"].setText("PT Fiber Nusantara")
    screen.editors["referral.reward_amount"].setText("75.000")
    screen.language.setCurrentIndex(screen.language.findData("id"))
    with qtbot.waitSignal(ctx.runner.changed):
        screen.save_button.click()
    _settle(qtbot, ctx)
    from ispdesk.services.office_settings import get_settings
    from ispdesk.ui.i18n import saved_language
    stored = read(ctx.db, get_settings)
    assert stored["company.name"] == "PT Fiber Nusantara"
    assert stored["referral.reward_amount"] == "75000"
    assert saved_language() == "id"
    assert "next time" in screen.message.text()


def test_settings_screen_keeps_this_counters_receipt_printer(qtbot, make_ctx, ui_settings, monkeypatch, tmp_path):
    from ispdesk.ui.cashier.receipt_output import ReceiptPrinter
    monkeypatch.setenv("ISPDESK_DATA_DIR", str(tmp_path / "data"))
    ctx = make_ctx("supervisor", "spv.budi")        # sets up the counter's printer; office settings read-only
    window = _window(qtbot, ctx, ui_settings)
    screen = window.open_module("settings")
    _settle(qtbot, ctx)
    assert screen.printer_edit.text() == "" and screen.paper_combo.currentData() == "80mm"
    screen.printer_edit.setText("printer.local:port")
    screen.save_button.click()
    assert "not a port number" in screen.printer_error.text() and not screen.printer_error.isHidden()
    assert ReceiptPrinter.configured() == ReceiptPrinter()
    screen.printer_edit.setText("192.168.1.50:9100")
    screen.paper_combo.setCurrentIndex(screen.paper_combo.findData("58mm"))
    screen.save_button.click()
    assert screen.printer_error.isHidden()
    assert ReceiptPrinter.configured() == ReceiptPrinter("192.168.1.50:9100", "58mm")
