"""The payment dialog driven by keyboard over a real database (sqlite and
MariaDB): find, allocate, refuse, post, print, retry after a lost connection."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pymysql
import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from ispdesk.config import data_dir
from ispdesk.db.models import Receipt
from ispdesk.db.unit_of_work import read
from ispdesk.domain.allocation import PARTIAL_REFUSED
from ispdesk.domain.messages import render
from ispdesk.services import audit, payments, receipts
from ispdesk.ui.cashier.payment_dialog import PaymentDialog
from ispdesk.ui.cashier.shift_dialogs import OpenShiftDialog
from ispdesk.ui.widgets.print_preview import DocumentPreview
from tests.ui.cashier_support import (TODAY, add_customer, count_rows, counter, invoice_state,  # noqa: F401
                                     open_shift, pay)
from tests.ui.widget_support import indonesian  # noqa: F401 (fixture)

SHOTS = Path("/tmp/cashier-ui-shots")
Enter = Qt.Key.Key_Return


def dialog_for(qtbot, c, *, print_receipts=False) -> PaymentDialog:
    dialog = PaymentDialog(c.ctx, print_receipts=print_receipts, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    c.settle(qtbot)
    return dialog


def find(qtbot, dialog, text: str) -> None:
    """Type ``text`` in the search field and press Enter: one match opens the account."""
    dialog.search_edit.setFocus()
    dialog.search_edit.clear()
    with qtbot.waitSignal(dialog.account_loaded, timeout=10000):
        qtbot.keyClicks(dialog.search_edit, text)
        qtbot.keyClick(dialog.search_edit, Enter)


def confirm_and_wait(qtbot, dialog) -> object:
    with qtbot.waitSignal(dialog.posted, timeout=15000, raising=False) as posted:
        qtbot.keyClick(dialog.focusWidget(), Enter)
    assert posted.signal_triggered, (dialog.message_bar.text(),
                                     {f: dialog.errors.text(f) for f in dialog.errors.labels})
    return posted.args[0]


def tick_partial(qtbot, dialog) -> None:
    """Alt+P ticks "Partial payment" (a mnemonic clicks after a short animation)."""
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.allow_partial.isChecked, timeout=2000)


def press_enter_refused(qtbot, c, dialog) -> None:
    qtbot.keyClick(dialog.focusWidget(), Enter)
    c.settle(qtbot)


@pytest.fixture
def budi(counter):
    return add_customer(counter.db, "C-000101", "Budi Santoso", "081234567801", "Jl. Dago No. 5, Bandung",
                        [Decimal("250000"), Decimal("250000"), Decimal("250000")])


def test_find_by_number_phone_invoice_and_several_names(qtbot, counter, budi):
    other = add_customer(counter.db, "C-000102", "Budi Hartono", "081299990000", "Jl. Riau 9", [Decimal("375000")])
    dialog = dialog_for(qtbot, counter)
    assert dialog.search_edit.hasFocus()
    find(qtbot, dialog, "C-000101")
    account = dialog.account
    assert account.customer_id == budi[0]
    assert dialog.invoice_table.rowCount() == 3
    assert dialog.invoice_table.item(0, 5).text() == "Rp 250.000"
    assert dialog.total_due_label.text() == "Rp 750.000"
    assert dialog.amount_edit.hasFocus()      # straight on to the amount
    assert "Budi Santoso" in dialog.customer_label.text()

    find(qtbot, dialog, "081299990000")
    assert dialog.account.customer_id == other[0]
    find(qtbot, dialog, dialog_invoice := "INV-202608-%04d0" % budi[0])
    assert dialog.account.customer_id == budi[0], dialog_invoice

    dialog.search_edit.setFocus()
    dialog.search_edit.clear()
    with qtbot.waitSignal(dialog.searched, timeout=10000):
        qtbot.keyClicks(dialog.search_edit, "Budi")
        qtbot.keyClick(dialog.search_edit, Enter)
    assert dialog.results.isVisible() and dialog.results.count() == 2
    assert dialog.results.hasFocus()
    SHOTS.mkdir(exist_ok=True)
    qtbot.wait(30)
    dialog.grab().save(str(SHOTS / "payment_dialog_results.png"))
    wanted = next(i for i in range(2) if dialog.results.item(i).data(Qt.ItemDataRole.UserRole) == other[0])
    for _ in range(wanted):
        qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.account_loaded, timeout=10000):
        qtbot.keyClick(dialog.results, Enter)
    assert dialog.account.customer_id == other[0]

    dialog.search_edit.setFocus()
    dialog.search_edit.clear()
    qtbot.keyClicks(dialog.search_edit, "Nobody Here")
    qtbot.keyClick(dialog.search_edit, Enter)
    counter.settle(qtbot)
    assert "No customer matches" in dialog.errors.text("search")

    dialog.search_edit.clear()
    with qtbot.waitSignal(dialog.searched, timeout=10000):         # typing alone lists the matches
        qtbot.keyClicks(dialog.search_edit, "Budi")
    assert dialog.results.count() == 2 and dialog.search_edit.hasFocus()
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Down)            # Down goes into the list
    assert dialog.results.hasFocus()
    with qtbot.waitSignal(dialog.account_loaded, timeout=10000):
        qtbot.keyClick(dialog.results, Enter)

    find(qtbot, dialog, "C-000101")
    qtbot.keyClicks(dialog.amount_edit, "50000")
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Escape)   # Esc cancels this payment
    assert not dialog.isVisible() and dialog.account is None and dialog.amount_edit.text() == ""


def test_cash_overpay_shows_change_posts_prints_and_resets(qtbot, counter, budi):
    open_shift(counter)
    dialog = dialog_for(qtbot, counter, print_receipts=True)
    find(qtbot, dialog, "C-000101")
    qtbot.keyClicks(dialog.amount_edit, "1.000.000")
    assert dialog.change_label.text() == "Rp 250.000"
    assert "paid" in dialog.preview_label.text()
    SHOTS.mkdir(exist_ok=True)
    qtbot.wait(50)                                          # let the layout take the new texts
    dialog.grab().save(str(SHOTS / "payment_dialog_change.png"))

    result = confirm_and_wait(qtbot, dialog)
    assert result.change == Decimal("250000") and not result.already_posted
    assert [invoice_state(counter.db, i) for i in budi[1]] == [(Decimal("250000.00"), "paid")] * 3
    # ready for the next customer, with the change still in sight
    assert dialog.account is None and dialog.search_edit.text() == "" and dialog.search_edit.hasFocus()
    assert "Rp 250.000" in dialog.last_label.text() and result.receipt_number in dialog.last_label.text()
    # the receipt was counted as printed, saved under the data folder and previewed
    counter.settle(qtbot)
    qtbot.waitUntil(lambda: any(isinstance(w, DocumentPreview) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=10000)
    preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DocumentPreview) and w.isVisible())
    assert result.receipt_number in preview.windowTitle() and preview.page_labels
    qtbot.wait(30)
    preview.grab().save(str(SHOTS / "receipt_preview.png"))
    data = read(counter.db, lambda s: receipts.receipt_data(s, counter.ctx.actor, result.receipt_id))
    assert data.copy_number == 1            # one print so far: the next is COPY 1
    assert (data_dir() / "receipts" / f"{result.receipt_number}.pdf").stat().st_size > 1000


def test_a_scanned_receipt_code_finds_the_customer(qtbot, counter, budi):
    open_shift(counter)
    dialog = dialog_for(qtbot, counter)
    find(qtbot, dialog, "C-000101")
    qtbot.keyClicks(dialog.amount_edit, "250000")
    tick_partial(qtbot, dialog)   # oldest first, partly
    dialog.amount_edit.setFocus()
    result = confirm_and_wait(qtbot, dialog)
    find(qtbot, dialog, receipts.verification_text(result.receipt_number))
    assert dialog.account.customer_id == budi[0]
    assert dialog.invoice_table.rowCount() == 2


def test_partial_payment_is_refused_until_confirmed_then_pays_the_oldest(qtbot, counter, budi):
    open_shift(counter)
    dialog = dialog_for(qtbot, counter)
    find(qtbot, dialog, "C-000101")
    qtbot.keyClicks(dialog.amount_edit, "100000")
    press_enter_refused(qtbot, counter, dialog)
    assert dialog.errors.text("amount") == render(PARTIAL_REFUSED(due="Rp 750.000"))
    assert count_rows(counter.db, "receipts") == 0 and count_rows(counter.db, "payments") == 0
    tick_partial(qtbot, dialog)
    dialog.amount_edit.setFocus()
    confirm_and_wait(qtbot, dialog)
    assert invoice_state(counter.db, budi[1][0]) == (Decimal("100000.00"), "partial")
    assert invoice_state(counter.db, budi[1][1])[1] != "paid"


def test_a_ticked_invoice_gets_the_money(qtbot, counter, budi):
    open_shift(counter)
    dialog = dialog_for(qtbot, counter)
    find(qtbot, dialog, "C-000101")
    dialog.invoice_table.setFocus()
    qtbot.keyClick(dialog.invoice_table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.invoice_table, Qt.Key.Key_Space)
    assert dialog.ticked_ids() == (budi[1][1],)
    qtbot.keyClick(dialog.invoice_table, Enter)            # Enter in the table moves on to the amount
    assert dialog.amount_edit.hasFocus()
    qtbot.keyClicks(dialog.amount_edit, "250.000")
    confirm_and_wait(qtbot, dialog)
    assert invoice_state(counter.db, budi[1][0])[1] != "paid"
    assert invoice_state(counter.db, budi[1][1]) == (Decimal("250000.00"), "paid")


def test_non_cash_needs_a_reference_next_to_the_field(qtbot, counter, budi):
    dialog = dialog_for(qtbot, counter)
    find(qtbot, dialog, "C-000101")
    qtbot.keyClicks(dialog.amount_edit, "750000")
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_F6)      # transfer
    assert dialog.method() == "transfer" and dialog.reference_edit.hasFocus()
    assert not dialog.change_label.isVisible()
    press_enter_refused(qtbot, counter, dialog)
    assert dialog.reference_error.isVisible() and dialog.errors.text("reference") == render(payments.NO_REFERENCE())
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "payment_dialog_reference_refused.png"))
    assert count_rows(counter.db, "receipts") == 0 and count_rows(counter.db, "payments") == 0
    qtbot.keyClicks(dialog.reference_edit, "BCA-778812")
    assert not dialog.reference_error.isVisible()
    result = confirm_and_wait(qtbot, dialog)           # no shift needed for a transfer
    assert result.amount_applied == Decimal("750000")
    method, reference = read(counter.db, lambda s: s.execute(sa.select(Receipt.payment_method,
                                                                       Receipt.reference_number)).one())
    assert (method, reference) == ("transfer", "BCA-778812")


def test_no_shift_refuses_cash_and_opens_one_from_the_message(qtbot, counter, budi):
    dialog = dialog_for(qtbot, counter)
    assert "No open shift" in dialog.shift_label.text()
    find(qtbot, dialog, "C-000101")
    qtbot.keyClicks(dialog.amount_edit, "250000")
    press_enter_refused(qtbot, counter, dialog)
    assert "no open shift" in dialog.message_bar.text()
    assert dialog.message_bar.action.text() == "Open shift\u2026"
    assert count_rows(counter.db, "receipts") == 0
    dialog.message_bar.action.click()
    shift_dialog = dialog.findChild(OpenShiftDialog)
    qtbot.waitExposed(shift_dialog)
    qtbot.keyClicks(shift_dialog.float_edit, "500.000")
    qtbot.keyClick(shift_dialog.float_edit, Enter)
    counter.settle(qtbot)
    assert dialog.shift is not None and "open since" in dialog.shift_label.text()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog and dialog.amount_edit.hasFocus())
    tick_partial(qtbot, dialog)
    dialog.amount_edit.setFocus()
    result = confirm_and_wait(qtbot, dialog)
    shift_id = read(counter.db, lambda s: s.execute(sa.select(Receipt.cash_shift_id)
                                                    .where(Receipt.id == result.receipt_id)).scalar_one())
    assert shift_id == dialog.shift.shift_id


def test_lost_connection_keeps_the_data_and_retry_posts_once(qtbot, counter, budi):
    """The first commit reaches the database but the client sees the
    connection drop (MySQL error 2013); Retry reuses the idempotency key."""
    open_shift(counter)
    dialog = dialog_for(qtbot, counter)
    find(qtbot, dialog, "C-000101")
    qtbot.keyClicks(dialog.amount_edit, "300000")
    tick_partial(qtbot, dialog)
    key = dialog.idempotency_key
    dropped = []

    def drop_after_commit(session):
        if not dropped and session.info.get(audit.MODULE_KEY) == "payments":
            dropped.append(True)
            raise OperationalError("COMMIT", {}, pymysql.err.OperationalError(2013, "Lost connection"))

    event.listen(counter.db.sessions, "after_commit", drop_after_commit)
    try:
        dialog.amount_edit.setFocus()
        press_enter_refused(qtbot, counter, dialog)
    finally:
        event.remove(counter.db.sessions, "after_commit", drop_after_commit)
    assert dropped and "connection to the database was lost" in dialog.message_bar.text()
    assert dialog.message_bar.action.isVisible() and dialog.body.isEnabled()
    assert dialog.amount_edit.amount() == Decimal("300000") and dialog.account is not None   # nothing is lost
    assert count_rows(counter.db, "receipts") == 1                               # the first attempt got through
    with qtbot.waitSignal(dialog.posted, timeout=15000) as posted:
        dialog.message_bar.action.click()                                         # Retry
    assert posted.args[0].already_posted
    assert count_rows(counter.db, "receipts") == 1 and count_rows(counter.db, "payments") == 2
    assert read(counter.db, lambda s: s.execute(sa.select(Receipt.idempotency_key)).scalar_one()) == key
    assert invoice_state(counter.db, budi[1][0]) == (Decimal("250000.00"), "paid")
    assert invoice_state(counter.db, budi[1][1]) == (Decimal("50000.00"), "partial")
    assert "already posted" in dialog.last_label.text()


def test_credit_pays_part_of_an_invoice(qtbot, counter):
    customer, invoices = add_customer(counter.db, "C-000111", "Ani Wijaya", "081211110007", "Jl. Cihampelas 2",
                                      [Decimal("250000")], credit=Decimal("100000"))
    open_shift(counter)
    dialog = dialog_for(qtbot, counter)
    find(qtbot, dialog, "C-000111")
    assert "Rp 100.000" in dialog.credit_label.text() and dialog.use_credit.isEnabled()
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)   # &Use credit
    qtbot.waitUntil(dialog.use_credit.isChecked, timeout=2000)
    dialog.amount_edit.setFocus()
    qtbot.keyClicks(dialog.amount_edit, "150000")
    assert "Credit used: Rp 100.000" in dialog.preview_label.text() and dialog.change_label.text() == "Rp 0"
    result = confirm_and_wait(qtbot, dialog)
    assert result.credit_used == Decimal("100000") and result.credit_balance == Decimal("0")
    assert invoice_state(counter.db, invoices[0]) == (Decimal("250000.00"), "paid")


def test_an_invoice_paid_at_another_counter_meanwhile_is_refused_and_reloaded(qtbot, counter, budi):
    open_shift(counter)
    dialog = dialog_for(qtbot, counter)
    find(qtbot, dialog, "C-000101")
    oldest = dialog.account.invoices[0].invoice_number
    pay(counter, budi[0], "250000")                       # another counter takes the oldest invoice
    qtbot.keyClicks(dialog.amount_edit, "750000")
    with qtbot.waitSignal(dialog.account_loaded, timeout=15000):
        qtbot.keyClick(dialog.amount_edit, Enter)
    assert dialog.message_bar.text() == render(payments.PAID_MEANWHILE(number=oldest))
    assert dialog.invoice_table.rowCount() == 2 and dialog.total_due_label.text() == "Rp 500.000"
    assert count_rows(counter.db, "receipts") == 1        # only the other counter's


def test_a_scanned_proforma_becomes_its_invoice_and_is_paid_at_the_counter(qtbot, counter, budi):
    from ispdesk.db.models import ProformaInvoice
    from ispdesk.db.unit_of_work import write
    from ispdesk.services import proforma
    made = write(counter.db, lambda s: proforma.create_proforma(s, counter.supervisor, proforma.ProformaRequest(
        customer_id=budi[0], installation_fee="500000")))
    open_shift(counter)
    dialog = dialog_for(qtbot, counter)
    find(qtbot, dialog, made.number)
    converted = read(counter.db, lambda s: s.get(ProformaInvoice, made.id).invoice_id)
    assert converted is not None and dialog.invoice_table.rowCount() == 4   # three old invoices and the proforma's
    proforma_total = read(counter.db, lambda s: s.get(ProformaInvoice, made.id).total)
    dialog.amount_edit.setFocus()
    qtbot.keyClicks(dialog.amount_edit, str(int(proforma_total) + 750000))
    confirm_and_wait(qtbot, dialog)
    assert read(counter.db, lambda s: s.get(ProformaInvoice, made.id).status) == "paid"
    find(qtbot, dialog, made.number)                        # scanned again: converted once, nothing owed
    assert read(counter.db, lambda s: s.query(ProformaInvoice).count()) == 1 and dialog.invoice_table.rowCount() == 0


def test_unticked_invoices_show_what_the_payment_gives_each_oldest_first(qtbot, counter, budi):
    open_shift(counter)
    dialog = dialog_for(qtbot, counter)
    find(qtbot, dialog, "C-000101")
    qtbot.keyClicks(dialog.amount_edit, "500.000")
    tick_partial(qtbot, dialog)                      # two of the three invoices
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=5000)
    # Nothing ticked: the ticks are the cashier's choice; "This payment" shows the oldest two are paid.
    assert dialog.ticked_ids() == ()
    assert dialog.invoice_table.paid_now() == ("Rp 250.000", "Rp 250.000", "")
    assert "oldest invoices first" in dialog.invoice_table.horizontalHeaderItem(0).toolTip()
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "payment_dialog_this_payment.png"))
    dialog.tick(2)                                   # the customer pays the newest one
    qtbot.waitUntil(lambda: dialog.invoice_table.paid_now()[2] == "Rp 250.000", timeout=5000)
    assert dialog.ticked_ids() == (budi[1][2],) and dialog.invoice_table.paid_now()[:2] == ("", "")
    dialog.amount_edit.clear()
    qtbot.waitUntil(lambda: dialog.invoice_table.paid_now() == ("", "", ""), timeout=5000)
    dialog.reject()


def test_the_counter_speaks_indonesian_in_the_list_the_status_and_the_refusal(qtbot, counter, budi, indonesian):
    """What was English at an Indonesian counter: "due Rp" in the list of matches, the
    customer's status "(Suspended)" and the partial-payment refusal."""
    from ispdesk.db.models import Customer
    from ispdesk.db.unit_of_work import write
    other = add_customer(counter.db, "C-000102", "Budi Hartono", "081299990000", "Jl. Riau 9", [Decimal("375000")])
    write(counter.db, lambda s: setattr(s.get(Customer, other[0]), "status", "suspended"))
    open_shift(counter)
    dialog = dialog_for(qtbot, counter)
    with qtbot.waitSignal(dialog.searched, timeout=10000):
        qtbot.keyClicks(dialog.search_edit, "Budi")
        qtbot.keyClick(dialog.search_edit, Enter)
    listed = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert any(text.endswith("tagihan Rp 750.000") for text in listed), listed
    assert not any(" due " in text for text in listed), listed
    wanted = next(i for i in range(2) if dialog.results.item(i).data(Qt.ItemDataRole.UserRole) == other[0])
    for _ in range(wanted):
        qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.account_loaded, timeout=10000):
        qtbot.keyClick(dialog.results, Enter)
    assert "(Diisolir)" in dialog.customer_label.text() and "Suspended" not in dialog.customer_label.text()
    qtbot.keyClicks(dialog.amount_edit, "100000")
    press_enter_refused(qtbot, counter, dialog)
    refusal = dialog.errors.text("amount")
    assert refusal == render(PARTIAL_REFUSED(due="Rp 375.000"))
    assert refusal.startswith("Uang diterima kurang dari tagihan Rp 375.000"), refusal
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "payment_dialog_indonesian.png"))
