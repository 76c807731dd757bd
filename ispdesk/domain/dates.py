"""Dates and times as the office reads them: ``24 Nov 2026``, ``14:05``.

One definition for the screen (:mod:`ispdesk.ui.format`, in the program's
language) and the printed documents (:mod:`ispdesk.printing.base`, in
Indonesian like the rest of their text)."""
from __future__ import annotations

from datetime import date, datetime, time

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
