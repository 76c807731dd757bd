"""Which office day money belongs to: the one rule the cash reports and the
dashboard share.

**A cash shift, and every receipt taken in it, belongs to the office day on
which the shift was opened** (:func:`ispdesk.domain.dates.shift_day`), however
late it closes: a shift from 22:00 to 02:00 is wholly the evening's. That
day's cash report (:func:`ispdesk.services.cash_shifts.daily_report`) and that
day's dashboard (:mod:`ispdesk.services.dashboard`) both hold all of its
money; the next day's hold none of it. Money taken outside any shift (a
transfer booked with no shift open) belongs to the day it was received: a
receipt's ``received_at``, a payment's ``payment_date``.

Each function gives index-friendly SELECTs (the shifts of the day by their
opening time, their receipts by ``cash_shift_id``; the rest by date), joined
with UNION ALL so a caller aggregates over them."""
from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from ispdesk.db.models import CashShift, Payment, Receipt
from ispdesk.domain.dates import day_bounds


def shifts_opened_on(day: date) -> sa.ColumnElement[bool]:
    """The condition on ``cash_shifts`` of the shifts that belong to ``day``: opened on it."""
    start, end = day_bounds(day)
    return sa.and_(CashShift.opened_at >= start, CashShift.opened_at < end)


def _shift_ids(day: date) -> sa.Select:
    return sa.select(CashShift.id).where(shifts_opened_on(day))


def receipts_of(day: date, *columns: sa.ColumnElement, where: tuple = ()) -> sa.CompoundSelect:
    """``columns`` of the receipts that belong to ``day`` (and meet ``where``):
    those of its shifts, and those taken outside a shift on that day."""
    start, end = day_bounds(day)
    in_shifts = sa.select(*columns).where(Receipt.cash_shift_id.in_(_shift_ids(day)), *where)
    outside = sa.select(*columns).where(Receipt.cash_shift_id.is_(None), Receipt.received_at >= start,
                                        Receipt.received_at < end, *where)
    return sa.union_all(in_shifts, outside)


def payments_of(day: date, *columns: sa.ColumnElement, where: tuple = ()) -> sa.CompoundSelect:
    """``columns`` of the payments that belong to ``day`` (and meet ``where``):
    those received in its shifts, and those dated that day outside any shift."""
    in_shifts = (sa.select(*columns).select_from(Payment).join(Receipt, Receipt.id == Payment.receipt_id)
                 .where(Receipt.cash_shift_id.in_(_shift_ids(day)), *where))
    outside = (sa.select(*columns).select_from(Payment).outerjoin(Receipt, Receipt.id == Payment.receipt_id)
               .where(Payment.payment_date == day, Receipt.cash_shift_id.is_(None), *where))
    return sa.union_all(in_shifts, outside)
