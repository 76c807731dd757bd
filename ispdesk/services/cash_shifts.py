"""Cash shifts: open with a float, take cash, close with a blind count.

Blind: nothing a cashier can call shows the expected cash of an open shift;
:func:`close_shift` stores the count first and only then returns the Z-report
with expected, counted and variance.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import CashShift, Customer, Payment, Receipt, User
from ispdesk.db.sequences import next_number
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.documents.shift_report import (DENOMINATIONS, DailyReportData, ShiftPaymentLine,
                                                   ShiftReportData)
from ispdesk.domain.enums import PaymentMethod, PaymentStatus, ShiftStatus
from ispdesk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from ispdesk.domain.messages import message
from ispdesk.domain.money import ZERO, MoneyError, format_rupiah, to_money
from ispdesk.services import office_days
from ispdesk.services.office_settings import company
from ispdesk.services.permissions import operation

NOT_A_USER = message("shifts.not_a_user", "A cash shift belongs to a signed-in cashier.")
NEGATIVE_FLOAT = message("shifts.negative_float", "The opening float cannot be negative.")
ALREADY_OPEN = message("shifts.already_open", "You already have an open shift, {shift}: close it first.")
NOT_COUNTED = message("shifts.not_counted", "{denomination} is not a note or coin that is counted.")
BAD_COUNT = message("shifts.bad_count", "The count of {denomination} must be a whole number, 0 or more.")
NO_SHIFT = message("shifts.no_shift", "There is no cash shift with id {id}.")
NOT_YOURS = message("shifts.not_yours", "Only a supervisor may close another cashier's shift.")
ALREADY_CLOSED = message("shifts.already_closed", "Shift {shift} is closed already.")
STILL_OPEN = message("shifts.still_open", "Shift {shift} is still open: count the drawer and close it to see "
                                          "its report.")


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


def _user_name(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    return session.execute(sa.select(User.name).where(User.id == user_id)).scalar() or ""


def _info(session: Session, shift: CashShift) -> ShiftInfo:
    return ShiftInfo(shift.id, shift.shift_number, shift.cashier_id, _user_name(session, shift.cashier_id),
                     shift.opened_at, shift.opening_float, str(shift.status), shift.workstation or "")


def _open_of(session: Session, cashier_id: int) -> CashShift | None:
    return session.scalars(sa.select(CashShift).where(CashShift.cashier_id == cashier_id,
                                                      CashShift.status == ShiftStatus.OPEN)
                           .order_by(CashShift.id).limit(1)).first()


def _user_id(actor: Actor) -> int:
    if actor.user_id is None:
        raise PermissionDenied(NOT_A_USER())
    return actor.user_id


@operation("cash_shifts", "view")
def current_shift(session: Session, actor: Actor) -> ShiftInfo | None:
    """The actor's open shift, or None (the system actor has none)."""
    if actor.user_id is None:
        return None
    shift = _open_of(session, actor.user_id)
    return _info(session, shift) if shift is not None else None


@operation("cash_shifts", "view")
def open_shifts(session: Session, actor: Actor) -> list[ShiftInfo]:
    """Every open shift (supervisor view), oldest first."""
    shifts = session.scalars(sa.select(CashShift).where(CashShift.status == ShiftStatus.OPEN).order_by(CashShift.id))
    return [_info(session, s) for s in shifts]


@operation("cash_shifts", "create")
def open_shift(session: Session, actor: Actor, opening_float: Decimal, *,
               workstation: str = "", now: datetime | None = None) -> ShiftInfo:
    """Open a shift for the actor (one open shift per cashier), at ``now``
    (default the office clock)."""
    user_id = _user_id(actor)
    try:
        amount = to_money(opening_float)
    except MoneyError as exc:
        raise ValidationError({"opening_float": exc.message}) from exc
    if amount < 0:
        raise ValidationError({"opening_float": NEGATIVE_FLOAT()})
    # The user row is the lock that keeps one cashier from opening two shifts at once.
    session.execute(sa.select(User.id).where(User.id == user_id).with_for_update()).scalar()
    already = _open_of(session, user_id)
    if already is not None:
        raise ValidationError({"": ALREADY_OPEN(shift=already.shift_number)})
    now = now or clock.now()
    shift = CashShift(shift_number=next_number(session, "shift", now.date()), cashier_id=user_id,
                      status=ShiftStatus.OPEN, opened_at=now, opening_float=amount,
                      workstation=(workstation or (actor.workstation.host if actor.workstation else ""))
                      or None)
    session.add(shift)
    session.flush()
    return _info(session, shift)


def _counted(counts: Mapping[int, int]) -> tuple[tuple[tuple[int, int], ...], Decimal]:
    """The count as (denomination, count) largest first, and its total."""
    unknown = [d for d in counts if d not in DENOMINATIONS]
    if unknown:
        raise ValidationError({"counts": NOT_COUNTED(denomination=format_rupiah(Decimal(unknown[0])))})
    bad = [d for d, n in counts.items() if not isinstance(n, int) or isinstance(n, bool) or n < 0]
    if bad:
        raise ValidationError({"counts": BAD_COUNT(denomination=format_rupiah(Decimal(bad[0])))})
    rows = tuple((d, int(counts.get(d, 0))) for d in DENOMINATIONS)
    return rows, to_money(sum(d * n for d, n in rows))


def _cash_in(session: Session, shift_id: int) -> Decimal:
    kept = session.execute(sa.select(sa.func.coalesce(sa.func.sum(Receipt.amount_received - Receipt.change_given), 0))
                           .where(Receipt.cash_shift_id == shift_id, Receipt.payment_method == PaymentMethod.CASH,
                                  Receipt.status == PaymentStatus.CONFIRMED)).scalar_one()
    return Decimal(kept).quantize(ZERO)


@operation("cash_shifts", "edit")
def close_shift(session: Session, actor: Actor, shift_id: int, counts: Mapping[int, int], *,
                notes: str = "", now: datetime | None = None) -> ShiftReportData:
    """Close a shift with a blind count ({denomination: count}); returns the Z-report.
    A cashier closes only their own shift; cash_shifts.approve closes anyone's."""
    shift = session.scalars(sa.select(CashShift).where(CashShift.id == shift_id).with_for_update()).first()
    if shift is None:
        raise NotFound(NO_SHIFT(id=shift_id))
    mine = actor.user_id is not None and actor.user_id == shift.cashier_id
    if not mine and not actor.can("cash_shifts", "approve"):
        raise PermissionDenied(NOT_YOURS())
    if shift.status != ShiftStatus.OPEN:
        raise ConflictError(ALREADY_CLOSED(shift=shift.shift_number))
    rows, counted = _counted(counts)
    expected = shift.opening_float + _cash_in(session, shift.id)
    shift.status = ShiftStatus.CLOSED
    shift.closed_at = now or clock.now()
    shift.closed_by = actor.user_id
    shift.expected_cash = expected
    shift.counted_cash = counted
    shift.variance = counted - expected
    shift.denominations = {str(d): n for d, n in rows}
    shift.notes = notes.strip() or None
    session.flush()
    return _report(session, shift)


def _line(row: sa.Row) -> ShiftPaymentLine:
    return ShiftPaymentLine(row.receipt_number, row.received_at, row.name, str(row.payment_method),
                            row.reference_number or "", row.amount_received, str(row.status),
                            row.void_reason or "", row.approver or "")


def _lines(session: Session, shift_id: int) -> list[ShiftPaymentLine]:
    """Every receipt of the shift with its void reason and approver (from its payments)."""
    voided = (sa.select(Payment.receipt_id, sa.func.max(Payment.void_reason).label("void_reason"),
                        sa.func.max(User.name).label("approver"))
              .outerjoin(User, User.id == Payment.voided_by).where(Payment.voided_at.is_not(None))
              .group_by(Payment.receipt_id).subquery())
    rows = session.execute(
        sa.select(Receipt.receipt_number, Receipt.received_at, Customer.name, Receipt.payment_method,
                  Receipt.reference_number, Receipt.amount_received, Receipt.status, voided.c.void_reason,
                  voided.c.approver)
        .join(Customer, Customer.id == Receipt.customer_id)
        .outerjoin(voided, voided.c.receipt_id == Receipt.id)
        .where(Receipt.cash_shift_id == shift_id).order_by(Receipt.id))
    return [_line(r) for r in rows]


def _totals(session: Session, shift_ids: list[int]) -> tuple[tuple[str, Decimal], ...]:
    rows = dict(session.execute(
        sa.select(Receipt.payment_method, sa.func.sum(Receipt.amount_received - Receipt.change_given))
        .where(Receipt.cash_shift_id.in_(shift_ids), Receipt.status == PaymentStatus.CONFIRMED)
        .group_by(Receipt.payment_method)).all()) if shift_ids else {}
    return tuple((str(m), Decimal(rows[m]).quantize(ZERO)) for m in PaymentMethod if m in rows)


def _report(session: Session, shift: CashShift) -> ShiftReportData:
    lines = _lines(session, shift.id)
    cash_in = _cash_in(session, shift.id)
    expected = shift.expected_cash if shift.expected_cash is not None else shift.opening_float + cash_in
    counted = tuple((int(d), int(n)) for d, n in (shift.denominations or {}).items())
    counted = tuple(sorted(counted, key=lambda pair: -pair[0]))
    return ShiftReportData(
        company=company(session), shift_number=shift.shift_number,
        cashier_name=_user_name(session, shift.cashier_id), workstation=shift.workstation or "",
        opened_at=shift.opened_at, closed_at=shift.closed_at, closed_by=_user_name(session, shift.closed_by),
        opening_float=shift.opening_float, totals_by_method=_totals(session, [shift.id]),
        payments=tuple(lines), voids=tuple(l for l in lines if l.status != PaymentStatus.CONFIRMED),
        cash_in=cash_in, expected_cash=expected, counted=counted, counted_cash=shift.counted_cash,
        variance=shift.variance, notes=shift.notes or "")


@operation("cash_shifts", "view")
def shift_report(session: Session, actor: Actor, shift_id: int) -> ShiftReportData:
    """Z-report of a closed shift. An open shift's X-report (expected cash so far)
    only for a supervisor (cash_shifts.approve): the count stays blind."""
    shift = session.get(CashShift, shift_id)
    if shift is None:
        raise NotFound(NO_SHIFT(id=shift_id))
    if shift.status == ShiftStatus.OPEN and not actor.can("cash_shifts", "approve"):
        raise PermissionDenied(STILL_OPEN(shift=shift.shift_number))
    return _report(session, shift)


@operation("cash_shifts", "approve")
def daily_report(session: Session, actor: Actor, day: date | None = None) -> DailyReportData:
    """Every shift opened on ``day`` (default the office's today) summed (open
    shifts count as expected, not counted); for supervisors. A shift belongs to
    the day it was opened, however late it closes, as on the dashboard
    (:mod:`ispdesk.services.office_days`)."""
    day = day or clock.today()
    shifts = list(session.scalars(sa.select(CashShift).where(office_days.shifts_opened_on(day))
                                  .order_by(CashShift.id)))
    reports = tuple(_report(session, s) for s in shifts)
    closed = [r for r in reports if r.counted_cash is not None]
    return DailyReportData(
        company=company(session), day=day, shifts=reports, totals_by_method=_totals(session, [s.id for s in shifts]),
        expected_cash=sum((r.expected_cash for r in reports), ZERO),
        counted_cash=sum((r.counted_cash for r in closed), ZERO),
        variance=sum((r.variance for r in closed), ZERO))
