"""The dispatch board: open work orders of a week by technician and day, and
moving one to another day and/or technician (assigning, reassigning or
unassigning it). A technician sees only their own row. Overdue orders (SLA)
are flagged."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Customer, User, WorkOrder
from ispdesk.db.types import now as wall_clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import Role as UserRole
from ispdesk.domain.enums import WorkOrderStatus
from ispdesk.domain.errors import ValidationError
from ispdesk.services import sla, work_orders
from ispdesk.services.permissions import require

S = WorkOrderStatus
DAYS = 7


@dataclass(frozen=True)
class Card:
    """One work order on the board."""

    id: int
    number: str
    type: str
    priority: str
    status: str
    customer: str
    technician_id: int | None
    day: date | None
    time: time | None
    overdue: str = ""          # "response" / "resolution" when past its SLA


@dataclass(frozen=True)
class Board:
    """A week from ``start``: rows are technicians (None: not assigned), columns days."""

    start: date
    technicians: tuple[tuple[int | None, str], ...]
    cards: tuple[Card, ...]
    unscheduled: tuple[Card, ...]

    @property
    def days(self) -> tuple[date, ...]:
        return tuple(self.start + timedelta(days=n) for n in range(DAYS))

    def cell(self, technician_id: int | None, day: date) -> list[Card]:
        return [c for c in self.cards if c.technician_id == technician_id and c.day == day]


def board(session: Session, actor: Actor | None, start: date, *, now: datetime | None = None) -> Board:
    """Open work orders scheduled in the week from ``start`` (and the open ones with no date);
    a technician's board holds only their own orders."""
    require(actor, work_orders.MODULE, "view")
    own = actor is not None and actor.role == UserRole.TECHNICIAN
    end = start + timedelta(days=DAYS)
    query = (sa.select(WorkOrder.id, WorkOrder.work_order_number, WorkOrder.type, WorkOrder.priority,
                       WorkOrder.status, Customer.name, WorkOrder.assigned_to, WorkOrder.scheduled_date,
                       WorkOrder.scheduled_time)
             .outerjoin(Customer, Customer.id == WorkOrder.customer_id)
             .where(WorkOrder.status.in_(list(work_orders.OPEN_STATUSES)),
                    sa.or_(WorkOrder.scheduled_date.is_(None),
                           (WorkOrder.scheduled_date >= start) & (WorkOrder.scheduled_date < end)))
             .order_by(WorkOrder.scheduled_date, WorkOrder.scheduled_time, WorkOrder.id))
    if own:
        query = query.where(WorkOrder.assigned_to == actor.user_id)
    late = {o.work_order_id: o.kind for o in sla.overdue_orders(session, actor, now=now)}
    cards = [Card(r[0], r[1] or "", r[2], r[3] or "medium", r[4] or S.PENDING, r[5] or "", r[6], r[7], r[8],
                  late.get(r[0], "")) for r in session.execute(query)]
    if own:
        people: list[tuple[int | None, str]] = [(actor.user_id, actor.name)]
    else:
        people = [(None, "Not assigned"), *work_orders.technicians(session, actor)]
        known = {p[0] for p in people}
        people += [(r[0], r[1]) for r in session.execute(sa.select(User.id, User.name).where(
            User.id.in_({c.technician_id for c in cards if c.technician_id not in known})))]
    return Board(start, tuple(people), tuple(c for c in cards if c.day is not None),
                 tuple(c for c in cards if c.day is None))


def reschedule(session: Session, actor: Actor | None, work_order_id: int, day: date | None,
               technician_id: int | None, *, now: datetime | None = None) -> Card:
    """Move a work order to ``day`` and ``technician_id`` (None: not assigned). A pending order
    given a technician becomes assigned; an assigned one without becomes pending again;
    a started order keeps its technician; a closed one does not move."""
    require(actor, work_orders.MODULE, "edit")
    order = work_orders.get_order(session, work_order_id, lock=True)
    current = order.status or S.PENDING
    stamp = now or wall_clock()
    if current not in work_orders.OPEN_STATUSES:
        raise ValidationError({"status": f"{order.work_order_number} is {current} and is not moved."})
    if current == S.IN_PROGRESS and technician_id != order.assigned_to:
        raise ValidationError({"assigned_to": f"{order.work_order_number} is in progress: its technician stays."})
    if technician_id is not None and technician_id != order.assigned_to:
        user = session.get(User, technician_id)
        if user is None or not user.is_active:
            raise ValidationError({"assigned_to": "Choose an active technician."})
        work_orders.stamp_move(order, S.ASSIGNED, stamp, assigned_to=technician_id)
    elif technician_id is None and current == S.ASSIGNED:
        work_orders.stamp_move(order, S.PENDING, stamp)
    order.scheduled_date = day
    session.flush()
    customer = session.get(Customer, order.customer_id) if order.customer_id is not None else None
    return Card(order.id, order.work_order_number or "", order.type, order.priority or "medium",
                order.status or S.PENDING, customer.name if customer else "", order.assigned_to,
                order.scheduled_date, order.scheduled_time)
