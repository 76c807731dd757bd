"""Small forms of the billing documents: a new proforma, a credit note
requested from an invoice. Fields use the shared editors (money is parsed as
the cashier types it, never a float); a refusal shows next to its field."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ispdesk.domain.actor import Actor
from ispdesk.domain.errors import ValidationError
from ispdesk.domain.messages import Message
from ispdesk.services import credit_notes, proforma
from ispdesk.services.modules.columns import integer, long_text, money, ref
from ispdesk.services.specs import ColumnSpec
from ispdesk.ui.context import AppContext
from ispdesk.ui.i18n import spec_text, translate_message
from ispdesk.ui.ops import WriteOp
from ispdesk.ui.widgets.editors import EditorError, FieldEditor, make_editor
from ispdesk.ui.widgets.message_bar import MessageBar, describe_error


class _FormDialog(QDialog):
    """Editors for ``columns`` (labelled with the specs' words, in the program's
    language) with an error line under each; subclasses ``save(session, actor,
    values)``. Emits ``saved(result)`` when the service accepted the input."""

    saved = Signal(object)
    module = ""

    def __init__(self, ctx: AppContext, title: str, intro: str, columns: tuple[ColumnSpec, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.ctx = ctx
        self.message_bar = MessageBar(self)
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for column in columns:
            editor = make_editor(ctx, column, self)
            editor.setObjectName(column.name)
            error = QLabel(self)
            error.setObjectName(f"{column.name}Error")
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.setVisible(False)
            form.addRow(spec_text(column.title), editor)
            form.addRow("", error)
            self.editors[column.name], self.errors[column.name] = editor, error
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self.message_bar)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    def show_errors(self, errors: dict[str, Message | str]) -> None:
        """Each message (a service's Message, or a text already in the program's
        language) under its field; one that belongs to no field goes to the message bar."""
        texts = {name: translate_message(message) for name, message in errors.items()}
        for name, label in self.errors.items():
            label.setText(texts.get(name, ""))
            label.setVisible(name in texts)
        loose = [text for name, text in texts.items() if name not in self.errors]
        if loose:
            self.message_bar.show_message(" ".join(loose))
        else:
            self.message_bar.hide()

    def submit(self) -> None:
        values, errors = {}, {}
        for name, editor in self.editors.items():
            try:
                values[name] = editor.value()
            except EditorError as exc:
                errors[name] = str(exc)
        if errors:
            self.show_errors(errors)
            return
        self.show_errors({})
        self.buttons.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            if isinstance(exc, ValidationError):
                self.show_errors(exc.errors)
            else:
                self.message_bar.show_message(describe_error(exc))

        def done(result: Any) -> None:
            self.saved.emit(result)
            self.accept()

        WriteOp(self, self.ctx, lambda s, actor: self.save(s, actor, values), module=self.module) \
            .success(done).failure(failed).run()

    def save(self, session: Any, actor: Actor, values: dict[str, Any]) -> Any:
        raise NotImplementedError


class NewProformaDialog(_FormDialog):
    """Installation fee, deposit and prepaid months for a customer (empty
    amounts come from the customer's contract when one is chosen)."""

    module = "proforma_invoices"
    COLUMNS = (ref("customer_id", "Customer", "customers", required=True),
               ref("contract_id", "Contract", "contracts"),
               money("installation_fee", "Installation fee"), money("deposit", "Deposit"),
               integer("prepaid_months", "Prepaid months", maximum=proforma.MAX_PREPAID_MONTHS),
               money("monthly_price", "Monthly price"), long_text("notes", "Notes"))

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New proforma invoice"),
                         self.tr("PPN is added to the installation fee and the prepaid months, not to the deposit."),
                         self.COLUMNS, parent)
        self.setObjectName("newProforma")

    def save(self, session: Any, actor: Actor, values: dict[str, Any]) -> Any:
        request = proforma.ProformaRequest(
            customer_id=values["customer_id"], contract_id=values["contract_id"],
            installation_fee=values["installation_fee"], deposit=values["deposit"],
            prepaid_months=values["prepaid_months"] or 0, monthly_price=values["monthly_price"],
            notes=values["notes"] or "")
        return proforma.create_proforma(session, actor, request)


class RequestCreditNoteDialog(_FormDialog):
    """A credit note drafted on the selected invoice; a supervisor approves it."""

    module = "credit_notes"
    COLUMNS = (money("amount", "Amount"), long_text("reason", "Reason", required=True))

    def __init__(self, ctx: AppContext, invoice_id: int, label: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Credit note"),
                         self.tr("Credit on invoice {0}. Leave the amount empty to credit all that is left; "
                                 "a supervisor approves it on the Credit notes tab.").format(label),
                         self.COLUMNS, parent)
        self.setObjectName("requestCreditNote")
        self.invoice_id = invoice_id

    def save(self, session: Any, actor: Actor, values: dict[str, Any]) -> Any:
        return credit_notes.request_credit_note(session, actor, self.invoice_id, values["reason"] or "",
                                                values["amount"])
