"""Voids and refunds need a reason and a supervisor's password (sqlite and MariaDB)."""
from __future__ import annotations

from decimal import Decimal

import sqlalchemy as sa
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from ispdesk.db.models import Receipt
from ispdesk.db.unit_of_work import read
from ispdesk.domain.messages import render
from ispdesk.ui.cashier.void_dialog import VoidDialog
from tests.ui.cashier_support import add_customer, counter, invoice_state, open_shift, pay  # noqa: F401
from tests.support.actors import PASSWORD
from tests.ui.widget_support import indonesian  # noqa: F401 (fixture)

Enter = Qt.Key.Key_Return


def receipt_status(c, receipt_id: int) -> str:
    return read(c.db, lambda s: s.execute(sa.select(Receipt.status).where(Receipt.id == receipt_id)).scalar_one())


def paid_receipt(c):
    customer, invoices = add_customer(c.db, "C-000301", "Dewi Lestari", "081211110004", "Jl. Asia Afrika 8",
                                      [Decimal("375000")])
    open_shift(c)
    return pay(c, customer, "375000"), invoices[0]


def void_dialog(qtbot, c, receipt_id: int) -> VoidDialog:
    dialog = VoidDialog(c.ctx, receipt_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    c.settle(qtbot)
    return dialog


def test_reason_and_supervisor_are_required_and_a_wrong_password_is_refused(qtbot, counter):
    posted, invoice_id = paid_receipt(counter)
    dialog = void_dialog(qtbot, counter, posted.receipt_id)
    assert posted.receipt_number in dialog.summary.text()
    assert dialog.reason_edit.hasFocus()
    qtbot.keyClick(dialog.reason_edit, Enter)
    assert dialog.errors.text("reason") and dialog.errors.text("supervisor") and dialog.errors.text("password")

    qtbot.keyClicks(dialog.reason_edit, "Salah input pelanggan")
    qtbot.keyClicks(dialog.username_edit, "spv1")
    qtbot.keyClicks(dialog.password_edit, "bukan-sandinya")
    qtbot.keyClick(dialog.password_edit, Enter)
    counter.settle(qtbot)
    assert dialog.refusal.code == "auth.wrong_credentials"
    assert dialog.errors.text("password") == render(dialog.refusal.message)   # said next to the password
    assert dialog.password_edit.text() == "" and dialog.password_edit.hasFocus()
    assert dialog.reason_edit.text() == "Salah input pelanggan"  # the rest is kept
    assert receipt_status(counter, posted.receipt_id) == "confirmed"
    assert invoice_state(counter.db, invoice_id) == (Decimal("375000.00"), "paid")

    qtbot.keyClicks(dialog.password_edit, PASSWORD)              # a cashier is not a supervisor
    dialog.username_edit.setText("kasir1")
    qtbot.keyClick(dialog.password_edit, Enter)
    counter.settle(qtbot)
    assert dialog.refusal.code.startswith("auth.not_an_approver")      # may not approve payments
    assert dialog.errors.text("password") == render(dialog.refusal.message)
    assert receipt_status(counter, posted.receipt_id) == "confirmed"


def test_the_supervisors_password_refunds_and_restores_the_invoice(qtbot, counter):
    posted, invoice_id = paid_receipt(counter)
    dialog = void_dialog(qtbot, counter, posted.receipt_id)
    qtbot.keyClicks(dialog.reason_edit, "Pelanggan membayar dua kali")
    dialog.refund_radio.setChecked(True)
    assert dialog.confirm_button.text().startswith("Refund")
    qtbot.keyClicks(dialog.username_edit, "spv1")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.wait(30)
    dialog.grab().save("/tmp/cashier-ui-shots/void_dialog.png")
    with qtbot.waitSignal(dialog.voided, timeout=10000):
        qtbot.keyClick(dialog.password_edit, Enter)
    assert receipt_status(counter, posted.receipt_id) == "refunded"
    assert invoice_state(counter.db, invoice_id)[0] == Decimal("0.00")
    assert invoice_state(counter.db, invoice_id)[1] in ("unpaid", "overdue")

    again = void_dialog(qtbot, counter, posted.receipt_id)     # a reversed receipt cannot be reversed twice
    refunded = QCoreApplication.translate("VoidDialog", "<span style='color:#8a1c14'>It is refunded already.</span>")
    assert refunded in again.summary.text() and not again.confirm_button.isEnabled()


def test_the_receipt_summary_and_a_refusal_speak_indonesian(qtbot, counter, indonesian):
    posted, _invoice = paid_receipt(counter)
    dialog = void_dialog(qtbot, counter, posted.receipt_id)
    summary = dialog.summary.text()
    assert "secara Tunai" in summary and "Cash" not in summary, summary
    qtbot.keyClicks(dialog.reason_edit, "Salah input")
    qtbot.keyClicks(dialog.username_edit, "spv1")
    qtbot.keyClicks(dialog.password_edit, "bukan-sandinya")
    qtbot.keyClick(dialog.password_edit, Enter)
    counter.settle(qtbot)
    assert dialog.refusal.code == "auth.wrong_credentials"
    assert dialog.errors.text("password") == render(dialog.refusal.message) != dialog.refusal.message.template.text
