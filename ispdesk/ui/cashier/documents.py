"""Printing what the counter produces: a receipt (counted as a print, saved,
sent or previewed) and a shift's Z-report, both through the TaskRunner."""
from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.documents.shift_report import DailyReportData, ShiftReportData
from ispdesk.services import audit, cash_shifts, receipts
from ispdesk.ui.cashier.receipt_output import PrintedReceipt, ReceiptPrinter, produce
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import format_date
from ispdesk.ui.widgets.print_preview import DocumentPreview, show_document


def _tr(text: str) -> str:
    return QCoreApplication.translate("CashierDocuments", text)


def print_receipt(ctx: AppContext, receipt_id: int, *, parent: QWidget | None = None,
                  printer: ReceiptPrinter | None = None, preview: bool = True,
                  on_done: Callable[[PrintedReceipt], None] | None = None,
                  on_failure: Callable[[BaseException], None] | None = None) -> None:
    """Count one print of the receipt (the first is the original, later ones
    COPY n), render and save it, send it to the thermal printer if there is
    one, else open the preview (when ``preview``)."""
    chosen = printer or ReceiptPrinter.configured()
    db, actor = ctx.db, ctx.actor

    def work(_task: Any) -> PrintedReceipt:
        data = write(db, lambda s: receipts.record_print(s, actor, receipt_id),
                     info=audit.actor_info(actor, "payments"))
        return produce(data, chosen)

    def done(result: PrintedReceipt) -> None:
        if preview and not result.sent_to:
            title = _tr("Receipt {0}").format(result.data.receipt_number)
            window = show_document(result.pdf, title=title, suggested_name=result.path.name, parent=parent)
            if result.send_error:
                window.message_bar.show_message(
                    _tr("The receipt printer did not answer ({0}); print from here.").format(result.send_error),
                    "warning")
        if on_done is not None:
            on_done(result)

    ctx.runner.run(work, on_success=done, on_failure=on_failure, changes=("receipts",))


def shift_report_pdf(data: ShiftReportData) -> bytes:
    from ispdesk.printing.shift_report import render_shift_report
    buffer = io.BytesIO()
    render_shift_report(data, buffer)
    return buffer.getvalue()


def show_shift_report(data: ShiftReportData, parent: QWidget | None = None) -> DocumentPreview:
    """The Z-report (X-report while open) in a preview window."""
    return show_document(shift_report_pdf(data), title=_tr("Z-report {0}").format(data.shift_number),
                         suggested_name=f"{data.shift_number}-z-report.pdf", parent=parent)


def load_shift_report(ctx: AppContext, shift_id: int, *, parent: QWidget | None = None,
                      on_done: Callable[[DocumentPreview], None] | None = None,
                      on_failure: Callable[[BaseException], None] | None = None) -> None:
    """Read a shift's report on the runner and preview it."""
    db, actor = ctx.db, ctx.actor

    def work(_task: Any) -> tuple[ShiftReportData, bytes]:
        data = read(db, lambda s: cash_shifts.shift_report(s, actor, shift_id))
        return data, shift_report_pdf(data)

    def done(result: tuple[ShiftReportData, bytes]) -> None:
        data, pdf = result
        window = show_document(pdf, title=_tr("Z-report {0}").format(data.shift_number),
                               suggested_name=f"{data.shift_number}-z-report.pdf", parent=parent)
        if on_done is not None:
            on_done(window)

    ctx.runner.run(work, on_success=done, on_failure=on_failure)


def load_daily_report(ctx: AppContext, day: date, *, parent: QWidget | None = None,
                      on_done: Callable[[DocumentPreview], None] | None = None,
                      on_failure: Callable[[BaseException], None] | None = None) -> None:
    """Every shift of ``day`` summed (supervisors), previewed."""
    db, actor = ctx.db, ctx.actor

    def work(_task: Any) -> tuple[DailyReportData, bytes]:
        from ispdesk.printing.shift_report import render_daily_report
        data = read(db, lambda s: cash_shifts.daily_report(s, actor, day))
        buffer = io.BytesIO()
        render_daily_report(data, buffer)
        return data, buffer.getvalue()

    def done(result: tuple[DailyReportData, bytes]) -> None:
        data, pdf = result
        window = show_document(pdf, title=_tr("Daily report {0}").format(format_date(data.day)),
                               suggested_name=f"daily-report-{data.day.isoformat()}.pdf", parent=parent)
        if on_done is not None:
            on_done(window)

    ctx.runner.run(work, on_success=done, on_failure=on_failure)
