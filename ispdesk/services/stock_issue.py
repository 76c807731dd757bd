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
from ispdesk.domain.messages import Message, message, status_word
from ispdesk.services import stock
from ispdesk.services.permissions import operation

#: Items counted one by one, each with its serial number.
SERIALISED = frozenset({InventoryCategory.ONT, InventoryCategory.ROUTER})
REFERENCE = "work_order"

NO_WORK_ORDER = message("stock.issue_no_work_order", "There is no work order with id {id}.")
NO_LINES = message("stock.issue_no_lines", "Add at least one item.")
CHOOSE_ITEM = message("stock.issue_choose_item", "Choose a stock item.")
SERIAL_PER_UNIT = message("stock.serial_per_unit",
                          "{item}: scan one serial number per unit ({needed} needed, {given} given).")
SERIAL_TWICE = message("stock.serial_twice", "Serial number {serial} appears twice.")
CLOSED_ORDER = message("stock.issue_closed_order",
                       "{number} is {status}; stock is issued only to open work orders.")
SERIAL_ISSUED = message("stock.serial_already_issued", "Serial number {serial} is already issued to a work order.")
HOLDS_ONLY = message("stock.order_holds_only", "{number} holds only {held} of this item.")
SERIAL_NOT_ISSUED = message("stock.serial_not_issued", "Serial number {serial} was not issued to {number}.")
ISSUED_TO = message("stock.issued_to", "Issued to {number}")
BACK_FROM = message("stock.back_from", "Unused, back from {number}")


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
        raise NotFound(NO_WORK_ORDER(id=work_order_id))
    return order


def _categories(session: Session, lines: Sequence[IssueLine]) -> dict[int, tuple[str, str]]:
    rows = session.execute(sa.select(Inventory.id, Inventory.category, Inventory.name).where(
        Inventory.id.in_({line.inventory_id for line in lines})))
    return {r[0]: (r[1], r[2]) for r in rows}


def _check(session: Session, lines: Sequence[IssueLine]) -> dict[int, tuple[str, str]]:
    errors: dict[str, Message] = {}
    if not lines:
        errors["lines"] = NO_LINES()
    known = _categories(session, lines) if lines else {}
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if line.inventory_id not in known:
            errors[f"lines[{i}].inventory_id"] = CHOOSE_ITEM()
            continue
        if isinstance(line.quantity, bool) or not isinstance(line.quantity, int) or line.quantity <= 0:
            errors[f"lines[{i}].quantity"] = stock.QUANTITY_POSITIVE()
            continue
        category, name = known[line.inventory_id]
        if category in SERIALISED and len(line.serials) != line.quantity:
            errors[f"lines[{i}].serials"] = SERIAL_PER_UNIT(item=name, needed=line.quantity, given=len(line.serials))
        doubled = [s for s in line.serials if s in seen or line.serials.count(s) > 1]
        if doubled:
            errors[f"lines[{i}].serials"] = SERIAL_TWICE(serial=doubled[0])
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


@operation(stock.MODULE, "create")
def issue(session: Session, actor: Actor, work_order_id: int, lines: Sequence[IssueLine], *,
          notes: str = "") -> list[stock.Movement]:
    """Take the lines out of stock for the work order (all or nothing); a
    serial number already out on a work order is refused. Without notes the
    movement says "Issued to WO-…" in the office's language."""
    order = _work_order(session, work_order_id)
    if order.status in (WorkOrderStatus.CANCELLED, WorkOrderStatus.COMPLETED):
        raise ValidationError({"work_order_id": CLOSED_ORDER(number=order.work_order_number,
                                                             status=status_word(order.status))})
    _check(session, lines)
    taken: dict[str, Message] = {
        f"lines[{i}].serials": SERIAL_ISSUED(serial=sorted(out)[0])
        for i, line in enumerate(lines) if (out := serials_out(session, line.inventory_id, line.serials))}
    if taken:
        raise ValidationError(taken)
    reason = (notes or "").strip() or ISSUED_TO(number=order.work_order_number).render()
    return stock._post_many(session, actor, [
        stock.MovementRequest(line.inventory_id, StockMovementType.OUT, line.quantity, reason, REFERENCE,
                              work_order_id, serial_numbers="\n".join(line.serials) or None)
        for line in lines])


@operation(stock.MODULE, "create")
def return_unused(session: Session, actor: Actor, work_order_id: int, lines: Sequence[IssueLine], *,
                  notes: str = "") -> list[stock.Movement]:
    """Put back what the work order did not use: never more than it holds, and
    only serials that were issued to it."""
    order = _work_order(session, work_order_id)
    _check(session, lines)
    held = {item.inventory_id: item for item in _issued_to(session, work_order_id)}
    errors: dict[str, Message] = {}
    for i, line in enumerate(lines):
        item = held.get(line.inventory_id)
        if item is None or line.quantity > item.outstanding:
            errors[f"lines[{i}].quantity"] = HOLDS_ONLY(number=order.work_order_number,
                                                        held=item.outstanding if item else 0)
        elif set(line.serials) - set(item.serials):
            errors[f"lines[{i}].serials"] = SERIAL_NOT_ISSUED(
                serial=sorted(set(line.serials) - set(item.serials))[0], number=order.work_order_number)
    if errors:
        raise ValidationError(errors)
    reason = (notes or "").strip() or BACK_FROM(number=order.work_order_number).render()
    return stock._post_many(session, actor, [
        stock.MovementRequest(line.inventory_id, StockMovementType.RETURN, line.quantity, reason, REFERENCE,
                              work_order_id, serial_numbers="\n".join(line.serials) or None)
        for line in lines])


@operation(stock.MODULE, "view")
def issued_to(session: Session, actor: Actor, work_order_id: int) -> list[IssuedItem]:
    """What the work order holds, item by item, with the serials still out."""
    return _issued_to(session, work_order_id)


def _issued_to(session: Session, work_order_id: int) -> list[IssuedItem]:
    """:func:`issued_to` for a service that checked its own permission (the
    installation report and the work order sheet show what a technician took)."""
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


def installed_serials(session: Session, work_order_id: int,
                      category: str = InventoryCategory.ONT) -> tuple[str, ...]:
    """The serials of ``category`` (ONT by default) the work order still holds:
    what its installation report shows. No permission of its own: its callers
    (the installation report) check theirs."""
    return tuple(s for item in _issued_to(session, work_order_id) if item.category == category
                 for s in item.serials)
