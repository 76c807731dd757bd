"""Stock movements: the only way an item's quantity changes.

Each movement is ONE conditional UPDATE
(``quantity = quantity + :delta WHERE id = :id AND quantity + :delta >= 0``,
checked by its row count) plus its ``inventory_transactions`` row with the
quantity before and after and the clerk, in the caller's transaction. So the
quantity never goes below zero, even with several clerks at once, and the
ledger (signed ``quantity``: an ``out`` is negative) always sums to the
item's quantity.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Inventory, InventoryTransaction, PurchaseOrder, WorkOrder
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import StockMovementType
from ispdesk.domain.errors import NotFound, ValidationError
from ispdesk.domain.messages import Message, message
from ispdesk.services import audit
from ispdesk.services.permissions import operation

MODULE = "stock_movements"
#: reference_type -> the model whose row the movement refers to.
REFERENCES = {"work_order": WorkOrder, "purchase_order": PurchaseOrder}
MAX_QUANTITY = 1_000_000

INSUFFICIENT = message("stock.insufficient", "Only {in_stock} {unit} of {item} in stock; cannot take {wanted}.")
CHOOSE_KIND = message("stock.choose_kind", "Choose in, out, adjustment or return.")
WHOLE_NUMBER = message("stock.whole_number", "The quantity must be a whole number.")
ADJUSTMENT_ZERO = message("stock.adjustment_zero", "An adjustment is a difference other than zero (e.g. -2 or 5).")
QUANTITY_POSITIVE = message("stock.quantity_positive", "The quantity must be more than zero.")
ADJUSTMENT_REASON = message("stock.adjustment_reason", "Say why the stock is adjusted.")
REFERENCE_PAIR = message("stock.reference_pair", "Give both the kind of reference and its number, or neither.")
REFERENCE_KIND = message("stock.reference_kind", "A reference is a work order or a purchase order.")
NEGATIVE_PRICE = message("stock.negative_price", "The price cannot be negative.")
NO_WORK_ORDER = message("stock.no_work_order", "There is no work order with id {id}.")
NO_PURCHASE_ORDER = message("stock.no_purchase_order", "There is no purchase order with id {id}.")
NO_ITEM = message("stock.no_item", "There is no stock item with id {id}.")
#: reference_type -> the message when its row does not exist.
MISSING_REFERENCE = {"work_order": NO_WORK_ORDER, "purchase_order": NO_PURCHASE_ORDER}


class InsufficientStock(ValidationError):
    """An outgoing movement asked for more than is in stock (``in_stock`` says how many)."""

    def __init__(self, item: str, unit: str, in_stock: int, wanted: int) -> None:
        self.in_stock = in_stock
        self.wanted = wanted
        super().__init__({"quantity": INSUFFICIENT(in_stock=in_stock, unit=unit, item=item, wanted=wanted)})


@dataclass(frozen=True)
class MovementRequest:
    """One movement to post. ``quantity`` is positive for in/out/return and the
    signed difference for an adjustment."""

    inventory_id: int
    type: str
    quantity: int
    notes: str = ""
    reference_type: str | None = None
    reference_id: int | None = None
    serial_numbers: str | None = None
    unit_price: Decimal | None = None


@dataclass(frozen=True)
class Movement:
    """A posted movement: its id, the signed change and the quantity before and after."""

    id: int
    inventory_id: int
    type: str
    quantity: int
    previous_quantity: int
    new_quantity: int


def signed_delta(kind: str, quantity: int) -> int:
    """The change of the item's quantity: in/return add, out takes, an adjustment is signed."""
    return -quantity if kind == StockMovementType.OUT else quantity


def validate(request: MovementRequest) -> None:
    """Raise ValidationError (field -> message) for a request that cannot be posted."""
    errors: dict[str, Message] = {}
    kinds = {k.value for k in StockMovementType}
    if request.type not in kinds:
        errors["type"] = CHOOSE_KIND()
    quantity = request.quantity
    if isinstance(quantity, bool) or not isinstance(quantity, int):
        errors["quantity"] = WHOLE_NUMBER()
    elif request.type == StockMovementType.ADJUSTMENT:
        if quantity == 0 or abs(quantity) > MAX_QUANTITY:
            errors["quantity"] = ADJUSTMENT_ZERO()
    elif not 0 < quantity <= MAX_QUANTITY:
        errors["quantity"] = QUANTITY_POSITIVE()
    if request.type == StockMovementType.ADJUSTMENT and not (request.notes or "").strip():
        errors["notes"] = ADJUSTMENT_REASON()
    if (request.reference_type is None) != (request.reference_id is None):
        errors["reference_id"] = REFERENCE_PAIR()
    elif request.reference_type is not None and request.reference_type not in REFERENCES:
        errors["reference_type"] = REFERENCE_KIND()
    if request.unit_price is not None and request.unit_price < 0:
        errors["unit_price"] = NEGATIVE_PRICE()
    if errors:
        raise ValidationError(errors)


def _check_reference(session: Session, request: MovementRequest) -> None:
    if request.reference_type is None:
        return
    model = REFERENCES[request.reference_type]
    if session.get(model, request.reference_id) is None:
        raise ValidationError({"reference_id": MISSING_REFERENCE[request.reference_type](id=request.reference_id)})


def _item(session: Session, inventory_id: int) -> tuple[str, str, int]:
    row = session.execute(sa.select(Inventory.name, Inventory.unit, Inventory.quantity)
                          .where(Inventory.id == inventory_id)).first()
    if row is None:
        raise NotFound(NO_ITEM(id=inventory_id))
    return row[0], row[1] or "pcs", row[2] or 0


@operation(MODULE, "create")
def post(session: Session, actor: Actor, request: MovementRequest) -> Movement:
    """Post one movement (checks permission and input first; nothing is written on a refusal)."""
    validate(request)
    _check_reference(session, request)
    return _apply(session, actor, request)


@operation(MODULE, "create")
def post_many(session: Session, actor: Actor, requests: Iterable[MovementRequest]) -> list[Movement]:
    """Post several movements in one go, items in ascending id order (no deadlocks
    between clerks); the first refusal raises and the caller's rollback undoes all."""
    return _post_many(session, actor, requests)


def _post_many(session: Session, actor: Actor, requests: Iterable[MovementRequest]) -> list[Movement]:
    """:func:`post_many` for a service that checked the actor's permission itself
    (issuing to a work order, receiving a PO, a stock take)."""
    requests = list(requests)
    for request in requests:
        validate(request)
        _check_reference(session, request)
    order = sorted(range(len(requests)), key=lambda i: requests[i].inventory_id)
    posted: dict[int, Movement] = {}
    for index in order:
        posted[index] = _apply(session, actor, requests[index])
    return [posted[i] for i in range(len(requests))]


def _apply(session: Session, actor: Actor, request: MovementRequest) -> Movement:
    delta = signed_delta(request.type, request.quantity)
    table = Inventory.__table__
    current = sa.func.coalesce(table.c.quantity, 0)
    result = session.execute(
        sa.update(table).where(table.c.id == request.inventory_id, current + delta >= 0)
        .values(quantity=current + delta))
    name, unit, now_in_stock = _item(session, request.inventory_id)
    if result.rowcount != 1:
        raise InsufficientStock(name, unit, now_in_stock, -delta)
    previous = now_in_stock - delta
    audit.record(session, actor, "update", "inventories", request.inventory_id,
                 {"quantity": previous}, {"quantity": now_in_stock}, MODULE)
    row = InventoryTransaction(
        inventory_id=request.inventory_id, type=request.type, quantity=delta, previous_quantity=previous,
        new_quantity=now_in_stock, reference_type=request.reference_type, reference_id=request.reference_id,
        notes=(request.notes or "").strip() or None, performed_by=actor.user_id,
        serial_numbers=request.serial_numbers, unit_price=request.unit_price)
    session.add(row)
    session.flush()
    return Movement(row.id, request.inventory_id, request.type, delta, previous, now_in_stock)


def at_or_below_minimum(table: sa.Table) -> sa.ColumnElement[bool]:
    """SQL: the item of ``inventories`` (or an alias) needs restocking."""
    return sa.func.coalesce(table.c.quantity, 0) <= sa.func.coalesce(table.c.min_quantity, 0)


def in_stock(session: Session, inventory_id: int) -> int:
    """The item's quantity now."""
    return _item(session, inventory_id)[2]
