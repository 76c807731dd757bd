"""What the main window's Counter menu opens: the payment dialog (F2, one per
window, brought back to the front), Open shift…, Close shift… (the user's own)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ispdesk.services import cash_shifts
from ispdesk.services.cash_shifts import ShiftInfo
from ispdesk.ui.cashier.payment_dialog import PaymentDialog
from ispdesk.ui.cashier.shift_dialogs import CloseShiftDialog, OpenShiftDialog
from ispdesk.ui.context import AppContext
from ispdesk.ui.ops import QueryOp
from ispdesk.ui.widgets.message_bar import describe_error

_DIALOG = "_cashier_payment_dialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Counter", text)


def can_take_payments(ctx: AppContext) -> bool:
    return ctx.actor.can("payments", "create")


def open_payment_dialog(ctx: AppContext, parent: QWidget) -> PaymentDialog:
    """Show the window's payment dialog (made on first use) with the cursor in the search."""
    dialog = getattr(parent, _DIALOG, None)
    if dialog is None:
        dialog = PaymentDialog(ctx, parent)
        setattr(parent, _DIALOG, dialog)
    else:
        dialog.load_shift()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.focus_search()
    return dialog


def open_shift_dialog(ctx: AppContext, parent: QWidget) -> OpenShiftDialog:
    dialog = OpenShiftDialog(ctx, parent)
    payment = getattr(parent, _DIALOG, None)
    if payment is not None:
        dialog.opened.connect(payment._shift_loaded)
    dialog.open()
    return dialog


def close_shift_dialog(ctx: AppContext, shift: ShiftInfo, parent: QWidget) -> CloseShiftDialog:
    dialog = CloseShiftDialog(ctx, shift, parent)
    payment = getattr(parent, _DIALOG, None)
    if payment is not None:
        dialog.closed.connect(lambda _report: payment.load_shift())
    dialog.open()
    return dialog


def close_own_shift(ctx: AppContext, parent: QWidget) -> None:
    """Close the user's open shift (says so when there is none)."""

    def found(shift: ShiftInfo | None) -> None:
        if shift is None:
            tell(parent, _tr("You have no open shift."))
            return
        close_shift_dialog(ctx, shift, parent)

    QueryOp(parent, ctx, cash_shifts.current_shift).success(found) \
        .failure(lambda exc: tell(parent, describe_error(exc), QMessageBox.Icon.Warning)).run()


def tell(parent: QWidget, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
    """A window-modal message that does not block the caller (opened, not exec'd)."""
    box = QMessageBox(icon, _tr("Close shift"), text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
