"""Purchase orders: lines, the status workflow and receiving.

draft -> submitted -> approved (a supervisor's credentials) -> ordered ->
partial / received, or cancelled; only the moves in :data:`MOVES`. The PO row
is locked (``FOR UPDATE``) by every status change and receipt, so two clerks
receiving at once cannot both book the same delivery. Receiving posts stock-in
movements referencing the PO, raises the lines' received quantities, the PO's
status and the items' purchase price.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Inventory, PurchaseOrder, PurchaseOrderItem, Supplier, User
from ispdesk.db.sequences import next_number
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.documents.warehouse import PurchaseOrderDocument, PurchaseOrderLine
from ispdesk.domain.enums import PurchaseOrderStatus as S
from ispdesk.domain.errors import ConflictError, NotFound, ValidationError
from ispdesk.domain.messages import Message, humanised, message, status_word
from ispdesk.domain.money import ZERO, MoneyError, round_money, to_money
from ispdesk.services import office_settings, stock
from ispdesk.services.permissions import operation, require, require_approver

MODULE = "purchase_orders"

NO_ORDER = message("purchasing.no_order", "There is no purchase order with id {id}.")
NO_LINES = message("purchasing.no_lines", "Add at least one line.")
CHOOSE_ITEM = message("purchasing.choose_item", "Choose a stock item.")
QUANTITY_POSITIVE = message("purchasing.quantity_positive", "The quantity must be more than zero.")
NOT_AN_AMOUNT = message("purchasing.not_an_amount", "Not an amount of Rupiah.")
NEGATIVE_PRICE = message("purchasing.negative_price", "The price cannot be negative.")
CHOOSE_SUPPLIER = message("purchasing.choose_supplier", "Choose a supplier.")
SUPPLIER_INACTIVE = message("purchasing.supplier_inactive", "{name} is no longer an active supplier.")
EXPECTED_BEFORE_ORDER = message("purchasing.expected_before_order",
                                "The expected date cannot be before the order date.")
ONLY_DRAFT_LINES = message("purchasing.only_draft_lines", "{number} is {status}: only a draft's lines can change.")
CANNOT_BECOME = message("purchasing.cannot_become", "{number} is {status}; it cannot become {wanted}.")
LINES_BEFORE_SUBMIT = message("purchasing.lines_before_submit", "Add at least one line before submitting.")
CANCEL_REASON = message("purchasing.cancel_reason", "Say why the order is cancelled.")
CANCELLED_NOTE = message("purchasing.cancelled_note", "Cancelled: {reason}")
NOT_RECEIVABLE = message("purchasing.not_receivable", "{number} is {status}: only an ordered PO can be received.")
NOT_ON_ORDER = message("purchasing.line_not_on_order", "That line is not on this order.")
ARRIVED_QUANTITY = message("purchasing.arrived_quantity", "Enter how many arrived (0 or more).")
ONLY_OUTSTANDING = message("purchasing.only_outstanding",
                           "Only {outstanding} still to come on this line; tick 'more than ordered' to accept extra.")
NOT_A_PRICE = message("purchasing.not_a_price", "Not a price.")
NOTHING_ARRIVED = message("purchasing.nothing_arrived", "Enter the quantity that arrived on at least one line.")
RECEIVED_ON = message("purchasing.received_on", "Received on {number}")

#: The allowed moves: status -> statuses it may go to by hand (receiving sets partial/received).
MOVES: dict[str, frozenset[str]] = {
    S.DRAFT: frozenset({S.SUBMITTED, S.CANCELLED}),
    S.SUBMITTED: frozenset({S.APPROVED, S.DRAFT, S.CANCELLED}),
    S.APPROVED: frozenset({S.ORDERED, S.CANCELLED}),
    S.ORDERED: frozenset({S.PARTIAL, S.RECEIVED, S.CANCELLED}),
    S.PARTIAL: frozenset({S.RECEIVED}),
    S.RECEIVED: frozenset(),
    S.CANCELLED: frozenset(),
}
RECEIVABLE = frozenset({S.ORDERED, S.PARTIAL})
#: Statuses whose plain word would mislead: a "partial" PO is partly *received*
#: (an invoice's "partial" is partly paid, and the two must not share a translation).
STATUS_TITLES = {S.PARTIAL.value: "Partially received"}


def status_title(status: str | None) -> str:
    """A PO status in English words as the screens show it (translated in the ``Specs`` context)."""
    raw = str(getattr(status, "value", status) or S.DRAFT.value)
    return STATUS_TITLES.get(raw, humanised(raw))


def _status(status: str | None) -> Message:
    """A PO status as a word inside a message ("is partially received")."""
    raw = str(getattr(status, "value", status) or S.DRAFT.value)
    return status_word("partially_received") if raw == S.PARTIAL.value else status_word(raw)


@dataclass(frozen=True)
class LineInput:
    inventory_id: int
    quantity: int
    unit_price: Decimal


@dataclass(frozen=True)
class LineView:
    id: int
    inventory_id: int
    sku: str
    item_name: str
    unit: str
    quantity: int
    unit_price: Decimal
    total_price: Decimal
    received_quantity: int

    @property
    def outstanding(self) -> int:
        return max(0, self.quantity - self.received_quantity)


@dataclass(frozen=True)
class OrderView:
    id: int
    po_number: str
    status: str
    supplier_id: int
    supplier_name: str
    order_date: date
    expected_date: date | None
    received_date: date | None
    total_amount: Decimal
    notes: str
    approved_by: str
    lines: tuple[LineView, ...]


@dataclass(frozen=True)
class ReceiptResult:
    status: str
    received_lines: int
    movements: tuple[int, ...]   # ids of the stock-in movements


def _locked(session: Session, po_id: int) -> PurchaseOrder:
    order = session.execute(sa.select(PurchaseOrder).where(PurchaseOrder.id == po_id)
                            .with_for_update()).scalar_one_or_none()
    if order is None:
        raise NotFound(NO_ORDER(id=po_id))
    return order


def _check_lines(session: Session, lines: Sequence[LineInput]) -> list[tuple[LineInput, Decimal]]:
    """The lines with their totals; ValidationError keyed ``lines[i].field``."""
    errors: dict[str, Message] = {}
    if not lines:
        errors["lines"] = NO_LINES()
    checked = []
    known = set(session.execute(sa.select(Inventory.id).where(
        Inventory.id.in_({line.inventory_id for line in lines}))).scalars()) if lines else set()
    for i, line in enumerate(lines):
        if line.inventory_id not in known:
            errors[f"lines[{i}].inventory_id"] = CHOOSE_ITEM()
        if isinstance(line.quantity, bool) or not isinstance(line.quantity, int) or line.quantity <= 0:
            errors[f"lines[{i}].quantity"] = QUANTITY_POSITIVE()
        try:
            price = to_money(line.unit_price)
        except MoneyError:
            errors[f"lines[{i}].unit_price"] = NOT_AN_AMOUNT()
            continue
        if price < 0:
            errors[f"lines[{i}].unit_price"] = NEGATIVE_PRICE()
        elif not errors:
            checked.append((line, round_money(price * line.quantity)))
    if errors:
        raise ValidationError(errors)
    return checked


def _is_price(value: Decimal) -> bool:
    try:
        return to_money(value) >= 0
    except MoneyError:
        return False


def _replace_lines(session: Session, order: PurchaseOrder, checked: list[tuple[LineInput, Decimal]]) -> None:
    session.execute(sa.delete(PurchaseOrderItem).where(PurchaseOrderItem.purchase_order_id == order.id))
    for line, total in checked:
        session.add(PurchaseOrderItem(purchase_order_id=order.id, inventory_id=line.inventory_id,
                                      quantity=line.quantity, unit_price=to_money(line.unit_price),
                                      total_price=total, received_quantity=0))
    order.total_amount = sum((total for _, total in checked), ZERO)


@operation(MODULE, "create")
def create_order(session: Session, actor: Actor, supplier_id: int, lines: Sequence[LineInput], *,
                 order_date: date | None = None, expected_date: date | None = None, notes: str = "") -> int:
    """A draft PO with its next number (of the order date's month; today by the office clock); returns its id."""
    order_date = order_date or clock.today()
    supplier = session.get(Supplier, supplier_id)
    errors: dict[str, Message] = {}
    if supplier is None:
        errors["supplier_id"] = CHOOSE_SUPPLIER()
    elif supplier.is_active is False:
        errors["supplier_id"] = SUPPLIER_INACTIVE(name=supplier.name)
    if expected_date is not None and expected_date < order_date:
        errors["expected_date"] = EXPECTED_BEFORE_ORDER()
    if errors:
        raise ValidationError(errors)
    checked = _check_lines(session, lines)
    order = PurchaseOrder(po_number=next_number(session, "purchase_order", order_date), supplier_id=supplier_id,
                          order_date=order_date, expected_date=expected_date, status=S.DRAFT,
                          notes=notes.strip() or None, created_by=actor.user_id)
    session.add(order)
    session.flush()
    _replace_lines(session, order, checked)
    session.flush()
    return order.id


@operation(MODULE, "edit")
def set_lines(session: Session, actor: Actor, po_id: int, lines: Sequence[LineInput]) -> Decimal:
    """Replace the lines of a draft PO; returns the new total."""
    order = _locked(session, po_id)
    if order.status != S.DRAFT:
        raise ConflictError(ONLY_DRAFT_LINES(number=order.po_number, status=_status(order.status)))
    checked = _check_lines(session, lines)
    _replace_lines(session, order, checked)
    session.flush()
    return order.total_amount


def _move(order: PurchaseOrder, target: str) -> None:
    current = order.status or S.DRAFT
    if target not in MOVES[current]:
        raise ConflictError(CANNOT_BECOME(number=order.po_number, status=_status(current),
                                          wanted=_status(target)))
    order.status = target


@operation(MODULE, "edit")
def submit(session: Session, actor: Actor, po_id: int) -> str:
    """draft -> submitted (for a supervisor to approve)."""
    order = _locked(session, po_id)
    has_lines = session.execute(sa.select(sa.func.count()).select_from(PurchaseOrderItem).where(
        PurchaseOrderItem.purchase_order_id == po_id)).scalar_one()
    if not has_lines:
        raise ValidationError({"lines": LINES_BEFORE_SUBMIT()})
    _move(order, S.SUBMITTED)
    return order.status


@operation(MODULE, "view")
def approve(session: Session, actor: Actor, po_id: int, approver: Actor | None, *,
            now: datetime | None = None) -> str:
    """submitted -> approved by ``approver``, whose credentials the caller checked
    (``auth.verify_supervisor``): they must hold the purchase orders' approve
    permission (whatever their role is called); nobody (None) is refused."""
    approved_by = require_approver(approver, MODULE)
    order = _locked(session, po_id)
    _move(order, S.APPROVED)
    order.approved_by = approved_by.user_id
    order.approved_at = now or clock.now()
    return order.status


@operation(MODULE, "edit")
def mark_ordered(session: Session, actor: Actor, po_id: int) -> str:
    """approved -> ordered (sent to the supplier)."""
    order = _locked(session, po_id)
    _move(order, S.ORDERED)
    return order.status


@operation(MODULE, "edit")
def return_to_draft(session: Session, actor: Actor, po_id: int) -> str:
    """submitted -> draft (to change its lines before approval)."""
    order = _locked(session, po_id)
    _move(order, S.DRAFT)
    return order.status


@operation(MODULE, "edit")
def cancel(session: Session, actor: Actor, po_id: int, reason: str) -> str:
    """Cancel a PO nothing was received on yet."""
    if not (reason or "").strip():
        raise ValidationError({"reason": CANCEL_REASON()})
    order = _locked(session, po_id)
    _move(order, S.CANCELLED)
    order.notes = "\n".join(filter(None, [order.notes, CANCELLED_NOTE(reason=reason.strip()).render()]))
    return order.status


@operation(MODULE, "edit")
def receive(session: Session, actor: Actor, po_id: int, delivered: Mapping[int, int], *,
            allow_over: bool = False, received_on: date | None = None,
            prices: Mapping[int, Decimal] | None = None, notes: str = "") -> ReceiptResult:
    """Book a delivery: ``delivered`` maps line id -> quantity arrived (0 or
    missing: nothing of that line). More than is outstanding needs
    ``allow_over``. ``prices`` may correct a line's unit price (the invoice's).
    The clerk also needs to post stock movements; a complete delivery is dated
    ``received_on`` (today by the office clock)."""
    require(actor, stock.MODULE, "create")
    order = _locked(session, po_id)
    if order.status not in RECEIVABLE:
        raise ConflictError(NOT_RECEIVABLE(number=order.po_number, status=_status(order.status)))
    lines = {line.id: line for line in session.execute(
        sa.select(PurchaseOrderItem).where(PurchaseOrderItem.purchase_order_id == po_id)
        .order_by(PurchaseOrderItem.id)).scalars()}
    prices = prices or {}
    errors: dict[str, Message] = {}
    for line_id, quantity in delivered.items():
        line = lines.get(line_id)
        key = f"lines[{line_id}].quantity"
        if line is None:
            errors[key] = NOT_ON_ORDER()
        elif isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 0:
            errors[key] = ARRIVED_QUANTITY()
        elif not allow_over and quantity > line.quantity - (line.received_quantity or 0):
            errors[key] = ONLY_OUTSTANDING(outstanding=line.quantity - (line.received_quantity or 0))
    for line_id, price in prices.items():
        if line_id not in lines or not _is_price(price):
            errors[f"lines[{line_id}].unit_price"] = NOT_A_PRICE()
    if not errors and not any(q for q in delivered.values()):
        errors["lines"] = NOTHING_ARRIVED()
    if errors:
        raise ValidationError(errors)
    requests = []
    for line_id, quantity in sorted(delivered.items()):
        if not quantity:
            continue
        line = lines[line_id]
        price = to_money(prices.get(line_id, line.unit_price))
        requests.append(stock.MovementRequest(line.inventory_id, "in", quantity,
                                              notes.strip() or RECEIVED_ON(number=order.po_number).render(),
                                              "purchase_order", po_id, unit_price=price))
        line.received_quantity = (line.received_quantity or 0) + quantity
        if price != line.unit_price:
            line.unit_price = price
            line.total_price = round_money(price * line.quantity)
        session.get(Inventory, line.inventory_id).purchase_price = price   # audited by the ORM listener
    moved = stock._post_many(session, actor, requests)
    order.total_amount = sum((line.total_price for line in lines.values()), ZERO)
    complete = all((line.received_quantity or 0) >= line.quantity for line in lines.values())
    order.status = S.RECEIVED if complete else S.PARTIAL
    if complete:
        order.received_date = received_on or clock.today()
    session.flush()
    return ReceiptResult(order.status, len(requests), tuple(m.id for m in moved))


def _lines(session: Session, po_id: int) -> tuple[LineView, ...]:
    item = PurchaseOrderItem
    rows = session.execute(
        sa.select(item.id, item.inventory_id, Inventory.sku, Inventory.name, Inventory.unit, item.quantity,
                  item.unit_price, item.total_price, item.received_quantity)
        .join(Inventory, Inventory.id == item.inventory_id)
        .where(item.purchase_order_id == po_id).order_by(item.id)).all()
    return tuple(LineView(r[0], r[1], r[2] or "", r[3], r[4] or "pcs", r[5], r[6], r[7], r[8] or 0) for r in rows)


@operation(MODULE, "view")
def order_view(session: Session, actor: Actor, po_id: int) -> OrderView:
    """The PO and its lines as the dialogs show them."""
    return _order_view(session, po_id)


def _order_view(session: Session, po_id: int) -> OrderView:
    row = session.execute(
        sa.select(PurchaseOrder, Supplier.name, User.name).join(Supplier, Supplier.id == PurchaseOrder.supplier_id)
        .outerjoin(User, User.id == PurchaseOrder.approved_by).where(PurchaseOrder.id == po_id)).first()
    if row is None:
        raise NotFound(NO_ORDER(id=po_id))
    order, supplier, approver = row
    return OrderView(order.id, order.po_number or "", order.status or S.DRAFT, order.supplier_id, supplier,
                     order.order_date, order.expected_date, order.received_date, order.total_amount or ZERO,
                     order.notes or "", approver or "", _lines(session, po_id))


@operation(MODULE, "print")
def document(session: Session, actor: Actor, po_id: int) -> PurchaseOrderDocument:
    """The PO as the supplier gets it."""
    view = _order_view(session, po_id)
    order = session.get(PurchaseOrder, po_id)
    supplier = session.get(Supplier, order.supplier_id)
    creator = session.get(User, order.created_by) if order.created_by else None
    contact = " · ".join(filter(None, [supplier.contact_person, supplier.phone, supplier.email]))
    lines = tuple(PurchaseOrderLine(line.sku, line.item_name, line.unit, line.quantity, line.unit_price,
                                    line.total_price, line.received_quantity) for line in view.lines)
    return PurchaseOrderDocument(
        company=office_settings.company(session), po_number=view.po_number, status=view.status,
        order_date=view.order_date, expected_date=view.expected_date, supplier_name=supplier.name,
        supplier_address="\n".join(filter(None, [supplier.address, supplier.city])), supplier_contact=contact,
        payment_terms=supplier.payment_terms or "", lines=lines, total=view.total_amount, notes=view.notes,
        created_by=creator.name if creator else "", approved_by=view.approved_by, approved_at=order.approved_at)


@dataclass(frozen=True)
class ItemChoice:
    id: int
    label: str          # "ONT-ZTE  ONT ZTE F609"
    unit: str
    purchase_price: Decimal


@operation(MODULE, "view")
def item_choices(session: Session, actor: Actor) -> list[ItemChoice]:
    """The active stock items a PO line may order, by name, with their last price."""
    rows = session.execute(sa.select(Inventory.id, Inventory.sku, Inventory.name, Inventory.unit,
                                     Inventory.purchase_price)
                           .where(sa.or_(Inventory.is_active.is_(None), Inventory.is_active.is_(True)))
                           .order_by(Inventory.name, Inventory.id)).all()
    return [ItemChoice(r[0], f"{r[1] or ''}  {r[2]}".strip(), r[3] or "pcs", r[4] or ZERO) for r in rows]
