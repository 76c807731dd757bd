"""Buttons the cashier adds to the generic Payments and Cash shifts tabs:
Reprint receipt, Void / refund…, Open shift…, Close shift…, Z-report."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ispdesk.db.unit_of_work import read
from ispdesk.services import cash_shifts, receipts
from ispdesk.ui.module_actions import TabAction, register, row_in
from ispdesk.ui.widgets.message_bar import describe_error


#: A voided (failed) or refunded payment's receipt is reversed already; only a confirmed one is voided
#: (services/voids.py still checks). Only an open shift is closed.
CAN_VOID = row_in(status=("confirmed",))
SHIFT_OPEN = row_in(status=("open",))


def _fail(tab: Any):
    return lambda exc: tab.message_bar.show_message(describe_error(exc))


def _with_receipt(tab: Any, payment_id: int, then: Any) -> None:
    """Find the receipt of the selected payment on the runner, then ``then(receipt_id)``."""
    db, actor = tab.ctx.db, tab.ctx.actor
    tab.ctx.runner.run(lambda _t: read(db, lambda s: receipts.receipt_for_payment(s, actor, payment_id)),
                       on_success=then, on_failure=_fail(tab))


def reprint_receipt(tab: Any, payment_id: int | None) -> None:
    """Print the selected payment's receipt again (counted: COPY n)."""
    if payment_id is None:
        return
    from ispdesk.ui.cashier.documents import print_receipt

    def printed(result: Any) -> None:
        where = result.sent_to or str(result.path)
        tab.message_bar.show_message(tab.tr("Receipt {0} printed as copy {1} ({2}).").format(
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
    db, actor = tab.ctx.db, tab.ctx.actor

    def found(shifts: list[Any]) -> None:
        shift = next((s for s in shifts if s.shift_id == shift_id), None)
        if shift is None:
            tab.message_bar.show_message(tab.tr("This shift is not open: it cannot be closed again."), "warning")
            return
        dialog = close_shift_dialog(tab.ctx, shift, tab.window())
        dialog.closed.connect(lambda _report: tab.refresh())

    tab.ctx.runner.run(lambda _t: read(db, lambda s: cash_shifts.open_shifts(s, actor)), on_success=found,
                       on_failure=_fail(tab))


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
    day = ask_date(tab, QCoreApplication.translate("ModuleActions", "Daily report of"))
    if day is not None:
        load_daily_report(tab.ctx, day, parent=tab, on_failure=_fail(tab))


def register_actions() -> None:
    register("payments", TabAction("reprintReceipt", "Reprint receipt", reprint_receipt, permission="print",
                                   tooltip="Print the receipt of the selected payment again (marked COPY)"))
    register("payments", TabAction("voidPayment", "Void / refund\u2026", void_payment, permission="view",
                                   tooltip="Reverse the selected payment's receipt with a supervisor's approval",
                                   enabled_when=CAN_VOID))
    register("cash_shifts", TabAction("openShift", "Open shift\u2026", open_shift, permission="create",
                                      needs_selection=False, tooltip="Open a shift with the opening float"))
    register("cash_shifts", TabAction("closeShift", "Close shift\u2026", close_shift, permission="edit",
                                      tooltip="Count the drawer and close the selected shift",
                                      enabled_when=SHIFT_OPEN))
    register("cash_shifts", TabAction("zReport", "Z-report", z_report, permission="print",
                                      tooltip="The selected shift's report as a PDF"))
    register("cash_shifts", TabAction("dailyReport", "Daily report", daily_report, permission="approve",
                                      needs_selection=False, tooltip="Every shift of a day summed"))
