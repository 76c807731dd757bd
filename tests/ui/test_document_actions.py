"""The billing document buttons on the generic tabs: print an invoice (preview),
print a period into one PDF with progress, print and convert a proforma,
approve a credit note with a supervisor's password, print a credit note."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication

from ispdesk.db.models import CreditNote, ProformaInvoice
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.messages import render
from ispdesk.services import credit_notes, invoice_documents, proforma
from ispdesk.services.modules import SPECS
from ispdesk.ui.widgets.print_preview import DocumentPreview
from ispdesk.ui.widgets.table_tab import TableTab
from tests.domain.qris_sample import parse_tlv
from tests.printing.pdf_reading import decode_qr_codes, pdf_pages_text, pdf_text
from tests.services.billing_docs_support import add_customer, add_invoice, invoice_row, use_qris
from tests.support.actors import add_user
from tests.ui.widget_support import indonesian, make_ctx  # noqa: F401 (indonesian: fixture)
from tests.support.actors import ADMIN


def press_ok(dialog) -> None:
    """Click the dialog's OK button (Print, Approve, OK), as the user does."""
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def previews() -> list[DocumentPreview]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, DocumentPreview) and w.isVisible()]


def open_tab(qtbot, ctx, key: str) -> TableTab:
    tab = TableTab(ctx, SPECS[key])
    qtbot.addWidget(tab)
    tab.resize(1200, 600)
    tab.show()
    qtbot.waitUntil(lambda: not tab.model.loading and tab.model.total is not None and not ctx.runner.busy,
                    timeout=10000)
    tab.view.selectRow(0)
    return tab


@pytest.fixture
def ui_ctx(db):
    context = make_ctx(db, ADMIN)
    yield context
    context.runner.wait()
    for preview in previews():
        preview.close()


def test_print_invoice_opens_the_preview_of_the_invoice_with_its_qris(qtbot, db, ui_ctx):
    use_qris(db)
    add_invoice(db, add_customer(db))
    tab = open_tab(qtbot, ui_ctx, "invoices")
    assert {"printInvoice", "printInvoicePeriod"} <= set(tab.action_buttons)
    tab.run_module_action("printInvoice")
    qtbot.waitUntil(lambda: bool(previews()), timeout=10000)
    preview = previews()[-1]
    assert preview.windowTitle() == "Invoice INV-202611-000001"
    assert "Budi Santoso" in pdf_text(preview.pdf)
    assert parse_tlv(decode_qr_codes(preview.pdf, dpi=150)[0])["54"] == "166500"


def test_print_period_writes_one_pdf_with_progress(qtbot, db, ui_ctx, tmp_path):
    for n in range(3):
        add_invoice(db, add_customer(db, f"Pelanggan {n}"))
    tab = open_tab(qtbot, ui_ctx, "invoices")
    tab.run_module_action("printInvoicePeriod")
    dialog = tab.print_period_dialog
    dialog.period.setText("2026-11")
    dialog.target.setText(str(tmp_path / "nov"))
    with qtbot.waitSignal(dialog.finished_export, timeout=20000) as finished:
        press_ok(dialog)
    assert finished.args[0].count == 3 and dialog.progress.value() == 3
    assert len(pdf_pages_text(tmp_path / "nov.pdf")) == 3
    qtbot.waitUntil(lambda: "3 invoices printed" in tab.message_bar.text(), timeout=5000)


def test_print_period_refuses_a_bad_period_next_to_nothing_written(qtbot, db, ui_ctx, tmp_path):
    tab = open_tab(qtbot, ui_ctx, "invoices")
    tab.run_module_action("printInvoicePeriod")
    dialog = tab.print_period_dialog
    dialog.period.setText("Nov 2026")
    dialog.target.setText(str(tmp_path / "x.pdf"))
    press_ok(dialog)
    qtbot.waitUntil(lambda: dialog.message_bar.text() == render(invoice_documents.BAD_PERIOD()), timeout=10000)
    assert not (tmp_path / "x.pdf").exists() and dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_convert_a_proforma_and_print_it(qtbot, db, ui_ctx):
    customer = add_customer(db)
    made = write(db, lambda s: proforma.create_proforma(s, ADMIN, proforma.ProformaRequest(
        customer, installation_fee="500000", deposit="300000")))
    tab = open_tab(qtbot, ui_ctx, "proforma_invoices")
    tab.run_module_action("convertProforma")
    qtbot.waitUntil(lambda: "is now invoice INV-" in tab.message_bar.text(), timeout=10000)
    invoice_id = read(db, lambda s: s.get(ProformaInvoice, made.id).invoice_id)
    assert invoice_row(db, invoice_id).total == Decimal("855000.00")
    tab.run_module_action("printProforma")
    qtbot.waitUntil(lambda: bool(previews()), timeout=10000)
    assert made.number in pdf_text(previews()[-1].pdf)


def test_a_supervisor_approves_a_credit_note_from_the_tab(qtbot, db, tmp_path):
    kasir = add_user(db, "kasir1", "cashier")
    add_user(db, "spv", "supervisor")
    invoice = add_invoice(db, add_customer(db))
    note = write(db, lambda s: credit_notes.request_credit_note(s, kasir, invoice, "Gangguan 3 hari", "16500"))
    ctx = make_ctx(db, kasir)
    tab = open_tab(qtbot, ctx, "credit_notes")
    assert tab.action_buttons["approveCreditNote"][0].isEnabled()
    tab.run_module_action("approveCreditNote")
    dialog = tab.approve_dialog
    fields = dialog.supervisor
    press_ok(dialog)                                          # nothing typed: said under both fields
    assert fields.username_error.text() and fields.password_error.text()
    fields.username_edit.setText("spv")
    fields.password_edit.setText("salah")
    press_ok(dialog)
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled() and not fields.password_error.isHidden(), timeout=10000)
    assert read(db, lambda s: s.get(CreditNote, note.id).status) == "draft" and fields.password_edit.text() == ""
    fields.password_edit.setText("rahasia123")
    with qtbot.waitSignal(dialog.approved, timeout=10000):
        press_ok(dialog)
    assert read(db, lambda s: s.get(CreditNote, note.id).status) == "applied"
    assert invoice_row(db, invoice).total == Decimal("150000.00")
    qtbot.waitUntil(lambda: "approved by Spv" in tab.message_bar.text(), timeout=5000)
    tab.run_module_action("printCreditNote")
    qtbot.waitUntil(lambda: bool(previews()), timeout=10000)
    assert note.number in pdf_text(previews()[-1].pdf)
    ctx.runner.wait()
    for preview in previews():
        preview.close()


def test_a_new_proforma_from_the_tab_and_its_field_errors(qtbot, db, ui_ctx):
    customer = add_customer(db)
    tab = open_tab(qtbot, ui_ctx, "proforma_invoices")
    tab.run_module_action("newProforma")
    dialog = tab.new_proforma_dialog
    dialog.editors["installation_fee"].edit.setText("lima ratus")
    press_ok(dialog)
    assert dialog.errors["installation_fee"].isVisible() and dialog.errors["installation_fee"].text()
    dialog.editors["customer_id"].set_choice(customer, "Budi Santoso")
    dialog.editors["installation_fee"].edit.setText("500.000")
    dialog.editors["prepaid_months"].edit.setText("2")
    press_ok(dialog)                                   # prepaid months without a monthly price
    qtbot.waitUntil(lambda: dialog.errors["monthly_price"].isVisible(), timeout=10000)
    assert dialog.errors["monthly_price"].text() == render(proforma.NO_MONTHLY_PRICE())
    dialog.editors["monthly_price"].edit.setText("Rp 150.000")
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        press_ok(dialog)
    made = saved.args[0]
    assert made.total == Decimal("888000.00")         # 800.000 + PPN 88.000
    qtbot.waitUntil(lambda: made.number in tab.message_bar.text(), timeout=5000)


def test_a_cashier_drafts_a_credit_note_from_the_invoice(qtbot, db):
    kasir = add_user(db, "kasir1", "cashier")
    invoice = add_invoice(db, add_customer(db))
    ctx = make_ctx(db, kasir)
    tab = open_tab(qtbot, ctx, "invoices")
    tab.run_module_action("requestCreditNote")
    dialog = tab.credit_note_dialog
    dialog.editors["amount"].edit.setText("200.000")
    dialog.editors["reason"].set_value("Salah tagih")
    press_ok(dialog)
    qtbot.waitUntil(lambda: dialog.errors["amount"].isVisible(), timeout=10000)
    number = invoice_row(db, invoice).invoice_number
    assert dialog.errors["amount"].text() == render(credit_notes.TOO_MUCH(room="Rp 166.500", number=number))
    dialog.editors["amount"].edit.setText("")         # all that is left
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        press_ok(dialog)
    assert saved.args[0].amount == Decimal("166500.00")
    assert read(db, lambda s: s.get(CreditNote, saved.args[0].id).requested_by) == kasir.user_id
    assert invoice_row(db, invoice).total == Decimal("166500.00")     # nothing applied before approval
    ctx.runner.wait()


def test_cancelling_a_period_print_leaves_no_file(qtbot, db, ui_ctx, tmp_path):
    import threading
    for n in range(3):
        add_invoice(db, add_customer(db, f"Pelanggan {n}"))
    tab = open_tab(qtbot, ui_ctx, "invoices")
    tab.run_module_action("printInvoicePeriod")
    dialog = tab.print_period_dialog
    dialog.period.setText("2026-11")
    dialog.target.setText(str(tmp_path / "nov.pdf"))
    gate = threading.Event()
    ui_ctx.runner.run(lambda _t: gate.wait(10))      # the single worker is busy: the print waits its turn
    press_ok(dialog)
    assert not dialog.period.isEnabled() and dialog.progress.isVisible()
    dialog.cancel()                                   # Cancel while it waits: the dialog stays open
    gate.set()
    qtbot.waitUntil(lambda: "cancelled" in dialog.message_bar.text(), timeout=20000)
    assert dialog.isVisible() and dialog.period.isEnabled()
    assert list(tmp_path.glob("nov.pdf*")) == []


def _labels(dialog) -> list[str]:
    from PySide6.QtWidgets import QLabel
    return [label.text() for label in dialog.findChildren(QLabel) if label.text()]


def test_the_document_forms_and_the_print_filter_speak_indonesian(qtbot, db, indonesian):
    """What was English in Indonesian: the proforma form's labels, "Amount"/"Reason" of
    the credit note, the invoice print filter; and a refusal from the service, translated."""
    kasir = add_user(db, "kasir1", "cashier")
    add_invoice(db, add_customer(db))
    ctx = make_ctx(db, ADMIN)
    tab = open_tab(qtbot, ctx, "invoices")
    tab.run_module_action("printInvoicePeriod")
    statuses = [tab.print_period_dialog.status.itemText(i) for i in range(tab.print_period_dialog.status.count())]
    assert statuses == ["Semua tagihan kecuali yang dibatalkan", "Belum dibayar", "Menunggak", "Dibayar sebagian",
                        "Lunas"]
    tab.print_period_dialog.reject()

    proformas = open_tab(qtbot, ctx, "proforma_invoices")
    proformas.run_module_action("newProforma")
    dialog = proformas.new_proforma_dialog
    labels = _labels(dialog)
    for expected in ("Pelanggan", "Kontrak", "Biaya pemasangan", "Deposit", "Bulan dibayar di muka", "Harga bulanan",
                     "Catatan"):
        assert expected in labels, labels
    assert not {"Customer", "Contract", "Installation fee", "Prepaid months", "Monthly price", "Notes"} & set(labels)
    dialog.reject()

    cashier_tab = open_tab(qtbot, make_ctx(db, kasir), "invoices")
    cashier_tab.run_module_action("requestCreditNote")
    note = cashier_tab.credit_note_dialog
    labels = _labels(note)
    assert {"Jumlah", "Alasan"} <= set(labels) and not {"Amount", "Reason"} & set(labels), labels
    note.editors["amount"].edit.setText("200.000")
    note.editors["reason"].set_value("Salah tagih")
    press_ok(note)
    qtbot.waitUntil(lambda: note.errors["amount"].isVisible(), timeout=10000)
    assert note.errors["amount"].text().startswith("Paling banyak Rp 166.500 yang masih bisa dikreditkan")
