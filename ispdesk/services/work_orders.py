"""Work orders: create one with its sequential number, and move it through the
status machine pending -> assigned -> in_progress -> completed, or cancelled
from any open status. Every move is stamped and audited through the ORM.

Completing an *installation* goes through the installation report
(:mod:`ispdesk.services.installation`), never through :func:`move`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Contract, Customer, Lead, Role, User, WorkOrder
from ispdesk.db.sequences import next_number
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import Priority, WorkOrderStatus, WorkOrderType
from ispdesk.domain.enums import Role as UserRole
from ispdesk.domain.errors import NotFound, ValidationError
from ispdesk.domain.messages import Message, message, status_word
from ispdesk.services.permissions import operation

MODULE = "work_orders"

CHOOSE_TYPE = message("work_orders.choose_type", "Choose the kind of work: {kinds}.")
CHOOSE_PRIORITY = message("work_orders.choose_priority", "Choose a priority: {priorities}.")
NO_CUSTOMER = message("work_orders.no_customer", "There is no customer with id {id}.")
NO_LEAD = message("work_orders.no_lead", "There is no lead with id {id}.")
NO_CONTRACT = message("work_orders.no_contract", "There is no contract with id {id}.")
NEEDS_CUSTOMER_TEXT = message("work_orders.needs_customer", "Say which customer (or lead) the work is for.")
CHOOSE_TECHNICIAN = message("work_orders.choose_technician", "Choose an active technician.")
NO_ORDER = message("work_orders.no_order", "There is no work order with id {id}.")
CANNOT_BECOME = message("work_orders.cannot_become",
                        "The work order is {status}: it cannot become {wanted}, only {allowed}.")
CLOSED_CANNOT_BECOME = message("work_orders.closed_cannot_become",
                               "The work order is {status}: it is closed and cannot become {wanted}.")
ASSIGN_TECHNICIAN = message("work_orders.assign_technician", "Choose an active technician to assign.")
CANCEL_REASON = message("work_orders.cancel_reason", "Say why the work order is cancelled.")
INSTALLATION_BY_REPORT = message("work_orders.installation_by_report",
                                 "An installation is completed by saving its installation report.")
NEW_STARTS_PENDING = message("work_orders.new_starts_pending",
                             "A new work order starts pending; Assign, Start and Complete move it on.")
NOT_DELETED = message("work_orders.not_deleted",
                      "The work order is {status}: it cannot be deleted; cancel it instead.")
CLOSED_NOT_EDITED = message("work_orders.closed_not_edited",
                            "The work order is {status}: it is closed and is not edited.")
STATUS_BY_BUTTONS = message(
    "work_orders.status_by_buttons",
    "Change the status with Assign, Start, Complete or Cancel (an installation with its report).")
S = WorkOrderStatus

#: Status -> the statuses a work order may move to from it.
ALLOWED_MOVES: dict[str, frozenset[str]] = {
    S.PENDING: frozenset({S.ASSIGNED, S.CANCELLED}),
    S.ASSIGNED: frozenset({S.IN_PROGRESS, S.PENDING, S.CANCELLED}),
    S.IN_PROGRESS: frozenset({S.COMPLETED, S.CANCELLED}),
    S.COMPLETED: frozenset(),
    S.CANCELLED: frozenset(),
}
OPEN_STATUSES = frozenset({S.PENDING, S.ASSIGNED, S.IN_PROGRESS})
#: Work done at a customer's premises; maintenance and surveys may concern only the network.
NEEDS_CUSTOMER = frozenset({WorkOrderType.INSTALLATION, WorkOrderType.REPAIR, WorkOrderType.RELOCATION,
                            WorkOrderType.DISCONNECTION})


@dataclass(frozen=True)
class WorkOrderRequest:
    type: str
    customer_id: int | None = None
    lead_id: int | None = None
    contract_id: int | None = None
    scheduled_date: date | None = None
    scheduled_time: time | None = None
    priority: str = Priority.MEDIUM
    notes: str = ""
    assigned_to: int | None = None


@dataclass(frozen=True)
class WorkOrderInfo:
    id: int
    number: str
    type: str
    status: str
    priority: str
    customer_id: int | None
    lead_id: int | None
    contract_id: int | None
    assigned_to: int | None
    scheduled_date: date | None
    scheduled_time: time | None
    assigned_at: datetime | None
    started_at: datetime | None
    completed_at: datetime | None
    cancelled_at: datetime | None


def info_of(order: WorkOrder) -> WorkOrderInfo:
    return WorkOrderInfo(
        id=order.id, number=order.work_order_number or "", type=order.type, status=order.status or S.PENDING,
        priority=order.priority or Priority.MEDIUM, customer_id=order.customer_id, lead_id=order.lead_id,
        contract_id=order.contract_id, assigned_to=order.assigned_to, scheduled_date=order.scheduled_date,
        scheduled_time=order.scheduled_time, assigned_at=order.assigned_at, started_at=order.started_at,
        completed_at=order.completed_at, cancelled_at=order.cancelled_at)


def _check_request(session: Session, request: WorkOrderRequest) -> None:
    errors: dict[str, Message] = {}
    if request.type not in set(WorkOrderType):
        errors["type"] = CHOOSE_TYPE(kinds=[status_word(kind) for kind in WorkOrderType])
    if request.priority not in set(Priority):
        errors["priority"] = CHOOSE_PRIORITY(priorities=[status_word(priority) for priority in Priority])
    for field, model, missing in (("customer_id", Customer, NO_CUSTOMER), ("lead_id", Lead, NO_LEAD),
                                  ("contract_id", Contract, NO_CONTRACT)):
        value = getattr(request, field)
        if value is not None and session.get(model, value) is None:
            errors[field] = missing(id=value)
    if request.customer_id is None and request.lead_id is None and request.type in NEEDS_CUSTOMER:
        errors["customer_id"] = NEEDS_CUSTOMER_TEXT()
    if request.assigned_to is not None:
        user = session.get(User, request.assigned_to)
        if user is None or not user.is_active:
            errors["assigned_to"] = CHOOSE_TECHNICIAN()
    if errors:
        raise ValidationError(errors)


@operation(MODULE, "create")
def create_work_order(session: Session, actor: Actor, request: WorkOrderRequest, *,
                      now: datetime | None = None) -> WorkOrderInfo:
    """A new work order, numbered ``WO-YYYYMM-NNNNNN`` by the month of ``now`` (the office clock's);
    assigned at once when ``assigned_to`` is given."""
    _check_request(session, request)
    stamp = now or clock.now()
    assigned = request.assigned_to is not None
    order = WorkOrder(
        work_order_number=next_number(session, "work_order", stamp.date()), type=request.type,
        customer_id=request.customer_id, lead_id=request.lead_id, contract_id=request.contract_id,
        scheduled_date=request.scheduled_date, scheduled_time=request.scheduled_time,
        priority=request.priority, notes=request.notes.strip() or None, assigned_to=request.assigned_to,
        status=S.ASSIGNED if assigned else S.PENDING, assigned_at=stamp if assigned else None,
        created_by=actor.user_id, created_at=stamp)
    session.add(order)
    session.flush()
    return info_of(order)


def get_order(session: Session, work_order_id: int, *, lock: bool = False) -> WorkOrder:
    """The work order row (locked FOR UPDATE with ``lock``), or NotFound."""
    order = session.get(WorkOrder, work_order_id, with_for_update=lock or None)
    if order is None:
        raise NotFound(NO_ORDER(id=work_order_id))
    return order


def check_move(current: str, to_status: str) -> None:
    """Raise ValidationError unless ``current`` may move to ``to_status``."""
    allowed = sorted(ALLOWED_MOVES.get(current, ()))
    if to_status in allowed:
        return
    if not allowed:
        raise ValidationError({"status": CLOSED_CANNOT_BECOME(status=status_word(current),
                                                              wanted=status_word(to_status))})
    raise ValidationError({"status": CANNOT_BECOME(status=status_word(current), wanted=status_word(to_status),
                                                   allowed=[status_word(s) for s in allowed])})


def stamp_move(order: WorkOrder, to_status: str, stamp: datetime, *, assigned_to: int | None = None,
               reason: str = "") -> None:
    """Set the status and its timestamp on a locked order (shared with the installation report)."""
    order.status = to_status
    if to_status == S.ASSIGNED:
        order.assigned_at = stamp
        if assigned_to is not None:
            order.assigned_to = assigned_to
    elif to_status == S.IN_PROGRESS:
        order.started_at = order.started_at or stamp
    elif to_status == S.COMPLETED:
        order.completed_at = stamp
        if reason:
            order.completion_notes = reason
    elif to_status == S.CANCELLED:
        order.cancelled_at = stamp
        if reason:
            order.completion_notes = reason
    elif to_status == S.PENDING:
        order.assigned_at = None
        order.assigned_to = None


@operation(MODULE, "edit")
def move(session: Session, actor: Actor, work_order_id: int, to_status: str, *,
         now: datetime | None = None, reason: str = "", assigned_to: int | None = None) -> WorkOrderInfo:
    """Move a work order along the allowed path, stamping when it happened.

    Only the allowed moves pass (ValidationError otherwise). Assigning needs a
    technician (``assigned_to`` or one set already); cancelling needs a reason;
    an installation is completed by its installation report, not here.
    """
    order = get_order(session, work_order_id, lock=True)
    current = order.status or S.PENDING
    check_move(current, to_status)
    errors: dict[str, Message] = {}
    if to_status == S.ASSIGNED:
        technician = assigned_to if assigned_to is not None else order.assigned_to
        user = session.get(User, technician) if technician is not None else None
        if user is None or not user.is_active:
            errors["assigned_to"] = ASSIGN_TECHNICIAN()
    if to_status == S.CANCELLED and not reason.strip():
        errors["reason"] = CANCEL_REASON()
    if to_status == S.COMPLETED and order.type == WorkOrderType.INSTALLATION:
        errors["status"] = INSTALLATION_BY_REPORT()
    if errors:
        raise ValidationError(errors)
    stamp_move(order, to_status, now or clock.now(), assigned_to=assigned_to, reason=reason.strip())
    session.flush()
    return info_of(order)


@operation(MODULE, "view")
def technicians(session: Session, actor: Actor) -> list[tuple[int, str]]:
    """Active technicians as (user id, name), by name: whom a work order can be assigned to."""
    return _technicians(session)


def _technicians(session: Session) -> list[tuple[int, str]]:
    return [(r[0], r[1]) for r in session.execute(
        sa.select(User.id, User.name).join(Role, Role.id == User.role_id)
        .where(User.is_active.is_(True), Role.name == UserRole.TECHNICIAN).order_by(User.name))]


@operation(MODULE, "view")
def order_info(session: Session, actor: Actor, work_order_id: int) -> WorkOrderInfo:
    """One work order as plain data."""
    return info_of(get_order(session, work_order_id))


def generic_edit_check(order: WorkOrder | None, changes: dict) -> dict[str, Message]:
    """What the generic record form may not do to a work order: start one in a later
    status, move its status (the buttons do, stamped), edit a closed one, or delete
    one that was started. ``order`` is None for a new one."""
    if order is None:
        return {} if changes.get("status") in (None, S.PENDING) else {"status": NEW_STARTS_PENDING()}
    current = order.status or S.PENDING
    if not changes:
        return {} if current == S.PENDING else {"": NOT_DELETED(status=status_word(current))}
    if current not in OPEN_STATUSES:
        return {"": CLOSED_NOT_EDITED(status=status_word(current))}
    if "status" in changes and changes["status"] != current:
        return {"status": STATUS_BY_BUTTONS()}
    return {}
