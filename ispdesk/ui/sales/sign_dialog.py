"""Sign a contract at the counter: the signer's name and the signature drawn
with the mouse, a pen tablet or a finger (:class:`SignaturePad`). Signing a
draft makes it active (:func:`ispdesk.services.contracts.sign`)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ispdesk.services import contracts
from ispdesk.ui.context import AppContext
from ispdesk.ui.field.common import FieldDialog
from ispdesk.ui.format import format_datetime, humanise
from ispdesk.ui.i18n import spec_text
from ispdesk.ui.ops import QueryOp, WriteOp
from ispdesk.ui.widgets.signature_pad import SignaturePad


class SignDialog(FieldDialog):
    """``ready`` once the contract is loaded; ``signed(ContractInfo)`` after the signature is saved."""

    ready = Signal()
    signed = Signal(object)
    module = "contracts"

    def __init__(self, ctx: AppContext, contract_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Sign contract"), self.tr("Sign (Ctrl+Enter)"), parent)
        self.setObjectName("signDialog")
        self.confirm_button.setShortcut("Ctrl+Return")
        self.cancel_button.setText(self.tr("Cancel (Esc)"))
        self.contract_id = contract_id
        self.info: contracts.ContractInfo | None = None
        self.summary = QLabel(self.tr("Loading the contract\u2026"), self.body)
        self.summary.setObjectName("contractSummary")
        self.summary.setWordWrap(True)
        self.name_edit = QLineEdit(self.body)
        self.name_edit.setObjectName("signedBy")
        self.name_edit.setMaxLength(contracts.SIGNER_MAX)
        self.name_edit.setPlaceholderText(self.tr("Full name as on the KTP"))
        self.pad = SignaturePad(self.body)
        self.pad.setMinimumSize(460, 160)
        self.pad.changed.connect(lambda: self.errors.clear_field("signature"))
        self.clear_button = QPushButton(self.tr("&Clear"), self.body)
        self.clear_button.setObjectName("clearSignature")
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.pad.clear)
        self.note = QLabel(self.body)
        self.note.setObjectName("signNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color:#52606d;")

        pad_row = QHBoxLayout()
        pad_row.addWidget(self.pad, 1)
        pad_row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignBottom)
        form = QFormLayout(self.body)
        form.addRow(self.summary)
        form.addRow(self.tr("Signer's &name:"), self.name_edit)
        form.addRow("", self.error_for("signed_by"))
        form.addRow(self.tr("Signature:"), pad_row)
        form.addRow("", self.error_for("signature"))
        form.addRow("", self.note)
        self.name_edit.textEdited.connect(lambda _t: self.errors.clear_field("signed_by"))
        self.resize(640, self.sizeHint().height())
        self.set_busy(True)
        QueryOp(self, ctx, lambda s, actor: contracts.contract_info(s, actor, contract_id)).success(self._loaded) \
            .failure(self.show_failure).run()

    def _loaded(self, info: contracts.ContractInfo) -> None:
        self.set_busy(False)
        self.info = info
        self.summary.setText(self.tr("<b>{0}</b> \u2014 {1} ({2})").format(info.number, info.customer,
                                                                           spec_text(humanise(info.status))))
        if not self.name_edit.text():
            self.name_edit.setText(info.customer)
        if info.signed:
            self.note.setText(self.tr("Signed by {0} on {1}; a signed contract is not signed again.").format(
                info.signed_by, format_datetime(info.signed_at)))
            self.confirm_button.setEnabled(False)
            self.body.setEnabled(False)
        elif info.status == "draft":
            self.note.setText(self.tr("Signing makes this draft contract active."))
        elif info.status not in contracts.SIGNABLE:
            self.note.setText(self.tr("This contract has ended; it is not signed any more."))
            self.confirm_button.setEnabled(False)
            self.body.setEnabled(False)
        self.name_edit.setFocus()
        self.name_edit.selectAll()
        self.fit()
        self.ready.emit()

    def confirm(self) -> None:
        if self.busy or self.info is None or not self.confirm_button.isEnabled():
            return
        contract_id = self.contract_id
        name, drawing = self.name_edit.text(), self.pad.to_png_base64()
        self.errors.clear()
        self.message_bar.clear()
        self.set_busy(True)
        WriteOp(self, self.ctx, lambda s, actor: contracts.sign(s, actor, contract_id, name, drawing),
                module=self.module).success(self._signed).failure(self.show_failure).run()

    def _signed(self, info: contracts.ContractInfo) -> None:
        self.set_busy(False)
        self.signed.emit(info)
        self.accept()
