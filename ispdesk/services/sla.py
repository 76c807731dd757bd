"""Service levels of work orders: the policy for a work order's priority (and
type, when a policy names one) gives the hours to respond (assigned) and to
resolve (completed), counted from when the order was created; an open order
past either is overdue."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import SlaPolicy, WorkOrder
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import WorkOrderStatus
from ispdesk.services import work_orders
from ispdesk.services.permissions import operation


@dataclass(frozen=True)
class Overdue:
    """An open work order past its response or resolution time."""

    work_order_id: int
    number: str
    priority: str
    kind: str            # "response" (not yet assigned) or "resolution" (not yet completed)
    due: datetime
    hours_late: int


def policies(session: Session) -> dict[tuple[str, str | None], tuple[int, int]]:
    """(priority, type or None) -> (response hours, resolution hours) of the active policies."""
    rows = session.execute(sa.select(SlaPolicy.priority, SlaPolicy.work_order_type, SlaPolicy.response_hours,
                                     SlaPolicy.resolution_hours).where(SlaPolicy.is_active.is_(True))
                           .order_by(SlaPolicy.id))
    return {(priority, kind): (response, resolution) for priority, kind, response, resolution in rows}


@operation(work_orders.MODULE, "view")
def overdue_orders(session: Session, actor: Actor, *, now: datetime | None = None) -> list[Overdue]:
    """Open work orders past their SLA at ``now`` (the office clock's), the latest first (a type's
    own policy before its priority's)."""
    stamp = now or clock.now()
    table = policies(session)
    if not table:
        return []
    rows = session.execute(sa.select(WorkOrder.id, WorkOrder.work_order_number, WorkOrder.priority,
                                     WorkOrder.type, WorkOrder.status, WorkOrder.created_at, WorkOrder.assigned_at)
                           .where(WorkOrder.status.in_(list(work_orders.OPEN_STATUSES)))).all()
    found = []
    for order_id, number, priority, kind, status, created, assigned in rows:
        late = lateness(table, priority, kind, status, created, assigned, stamp)
        if late is not None:
            which, due = late
            found.append(Overdue(order_id, number or "", priority or "", which, due,
                                 int((stamp - due).total_seconds() // 3600)))
    return sorted(found, key=lambda o: (-o.hours_late, o.number))


def lateness(table: dict[tuple[str, str | None], tuple[int, int]], priority: str | None, kind: str | None,
             status: str | None, created: datetime | None, assigned: datetime | None,
             stamp: datetime) -> tuple[str, datetime] | None:
    """("response" or "resolution", when it was due) for an open order past its SLA under the
    :func:`policies` ``table``; None when it is in time or no policy applies. (The dispatch
    board asks this for the cards it shows only.)"""
    hours = table.get((priority, kind)) or table.get((priority, None))   # type: ignore[arg-type]
    if hours is None or created is None:
        return None
    response_due, resolution_due = created + timedelta(hours=hours[0]), created + timedelta(hours=hours[1])
    if status == WorkOrderStatus.PENDING and assigned is None and stamp > response_due:
        return "response", response_due
    if stamp > resolution_due:
        return "resolution", resolution_due
    return None
