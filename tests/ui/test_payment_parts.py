"""The parts the payment dialog is built from, on their own: the invoice table
(Space ticks), the allocation preview, the amount/method panel, which failures
keep the request for a retry, and the Indonesian texts that moved with them."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pymysql
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import OperationalError

from ispdesk.domain.allocation import Allocation, AllocationPlan
from ispdesk.domain.errors import CONNECTION_LOST, ConflictError, DatabaseUnavailable, ISPDeskError, ValidationError
from ispdesk.services import payments
from ispdesk.services.customer_lookup import CustomerAccount, OutstandingInvoice
from ispdesk.ui.cashier import payment_posting as outcome
from ispdesk.ui.cashier.payment_entry import PaymentEntry
from ispdesk.ui.cashier.payment_invoices import InvoiceTable, allocation_html
from ispdesk.ui.i18n import install_language


def invoice(invoice_id: int, remaining: str, overdue: int = 0) -> OutstandingInvoice:
    return OutstandingInvoice(invoice_id, f"INV-202611-{invoice_id:06d}", "2026-11", date(2026, 11, 1),
                              date(2026, 11, 11), Decimal("166500"), Decimal("166500") - Decimal(remaining),
                              Decimal(remaining), overdue)


ACCOUNT = CustomerAccount(7, "CUST-000007", "Siti Rahayu", "081234567890", "Jl. Dago 5", "active",
                          (invoice(1, "166500", 12), invoice(2, "100000")), Decimal("266500"), Decimal("0"))


@pytest.fixture
def indonesian():
    before = QLocale()
    language = install_language(QApplication.instance(), "id")
    yield
    language.uninstall()
    QLocale.setDefault(before)


def test_space_ticks_invoices_and_the_table_says_so(qtbot):
    table = InvoiceTable()
    qtbot.addWidget(table)
    table.show_invoices(ACCOUNT.invoices)
    assert table.rowCount() == 2 and table.item(0, 1).text() == "INV-202611-000001"
    assert table.item(1, 5).text() == "Rp 100.000" and table.item(0, 6).text() == "12" and table.item(1, 6).text() == ""
    assert table.ticked_ids() == ()
    table.setCurrentCell(1, 1)
    with qtbot.waitSignal(table.ticked, timeout=1000):
        qtbot.keyClick(table, Qt.Key.Key_Space)
    assert table.ticked_ids() == (2,)
    qtbot.keyClick(table, Qt.Key.Key_Space)          # Space again unticks
    assert table.ticked_ids() == ()
    with qtbot.assertNotEmitted(table.ticked):       # filling the table is not a tick
        table.show_invoices(ACCOUNT.invoices)


def test_the_table_shows_what_this_payment_gives_each_invoice(qtbot):
    table = InvoiceTable()
    qtbot.addWidget(table)
    table.show_invoices(ACCOUNT.invoices)
    assert table.horizontalHeaderItem(7).text() == "This payment" and table.paid_now() == ("", "")
    plan = AllocationPlan((Allocation(1, Decimal("166500")), Allocation(2, Decimal("50000"))), Decimal("216500"),
                          Decimal("0"), Decimal("0"), Decimal("0"))
    with qtbot.assertNotEmitted(table.ticked):       # showing the plan ticks nothing
        table.show_plan(plan)
    assert table.paid_now() == ("Rp 166.500", "Rp 50.000") and table.ticked_ids() == ()
    assert table.item(0, 7).font().bold()
    table.show_plan(None)
    assert table.paid_now() == ("", "")


def test_the_preview_names_what_each_invoice_gets():
    plan = AllocationPlan((Allocation(1, Decimal("166500")), Allocation(2, Decimal("50000"))), Decimal("216500"),
                          Decimal("0"), Decimal("20000"), Decimal("0"))
    text = allocation_html(ACCOUNT, plan)
    assert "INV-202611-000001: <b>Rp 166.500</b> (paid)" in text
    assert "INV-202611-000002: <b>Rp 50.000</b> (Rp 50.000 left)" in text
    assert "Kept as credit: Rp 20.000" in text
    assert allocation_html(ACCOUNT, AllocationPlan((), Decimal("0"), Decimal("0"), Decimal("0"), Decimal("0"))) \
        == "<i>Nothing to pay.</i>"


def test_the_reference_and_keep_as_credit_follow_the_method(qtbot):
    entry = PaymentEntry()
    qtbot.addWidget(entry)
    entry.clear()
    assert entry.method() == "cash" and not entry.reference_edit.isEnabled() and entry.keep_credit.isEnabled()
    with qtbot.waitSignal(entry.method_changed, timeout=1000) as changed:
        entry.set_method("qris")
    assert changed.args == [False]
    assert entry.method() == "qris" and entry.reference_edit.isEnabled() and not entry.keep_credit.isEnabled()
    entry.set_credit_available(True)
    assert entry.use_credit.isEnabled() and not entry.use_credit.isChecked()
    with qtbot.waitSignal(entry.changed, timeout=1000):
        qtbot.keyClicks(entry.amount_edit, "150.000")
    assert entry.amount_edit.amount() == Decimal("150000")
    entry.clear()
    assert entry.method() == "cash" and entry.amount_edit.text() == "" and not entry.use_credit.isEnabled()


@pytest.mark.parametrize(("error", "kind"), [
    (DatabaseUnavailable(CONNECTION_LOST()), outcome.CONNECTION_LOST),
    (OperationalError("INSERT", {}, pymysql.err.OperationalError(2013, "Lost connection")), outcome.CONNECTION_LOST),
    (ConnectionResetError(), outcome.CONNECTION_LOST),
    (ValidationError({"method": payments.NO_SHIFT()}), outcome.NO_SHIFT),
    (RuntimeError("a bug"), outcome.UNEXPECTED),
    (ValidationError({"reference": payments.NO_REFERENCE()}), outcome.REFUSED),
    (ConflictError(payments.PAID_MEANWHILE(number="INV-1")), outcome.CONFLICT),
    (ISPDeskError(payments.POSTED_FOR_ANOTHER()), outcome.ERROR),
])
def test_only_failures_that_may_have_posted_keep_the_request_for_a_retry(error, kind):
    assert outcome.failure_kind(error) == kind
    assert (kind in outcome.KEEPS_REQUEST) == (kind in (outcome.CONNECTION_LOST, outcome.NO_SHIFT,
                                                        outcome.UNEXPECTED))


def test_the_moved_texts_are_still_indonesian(qtbot, indonesian):
    entry = PaymentEntry()
    table = InvoiceTable()
    for widget in (entry, table):
        qtbot.addWidget(widget)
    assert entry.use_credit.text() == "&Pakai saldo kredit"
    assert entry.allow_partial.text() == "Bayar seb&agian"
    assert entry.method_buttons["cash"].text() == "&Tunai (F5)"
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:7] == ["", "Tagihan", "Periode", "Jumlah", "Dibayar", "Sisa", "Hari menunggak"]
    assert len(headers) == 8                       # and "This payment" (translated when the lead regenerates)
    plan = AllocationPlan((Allocation(2, Decimal("50000")),), Decimal("50000"), Decimal("0"), Decimal("0"),
                          Decimal("0"))
    assert "(sisa Rp 50.000)" in allocation_html(ACCOUNT, plan)
