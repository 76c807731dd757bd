"""The dispatch board: open work orders of a week (or a day) by technician and
day, and moving one to another day and/or technician (assigning, reassigning
or unassigning it). A technician sees only their own row. Overdue orders (SLA)
are flagged.

A busy office has thousands of open orders; the board loads at most ``cap``
cards per cell (technician x day, and "no date") and the count of each cell,
both in one SQL query (ROW_NUMBER / COUNT over the cell), so it never builds
more than it shows. :func:`cell_cards` gives one cell's full list ("+N more")."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Customer, User, WorkOrder
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import Role as UserRole
from ispdesk.domain.enums import WorkOrderStatus
from ispdesk.domain.errors import ValidationError
from ispdesk.domain.messages import message, status_word
from ispdesk.services import sla, work_orders
from ispdesk.services.permissions import operation

S = WorkOrderStatus
DAYS = 7
CAP = 6                     # cards shown per cell; the rest behind "+N more"
CELL_LIMIT = 500            # the most one cell's full list shows

NOT_MOVED = message("dispatch.not_moved", "{number} is {status} and is not moved.")
TECHNICIAN_STAYS = message("dispatch.technician_stays", "{number} is in progress: its technician stays.")
CHOOSE_TECHNICIAN = message("dispatch.choose_technician", "Choose an active technician.")


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
    time: clock_time | None
    overdue: str = ""          # "response" / "resolution" when past its SLA
    address: str = ""


@dataclass(frozen=True)
class Board:
    """``length`` days from ``start`` (7: a week, 1: a day): rows are technicians (None: not
    assigned), columns days, plus the orders with no date. ``cards``/``unscheduled`` hold the
    cards shown (at most ``cap`` a cell); ``totals`` the number of orders of each cell."""

    start: date
    technicians: tuple[tuple[int | None, str], ...]
    cards: tuple[Card, ...]
    unscheduled: tuple[Card, ...]
    length: int = DAYS
    cap: int = CAP
    totals: dict[tuple[int | None, date | None], int] = field(default_factory=dict, compare=False)

    @property
    def days(self) -> tuple[date, ...]:
        return tuple(self.start + timedelta(days=n) for n in range(self.length))

    @cached_property
    def _by_cell(self) -> dict[tuple[int | None, date | None], list[Card]]:
        cells: dict[tuple[int | None, date | None], list[Card]] = {}
        for card in (*self.cards, *self.unscheduled):
            cells.setdefault((card.technician_id, card.day), []).append(card)
        return cells

    def cell(self, technician_id: int | None, day: date | None) -> list[Card]:
        """The cards shown in one cell (``day`` None: no date)."""
        return list(self._by_cell.get((technician_id, day), ()))

    def total(self, technician_id: int | None, day: date | None) -> int:
        """How many open orders the cell holds (shown or not)."""
        return self.totals.get((technician_id, day), len(self.cell(technician_id, day)))

    def hidden(self, technician_id: int | None, day: date | None) -> int:
        """How many of the cell's orders are behind "+N more"."""
        return self.total(technician_id, day) - len(self.cell(technician_id, day))


def _own(actor: Actor) -> bool:
    """A technician sees only their own orders (the operations refuse a missing actor before this)."""
    return actor.role == UserRole.TECHNICIAN


def _open_orders(actor: Actor, start: date, end: date) -> list[Any]:
    """Conditions: open, scheduled in [start, end) or not at all; a technician's own only."""
    conditions = [WorkOrder.status.in_(list(work_orders.OPEN_STATUSES)),
                  sa.or_(WorkOrder.scheduled_date.is_(None),
                         (WorkOrder.scheduled_date >= start) & (WorkOrder.scheduled_date < end))]
    if _own(actor):
        conditions.append(WorkOrder.assigned_to == actor.user_id)
    return conditions


def _card_columns(source: Any) -> tuple[Any, ...]:
    return (source.id, source.work_order_number, source.type, source.priority, source.status,
            source.assigned_to, source.scheduled_date, source.scheduled_time, source.created_at, source.assigned_at,
            source.customer_id)


def _cards(session: Session, rows: list[Any], now: datetime | None) -> list[Card]:
    """Cards of (card columns…, customer name, address) rows, SLA-overdue flagged."""
    table = sla.policies(session)
    stamp = now or clock.now()
    cards = []
    for (order_id, number, kind, priority, status, technician, day, at, created, assigned, _customer,
         name, address) in rows:
        late = sla.lateness(table, priority, kind, status, created, assigned, stamp) if table else None
        cards.append(Card(order_id, number or "", kind, priority or "medium", status or S.PENDING, name or "",
                          technician, day, at, late[0] if late else "", address or ""))
    return cards


@operation(work_orders.MODULE, "view")
def board(session: Session, actor: Actor, start: date, *, days: int = DAYS, cap: int = CAP,
          now: datetime | None = None) -> Board:
    """Open work orders scheduled in the ``days`` days from ``start`` (and the open ones with no
    date), at most ``cap`` per cell with each cell's count; a technician's board holds only their
    own orders. Overdue is judged at ``now`` (the office clock's)."""
    end = start + timedelta(days=days)
    cell = (WorkOrder.assigned_to, WorkOrder.scheduled_date)
    inner = (sa.select(*_card_columns(WorkOrder),
                       sa.func.row_number().over(partition_by=cell, order_by=(WorkOrder.scheduled_time,
                                                                              WorkOrder.id)).label("place"),
                       sa.func.count().over(partition_by=cell).label("total"))
             .where(*_open_orders(actor, start, end)).subquery())
    query = (sa.select(*_card_columns(inner.c), Customer.name, Customer.address, inner.c.total)
             .outerjoin(Customer, Customer.id == inner.c.customer_id)
             .where(inner.c.place <= cap)
             .order_by(inner.c.scheduled_date, inner.c.scheduled_time, inner.c.id))
    rows = session.execute(query).all()
    totals = {(r[5], r[6]): r[-1] for r in rows}
    cards = _cards(session, [r[:-1] for r in rows], now)
    if _own(actor):
        people: list[tuple[int | None, str]] = [(actor.user_id, actor.name)]
    else:
        people = [(None, ""), *work_orders._technicians(session)]
        known = {p[0] for p in people}
        people += [(r[0], r[1]) for r in session.execute(sa.select(User.id, User.name).where(
            User.id.in_({c.technician_id for c in cards if c.technician_id not in known})).order_by(User.name))]
    return Board(start, tuple(people), tuple(c for c in cards if c.day is not None),
                 tuple(c for c in cards if c.day is None), days, cap, totals)


@operation(work_orders.MODULE, "view")
def cell_cards(session: Session, actor: Actor, technician_id: int | None, day: date | None, *,
               now: datetime | None = None, limit: int = CELL_LIMIT) -> list[Card]:
    """Every open order of one cell (the "+N more" list), by time; a technician only their own."""
    if _own(actor) and technician_id != actor.user_id:
        return []
    query = (sa.select(*_card_columns(WorkOrder), Customer.name, Customer.address)
             .outerjoin(Customer, Customer.id == WorkOrder.customer_id)
             .where(WorkOrder.status.in_(list(work_orders.OPEN_STATUSES)),
                    WorkOrder.assigned_to.is_(None) if technician_id is None
                    else WorkOrder.assigned_to == technician_id,
                    WorkOrder.scheduled_date.is_(None) if day is None else WorkOrder.scheduled_date == day)
             .order_by(WorkOrder.scheduled_time, WorkOrder.id).limit(limit))
    return _cards(session, session.execute(query).all(), now)


@operation(work_orders.MODULE, "edit")
def assign(session: Session, actor: Actor, work_order_id: int, technician_id: int | None) -> Card:
    """Give a work order to ``technician_id`` (or take it back), keeping its day: a pending order
    becomes assigned, an assigned one changes hands (see :func:`reschedule`)."""
    order = work_orders.get_order(session, work_order_id, lock=True)
    return _reschedule(session, work_order_id, order.scheduled_date, technician_id)


@operation(work_orders.MODULE, "edit")
def reschedule(session: Session, actor: Actor, work_order_id: int, day: date | None,
               technician_id: int | None, *, now: datetime | None = None) -> Card:
    """Move a work order to ``day`` and ``technician_id`` (None: not assigned). A pending order
    given a technician becomes assigned; an assigned one without becomes pending again;
    a started order keeps its technician; a closed one does not move."""
    return _reschedule(session, work_order_id, day, technician_id, now=now)


def _reschedule(session: Session, work_order_id: int, day: date | None, technician_id: int | None, *,
                now: datetime | None = None) -> Card:
    order = work_orders.get_order(session, work_order_id, lock=True)
    current = order.status or S.PENDING
    stamp = now or clock.now()
    if current not in work_orders.OPEN_STATUSES:
        raise ValidationError({"status": NOT_MOVED(number=order.work_order_number, status=status_word(current))})
    if current == S.IN_PROGRESS and technician_id != order.assigned_to:
        raise ValidationError({"assigned_to": TECHNICIAN_STAYS(number=order.work_order_number)})
    if technician_id is not None and technician_id != order.assigned_to:
        user = session.get(User, technician_id)
        if user is None or not user.is_active:
            raise ValidationError({"assigned_to": CHOOSE_TECHNICIAN()})
        work_orders.stamp_move(order, S.ASSIGNED, stamp, assigned_to=technician_id)
    elif technician_id is None and current == S.ASSIGNED:
        work_orders.stamp_move(order, S.PENDING, stamp)
    order.scheduled_date = day
    session.flush()
    customer = session.get(Customer, order.customer_id) if order.customer_id is not None else None
    return Card(order.id, order.work_order_number or "", order.type, order.priority or "medium",
                order.status or S.PENDING, customer.name if customer else "", order.assigned_to,
                order.scheduled_date, order.scheduled_time)
