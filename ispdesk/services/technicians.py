"""Where the technicians are: positions reported (GPS, entered or imported),
the last one of each technician, and those nearest to a work order's customer.

Importing positions from a CSV file is all or nothing: :func:`parse_positions`
(pure, no database) reads every line and reports each bad one with its line
number and reason; :func:`import_positions` adds the checks that need the
database (unknown user, not a technician) and writes nothing when any line is
bad, so the office fixes the file and imports it again. Positions already
stored (same technician, same time) are skipped, so importing a file twice
does not double it."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Customer, Role, TechnicianLocation, User
from ispdesk.domain import clock, geo
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import Role as UserRole
from ispdesk.domain.errors import ValidationError
from ispdesk.domain.messages import Message, humanised, message, status_word, word
from ispdesk.services import audit, work_orders
from ispdesk.services.permissions import operation, require

MODULE = "technician_locations"
SOURCES = ("gps", "manual", "import")
DEGREES = Decimal("0.00000001")          # DECIMAL(10,8) / DECIMAL(11,8)
METRES = Decimal("0.01")                 # DECIMAL(8,2)
MAX_ACCURACY = Decimal("999999.99")
EARLIEST = datetime(2000, 1, 1)
#: Header names (lower case, spaces as "_") of each column; the first line of a file names its columns.
COLUMNS = {
    "user": ("username", "user", "user_id", "userid", "technician", "teknisi"),
    "latitude": ("latitude", "lat"),
    "longitude": ("longitude", "lon", "lng", "long"),
    "recorded_at": ("recorded_at", "time", "timestamp", "datetime", "date_time", "recorded", "waktu"),
    "accuracy": ("accuracy", "accuracy_m", "acc"),
}
TIME_FORMATS = ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d-%m-%Y %H:%M:%S", "%d-%m-%Y %H:%M",
                "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M")
INSERT_CHUNK = 1000
#: The largest positions file read (a day of a whole team's GPS logs is a few MB).
MAX_FILE_BYTES = 20 * 1024 * 1024

CHOOSE_TECHNICIAN = message("technicians.choose_technician", "Choose an active technician.")
NOT_A_TECHNICIAN = message("technicians.not_a_technician", "{name} is not a technician ({role}).")
NOT_ACTIVE = message("technicians.not_active", "{name} is not active.")
BAD_SOURCE = message("technicians.bad_source", "The source is gps, manual or import.")
BAD_ACCURACY = message("technicians.bad_accuracy", "The accuracy is metres, 0 or more.")
FILE_EMPTY = message("technicians.file_empty", "The file is empty.")
MISSING_COLUMNS = message("technicians.missing_columns",
                          "The first line names the columns; missing: {missing} (found: {found}).")
BAD_LINE = message("technicians.bad_line", "Line {line}: {reasons}.")
# what can be wrong on one line of a positions file (joined into BAD_LINE)
COLUMN_COUNT = message("technicians.line_column_count", "has {columns} columns; the first line names {named}")
NO_USER = message("technicians.line_no_user", "no user")
LATITUDE_NAN = message("technicians.line_latitude_nan", "latitude '{text}' is not a number")
LATITUDE_RANGE = message("technicians.line_latitude_range", "latitude {text} is not between -90 and 90")
LONGITUDE_NAN = message("technicians.line_longitude_nan", "longitude '{text}' is not a number")
LONGITUDE_RANGE = message("technicians.line_longitude_range", "longitude {text} is not between -180 and 180")
TIME_INVALID = message("technicians.line_time_invalid",
                       "time '{text}' is not a date and time (e.g. 2026-11-20 09:05)")
TIME_UNBELIEVABLE = message("technicians.line_time_unbelievable",
                            "time {text} is not believable (check the device's clock)")
ACCURACY_INVALID = message("technicians.line_accuracy_invalid", "accuracy '{text}' is not metres")
UNKNOWN_USER = message("technicians.line_unknown_user", "unknown user '{user}'")
LINE_NOT_A_TECHNICIAN = message("technicians.line_not_a_technician", "{name} is not a technician ({role})")
LINE_NOT_ACTIVE = message("technicians.line_not_active", "{name} is not active")
NO_OWNER = message("technicians.file_without_owner",
                   "The file names no technician (no username column): choose whose positions they are.")
NO_POSITIONS = message("technicians.no_positions", "The file holds no positions.")
FILE_TOO_LARGE = message("technicians.file_too_large", "{name} is larger than {limit} MB: split it.")
FILE_UNREADABLE = message("technicians.file_unreadable", "{name} cannot be read ({reason}).")
#: Problems of the whole file, reported as they are (not as "Line n: …").
FILE_PROBLEMS = (FILE_EMPTY, MISSING_COLUMNS)


@dataclass(frozen=True)
class Position:
    user_id: int
    name: str
    latitude: Decimal
    longitude: Decimal
    recorded_at: datetime
    distance_km: Decimal | None = None
    accuracy_m: Decimal | None = None
    source: str = ""


@dataclass(frozen=True)
class PositionLine:
    """One good line of a positions file; ``user`` as written (a username or a user id), None when
    the file has no user column."""

    line: int
    user: str | None
    latitude: Decimal
    longitude: Decimal
    recorded_at: datetime
    accuracy_m: Decimal | None = None


@dataclass(frozen=True)
class ParsedPositions:
    """What :func:`parse_positions` read: the good lines, and (line number, reason) of each bad one."""

    lines: tuple[PositionLine, ...]
    errors: tuple[tuple[int, tuple[Message, ...]], ...]    # (line, what is wrong on it)
    has_user_column: bool
    readable: bool = True        # False: the first line does not name the needed columns (the only error)


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: int                 # already stored (same technician and time), or twice in the file
    technicians: tuple[str, ...]


def _check_technician(user: User | None, role: str | None, *, in_line: bool = False) -> Message | None:
    """Why ``user`` cannot report a position (None when they can); ``in_line``: as a
    reason on a line of a positions file."""
    if user is None:
        return CHOOSE_TECHNICIAN()
    if role != UserRole.TECHNICIAN:
        return (LINE_NOT_A_TECHNICIAN if in_line else NOT_A_TECHNICIAN)(name=user.name, role=status_word(role or ""))
    if not user.is_active:
        return (LINE_NOT_ACTIVE if in_line else NOT_ACTIVE)(name=user.name)
    return None


@operation(MODULE, "create")
def record_position(session: Session, actor: Actor, user_id: int, latitude: Decimal, longitude: Decimal, *,
                    recorded_at: datetime | None = None, source: str = "manual", accuracy_m: Decimal | None = None,
                    work_order_id: int | None = None) -> int:
    """Store one reported position of a technician (at ``recorded_at``, now by the office clock); returns its id."""
    errors: dict[str, Any] = dict(geo.check_position(latitude, longitude))
    user = session.get(User, user_id)
    role = session.scalar(sa.select(Role.name).where(Role.id == user.role_id)) if user is not None else None
    why = _check_technician(user, role)
    if why is not None:
        errors["user_id"] = why
    if source not in SOURCES:
        errors["source"] = BAD_SOURCE()
    if accuracy_m is not None and not Decimal(0) <= accuracy_m <= MAX_ACCURACY:
        errors["accuracy_m"] = BAD_ACCURACY()
    if errors:
        raise ValidationError(errors)
    row = TechnicianLocation(user_id=user_id, latitude=latitude.quantize(DEGREES),
                             longitude=longitude.quantize(DEGREES),
                             accuracy_m=accuracy_m.quantize(METRES) if accuracy_m is not None else None,
                             source=source, work_order_id=work_order_id, recorded_at=recorded_at or clock.now())
    session.add(row)
    session.flush()
    return row.id


# -- reading a positions file (pure)

def read_positions_file(path: str | Path) -> str:
    """The text of a positions CSV file (UTF-8, with or without BOM; else Latin-1), before any
    transaction; ValidationError ``{"file": …}`` when it is too large or cannot be read."""
    file = Path(path)
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise ValidationError({"file": FILE_TOO_LARGE(name=file.name, limit=MAX_FILE_BYTES // 1024 // 1024)})
        data = file.read_bytes()
    except OSError as exc:
        raise ValidationError({"file": FILE_UNREADABLE(name=file.name, reason=exc.strerror or exc)}) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _number(text: str, comma_decimal: bool) -> Decimal | None:
    text = text.strip()
    if comma_decimal:
        text = text.replace(",", ".")
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def parse_time(text: str) -> datetime | None:
    """A time as GPS loggers and spreadsheets write it: ISO 8601 (``2026-11-20T09:05:00Z``,
    ``2026-11-20 09:05``, with or without an offset) or ``20/11/2026 09:05``. A time with an
    offset (a GPS logger's UTC ``Z``) becomes office time (what ``recorded_at`` keeps); one
    without is taken as office time already; seconds kept."""
    text = text.strip()
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        for pattern in TIME_FORMATS:
            try:
                value = datetime.strptime(text, pattern)
                break
            except ValueError:
                continue
        else:
            return None
    return clock.to_office(value)


def _delimiter(header: str) -> str:
    return max((";", "\t", ","), key=header.count) if any(d in header for d in ";\t,") else ","


def parse_positions(text: str, *, now: datetime | None = None) -> ParsedPositions:
    """Read a positions CSV. The first line names the columns: latitude, longitude and the time
    (``recorded_at``/``time``…) are needed, the user (username or user id) and accuracy (metres)
    are optional, others are ignored (so a GPS logger's ``time,lat,lon,…`` export reads as it is).
    Comma, semicolon or tab separated; with semicolons or tabs a decimal comma is read too.
    Every bad line is reported with its number and reasons. Times more than a day after
    ``now`` (the office clock's) are not believed."""
    stamp = now or clock.now()
    text = text.lstrip("\ufeff")
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first:
        return ParsedPositions((), ((1, (FILE_EMPTY(),)),), False, False)
    delimiter = _delimiter(first)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header: list[str] = []
    for row in reader:
        if any(cell.strip() for cell in row):
            header = [cell.strip().lower().replace(" ", "_") for cell in row]
            break
    header_line = reader.line_num
    where: dict[str, int] = {}
    for key, names in COLUMNS.items():
        found = next((header.index(name) for name in names if name in header), None)
        if found is not None:
            where[key] = found
    missing = [word(humanised(key)) for key in ("latitude", "longitude", "recorded_at") if key not in where]
    if missing:
        problem = MISSING_COLUMNS(missing=missing, found=", ".join(header) or "\u2014")
        return ParsedPositions((), ((header_line, (problem,)),), "user" in where, False)
    comma_decimal = delimiter != ","
    needed = max(where.values()) + 1
    good: list[PositionLine] = []
    bad: list[tuple[int, tuple[Message, ...]]] = []
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < needed:
            bad.append((line, (COLUMN_COUNT(columns=len(row), named=len(header)),)))
            continue
        reasons: list[Message] = []
        user = row[where["user"]].strip() if "user" in where else None
        if user is not None and not user:
            reasons.append(NO_USER())
        lat_text, lon_text = row[where["latitude"]].strip(), row[where["longitude"]].strip()
        latitude, longitude = _number(lat_text, comma_decimal), _number(lon_text, comma_decimal)
        if latitude is None:
            reasons.append(LATITUDE_NAN(text=lat_text))
        elif not Decimal(-90) <= latitude <= Decimal(90):
            reasons.append(LATITUDE_RANGE(text=lat_text))
        if longitude is None:
            reasons.append(LONGITUDE_NAN(text=lon_text))
        elif not Decimal(-180) <= longitude <= Decimal(180):
            reasons.append(LONGITUDE_RANGE(text=lon_text))
        time_text = row[where["recorded_at"]].strip()
        at = parse_time(time_text)
        if at is None:
            reasons.append(TIME_INVALID(text=time_text))
        elif at < EARLIEST or at > stamp + timedelta(days=1):
            reasons.append(TIME_UNBELIEVABLE(text=time_text))
        accuracy = None
        if "accuracy" in where and where["accuracy"] < len(row) and row[where["accuracy"]].strip():
            acc_text = row[where["accuracy"]].strip()
            accuracy = _number(acc_text, comma_decimal)
            if accuracy is None or not Decimal(0) <= accuracy <= MAX_ACCURACY:
                reasons.append(ACCURACY_INVALID(text=acc_text))
                accuracy = None
        if reasons:
            bad.append((line, tuple(reasons)))
            continue
        assert latitude is not None and longitude is not None and at is not None
        good.append(PositionLine(line, user, latitude.quantize(DEGREES), longitude.quantize(DEGREES), at,
                                 accuracy.quantize(METRES) if accuracy is not None else None))
    return ParsedPositions(tuple(good), tuple(bad), "user" in where)


# -- importing it

def _line_errors(errors: list[tuple[int, tuple[Message, ...]]]) -> ValidationError:
    """One message a bad line (field ``line n``), in line order; the whole file's problem (no
    header, empty) is its own message."""
    merged: dict[int, list[Message]] = {}
    for number, reasons in sorted(errors, key=lambda e: e[0]):
        merged.setdefault(number, []).extend(reasons)
    return ValidationError({f"line {n}": (reasons[0] if len(reasons) == 1 and reasons[0].template in FILE_PROBLEMS
                                          else BAD_LINE(line=n, reasons=reasons))
                            for n, reasons in merged.items()})


@operation(MODULE, "create")
def import_positions(session: Session, actor: Actor, text: str, *, user_id: int | None = None,
                     now: datetime | None = None) -> ImportResult:
    """Import the positions of a CSV file (see :func:`parse_positions`), source "import".
    A file without a user column (a GPS logger's export) belongs to ``user_id``. Nothing is
    written when any line is bad: the ValidationError holds one "Line n: reason" per bad line
    (fields ``line n``). Positions already stored are skipped. One audit entry for the import."""
    parsed = parse_positions(text, now=now)
    errors = list(parsed.errors)
    if not parsed.readable:
        raise _line_errors(errors)
    if not parsed.has_user_column and user_id is None:
        raise ValidationError({"user_id": NO_OWNER()})
    keys = {line.user for line in parsed.lines if line.user is not None}
    ids = {int(k) for k in keys if k.isdigit()}
    if user_id is not None:
        ids.add(user_id)
    names = {k.lower() for k in keys if not k.isdigit()}
    found: dict[str, tuple[int, str, Message | None, Message | None]] = {}   # key -> (id, name, why not: field, line)
    if ids or names:
        rows = session.execute(
            sa.select(User, Role.name).outerjoin(Role, Role.id == User.role_id)
            .where(sa.or_(User.id.in_(ids or {-1}), sa.func.lower(User.username).in_(names or {""})))).all()
        for user, role in rows:
            entry = (user.id, user.name, _check_technician(user, role), _check_technician(user, role, in_line=True))
            found[str(user.id)] = entry
            found[user.username.lower()] = entry
    if user_id is not None and not parsed.has_user_column:
        chosen = found.get(str(user_id))
        if chosen is None or chosen[2] is not None:
            raise ValidationError({"user_id": chosen[2] if chosen and chosen[2] else CHOOSE_TECHNICIAN()})
    resolved: list[tuple[PositionLine, int, str]] = []
    for line in parsed.lines:
        if line.user is None:
            who = found[str(user_id)]
        else:
            who = found.get(line.user if line.user.isdigit() else line.user.lower())
            if who is None:
                errors.append((line.line, (UNKNOWN_USER(user=line.user),)))
                continue
            if who[3] is not None:
                errors.append((line.line, (who[3],)))
                continue
        resolved.append((line, who[0], who[1]))
    if errors:
        raise _line_errors(errors)
    if not resolved:
        raise ValidationError({"file": NO_POSITIONS()})
    loc = TechnicianLocation
    times = [line.recorded_at for line, _uid, _name in resolved]
    seen = {(r[0], r[1]) for r in session.execute(sa.select(loc.user_id, loc.recorded_at).where(
        loc.user_id.in_({uid for _line, uid, _name in resolved}),
        loc.recorded_at >= min(times), loc.recorded_at <= max(times)))}
    rows_to_add = []
    for line, uid, _name in resolved:
        if (uid, line.recorded_at) in seen:
            continue
        seen.add((uid, line.recorded_at))
        rows_to_add.append({"user_id": uid, "latitude": line.latitude, "longitude": line.longitude,
                            "accuracy_m": line.accuracy_m, "source": "import", "recorded_at": line.recorded_at,
                            "created_at": now or clock.now()})
    for start in range(0, len(rows_to_add), INSERT_CHUNK):
        session.execute(sa.insert(loc.__table__), rows_to_add[start:start + INSERT_CHUNK])
    people = tuple(sorted({name for _line, _uid, name in resolved}))
    skipped = len(resolved) - len(rows_to_add)
    audit.record(session, actor, "import", MODULE, None, None,
                 {"positions": len(rows_to_add), "skipped": skipped, "technicians": list(people),
                  "from": min(times), "to": max(times)}, MODULE)
    return ImportResult(len(rows_to_add), skipped, people)


# -- reading them back

@dataclass(frozen=True)
class Nearest:
    """The technicians nearest to a work order's customer, and what the order is."""

    work_order_id: int
    number: str
    status: str
    customer: str
    has_coordinates: bool
    assigned_to: int | None
    positions: tuple[Position, ...]
    assigned_name: str = ""


@operation(MODULE, "view")
def last_positions(session: Session, actor: Actor) -> list[Position]:
    """The latest position of every active technician who reported one, newest first."""
    return _last_positions(session)


def _last_positions(session: Session) -> list[Position]:
    loc = TechnicianLocation
    latest = (sa.select(loc.user_id, sa.func.max(loc.recorded_at).label("at")).group_by(loc.user_id)
              .subquery())
    rows = session.execute(
        sa.select(loc.user_id, User.name, loc.latitude, loc.longitude, loc.recorded_at, loc.accuracy_m,
                  loc.source, loc.id)
        .join(latest, (latest.c.user_id == loc.user_id) & (latest.c.at == loc.recorded_at))
        .join(User, User.id == loc.user_id).join(Role, Role.id == User.role_id)
        .where(User.is_active.is_(True), Role.name == UserRole.TECHNICIAN)
        .order_by(loc.recorded_at.desc(), loc.id.desc())).all()
    seen: set[int] = set()
    result = []
    for user_id, name, lat, lon, at, accuracy, source, _id in rows:   # two reports in the same second: the later
        if user_id not in seen:
            seen.add(user_id)
            result.append(Position(user_id, name, lat, lon, at, accuracy_m=accuracy, source=source or ""))
    return result


@operation(work_orders.MODULE, "view")
def nearest_to(session: Session, actor: Actor, work_order_id: int) -> list[Position]:
    """Technicians by distance from the work order's customer (empty when the customer has no
    coordinates); seeing where they are also takes the technician positions' view."""
    require(actor, MODULE, "view")
    return _nearest_to(session, work_order_id)


def _nearest_to(session: Session, work_order_id: int) -> list[Position]:
    order = work_orders.get_order(session, work_order_id)
    customer = session.get(Customer, order.customer_id) if order.customer_id is not None else None
    if customer is None or customer.latitude is None or customer.longitude is None:
        return []
    positions = [Position(p.user_id, p.name, p.latitude, p.longitude, p.recorded_at,
                          geo.distance_km(customer.latitude, customer.longitude, p.latitude, p.longitude),
                          p.accuracy_m, p.source)
                 for p in _last_positions(session)]
    return sorted(positions, key=lambda p: (p.distance_km, p.name))


@operation(work_orders.MODULE, "view")
def nearest_for_order(session: Session, actor: Actor, work_order_id: int) -> Nearest:
    """:func:`nearest_to` with the work order's number, status, customer and technician."""
    require(actor, MODULE, "view")
    positions = _nearest_to(session, work_order_id)
    order = work_orders.get_order(session, work_order_id)
    customer = session.get(Customer, order.customer_id) if order.customer_id is not None else None
    return Nearest(order.id, order.work_order_number or "", order.status or "pending",
                   customer.name if customer else "",
                   customer is not None and customer.latitude is not None and customer.longitude is not None,
                   order.assigned_to, tuple(positions),
                   (session.get(User, order.assigned_to).name if order.assigned_to is not None else ""))
