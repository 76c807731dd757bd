"""The conversion dialog end to end: fields filled from the lead and package,
Convert makes the customer, contract, subscription, work order and proforma
(linked); a bad promotion code, NIK or amount is shown next to its field and
leaves nothing; a second conversion is refused."""
from __future__ import annotations

from datetime import date, timedelta

import sqlalchemy as sa

from ispdesk.db.models import Contract, Customer, Lead, ProformaInvoice, RecurringBilling, WorkOrder
from ispdesk.db.unit_of_work import read
from ispdesk.domain.nik import nik_problem
from ispdesk.services import lead_conversion, promotions
from ispdesk.services.modules import SPECS
from ispdesk.ui.sales.conversion_dialog import ConversionDialog
from ispdesk.ui.widgets.table_tab import TableTab
from tests.support.actors import add_user
from tests.services.billing_support import add_promotion
from tests.services.lead_support import add_lead, move
from tests.ui.widget_support import ctx, indonesian, isolated_settings  # noqa: F401
from tests.support.builders import add_packages

NIK = "3273015505900007"
TODAY = date(2026, 11, 24)


def open_dialog(qtbot, ctx, lead_id: int) -> ConversionDialog:
    dialog = ConversionDialog(ctx, lead_id, today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=10000):
        dialog.show()
    return dialog


def count(db, model) -> int:
    return read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(model)))


def prepared(db):
    package = add_packages(db)[1]
    lead = add_lead(db, name="Rina Kusuma", address="Jl. Dago No. 5", kabupaten="Kota Bandung",
                    interested_package_id=package)
    move(db, lead.id, "qualified")
    return package, lead


def test_convert_makes_everything_linked(qtbot, db, ctx):
    package, lead = prepared(db)
    technician = add_user(db, "teknisi", "technician")
    add_promotion(db, "HEMAT10", "discount_percent", "10")
    dialog = open_dialog(qtbot, ctx, lead.id)
    assert lead.number in dialog.lead_label.text() and "Jl. Dago No. 5" in dialog.lead_label.text()
    assert dialog.package.currentData() == package and dialog.monthly_fee.text() == "Rp 375.000"
    assert dialog.terms.toPlainText().startswith("1. Layanan internet")
    qtbot.keyClicks(dialog.nik, NIK)
    qtbot.keyClicks(dialog.installation_fee, "500.000")
    qtbot.keyClicks(dialog.deposit, "300000")
    qtbot.keyClicks(dialog.promotion, "HEMAT10")
    dialog.technician.setCurrentIndex(dialog.technician.findData(technician.user_id))
    dialog.install_date.setDate(dialog.install_date.date().addDays(3))
    with qtbot.waitSignal(dialog.converted, timeout=10000) as done:
        dialog.convert_button.click()
    result = done.args[0]
    assert result.customer_number in dialog.result_label.text() and result.proforma_number in dialog.result_label.text()
    dialog.grab().save("/tmp/sales_conversion_dialog.png")

    def check(s):
        customer = s.get(Customer, result.customer_id)
        contract = s.get(Contract, result.contract_id)
        sub = s.get(RecurringBilling, result.subscription_id)
        order = s.get(WorkOrder, result.work_order_id)
        proforma = s.get(ProformaInvoice, result.proforma_id)
        row = s.get(Lead, lead.id)
        assert customer.nik == NIK and contract.customer_id == customer.id and contract.lead_id == lead.id
        assert contract.monthly_fee == 375000 and contract.installation_fee == 500000 and contract.auto_renew
        assert (sub.contract_id, sub.is_active) == (contract.id, False)
        assert (order.contract_id, order.assigned_to, order.scheduled_date) == (
            contract.id, technician.user_id, TODAY + timedelta(days=3))
        assert (proforma.contract_id, proforma.deposit) == (contract.id, 300000)
        assert (row.status, row.customer_id) == ("won", customer.id)
    read(db, check)


def test_a_bad_promotion_nik_or_amount_is_shown_by_its_field_and_nothing_is_made(qtbot, db, ctx):
    _package, lead = prepared(db)
    dialog = open_dialog(qtbot, ctx, lead.id)
    qtbot.keyClicks(dialog.installation_fee, "lima ratus")
    dialog.convert_button.click()
    assert "amount" in dialog.errors.text("installation_fee")
    dialog.installation_fee.clear()
    qtbot.keyClicks(dialog.nik, "3273")
    qtbot.keyClicks(dialog.promotion, "NOPE")
    dialog.convert_button.click()
    qtbot.waitUntil(lambda: dialog.errors.text("nik") != "", timeout=10000)
    assert dialog.errors.text("nik") == nik_problem("3273").render()
    assert dialog.errors.text("promotion_code") == promotions.UNKNOWN_CODE(code="NOPE").render()
    assert dialog.convert_button.isEnabled() and not dialog.result_label.isVisible()
    for model in (Customer, Contract, RecurringBilling, WorkOrder, ProformaInvoice):
        assert count(db, model) == 0
    assert read(db, lambda s: s.get(Lead, lead.id).status) == "qualified"


def test_the_leads_tab_converts_the_selected_lead_once(qtbot, db, ctx):
    _package, lead = prepared(db)
    tab = TableTab(ctx, SPECS["leads"])
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10000)
    dialog = tab.action_buttons["convertLead"][1].run(tab, lead.id)
    qtbot.waitUntil(lambda: dialog.convert_button.isEnabled(), timeout=10000)
    qtbot.keyClicks(dialog.nik, NIK)
    with qtbot.waitSignal(dialog.converted, timeout=10000):
        dialog.convert_button.click()
    assert "converted" in tab.message_bar.label.text()
    dialog.close()
    second = tab.action_buttons["convertLead"][1].run(tab, lead.id)
    qtbot.waitUntil(lambda: second.convert_button.isEnabled(), timeout=10000)
    qtbot.keyClicks(second.nik, "3273011505900007")
    second.convert_button.click()
    qtbot.waitUntil(lambda: second.message_bar.isVisible(), timeout=10000)
    assert second.message_bar.label.text() == lead_conversion.ALREADY_CONVERTED(number=lead.number).render()
    assert count(db, Customer) == 1
    second.close()
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10000)


def test_the_contracts_tab_prints_the_converted_contract(qtbot, db, ctx):
    from ispdesk.ui.widgets.print_preview import DocumentPreview
    from tests.printing.pdf_reading import pdf_text
    _package, lead = prepared(db)
    dialog = open_dialog(qtbot, ctx, lead.id)
    qtbot.keyClicks(dialog.nik, NIK)
    with qtbot.waitSignal(dialog.converted, timeout=10000) as done:
        dialog.convert_button.click()
    tab = TableTab(ctx, SPECS["contracts"])
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10000)
    tab.action_buttons["printContract"][1].run(tab, done.args[0].contract_id)
    qtbot.waitUntil(lambda: isinstance(getattr(tab, "document_preview", None), DocumentPreview), timeout=10000)
    text = pdf_text(tab.document_preview.pdf)
    assert done.args[0].contract_number in text and "Layanan internet" in text     # with its terms
    tab.document_preview.close()


def test_check_shows_what_a_promotion_does_before_converting(qtbot, db, ctx):
    _package, lead = prepared(db)
    add_promotion(db, "HEMAT10", "discount_percent", "10")
    dialog = open_dialog(qtbot, ctx, lead.id)
    qtbot.keyClicks(dialog.promotion, "HEMAT10")
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.promotion_info.text() != "", timeout=10000)
    assert "Rp 37.500" in dialog.promotion_info.text() and "Rp 337.500" in dialog.promotion_info.text()
    dialog.promotion.setText("NOPE")
    dialog.check_button.click()
    refusal = promotions.UNKNOWN_CODE(code="NOPE").render()
    qtbot.waitUntil(lambda: dialog.errors.text("promotion_code") == refusal, timeout=10000)
    assert dialog.promotion_info.text() == "" and count(db, Customer) == 0


def test_the_promotion_code_field_sits_next_to_its_label(qtbot, db, ctx):
    from PySide6.QtWidgets import QLabel
    _package, lead = prepared(db)
    dialog = open_dialog(qtbot, ctx, lead.id)
    dialog.resize(980, 700)                   # more room than the rows need
    qtbot.wait(50)
    label = next(w for w in dialog.findChildren(QLabel) if w.text() == "Promotion code")
    centre = label.mapTo(dialog, label.rect().center()).y()
    field_top = dialog.promotion.mapTo(dialog, dialog.promotion.rect().topLeft()).y()
    assert field_top <= centre <= field_top + dialog.promotion.height()
    start = dialog.start_date.mapTo(dialog, dialog.start_date.rect().topLeft()).y()
    assert field_top - start < 3 * dialog.promotion.height()      # no gap above it either
    assert dialog.terms.height() > 80                              # the spare room shows more of the terms
    dialog.close()


def test_a_promotion_refusal_reads_in_the_programs_language(qtbot, db, ctx, indonesian):
    """The refusal is the service's message translated where it is shown (it was English)."""
    _package, lead = prepared(db)
    add_promotion(db, "LAMA", "discount_amount", "10000", start=date(2020, 1, 1), end=date(2020, 12, 31))
    dialog = open_dialog(qtbot, ctx, lead.id)
    qtbot.keyClicks(dialog.promotion, "LAMA")
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.errors.text("promotion_code") != "", timeout=10000)
    assert dialog.errors.text("promotion_code") == "Promo LAMA sudah berakhir pada 31 Des 2020."
