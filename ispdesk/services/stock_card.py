"""An item's stock card: every movement with its running balance, who and why.

Pages go newest first by keyset on the ``(inventory_id, id)`` index, so the
card of an item with 100,000 movements opens as fast as one with ten. The
balance after a movement is the item's quantity minus what later movements
changed (the ledger sums to the quantity; ``ispdesk stock check`` proves it).
Printing and export take a period, oldest first, with the opening balance.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from ispdesk.db.models import Inventory, InventoryTransaction, PurchaseOrder, User, WorkOrder
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.documents.warehouse import StockCardDocument, StockCardLine
from ispdesk.domain.errors import NotFound
from ispdesk.domain.messages import humanised, render, word
from ispdesk.services import listing, office_settings
from ispdesk.services.modules.columns import integer, text
from ispdesk.services.permissions import operation
from ispdesk.services.stock import NO_ITEM
from ispdesk.services.specs import ColumnSpec, Kind, Page, TableSpec

MODULE = "stock_movements"
PAGE_SIZE = 100


@dataclass(frozen=True)
class ItemSummary:
    id: int
    sku: str
    name: str
    unit: str
    quantity: int
    min_quantity: int
    location: str


@dataclass(frozen=True)
class CardRow:
    """One movement as the card shows it; ``balance`` is the quantity after it."""

    id: int
    moved_at: datetime | None
    type: str
    change: int
    balance: int
    reference: str
    by: str
    notes: str
    serials: str


@dataclass(frozen=True)
class CardPage:
    item: ItemSummary
    rows: tuple[CardRow, ...]
    total: int | None     # movements of the item (counted for the first page only)
    has_more: bool        # older movements follow
    next_before_id: int | None = None   # ask for the older page with these two
    next_balance: int | None = None


@operation("inventory", "view")
def item(session: Session, actor: Actor, inventory_id: int) -> ItemSummary:
    """One stock item with its quantity and minimum (what the movement dialog shows)."""
    return _item_summary(session, inventory_id)


def _item_summary(session: Session, inventory_id: int) -> ItemSummary:
    row = session.execute(sa.select(Inventory.id, Inventory.sku, Inventory.name, Inventory.unit,
                                    Inventory.quantity, Inventory.min_quantity, Inventory.location)
                          .where(Inventory.id == inventory_id)).first()
    if row is None:
        raise NotFound(NO_ITEM(id=inventory_id))
    return ItemSummary(row[0], row[1] or "", row[2], row[3] or "pcs", row[4] or 0, row[5] or 0, row[6] or "")


def _movements() -> Any:
    """The movements with the reference's number and the clerk's name."""
    tx = InventoryTransaction
    wo = aliased(WorkOrder)
    po = aliased(PurchaseOrder)
    reference = sa.func.coalesce(wo.work_order_number, po.po_number, tx.reference_type)
    return (sa.select(tx.id, tx.created_at, tx.type, tx.quantity, reference, User.name, tx.notes,
                      tx.serial_numbers)
            .outerjoin(wo, sa.and_(tx.reference_type == "work_order", wo.id == tx.reference_id))
            .outerjoin(po, sa.and_(tx.reference_type == "purchase_order", po.id == tx.reference_id))
            .outerjoin(User, User.id == tx.performed_by))


def _changed_since(session: Session, inventory_id: int, condition: Any) -> int:
    tx = InventoryTransaction
    total = session.execute(sa.select(sa.func.sum(tx.quantity))
                            .where(tx.inventory_id == inventory_id, condition)).scalar_one()
    return int(total or 0)


@operation(MODULE, "view")
def page(session: Session, actor: Actor, inventory_id: int, *, before_id: int | None = None,
         balance: int | None = None, limit: int = PAGE_SIZE) -> CardPage:
    """Up to ``limit`` movements older than ``before_id`` (the newest without it).
    ``balance`` (the previous page's ``next_balance``) is the quantity after the
    first of them; without it the ledger says."""
    item = _item_summary(session, inventory_id)
    tx = InventoryTransaction
    query = _movements().where(tx.inventory_id == inventory_id)
    if before_id is not None:
        query = query.where(tx.id < before_id)
    found = session.execute(query.order_by(tx.id.desc()).limit(limit + 1)).all()
    has_more = len(found) > limit
    found = found[:limit]
    if balance is None:
        balance = item.quantity
        if found:
            balance -= _changed_since(session, inventory_id, tx.id > found[0][0])
    rows = []
    for r in found:
        rows.append(CardRow(r[0], r[1], r[2], r[3], balance, r[4] or "", r[5] or "", r[6] or "", r[7] or ""))
        balance -= r[3]
    total = None
    if before_id is None:
        total = int(session.execute(sa.select(sa.func.count()).select_from(tx)
                                    .where(tx.inventory_id == inventory_id)).scalar_one())
    return CardPage(item, tuple(rows), total, has_more, rows[-1].id if has_more else None,
                    balance if has_more else None)


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _period(session: Session, inventory_id: int, date_from: date | None, date_to: date | None,
            ) -> tuple[ItemSummary, int, Iterator[CardRow]]:
    """(item, opening balance, movements oldest first) of a period; consume the
    iterator inside the session."""
    item = _item_summary(session, inventory_id)
    tx = InventoryTransaction
    conditions = [tx.inventory_id == inventory_id]
    later = sa.true()
    if date_from is not None:
        conditions.append(tx.created_at >= _start(date_from))
        later = tx.created_at >= _start(date_from)
    if date_to is not None:
        conditions.append(tx.created_at < _start(date_to + timedelta(days=1)))
    opening = item.quantity - _changed_since(session, inventory_id, later)
    result = session.execute(_movements().where(*conditions).order_by(tx.id)
                             .execution_options(yield_per=2000))

    def rows() -> Iterator[CardRow]:
        balance = opening
        for r in result:
            balance += r[3]
            yield CardRow(r[0], r[1], r[2], r[3], balance, r[4] or "", r[5] or "", r[6] or "", r[7] or "")

    return item, opening, rows()


@operation(MODULE, "print")
def document(session: Session, actor: Actor, inventory_id: int, date_from: date | None,
             date_to: date | None, *, now: datetime | None = None) -> StockCardDocument:
    """The stock card of a period as printed (``printed_at``: ``now``, the office clock's by default)."""
    item, opening, rows = _period(session, inventory_id, date_from, date_to)
    lines = tuple(StockCardLine(r.moved_at, r.type, r.change, r.balance, r.reference, r.by, r.notes, r.serials)
                  for r in rows)
    return StockCardDocument(
        company=office_settings.company(session), sku=item.sku, item_name=item.name, unit=item.unit,
        location=item.location, date_from=date_from, date_to=date_to, opening_balance=opening, lines=lines,
        closing_balance=lines[-1].balance if lines else opening, printed_at=now or clock.now())


#: The export's sheet and column titles not shown by any tab, named here so the catalogue translates them.
EXPORT_WORDS = (word("Stock card"), word("Change"), word("Balance"))

EXPORT_SPEC = TableSpec(
    key=MODULE, title="Stock card", model=InventoryTransaction,
    columns=(
        ColumnSpec("created_at", "Date", Kind.DATETIME),
        text("type", "Type"),
        integer("quantity", "Change", minimum=None),
        integer("balance", "Balance"),
        text("reference", "Reference"),
        text("by", "By"),
        text("notes", "Notes"),
        text("serials", "Serial numbers"),
    ),
)


@operation(MODULE, "export")
def export(session: Session, actor: Actor, inventory_id: int, path: str | Path,
           date_from: date | None = None, date_to: date | None = None) -> int:
    """Write the card of a period to ``path`` (.xlsx or .csv); returns the row count."""
    _item, _opening, rows = _period(session, inventory_id, date_from, date_to)
    names = tuple(c.name for c in EXPORT_SPEC.columns)

    def pages() -> Iterator[Page]:
        batch: list[CardRow] = []
        offset = 0
        for row in rows:
            batch.append(row)
            if len(batch) == 2000:
                yield _page(names, batch, offset)
                offset += len(batch)
                batch = []
        if batch:
            yield _page(names, batch, offset)

    writer = listing.write_xlsx if str(path).lower().endswith(".xlsx") else listing.write_csv
    return writer(path, pages(), EXPORT_SPEC)


def _kind(value: str) -> str:
    """A movement kind in words of the installed language ("Keluar"), as the export writes it."""
    return render(word(humanised(value)))


def _page(names: tuple[str, ...], rows: list[CardRow], offset: int) -> Page:
    return Page(names, [(r.moved_at, _kind(r.type), r.change, r.balance, r.reference, r.by, r.notes, r.serials)
                        for r in rows], [r.id for r in rows], offset)
