"""Technician positions imported from CSV (every bad line named, nothing written
when one is bad, a second import skips what is stored), entered by hand, and the
dispatch board's capped cells, day view and "+N more" list."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from ispdesk.db.models import AuditLog, Customer, SlaPolicy, TechnicianLocation, WorkOrder
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import ValidationError
from ispdesk.services import dispatch, technicians, work_orders
from ispdesk.services.work_orders import WorkOrderRequest
from tests.services.billing_support import add
from tests.support.actors import ADMIN
from tests.support.actors import add_user

NOW = datetime(2026, 11, 20, 12, 0)


def stored(db: Any) -> list[tuple[Any, ...]]:
    loc = TechnicianLocation
    return [tuple(r) for r in read(db, lambda s: s.execute(
        sa.select(loc.user_id, loc.latitude, loc.longitude, loc.recorded_at, loc.accuracy_m, loc.source)
        .order_by(loc.recorded_at, loc.id)).all())]


def codes(errors: Any) -> list[tuple[int, list[str]]]:
    """(line, the codes of what is wrong on it) of a parse's errors."""
    return [(line, [reason.code for reason in reasons]) for line, reasons in errors]


def test_parse_reads_names_times_and_reports_every_bad_line_with_its_number() -> None:
    text = ("username,latitude,longitude,recorded_at,accuracy\n"
            "made,-8.6705,115.2126,2026-11-20 09:05,12.5\n"
            "\n"
            "ketut,91,115.2,2026-11-20 09:10,\n"                      # line 4
            "ketut,-8.7,200,20/11/2026 09:15,5\n"                      # line 5
            "ketut,-8.7,115.1,kemarin,5\n"                             # line 6
            "made,utara,115.1,2026-11-20T09:20:00,-3\n"                # line 7
            "made,-8.7\n"                                              # line 8
            "ketut,-8.71234567891,115.16860000,20/11/2026 09:30:15,\n")
    parsed = technicians.parse_positions(text, now=NOW)
    assert parsed.has_user_column and parsed.readable
    assert [(p.line, p.user, p.latitude, p.longitude, p.recorded_at, p.accuracy_m) for p in parsed.lines] == [
        (2, "made", Decimal("-8.67050000"), Decimal("115.21260000"), datetime(2026, 11, 20, 9, 5), Decimal("12.50")),
        (9, "ketut", Decimal("-8.71234568"), Decimal("115.16860000"), datetime(2026, 11, 20, 9, 30, 15), None)]
    assert codes(parsed.errors) == [
        (4, ["technicians.line_latitude_range"]),
        (5, ["technicians.line_longitude_range"]),
        (6, ["technicians.line_time_invalid"]),
        (7, ["technicians.line_latitude_nan", "technicians.line_accuracy_invalid"]),
        (8, ["technicians.line_column_count"])]
    reasons = dict(parsed.errors)
    assert [m.params for m in reasons[7]] == [{"text": "utara"}, {"text": "-3"}]
    assert reasons[8][0].params == {"columns": 2, "named": 5}


def test_parse_reads_a_gps_logger_export_and_semicolons_with_decimal_commas() -> None:
    logger = ("time,lat,lon,elevation,accuracy,bearing,speed\n"
              "2026-11-20T01:05:00.000Z,-8.6705,115.2126,12.0,8.0,0,0\n"
              "2026-11-20T01:10:00+08:00,-8.6710,115.2130,12.0,,0,0\n")
    parsed = technicians.parse_positions(logger, now=NOW)
    assert not parsed.has_user_column and parsed.errors == ()
    # times with an offset become office time (WIB here), whatever zone this PC is set to
    utc, wita = datetime(2026, 11, 20, 8, 5), datetime(2026, 11, 20, 0, 10)
    assert [(p.user, p.recorded_at, p.accuracy_m) for p in parsed.lines] == [(None, utc, Decimal("8.00")),
                                                                             (None, wita, None)]
    excel = "Teknisi;Lat;Lon;Waktu\r\n7;-8,6705;115,2126;20/11/2026 09:05\r\n"
    [line] = technicians.parse_positions(excel, now=NOW).lines
    assert (line.user, line.latitude, line.longitude) == ("7", Decimal("-8.67050000"), Decimal("115.21260000"))
    missing = technicians.parse_positions("nama,lat,jam\nmade,-8.6,09:00\n", now=NOW)
    assert not missing.readable and codes(missing.errors) == [(1, ["technicians.missing_columns"])]
    [[problem]] = [reasons for _line, reasons in missing.errors]
    assert [w.template.text for w in problem.params["missing"]] == ["Longitude", "Recorded at"]
    assert problem.params["found"] == "nama, lat, jam"
    future = technicians.parse_positions("time,lat,lon\n2031-01-01 08:00,-8.6,115.2\n", now=NOW)
    assert codes(future.errors) == [(2, ["technicians.line_time_unbelievable"])]


def test_a_bad_file_imports_nothing_and_names_each_bad_line(db: Any) -> None:
    add_user(db, "made", "technician")
    add_user(db, "kasir", "cashier")
    text = ("username,latitude,longitude,recorded_at\n"
            "made,-8.6705,115.2126,2026-11-20 09:05\n"
            "budi,-8.6705,115.2126,2026-11-20 09:06\n"
            "kasir,-8.6705,115.2126,2026-11-20 09:07\n"
            "made,-95,115.2126,2026-11-20 09:08\n")
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: technicians.import_positions(s, ADMIN, text, now=NOW))
    assert refused.value.codes == {"line 3": "technicians.bad_line", "line 4": "technicians.bad_line",
                                   "line 5": "technicians.bad_line"}
    assert {field: (message.params["line"], [r.code for r in message.params["reasons"]])
            for field, message in refused.value.errors.items()} == {
        "line 3": (3, ["technicians.line_unknown_user"]),
        "line 4": (4, ["technicians.line_not_a_technician"]),
        "line 5": (5, ["technicians.line_latitude_range"])}
    assert refused.value.errors["line 3"].params["reasons"][0].params == {"user": "budi"}
    assert stored(db) == []


def test_a_good_file_imports_once_and_the_last_positions_show_it(db: Any) -> None:
    made = add_user(db, "made", "technician")
    ketut = add_user(db, "ketut", "technician")
    text = ("username,latitude,longitude,recorded_at,accuracy\n"
            "made,-8.6705,115.2126,2026-11-20 09:05,12\n"
            f"{ketut.user_id},-8.7180,115.1686,2026-11-20 08:00,\n"
            "MADE,-8.6800,115.2200,2026-11-20 10:00,4.5\n")
    result = write(db, lambda s: technicians.import_positions(s, ADMIN, text, now=NOW))
    assert (result.imported, result.skipped, result.technicians) == (3, 0, ("Ketut", "Made"))
    assert [(r[0], r[3], r[5]) for r in stored(db)] == [(ketut.user_id, datetime(2026, 11, 20, 8), "import"),
                                                        (made.user_id, datetime(2026, 11, 20, 9, 5), "import"),
                                                        (made.user_id, datetime(2026, 11, 20, 10), "import")]
    last = read(db, lambda s: technicians.last_positions(s, ADMIN))
    assert [(p.name, p.latitude, p.recorded_at.hour, p.accuracy_m, p.source) for p in last] == [
        ("Made", Decimal("-8.68000000"), 10, Decimal("4.50"), "import"),
        ("Ketut", Decimal("-8.71800000"), 8, None, "import")]
    again = write(db, lambda s: technicians.import_positions(s, ADMIN, text, now=NOW))
    assert (again.imported, again.skipped) == (0, 3) and len(stored(db)) == 3
    logs = read(db, lambda s: s.scalars(sa.select(AuditLog.new_values).where(
        AuditLog.model_type == "technician_locations", AuditLog.action == "import").order_by(AuditLog.id)).all())
    assert [(v["positions"], v["skipped"], v["technicians"]) for v in logs] == [(3, 0, ["Ketut", "Made"]),
                                                                               (0, 3, ["Ketut", "Made"])]


def test_a_gps_logger_file_belongs_to_the_technician_chosen(db: Any) -> None:
    made = add_user(db, "made", "technician")
    kasir = add_user(db, "kasir", "cashier")
    text = "time,lat,lon,accuracy\n2026-11-20 09:05:00,-8.6705,115.2126,6\n2026-11-20 09:10:00,-8.6710,115.2130,7\n"
    with pytest.raises(ValidationError) as unnamed:
        write(db, lambda s: technicians.import_positions(s, ADMIN, text, now=NOW))
    assert unnamed.value.codes == {"user_id": "technicians.file_without_owner"}
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: technicians.import_positions(s, ADMIN, text, user_id=kasir.user_id, now=NOW))
    assert refused.value.codes == {"user_id": "technicians.not_a_technician"}
    assert refused.value.errors["user_id"].params["name"] == "Kasir"
    result = write(db, lambda s: technicians.import_positions(s, ADMIN, text, user_id=made.user_id, now=NOW))
    assert (result.imported, result.technicians) == (2, ("Made",))
    assert [(r[0], r[4]) for r in stored(db)] == [(made.user_id, Decimal("6.00")), (made.user_id, Decimal("7.00"))]
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: technicians.import_positions(s, ADMIN, "time,lat,lon\n", user_id=made.user_id))
    assert refused.value.codes == {"file": "technicians.no_positions"}


def test_entering_a_position_refuses_a_non_technician_and_a_cashier_may_not_import(db: Any) -> None:
    kasir = add_user(db, "kasir", "cashier")
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: technicians.record_position(s, ADMIN, kasir.user_id, Decimal("-8.6"), Decimal("181")))
    assert set(refused.value.errors) == {"longitude", "user_id"}      # the longitude's message is geo's
    assert refused.value.codes["user_id"] == "technicians.not_a_technician"
    from ispdesk.domain.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        write(db, lambda s: technicians.import_positions(s, kasir, "time,lat,lon\n"))
    assert stored(db) == []


def test_nearest_for_order_says_what_the_order_is(db: Any) -> None:
    made = add_user(db, "made", "technician")
    ketut = add_user(db, "ketut", "technician")
    customer = add(db, Customer(customer_number="C-1", name="Budi", phone="0811", latitude=Decimal("-8.6705"),
                                longitude=Decimal("115.2126")))
    nowhere = add(db, Customer(customer_number="C-2", name="Siti", phone="0812"))
    order = write(db, lambda s: work_orders.create_work_order(s, ADMIN, WorkOrderRequest("repair",
                                                                                         customer_id=customer))).id
    other = write(db, lambda s: work_orders.create_work_order(s, ADMIN, WorkOrderRequest("repair",
                                                                                         customer_id=nowhere))).id
    text = ("username,lat,lon,time,accuracy\nketut,-8.7180,115.1686,2026-11-20 08:00,30\n"
            "made,-8.6800,115.2200,2026-11-20 09:00,5\n")
    write(db, lambda s: technicians.import_positions(s, ADMIN, text, now=NOW))
    near = read(db, lambda s: technicians.nearest_for_order(s, ADMIN, order))
    assert (near.customer, near.status, near.has_coordinates, near.assigned_to) == ("Budi", "pending", True, None)
    assert [(p.user_id, p.distance_km, p.accuracy_m) for p in near.positions] == [
        (made.user_id, Decimal("1.33"), Decimal("5.00")), (ketut.user_id, Decimal("7.16"), Decimal("30.00"))]
    blank = read(db, lambda s: technicians.nearest_for_order(s, ADMIN, other))
    assert (blank.customer, blank.has_coordinates, blank.positions) == ("Siti", False, ())


# -- the dispatch board


def orders_in_one_cell(db: Any, count: int, day: date, technician: Any = None) -> list[int]:
    customer = add(db, Customer(customer_number=f"C-{day.isoformat()}", name="Budi", phone="0811",
                                address="Jl. Teuku Umar 1"))
    return [write(db, lambda s, n=n: work_orders.create_work_order(s, ADMIN, WorkOrderRequest(
        "repair", customer_id=customer, scheduled_date=day, scheduled_time=time(8 + n % 10, n),
        assigned_to=technician.user_id if technician else None))).id for n in range(count)]


def test_a_busy_cell_loads_only_the_cards_shown_and_counts_the_rest(db: Any) -> None:
    made = add_user(db, "made", "technician")
    monday = date(2026, 11, 23)
    busy = orders_in_one_cell(db, 9, monday, made)
    one = orders_in_one_cell(db, 1, date(2026, 11, 24))
    statements: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)
    engine = db.engine
    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        week = read(db, lambda s: dispatch.board(s, ADMIN, monday, now=NOW))
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)
    shown = week.cell(made.user_id, monday)
    by_time = sorted(busy, key=lambda i: (8 + busy.index(i) % 10, busy.index(i)))
    assert [c.id for c in shown] == by_time[:6]
    assert (week.total(made.user_id, monday), week.hidden(made.user_id, monday)) == (9, 3)
    assert len(week.cards) == 7 and week.hidden(None, date(2026, 11, 24)) == 0
    assert [c.id for c in week.cell(None, date(2026, 11, 24))] == one
    assert shown[0].address == "Jl. Teuku Umar 1" and shown[0].customer == "Budi"
    assert sum("work_orders" in s for s in statements) == 1          # cards and counts: one query
    full = read(db, lambda s: dispatch.cell_cards(s, ADMIN, made.user_id, monday, now=NOW))
    assert [c.id for c in full] == by_time
    day = read(db, lambda s: dispatch.board(s, ADMIN, monday + timedelta(days=1), days=1, now=NOW))
    assert day.days == (date(2026, 11, 24),)
    assert [c.id for c in day.cards] == one and day.total(made.user_id, monday) == 0
    assert read(db, lambda s: dispatch.board(s, ADMIN, monday, cap=2, now=NOW)).hidden(made.user_id, monday) == 7


def test_a_technician_sees_only_their_own_cells_and_overdue_cards_are_flagged(db: Any) -> None:
    made = add_user(db, "made", "technician")
    ketut = add_user(db, "ketut", "technician")
    monday = date(2026, 11, 23)
    add(db, SlaPolicy(name="Medium", priority="medium", response_hours=4, resolution_hours=24, is_active=True))
    mine = orders_in_one_cell(db, 2, monday, made)
    theirs = orders_in_one_cell(db, 1, date(2026, 11, 25), ketut)

    def backdate(s: Any) -> None:
        s.get(WorkOrder, mine[0]).created_at = datetime(2026, 11, 18, 8)
        s.get(WorkOrder, mine[1]).created_at = datetime(2026, 11, 23, 8)
    write(db, backdate)
    own = read(db, lambda s: dispatch.board(s, made, monday, now=datetime(2026, 11, 23, 9)))
    assert own.technicians == ((made.user_id, "Made"),)
    assert [(c.id, c.overdue) for c in own.cards] == [(mine[0], "resolution"), (mine[1], "")]
    assert read(db, lambda s: dispatch.cell_cards(s, made, ketut.user_id, date(2026, 11, 25))) == []
    assert [c.id for c in read(db, lambda s: dispatch.cell_cards(s, ADMIN, ketut.user_id,
                                                                 date(2026, 11, 25)))] == theirs


def test_assign_keeps_the_day_and_reassigns_an_assigned_order(db: Any) -> None:
    made = add_user(db, "made", "technician")
    ketut = add_user(db, "ketut", "technician")
    [order] = orders_in_one_cell(db, 1, date(2026, 11, 25))
    card = write(db, lambda s: dispatch.assign(s, ADMIN, order, made.user_id))
    assert (card.status, card.technician_id, card.day) == ("assigned", made.user_id, date(2026, 11, 25))
    card = write(db, lambda s: dispatch.assign(s, ADMIN, order, ketut.user_id))
    assert (card.status, card.technician_id, card.day) == ("assigned", ketut.user_id, date(2026, 11, 25))
    write(db, lambda s: work_orders.move(s, ADMIN, order, "in_progress"))
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: dispatch.assign(s, ADMIN, order, made.user_id))
    assert refused.value.codes == {"assigned_to": "dispatch.technician_stays"}
