"""Warehouse: stock items and their movements, suppliers, purchase orders, assets."""
from __future__ import annotations

from decimal import Decimal

from ispdesk.db.models import Asset, Inventory, InventoryTransaction, PurchaseOrder, PurchaseOrderItem, Supplier
from ispdesk.domain.enums import AssetCategory, AssetStatus, InventoryCategory, PurchaseOrderStatus, StockMovementType
from ispdesk.domain.messages import message, status_word
from ispdesk.services.modules.columns import (active, by_user, choice, code, created, day, decimal, doc_number,
                                              email, integer, long_text, money, name, notes, numbered, ref, stamp,
                                              status, text, updated, user)
from ispdesk.services.specs import TableSpec
from ispdesk.services.stock import at_or_below_minimum

ONLY_DRAFT_ORDER = message("records.only_draft_order",
                           "Purchase order {number} is {status}: only a draft is changed here.")

inventory = TableSpec(
    key="inventory", title="Inventory", model=Inventory, default_sort=("name", False), archive_column="is_active",
    columns=(
        code("sku", "SKU"),
        name(width=220),
        choice("category", "Category", InventoryCategory, required=True),
        text("unit", "Unit", width=60),
        integer("quantity", "In stock", editable=False,
                help="Changes only through stock movements (receipts, issues, adjustments)"),
        integer("min_quantity", "Minimum"),
        money("purchase_price", "Purchase price"),
        money("selling_price", "Selling price"),
        text("location", "Location", in_list=False),
        ref("supplier_id", "Supplier", "suppliers", filterable=True),
        long_text("description", "Description"),
        active(),
        created(in_list=False),
        updated(),
    ),
    attention=at_or_below_minimum,
)

stock_movements = TableSpec(
    key="stock_movements", title="Stock movements", model=InventoryTransaction, label_column="id",
    default_sort=("id", True), can_create=False, can_edit=False, can_delete=False,
    columns=(
        created(title="Date"),
        ref("inventory_id", "Item", "inventory", searchable=True, filterable=True),
        choice("type", "Type", StockMovementType),
        integer("quantity", "Quantity", minimum=None),
        integer("previous_quantity", "Before"),
        integer("new_quantity", "After"),
        text("reference_type", "Reference"),
        integer("reference_id", "Reference id", in_list=False),
        money("unit_price", "Unit price", in_list=False),
        long_text("serial_numbers", "Serial numbers", searchable=True),
        user("performed_by", "By"),
        notes(),
    ),
)

suppliers = TableSpec(
    key="suppliers", title="Suppliers", model=Supplier, default_sort=("name", False), archive_column="is_active",
    columns=(
        code("code", "Code"),
        name(width=220),
        text("contact_person", "Contact person", searchable=True),
        code("phone", "Phone"),
        email(),
        long_text("address", "Address"),
        text("city", "City", searchable=True),
        text("payment_terms", "Payment terms", in_list=False),
        notes(),
        active(),
        created(in_list=False),
        updated(),
    ),
)

purchase_orders = TableSpec(
    key="purchase_orders", title="Purchase orders", model=PurchaseOrder, label_column="po_number",
    default_sort=("order_date", True),
    columns=(
        doc_number("po_number", "PO no."),
        ref("supplier_id", "Supplier", "suppliers", required=True, searchable=True, filterable=True),
        day("order_date", "Ordered", required=True),
        day("expected_date", "Expected", filterable=False),
        day("received_date", "Received", editable=False, filterable=False),
        money("total_amount", "Total", editable=False, help="The sum of the order's lines"),
        status(PurchaseOrderStatus, editable=False,
               choice_titles=((PurchaseOrderStatus.PARTIAL.value, "Partially received"),)),
        user("approved_by", "Approved by", editable=False, in_list=False),
        stamp("approved_at", "Approved", in_list=False),
        notes(),
        by_user(),
        created(in_list=False),
        updated(),
    ),
    defaults=numbered("po_number", "purchase_order", today=("order_date",)),
    edit_check=lambda order, _changes: {} if order is None or order.status in (None, PurchaseOrderStatus.DRAFT) else {
        "": ONLY_DRAFT_ORDER(number=order.po_number, status=status_word(order.status))},
)

purchase_order_items = TableSpec(
    key="purchase_order_items", title="Purchase order lines", model=PurchaseOrderItem, label_column="id",
    default_sort=("id", True), can_create=False, can_edit=False, can_delete=False,
    columns=(
        ref("purchase_order_id", "Purchase order", "purchase_orders", searchable=True, prefix_search=True,
            filterable=True),
        ref("inventory_id", "Item", "inventory", searchable=True, filterable=True, width=220),
        integer("quantity", "Ordered"),
        integer("received_quantity", "Received"),
        money("unit_price", "Unit price"),
        money("total_price", "Line total"),
        created(),
    ),
)

assets = TableSpec(
    key="assets", title="Assets", model=Asset, default_sort=("name", False),
    columns=(
        doc_number("asset_code", "Asset code"),
        name(),
        choice("category", "Category", AssetCategory, required=True),
        text("brand", "Brand", in_list=False),
        text("model", "Model", in_list=False),
        code("serial_number", "Serial no."),
        day("purchase_date", "Purchased"),
        money("purchase_price", "Purchase price", in_list=False),
        money("current_value", "Current value"),
        decimal("depreciation_rate", "Depreciation (%/year)", minimum=Decimal(0), maximum=Decimal(100),
                in_list=False),
        text("location", "Location"),
        user("assigned_to", "Assigned to", filterable=True),
        status(AssetStatus),
        notes(),
        created(in_list=False),
        updated(),
    ),
    defaults=numbered("asset_code", "asset"),
)

TABLES = (inventory, stock_movements, suppliers, purchase_orders, purchase_order_items, assets)
