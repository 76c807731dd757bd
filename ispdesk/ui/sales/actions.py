"""The sales buttons on the generic leads tab: "Board…" (the pipeline), "Lead form…" (new or
selected lead with the region pickers and the duplicate check), "Convert…" (the selected lead);
"Print contract…" on the contracts tab."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt

from ispdesk.services.contract_document import contract_document
from ispdesk.ui.widgets.print_preview import preview_from_database as preview
from ispdesk.ui.module_actions import TabAction, register
from ispdesk.ui.sales.conversion_dialog import ConversionDialog
from ispdesk.ui.sales.lead_form import LeadForm
from ispdesk.ui.sales.pipeline_board import PipelineBoard


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
    """Preview (print, save) the selected contract's PDF."""
    if contract_id is None:
        return
    from ispdesk.printing.contract import render_contract
    actor = tab.ctx.actor
    preview(tab, lambda s: contract_document(s, actor, contract_id), render_contract,
            lambda d: QCoreApplication.translate("ModuleActions", "Contract {0}").format(d.contract_number),
            lambda d: d.contract_number)


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
        tooltip=QT_TRANSLATE_NOOP("ModuleActions", "Make the selected lead a customer with contract, subscription, "
                                  "installation and proforma")))
    register("contracts", TabAction(
        "printContract", QT_TRANSLATE_NOOP("ModuleActions", "Print contract…"), print_contract, permission="print",
        tooltip=QT_TRANSLATE_NOOP("ModuleActions", "The contract on A4 with its terms, signatures and QR code")))
