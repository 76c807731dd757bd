"""What a person sees when a search cannot be made (issue 15): the tab's search
box and the counter's F2 search say why, next to the box, in the program's
language, and nothing crashes; a name with a digit is found by typing it."""
from __future__ import annotations

from decimal import Decimal

import sqlalchemy as sa
from PySide6.QtCore import Qt

from ispdesk.db.models import Customer
from ispdesk.db.unit_of_work import write
from ispdesk.domain.search_text import MAX_LENGTH, MAX_WORDS, TOO_LONG, TOO_MANY_WORDS
from ispdesk.services.modules import SPECS
from ispdesk.ui.cashier.payment_dialog import PaymentDialog
from ispdesk.ui.i18n import translate_message
from ispdesk.ui.widgets.table_tab import TableTab
from tests.ui.cashier_support import TODAY, add_customer, counter  # noqa: F401 (fixture)
from tests.ui.widget_support import ctx, indonesian, isolated_settings, shot  # noqa: F401 (fixtures)

NAMES = ("Persen 100% Net", "Persen 100 Net", "Budi Santoso", "Ani%", "Anita Wijaya")


def add_names(db) -> None:
    write(db, lambda s: s.execute(sa.insert(Customer), [
        {"customer_number": f"CUST-2026-{i:04d}", "name": name, "phone": f"0812555{i:05d}", "status": "active",
         "credit_balance": 0, "never_suspend": False} for i, name in enumerate(NAMES, start=1)]))


def open_tab(qtbot, ctx) -> TableTab:
    tab = TableTab(ctx, SPECS["customers"])
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.show()
    settle(qtbot, tab)
    return tab


def settle(qtbot, tab: TableTab) -> None:
    qtbot.waitUntil(lambda: not tab.ctx.runner.busy and not tab.model.loading, timeout=10000)


def search(qtbot, tab: TableTab, text: str) -> None:
    tab.search_edit.clear()
    tab.search_edit.setFocus()
    qtbot.keyClicks(tab.search_edit, text)
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Return)
    settle(qtbot, tab)


def names(tab: TableTab) -> set[str]:
    column = tab.model.column_index("name")
    return {tab.model.index(r, column).data() for r in range(tab.model.rowCount())}


def test_the_tab_says_why_a_search_cannot_be_made_and_finds_names_with_digits(qtbot, db, ctx, indonesian):
    add_names(db)
    tab = open_tab(qtbot, ctx)
    search(qtbot, tab, "budi " * 30)
    assert tab.message_bar.level == "error"
    assert tab.message_bar.text() == translate_message(TOO_LONG(limit=MAX_LENGTH))
    assert tab.message_bar.text() != TOO_LONG.text.format(limit=MAX_LENGTH)   # in Indonesian, not English
    assert tab.message_bar.geometry().bottom() < tab.view.geometry().top()   # under the search box, above the rows
    assert tab.count_label.text() == "" and tab.model.rowCount() == 0        # no "Loading…" left behind
    shot(tab, "table_tab_search_too_long")
    search(qtbot, tab, " ".join(["a"] * (MAX_WORDS + 1)))
    assert tab.message_bar.text() == translate_message(TOO_MANY_WORDS(limit=MAX_WORDS))
    search(qtbot, tab, "100%")
    assert names(tab) == {"Persen 100% Net"}
    assert tab.message_bar.text() == ""                        # the refusal went with the search it was about
    search(qtbot, tab, "persen 100")
    assert names(tab) == {"Persen 100% Net", "Persen 100 Net"}
    search(qtbot, tab, "ani%")
    assert names(tab) == {"Ani%"}
    tab.search_edit.setText("bu\x00di")                        # pasted with a NUL: read as "budi", not "bu"
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Return)
    settle(qtbot, tab)
    assert names(tab) == {"Budi Santoso"}


def test_the_counter_search_says_why_next_to_the_box(qtbot, counter):
    add_customer(counter.db, "C-000101", "Persen 100% Net", "081234567801", "Jl. Dago No. 5", [Decimal("250000")])
    add_customer(counter.db, "C-000102", "Persen 100 Net", "081234567802", "Jl. Riau 9", [Decimal("150000")])
    dialog = PaymentDialog(counter.ctx, print_receipts=False, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    counter.settle(qtbot)
    dialog.search_edit.setFocus()
    qtbot.keyClicks(dialog.search_edit, "x" * (MAX_LENGTH + 1))
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    counter.settle(qtbot)
    assert dialog.errors.text("search") == translate_message(TOO_LONG(limit=MAX_LENGTH))
    assert dialog.search_error.isVisible() and dialog.account is None
    shot(dialog, "payment_dialog_search_too_long")
    dialog.search_edit.clear()
    with qtbot.waitSignal(dialog.account_loaded, timeout=10000):
        qtbot.keyClicks(dialog.search_edit, "100%")
        qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    assert dialog.account.name == "Persen 100% Net"
    assert dialog.errors.text("search") == ""
