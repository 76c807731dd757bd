"""Issue stock to a work order (ONT, router, cable metres) and take back what
was not used. ONT and router serial numbers are recorded on the ``out``
movement (``inventory_transactions.serial_numbers``, one a line) so the
installation report can show them; a return names the serials coming back.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Inventory, InventoryTransaction, WorkOrder
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import InventoryCategory, StockMovementType, WorkOrderStatus
from ispdesk.domain.errors import NotFound, ValidationError
from ispdesk.services import stock
from ispdesk.services.permissions import require

#: Items counted one by one, each with its serial number.
SERIALISED = frozenset({InventoryCategory.ONT, InventoryCategory.ROUTER})
REFERENCE = "work_order"


@dataclass(frozen=True)
class IssueLine:
    inventory_id: int
    quantity: int
    serials: tuple[str, ...] = ()


@dataclass(frozen=True)
class IssuedItem:
    """What a work order holds of one item: issued minus returned, and the serials still out."""

    inventory_id: int
    sku: str
    name: str
    category: str
    unit: str
    issued: int
    returned: int
    serials: tuple[str, ...] = field(default=())

    @property
    def outstanding(self) -> int:
        return self.issued - self.returned


def split_serials(text: str | None) -> tuple[str, ...]:
    """Serials typed or scanned one a line (commas and spaces also separate)."""
    parts = (text or "").replace(",", "\n").replace(" ", "\n").splitlines()
    return tuple(p.strip().upper() for p in parts if p.strip())


def _work_order(session: Session, work_order_id: int) -> WorkOrder:
    order = session.get(WorkOrder, work_order_id)
    if order is None:
        raise NotFound(f"There is no work order with id {work_order_id}.")
    return order


def _categories(session: Session, lines: Sequence[IssueLine]) -> dict[int, tuple[str, str]]:
    rows = session.execute(sa.select(Inventory.id, Inventory.category, Inventory.name).where(
        Inventory.id.in_({line.inventory_id for line in lines})))
    return {r[0]: (r[1], r[2]) for r in rows}


def _check(session: Session, lines: Sequence[IssueLine]) -> dict[int, tuple[str, str]]:
    errors: dict[str, str] = {}
    if not lines:
        errors["lines"] = "Add at least one item."
    known = _categories(session, lines) if lines else {}
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if line.inventory_id not in known:
            errors[f"lines[{i}].inventory_id"] = "Choose a stock item."
            continue
        if isinstance(line.quantity, bool) or not isinstance(line.quantity, int) or line.quantity <= 0:
            errors[f"lines[{i}].quantity"] = "The quantity must be more than zero."
            continue
        category, name = known[line.inventory_id]
        if category in SERIALISED and len(line.serials) != line.quantity:
            errors[f"lines[{i}].serials"] = (f"{name}: scan one serial number per unit "
                                             f"({line.quantity} needed, {len(line.serials)} given).")
        doubled = [s for s in line.serials if s in seen or line.serials.count(s) > 1]
        if doubled:
            errors[f"lines[{i}].serials"] = f"Serial number {doubled[0]} appears twice."
        seen.update(line.serials)
    if errors:
        raise ValidationError(errors)
    return known


def serials_out(session: Session, inventory_id: int, serials: Sequence[str]) -> set[str]:
    """Which of ``serials`` of the item are issued to a work order and not returned."""
    if not serials:
        return set()
    tx = InventoryTransaction
    rows = session.execute(
        sa.select(tx.type, tx.serial_numbers).where(
            tx.inventory_id == inventory_id, tx.reference_type == REFERENCE,
            sa.or_(*(tx.serial_numbers.contains(s, autoescape=True) for s in serials)))
        .order_by(tx.id)).all()
    held: dict[str, int] = {}
    for kind, text in rows:
        for serial in split_serials(text):
            held[serial] = held.get(serial, 0) + (1 if kind == StockMovementType.OUT else -1)
    return {s for s in serials if held.get(s, 0) > 0}


def issue(session: Session, actor: Actor | None, work_order_id: int, lines: Sequence[IssueLine], *,
          notes: str = "") -> list[stock.Movement]:
    """Take the lines out of stock for the work order (all or nothing); a
    serial number already out on a work order is refused."""
    require(actor, stock.MODULE, "create")
    order = _work_order(session, work_order_id)
    if order.status in (WorkOrderStatus.CANCELLED, WorkOrderStatus.COMPLETED):
        raise ValidationError({"work_order_id": f"{order.work_order_number} is {order.status}; "
                                                "stock is issued only to open work orders."})
    _check(session, lines)
    taken = {f"lines[{i}].serials": f"Serial number {sorted(out)[0]} is already issued to a work order."
             for i, line in enumerate(lines) if (out := serials_out(session, line.inventory_id, line.serials))}
    if taken:
        raise ValidationError(taken)
    reason = (notes or "").strip() or f"Issued to {order.work_order_number}"
    return stock.post_many(session, actor, [
        stock.MovementRequest(line.inventory_id, StockMovementType.OUT, line.quantity, reason, REFERENCE,
                              work_order_id, serial_numbers="\n".join(line.serials) or None)
        for line in lines])


def return_unused(session: Session, actor: Actor | None, work_order_id: int, lines: Sequence[IssueLine], *,
                  notes: str = "") -> list[stock.Movement]:
    """Put back what the work order did not use: never more than it holds, and
    only serials that were issued to it."""
    require(actor, stock.MODULE, "create")
    order = _work_order(session, work_order_id)
    _check(session, lines)
    held = {item.inventory_id: item for item in issued_to(session, actor, work_order_id)}
    errors: dict[str, str] = {}
    for i, line in enumerate(lines):
        item = held.get(line.inventory_id)
        if item is None or line.quantity > item.outstanding:
            errors[f"lines[{i}].quantity"] = (f"{order.work_order_number} holds only "
                                              f"{item.outstanding if item else 0} of this item.")
        elif set(line.serials) - set(item.serials):
            errors[f"lines[{i}].serials"] = (f"Serial number {sorted(set(line.serials) - set(item.serials))[0]} "
                                             f"was not issued to {order.work_order_number}.")
    if errors:
        raise ValidationError(errors)
    reason = (notes or "").strip() or f"Unused, back from {order.work_order_number}"
    return stock.post_many(session, actor, [
        stock.MovementRequest(line.inventory_id, StockMovementType.RETURN, line.quantity, reason, REFERENCE,
                              work_order_id, serial_numbers="\n".join(line.serials) or None)
        for line in lines])


def issued_to(session: Session, actor: Actor | None, work_order_id: int) -> list[IssuedItem]:
    """What the work order holds, item by item, with the serials still out."""
    require(actor, stock.MODULE, "view")
    tx = InventoryTransaction
    rows = session.execute(
        sa.select(tx.inventory_id, tx.type, tx.quantity, tx.serial_numbers, Inventory.sku, Inventory.name,
                  Inventory.category, Inventory.unit)
        .join(Inventory, Inventory.id == tx.inventory_id)
        .where(tx.reference_type == REFERENCE, tx.reference_id == work_order_id,
               tx.type.in_([StockMovementType.OUT, StockMovementType.RETURN]))
        .order_by(tx.id)).all()
    items: dict[int, dict] = {}
    for item_id, kind, quantity, serials, sku, name, category, unit in rows:
        entry = items.setdefault(item_id, {"sku": sku or "", "name": name, "category": category,
                                           "unit": unit or "pcs", "issued": 0, "returned": 0, "serials": []})
        if kind == StockMovementType.OUT:
            entry["issued"] += -quantity
            entry["serials"].extend(split_serials(serials))
        else:
            entry["returned"] += quantity
            back = set(split_serials(serials))
            entry["serials"] = [s for s in entry["serials"] if s not in back]
    return [IssuedItem(item_id, e["sku"], e["name"], e["category"], e["unit"], e["issued"], e["returned"],
                       tuple(e["serials"])) for item_id, e in items.items()]


def installed_serials(session: Session, actor: Actor | None, work_order_id: int,
                      category: str = InventoryCategory.ONT) -> tuple[str, ...]:
    """The serials of ``category`` (ONT by default) the work order still holds:
    what its installation report shows."""
    return tuple(s for item in issued_to(session, actor, work_order_id) if item.category == category
                 for s in item.serials)
