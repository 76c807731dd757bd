"""The payment dialog, when its key was posted for another customer: it says so
(``payments.posted_for_another``, in the program's language), not "the
connection was lost", and offers no retry; nothing is posted twice. On
MariaDB also when the other customer's payment commits while this one waits
on the key (the database's duplicate key 1062)."""
from __future__ import annotations

import threading
import time
import uuid
from decimal import Decimal

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from ispdesk.db.models import Receipt
from ispdesk.db.unit_of_work import read, write
from ispdesk.services import audit, payments
from ispdesk.ui.cashier.payment_dialog import PaymentDialog
from ispdesk.ui.i18n import translate_message
from tests.ui.cashier_support import TODAY, add_customer, count_rows, counter, invoice_state, open_shift  # noqa: F401
from tests.ui.widget_support import indonesian  # noqa: F401 (fixture)

Enter = Qt.Key.Key_Return


def _dialog(qtbot, c) -> PaymentDialog:  # noqa: ANN001
    dialog = PaymentDialog(c.ctx, print_receipts=False, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    c.settle(qtbot)
    return dialog


def _find(qtbot, dialog: PaymentDialog, text: str) -> None:  # noqa: ANN001
    dialog.search_edit.setFocus()
    dialog.search_edit.clear()
    with qtbot.waitSignal(dialog.account_loaded, timeout=10000):
        qtbot.keyClicks(dialog.search_edit, text)
        qtbot.keyClick(dialog.search_edit, Enter)


def _customers(c):  # noqa: ANN001, ANN202
    budi = add_customer(c.db, "C-000101", "Budi Santoso", "081234567801", "Jl. Dago No. 5, Bandung",
                        [Decimal("250000")])
    siti = add_customer(c.db, "C-000102", "Siti Aminah", "081234567802", "Jl. Riau 9, Bandung",
                        [Decimal("300000")])
    return budi, siti


def _post_for_budi(c, budi: int, key: str, session) -> payments.PostedPayment:  # noqa: ANN001
    request = payments.PaymentRequest(customer_id=budi, amount_received=Decimal("250000"), method="cash",
                                      idempotency_key=key)
    return payments.post_payment(session, c.ctx.actor, request)


def _siti_confirms_under(qtbot, dialog: PaymentDialog, key: str) -> None:  # noqa: ANN001
    """Siti's account open, her amount typed, the dialog's key set to ``key``; Enter."""
    _find(qtbot, dialog, "C-000102")
    dialog.poster.key = key              # the key another counter's payment carries
    qtbot.keyClicks(dialog.amount_edit, "300000")
    dialog.amount_edit.setFocus()
    qtbot.keyClick(dialog.amount_edit, Enter)


def _shows_the_conflict(c, dialog: PaymentDialog, key: str, budi: int, siti_invoice: int) -> None:  # noqa: ANN001
    text = dialog.message_bar.text()
    assert text == translate_message(payments.POSTED_FOR_ANOTHER()), text
    assert "connection" not in text.lower() and "koneksi" not in text.lower()
    assert not dialog.message_bar.action.isVisible()            # no "Retry": retrying cannot help
    assert dialog.poster.pending is None and dialog.body.isEnabled()
    assert dialog.amount_edit.amount() == Decimal("300000")      # what was typed is still there
    rows = read(c.db, lambda s: s.execute(sa.select(Receipt.customer_id).where(Receipt.idempotency_key == key))
                .scalars().all())
    assert rows == [budi] and count_rows(c.db, "receipts") == 1 and count_rows(c.db, "payments") == 1
    assert invoice_state(c.db, siti_invoice) == (Decimal("0.00"), "unpaid")


@pytest.mark.parametrize("language", ["en", "id"])
def test_key_posted_for_another_customer_is_said_plainly(qtbot, counter, language, request):  # noqa: F811
    if language == "id":
        request.getfixturevalue("indonesian")
    open_shift(counter)
    (budi, _), (siti, siti_invoices) = _customers(counter)
    key = uuid.uuid4().hex
    write(counter.db, lambda s: _post_for_budi(counter, budi, key, s),
          info=audit.actor_info(counter.ctx.actor, "payments"))
    dialog = _dialog(qtbot, counter)
    _siti_confirms_under(qtbot, dialog, key)
    counter.settle(qtbot)
    _shows_the_conflict(counter, dialog, key, budi, siti_invoices[0])
    if language == "id":
        assert dialog.message_bar.text().startswith("Pembayaran ini sudah dibukukan untuk pelanggan lain")


def test_key_committed_for_another_customer_while_waiting(qtbot, counter, backend):  # noqa: F811
    """Another counter holds Budi's payment under the key, uncommitted, while
    this dialog posts Siti's under it: on MariaDB the dialog's insert waits for
    that key and meets the duplicate when it commits; SQLite lets one writer
    in at a time, so the dialog waits for the commit and then finds the key."""
    open_shift(counter)
    (budi, _), (siti, siti_invoices) = _customers(counter)
    key = uuid.uuid4().hex
    posted, release, failures = threading.Event(), threading.Event(), []

    def other_counter() -> None:
        def work(session):  # noqa: ANN001, ANN202
            result = _post_for_budi(counter, budi, key, session)
            posted.set()
            assert release.wait(30)
            return result
        try:
            write(counter.db, work, info=audit.actor_info(counter.ctx.actor, "payments"))
        except BaseException as exc:  # noqa: BLE001 - the test reports it
            failures.append(exc)
            posted.set()

    dialog = _dialog(qtbot, counter)
    _find(qtbot, dialog, "C-000102")
    other = threading.Thread(target=other_counter)
    other.start()
    try:
        assert posted.wait(30) and not failures, failures
        dialog.poster.key = key
        qtbot.keyClicks(dialog.amount_edit, "300000")
        dialog.amount_edit.setFocus()
        qtbot.keyClick(dialog.amount_edit, Enter)
        assert dialog.posting
        if backend == "mariadb":
            def inserting() -> bool:
                with counter.db.engine.connect() as conn:
                    return conn.execute(sa.text(
                        "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE() "
                        "AND INFO LIKE 'INSERT INTO receipts%'")).scalar_one() == 1
            qtbot.waitUntil(inserting, timeout=15000)
        else:
            time.sleep(0.3)
        assert dialog.posting                                    # still waiting on the other counter
    finally:
        release.set()
        other.join(30)
    assert not failures, failures
    qtbot.waitUntil(lambda: not dialog.posting, timeout=15000)
    counter.settle(qtbot)
    _shows_the_conflict(counter, dialog, key, budi, siti_invoices[0])
