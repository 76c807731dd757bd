"""Dates as the office reads them, on screen and on paper."""
from __future__ import annotations

from datetime import date, datetime, time

from ispdesk.domain.dates import format_date, format_datetime, format_time


def test_dates_times_and_moments_read_like_24_nov_2026():
    assert format_date(date(2026, 11, 24)) == "24 Nov 2026"
    assert format_date(datetime(2026, 1, 5, 9, 30)) == "5 Jan 2026"
    assert format_time(time(14, 5)) == "14:05"
    assert format_datetime(datetime(2026, 11, 24, 14, 5, 59)) == "24 Nov 2026 14:05"
    assert format_date(None) == format_time(None) == format_datetime(None) == ""


def test_indonesian_months_for_paper_and_the_indonesian_screen():
    assert format_date(date(2026, 12, 5), indonesian=True) == "5 Des 2026"
    assert format_date(date(2026, 5, 1), indonesian=True) == "1 Mei 2026"
    assert format_datetime(datetime(2026, 8, 17, 9, 0), indonesian=True) == "17 Agu 2026 09:00"
