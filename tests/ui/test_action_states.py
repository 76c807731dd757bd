"""A tab's action buttons follow the selected record's status: Start is greyed
out on a completed work order, Activate on an active contract, Release on a free
address… instead of failing after the click (the services still refuse: a
button is not security). A button whose status column the tab does not list
stays enabled. Long lists of renewed numbers are cut to one line."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ispdesk.db.models import Contract, WorkOrder
from ispdesk.db.unit_of_work import read, write
from ispdesk.services import contracts, ip_pools, work_orders
from ispdesk.services.ip_pools import PoolRequest
from ispdesk.services.modules import SPECS
from ispdesk.services.work_orders import WorkOrderRequest
from ispdesk.ui import module_actions
from ispdesk.ui.field.installation_dialog import InstallationDialog
from ispdesk.ui.module_actions import TabAction, actions_for, all_of, row_in, row_not_in, summarise_numbers
from ispdesk.ui.sales.actions import renewal_text
from ispdesk.ui.widgets.table_tab import TableTab
from tests.services.test_contracts import add_contract
from tests.support.actors import add_user
from tests.ui import widget_support
from tests.support.actors import ADMIN
from tests.support.builders import add_customers
from tests.ui.widget_support import admin_ctx, indonesian, shot  # noqa: F401 (fixtures)

isolated_settings = widget_support.isolated_settings      # autouse: the tabs' QSettings stay in tmp_path

ORDER_ACTIONS = ("assignOrder", "startOrder", "completeOrder", "cancelOrder", "installationReport",
                 "printInstallation")
CONTRACT_ACTIONS = ("signContract", "activateContract", "suspendContract", "terminateContract")
ADDRESS_ACTIONS = ("assignAddress", "releaseAddress", "reserveAddress", "blockAddress")


def open_tab(qtbot: Any, ctx: Any, key: str, rows: int) -> TableTab:
    tab = TableTab(ctx, SPECS[key])
    qtbot.addWidget(tab)
    tab.resize(1280, 640)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == rows and not tab.model.loading, timeout=10000)
    return tab


def enabled(tab: TableTab, record_id: int, keys: tuple[str, ...]) -> set[str]:
    """The buttons among ``keys`` a user can press with ``record_id`` selected."""
    assert tab.select_id(record_id)
    return {key for key in keys if tab.action_buttons[key][0].isEnabled()}


def test_work_order_buttons_follow_the_selected_orders_status(qtbot: Any, db: Any, admin_ctx: Any) -> None:
    technician = add_user(db, "teknisi", "technician")
    [budi, *_] = add_customers(db)

    def order(kind: str, *moves: str) -> int:
        made = write(db, lambda s: work_orders.create_work_order(s, ADMIN, WorkOrderRequest(kind, customer_id=budi)))
        for status in moves:
            write(db, lambda s, to=status: work_orders.move(s, ADMIN, made.id, to, assigned_to=technician.user_id,
                                                            reason="Pelanggan pindah"))
        return made.id

    pending = order("repair")
    assigned = order("repair", "assigned")
    started = order("repair", "assigned", "in_progress")
    done = order("repair", "assigned", "in_progress", "completed")
    cancelled = order("repair", "cancelled")
    installation = order("installation", "assigned")
    installed = order("installation", "assigned")
    write(db, lambda s: setattr(s.get(WorkOrder, installed), "status", "completed"))   # as its report leaves it
    tab = open_tab(qtbot, admin_ctx, "work_orders", 7)
    assert enabled(tab, pending, ORDER_ACTIONS) == {"assignOrder", "cancelOrder"}
    assert enabled(tab, assigned, ORDER_ACTIONS) == {"startOrder", "cancelOrder"}
    assert enabled(tab, started, ORDER_ACTIONS) == {"completeOrder", "cancelOrder"}
    assert enabled(tab, done, ORDER_ACTIONS) == set()
    assert enabled(tab, cancelled, ORDER_ACTIONS) == set()
    assert enabled(tab, installation, ORDER_ACTIONS) == {"startOrder", "cancelOrder", "installationReport"}
    assert enabled(tab, installed, ORDER_ACTIONS) == {"printInstallation"}
    for key in ("dispatchBoard", "printSheet", "technicianPositions"):   # whatever the status
        assert tab.action_buttons[key][0].isEnabled()
    tab.view.clearSelection()
    assert not any(tab.action_buttons[key][0].isEnabled() for key in ORDER_ACTIONS)
    assert tab.action_buttons["dispatchBoard"][0].isEnabled()            # needs no selection

    assert enabled(tab, done, ORDER_ACTIONS) == set()
    tab.run_module_action("startOrder")                                   # Ctrl+… on a greyed button: nothing
    admin_ctx.runner.wait()
    assert tab.message_bar.text() == ""
    assert read(db, lambda s: s.get(WorkOrder, done).status) == "completed"


def test_contract_buttons_follow_the_status_and_the_signature(qtbot: Any, db: Any, admin_ctx: Any,
                                                             indonesian: None) -> None:
    draft = add_contract(db, status="draft")
    active = add_contract(db, status="active")
    signed = add_contract(db, status="active")
    suspended = add_contract(db, status="suspended")
    terminated = add_contract(db, status="terminated")

    def sign(s: Any) -> None:
        contract = s.get(Contract, signed)
        contract.signed_at, contract.signed_by = datetime(2026, 11, 2, 10, 0), "Rina Kusuma"
    write(db, sign)
    tab = open_tab(qtbot, admin_ctx, "contracts", 5)
    assert enabled(tab, draft, CONTRACT_ACTIONS) == {"signContract", "activateContract"}
    shot(tab, "contracts_draft_selected")
    assert enabled(tab, active, CONTRACT_ACTIONS) == {"signContract", "suspendContract", "terminateContract"}
    shot(tab, "contracts_active_selected")
    assert enabled(tab, signed, CONTRACT_ACTIONS) == {"suspendContract", "terminateContract"}   # signed once
    assert enabled(tab, suspended, CONTRACT_ACTIONS) == {"signContract", "activateContract", "terminateContract"}
    assert enabled(tab, terminated, CONTRACT_ACTIONS) == set()
    assert tab.action_buttons["printContract"][0].isEnabled()            # any contract prints


def test_address_buttons_follow_the_addresses_status(qtbot: Any, db: Any, admin_ctx: Any) -> None:
    [budi, *_] = add_customers(db)
    pool = write(db, lambda s: ip_pools.create_pool(s, ADMIN, PoolRequest("Kecil", "10.30.0.0/29"))).pool_id
    given = write(db, lambda s: ip_pools.assign_next(s, ADMIN, pool, customer_id=budi))
    reserved = write(db, lambda s: ip_pools.assign_next(s, ADMIN, pool, customer_id=budi))
    write(db, lambda s: ip_pools.release(s, ADMIN, reserved.id))
    write(db, lambda s: ip_pools.reserve(s, ADMIN, reserved.id, "Router kantor"))
    tab = open_tab(qtbot, admin_ctx, "ip_addresses", 6)
    free = next(tab.model.id_at(r) for r in range(6) if tab.model.id_at(r) not in (given.id, reserved.id))
    assert enabled(tab, given.id, ADDRESS_ACTIONS) == {"releaseAddress"}
    assert enabled(tab, reserved.id, ADDRESS_ACTIONS) == {"releaseAddress", "blockAddress"}
    assert enabled(tab, free, ADDRESS_ACTIONS) == {"assignAddress", "reserveAddress", "blockAddress"}


def test_a_button_whose_column_is_not_listed_stays_enabled(qtbot: Any, db: Any, admin_ctx: Any) -> None:
    assert row_in(status=("open",))({}) is True                            # nothing to judge by
    assert row_in(status=("open",))({"status": "closed"}) is False
    assert row_in(status=("draft", None))({"status": None}) is True        # None: the column's default
    assert all_of(row_in(status=("in_progress",)), row_not_in(type=("installation",)))(
        {"status": "in_progress", "type": "installation"}) is False
    unlisted = TabAction("testUnlisted", "Unlisted", lambda _tab, _id: None,
                         enabled_when=row_in(lead_source=("referral",)))     # customers list no such column
    listed = TabAction("testListed", "Listed", lambda _tab, _id: None,
                       enabled_when=row_in(status=("terminated",)))
    actions_for("customers")
    try:
        for action in (unlisted, listed):
            module_actions.register("customers", action)
        [budi, *_] = add_customers(db)
        tab = open_tab(qtbot, admin_ctx, "customers", 7)
        assert tab.selected_values() == {}                                 # nothing selected
        assert tab.select_id(budi) and tab.selected_values()["status"] == "active"
        assert tab.action_buttons["testUnlisted"][0].isEnabled()
        assert not tab.action_buttons["testListed"][0].isEnabled()
    finally:
        module_actions._registry["customers"] = [a for a in module_actions._registry.get("customers", [])
                                                 if a.key not in ("testUnlisted", "testListed")]


def test_the_other_modules_grey_out_what_their_services_refuse() -> None:
    def test_of(module: str, key: str) -> Any:
        return next(a.enabled_when for a in actions_for(module) if a.key == key)

    void = test_of("payments", "voidPayment")
    assert void({"status": "confirmed"}) and not void({"status": "failed"}) and not void({"status": "refunded"})
    close = test_of("cash_shifts", "closeShift")
    assert close({"status": "open"}) and not close({"status": "closed"})
    approve = test_of("credit_notes", "approveCreditNote")
    assert approve({"status": "draft"}) and not approve({"status": "applied"})
    convert = test_of("proforma_invoices", "convertProforma")
    assert convert({"status": "issued"}) and convert({"status": "paid"}) and not convert({"status": "cancelled"})
    deactivate = test_of("users", "deactivateUser")
    assert deactivate({"is_active": True}) and not deactivate({"is_active": False})
    lead = test_of("leads", "convertLead")
    assert lead({"status": "negotiation"}) and not lead({"status": "won"}) and not lead({"status": "lost"})
    receive = test_of("purchase_orders", "receivePo")
    assert receive({"status": "ordered"}) and receive({"status": "partial"}) and not receive({"status": "received"})


def test_renew_due_says_the_count_and_the_first_numbers_on_one_line() -> None:
    def renewal(n: int) -> contracts.Renewal:
        return contracts.Renewal(n, f"CTR-202511-{n:06d}", 1000 + n, f"CTR-202611-{n:06d}", date(2026, 12, 1),
                                 date(2027, 11, 30), ())

    summary = contracts.RenewalSummary(date(2026, 11, 30), tuple(renewal(n) for n in range(1, 484)),
                                       skipped=tuple((f"CTR-202610-{n:06d}", "The package is archived.")
                                                     for n in range(1, 8)))
    text = renewal_text(summary)
    assert text.startswith("483 contracts renewed: CTR-202611-000001, CTR-202611-000002, CTR-202611-000003, "
                           "CTR-202611-000004, CTR-202611-000005 and 478 more.")
    assert "CTR-202611-000006" not in text and "\n" not in text
    assert text.count("not renewed:") == 3 and text.endswith("4 more not renewed.")
    assert len(text) < 400
    one = contracts.RenewalSummary(date(2026, 11, 30), (renewal(1),))
    assert renewal_text(one) == "1 contract renewed: CTR-202611-000001."
    assert summarise_numbers(("A", "B")) == "A, B"
    assert summarise_numbers(tuple(str(n) for n in range(1507)), shown=2) == "0, 1 and 1.505 more"


def test_the_installation_dialog_of_a_cancelled_order_offers_no_form(qtbot: Any, db: Any, admin_ctx: Any) -> None:
    [budi, *_] = add_customers(db)
    made = write(db, lambda s: work_orders.create_work_order(s, ADMIN, WorkOrderRequest("installation",
                                                                                        customer_id=budi)))
    write(db, lambda s: work_orders.move(s, ADMIN, made.id, "cancelled", reason="Pelanggan batal"))
    dialog = InstallationDialog(admin_ctx, made.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.form is not None and not dialog.busy, timeout=10000)
    assert dialog.message_bar.text() == f"{made.number} was cancelled: it takes no installation report."
    assert dialog.summary.isVisible() and not dialog.serial_combo.isVisible() and not dialog.notes_edit.isVisible()
    assert dialog.confirm_button.isHidden() and dialog.print_button.isHidden()
    assert dialog.cancel_button.isVisible()
