"""Void or refund a receipt: a reason, the kind, and a supervisor's user name
and password, checked by :func:`auth.verify_supervisor` before anything is
written. Refusals are said next to the field they concern."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QButtonGroup, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QRadioButton, QVBoxLayout, QWidget)

from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.documents.receipt import ReceiptData
from ispdesk.domain.errors import AuthenticationError, PermissionDenied, ValidationError
from ispdesk.domain.money import format_rupiah
from ispdesk.services import audit, auth, receipts, voids
from ispdesk.ui.widgets.fields import FieldErrors, error_label
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import format_datetime, humanise
from ispdesk.ui.widgets.form_dialog import FormDialog
from ispdesk.ui.widgets.message_bar import describe_error
from ispdesk.ui.widgets.supervisor import SupervisorFields

CHANGES = ("payments", "invoices", "receipts", "customers", "cash_shifts", "customer_credit_movements")


class VoidDialog(FormDialog):
    """Void/refund receipt ``receipt_id``. Signal ``voided(int)`` with the receipt id."""

    voided = Signal(int)

    def __init__(self, ctx: AppContext, receipt_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("voidDialog")
        self.setWindowTitle(self.tr("Void / refund receipt"))
        self.receipt_id = receipt_id
        self.receipt: ReceiptData | None = None
        self.summary = QLabel(self.tr("Loading the receipt\u2026"), self)
        self.summary.setObjectName("receiptSummary")
        self.summary.setWordWrap(True)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("voidReason")
        self.reason_edit.setMaxLength(500)
        self.reason_edit.setPlaceholderText(self.tr("Why is this payment reversed?"))
        self.reason_error = error_label("reason", self)
        self.void_radio = QRadioButton(self.tr("&Void: the money was never taken (wrong entry)"), self)
        self.void_radio.setObjectName("kindVoid")
        self.refund_radio = QRadioButton(self.tr("&Refund: the money is given back to the customer"), self)
        self.refund_radio.setObjectName("kindRefund")
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.void_radio)
        self.kind.addButton(self.refund_radio)
        self.void_radio.setChecked(True)
        self.supervisor = SupervisorFields(self)
        self.username_edit, self.password_edit = self.supervisor.username_edit, self.supervisor.password_edit
        self.errors = FieldErrors({"reason": self.reason_error, **self.supervisor.error_labels()})
        self.confirm_button = QPushButton(self.tr("Void (Enter)"), self)
        self.confirm_button.setObjectName("confirmVoid")
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"), self)
        for button in (self.confirm_button, self.cancel_button):
            button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.reject)
        self.refund_radio.toggled.connect(lambda refund: self.confirm_button.setText(
            self.tr("Refund (Enter)") if refund else self.tr("Void (Enter)")))

        self.body = QWidget(self)
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.summary)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        form.addRow("", self.reason_error)
        form.addRow("", self.void_radio)
        form.addRow("", self.refund_radio)
        self.supervisor.add_to(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        self.resize(560, 420)
        self.reason_edit.setFocus()
        self._load()

    def _load(self) -> None:
        db, actor, receipt_id = self.ctx.db, self.ctx.actor, self.receipt_id
        self.ctx.runner.run(lambda _t: read(db, lambda s: receipts.receipt_data(s, actor, receipt_id)),
                            on_success=self._loaded,
                            on_failure=lambda exc: self.message_bar.show_message(describe_error(exc)))

    def _loaded(self, data: ReceiptData) -> None:
        self.receipt = data
        text = self.tr("Receipt <b>{0}</b> of {1} ({2}): {3} by {4}, {5}.").format(
            data.receipt_number, format_datetime(data.received_at), data.customer_name,
            format_rupiah(data.amount_received), humanise(data.method), data.cashier_name)
        if data.status != "confirmed":
            text += " " + self.tr("<span style='color:#8a1c14'>It is already {0}.</span>").format(
                humanise(data.status).lower())
            self.confirm_button.setEnabled(False)
        self.summary.setText(text)

    def refund(self) -> bool:
        return self.refund_radio.isChecked()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.body.setEnabled(not busy)
        self.confirm_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    def confirm(self) -> None:
        """Check the fields, verify the supervisor, then void or refund."""
        if self.busy:
            return
        self.errors.clear()
        self.message_bar.clear()
        reason = self.reason_edit.text().strip()
        username, password = self.supervisor.credentials()
        missing = self.supervisor.missing()
        if not reason:
            missing["reason"] = self.tr("Say why the payment is reversed.")
        if missing:
            self.errors.show(ValidationError(missing))
            return
        db, actor, receipt_id, refund = self.ctx.db, self.ctx.actor, self.receipt_id, self.refund()

        def work(_task: Any) -> int:
            supervisor = auth.verify_supervisor(db, username, password, actor.workstation)
            write(db, lambda s: voids.void_receipt(s, actor, receipt_id, supervisor=supervisor, reason=reason,
                                                   refund=refund),
                  info=audit.actor_info(actor, "payments"))
            return receipt_id

        self.set_busy(True)
        self.ctx.runner.run(work, on_success=self._done, on_failure=self._failed, changes=CHANGES)

    def _done(self, receipt_id: int) -> None:
        self.set_busy(False)
        self.voided.emit(receipt_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, AuthenticationError):
            self.set_busy(False)
            self.supervisor.refused(exc)
        elif isinstance(exc, PermissionDenied):
            self.set_busy(False)
            self.errors.set("supervisor", exc.message)
            self.username_edit.setFocus()
        else:
            self.failed(exc, self.errors)
