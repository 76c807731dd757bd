"""The warehouse's buttons on the generic tabs: Inventory (stock movement,
stock card, stock take), Purchase orders (lines, submit, approve, ordered,
receive, cancel, print) and Assets (status and holder, asset register)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from ispdesk.domain.enums import AssetStatus, PurchaseOrderStatus
from ispdesk.printing.asset_register import render_asset_register
from ispdesk.printing.purchase_order import render_purchase_order
from ispdesk.services import assets, purchasing
from ispdesk.ui.format import humanise
from ispdesk.ui.i18n import spec_text
from ispdesk.ui.module_actions import TabAction, register, row_in
from ispdesk.ui.ops import QueryOp, WriteOp
from ispdesk.ui.widgets.date_dialog import ask_date
from ispdesk.ui.widgets.file_dialogs import ask_save_path
from ispdesk.ui.widgets.message_bar import describe_error
from ispdesk.ui.widgets.print_preview import preview_from_database

#: When the purchase-order buttons may be pressed (services/purchasing.MOVES and RECEIVABLE; the service still
#: checks). A status of None counts as a draft, as in the service. Lines… opens read-only past draft: always on.
CAN_SUBMIT = row_in(status=("draft", None))
CAN_APPROVE = row_in(status=("submitted",))
CAN_MARK_ORDERED = row_in(status=("approved",))
CAN_RECEIVE = row_in(status=("ordered", "partial"))
CAN_CANCEL = row_in(status=("draft", "submitted", "approved", "ordered", None))


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("WarehouseActions", text, None, n)


def po_status_text(status: str | None) -> str:
    """A PO status in the program's language: a partly received one has its own words
    ("Diterima sebagian"), not an invoice's partly paid ones."""
    if status == PurchaseOrderStatus.PARTIAL:
        return QCoreApplication.translate("Specs", "Partially received")
    return spec_text(purchasing.status_title(status))


def asset_status_text(status: str | None) -> str:
    """An asset's status in the program's language: its own word where a status shares its
    English with another module's (a "lost" asset is hilang, not a lost lead)."""
    if status == AssetStatus.LOST:
        return QCoreApplication.translate("Specs", "Lost", "assets")
    return spec_text(humanise(status or AssetStatus.ACTIVE))


def _open(tab: Any, dialog: Any) -> Any:
    """Show ``dialog``, kept on the tab (the tab refreshes itself from the
    changes the dialog's write announces)."""
    tab._warehouse_dialog = dialog
    dialog.open()
    return dialog


# -- inventory

def adjust_stock(tab: Any, item_id: int | None) -> Any:
    from ispdesk.ui.warehouse.adjustment_dialog import AdjustmentDialog
    return None if item_id is None else _open(tab, AdjustmentDialog(tab.ctx, item_id, tab))


def stock_card(tab: Any, item_id: int | None) -> Any:
    from ispdesk.ui.warehouse.stock_card_dialog import StockCardDialog
    return None if item_id is None else _open(tab, StockCardDialog(tab.ctx, item_id, tab))


def stock_take(tab: Any, _item_id: int | None) -> Any:
    from ispdesk.ui.warehouse.stock_take_dialog import StockTakeDialog
    return _open(tab, StockTakeDialog(tab.ctx, tab))


# -- purchase orders

def po_lines(tab: Any, po_id: int | None) -> Any:
    from ispdesk.ui.warehouse.po_lines_dialog import PurchaseOrderLinesDialog
    return None if po_id is None else _open(tab, PurchaseOrderLinesDialog(tab.ctx, po_id, tab))


def approve_po(tab: Any, po_id: int | None) -> Any:
    from ispdesk.ui.warehouse.approval_dialog import ApprovalDialog
    return None if po_id is None else _open(tab, ApprovalDialog(tab.ctx, po_id, tab))


def receive_po(tab: Any, po_id: int | None) -> Any:
    from ispdesk.ui.warehouse.receiving_dialog import ReceivingDialog
    return None if po_id is None else _open(tab, ReceivingDialog(tab.ctx, po_id, tab))


def _po_step(operation: Callable[..., str], done: str) -> Callable[[Any, int | None], None]:
    """A status move that needs no input: run it, say the new status, refresh (the tab
    refreshes from the tables the write announces)."""
    def run(tab: Any, po_id: int | None, *extra: Any) -> None:
        if po_id is None:
            return
        WriteOp(tab, tab.ctx, lambda s, actor: operation(s, actor, po_id, *extra), module="purchase_orders") \
            .success(lambda status: tab.message_bar.show_message(_tr(done).format(po_status_text(status)), "info")) \
            .failure(lambda exc: tab.message_bar.show_message(describe_error(exc))).run()
    return run


submit_po = _po_step(purchasing.submit, "Submitted for approval (now: {0}).")
mark_ordered = _po_step(purchasing.mark_ordered, "Marked as ordered (now: {0}).")
_cancel = _po_step(purchasing.cancel, "Purchase order cancelled (now: {0}).")


def cancel_po(tab: Any, po_id: int | None) -> None:
    if po_id is None:
        return
    reason, ok = QInputDialog.getText(tab, _tr("Cancel purchase order"), _tr("Why is the order cancelled?"))
    if ok:
        _cancel(tab, po_id, reason)


def print_po(tab: Any, po_id: int | None) -> None:
    if po_id is None:
        return
    preview_from_database(tab, lambda s, actor: purchasing.document(s, actor, po_id), render_purchase_order,
                          lambda _doc: _tr("Purchase order"), lambda doc: doc.po_number)


# -- assets

def asset_status(tab: Any, asset_id: int | None) -> Any:
    from ispdesk.ui.warehouse.asset_status_dialog import AssetStatusDialog
    return None if asset_id is None else _open(tab, AssetStatusDialog(tab.ctx, asset_id, tab))


def asset_register(tab: Any, _asset_id: int | None) -> None:
    """Preview the register as of a date; XLSX is offered after."""
    as_of = ask_date(tab, _tr("Asset register as of"))
    if as_of is None:
        return
    preview_from_database(tab, lambda s, actor: assets.register(s, actor, as_of), render_asset_register,
                          lambda _doc: _tr("Asset register"), lambda _doc: f"asset-register-{as_of.isoformat()}")


def export_register(tab: Any, _asset_id: int | None) -> None:
    as_of = ask_date(tab, _tr("Asset register as of"))
    if as_of is None:
        return
    path = ask_save_path(tab, _tr("Export asset register"), f"asset-register-{as_of.isoformat()}.xlsx",
                         _tr("Excel (*.xlsx);;CSV (*.csv)"))
    if not path:
        return
    QueryOp(tab, tab.ctx, lambda s, actor: assets.export_register(s, actor, as_of, path)).long() \
        .success(lambda n: tab.message_bar.show_message(_tr("%n asset(s) exported to {0}.", n).format(path), "info")) \
        .failure(lambda exc: tab.message_bar.show_message(describe_error(exc))).run()


def register_actions() -> None:
    """Called once by :mod:`ispdesk.ui.module_actions`."""
    for module, action in (
        ("inventory", TabAction("adjustStock", "Stock movement\u2026", adjust_stock, "edit", shortcut="Ctrl+M",
                                tooltip="In, out, adjustment or return of the selected item")),
        ("inventory", TabAction("stockCard", "Stock card", stock_card, "view", shortcut="Ctrl+K",
                                tooltip="Every movement of the selected item with its running balance")),
        ("inventory", TabAction("stockTake", "Stock take\u2026", stock_take, "edit", needs_selection=False,
                                tooltip="Count many items and post the differences")),
        ("purchase_orders", TabAction("poLines", "Lines\u2026", po_lines, "edit", tooltip="Items of a draft order")),
        ("purchase_orders", TabAction("submitPo", "Submit", submit_po, "edit", tooltip="Send for approval",
                                      enabled_when=CAN_SUBMIT)),
        ("purchase_orders", TabAction("approvePo", "Approve\u2026", approve_po, "view",
                                      tooltip="A supervisor approves with their password",
                                      enabled_when=CAN_APPROVE)),
        ("purchase_orders", TabAction("orderedPo", "Mark ordered", mark_ordered, "edit",
                                      tooltip="The approved order was sent to the supplier",
                                      enabled_when=CAN_MARK_ORDERED)),
        ("purchase_orders", TabAction("receivePo", "Receive\u2026", receive_po, "edit",
                                      tooltip="Book a (partial) delivery into stock", enabled_when=CAN_RECEIVE)),
        ("purchase_orders", TabAction("cancelPo", "Cancel order\u2026", cancel_po, "edit",
                                      enabled_when=CAN_CANCEL)),
        ("purchase_orders", TabAction("printPo", "Print PO", print_po, "print")),
        ("assets", TabAction("assetStatus", "Status / holder\u2026", asset_status, "edit")),
        ("assets", TabAction("assetRegister", "Asset register\u2026", asset_register, "print", needs_selection=False)),
        ("assets", TabAction("exportRegister", "Register to Excel\u2026", export_register, "export",
                             needs_selection=False)),
    ):
        register(module, action)
