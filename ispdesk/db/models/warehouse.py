"""Suppliers (seed 12), stock (seed 5, 6), purchase orders (seed 13, 14) and
assets (seed 15) with their status history."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped

from ispdesk.db import columns as c
from ispdesk.db.models.base import Base, table_args
from ispdesk.db.types import created_at_column, decimal_column, money_column, pk_column, updated_at_column
from ispdesk.domain.enums import (AssetCategory, AssetStatus, InventoryCategory, PurchaseOrderStatus,
                                  StockMovementType)


class Supplier(Base):
    """Seed table 12."""

    __tablename__ = "suppliers"
    id: Mapped[int] = pk_column()
    code: Mapped[str | None] = c.string(20, unique=True)
    name: Mapped[str] = c.string(255, nullable=False)
    contact_person: Mapped[str | None] = c.string(255)
    phone: Mapped[str | None] = c.string(20)
    email: Mapped[str | None] = c.string(255)
    address: Mapped[str | None] = c.text()
    city: Mapped[str | None] = c.string(100)
    payment_terms: Mapped[str | None] = c.string(100)
    notes: Mapped[str | None] = c.text()
    is_active: Mapped[bool | None] = c.boolean(default=True)
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()


class Inventory(Base):
    """Seed table 5: a stock item; ``quantity`` always equals its ledger sum."""

    __tablename__ = "inventories"
    id: Mapped[int] = pk_column()
    sku: Mapped[str | None] = c.string(50, unique=True)
    name: Mapped[str] = c.string(255, nullable=False)
    category: Mapped[str] = c.enum(InventoryCategory, nullable=False)
    description: Mapped[str | None] = c.text()
    unit: Mapped[str | None] = c.string(20, default="pcs")
    quantity: Mapped[int | None] = c.integer(default=0)
    min_quantity: Mapped[int | None] = c.integer(default=5)
    purchase_price: Mapped[Decimal | None] = money_column()
    selling_price: Mapped[Decimal | None] = money_column()
    location: Mapped[str | None] = c.string(255)
    supplier_id: Mapped[int | None] = c.fk("suppliers.id")
    is_active: Mapped[bool | None] = c.boolean(default=True)
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()


class InventoryTransaction(Base):
    """Seed table 6: one stock movement with the quantity before and after."""

    __tablename__ = "inventory_transactions"
    __table_args__ = table_args(sa.Index("ix_inventory_tx_item", "inventory_id", "id"))
    id: Mapped[int] = pk_column()
    inventory_id: Mapped[int] = c.fk("inventories.id", nullable=False)
    type: Mapped[str] = c.enum(StockMovementType, nullable=False)
    quantity: Mapped[int] = c.integer(nullable=False)
    previous_quantity: Mapped[int] = c.integer(nullable=False)
    new_quantity: Mapped[int] = c.integer(nullable=False)
    reference_type: Mapped[str | None] = c.string(50)
    reference_id: Mapped[int | None] = c.big_integer()
    notes: Mapped[str | None] = c.text()
    performed_by: Mapped[int | None] = c.fk("users.id")
    created_at: Mapped[datetime | None] = created_at_column()
    # Added: serials of ONTs/routers issued to a work order, and the purchase
    # price a PO receipt recorded.
    serial_numbers: Mapped[str | None] = c.text()
    unit_price: Mapped[Decimal | None] = money_column()


class PurchaseOrder(Base):
    """Seed table 13."""

    __tablename__ = "purchase_orders"
    id: Mapped[int] = pk_column()
    po_number: Mapped[str | None] = c.string(50, unique=True)
    supplier_id: Mapped[int] = c.fk("suppliers.id", nullable=False)
    order_date: Mapped[date] = c.date(nullable=False)
    expected_date: Mapped[date | None] = c.date()
    received_date: Mapped[date | None] = c.date()
    total_amount: Mapped[Decimal | None] = money_column()
    status: Mapped[str | None] = c.enum(PurchaseOrderStatus, default=PurchaseOrderStatus.DRAFT)
    notes: Mapped[str | None] = c.text()
    created_by: Mapped[int | None] = c.fk("users.id")
    approved_by: Mapped[int | None] = c.fk("users.id")
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()
    approved_at: Mapped[datetime | None] = c.timestamp()  # added: when it was approved


class PurchaseOrderItem(Base):
    """Seed table 14."""

    __tablename__ = "purchase_order_items"
    id: Mapped[int] = pk_column()
    purchase_order_id: Mapped[int] = c.fk("purchase_orders.id", nullable=False)
    inventory_id: Mapped[int] = c.fk("inventories.id", nullable=False)
    quantity: Mapped[int] = c.integer(nullable=False)
    unit_price: Mapped[Decimal] = money_column(nullable=False)
    total_price: Mapped[Decimal] = money_column(nullable=False)
    received_quantity: Mapped[int | None] = c.integer(default=0)
    created_at: Mapped[datetime | None] = created_at_column()


class Asset(Base):
    """Seed table 15."""

    __tablename__ = "assets"
    id: Mapped[int] = pk_column()
    asset_code: Mapped[str | None] = c.string(50, unique=True)
    name: Mapped[str] = c.string(255, nullable=False)
    category: Mapped[str] = c.enum(AssetCategory, nullable=False)
    brand: Mapped[str | None] = c.string(100)
    model: Mapped[str | None] = c.string(100)
    serial_number: Mapped[str | None] = c.string(100)
    purchase_date: Mapped[date | None] = c.date()
    purchase_price: Mapped[Decimal | None] = money_column()
    current_value: Mapped[Decimal | None] = money_column()
    depreciation_rate: Mapped[Decimal | None] = decimal_column(5, 2)
    location: Mapped[str | None] = c.string(255)
    assigned_to: Mapped[int | None] = c.fk("users.id")
    status: Mapped[str | None] = c.enum(AssetStatus, default=AssetStatus.ACTIVE)
    notes: Mapped[str | None] = c.text()
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()


class AssetHistory(Base):
    """A status change or reassignment of an asset, with who and why."""

    __tablename__ = "asset_histories"
    id: Mapped[int] = pk_column()
    asset_id: Mapped[int] = c.fk("assets.id", nullable=False)
    old_status: Mapped[str | None] = c.enum(AssetStatus)
    new_status: Mapped[str | None] = c.enum(AssetStatus)
    old_assigned_to: Mapped[int | None] = c.fk("users.id")
    new_assigned_to: Mapped[int | None] = c.fk("users.id")
    notes: Mapped[str | None] = c.text()
    changed_by: Mapped[int | None] = c.fk("users.id")
    created_at: Mapped[datetime | None] = created_at_column()
