"""How values look on screen: Rupiah, dates like ``24 Nov 2026``, enum values
in words. Plain functions over plain values, shared by tables and forms."""
from __future__ import annotations

import json
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from ispdesk.domain import dates
from ispdesk.domain.dates import format_time
from ispdesk.domain.money import format_rupiah
from ispdesk.services.specs import Kind
from ispdesk.ui.i18n import INDONESIAN, current_language, spec_text

CHECK = "\u2713"
NUMERIC_KINDS = (Kind.INTEGER, Kind.DECIMAL, Kind.MONEY)


def format_date(value: date | datetime | None) -> str:
    """``24 Nov 2026``, the month in the program's language (``5 Des 2026``); ``''`` for None."""
    return dates.format_date(value, indonesian=current_language() == INDONESIAN)


def format_datetime(value: datetime | None) -> str:
    """``24 Nov 2026 14:05``; ``''`` for None."""
    return "" if value is None else f"{format_date(value)} {format_time(value)}"


def format_decimal(value: Decimal | int | None) -> str:
    """A measure without trailing zeros and with a decimal comma: ``'-6,2'``."""
    if value is None:
        return ""
    text = f"{Decimal(value):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def format_integer(value: int | None) -> str:
    return "" if value is None else str(value)


def humanise(value: str | None) -> str:
    """An enum value in words: ``'social_media'`` -> ``'Social media'``."""
    if not value:
        return ""
    text = str(value).replace("_", " ")
    return text[:1].upper() + text[1:]


def format_json(value: Any) -> str:
    """JSON on one line for a table cell."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def format_value(kind: Kind, value: Any) -> str:
    """The text a table cell shows for ``value`` of a column of ``kind``."""
    if value is None:
        return ""
    if kind is Kind.MONEY and isinstance(value, (Decimal, int)):
        return format_rupiah(Decimal(value))
    if kind is Kind.DECIMAL and isinstance(value, (Decimal, int)):
        return format_decimal(value)
    if kind is Kind.BOOLEAN:
        return CHECK if value else ""
    if kind is Kind.ENUM:
        return spec_text(humanise(value))
    if kind is Kind.JSON:
        return format_json(value)
    if kind is Kind.LONG_TEXT:
        return " ".join(str(value).split())
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        return format_time(value)
    return str(value)


def format_count(count: int, singular: str = "row", plural: str = "rows") -> str:
    """``1234`` -> ``'1.234 rows'``."""
    grouped = f"{count:,}".replace(",", ".")
    return f"{grouped} {singular if count == 1 else plural}"
