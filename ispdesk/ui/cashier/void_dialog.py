"""Void or refund a receipt: a reason, the kind, and a supervisor's user name
and password. In one unit of work the credentials are checked
(:func:`auth.check_supervisor`: a wrong password is recorded and counts
towards the lock, and nothing else is written) and then the receipt is
reversed. Refusals are said next to the field they concern."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QButtonGroup, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QRadioButton, QVBoxLayout, QWidget)

from ispdesk.domain.documents.receipt import ReceiptData
from ispdesk.domain.errors import AuthenticationError, PermissionDenied
from ispdesk.domain.money import format_rupiah
from ispdesk.services import auth, receipts, voids
from ispdesk.services.auth import LoginResult
from ispdesk.ui.widgets.fields import FieldErrors, error_label
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import format_datetime, humanise
from ispdesk.ui.i18n import spec_text
from ispdesk.ui.ops import QueryOp, WriteOp
from ispdesk.ui.widgets.form_dialog import FormDialog
from ispdesk.ui.widgets.message_bar import describe_error
from ispdesk.ui.widgets.supervisor import SupervisorFields


class VoidDialog(FormDialog):
    """Void/refund receipt ``receipt_id``. Signal ``voided(int)`` with the receipt id."""

    voided = Signal(int)

    def __init__(self, ctx: AppContext, receipt_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("voidDialog")
        self.setWindowTitle(self.tr("Void / refund receipt"))
        self.receipt_id = receipt_id
        self.receipt: ReceiptData | None = None
        #: The last refusal shown (a wrong password, not an approver…), for whoever asks why.
        self.refusal: BaseException | None = None
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
        receipt_id = self.receipt_id
        QueryOp(self, self.ctx, lambda s, actor: receipts.receipt_data(s, actor, receipt_id)) \
            .success(self._loaded).failure(lambda exc: self.message_bar.show_message(describe_error(exc))).run()

    def _loaded(self, data: ReceiptData) -> None:
        self.receipt = data
        text = self.tr("Receipt <b>{0}</b> of {1} ({2}): {3} by {4}, {5}.").format(
            data.receipt_number, format_datetime(data.received_at), data.customer_name,
            format_rupiah(data.amount_received), spec_text(humanise(data.method)), data.cashier_name)
        if data.status == "failed":
            text += " " + self.tr("<span style='color:#8a1c14'>It is voided already.</span>")
            self.confirm_button.setEnabled(False)
        elif data.status == "refunded":
            text += " " + self.tr("<span style='color:#8a1c14'>It is refunded already.</span>")
            self.confirm_button.setEnabled(False)
        elif data.status != "confirmed":
            text += " " + self.tr("<span style='color:#8a1c14'>It is {0}: only a confirmed receipt is reversed."
                                  "</span>").format(spec_text(humanise(data.status)))
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
        """Check the fields, then check the supervisor and void or refund in one unit of work."""
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
            for field, text in missing.items():
                self.errors.set(field, text)
            return
        receipt_id, refund = self.receipt_id, self.refund()

        def work(session: Any, actor: Any) -> LoginResult:
            approval = auth.check_supervisor(session, username, password, module="payments",
                                             workstation=actor.workstation)
            if approval.ok:
                voids.void_receipt(session, actor, receipt_id, supervisor=approval.actor, reason=reason,
                                   refund=refund)
            return approval     # a refusal commits only the failed attempt (it counts towards the lock)

        self.set_busy(True)
        WriteOp(self, self.ctx, work, module="payments").success(self._done).failure(self._failed).run()

    def _done(self, approval: LoginResult) -> None:
        self.set_busy(False)
        if not approval.ok:
            try:
                approval.unwrap()
            except AuthenticationError as exc:
                self.refusal = exc
                self.supervisor.refused(exc)
            return
        self.voided.emit(self.receipt_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.refusal = exc
        if isinstance(exc, AuthenticationError):
            self.set_busy(False)
            self.supervisor.refused(exc)
        elif isinstance(exc, PermissionDenied):
            self.set_busy(False)
            self.errors.set("supervisor", exc.message)
            self.username_edit.setFocus()
        else:
            self.failed(exc, self.errors)
