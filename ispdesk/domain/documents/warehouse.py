"""What the warehouse prints: a purchase order for the supplier, an item's
stock card, the asset register as of a date."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from ispdesk.domain.documents import Company


@dataclass(frozen=True)
class PurchaseOrderLine:
    sku: str
    description: str
    unit: str
    quantity: int
    unit_price: Decimal
    total: Decimal
    received: int = 0


@dataclass(frozen=True)
class PurchaseOrderDocument:
    """A PO as the supplier gets it. ``approved_by`` is "" until a supervisor approved it."""

    company: Company
    po_number: str
    status: str                 # PurchaseOrderStatus value
    order_date: date
    expected_date: date | None
    supplier_name: str
    supplier_address: str
    supplier_contact: str       # person and phone
    payment_terms: str
    lines: tuple[PurchaseOrderLine, ...]
    total: Decimal
    notes: str
    created_by: str
    approved_by: str
    approved_at: datetime | None


@dataclass(frozen=True)
class StockCardLine:
    """One movement: ``change`` is signed; ``balance`` is the running balance after it."""

    moved_at: datetime | None
    type: str                   # StockMovementType value
    change: int
    balance: int
    reference: str              # "WO-202611-000001", "PO-…" or ""
    by: str
    notes: str
    serials: str = ""


@dataclass(frozen=True)
class StockCardDocument:
    """An item's movements in a period, with the balance before the first."""

    company: Company
    sku: str
    item_name: str
    unit: str
    location: str
    date_from: date | None
    date_to: date | None
    opening_balance: int
    lines: tuple[StockCardLine, ...]
    closing_balance: int
    printed_at: datetime


@dataclass(frozen=True)
class AssetRegisterLine:
    asset_code: str
    name: str
    category: str
    purchase_date: date | None
    purchase_price: Decimal | None
    rate: Decimal | None        # % a year
    value: Decimal | None       # book value on the register's date
    assigned_to: str
    status: str
    location: str


@dataclass(frozen=True)
class AssetRegisterDocument:
    company: Company
    as_of: date
    lines: tuple[AssetRegisterLine, ...]
    total_price: Decimal
    total_value: Decimal
    printed_at: datetime
