"""The contracts tab's buttons driven by qtbot on both databases: the sign
dialog (a signature drawn with the mouse, refusals next to their fields,
Clear, OK signs and activates), Activate / Suspend / Terminate… (asks first),
Ending soon… (the list, a double click selects the row on the tab), Renew due
(once), and the print button kept."""
from __future__ import annotations

import base64
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from ispdesk.db.models import AuditLog, Contract, RecurringBilling
from ispdesk.db.unit_of_work import read
from ispdesk.domain import clock
from ispdesk.domain.dates import format_date
from ispdesk.domain.messages import status_word
from ispdesk.services import contracts
from ispdesk.services.modules import SPECS
from ispdesk.ui.sales import actions as sales_actions
from ispdesk.ui.sales.contract_ending import PAST_COLOR, EndingSoonDialog
from ispdesk.ui.sales.sign_dialog import SignDialog
from ispdesk.ui.widgets.table_tab import TableTab
from tests.services.billing_docs_support import add_customer
from tests.services.test_contracts import add_contract
from tests.ui import widget_support
from tests.support.builders import add_packages
from tests.ui.widget_support import admin_ctx, shot  # noqa: F401 (fixtures)

isolated_settings = widget_support.isolated_settings   # autouse: the tab's QSettings stay in the test's folder


def contract(db: Any, contract_id: int) -> Contract:
    return read(db, lambda s: s.get(Contract, contract_id))


def open_sign_dialog(qtbot: Any, ctx: Any, contract_id: int) -> SignDialog:
    dialog = SignDialog(ctx, contract_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=10000):
        dialog.show()
    return dialog


def draw(qtbot: Any, pad: Any, points: list[tuple[int, int]]) -> None:
    """One stroke with the left button held down, as a hand would draw it."""
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for x, y in points[1:]:
        qtbot.mouseMove(pad, QPoint(x, y))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def open_tab(qtbot: Any, ctx: Any, rows: int) -> TableTab:
    tab = TableTab(ctx, SPECS["contracts"])
    qtbot.addWidget(tab)
    tab.resize(1200, 600)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == rows and not tab.model.loading, timeout=10000)
    return tab


def test_the_sign_dialog_refuses_an_empty_name_and_drawing_then_signs_and_activates(qtbot, db, admin_ctx):
    contract_id = add_contract(db, status="draft")
    dialog = open_sign_dialog(qtbot, admin_ctx, contract_id)
    assert "CTR-TEST-0001" in dialog.summary.text() and "Rina Kusuma" in dialog.summary.text()
    assert dialog.name_edit.text() == "Rina Kusuma"            # the customer signs, usually
    assert dialog.note.text() == "Signing makes this draft contract active."
    dialog.name_edit.clear()
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: dialog.errors.labels["signature"].isVisible(), timeout=10000)
    assert dialog.errors.text("signed_by") == contracts.SIGNER_NEEDED().render()
    assert dialog.errors.text("signature") == contracts.SIGNATURE_EMPTY().render()
    assert (contract(db, contract_id).status, contract(db, contract_id).signed_at) == ("draft", None)

    draw(qtbot, dialog.pad, [(40, 110), (80, 50), (120, 100), (170, 40), (220, 105)])
    assert not dialog.pad.is_empty() and not dialog.errors.labels["signature"].isVisible()
    dialog.clear_button.click()
    assert dialog.pad.is_empty() and dialog.pad.to_png_base64() == ""
    draw(qtbot, dialog.pad, [(30, 100), (70, 45), (110, 110), (150, 50), (200, 105), (260, 60), (330, 95)])
    draw(qtbot, dialog.pad, [(60, 125), (380, 118)])
    qtbot.keyClicks(dialog.name_edit, "Rina Kusuma")
    shot(dialog, "contract_sign_dialog")
    with qtbot.waitSignal(dialog.signed, timeout=10000) as done:
        dialog.confirm_button.click()
    assert (done.args[0].status, done.args[0].signed_by) == ("active", "Rina Kusuma")
    stored = contract(db, contract_id)
    assert (stored.status, stored.signed_by) == ("active", "Rina Kusuma") and stored.signed_at is not None
    png = base64.b64decode(stored.signature_image)
    assert png.startswith(b"\x89PNG") and len(png) > 500
    assert read(db, lambda s: s.scalars(sa.select(AuditLog.action).where(
        AuditLog.model_type == "contracts", AuditLog.action == "sign")).all()) == ["sign"]


def test_a_signed_contract_cannot_be_signed_again_in_the_dialog(qtbot, db, admin_ctx):
    contract_id = add_contract(db, status="draft")
    dialog = open_sign_dialog(qtbot, admin_ctx, contract_id)
    draw(qtbot, dialog.pad, [(40, 100), (300, 60)])
    with qtbot.waitSignal(dialog.signed, timeout=10000):
        dialog.confirm_button.click()
    again = open_sign_dialog(qtbot, admin_ctx, contract_id)
    assert not again.confirm_button.isEnabled()
    assert again.note.text().startswith("Signed by Rina Kusuma on ")


def test_activate_suspend_and_terminate_buttons(qtbot, db, admin_ctx, monkeypatch):
    contract_id = add_contract(db, status="draft")
    tab = open_tab(qtbot, admin_ctx, 1)
    keys = list(tab.action_buttons)
    assert keys[:1] == ["printContract"] and {"signContract", "activateContract", "suspendContract",
                                              "terminateContract", "endingSoon", "renewDue"} <= set(keys)
    tab.select_id(contract_id)
    shot(tab, "contracts_tab")

    def run(key: str, expected: str) -> None:
        qtbot.waitUntil(lambda: tab.action_buttons[key][0].isEnabled(), timeout=10000)   # the row shows its status
        tab.message_bar.clear()
        tab.run_module_action(key)
        qtbot.waitUntil(lambda: tab.message_bar.text() != "", timeout=10000)
        assert expected in tab.message_bar.text()
    assert not tab.action_buttons["suspendContract"][0].isEnabled()          # a draft is not suspended
    sales_actions.suspend_contract(tab, contract_id)                           # and the service says why
    qtbot.waitUntil(lambda: tab.message_bar.text() != "", timeout=10000)
    assert tab.message_bar.text() == contracts.CANNOT_BECOME(
        status=status_word("draft"), wanted=status_word("suspended"), allowed=[status_word("active")]).render()
    run("activateContract", "Contract CTR-TEST-0001 is active.")
    run("suspendContract", "Contract CTR-TEST-0001 is suspended.")
    qtbot.waitUntil(lambda: tab.selected_id() == contract_id, timeout=10000)   # kept after the refresh
    qtbot.waitUntil(lambda: tab.action_buttons["terminateContract"][0].isEnabled(), timeout=10000)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    tab.run_module_action("terminateContract")
    assert asked and "cannot be reactivated" in asked[0]
    admin_ctx.runner.wait()
    assert contract(db, contract_id).status == "suspended"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    run("terminateContract", "Contract CTR-TEST-0001 is terminated.")
    assert contract(db, contract_id).status == "terminated"
    assert read(db, lambda s: s.scalar(sa.select(RecurringBilling.is_active))) is False
    qtbot.waitUntil(lambda: tab.selected_id() == contract_id and not any(
        tab.action_buttons[key][0].isEnabled() for key in ("signContract", "activateContract", "suspendContract",
                                                           "terminateContract")), timeout=10000)   # it has ended
    tab.message_bar.clear()
    sales_actions.activate_contract(tab, contract_id)                          # the service still refuses
    qtbot.waitUntil(lambda: tab.message_bar.text() != "", timeout=10000)
    assert tab.message_bar.text() == contracts.STATUS_STAYS(status=status_word("terminated")).render()
    sales_actions.sign_contract(tab, contract_id)
    dialog = tab._contract_dialog
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=10000)
    assert isinstance(dialog, SignDialog) and not dialog.confirm_button.isEnabled()
    assert dialog.note.text() == "This contract has ended; it is not signed any more."
    dialog.close()


def test_ending_soon_lists_the_window_and_a_double_click_selects_the_contract(qtbot, db, admin_ctx):
    today = clock.today()
    package = add_packages(db)[1]
    customer = add_customer(db, name="Dewi Lestari", phone="081299990000")
    ids = {days: add_contract(db, end=today + timedelta(days=days), package=package, customer=customer,
                              auto_renew=days != 30, subscription=False)
           for days in (-3, 0, 12, 30, 31)}
    tab = open_tab(qtbot, admin_ctx, 5)
    tab.run_module_action("endingSoon")
    dialog = tab._contract_dialog
    assert isinstance(dialog, EndingSoonDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4, timeout=10000)
    table = dialog.table
    assert [table.item(r, 5).text() for r in range(4)] == ["ended 3 days ago", "today", "12", "30"]
    assert [r.id for r in dialog.rows] == [ids[-3], ids[0], ids[12], ids[30]]
    assert table.item(0, 1).text() == "Dewi Lestari" and table.item(0, 3).text() == "Home 50 Mbps"
    assert table.item(0, 0).foreground().color() == PAST_COLOR
    assert [table.item(r, 6).text() for r in range(4)] == ["Yes", "Yes", "Yes", "No"]
    assert dialog.heading.text() == "Active contracts ending by {0}: 3. Past their end date without renewal " \
        "(red): 1.".format(format_date(today + timedelta(days=30)))
    shot(dialog, "contract_ending_soon")
    table.selectRow(2)
    assert dialog.open_button.isEnabled()
    dialog.open_button.click()
    assert tab.selected_id() == ids[12]
    rect = table.visualItemRect(table.item(3, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())   # a view takes the
    assert tab.selected_id() == ids[12]                                                # press first,
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # then the double
    assert tab.selected_id() == ids[30]
    dialog.close()


def test_renew_due_renews_once_and_says_how_many(qtbot, db, admin_ctx):
    today = clock.today()
    due = add_contract(db, end=today, number="CTR-OLD-1")
    add_contract(db, end=today + timedelta(days=5), number="CTR-OLD-2")
    tab = open_tab(qtbot, admin_ctx, 2)
    tab.run_module_action("renewDue")
    qtbot.waitUntil(lambda: "renewed" in tab.message_bar.text(), timeout=10000)
    new = read(db, lambda s: s.scalars(sa.select(Contract).where(Contract.renewed_from_id == due)).one())
    assert tab.message_bar.text() == f"1 contract renewed: {new.contract_number}."
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=10000)   # the tab shows the renewal
    assert contract(db, due).status == "expired"
    assert read(db, lambda s: s.scalar(sa.select(RecurringBilling.contract_id).where(
        RecurringBilling.customer_id == new.customer_id).order_by(RecurringBilling.id))) == new.id
    tab.message_bar.clear()
    tab.run_module_action("renewDue")
    qtbot.waitUntil(lambda: tab.message_bar.text() != "", timeout=10000)
    assert tab.message_bar.text() == "No contract is due for renewal."
    assert read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(Contract))) == 3
