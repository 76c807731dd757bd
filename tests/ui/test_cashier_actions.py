"""The cashier's entries outside the dialogs: F2 and the Counter menu, the
Payments and Cash shifts tab buttons, and where a receipt print goes (a
thermal printer over TCP, or the preview when it does not answer)."""
from __future__ import annotations

import socket
import threading
from decimal import Decimal

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from ispdesk.db.models import Receipt
from ispdesk.db.unit_of_work import read
from ispdesk.services import receipts
from ispdesk.services.modules import SPECS
from ispdesk.ui.cashier.payment_dialog import PaymentDialog
from ispdesk.ui.cashier.receipt_output import ReceiptPrinter, produce
from ispdesk.ui.cashier.shift_dialogs import CloseShiftDialog
from ispdesk.ui.main_window import MainWindow
from ispdesk.ui.widgets.print_preview import DocumentPreview
from ispdesk.ui.widgets.table_tab import TableTab
from tests.ui.cashier_support import add_customer, counter, open_shift, pay  # noqa: F401


def previews() -> list[DocumentPreview]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, DocumentPreview) and w.isVisible()]


def open_tab(qtbot, c, key: str) -> TableTab:
    tab = TableTab(c.ctx, SPECS[key])
    qtbot.addWidget(tab)
    tab.resize(1200, 600)
    tab.show()
    qtbot.waitUntil(lambda: not tab.model.loading and tab.model.total is not None and not c.ctx.runner.busy,
                    timeout=10000)
    tab.view.selectRow(0)
    return tab


@pytest.fixture
def paid(counter):
    customer, _ = add_customer(counter.db, "C-000401", "Wayan Sudarma", "081211110006", "Jl. Sukajadi 3",
                               [Decimal("250000")])
    open_shift(counter)
    return pay(counter, customer, "300000")


def test_f2_opens_the_payment_dialog_and_the_counter_menu_has_the_shift_entries(qtbot, counter, tmp_path):
    window = MainWindow(counter.ctx, settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
                        restore=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.take_payment_action.isEnabled()
    assert window.open_shift_action.isEnabled() and window.close_shift_action.isEnabled()
    qtbot.keyClick(window.navigation, Qt.Key.Key_F2)
    dialog = window.findChild(PaymentDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.search_edit.hasFocus)
    window.take_payment_action.trigger()                     # the same dialog comes back
    assert window.findChildren(PaymentDialog) == [dialog]
    counter.settle(qtbot)
    dialog.reject()

    window.close_shift_action.trigger()                      # no shift yet: says so
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=10000)
    box = QApplication.activeModalWidget()
    assert "no open shift" in box.text()
    box.accept()


def test_payments_tab_reprints_as_copy_and_opens_the_void_dialog(qtbot, counter, paid):
    tab = open_tab(qtbot, counter, "payments")
    assert {"reprintReceipt", "voidPayment"} <= set(tab.action_buttons)
    tab.run_module_action("reprintReceipt")
    qtbot.waitUntil(lambda: "copy 0" in tab.message_bar.text(), timeout=10000)   # first print: the original
    tab.run_module_action("reprintReceipt")
    qtbot.waitUntil(lambda: "copy 1" in tab.message_bar.text(), timeout=10000)
    assert read(counter.db, lambda s: s.execute(sa.select(Receipt.print_count)).scalar_one()) == 2
    assert any(paid.receipt_number in p.windowTitle() for p in previews())
    tab.run_module_action("voidPayment")
    qtbot.waitUntil(lambda: getattr(tab, "_void_dialog", None) is not None, timeout=10000)
    assert tab._void_dialog.receipt_id == paid.receipt_id
    counter.settle(qtbot)
    assert paid.receipt_number in tab._void_dialog.summary.text()
    tab._void_dialog.reject()


def test_cash_shifts_tab_closes_the_selected_shift_and_shows_its_z_report(qtbot, counter, paid):
    tab = open_tab(qtbot, counter, "cash_shifts")
    assert {"openShift", "closeShift", "zReport"} <= set(tab.action_buttons)
    tab.run_module_action("closeShift")
    qtbot.waitUntil(lambda: tab.window().findChild(CloseShiftDialog) is not None, timeout=10000)
    dialog = tab.window().findChild(CloseShiftDialog)
    dialog.counts[100_000].setValue(4)
    dialog.counts[50_000].setValue(1)
    with qtbot.waitSignal(dialog.closed, timeout=10000) as closed:
        dialog.close_button.click()
    assert closed.args[0].variance == Decimal("0")             # 200.000 float + 250.000 kept of 300.000
    dialog.accept()
    before = len(previews())
    tab.run_module_action("zReport")
    qtbot.waitUntil(lambda: len(previews()) > before, timeout=10000)
    assert closed.args[0].shift_number in previews()[-1].windowTitle()


def test_the_supervisor_sees_the_daily_report_a_cashier_does_not_get_the_button(qtbot, counter, paid):
    from ispdesk.ui.context import AppContext
    cashier_tab = open_tab(qtbot, counter, "cash_shifts")
    assert not cashier_tab.action_buttons["dailyReport"][0].isEnabled()
    boss = AppContext(db=counter.db, runner=counter.ctx.runner, actor=counter.supervisor)
    tab = TableTab(boss, SPECS["cash_shifts"])
    qtbot.addWidget(tab)
    tab.show()
    counter.settle(qtbot)
    assert tab.action_buttons["dailyReport"][0].isEnabled()
    before = len(previews())
    QTimer.singleShot(0, lambda: pick_today(qtbot))
    tab.run_module_action("dailyReport")
    qtbot.waitUntil(lambda: len(previews()) > before, timeout=10000)
    assert previews()[-1].windowTitle().startswith("Daily report") and previews()[-1].page_labels


def pick_today(qtbot) -> None:
    """The date dialog is up (modal): Enter takes today."""
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.objectName() == "dateDialog"
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)


class _Printer(threading.Thread):
    """A thermal printer on a local TCP port: keeps what it receives."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received = b""

    def run(self) -> None:
        connection, _ = self.server.accept()
        with connection:
            while chunk := connection.recv(65536):
                self.received += chunk
        self.server.close()


def test_a_receipt_goes_to_the_thermal_printer_or_falls_back_to_the_preview(counter, paid):
    data = read(counter.db, lambda s: receipts.receipt_data(s, counter.ctx.actor, paid.receipt_id))
    printer = _Printer()
    printer.start()
    sent = produce(data, ReceiptPrinter(target=f"127.0.0.1:{printer.port}", paper="58mm"))
    printer.join(5)
    assert sent.sent_to and not sent.send_error
    assert data.receipt_number.encode() in printer.received and sent.path.read_bytes()[:4] == b"%PDF"

    with socket.create_server(("127.0.0.1", 0)) as probe:
        closed_port = probe.getsockname()[1]
    failed = produce(data, ReceiptPrinter(target=f"127.0.0.1:{closed_port}"))
    assert not failed.sent_to and failed.send_error            # the dialog then opens the preview
    assert failed.pdf[:4] == b"%PDF"
