"""Field and network buttons on the generic tabs: work orders (assign, start,
cancel, installation report), IP pools (new pool from CIDR, assign an
address, utilisation), IP addresses (assign, release, reserve, block) and
network devices (the tree view)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from ispdesk.services import ip_pools, work_orders
from ispdesk.ui.field.ip_dialogs import usage_text
from ispdesk.ui.format import format_date
from ispdesk.ui.i18n import translate_message
from ispdesk.ui.module_actions import TabAction, all_of, register, row_in, row_not_in
from ispdesk.ui.ops import QueryOp, WriteOp
from ispdesk.ui.widgets.message_bar import describe_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("FieldActions", text)


def _open(tab: Any, dialog: Any) -> Any:
    """Show ``dialog``, kept on the tab (which refreshes from the changes the dialog announces)."""
    tab._field_dialog = dialog
    dialog.open()
    return dialog


def _show_error(tab: Any) -> Callable[[BaseException], None]:
    """A failure of a button's work, on the tab's message bar."""
    return lambda exc: tab.message_bar.show_message(describe_error(exc))


# -- work orders

#: When the work-order buttons may be pressed (services/work_orders.ALLOWED_MOVES; the service still checks).
#: A status of None counts as the column's default (pending, available), as in the services.
OPEN_ORDER = row_in(status=("pending", "assigned", "in_progress", None))
CAN_ASSIGN = row_in(status=("pending", None))
CAN_START = row_in(status=("assigned",))
CAN_COMPLETE = all_of(row_in(status=("in_progress",)), row_not_in(type=("installation",)))
TAKES_REPORT = row_in(status=("assigned", "in_progress"), type=("installation",))
HAS_REPORT = row_in(status=("completed",), type=("installation",))
# -- IP addresses (services/ip_pools.STATUS_MOVES)
ADDRESS_FREE = row_in(status=("available", None))
ADDRESS_TAKEN = row_in(status=("assigned", "reserved", "blocked"))
ADDRESS_BLOCKABLE = row_in(status=("available", "reserved", None))


def _move(tab: Any, order_id: int, to_status: str, done: str, **kw: Any) -> None:
    WriteOp(tab, tab.ctx, lambda s, actor: work_orders.move(s, actor, order_id, to_status, **kw),
            module="work_orders") \
        .success(lambda info: tab.message_bar.show_message(_tr(done).format(info.number), "info")) \
        .failure(_show_error(tab)).run()


def assign_order(tab: Any, order_id: int | None, technician_id: int | None = None) -> None:
    """Assign the selected work order to a technician chosen from a list."""
    if order_id is None:
        return
    if technician_id is not None:
        _move(tab, order_id, "assigned", "{0} assigned.", assigned_to=technician_id)
        return

    def choose(people: list[tuple[int, str]]) -> None:
        if not people:
            tab.message_bar.show_message(_tr("There is no active technician."))
            return
        name, ok = QInputDialog.getItem(tab, _tr("Assign work order"), _tr("Technician:"),
                                        [p[1] for p in people], 0, False)
        if ok:
            chosen = next(p[0] for p in people if p[1] == name)
            _move(tab, order_id, "assigned", "{0} assigned.", assigned_to=chosen)
    QueryOp(tab, tab.ctx, lambda s, actor: work_orders.technicians(s, actor)).success(choose) \
        .failure(_show_error(tab)).run()


def start_order(tab: Any, order_id: int | None) -> None:
    if order_id is not None:
        _move(tab, order_id, "in_progress", "{0} started.")


def complete_order(tab: Any, order_id: int | None) -> None:
    """Complete a repair, maintenance… (an installation is refused: it takes its report)."""
    if order_id is not None:
        _move(tab, order_id, "completed", "{0} completed.")


def cancel_order(tab: Any, order_id: int | None, reason: str | None = None) -> None:
    if order_id is None:
        return
    if reason is None:
        reason, ok = QInputDialog.getText(tab, _tr("Cancel work order"), _tr("Why is the work order cancelled?"))
        if not ok:
            return
    _move(tab, order_id, "cancelled", "{0} cancelled.", reason=reason)


def installation_report(tab: Any, order_id: int | None) -> Any:
    from ispdesk.ui.field.installation_dialog import InstallationDialog
    if order_id is None:
        return None
    dialog = InstallationDialog(tab.ctx, order_id, tab)

    def saved(result: Any) -> None:
        text = _tr("{0} completed; port taken ({1} used); first bill on {2}.").format(
            result.work_order_number, result.odp_used_ports, format_date(result.next_billing_date))
        if result.ip_address:
            text += " " + _tr("IP address {0}.").format(result.ip_address)
        if result.signal_warning is not None:
            text += " " + translate_message(result.signal_warning)
        tab.message_bar.show_message(text, "warning" if result.signal_warning is not None else "info")
    dialog.saved.connect(saved)
    return _open(tab, dialog)


def print_installation(tab: Any, order_id: int | None) -> None:
    """Preview the installation report PDF of the selected work order."""
    from ispdesk.ui.field.installation_dialog import preview_report
    if order_id is not None:
        preview_report(tab, order_id)


def dispatch_board(tab: Any, _order_id: int | None) -> Any:
    from ispdesk.ui.field.dispatch_board import DispatchBoard
    return _open(tab, DispatchBoard(tab.ctx, tab))


def nearest_technicians(tab: Any, order_id: int | None) -> Any:
    """List the technicians by distance from the selected work order's customer; Assign from the list."""
    from ispdesk.ui.field.nearest_dialog import NearestDialog
    if order_id is None:
        return None
    dialog = NearestDialog(tab.ctx, order_id, tab)
    dialog.assigned.connect(lambda card: tab.message_bar.show_message(
        _tr("{0} assigned to {1}.").format(card.number, dialog.chosen_name()), "info"))
    return _open(tab, dialog)


def technician_positions(tab: Any, _record_id: int | None) -> Any:
    """The last position of every technician, with Import CSV… and Enter position…."""
    from ispdesk.ui.field.technician_positions import TechnicianPositionsDialog
    return _open(tab, TechnicianPositionsDialog(tab.ctx, tab))


def print_sheet(tab: Any, order_id: int | None) -> None:
    """Preview the work order sheet the technician takes to the site."""
    from ispdesk.printing.work_order_sheet import render_work_order_sheet
    from ispdesk.services import work_order_sheet
    from ispdesk.ui.widgets.print_preview import preview_from_database
    if order_id is None:
        return
    preview_from_database(tab, lambda s, actor: work_order_sheet.sheet(s, actor, order_id), render_work_order_sheet,
                          lambda _doc: _tr("Work order sheet"), lambda doc: doc.number or "work-order")


# -- IP pools

def new_pool(tab: Any, _pool_id: int | None) -> Any:
    from ispdesk.ui.field.ip_dialogs import NewPoolDialog
    dialog = NewPoolDialog(tab.ctx, tab)
    dialog.created.connect(lambda usage: tab.message_bar.show_message(
        _tr("Pool created. {0}").format(usage_text(usage)), "info"))
    return _open(tab, dialog)


def assign_in_pool(tab: Any, pool_id: int | None) -> Any:
    from ispdesk.ui.field.ip_dialogs import AssignAddressDialog
    if pool_id is None:
        return None
    dialog = AssignAddressDialog(tab.ctx, pool_id, tab)
    dialog.assigned.connect(lambda info: tab.message_bar.show_message(
        _tr("{0} assigned.").format(info.ip_address), "info"))
    return _open(tab, dialog)


def pool_usage(tab: Any, pool_id: int | None) -> None:
    """Say how full the selected pool is in the tab's message bar (a warning above 90 %)."""
    if pool_id is None:
        return

    def shown(usage: ip_pools.PoolUsage) -> None:
        if usage.warning:
            tab.message_bar.show_message(_tr("More than 90 % used! {0}").format(usage_text(usage)), "warning")
        else:
            tab.message_bar.show_message(usage_text(usage), "info")
    QueryOp(tab, tab.ctx, lambda s, actor: ip_pools.usage(s, actor, pool_id)).success(shown) \
        .failure(_show_error(tab)).run()


# -- IP addresses

def assign_address(tab: Any, address_id: int | None) -> None:
    """Assign the selected address: the dialog opens on its pool with the address filled in."""
    from ispdesk.ui.field.ip_dialogs import AssignAddressDialog
    if address_id is None:
        return

    def opened(info: ip_pools.AddressInfo) -> None:
        dialog = AssignAddressDialog(tab.ctx, info.pool_id, tab, chosen=info.ip_address)
        dialog.assigned.connect(lambda done: tab.message_bar.show_message(
            _tr("{0} assigned.").format(done.ip_address), "info"))
        _open(tab, dialog)
    QueryOp(tab, tab.ctx, lambda s, actor: ip_pools.address(s, actor, address_id)).success(opened) \
        .failure(_show_error(tab)).run()


def _status_step(operation: Callable[..., ip_pools.AddressInfo], question: str,
                 done: str) -> Callable[[Any, int | None], None]:
    """Release / reserve / block the selected address, with an optional note."""
    def run(tab: Any, address_id: int | None, notes: str | None = None) -> None:
        if address_id is None:
            return
        if notes is None:
            notes, ok = QInputDialog.getText(tab, _tr("IP address"), _tr(question))
            if not ok:
                return
        WriteOp(tab, tab.ctx, lambda s, actor: operation(s, actor, address_id, notes), module="ip_addresses") \
            .success(lambda info: tab.message_bar.show_message(_tr(done).format(info.ip_address), "info")) \
            .failure(_show_error(tab)).run()
    return run


release_address = _status_step(ip_pools.release, "Note (optional):", "{0} released: it is free again.")
reserve_address = _status_step(ip_pools.reserve, "Reserved for what?", "{0} reserved.")
block_address = _status_step(ip_pools.block, "Why is it blocked?", "{0} blocked.")


# -- network devices

def tree_view(tab: Any, _device_id: int | None) -> Any:
    from ispdesk.ui.field.network_tree import NetworkTreeDialog
    return _open(tab, NetworkTreeDialog(tab.ctx, tab))


def register_actions() -> None:
    """Called once by :mod:`ispdesk.ui.module_actions`."""
    for module, action in (
        ("work_orders", TabAction("dispatchBoard", "Dispatch board\u2026", dispatch_board, "view",
                                  needs_selection=False, shortcut="Ctrl+D",
                                  tooltip="Open work orders by technician and day (a week or a day)")),
        ("work_orders", TabAction("nearestTechnicians", "Nearest technicians\u2026", nearest_technicians, "view",
                                  tooltip="Technicians by distance from the customer, from their last position")),
        ("work_orders", TabAction("technicianPositions", "Technician positions\u2026", technician_positions, "view",
                                  needs_selection=False,
                                  tooltip="Where each technician was last seen; import or enter positions")),
        ("technician_locations", TabAction("lastPositions", "Last positions\u2026", technician_positions, "view",
                                           needs_selection=False,
                                           tooltip="Where each technician was last seen; import or enter "
                                                   "positions")),
        ("work_orders", TabAction("assignOrder", "Assign\u2026", assign_order, "edit",
                                  tooltip="Give the work order to a technician", enabled_when=CAN_ASSIGN)),
        ("work_orders", TabAction("startOrder", "Start", start_order, "edit", enabled_when=CAN_START)),
        ("work_orders", TabAction("completeOrder", "Complete", complete_order, "edit",
                                  tooltip="Repairs and maintenance; an installation completes by its report",
                                  enabled_when=CAN_COMPLETE)),
        ("work_orders", TabAction("cancelOrder", "Cancel\u2026", cancel_order, "edit", enabled_when=OPEN_ORDER)),
        ("work_orders", TabAction("installationReport", "Installation report\u2026", installation_report, "edit",
                                  tooltip="Record the installation; completes the order and starts the "
                                          "subscription", enabled_when=TAKES_REPORT)),
        ("work_orders", TabAction("printSheet", "Print sheet", print_sheet, "print",
                                  tooltip="The work order sheet for the technician, with the materials issued")),
        ("work_orders", TabAction("printInstallation", "Print installation report", print_installation, "print",
                                  enabled_when=HAS_REPORT)),
        ("ip_pools", TabAction("newPool", "New pool from CIDR\u2026", new_pool, "create", needs_selection=False,
                               tooltip="Create a pool and list all its addresses")),
        ("ip_pools", TabAction("assignInPool", "Assign address\u2026", assign_in_pool, "view",
                               tooltip="Give a customer the next free (or a chosen) address of the pool")),
        ("ip_pools", TabAction("poolUsage", "Utilisation", pool_usage, "view",
                               tooltip="How many addresses of the pool are in use")),
        ("ip_addresses", TabAction("assignAddress", "Assign\u2026", assign_address, "edit",
                                   enabled_when=ADDRESS_FREE)),
        ("ip_addresses", TabAction("releaseAddress", "Release", release_address, "edit",
                                   tooltip="Give the address back to its pool", enabled_when=ADDRESS_TAKEN)),
        ("ip_addresses", TabAction("reserveAddress", "Reserve\u2026", reserve_address, "edit",
                                   enabled_when=ADDRESS_FREE)),
        ("ip_addresses", TabAction("blockAddress", "Block\u2026", block_address, "edit",
                                   enabled_when=ADDRESS_BLOCKABLE)),
        ("network_devices", TabAction("treeView", "Tree view\u2026", tree_view, "view", needs_selection=False,
                                      tooltip="OLT, ODC and ODP as a tree with used ports")),
    ):
        register(module, action)
