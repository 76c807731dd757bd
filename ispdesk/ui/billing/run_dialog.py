"""The "Run billing…" dialog: a date, a progress bar, Cancel, and what came of it.

The run is a :class:`~ispdesk.ui.ops.JobOp` on the runner's second lane (the
counter never waits behind it); Cancel stops it between chunks: the chunks
already billed stay, and running again bills the rest.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QDateEdit, QDialog, QFormLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton,
                               QVBoxLayout, QWidget)

from ispdesk.db.engine import Database
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor
from ispdesk.services.billing_run import RunSummary, run_billing
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import format_decimal
from ispdesk.ui.i18n import translate_message
from ispdesk.ui.ops import JobOp
from ispdesk.ui.tasks import Cancelled, TaskContext, TaskHandle
from ispdesk.ui.widgets.message_bar import MessageBar, describe_error


class RunBillingDialog(QDialog):
    """Pick the date to bill up to and run; ``finished_run`` carries the :class:`RunSummary`."""

    finished_run = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.handle: TaskHandle | None = None
        self._running = False
        self.summary: RunSummary | None = None
        self.setWindowTitle(self.tr("Run billing"))
        self.setObjectName("runBillingDialog")
        self.message_bar = MessageBar(self)
        intro = QLabel(self.tr("Creates one invoice per subscription and period for every active subscription "
                               "whose next billing date is on or before this date. Running it again never "
                               "bills anyone twice."), self)
        intro.setWordWrap(True)
        self.date = QDateEdit(self)
        self.date.setObjectName("runDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMM yyyy")
        self.date.setDate(QDate(today or clock.today()))
        self.progress = QProgressBar(self)
        self.progress.setObjectName("runProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%v of %m subscriptions"))
        self.result = QLabel(self)
        self.result.setObjectName("runResult")
        self.result.setWordWrap(True)
        self.result.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.run_button = QPushButton(self.tr("Run"), self)
        self.run_button.setObjectName("runButton")
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Close"), self)
        self.cancel_button.setObjectName("cancelButton")
        form = QFormLayout()
        form.addRow(self.tr("Bill up to"), self.date)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.result, 1)
        layout.addLayout(buttons)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self.resize(460, 260)

    @property
    def running(self) -> bool:
        """True from Run until the result (or the failure) is shown."""
        return self._running

    def run_date(self) -> date:
        picked = self.date.date()
        return date(picked.year(), picked.month(), picked.day())

    def start(self) -> TaskHandle | None:
        if self.running:
            return None
        day = self.run_date()
        self._running = True
        self.message_bar.clear()
        self.result.clear()
        self.progress.setRange(0, 0)       # busy until the first chunk reports
        self.run_button.setEnabled(False)
        self.date.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancel"))

        def work(db: Database, actor: Actor, task: TaskContext) -> RunSummary:
            def report(done: int, total: int) -> None:
                try:
                    task.progress(done, total)
                except Cancelled:
                    pass    # the run sees the flag before its next chunk and stops cleanly
            return run_billing(db, actor, day, progress=report, cancelled=lambda: task.cancelled)

        self.handle = JobOp(self, self.ctx, work).success(self._succeeded).failure(self._failed) \
            .progress(self._progressed).run()
        return self.handle

    def cancel_or_close(self) -> None:
        if self.running:
            self.handle.cancel()
            self.cancel_button.setEnabled(False)
            self.result.setText(self.tr("Stopping after the current chunk…"))
        else:
            self.reject()

    def reject(self) -> None:
        if self.running:        # Esc while running cancels, the dialog stays to show the result
            self.cancel_or_close()
            return
        super().reject()

    def _progressed(self, done: int, total: int, _label: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _idle(self) -> None:
        self._running = False
        self.run_button.setEnabled(True)
        self.date.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))

    def _succeeded(self, summary: RunSummary) -> None:
        self._idle()
        self.summary = summary
        if self.progress.maximum() == 0:
            self.progress.setRange(0, max(summary.subscriptions, 1))
            self.progress.setValue(summary.subscriptions)
        self.result.setText(self.describe(summary))
        self.finished_run.emit(summary)

    def describe(self, summary: RunSummary) -> str:
        if summary.status == "cancelled":
            head = self.tr("Cancelled: {0} invoices were created before the stop; run again to bill the rest.")
        else:
            head = self.tr("Done: {0} invoices created.")
        lines = [head.format(summary.created),
                 self.tr("Skipped: {0}. Failed: {1}. Subscriptions due: {2}. Time: {3} s.").format(
                     summary.skipped, summary.failed, summary.subscriptions,
                     format_decimal(Decimal(f"{summary.seconds:.1f}")))]
        for line in summary.reason_counts():
            lines.append("  • " + translate_message(line))
        return "\n".join(lines)

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.message_bar.show_message(describe_error(exc), "error")

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.running:
            event.accept()
            self.start()
            return
        super().keyPressEvent(event)
