"""The billing screens driven like a user: run the billing (and cancel it), the
suspension list with its export, a package change, and the tab buttons."""
from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from ispdesk.db.models import Invoice, RecurringBilling
from ispdesk.db.unit_of_work import read
from ispdesk.domain import clock
from ispdesk.services.modules import SPECS
from ispdesk.services.permissions import refuse
from ispdesk.ui.billing import actions
from ispdesk.ui.billing.package_dialog import ChangePackageDialog
from ispdesk.ui.billing.run_dialog import RunBillingDialog
from ispdesk.ui.billing.run_log_dialog import RunLogDialog
from ispdesk.ui.billing.suspension_dialog import HELD_COLOUR, SuspensionDialog
from ispdesk.ui.module_actions import actions_for
from ispdesk.ui.widgets.table_tab import TableTab
from tests.services.billing_support import add_customer, add_invoice, add_package, add_subscription
from tests.ui.widget_support import ctx, isolated_settings, make_ctx  # noqa: F401
from tests.support.actors import ADMIN, CASHIER

RUN = date(2026, 11, 24)


def invoice_count(db) -> int:
    return read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(Invoice)))


@pytest.fixture
def due(db):
    home = add_package(db)
    for n in range(1, 4):
        add_subscription(db, add_customer(db, n), home, next_billing=date(2026, 11, n))
    return home


def open_dialog(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_run_billing_shows_progress_and_what_was_created(qtbot, ctx, db, due, tmp_path):
    dialog = open_dialog(qtbot, RunBillingDialog(ctx, today=RUN))
    assert dialog.run_date() == RUN
    broadcast: list[set[str]] = []
    ctx.runner.changed.connect(broadcast.append)
    with qtbot.waitSignal(dialog.finished_run, timeout=20000) as finished:
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    summary = finished.args[0]
    qtbot.waitUntil(lambda: bool(broadcast), timeout=10000)
    # what the run wrote, chunks included (on MariaDB they are written by the run's own threads)
    assert {"invoices", "invoice_items", "recurring_billings", "billing_runs", "billing_run_items"} <= broadcast[0]
    assert (summary.status, summary.created) == ("completed", 3)
    assert dialog.result.text().startswith("Done: 3 invoices created.")
    assert (dialog.progress.value(), dialog.progress.maximum()) == (3, 3)
    assert dialog.run_button.isEnabled() and dialog.cancel_button.text() == "Close"
    assert invoice_count(db) == 3
    dialog.grab().save(str(tmp_path / "run_billing.png"))
    with qtbot.waitSignal(dialog.finished_run, timeout=20000) as again:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert again.args[0].created == 0
    assert invoice_count(db) == 3


def test_cancel_stops_before_the_next_chunk_and_a_new_run_bills_the_rest(qtbot, ctx, db, due):
    dialog = open_dialog(qtbot, RunBillingDialog(ctx, today=RUN))
    with qtbot.waitSignal(dialog.finished_run, timeout=20000) as finished:
        dialog.start()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)   # Cancel while running
    assert finished.args[0].status == "cancelled"
    assert dialog.result.text().startswith("Cancelled: 0 invoices were created")
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.finished_run, timeout=20000) as rest:
        dialog.start()
    assert rest.args[0].created == 3


def test_the_dialog_starts_at_the_office_clocks_today(qtbot, ctx, office_clock):
    office_clock.pin(datetime(2027, 2, 28, 23, 59, 58))
    assert open_dialog(qtbot, RunBillingDialog(ctx)).run_date() == date(2027, 2, 28)
    assert open_dialog(qtbot, SuspensionDialog(ctx)).as_of_date() == date(2027, 2, 28)


def test_a_user_without_the_right_sees_why(qtbot, db, due):
    cashier = make_ctx(db, CASHIER)
    dialog = open_dialog(qtbot, RunBillingDialog(cashier, today=RUN))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.message_bar.text() != "", timeout=10000)
    assert dialog.message_bar.text() == refuse(CASHIER, "billing_runs", "create").text
    assert dialog.run_button.isEnabled()
    cashier.runner.wait()


def test_suspension_list_shows_held_customers_apart_and_exports(qtbot, ctx, db, tmp_path):
    today = clock.today()
    late = add_customer(db, 1)
    add_invoice(db, late, "INV-1", due=today - timedelta(days=45))
    vip = add_customer(db, 2, never_suspend=True)
    add_invoice(db, vip, "INV-2", due=today - timedelta(days=60))
    add_invoice(db, add_customer(db, 3), "INV-3", due=today - timedelta(days=5))
    dialog = SuspensionDialog(ctx)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        open_dialog(qtbot, dialog)
    dialog.resize(900, 400)
    assert dialog.min_days.value() == 30          # from the settings
    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(r, 1).text() for r in range(2)] == ["Pelanggan 1", "Pelanggan 2"]
    assert (table.item(0, 4).text(), table.item(0, 6).text(), table.item(0, 7).text()) == ("45", "Rp 166.500", "")
    assert table.item(1, 7).text() == "Never suspend"
    assert table.item(1, 1).foreground().color() == HELD_COLOUR
    assert dialog.summary.text() == "1 customers to suspend, Rp 166.500 overdue; 1 held back"
    dialog.grab().save(str(tmp_path / "suspension.png"))

    dialog.min_days.setValue(3)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 3
    path = tmp_path / "suspend.csv"
    dialog.export_to(path)
    qtbot.waitUntil(lambda: "exported" in dialog.message_bar.text(), timeout=10000)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [row[1] for row in rows[1:]] == ["Pelanggan 1", "Pelanggan 3", "Pelanggan 2"]


def test_change_package_from_the_next_period(qtbot, ctx, db):
    home, fast = add_package(db, "HOME-20"), add_package(db, "HOME-50", "250000", "Home 50 Mbps")
    rb = add_subscription(db, add_customer(db, 1), home, next_billing=date(2026, 12, 1))
    dialog = ChangePackageDialog(ctx, rb)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        open_dialog(qtbot, dialog)
    assert dialog.current.text() == "Home 20 Mbps"
    assert "1 Dec 2026" in dialog.when.text()
    dialog.package.setCurrentIndex(dialog.package.findData(fast))
    assert dialog.package.currentText() == "Home 50 Mbps — Rp 250.000"
    with qtbot.waitSignal(dialog.changed, timeout=10000) as changed:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert changed.args[0].next_package == "Home 50 Mbps"
    assert read(db, lambda s: s.get(RecurringBilling, rb).pending_package_id) == fast


def open_tab(qtbot, ctx, key: str) -> TableTab:
    tab = TableTab(ctx, SPECS[key])
    qtbot.addWidget(tab)
    tab.resize(1200, 600)
    tab.show()
    qtbot.waitUntil(lambda: not tab.model.loading and not ctx.runner.busy, timeout=10000)
    return tab


def test_tab_buttons(qtbot, ctx, db):
    assert {a.key for a in actions_for("recurring_billings")} >= {"runBilling", "changePackage"}
    assert {a.key for a in actions_for("billing_runs")} >= {"runBilling", "runLog"}
    assert {a.key for a in actions_for("invoices")} >= {"suspensionList", "markOverdue"}
    customer = add_customer(db, 1)
    add_invoice(db, customer, "INV-1", due=clock.today() - timedelta(days=2), total="166500")
    tab = open_tab(qtbot, ctx, "invoices")
    tab.run_module_action("markOverdue")
    qtbot.waitUntil(lambda: "overdue" in tab.message_bar.text(), timeout=10000)
    assert tab.message_bar.text() == "1 invoices are now overdue."
    assert read(db, lambda s: s.scalar(sa.select(Invoice.status))) == "overdue"
    dialog = actions.suspension_list(tab, None)
    assert isinstance(dialog, SuspensionDialog)
    dialog.close()
    subs = open_tab(qtbot, ctx, "recurring_billings")
    run = actions.run_billing(subs, None)
    assert isinstance(run, RunBillingDialog) and run.isVisible()
    run.close()


def test_run_log_shows_what_a_run_did(qtbot, ctx, db, tmp_path):
    home = add_package(db)
    add_subscription(db, add_customer(db, 1), home, next_billing=date(2026, 11, 1))
    add_subscription(db, add_customer(db, 2, status="terminated"), home, next_billing=date(2026, 11, 1))
    from ispdesk.services.billing_run import run_billing
    summary = run_billing(db, ADMIN, RUN)
    dialog = RunLogDialog(ctx, summary.run_id)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        open_dialog(qtbot, dialog)
    rows = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())]
    assert rows == [["Skipped", "CUST-000002 · Pelanggan 2", "", "customer is terminated"],
                    ["Created", "CUST-000001 · Pelanggan 1", "INV-202611-000001", "2026-11"]]
    assert dialog.summary.text() == "1 created, 1 skipped, 0 failed"
    dialog.grab().save(str(tmp_path / "run_log.png"))


def add_profiles(db):
    from ispdesk.db.models import BandwidthProfile
    from tests.services.billing_support import add
    home = add(db, BandwidthProfile(name="FTTH 20M", download_kbps=20000, upload_kbps=10000,
                                    burst_download_kbps=30000, burst_upload_kbps=15000, burst_threshold_percent=75,
                                    burst_time_seconds=16, priority=4, is_active=True))
    fast = add(db, BandwidthProfile(name="FTTH 30M", download_kbps=30720, upload_kbps=15360, priority=8,
                                    is_active=True))
    return home, fast


def open_package_dialog(qtbot, tab, package_id):
    dialog = actions.edit_package(tab, package_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.form is not None and not dialog.busy, timeout=10000)
    return dialog


def test_package_dialog_writes_out_the_profile_rates_and_warns_on_a_speed_mismatch(qtbot, ctx, db, tmp_path):
    from ispdesk.db.models import Package
    from ispdesk.ui.billing.package_dialog import PackageDialog
    home, fast = add_profiles(db)
    package = add_package(db)        # Home 20 Mbps, speed 20, no profile yet
    tab = open_tab(qtbot, ctx, "packages")
    tab.select_id(package)
    tab.edit_button.click()                  # Edit opens the package dialog, not the generic form
    dialog = tab.findChild(PackageDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.form is not None and not dialog.busy, timeout=10000)
    assert [dialog.profile_combo.itemText(i) for i in range(dialog.profile_combo.count())] == [
        "(no profile)", "FTTH 20M — 20 Mbps down / 10 up, burst 30/15, priority 4",
        "FTTH 30M — 30 Mbps down / 15 up, priority 8"]
    assert (dialog.code_edit.text(), dialog.name_edit.text(), dialog.speed_edit.text(), dialog.price_edit.text(),
            dialog.profile_combo.currentData()) == ("HOME-20", "Home 20 Mbps", "20", "Rp 150.000", None)
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData(fast))
    assert dialog.profile_note.isVisible()
    assert dialog.profile_note.text() == ("The package says 20 Mbps but FTTH 30M gives 30 Mbps down: customers "
                                          "get the profile's rate.")
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData(home))
    assert not dialog.profile_note.isVisible()
    dialog.speed_edit.clear()
    qtbot.keyClicks(dialog.speed_edit, "25")
    assert "says 25 Mbps but FTTH 20M gives 20 Mbps down" in dialog.profile_note.text()
    dialog.grab().save(str(tmp_path / "package_dialog.png"))
    # bad input: messages next to the fields, nothing written
    dialog.name_edit.clear()
    dialog.price_edit.setText("seratus")
    dialog.confirm()
    assert dialog.errors.text("monthly_price") == "Not an amount; type it like 150.000"
    dialog.price_edit.setText("175.000")
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.errors.text("name") != "", timeout=10000)
    assert dialog.errors.text("name") == "Name is required."
    assert read(db, lambda s: s.get(Package, package).bandwidth_profile_id) is None
    # the mismatch is a warning, not a refusal
    qtbot.keyClicks(dialog.name_edit, "Home 25 Mbps")
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        qtbot.keyClick(dialog.confirm_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved.args[0] == package and "says 25 Mbps" in saved.args[1]
    stored = read(db, lambda s: s.get(Package, package))
    assert (stored.name, stored.speed_mbps, stored.monthly_price, stored.bandwidth_profile_id) == (
        "Home 25 Mbps", 25, Decimal("175000.00"), home)
    assert tab.message_bar.text().startswith("Package saved. The package says 25 Mbps")
    # opened again: the profile is chosen, no warning once the speed matches
    again = open_package_dialog(qtbot, tab, package)
    assert again.profile_combo.currentData() == home and again.profile_note.isVisible()
    again.speed_edit.setText("20")
    assert not again.profile_note.isVisible()
    again.close()


def test_a_new_package_and_an_archived_profile_kept_by_its_package(qtbot, ctx, db):
    from ispdesk.db.models import BandwidthProfile, Package
    from ispdesk.db.unit_of_work import write
    from ispdesk.ui.billing.package_dialog import PackageDialog
    home, fast = add_profiles(db)
    package = add_package(db)
    write(db, lambda s: setattr(s.get(Package, package), "bandwidth_profile_id", fast))
    write(db, lambda s: setattr(s.get(BandwidthProfile, fast), "is_active", False))
    tab = open_tab(qtbot, ctx, "packages")
    kept = open_package_dialog(qtbot, tab, package)
    assert kept.profile_combo.currentText() == "FTTH 30M — 30 Mbps down / 15 up, priority 8 (inactive)"
    kept.close()
    tab.new_button.click()                   # New opens the package dialog too
    dialog = [d for d in tab.findChildren(PackageDialog) if d is not kept][0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.form is not None and not dialog.busy, timeout=10000)
    assert dialog.profile_combo.count() == 2 and dialog.active.isChecked() and not dialog.public_ip.isChecked()
    qtbot.keyClicks(dialog.code_edit, "BIZ-20")
    qtbot.keyClicks(dialog.name_edit, "Bisnis 20 Mbps")
    qtbot.keyClicks(dialog.speed_edit, "20")
    qtbot.keyClicks(dialog.price_edit, "450000")
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData(home))
    dialog.public_ip.setChecked(True)
    assert not dialog.profile_note.isVisible()
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        dialog.confirm()
    assert saved.args[1] == ""
    stored = read(db, lambda s: s.get(Package, saved.args[0]))
    assert (stored.code, stored.speed_mbps, stored.monthly_price, stored.bandwidth_profile_id,
            stored.requires_public_ip, stored.is_active) == ("BIZ-20", 20, Decimal("450000.00"), home, True, True)
    qtbot.waitUntil(lambda: tab.selected_id() == saved.args[0], timeout=10000)   # the tab shows the new package
