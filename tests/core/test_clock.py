"""The office clock: pinned in tests, moved by tests, in the office's zone,
and on MariaDB the server's time, read once per transaction."""
from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from ispdesk.db.unit_of_work import read, write
from ispdesk.domain import clock

MIDNIGHT_SOON = datetime(2027, 2, 28, 23, 59, 58)


@pytest.fixture
def running_clock(office_clock) -> Iterator[None]:
    """The clock let go (nothing pinned) for the test, pinned again after."""
    before = clock.pinned()
    clock.pin(None)
    try:
        yield
    finally:
        clock.pin(before)


def test_the_fixture_pins_the_clock_for_the_whole_test(office_clock) -> None:
    first = clock.now()
    time.sleep(1.1)
    assert clock.pinned() is not None and clock.now() == first and clock.today() == first.date()
    assert first.microsecond == 0


def test_pin_and_advance_cross_midnight_and_the_month_end(office_clock) -> None:
    office_clock.pin(MIDNIGHT_SOON)
    assert (clock.now(), clock.today()) == (MIDNIGHT_SOON, date(2027, 2, 28))
    assert office_clock.advance(seconds=2) == datetime(2027, 3, 1, 0, 0, 0)
    assert clock.today() == date(2027, 3, 1)
    office_clock.advance(days=-1, minutes=5)
    assert clock.now() == datetime(2027, 2, 28, 0, 5, 0)


def test_pinned_at_restores_what_was_pinned_before(office_clock) -> None:
    office_clock.pin(datetime(2026, 11, 24, 9, 0))
    with clock.pinned_at(datetime(2026, 12, 31, 23, 59, 59)) as moment:
        assert moment == clock.now() == datetime(2026, 12, 31, 23, 59, 59)
    assert clock.now() == datetime(2026, 11, 24, 9, 0)


def test_advance_refuses_a_running_clock(running_clock) -> None:
    with pytest.raises(RuntimeError):
        clock.advance(seconds=1)


def test_pin_keeps_seconds_and_converts_an_aware_moment(office_clock) -> None:
    office_clock.pin(datetime(2026, 11, 24, 9, 0, 5, 999999))
    assert clock.now() == datetime(2026, 11, 24, 9, 0, 5)
    office_clock.pin(datetime(2026, 11, 24, 17, 0, tzinfo=timezone.utc))          # 17:00 UTC is midnight in WIB
    assert clock.now() == datetime(2026, 11, 25, 0, 0) and clock.today() == date(2026, 11, 25)


def test_pin_from_environment_reads_ispdesk_clock(office_clock) -> None:
    assert clock.pin_from_environment({clock.PIN_ENV: "2027-02-28T23:59:58"}) == MIDNIGHT_SOON
    assert clock.now() == MIDNIGHT_SOON
    assert clock.pin_from_environment({}) == MIDNIGHT_SOON                         # unset: left as it was


@pytest.mark.parametrize("zone, hours, iana", [("WIB", 7, "Asia/Jakarta"), ("WITA", 8, "Asia/Makassar"),
                                               ("WIT", 9, "Asia/Jayapura")])
def test_the_three_zones_convert_utc_to_office_time(office_clock, zone: str, hours: int, iana: str) -> None:
    clock.set_office_zone(zone)
    assert clock.office_zone().key == zone and clock.office_zone().iana == iana
    noon_utc = datetime(2026, 12, 31, 12, 0, 0)
    assert clock.from_utc(noon_utc) == noon_utc + timedelta(hours=hours)
    assert clock.to_office(noon_utc.replace(tzinfo=timezone.utc)) == noon_utc + timedelta(hours=hours)
    # late on New Year's Eve in UTC is already New Year in every Indonesian zone
    assert clock.from_utc(datetime(2026, 12, 31, 20, 0)).date() == date(2027, 1, 1)


def test_to_office_converts_any_offset_and_leaves_naive_office_time(office_clock) -> None:
    singapore = timezone(timedelta(hours=8))
    assert clock.to_office(datetime(2026, 11, 24, 9, 30, tzinfo=singapore)) == datetime(2026, 11, 24, 8, 30)
    india = timezone(timedelta(hours=5, minutes=30))
    assert clock.to_office(datetime(2026, 11, 24, 9, 30, tzinfo=india)) == datetime(2026, 11, 24, 11, 0)
    assert clock.to_office(datetime(2026, 11, 24, 9, 30, 7, 500)) == datetime(2026, 11, 24, 9, 30, 7)
    clock.set_office_zone("WIT")
    assert clock.to_office(datetime(2026, 11, 24, 9, 30, tzinfo=singapore)) == datetime(2026, 11, 24, 10, 30)


def test_an_unknown_zone_is_refused(office_clock) -> None:
    with pytest.raises(ValueError):
        clock.set_office_zone("CET")
    assert clock.office_zone().key == "WIB"


def test_a_transaction_reads_its_moment_once_and_lazily(running_clock) -> None:
    reads: list[int] = []

    def read_moment() -> datetime:
        reads.append(1)
        return datetime(2026, 11, 24, 2, 0, 0, tzinfo=timezone.utc)

    with clock.transaction_time(read_moment):
        assert reads == []
        assert clock.now() == clock.now() == datetime(2026, 11, 24, 9, 0, 0)
    assert len(reads) == 1


def test_a_pinned_clock_wins_over_the_transaction(office_clock) -> None:
    office_clock.pin(MIDNIGHT_SOON)
    with clock.transaction_time(lambda: datetime(2001, 1, 1, tzinfo=timezone.utc)):
        assert clock.now() == MIDNIGHT_SOON


def _wib_now_of_this_pc() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0) + timedelta(hours=7)


def test_a_transaction_on_mariadb_has_the_servers_time_read_once(db, backend: str, running_clock) -> None:
    """Nothing pinned: inside write() the clock is the server's UTC_TIMESTAMP()
    in the office's zone (SQLite: this PC's clock in that zone), the same for
    every call of one transaction; the next transaction reads it again."""
    def work(session):
        first = clock.now()
        time.sleep(1.2)
        second = clock.now()
        if backend == "mariadb":
            server = session.execute(sa.text("SELECT UTC_TIMESTAMP()")).scalar_one() + timedelta(hours=7)
        else:
            server = _wib_now_of_this_pc()
        return first, second, server

    first, second, reference = write(db, work)
    assert first == second
    assert timedelta(0) <= reference - first <= timedelta(seconds=3)
    again = write(db, lambda s: clock.now())
    assert again > first
    in_a_read = read(db, lambda s: (clock.now(), clock.now()))
    assert in_a_read[0] == in_a_read[1] >= again


@pytest.mark.parametrize("backend", ["mariadb"], indirect=True)
def test_on_mariadb_the_server_not_this_pc_decides(db, running_clock) -> None:
    """The server's clock set far away (its session timestamp) is what
    clock.now() gives inside a transaction, in WITA too."""
    clock.set_office_zone("WITA")
    server_moment = datetime(2031, 5, 6, 0, 8, 9, tzinfo=timezone.utc)

    def work(session):
        session.execute(sa.text("SET timestamp = :t"), {"t": int(server_moment.timestamp())})
        seen = clock.now(), clock.today()
        session.execute(sa.text("SET timestamp = DEFAULT"))
        return seen

    try:
        assert write(db, work) == (datetime(2031, 5, 6, 8, 8, 9), date(2031, 5, 6))
    finally:
        clock.set_office_zone("WIB")
