"""Cash shifts: open with a float, take cash, close with a blind count."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from ispdesk.domain.actor import Actor
from ispdesk.domain.documents.shift_report import DailyReportData, ShiftReportData


@dataclass(frozen=True)
class ShiftInfo:
    """An open (or closed) shift, without the expected cash."""

    shift_id: int
    shift_number: str
    cashier_id: int
    cashier_name: str
    opened_at: datetime
    opening_float: Decimal
    status: str
    workstation: str


def current_shift(session: Session, actor: Actor | None) -> ShiftInfo | None:
    """The actor's open shift, or None."""
    raise NotImplementedError


def open_shifts(session: Session, actor: Actor | None) -> list[ShiftInfo]:
    """Every open shift (supervisor view)."""
    raise NotImplementedError


def open_shift(session: Session, actor: Actor | None, opening_float: Decimal, *,
               workstation: str = "") -> ShiftInfo:
    """Open a shift for the actor (one open shift per cashier)."""
    raise NotImplementedError


def close_shift(session: Session, actor: Actor | None, shift_id: int, counts: Mapping[int, int], *,
                notes: str = "") -> ShiftReportData:
    """Close a shift with a blind count ({denomination: count}); returns the Z-report.
    A cashier closes only their own shift; cash_shifts.approve closes anyone's."""
    raise NotImplementedError


def shift_report(session: Session, actor: Actor | None, shift_id: int) -> ShiftReportData:
    """Z-report of a closed shift (X-report of an open one: no count yet)."""
    raise NotImplementedError


def daily_report(session: Session, actor: Actor | None, day: date) -> DailyReportData:
    """Every shift opened on ``day`` summed."""
    raise NotImplementedError
