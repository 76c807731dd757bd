"""Where the technicians are: positions reported (GPS, entered or imported),
the last one of each technician, and those nearest to a work order's customer."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Customer, Role, TechnicianLocation, User
from ispdesk.db.types import now as wall_clock
from ispdesk.domain import geo
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import Role as UserRole
from ispdesk.domain.errors import ValidationError
from ispdesk.services import work_orders
from ispdesk.services.permissions import require

MODULE = "technician_locations"
SOURCES = ("gps", "manual", "import")


@dataclass(frozen=True)
class Position:
    user_id: int
    name: str
    latitude: Decimal
    longitude: Decimal
    recorded_at: datetime
    distance_km: Decimal | None = None


def record_position(session: Session, actor: Actor | None, user_id: int, latitude: Decimal, longitude: Decimal, *,
                    recorded_at: datetime | None = None, source: str = "manual", accuracy_m: Decimal | None = None,
                    work_order_id: int | None = None) -> int:
    """Store one reported position of a technician; returns its id."""
    require(actor, MODULE, "create")
    errors = geo.check_position(latitude, longitude)
    user = session.get(User, user_id)
    if user is None or not user.is_active:
        errors["user_id"] = "Choose an active technician."
    if source not in SOURCES:
        errors["source"] = "The source is gps, manual or import."
    if errors:
        raise ValidationError(errors)
    row = TechnicianLocation(user_id=user_id, latitude=latitude, longitude=longitude, accuracy_m=accuracy_m,
                             source=source, work_order_id=work_order_id, recorded_at=recorded_at or wall_clock())
    session.add(row)
    session.flush()
    return row.id


def last_positions(session: Session, actor: Actor | None) -> list[Position]:
    """The latest position of every active technician who reported one, newest first."""
    require(actor, MODULE, "view")
    loc = TechnicianLocation
    latest = (sa.select(loc.user_id, sa.func.max(loc.recorded_at).label("at")).group_by(loc.user_id)
              .subquery())
    rows = session.execute(
        sa.select(loc.user_id, User.name, loc.latitude, loc.longitude, loc.recorded_at, loc.id)
        .join(latest, (latest.c.user_id == loc.user_id) & (latest.c.at == loc.recorded_at))
        .join(User, User.id == loc.user_id).join(Role, Role.id == User.role_id)
        .where(User.is_active.is_(True), Role.name == UserRole.TECHNICIAN)
        .order_by(loc.recorded_at.desc(), loc.id.desc())).all()
    seen: set[int] = set()
    result = []
    for user_id, name, lat, lon, at, _id in rows:      # two reports in the same second: the later row
        if user_id not in seen:
            seen.add(user_id)
            result.append(Position(user_id, name, lat, lon, at))
    return result


def nearest_to(session: Session, actor: Actor | None, work_order_id: int) -> list[Position]:
    """Technicians by distance from the work order's customer (empty when the customer has no coordinates)."""
    require(actor, work_orders.MODULE, "view")
    order = work_orders.get_order(session, work_order_id)
    customer = session.get(Customer, order.customer_id) if order.customer_id is not None else None
    if customer is None or customer.latitude is None or customer.longitude is None:
        return []
    positions = [Position(p.user_id, p.name, p.latitude, p.longitude, p.recorded_at,
                          geo.distance_km(customer.latitude, customer.longitude, p.latitude, p.longitude))
                 for p in last_positions(session, actor)]
    return sorted(positions, key=lambda p: (p.distance_km, p.name))
