"""The date rules swept over every day of several years, leap years included.

The rules (``ispdesk.domain.dates``):

* a term of n months from day d ends the day before day d n months on, or on
  that month's last day when day d does not exist there;
* months paid in advance are such a term from the installation day, billing
  starts the day after, and the invoices then chain without gap or overlap;
* a person is n years old from the day after a term of 12 n months from the
  birth day (1 March for a 29 February birthday in a common year);
* office time is the office zone's: any offset is converted, never dropped.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from ispdesk.domain import clock
from ispdesk.domain.dates import (add_months, after_term, age_on, day_bounds, month_length, shift_day, term_end,
                                  term_months)
from ispdesk.domain.proration import due_charges, first_billing_date, next_billing_after

ONE_DAY = timedelta(days=1)


def every_day(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


#: 2024 and 2028 are leap years, 2025-2027 are not.
DAYS = every_day(date(2024, 1, 1), date(2028, 12, 31))
DURATIONS = (1, 3, 6, 12, 24)


def month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def the_month(index: int) -> tuple[int, int]:
    return index // 12, index % 12 + 1


# -- the month rule ---------------------------------------------------------

@pytest.mark.parametrize("start, months, end", [
    (date(2025, 1, 15), 1, date(2025, 2, 14)),
    (date(2025, 1, 28), 1, date(2025, 2, 27)),
    (date(2025, 1, 29), 1, date(2025, 2, 28)),      # no 29 Feb 2025: the month's last day
    (date(2025, 1, 30), 1, date(2025, 2, 28)),      # was 27 Feb
    (date(2025, 1, 31), 1, date(2025, 2, 28)),      # was 27 Feb
    (date(2024, 1, 30), 1, date(2024, 2, 29)),      # leap year
    (date(2024, 1, 29), 1, date(2024, 2, 28)),      # 29 Feb exists: the day before it
    (date(2024, 2, 29), 12, date(2025, 2, 28)),     # was 27 Feb 2025, a day early
    (date(2024, 2, 29), 48, date(2028, 2, 28)),
    (date(2025, 3, 31), 1, date(2025, 4, 30)),
    (date(2025, 1, 31), 2, date(2025, 3, 30)),
    (date(2025, 1, 1), 12, date(2025, 12, 31)),
    (date(2025, 11, 30), 3, date(2026, 2, 28)),
    (date(2025, 12, 31), 2, date(2026, 2, 28)),
])
def test_a_term_ends_the_day_before_day_d_or_on_the_months_last_day(start, months, end):
    assert term_end(start, months) == end
    assert after_term(start, months) == end + ONE_DAY
    assert term_months(start, end) == months


def test_the_term_rule_holds_for_every_start_day_and_duration():
    for start in DAYS:
        for months in DURATIONS:
            year, month = the_month(month_index(start) + months)
            end = term_end(start, months)
            if start.day <= month_length(year, month):      # day d exists n months on: the day before it
                assert end == date(year, month, start.day) - ONE_DAY, (start, months)
            else:                                           # it does not: that month's last day
                assert end == date(year, month, month_length(year, month)), (start, months)
            assert after_term(start, months) == end + ONE_DAY
            assert term_months(start, end) == months, (start, months)
            # the term is as long as its months: between n short and n long months
            assert 28 * months <= (end - start).days + 1 <= 31 * months + 3, (start, months)


def test_later_starts_never_end_earlier_and_terms_follow_each_other():
    for months in DURATIONS:
        ends = [term_end(start, months) for start in DAYS]
        assert ends == sorted(ends), months
        for start in DAYS[:400]:                            # a renewal starts the day after: no gap, no overlap
            second = term_end(term_end(start, months) + ONE_DAY, months)
            assert second > term_end(start, months)
            assert term_months(term_end(start, months) + ONE_DAY, second) == months


def test_add_months_keeps_the_day_or_takes_the_months_last():
    for day in DAYS:
        for months in (-13, -12, -1, 1, 2, 11, 12, 13, 24, 48):
            moved = add_months(day, months)
            year, month = the_month(month_index(day) + months)
            assert (moved.year, moved.month) == (year, month)
            assert moved.day == min(day.day, month_length(year, month))
            if day.day <= 28:
                assert add_months(moved, -months) == day


def test_term_months_refuses_what_is_no_whole_number_of_months():
    assert term_months(date(2025, 1, 15), date(2025, 2, 15)) is None
    assert term_months(date(2025, 1, 15), date(2025, 1, 31)) is None
    assert term_months(date(2025, 1, 31), date(2025, 2, 27)) is None
    assert term_months(date(2025, 3, 1), date(2025, 2, 28)) is None
    with pytest.raises(ValueError):
        term_end(date(2025, 1, 1), 0)


# -- months paid in advance, then billing ----------------------------------

def invoices(installed: date, billing_day: int, prepaid: int, count: int = 4) -> list:
    """The first ``count`` invoices of a subscription installed on ``installed``
    as the daily billing run makes them: run on each next billing date, once
    late (a run missed for two months catches up)."""
    nxt = first_billing_date(installed, billing_day, prepaid)
    charges = due_charges(next_billing_date=nxt, billing_day=billing_day, run_date=nxt,
                          activated_at=installed, first_invoice=True)
    made = list(charges)
    nxt = next_billing_after(charges)
    late = add_months(nxt, 2)                                # the next run comes two months late
    while len(made) < count:
        charges = due_charges(next_billing_date=nxt, billing_day=billing_day, run_date=late)
        made.extend(charges)
        nxt = next_billing_after(charges)
        late = nxt
    return made


def test_prepaid_months_are_never_billed_twice_nor_skipped_for_any_installation_day():
    """Every installation day of 2024-2028 x 0-3 months prepaid x billing days 1,
    15, 28 and the installation's own: the first invoice starts exactly where the
    prepaid months end (at the installation with none), and each invoice starts
    the day after the one before ended."""
    checked = 0
    for installed in DAYS:
        for billing_day in sorted({1, 15, 28, min(installed.day, 28)}):
            for prepaid in range(4):
                made = invoices(installed, billing_day, prepaid)
                paid_until = term_end(installed, prepaid) if prepaid else installed - ONE_DAY
                assert made[0].start == paid_until + ONE_DAY, (installed, billing_day, prepaid)
                for before, after in zip(made, made[1:]):
                    assert after.start == before.end + ONE_DAY, (installed, billing_day, prepaid)
                for charge in made:
                    assert charge.period.start.day == billing_day
                    if charge.stub is not None:
                        assert charge.stub.end + ONE_DAY == charge.period.start
                        assert 0 < charge.stub.days < charge.stub.period_days
                labels = [c.period.label for c in made]
                assert labels == sorted(set(labels)), (installed, billing_day, prepaid)
                checked += 1
    assert checked > 5 * 365 * 4 * 3


@pytest.mark.parametrize("installed, prepaid, paid_until, first", [
    # the case: 31 Jan + February were invoiced again; now 31 Jan-28 Feb is the prepaid month
    (date(2025, 1, 31), 1, date(2025, 2, 28), date(2025, 3, 1)),
    (date(2024, 1, 31), 1, date(2024, 2, 29), date(2024, 3, 1)),
    (date(2025, 1, 29), 1, date(2025, 2, 28), date(2025, 3, 1)),
    (date(2025, 1, 28), 1, date(2025, 2, 27), date(2025, 2, 28)),
    (date(2025, 3, 31), 1, date(2025, 4, 30), date(2025, 5, 1)),
    (date(2025, 11, 30), 3, date(2026, 2, 28), date(2026, 3, 1)),
    (date(2026, 11, 20), 2, date(2027, 1, 19), date(2027, 1, 20)),
])
def test_the_first_invoice_starts_the_day_after_the_prepaid_months(installed, prepaid, paid_until, first):
    assert term_end(installed, prepaid) == paid_until
    assert first_billing_date(installed, 1, prepaid) == first
    made = invoices(installed, 1, prepaid, count=1)
    assert made[0].start == first
    assert made[0].start > paid_until


# -- ages -------------------------------------------------------------------

def test_ages_by_the_calendar_around_every_birthday():
    """Every birth day of 2004-2012 (three leap years), on the days around its
    17th birthday and on every day of one year: the age turns on the birthday,
    on 1 March for 29 February in a common year, as a calendar counts."""
    for born in every_day(date(2004, 1, 1), date(2012, 12, 31)):
        birthday = after_term(born, 12 * 17)
        assert age_on(born, birthday - ONE_DAY) == 16, born
        assert age_on(born, birthday) == 17, born
        assert age_on(born, birthday + ONE_DAY) == 17, born
        if not (born.month == 2 and born.day == 29):
            assert birthday == born.replace(year=born.year + 17)
    for born in every_day(date(2007, 6, 1), date(2009, 6, 1)):
        for on in every_day(date(2025, 1, 1), date(2025, 12, 31))[::7]:
            by_hand = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
            assert age_on(born, on) == by_hand, (born, on)


@pytest.mark.parametrize("born, on, age", [
    (date(2008, 2, 29), date(2025, 2, 28), 16),
    (date(2008, 2, 29), date(2025, 3, 1), 17),
    (date(2008, 2, 29), date(2024, 2, 29), 16),
    (date(2008, 2, 29), date(2028, 2, 29), 20),
    (date(2008, 3, 1), date(2025, 2, 28), 16),
    (date(2008, 3, 1), date(2025, 3, 1), 17),
    # 17 x 365 days after 10 Jan 2008 is 5 Jan 2025: the old check let them through five days early
    (date(2008, 1, 10), date(2008, 1, 10) + timedelta(days=17 * 365), 16),
    (date(2008, 1, 10), date(2025, 1, 10), 17),
    (date(2025, 5, 1), date(2025, 4, 1), 0),
])
def test_ages_around_birthdays(born, on, age):
    assert age_on(born, on) == age


# -- office days and offsets -------------------------------------------------

def test_a_shift_belongs_to_the_day_it_opened():
    start, end = day_bounds(date(2027, 2, 28))
    assert (start, end) == (datetime(2027, 2, 28), datetime(2027, 3, 1))
    assert shift_day(datetime(2027, 2, 28, 22, 0)) == date(2027, 2, 28)
    assert shift_day(datetime(2024, 12, 31, 23, 59, 59)) == date(2024, 12, 31)


def _offset(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


#: (office zone, the moment with its offset, office time)
CONVERSIONS = [
    ("WIB", datetime(2027, 2, 28, 16, 59, 58, tzinfo=timezone.utc), datetime(2027, 2, 28, 23, 59, 58)),
    ("WIB", datetime(2027, 2, 28, 17, 0, 0, tzinfo=timezone.utc), datetime(2027, 3, 1, 0, 0, 0)),
    ("WITA", datetime(2027, 2, 28, 17, 0, 0, tzinfo=timezone.utc), datetime(2027, 3, 1, 1, 0, 0)),
    ("WIT", datetime(2027, 2, 28, 15, 0, 0, tzinfo=timezone.utc), datetime(2027, 3, 1, 0, 0, 0)),
    ("WIB", datetime(2024, 2, 29, 9, 30, tzinfo=_offset(8)), datetime(2024, 2, 29, 8, 30)),      # WITA -> WIB
    ("WITA", datetime(2024, 2, 29, 9, 30, tzinfo=_offset(7)), datetime(2024, 2, 29, 10, 30)),    # WIB -> WITA
    ("WIT", datetime(2024, 2, 29, 9, 30, tzinfo=_offset(7)), datetime(2024, 2, 29, 11, 30)),     # WIB -> WIT
    ("WIB", datetime(2024, 2, 29, 1, 0, tzinfo=_offset(9)), datetime(2024, 2, 28, 23, 0)),       # back a day
    ("WIB", datetime(2026, 12, 31, 12, 0, tzinfo=_offset(-5)), datetime(2027, 1, 1, 0, 0)),      # New York
    ("WIB", datetime(2026, 11, 24, 9, 30, tzinfo=_offset(5.5)), datetime(2026, 11, 24, 11, 0)),   # India
    ("WITA", datetime(2026, 11, 24, 9, 30, tzinfo=_offset(5.75)), datetime(2026, 11, 24, 11, 45)),  # Nepal
    ("WIT", datetime(2026, 11, 24, 0, 0, tzinfo=_offset(14)), datetime(2026, 11, 23, 19, 0)),    # Kiribati
    ("WIB", datetime(2026, 11, 24, 0, 0, tzinfo=_offset(-12)), datetime(2026, 11, 24, 19, 0)),
    ("WIB", datetime(2026, 11, 24, 9, 30, 7, 999999, tzinfo=timezone.utc),
     datetime(2026, 11, 24, 16, 30, 7)),                                                         # to the second
    ("WITA", datetime(2026, 11, 24, 9, 30, 7, 500), datetime(2026, 11, 24, 9, 30, 7)),          # naive: office time
]


@pytest.mark.parametrize("zone, moment, office", CONVERSIONS)
def test_offsets_are_converted_into_office_time_never_dropped(office_clock, zone, moment, office):
    clock.set_office_zone(zone)
    converted = clock.to_office(moment)
    assert converted == office
    assert converted.tzinfo is None
    if moment.tzinfo is not None:                       # the same instant, to the second
        assert converted.replace(tzinfo=clock.ZONES[zone].tzinfo) == moment.replace(microsecond=0)


def test_every_offset_of_a_day_lands_on_the_same_instant_in_each_zone(office_clock):
    instant = datetime(2027, 2, 28, 23, 59, 58, tzinfo=_offset(7))
    for zone in clock.ZONES.values():
        clock.set_office_zone(zone.key)
        for quarter_hours in range(-48, 57):            # UTC-12:00 .. UTC+14:00
            shown = instant.astimezone(timezone(timedelta(minutes=15 * quarter_hours)))
            assert clock.to_office(shown) == (instant + timedelta(hours=zone.hours - 7)).replace(tzinfo=None)
