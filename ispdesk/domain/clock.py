"""The office clock: every "now" and "today" of the program comes from here.

The office has one time zone (WIB, WITA or WIT: Indonesia keeps no summer
time, so each is a fixed offset from UTC). Times are kept as naive datetimes
in that zone, to the second, which is what the TIMESTAMP/DATETIME columns hold.

Where the time comes from, first match wins:

1. a **pinned** moment (tests, and ``ISPDESK_CLOCK=2027-02-28T23:59:58`` read
   by the test fixture): it stands still unless a test moves it. It is an
   instant: a naive moment is read as office time when it is pinned, and a
   change of the office's zone shows the same instant in the new zone;
2. the **transaction's** moment: on MariaDB the unit of work reads the
   server's UTC time once per transaction (:func:`transaction_time`), so
   counters whose PC clocks differ still number and date in order;
3. the PC's clock, converted into the office's zone.

``domain`` imports nothing of ours; the database layer installs the
transaction source and the composition root sets the zone from the office's
settings.
"""
from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone


@dataclass(frozen=True)
class OfficeZone:
    """One of Indonesia's three time zones."""

    key: str          # "WIB"
    hours: int        # offset from UTC
    iana: str         # what a system time-zone database calls it

    @property
    def tzinfo(self) -> timezone:
        return timezone(timedelta(hours=self.hours), self.key)


#: Waktu Indonesia Barat / Tengah / Timur (Permenneg 41/1987 does not change
#: with the seasons: fixed offsets).
ZONES: dict[str, OfficeZone] = {
    "WIB": OfficeZone("WIB", 7, "Asia/Jakarta"),
    "WITA": OfficeZone("WITA", 8, "Asia/Makassar"),
    "WIT": OfficeZone("WIT", 9, "Asia/Jayapura"),
}
DEFAULT_ZONE = "WIB"
#: The environment variable the test fixture reads to pin the whole suite.
PIN_ENV = "ISPDESK_CLOCK"

_lock = threading.Lock()
_zone: OfficeZone = ZONES[DEFAULT_ZONE]
#: The pinned instant, aware (UTC); None when the clock runs.
_pinned: datetime | None = None
#: The moment of the transaction this thread is in (set by the unit of work).
_transaction_source: contextvars.ContextVar[Callable[[], datetime] | None] = contextvars.ContextVar(
    "ispdesk_transaction_clock", default=None)


def office_zone() -> OfficeZone:
    return _zone


def set_office_zone(key: str) -> None:
    """Use ``key`` (WIB, WITA or WIT) from now on; unknown keys are refused."""
    global _zone
    if key not in ZONES:
        raise ValueError(f"unknown office time zone {key!r}")
    _zone = ZONES[key]


def to_office(moment: datetime) -> datetime:
    """An aware datetime (any offset) as naive office time, to the second;
    a naive one is taken to be office time already. Offsets are converted,
    never dropped."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(_zone.tzinfo).replace(tzinfo=None)
    return moment.replace(microsecond=0)


def from_utc(moment: datetime) -> datetime:
    """A naive UTC datetime (what ``UTC_TIMESTAMP()`` gives) as office time."""
    return to_office(moment.replace(tzinfo=timezone.utc))


def system_now() -> datetime:
    """This PC's clock in the office's zone (whatever zone the PC is set to)."""
    return to_office(datetime.now(timezone.utc))


def now() -> datetime:
    """The office's current time: pinned, else the transaction's, else this PC's."""
    if _pinned is not None:
        return to_office(_pinned)
    source = _transaction_source.get()
    if source is not None:
        return source()
    return system_now()


def today() -> date:
    return now().date()


# -- pinning (tests, and a whole suite run at a chosen moment) -------------

def pin(moment: datetime | None) -> None:
    """Stop the clock at ``moment`` (office time; an aware one is converted),
    or let it run again with None."""
    global _pinned
    with _lock:
        if moment is not None and moment.tzinfo is None:
            moment = moment.replace(tzinfo=_zone.tzinfo)
        _pinned = None if moment is None else moment.astimezone(timezone.utc).replace(microsecond=0)


def pinned() -> datetime | None:
    """The pinned moment in office time (None when the clock runs)."""
    return None if _pinned is None else to_office(_pinned)


def advance(**delta: float) -> datetime:
    """Move a pinned clock on (``advance(seconds=3)``); returns the new moment (office time)."""
    if _pinned is None:
        raise RuntimeError("the clock is not pinned")
    pin(_pinned + timedelta(**delta))
    return now()


def pin_from_environment(environ: "dict[str, str] | None" = None) -> datetime | None:
    """Pin the clock at ``ISPDESK_CLOCK`` when set (the tests start programs
    this way so they share the test's moment); returns the pinned moment."""
    import os
    text = (os.environ if environ is None else environ).get(PIN_ENV)
    if text:
        pin(datetime.fromisoformat(text))
    return pinned()


@contextmanager
def pinned_at(moment: datetime) -> Iterator[datetime]:
    """Pin the clock for a block, then restore what was there before."""
    before = _pinned
    pin(moment)
    try:
        yield now()
    finally:
        pin(before)


# -- the transaction's moment (installed by db.unit_of_work) ---------------

@contextmanager
def transaction_time(read_moment: Callable[[], datetime]) -> Iterator[None]:
    """Within the block, :func:`now` is ``read_moment()``, called at most once
    (lazily, when something first asks), so one transaction has one time."""
    cached: list[datetime] = []

    def moment() -> datetime:
        if not cached:
            cached.append(to_office(read_moment()))
        return cached[0]

    token = _transaction_source.set(moment)
    try:
        yield
    finally:
        _transaction_source.reset(token)
