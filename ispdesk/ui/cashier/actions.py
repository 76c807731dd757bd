"""Buttons the cashier adds to the generic Payments and Cash shifts tabs:
Reprint receipt, Void / refund…, Open shift…, Close shift…, Z-report."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from ispdesk.services import cash_shifts, receipts
from ispdesk.ui.module_actions import TabAction, register, row_in
from ispdesk.ui.ops import QueryOp
from ispdesk.ui.widgets.message_bar import describe_error


#: A voided (failed) or refunded payment's receipt is reversed already; only a confirmed one is voided
#: (services/voids.py still checks). Only an open shift is closed.
CAN_VOID = row_in(status=("confirmed",))
SHIFT_OPEN = row_in(status=("open",))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ModuleActions", text)


def _fail(tab: Any):
    return lambda exc: tab.message_bar.show_message(describe_error(exc))


def _with_receipt(tab: Any, payment_id: int, then: Any) -> None:
    """Find the receipt of the selected payment off the GUI thread, then ``then(receipt_id)``."""
    QueryOp(tab, tab.ctx, lambda s, actor: receipts.receipt_for_payment(s, actor, payment_id)) \
        .success(then).failure(_fail(tab)).run()


def reprint_receipt(tab: Any, payment_id: int | None) -> None:
    """Print the selected payment's receipt again (counted: copy n)."""
    if payment_id is None:
        return
    from ispdesk.ui.cashier.documents import print_receipt

    def printed(result: Any) -> None:
        where = result.sent_to or str(result.path)
        tab.message_bar.show_message(_tr("Receipt {0} printed as copy {1} ({2}).").format(
            result.data.receipt_number, result.data.copy_number, where), "info")

    _with_receipt(tab, payment_id, lambda receipt_id: print_receipt(
        tab.ctx, receipt_id, parent=tab, on_done=printed, on_failure=_fail(tab)))


def void_payment(tab: Any, payment_id: int | None) -> None:
    """Open the void/refund dialog for the selected payment's receipt."""
    if payment_id is None:
        return
    from ispdesk.ui.cashier.void_dialog import VoidDialog

    def open_dialog(receipt_id: int) -> None:
        dialog = VoidDialog(tab.ctx, receipt_id, tab)
        dialog.voided.connect(lambda _rid: tab.refresh())
        dialog.open()
        tab._void_dialog = dialog

    _with_receipt(tab, payment_id, open_dialog)


def open_shift(tab: Any, _record_id: int | None) -> None:
    from ispdesk.ui.cashier.counter import open_shift_dialog
    dialog = open_shift_dialog(tab.ctx, tab.window())
    dialog.opened.connect(lambda _shift: tab.refresh())


def close_shift(tab: Any, shift_id: int | None) -> None:
    """Blind close of the selected open shift (a supervisor may close anyone's)."""
    if shift_id is None:
        return
    from ispdesk.ui.cashier.counter import close_shift_dialog

    def found(shifts: list[Any]) -> None:
        shift = next((s for s in shifts if s.shift_id == shift_id), None)
        if shift is None:
            tab.message_bar.show_message(_tr("This shift is not open: it cannot be closed again."), "warning")
            return
        dialog = close_shift_dialog(tab.ctx, shift, tab.window())
        dialog.closed.connect(lambda _report: tab.refresh())

    QueryOp(tab, tab.ctx, cash_shifts.open_shifts).success(found).failure(_fail(tab)).run()


def z_report(tab: Any, shift_id: int | None) -> None:
    """Preview the selected shift's Z-report (an X-report while it is open)."""
    if shift_id is None:
        return
    from ispdesk.ui.cashier.documents import load_shift_report
    load_shift_report(tab.ctx, shift_id, parent=tab, on_failure=_fail(tab))


def daily_report(tab: Any, _record_id: int | None) -> None:
    """The shifts of a day (today unless another is picked) summed (supervisors)."""
    from ispdesk.ui.cashier.documents import load_daily_report
    from ispdesk.ui.widgets.date_dialog import ask_date
    day = ask_date(tab, _tr("Daily report of"))
    if day is not None:
        load_daily_report(tab.ctx, day, parent=tab, on_failure=_fail(tab))


def register_actions() -> None:
    register("payments", TabAction(
        "reprintReceipt", QT_TRANSLATE_NOOP("ModuleActions", "Reprint receipt"), reprint_receipt, permission="print",
        tooltip=QT_TRANSLATE_NOOP("ModuleActions",
                                  "Print the receipt of the selected payment again (marked as a copy)")))
    register("payments", TabAction(
        "voidPayment", QT_TRANSLATE_NOOP("ModuleActions", "Void / refund\u2026"), void_payment, permission="view",
        tooltip=QT_TRANSLATE_NOOP("ModuleActions",
                                  "Reverse the selected payment's receipt with a supervisor's approval"),
        enabled_when=CAN_VOID))
    register("cash_shifts", TabAction(
        "openShift", QT_TRANSLATE_NOOP("ModuleActions", "Open shift\u2026"), open_shift, permission="create",
        needs_selection=False, tooltip=QT_TRANSLATE_NOOP("ModuleActions", "Open a shift with the opening float")))
    register("cash_shifts", TabAction(
        "closeShift", QT_TRANSLATE_NOOP("ModuleActions", "Close shift\u2026"), close_shift, permission="edit",
        tooltip=QT_TRANSLATE_NOOP("ModuleActions", "Count the drawer and close the selected shift"),
        enabled_when=SHIFT_OPEN))
    register("cash_shifts", TabAction(
        "zReport", QT_TRANSLATE_NOOP("ModuleActions", "Z-report"), z_report, permission="print",
        tooltip=QT_TRANSLATE_NOOP("ModuleActions", "The selected shift's report as a PDF")))
    register("cash_shifts", TabAction(
        "dailyReport", QT_TRANSLATE_NOOP("ModuleActions", "Daily report"), daily_report, permission="approve",
        needs_selection=False, tooltip=QT_TRANSLATE_NOOP("ModuleActions", "Every shift of a day summed")))
