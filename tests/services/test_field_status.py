"""Where the technicians are (nearest to a work order first) and which work
orders are past their SLA."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest

from ispdesk.db.models import Customer, SlaPolicy, WorkOrder
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain import geo
from ispdesk.domain.errors import ValidationError
from ispdesk.services import sla, technicians, work_orders
from ispdesk.services.work_orders import WorkOrderRequest
from tests.services.billing_support import add
from tests.support.actors import ADMIN
from tests.support.actors import add_user

T0 = datetime(2026, 11, 20, 8, 0)


def test_distance_is_the_great_circle_in_km() -> None:
    assert geo.distance_km(Decimal("-8.6705"), Decimal("115.2126"), Decimal("-8.6705"), Decimal("115.2126")) == 0
    # Denpasar -> Kuta about 7 km, Denpasar -> Jakarta about 980 km
    assert geo.distance_km(-8.6705, 115.2126, -8.7180, 115.1686) == Decimal("7.16")
    assert Decimal("950") < geo.distance_km(-8.6705, 115.2126, -6.2088, 106.8456) < Decimal("1000")
    assert set(geo.check_position(Decimal("91"), None)) == {"latitude", "longitude"}


def test_technicians_nearest_to_a_work_order_by_their_last_position(db: Any) -> None:
    made = add_user(db, "made", "technician")
    ketut = add_user(db, "ketut", "technician")
    kasir = add_user(db, "kasir", "cashier")
    customer = add(db, Customer(customer_number="C-1", name="Budi", phone="0811", latitude=Decimal("-8.6705"),
                                longitude=Decimal("115.2126")))
    order = write(db, lambda s: work_orders.create_work_order(s, ADMIN, WorkOrderRequest("repair",
                                                                                         customer_id=customer))).id
    report = [(made, "-6.2088", "106.8456", datetime(2026, 11, 20, 7)),     # yesterday's Jakarta trip...
              (made, "-8.6800", "115.2200", datetime(2026, 11, 20, 9)),     # ...now 1.4 km away
              (ketut, "-8.7180", "115.1686", datetime(2026, 11, 20, 8))]
    for who, lat, lon, at in report:
        write(db, lambda s, w=who, a=lat, o=lon, t=at: technicians.record_position(
            s, ADMIN, w.user_id, Decimal(a), Decimal(o), recorded_at=t, source="gps"))
    near = read(db, lambda s: technicians.nearest_to(s, ADMIN, order))
    assert [(p.name, p.recorded_at.hour) for p in near] == [("Made", 9), ("Ketut", 8)]
    assert near[0].distance_km < Decimal("2") < Decimal("7") < near[1].distance_km < Decimal("8")
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: technicians.record_position(s, ADMIN, kasir.user_id + 99, Decimal("100"),
                                                         Decimal("115"), source="telepati"))
    assert set(refused.value.errors) == {"latitude", "user_id", "source"}


def test_open_orders_past_their_response_or_resolution_time(db: Any) -> None:
    tech = add_user(db, "made", "technician")
    customer = add(db, Customer(customer_number="C-1", name="Budi", phone="0811"))
    add(db, SlaPolicy(name="Urgent", priority="urgent", response_hours=2, resolution_hours=8, is_active=True))
    add(db, SlaPolicy(name="Urgent install", priority="urgent", work_order_type="installation", response_hours=24,
                      resolution_hours=72, is_active=True))
    add(db, SlaPolicy(name="Low", priority="low", response_hours=48, resolution_hours=120, is_active=True))

    def order(kind: str, priority: str, technician: int | None = None) -> int:
        info = write(db, lambda s: work_orders.create_work_order(s, ADMIN, WorkOrderRequest(
            kind, customer_id=customer, priority=priority, assigned_to=technician), now=T0))

        def backdate(s: Any) -> None:
            s.get(WorkOrder, info.id).created_at = T0
        write(db, backdate)
        return info.id
    unanswered = order("repair", "urgent")
    assigned = order("repair", "urgent", tech.user_id)
    install = order("installation", "urgent")
    order("repair", "low")
    late = read(db, lambda s: sla.overdue_orders(s, ADMIN, now=datetime(2026, 11, 20, 12, 30)))
    assert [(o.work_order_id, o.kind, o.hours_late) for o in late] == [(unanswered, "response", 2)]
    late = read(db, lambda s: sla.overdue_orders(s, ADMIN, now=datetime(2026, 11, 21, 10, 0)))
    # the installation has its own policy (24 h to respond), the low repair 48 h: not late yet
    assert [(o.work_order_id, o.kind, o.hours_late) for o in late] == [
        (unanswered, "response", 24), (assigned, "resolution", 18), (install, "response", 2)]


def test_dispatch_board_by_technician_and_day_and_moving_cards(db: Any) -> None:
    from datetime import date

    from ispdesk.services import dispatch
    made = add_user(db, "made", "technician")
    ketut = add_user(db, "ketut", "technician")
    customer = add(db, Customer(customer_number="C-1", name="Budi", phone="0811"))
    add(db, SlaPolicy(name="Urgent", priority="urgent", response_hours=2, resolution_hours=8, is_active=True))

    def order(day: date | None, technician: Any = None, priority: str = "medium") -> int:
        return write(db, lambda s: work_orders.create_work_order(s, ADMIN, WorkOrderRequest(
            "repair", customer_id=customer, scheduled_date=day, priority=priority,
            assigned_to=technician.user_id if technician else None), now=datetime(2026, 11, 20, 9))).id
    monday = date(2026, 11, 23)
    a = order(monday, made)
    b = order(date(2026, 11, 25), priority="urgent")
    c = order(None, ketut)
    order(date(2026, 12, 1), made)                                  # next week: not on this board
    board = read(db, lambda s: dispatch.board(s, ADMIN, monday, now=datetime(2026, 12, 30)))
    # the first row holds the orders not assigned yet (the board names it in the user's language)
    assert board.technicians == ((None, ""), (ketut.user_id, "Ketut"), (made.user_id, "Made"))
    assert [x.id for x in board.cell(made.user_id, monday)] == [a]
    assert [(x.id, x.overdue) for x in board.cell(None, date(2026, 11, 25))] == [(b, "response")]
    assert [x.id for x in board.unscheduled] == [c]
    moved = write(db, lambda s: dispatch.reschedule(s, ADMIN, b, date(2026, 11, 26), ketut.user_id))
    assert (moved.status, moved.technician_id, moved.day) == ("assigned", ketut.user_id, date(2026, 11, 26))
    back = write(db, lambda s: dispatch.reschedule(s, ADMIN, a, monday, None))
    assert (back.status, back.technician_id) == ("pending", None)
    own = read(db, lambda s: dispatch.board(s, ketut, monday))
    assert own.technicians == ((ketut.user_id, "Ketut"),)
    assert [x.id for x in own.cards] == [b] and [x.id for x in own.unscheduled] == [c]
    write(db, lambda s: work_orders.move(s, ADMIN, c, "in_progress"))
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: dispatch.reschedule(s, ADMIN, c, monday, made.user_id))
    assert refused.value.codes == {"assigned_to": "dispatch.technician_stays"}
    # nobody signed in sees nothing: a missing actor is refused, not taken for the whole office
    from ispdesk.domain.errors import PermissionDenied
    for work in (lambda s: dispatch.board(s, None, monday), lambda s: dispatch.cell_cards(s, None, None, None)):
        with pytest.raises(PermissionDenied) as refused_nobody:
            read(db, work)
        assert refused_nobody.value.code == "permission.no_actor"
