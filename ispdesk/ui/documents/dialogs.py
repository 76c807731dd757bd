"""Dialogs of the billing documents: a supervisor's approval of a credit note,
and printing a period of invoices into one PDF or a folder with progress."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QRadioButton,
                               QVBoxLayout, QWidget)

from ispdesk.domain import clock
from ispdesk.domain.enums import InvoiceStatus
from ispdesk.domain.errors import AuthenticationError, PermissionDenied
from ispdesk.printing.invoice import render_invoices
from ispdesk.services import auth, credit_notes, invoice_documents
from ispdesk.services.auth import LoginResult
from ispdesk.ui.context import AppContext
from ispdesk.ui.ops import JobOp, WriteOp
from ispdesk.ui.widgets.file_dialogs import ask_folder, ask_save_path
from ispdesk.ui.widgets.lifetime import while_alive
from ispdesk.ui.widgets.message_bar import MessageBar, describe_error
from ispdesk.ui.widgets.supervisor import SupervisorFields


class ApproveCreditNoteDialog(QDialog):
    """A supervisor types their user name and password to approve (and apply)
    the credit note: checked and applied in one unit of work (a wrong password
    is recorded and counts towards the lock; nothing else is written). Emits
    ``approved(AppliedCreditNote)``."""

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
        note_id = self.credit_note_id
        self.buttons.setEnabled(False)

        def work(session: Any, actor: Any) -> tuple[LoginResult, Any]:
            approval = auth.check_supervisor(session, username, password, module=credit_notes.MODULE,
                                             workstation=actor.workstation)
            if not approval.ok:
                return approval, None        # only the failed attempt is committed
            return approval, credit_notes.approve_credit_note(session, actor, note_id, approval.actor)

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            if isinstance(exc, (AuthenticationError, PermissionDenied)):   # wrong password, not an approver
                self.supervisor.refused(exc)
            else:
                self.message_bar.show_message(describe_error(exc))

        def done(outcome: tuple[LoginResult, Any]) -> None:
            approval, result = outcome
            if not approval.ok:
                try:
                    approval.unwrap()
                except AuthenticationError as exc:
                    failed(exc)
                return
            self.approved.emit(result)
            self.accept()

        WriteOp(self, self.ctx, work, module=credit_notes.MODULE).success(done).failure(failed).run()


class PrintPeriodDialog(QDialog):
    """Print every invoice of a period (and status) into one PDF or a folder of
    PDFs, with a progress bar and Cancel. Emits ``finished_export(ExportResult)``."""

    finished_export = Signal(object)
    STATUSES = (("", QT_TRANSLATE_NOOP("PrintPeriodDialog", "Every invoice but cancelled ones")),
                (InvoiceStatus.UNPAID, QT_TRANSLATE_NOOP("PrintPeriodDialog", "Unpaid")),
                (InvoiceStatus.OVERDUE, QT_TRANSLATE_NOOP("PrintPeriodDialog", "Overdue")),
                (InvoiceStatus.PARTIAL, QT_TRANSLATE_NOOP("PrintPeriodDialog", "Partly paid")),
                (InvoiceStatus.PAID, QT_TRANSLATE_NOOP("PrintPeriodDialog", "Paid")))

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printInvoicePeriod")
        self.setWindowTitle(self.tr("Print invoices of a period"))
        self.ctx = ctx
        self.handle: Any = None
        self.message_bar = MessageBar(self)
        today = clock.today()
        self.period = QLineEdit(f"{today.year:04d}-{today.month:02d}", self)
        self.period.setObjectName("period")
        self.period.setPlaceholderText("YYYY-MM")
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        for value, title in self.STATUSES:
            self.status.addItem(QCoreApplication.translate("PrintPeriodDialog", title), value)
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
            path = ask_save_path(self, self.tr("Save invoices as"), f"invoices-{self.period.text().strip()}.pdf",
                                 self.tr("PDF files (*.pdf)"))
        else:
            path = ask_folder(self, self.tr("Folder for the invoices"))
        if path:
            self.target.setText(path)

    def start(self) -> None:
        """Find the invoices and write them (a long job, on the second lane); progress as they are laid out."""
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

        def work(db: Any, actor: Any, task: Any) -> Any:
            return invoice_documents.export_filtered(
                db, actor, where, Path(target), render_invoices, one_file=one_file,
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
        self.handle = JobOp(self, self.ctx, work).success(done).failure(failed).progress(progress).run()
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
