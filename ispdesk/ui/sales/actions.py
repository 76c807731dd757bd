"""The sales buttons on the generic leads tab: "Board…" (the pipeline), "Lead form…" (new or
selected lead with the region pickers and the duplicate check), "Convert…" (the selected lead);
on the contracts tab: "Print contract…", "Sign…", "Activate", "Suspend", "Terminate…" (asks first),
"Ending soon…" (the next 30 days) and "Renew due" (the auto-renew contracts whose end date has come)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QMessageBox

from ispdesk.domain import clock
from ispdesk.services import contracts
from ispdesk.services.contract_document import contract_document
from ispdesk.ui.i18n import translate_message
from ispdesk.ui.module_actions import TabAction, register, row_in, summarise_numbers
from ispdesk.ui.ops import QueryOp, WriteOp
from ispdesk.ui.sales.conversion_dialog import ConversionDialog
from ispdesk.ui.sales.lead_form import LeadForm
from ispdesk.ui.sales.pipeline_board import PipelineBoard
from ispdesk.ui.widgets.print_preview import show_document

#: When the contract buttons may be pressed (services/contracts.ALLOWED_MOVES and SIGNABLE; the service still
#: checks). A status of None counts as the column's default (a draft contract, a new lead), as in the services.
CAN_SIGN = row_in(status=("draft", "active", "suspended", None), signed_at=(None,))
CAN_ACTIVATE = row_in(status=("draft", "suspended", None))
CAN_SUSPEND = row_in(status=("active",))
CAN_TERMINATE = row_in(status=("active", "suspended"))
#: A lead that can still be converted (not won nor lost already).
CAN_CONVERT = row_in(status=("new", "contacted", "qualified", "proposal", "negotiation", None))
SKIPPED_SHOWN = 3   # renewals refused: the first few with their reason, then how many more


def open_board(tab: Any, _record_id: int | None) -> PipelineBoard:
    board = PipelineBoard(tab.ctx, tab)
    board.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    board.show()
    return board


def open_form(tab: Any, record_id: int | None) -> LeadForm:
    """The lead form for the selected lead, or a new one when none is selected."""
    form = LeadForm(tab.ctx, record_id, tab)
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    form.saved.connect(lambda summary: tab.message_bar.show_message(
        QCoreApplication.translate("ModuleActions", "Lead {0} saved.").format(summary.number), "info"))
    form.open()
    return form


def open_conversion(tab: Any, record_id: int | None) -> ConversionDialog | None:
    """Convert the selected lead into a customer with contract, subscription and installation."""
    if record_id is None:
        return None
    dialog = ConversionDialog(tab.ctx, record_id, tab)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.converted.connect(lambda result: tab.message_bar.show_message(
        QCoreApplication.translate("ModuleActions", "Lead {0} converted: customer {1}.").format(
            result.lead_number, result.customer_number), "info"))
    dialog.open()
    return dialog


def print_contract(tab: Any, contract_id: int | None) -> None:
    """Preview (print, save) the selected contract's PDF (read and drawn on the second lane)."""
    if contract_id is None:
        return
    from ispdesk.printing.contract import render_contract

    def load(session: Any, actor: Any) -> tuple[Any, bytes]:
        document = contract_document(session, actor, contract_id)
        return document, render_contract(document)

    def show(result: tuple[Any, bytes]) -> None:
        document, pdf = result
        tab.document_preview = show_document(
            pdf, title=QCoreApplication.translate("ModuleActions", "Contract {0}").format(document.contract_number),
            suggested_name=f"{document.contract_number}.pdf", parent=tab.window())

    QueryOp(tab, tab.ctx, load).long().success(show).run()


def _move_contract(tab: Any, contract_id: int, to_status: str, done: str, reason: str = "") -> None:
    WriteOp(tab, tab.ctx, lambda s, actor: contracts.move(s, actor, contract_id, to_status, reason=reason),
            module=contracts.MODULE).success(lambda info: tab.message_bar.show_message(
                QCoreApplication.translate("ModuleActions", done).format(info.number), "info")).run()


def sign_contract(tab: Any, contract_id: int | None) -> Any:
    """The sign dialog for the selected contract (signer's name and drawn signature)."""
    from ispdesk.ui.sales.sign_dialog import SignDialog
    if contract_id is None:
        return None
    dialog = SignDialog(tab.ctx, contract_id, tab)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.signed.connect(lambda info: tab.message_bar.show_message(
        QCoreApplication.translate("ModuleActions", "Contract {0} signed by {1}; it is active.").format(
            info.number, info.signed_by) if info.status == "active" else
        QCoreApplication.translate("ModuleActions", "Contract {0} signed by {1}.").format(info.number, info.signed_by),
        "info"))
    tab._contract_dialog = dialog
    dialog.open()
    return dialog


def activate_contract(tab: Any, contract_id: int | None) -> None:
    """A draft (signed on paper) or a suspended contract becomes active."""
    if contract_id is not None:
        _move_contract(tab, contract_id, "active",
                       QT_TRANSLATE_NOOP("ModuleActions", "Contract {0} is active."))


def suspend_contract(tab: Any, contract_id: int | None) -> None:
    if contract_id is not None:
        _move_contract(tab, contract_id, "suspended",
                       QT_TRANSLATE_NOOP("ModuleActions", "Contract {0} is suspended."))


def terminate_contract(tab: Any, contract_id: int | None, confirmed: bool | None = None) -> None:
    """Terminate the selected contract after the user confirms (its subscription stops)."""
    if contract_id is None:
        return
    if confirmed is None:
        answer = QMessageBox.question(
            tab, QCoreApplication.translate("ModuleActions", "Terminate contract"),
            QCoreApplication.translate("ModuleActions", "Terminate the selected contract? Its subscription stops "
                                       "and the contract cannot be reactivated."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        confirmed = answer == QMessageBox.StandardButton.Yes
    if confirmed:
        _move_contract(tab, contract_id, "terminated",
                       QT_TRANSLATE_NOOP("ModuleActions", "Contract {0} is terminated."))


def show_contract(tab: Any, contract_id: int, number: str) -> None:
    """Select ``contract_id`` on the tab; when it is not among the rows shown, search for its number."""
    if not tab.select_id(contract_id):
        tab._pending_select = contract_id
        tab.search_edit.setText(number)
        tab.apply_filters()


def ending_soon(tab: Any, _contract_id: int | None) -> Any:
    """The contracts ending within 30 days (and those past their end), by end date."""
    from ispdesk.ui.sales.contract_ending import EndingSoonDialog
    dialog = EndingSoonDialog(tab.ctx, clock.today(), tab,
                              open_contract=lambda contract_id, number: show_contract(tab, contract_id, number))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    tab._contract_dialog = dialog
    dialog.open()
    return dialog


def renewal_text(summary: contracts.RenewalSummary) -> str:
    """One line for the message bar: how many were renewed, the first few numbers ("… and 478 more"),
    and the first few refused with their reason."""
    numbers = summarise_numbers(summary.numbers)
    if summary.renewed == 1:
        text = QCoreApplication.translate("ModuleActions", "1 contract renewed: {0}.").format(numbers)
    elif summary.renewed:
        text = QCoreApplication.translate("ModuleActions", "{0} contracts renewed: {1}.").format(
            summary.renewed, numbers)
    else:
        text = QCoreApplication.translate("ModuleActions", "No contract is due for renewal.")
    for number, why in summary.skipped[:SKIPPED_SHOWN]:
        text += " " + QCoreApplication.translate("ModuleActions", "{0} not renewed: {1}").format(
            number, translate_message(why))
    if len(summary.skipped) > SKIPPED_SHOWN:
        text += " " + QCoreApplication.translate("ModuleActions", "{0} more not renewed.").format(
            len(summary.skipped) - SKIPPED_SHOWN)
    return text


def renew_due(tab: Any, _contract_id: int | None) -> None:
    """Renew every auto-renew contract whose end date has come (the office clock's today, read in the
    transaction); says how many in the message bar."""
    def done(summary: contracts.RenewalSummary) -> None:
        tab.message_bar.show_message(renewal_text(summary), "warning" if summary.skipped else "info")
    WriteOp(tab, tab.ctx, lambda s, actor: contracts.renew_due(s, actor),
            module=contracts.MODULE).success(done).run()


def register_actions() -> None:
    register("leads", TabAction(
        "leadBoard", QT_TRANSLATE_NOOP("ModuleActions", "Board…"), open_board, permission="view",
        needs_selection=False, shortcut="Ctrl+Shift+P",
        tooltip=QT_TRANSLATE_NOOP("ModuleActions", "The leads by pipeline status; move cards by drag or Ctrl+arrows")))
    register("leads", TabAction(
        "leadForm", QT_TRANSLATE_NOOP("ModuleActions", "Lead form…"), open_form, permission="create",
        needs_selection=False,
        tooltip=QT_TRANSLATE_NOOP("ModuleActions", "The selected lead (or a new one) with region pickers and a "
                                  "duplicate check")))
    register("leads", TabAction(
        "convertLead", QT_TRANSLATE_NOOP("ModuleActions", "Convert…"), open_conversion, permission="edit",
        enabled_when=CAN_CONVERT,
        tooltip=QT_TRANSLATE_NOOP("ModuleActions", "Make the selected lead a customer with contract, subscription, "
                                  "installation and proforma")))
    register("contracts", TabAction(
        "printContract", QT_TRANSLATE_NOOP("ModuleActions", "Print contract…"), print_contract, permission="print",
        tooltip=QT_TRANSLATE_NOOP("ModuleActions", "The contract on A4 with its terms, signatures and QR code")))
    register("contracts", TabAction(
        "signContract", QT_TRANSLATE_NOOP("ModuleActions", "Sign…"), sign_contract, permission="edit",
        enabled_when=CAN_SIGN,
        shortcut="Ctrl+Shift+S",
        tooltip=QT_TRANSLATE_NOOP("ModuleActions", "The customer signs the selected contract on screen; a draft "
                                  "becomes active")))
    register("contracts", TabAction(
        "activateContract", QT_TRANSLATE_NOOP("ModuleActions", "Activate"), activate_contract, permission="edit",
        enabled_when=CAN_ACTIVATE,
        tooltip=QT_TRANSLATE_NOOP("ModuleActions", "A draft signed on paper, or a suspended contract, becomes "
                                  "active")))
    register("contracts", TabAction(
        "suspendContract", QT_TRANSLATE_NOOP("ModuleActions", "Suspend"), suspend_contract, permission="edit",
        enabled_when=CAN_SUSPEND,
        tooltip=QT_TRANSLATE_NOOP("ModuleActions", "Suspend the selected active contract")))
    register("contracts", TabAction(
        "terminateContract", QT_TRANSLATE_NOOP("ModuleActions", "Terminate…"), terminate_contract,
        permission="edit", enabled_when=CAN_TERMINATE,
        tooltip=QT_TRANSLATE_NOOP("ModuleActions", "End the selected contract for good; its subscription stops")))
    register("contracts", TabAction(
        "endingSoon", QT_TRANSLATE_NOOP("ModuleActions", "Ending soon…"), ending_soon, permission="view",
        needs_selection=False,
        tooltip=QT_TRANSLATE_NOOP("ModuleActions", "Active contracts ending within 30 days")))
    register("contracts", TabAction(
        "renewDue", QT_TRANSLATE_NOOP("ModuleActions", "Renew due"), renew_due, permission="create",
        needs_selection=False,
        tooltip=QT_TRANSLATE_NOOP("ModuleActions", "Renew every auto-renew contract whose end date has come; "
                                  "never twice")))
