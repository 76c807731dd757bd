"""Buttons of the billing documents on the generic tabs: Print invoice, Print
period… and Credit note… (invoices), New proforma…, Print proforma and Convert
to invoice (proforma invoices), Approve… and Print (credit notes). Documents open in the shared
preview (print, save as PDF)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from ispdesk.services import credit_notes, invoice_documents, proforma
from ispdesk.ui.module_actions import TabAction, register, row_in, row_not_in
from ispdesk.ui.ops import WriteOp
from ispdesk.ui.widgets.lifetime import while_alive
from ispdesk.ui.widgets.message_bar import describe_error
from ispdesk.ui.widgets.print_preview import preview_from_database

CONTEXT = "ModuleActions"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _fail(tab: Any) -> Callable[[BaseException], None]:
    return while_alive(tab, lambda exc: tab.message_bar.show_message(describe_error(exc), "error"))


def print_invoice(tab: Any, invoice_id: int | None) -> None:
    if invoice_id is None:
        return
    from ispdesk.printing.invoice import render_invoice
    preview_from_database(tab, lambda s, actor: invoice_documents.invoice_document(s, actor, invoice_id),
                          render_invoice, lambda d: _tr("Invoice {0}").format(d.invoice_number),
                          lambda d: d.invoice_number)


def print_period(tab: Any, _record_id: int | None) -> Any:
    from ispdesk.ui.documents.dialogs import PrintPeriodDialog
    dialog = PrintPeriodDialog(tab.ctx, tab)

    def finished(result: Any) -> None:
        where = result.paths[0] if len(result.paths) == 1 else result.paths[0].parent if result.paths else ""
        tab.message_bar.show_message(_tr("{0} invoices printed to {1}.").format(result.count, where), "info")

    dialog.finished_export.connect(while_alive(tab, finished))
    dialog.open()
    tab.print_period_dialog = dialog
    return dialog


def request_credit_note(tab: Any, invoice_id: int | None) -> Any:
    """Draft a credit note on the selected invoice (a supervisor approves it later)."""
    if invoice_id is None:
        return None
    from ispdesk.ui.documents.forms import RequestCreditNoteDialog
    dialog = RequestCreditNoteDialog(tab.ctx, invoice_id, tab._label_of_row(invoice_id), tab)
    dialog.saved.connect(while_alive(tab, lambda note: tab.message_bar.show_message(
        _tr("Credit note {0} for {1} drafted; a supervisor approves it on the Credit notes tab.").format(
            note.number, _money(note.amount)), "info")))
    dialog.open()
    tab.credit_note_dialog = dialog
    return dialog


def new_proforma(tab: Any, _record_id: int | None) -> Any:
    from ispdesk.ui.documents.forms import NewProformaDialog
    dialog = NewProformaDialog(tab.ctx, tab)

    def saved(made: proforma.ProformaSummary) -> None:
        tab._pending_select = made.id
        tab.message_bar.show_message(_tr("Proforma {0} issued for {1}.").format(made.number, _money(made.total)),
                                     "info")

    dialog.saved.connect(while_alive(tab, saved))
    dialog.open()
    tab.new_proforma_dialog = dialog
    return dialog


def print_proforma(tab: Any, proforma_id: int | None) -> None:
    if proforma_id is None:
        return
    from ispdesk.printing.proforma import render_proforma
    preview_from_database(tab, lambda s, actor: proforma.proforma_document(s, actor, proforma_id), render_proforma,
                          lambda d: _tr("Proforma {0}").format(d.proforma_number), lambda d: d.proforma_number)


def convert_proforma(tab: Any, proforma_id: int | None) -> None:
    """Make the real invoice of the selected proforma (once); the cashier takes payment on it."""
    if proforma_id is None:
        return

    def done(result: proforma.ConvertedProforma) -> None:
        text = (_tr("Proforma {0} is now invoice {1}: take the payment on that invoice.") if result.created
                else _tr("Proforma {0} already became invoice {1}."))
        tab.message_bar.show_message(text.format(result.proforma_number, result.invoice_number), "info")

    WriteOp(tab, tab.ctx, lambda s, actor: proforma.convert_to_invoice(s, actor, proforma_id),
            module="proforma_invoices").success(done).failure(_fail(tab)).run()


def approve_credit_note(tab: Any, credit_note_id: int | None) -> Any:
    if credit_note_id is None:
        return None
    from ispdesk.ui.documents.dialogs import ApproveCreditNoteDialog
    dialog = ApproveCreditNoteDialog(tab.ctx, credit_note_id, tab._label_of_row(credit_note_id), tab)

    def approved(result: credit_notes.AppliedCreditNote) -> None:
        tab.message_bar.show_message(
            _tr("Credit note {0} approved by {1}: {2} off invoice {3}, {4} to the customer's credit.").format(
                result.number, result.approved_by, _money(result.applied_to_invoice), result.invoice_number,
                _money(result.applied_to_credit)), "info")

    dialog.approved.connect(while_alive(tab, approved))
    dialog.open()
    tab.approve_dialog = dialog
    return dialog


def _money(amount: Any) -> str:
    from ispdesk.domain.money import format_rupiah
    return format_rupiah(amount)


def print_credit_note(tab: Any, credit_note_id: int | None) -> None:
    if credit_note_id is None:
        return
    from ispdesk.printing.credit_note import render_credit_note
    preview_from_database(tab, lambda s, actor: credit_notes.credit_note_document(s, actor, credit_note_id),
                          render_credit_note, lambda d: _tr("Credit note {0}").format(d.credit_note_number),
                          lambda d: d.credit_note_number)


def register_actions() -> None:
    register("invoices", TabAction("printInvoice", QT_TRANSLATE_NOOP("ModuleActions", "Print invoice"),
                                   print_invoice, permission="print",
                                   tooltip=QT_TRANSLATE_NOOP("ModuleActions",
                                                             "The selected invoice as a PDF with its QRIS")))
    register("invoices", TabAction("printInvoicePeriod", QT_TRANSLATE_NOOP("ModuleActions", "Print period…"),
                                   print_period, permission="print", needs_selection=False,
                                   tooltip=QT_TRANSLATE_NOOP("ModuleActions",
                                                             "Every invoice of a month into one PDF or a folder")))
    register("invoices", TabAction("requestCreditNote", QT_TRANSLATE_NOOP("ModuleActions", "Credit note…"),
                                   request_credit_note, permission="view",
                                   tooltip=QT_TRANSLATE_NOOP("ModuleActions",
                                                             "Draft a credit note on the selected invoice")))
    register("proforma_invoices", TabAction("newProforma", QT_TRANSLATE_NOOP("ModuleActions", "New proforma…"),
                                            new_proforma, permission="create", needs_selection=False,
                                            tooltip=QT_TRANSLATE_NOOP("ModuleActions",
                                                                      "Installation fee, deposit, prepaid months")))
    register("proforma_invoices", TabAction("printProforma", QT_TRANSLATE_NOOP("ModuleActions", "Print proforma"),
                                            print_proforma, permission="print",
                                            tooltip=QT_TRANSLATE_NOOP("ModuleActions",
                                                                      "The selected proforma as a PDF")))
    register("proforma_invoices", TabAction("convertProforma",
                                            QT_TRANSLATE_NOOP("ModuleActions", "Convert to invoice"),
                                            convert_proforma, permission="edit",
                                            enabled_when=row_not_in(status=("cancelled",)),
                                            tooltip=QT_TRANSLATE_NOOP("ModuleActions",
                                                                      "Make the real invoice to take payment on")))
    register("credit_notes", TabAction("approveCreditNote", QT_TRANSLATE_NOOP("ModuleActions", "Approve…"),
                                       approve_credit_note, permission="view",
                                       enabled_when=row_in(status=("draft",)),   # approved once
                                       tooltip=QT_TRANSLATE_NOOP("ModuleActions",
                                                                 "A supervisor approves and applies the credit")))
    register("credit_notes", TabAction("printCreditNote", QT_TRANSLATE_NOOP("ModuleActions", "Print"),
                                       print_credit_note, permission="view",
                                       tooltip=QT_TRANSLATE_NOOP("ModuleActions",
                                                                 "The selected credit note as a PDF")))
