"""Dialogs of the billing documents: a supervisor's approval of a credit note,
and printing a period of invoices into one PDF or a folder with progress."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QRadioButton,
                               QVBoxLayout, QWidget)

from ispdesk.db.unit_of_work import read
from ispdesk.domain.enums import InvoiceStatus
from ispdesk.domain.errors import AuthenticationError, PermissionDenied
from ispdesk.printing.invoice import render_invoices
from ispdesk.services import credit_notes, invoice_documents
from ispdesk.ui.context import AppContext
from ispdesk.ui.widgets.lifetime import while_alive
from ispdesk.ui.widgets.message_bar import MessageBar, describe_error
from ispdesk.ui.widgets.supervisor import SupervisorFields


class ApproveCreditNoteDialog(QDialog):
    """A supervisor types their user name and password to approve (and apply)
    the credit note. Emits ``approved(AppliedCreditNote)``."""

    approved = Signal(object)

    def __init__(self, ctx: AppContext, credit_note_id: int, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approveCreditNote")
        self.setWindowTitle(self.tr("Approve credit note"))
        self.ctx, self.credit_note_id = ctx, credit_note_id
        self.message_bar = MessageBar(self)
        self.supervisor = SupervisorFields(self)
        form = QFormLayout()
        self.supervisor.add_to(form, heading=False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Approve"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Credit note {0}: a supervisor approves it. The credit is applied at once: "
                               "to what the invoice still owes, the rest to the customer's credit.").format(label))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.message_bar)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())

    def submit(self) -> None:
        username, password = self.supervisor.credentials()
        if self.supervisor.show_missing():
            return
        self.message_bar.clear()
        ctx, note_id = self.ctx, self.credit_note_id
        self.buttons.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            if isinstance(exc, (AuthenticationError, PermissionDenied)):   # wrong password, not a supervisor
                self.supervisor.refused(exc)
            else:
                self.message_bar.show_message(describe_error(exc))

        def done(result: Any) -> None:
            self.approved.emit(result)
            self.accept()

        ctx.runner.run(lambda _t: credit_notes.approve_with_credentials(
            ctx.db, ctx.actor, note_id, username, password, workstation=ctx.actor.workstation),
            on_success=while_alive(self, done), on_failure=while_alive(self, failed),
            changes={"credit_notes", "invoices", "customers"})


class PrintPeriodDialog(QDialog):
    """Print every invoice of a period (and status) into one PDF or a folder of
    PDFs, with a progress bar and Cancel. Emits ``finished_export(ExportResult)``."""

    finished_export = Signal(object)
    STATUSES = (("", "Every invoice but cancelled ones"), (InvoiceStatus.UNPAID, "Unpaid"),
                (InvoiceStatus.OVERDUE, "Overdue"), (InvoiceStatus.PARTIAL, "Partly paid"),
                (InvoiceStatus.PAID, "Paid"))

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printInvoicePeriod")
        self.setWindowTitle(self.tr("Print invoices of a period"))
        self.ctx = ctx
        self.handle: Any = None
        self.message_bar = MessageBar(self)
        today = date.today()
        self.period = QLineEdit(f"{today.year:04d}-{today.month:02d}", self)
        self.period.setObjectName("period")
        self.period.setPlaceholderText("YYYY-MM")
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        for value, title in self.STATUSES:
            self.status.addItem(self.tr(title), value)
        self.one_file = QRadioButton(self.tr("One PDF with every invoice"), self)
        self.one_file.setObjectName("oneFile")
        self.folder = QRadioButton(self.tr("A folder with one PDF per invoice"), self)
        self.folder.setObjectName("folder")
        self.one_file.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.one_file)
        group.addButton(self.folder)
        self.target = QLineEdit(self)
        self.target.setObjectName("target")
        browse = QPushButton(self.tr("Choose\u2026"), self)
        browse.clicked.connect(self.choose_target)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Period"), self.period)
        form.addRow(self.tr("Invoices"), self.status)
        form.addRow(self.tr("Output"), self.one_file)
        form.addRow("", self.folder)
        form.addRow(self.tr("Save to"), target_row)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def choose_target(self) -> None:
        if self.one_file.isChecked():
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save invoices as"),
                                                  f"invoices-{self.period.text().strip()}.pdf",
                                                  self.tr("PDF files (*.pdf)"))
        else:
            path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the invoices"))
        if path:
            self.target.setText(path)

    def start(self) -> None:
        """Find the invoices, then write them on the runner; progress as they are laid out."""
        target = self.target.text().strip()
        if not target:
            self.message_bar.show_message(self.tr("Choose where to save the invoices."))
            return
        one_file = self.one_file.isChecked()
        if one_file and not target.lower().endswith(".pdf"):
            target += ".pdf"
        where = invoice_documents.InvoiceFilter(
            period=self.period.text().strip(), statuses=(self.status.currentData(),) if self.status.currentData()
            else ())
        ctx = self.ctx

        def work(task: Any) -> Any:
            ids = read(ctx.db, lambda s: invoice_documents.find_invoice_ids(s, ctx.actor, where))
            task.progress(0, max(len(ids), 1))
            return invoice_documents.export_invoices(
                ctx.db, ctx.actor, ids, Path(target), render_invoices, one_file=one_file,
                progress=lambda done, total: task.progress(done, total), cancelled=lambda: task.cancelled)

        def progress(done: int, total: int, _label: str) -> None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

        def failed(exc: BaseException) -> None:
            self.handle = None
            self._busy(False)
            if isinstance(exc, invoice_documents.ExportCancelled):
                self.message_bar.show_message(self.tr("Printing cancelled."), "warning")
            else:
                self.message_bar.show_message(describe_error(exc))

        def done(result: Any) -> None:
            self.handle = None
            self.finished_export.emit(result)
            self.accept()

        self._busy(True)
        self.handle = ctx.runner.run(work, on_success=while_alive(self, done), on_failure=while_alive(self, failed),
                                     on_progress=while_alive(self, progress))
        self.handle.relay.finished.connect(while_alive(self, self._finished))

    def _finished(self) -> None:
        """The runner drops a cancelled task silently: say so here."""
        if self.handle is not None and self.handle.context.cancelled:
            self.handle = None
            self._busy(False)
            self.message_bar.show_message(self.tr("Printing cancelled; no PDF was left half-written."), "warning")

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        for widget in (self.period, self.status, self.one_file, self.folder, self.target):
            widget.setEnabled(not busy)

    def cancel(self) -> None:
        """Cancel a running export (the dialog stays to say so), or close."""
        if self.handle is not None and not self.handle.done:
            self.handle.cancel()
            return
        self.reject()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Esc cancels a running export first
        if event.key() == Qt.Key.Key_Escape and self.handle is not None and not self.handle.done:
            self.cancel()
            return
        super().keyPressEvent(event)
