"""Printing what the counter produces: a receipt (counted as a print, saved,
sent or previewed), a shift's Z-report and a day's report, all off the GUI
thread through :mod:`ispdesk.ui.ops`."""
from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ispdesk.domain.documents.receipt import ReceiptData
from ispdesk.domain.documents.shift_report import DailyReportData, ShiftReportData
from ispdesk.services import cash_shifts, receipts
from ispdesk.ui.cashier.receipt_output import PrintedReceipt, ReceiptPrinter, produce
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import format_date
from ispdesk.ui.ops import QueryOp, WriteOp
from ispdesk.ui.widgets.print_preview import DocumentPreview, show_document
from ispdesk.ui.widgets.message_bar import describe_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("CashierDocuments", text)


def print_receipt(ctx: AppContext, receipt_id: int, *, parent: QWidget,
                  printer: ReceiptPrinter | None = None, preview: bool = True,
                  on_done: Callable[[PrintedReceipt], None] | None = None,
                  on_failure: Callable[[BaseException], None] | None = None) -> None:
    """Count one print of the receipt (the first is the original, later ones
    copy n), then render and save it, send it to the thermal printer if there
    is one, else open the preview (when ``preview``).

    Counting is a write of its own; the PDF is made and sent afterwards (off
    the GUI thread, outside the transaction: a slow printer holds no lock)."""
    chosen = printer or ReceiptPrinter.configured()

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

    def counted(data: ReceiptData) -> None:
        output = QueryOp(parent, ctx, lambda _session, _actor: produce(data, chosen)).success(done)
        if on_failure is not None:
            output.failure(on_failure)
        output.run()

    counting = WriteOp(parent, ctx, lambda s, actor: receipts.record_print(s, actor, receipt_id), module="payments")
    counting.success(counted)
    if on_failure is not None:
        counting.failure(on_failure)
    counting.run()


def shift_report_pdf(data: ShiftReportData) -> bytes:
    from ispdesk.printing.shift_report import render_shift_report
    buffer = io.BytesIO()
    render_shift_report(data, buffer)
    return buffer.getvalue()


def _z_report_title(data: ShiftReportData) -> str:
    return _tr("Z-report {0}").format(data.shift_number)


def show_shift_report(data: ShiftReportData, parent: QWidget | None = None) -> DocumentPreview:
    """The Z-report (X-report while open) in a preview window."""
    return show_document(shift_report_pdf(data), title=_z_report_title(data),
                         suggested_name=f"{data.shift_number}-z-report.pdf", parent=parent)


def load_shift_report(ctx: AppContext, shift_id: int, *, parent: QWidget,
                      on_done: Callable[[DocumentPreview], None] | None = None,
                      on_failure: Callable[[BaseException], None] | None = None) -> None:
    """Read a shift's report and render it off the GUI thread, then preview it."""

    def work(session: Any, actor: Any) -> tuple[ShiftReportData, bytes]:
        data = cash_shifts.shift_report(session, actor, shift_id)
        return data, shift_report_pdf(data)

    def done(result: tuple[ShiftReportData, bytes]) -> None:
        data, pdf = result
        window = show_document(pdf, title=_z_report_title(data),
                               suggested_name=f"{data.shift_number}-z-report.pdf", parent=parent)
        if on_done is not None:
            on_done(window)

    QueryOp(parent, ctx, work).success(done).failure(on_failure or _bar_of(parent)).run()


def load_daily_report(ctx: AppContext, day: date | None, *, parent: QWidget,
                      on_done: Callable[[DocumentPreview], None] | None = None,
                      on_failure: Callable[[BaseException], None] | None = None) -> None:
    """Every shift of ``day`` (None: the office's today) summed (supervisors),
    previewed. A report of a period: on the second lane, never in the way of
    the counter."""

    def work(session: Any, actor: Any) -> tuple[DailyReportData, bytes]:
        from ispdesk.printing.shift_report import render_daily_report
        data = cash_shifts.daily_report(session, actor, day)
        buffer = io.BytesIO()
        render_daily_report(data, buffer)
        return data, buffer.getvalue()

    def done(result: tuple[DailyReportData, bytes]) -> None:
        data, pdf = result
        window = show_document(pdf, title=_tr("Daily report {0}").format(format_date(data.day)),
                               suggested_name=f"daily-report-{data.day.isoformat()}.pdf", parent=parent)
        if on_done is not None:
            on_done(window)

    QueryOp(parent, ctx, work).long().success(done).failure(on_failure or _bar_of(parent)).run()


def _bar_of(parent: QWidget) -> Callable[[BaseException], None]:
    """Show a failure on the parent's message bar (the default of a tab or dialog)."""
    def show(exc: BaseException) -> None:
        bar = getattr(parent, "message_bar", None)
        if bar is not None:
            bar.show_message(describe_error(exc))
    return show
