"""Opening a shift with a float and closing it blind, on sqlite and MariaDB."""
from __future__ import annotations

from decimal import Decimal
from importlib.util import find_spec

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from ispdesk.db.unit_of_work import read
from ispdesk.domain.messages import render
from ispdesk.services import cash_shifts
from ispdesk.ui.cashier.shift_dialogs import CloseShiftDialog, OpenShiftDialog
from ispdesk.ui.context import AppContext
from ispdesk.ui.widgets.print_preview import DocumentPreview
from tests.ui.cashier_support import add_customer, counter, open_shift, pay  # noqa: F401

Enter = Qt.Key.Key_Return


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def current(c):
    return read(c.db, lambda s: cash_shifts.current_shift(s, c.ctx.actor))


def visible_texts(widget) -> str:
    return " | ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def test_open_shift_with_a_float_typed_like_a_cashier(qtbot, counter):
    dialog = shown(qtbot, OpenShiftDialog(counter.ctx))
    assert dialog.float_edit.hasFocus()
    qtbot.keyClicks(dialog.float_edit, "dua ratus")
    qtbot.keyClick(dialog.float_edit, Enter)
    assert "Not an amount" in dialog.errors.text("opening_float")
    assert current(counter) is None
    dialog.float_edit.clear()
    qtbot.keyClicks(dialog.float_edit, "200.000")
    with qtbot.waitSignal(dialog.opened, timeout=10000) as opened:
        qtbot.keyClick(dialog.float_edit, Enter)
    shift = current(counter)
    assert opened.args[0].shift_id == shift.shift_id and shift.opening_float == Decimal("200000")
    assert dialog.result() == dialog.DialogCode.Accepted

    again = shown(qtbot, OpenShiftDialog(counter.ctx))
    qtbot.keyClicks(again.float_edit, "100000")
    qtbot.keyClick(again.float_edit, Enter)
    counter.settle(qtbot)
    assert again.message_bar.text() == render(cash_shifts.ALREADY_OPEN(shift=shift.shift_number))


def test_blind_close_hides_the_expected_cash_then_shows_the_variance(qtbot, counter):
    customer, _ = add_customer(counter.db, "C-000201", "Siti Aminah", "081211110002", "Jl. Braga 1",
                               [Decimal("250000")])
    shift_id = open_shift(counter, "200000")
    pay(counter, customer, "250000")                    # expected cash: 450.000
    shift = current(counter)
    dialog = shown(qtbot, CloseShiftDialog(counter.ctx, shift))
    assert "450.000" not in visible_texts(dialog) and "250.000" not in visible_texts(dialog)
    assert dialog.counts[100_000].hasFocus()
    qtbot.keyClicks(dialog.counts[100_000], "4")
    qtbot.keyClick(dialog.counts[100_000], Enter)        # Enter moves on, it does not close
    assert dialog.counts[50_000].hasFocus() and dialog.report is None
    qtbot.keyClick(dialog.counts[50_000], Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.counts[20_000], "1")
    assert dialog.counted_label.text() == "Rp 420.000"
    assert "450.000" not in visible_texts(dialog)
    qtbot.wait(30)
    dialog.grab().save("/tmp/cashier-ui-shots/close_shift_count.png")
    dialog.notes_edit.setFocus()
    qtbot.keyClicks(dialog.notes_edit, "selisih dicek")
    with qtbot.waitSignal(dialog.closed, timeout=10000) as closed:
        qtbot.keyClick(dialog.notes_edit, Enter)
    report = closed.args[0]
    assert (report.expected_cash, report.counted_cash, report.variance) == (
        Decimal("450000"), Decimal("420000"), Decimal("-30000"))
    assert dialog.result.expected_label.text() == "Rp 450.000"
    assert dialog.result.counted_label.text() == "Rp 420.000"
    assert dialog.result.variance_label.text() == "-Rp 30.000"
    assert "less than expected" in dialog.result.variance_note.text()
    qtbot.wait(30)
    dialog.grab().save("/tmp/cashier-ui-shots/close_shift_result.png")
    assert current(counter) is None
    assert read(counter.db, lambda s: cash_shifts.shift_report(s, counter.ctx.actor, shift_id)).variance \
        == Decimal("-30000")


@pytest.mark.skipif(find_spec("ispdesk.printing.shift_report") is None, reason="Z-report printing not built yet")
def test_z_report_opens_in_the_preview(qtbot, counter):
    open_shift(counter, "150000")
    dialog = shown(qtbot, CloseShiftDialog(counter.ctx, current(counter)))
    qtbot.keyClicks(dialog.counts[100_000], "1")
    dialog.counts[50_000].setValue(1)
    with qtbot.waitSignal(dialog.closed, timeout=10000):
        dialog.close_button.click()
    assert dialog.result.variance_label.text() == "Rp 0"
    dialog.report_button.click()
    previews = [w for w in QApplication.topLevelWidgets() if isinstance(w, DocumentPreview) and w.isVisible()]
    assert previews and previews[-1].page_labels and dialog.report.shift_number in previews[-1].windowTitle()
    qtbot.wait(30)
    previews[-1].grab().save("/tmp/cashier-ui-shots/z_report_preview.png")


def test_supervisor_closes_another_cashiers_shift_a_cashier_cannot(qtbot, counter):
    from tests.support.actors import add_user
    open_shift(counter, "100000")
    shift = current(counter)
    other = AppContext(db=counter.db, runner=counter.ctx.runner, actor=add_user(counter.db, "kasir2", "cashier"))
    refused = shown(qtbot, CloseShiftDialog(other, shift))
    refused.close_button.click()
    counter.settle(qtbot)
    assert refused.message_bar.text() == render(cash_shifts.NOT_YOURS()) and refused.report is None
    assert current(counter) is not None

    boss = AppContext(db=counter.db, runner=counter.ctx.runner, actor=counter.supervisor)
    dialog = shown(qtbot, CloseShiftDialog(boss, shift))
    dialog.counts[100_000].setValue(1)
    with qtbot.waitSignal(dialog.closed, timeout=10000) as closed:
        dialog.close_button.click()
    assert closed.args[0].variance == Decimal("0") and closed.args[0].closed_by == counter.supervisor.name
    assert current(counter) is None
