"""Dates and times as the office reads them: ``24 Nov 2026``, ``14:05``.

One definition for the screen (:mod:`ispdesk.ui.format`) and the printed
documents (:mod:`ispdesk.printing.base`)."""
from __future__ import annotations

from datetime import date, datetime, time

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(value: date | datetime | None) -> str:
    """``date(2026, 11, 24)`` -> ``'24 Nov 2026'``; ``''`` for None."""
    if value is None:
        return ""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def format_time(value: time | datetime | None) -> str:
    """``time(14, 5)`` -> ``'14:05'``; ``''`` for None."""
    return "" if value is None else f"{value.hour:02d}:{value.minute:02d}"


def format_datetime(value: datetime | None) -> str:
    """``datetime(2026, 11, 24, 14, 5)`` -> ``'24 Nov 2026 14:05'``; ``''`` for None."""
    if value is None:
        return ""
    return f"{format_date(value)} {format_time(value)}"
