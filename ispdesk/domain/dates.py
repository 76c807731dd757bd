"""Dates as the office reads them and counts them.

Reading: ``24 Nov 2026``, ``14:05``; one definition for the screen
(:mod:`ispdesk.ui.format`, in the program's language) and the printed
documents (:mod:`ispdesk.printing.base`, in Indonesian like the rest of their
text).

Counting: the program's one month arithmetic, and the rules built on it.

* **Months** (:func:`add_months`): day ``d`` moved by ``n`` months keeps its
  day, or becomes that month's last day when day ``d`` does not exist there
  (31 Jan + 1 month = 28 Feb, 29 Feb 2024 + 12 months = 28 Feb 2025).
* **Terms** (:func:`term_end`, :func:`after_term`): *a term of n months from
  day d ends the day before day d n months on, or on that month's last day
  when day d does not exist there.* So 1 month from 15 Jan is 15 Jan-14 Feb,
  from 31 Jan is 31 Jan-28 Feb (29 Feb in a leap year), 12 months from
  29 Feb 2024 is 29 Feb 2024-28 Feb 2025; what follows a term starts the day
  after it (15 Feb, 1 Mar, 1 Mar). Contracts run and renew by it, months paid
  in advance cover it, and an age is counted by it.
* **Ages** (:func:`age_on`): a person is ``n`` years old from the day after a
  term of ``12 n`` months from their birth day: the birthday, or 1 March for
  one born on 29 February in a common year. Never ``days / 365``.
* **Office days** (:func:`day_bounds`): a day is the half-open range of office
  time from its midnight to the next. Money taken in a cash shift belongs to
  the day the shift was *opened* (:func:`shift_day`), so a shift from 22:00
  to 02:00 is wholly the evening's (see :mod:`ispdesk.services.office_days`).
"""
from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: Month abbreviations as an Indonesian office writes them (Mei, Agu, Okt, Des).
MONTHS_ID = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def format_date(value: date | datetime | None, *, indonesian: bool = False) -> str:
    """``date(2026, 11, 24)`` -> ``'24 Nov 2026'`` (``'5 Des 2026'`` in Indonesian); ``''`` for None."""
    if value is None:
        return ""
    months = MONTHS_ID if indonesian else MONTHS
    return f"{value.day} {months[value.month - 1]} {value.year}"


def format_time(value: time | datetime | None) -> str:
    """``time(14, 5)`` -> ``'14:05'``; ``''`` for None."""
    return "" if value is None else f"{value.hour:02d}:{value.minute:02d}"


def format_datetime(value: datetime | None, *, indonesian: bool = False) -> str:
    """``datetime(2026, 11, 24, 14, 5)`` -> ``'24 Nov 2026 14:05'``; ``''`` for None."""
    if value is None:
        return ""
    return f"{format_date(value, indonesian=indonesian)} {format_time(value)}"


# -- counting ---------------------------------------------------------------

def month_length(year: int, month: int) -> int:
    """The days of ``month`` (28-31)."""
    return calendar.monthrange(year, month)[1]


def _month_on(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return year, month + 1


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months (back when negative), keeping its day or
    becoming that month's last day when the day does not exist there:
    ``add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)``."""
    year, month = _month_on(day, months)
    return date(year, month, min(day.day, month_length(year, month)))


def after_term(start: date, months: int) -> date:
    """The first day after a term of ``months`` months from ``start``: day
    ``start.day`` that many months on, or the first of the month after when
    that day does not exist there (31 Jan + 1 month -> 1 Mar). ``months`` >= 0;
    a term of 0 months is empty and is followed by ``start`` itself."""
    if months < 0:
        raise ValueError(f"a term has 0 months or more, not {months}")
    year, month = _month_on(start, months)
    if start.day <= month_length(year, month):
        return date(year, month, start.day)
    return date(year, month, month_length(year, month)) + timedelta(days=1)


def term_end(start: date, months: int) -> date:
    """The last day of a term of ``months`` months from ``start`` (the rule in the
    module notes): 15 Jan + 1 -> 14 Feb; 31 Jan + 1 -> 28 Feb (29 in a leap
    year); 29 Feb 2024 + 12 -> 28 Feb 2025. ``months`` >= 1."""
    if months < 1:
        raise ValueError(f"a term has 1 month or more, not {months}")
    return after_term(start, months) - timedelta(days=1)


def term_months(start: date, end: date) -> int | None:
    """The ``n`` >= 1 for which ``start``-``end`` is a term of ``n`` months
    (:func:`term_end`), or None when it is not a whole number of months."""
    year, month = end.year, end.month
    difference = (year - start.year) * 12 + month - start.month
    for months in (difference, difference + 1):
        if months >= 1 and term_end(start, months) == end:
            return months
    return None


def age_on(born: date, on: date) -> int:
    """Whole years of a person born on ``born``, on day ``on``, by the calendar:
    ``n`` from the day after a term of ``12 n`` months from the birth day
    (the birthday; 1 March in a common year for one born on 29 February)."""
    years = on.year - born.year
    if years > 0 and on < after_term(born, 12 * years):
        years -= 1
    return max(years, 0)


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """Office day ``day`` as the half-open range ``[start, end)`` of office time."""
    start = datetime.combine(day, time())
    return start, start + timedelta(days=1)


def shift_day(opened_at: datetime) -> date:
    """The office day a cash shift (and all it takes) belongs to: the day it was opened."""
    return opened_at.date()
