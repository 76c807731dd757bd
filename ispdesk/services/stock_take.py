"""Stock take: count many items, review the differences, post them all as
adjustments in one go.

Posting locks the counted items (ascending id) and adjusts each to what was
counted. When an item moved since the sheet was read (its quantity is no
longer the one the clerk reviewed), the whole take is refused with the new
figure, so nobody's issue or receipt is silently overwritten.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Inventory
from ispdesk.domain.actor import Actor
from ispdesk.domain.errors import ConflictError, ValidationError
from ispdesk.domain.messages import Message, message
from ispdesk.services import stock
from ispdesk.services.permissions import operation

BAD_COUNT = message("stock.bad_count", "A count is a whole number, 0 or more.")
NOTHING_COUNTED = message("stock.nothing_counted", "Count at least one item.")
MOVED_WHILE_COUNTING = message("stock.moved_while_counting",
                               "Stock moved while you were counting; review again. {items}")
MOVED_ITEM = message("stock.moved_item", "{name}: now {quantity}")
STOCK_TAKE = message("stock.take_reason", "Stock take")
COUNTED = message("stock.take_counted", "{reason}: counted {counted}, was {was}")


@dataclass(frozen=True)
class SheetRow:
    inventory_id: int
    sku: str
    name: str
    category: str
    unit: str
    location: str
    in_stock: int


@dataclass(frozen=True)
class Difference:
    inventory_id: int
    sku: str
    name: str
    in_stock: int
    counted: int

    @property
    def difference(self) -> int:
        return self.counted - self.in_stock


@operation(stock.MODULE, "view")
def sheet(session: Session, actor: Actor, *, category: str | None = None) -> list[SheetRow]:
    """The active items to count (of one category, or all), by location and name."""
    inv = Inventory
    query = sa.select(inv.id, inv.sku, inv.name, inv.category, inv.unit, inv.location, inv.quantity).where(
        sa.or_(inv.is_active.is_(None), inv.is_active.is_(True)))
    if category:
        query = query.where(inv.category == category)
    rows = session.execute(query.order_by(inv.location, inv.name, inv.id)).all()
    return [SheetRow(r[0], r[1] or "", r[2], r[3], r[4] or "pcs", r[5] or "", r[6] or 0) for r in rows]


def _check_counts(counted: Mapping[int, int]) -> None:
    errors: dict[str, Message] = {
        f"counted[{item}]": BAD_COUNT()
        for item, n in counted.items() if isinstance(n, bool) or not isinstance(n, int) or n < 0}
    if errors:
        raise ValidationError(errors)


@operation(stock.MODULE, "view")
def differences(session: Session, actor: Actor, counted: Mapping[int, int]) -> list[Difference]:
    """The counted items whose count differs from the quantity in stock."""
    _check_counts(counted)
    return [d for d in _compare(session, counted, lock=False) if d.difference]


def _compare(session: Session, counted: Mapping[int, int], *, lock: bool) -> list[Difference]:
    if not counted:
        return []
    query = (sa.select(Inventory.id, Inventory.sku, Inventory.name, Inventory.quantity)
             .where(Inventory.id.in_(list(counted))).order_by(Inventory.id))
    if lock:
        query = query.with_for_update()
    return [Difference(r[0], r[1] or "", r[2], r[3] or 0, counted[r[0]]) for r in session.execute(query)]


@operation(stock.MODULE, "create")
def post(session: Session, actor: Actor, counted: Mapping[int, int], *, notes: str = "",
         reviewed: Mapping[int, int] | None = None) -> list[stock.Movement]:
    """Adjust every counted item to its count; ``reviewed`` maps item -> the
    quantity the clerk saw when reviewing (a change since refuses the take,
    naming each item that moved and its quantity now)."""
    _check_counts(counted)
    if not counted:
        raise ValidationError({"counted": NOTHING_COUNTED()})
    compared = _compare(session, counted, lock=True)
    moved = [MOVED_ITEM(name=d.name, quantity=d.in_stock) for d in compared
             if reviewed is not None and d.inventory_id in reviewed and reviewed[d.inventory_id] != d.in_stock]
    if moved:
        raise ConflictError(MOVED_WHILE_COUNTING(items=moved))
    reason = (notes or "").strip() or STOCK_TAKE().render()
    requests = [stock.MovementRequest(d.inventory_id, "adjustment", d.difference,
                                      COUNTED(reason=reason, counted=d.counted, was=d.in_stock).render())
                for d in compared if d.difference]
    return stock._post_many(session, actor, requests) if requests else []
