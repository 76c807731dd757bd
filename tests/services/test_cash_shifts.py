"""Cash shifts: one open shift per cashier, blind close, variance, supervisor close, reports."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import AuditLog
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.actor import Actor
from ispdesk.domain.errors import ConflictError, PermissionDenied, ValidationError
from ispdesk.services import audit
from ispdesk.services.cash_shifts import (close_shift, current_shift, daily_report, open_shift, open_shifts,
                                          shift_report)
from ispdesk.services.voids import void_receipt
from tests.reliability.cashier_data import (NOW, TODAY, add_actor, add_customer, add_invoices, counts, pay, request,
                                            start_shift)

D = Decimal


def close(db: Database, actor, shift_id: int, counted: dict[int, int], notes: str = ""):
    return write(db, lambda s: close_shift(s, actor, shift_id, counted, notes=notes,
                                           now=datetime(2026, 11, 24, 17, 0)),
                 info=audit.actor_info(actor, "cash_shifts"))


def test_open_shift_once_and_refuse_bad_float(db: Database) -> None:
    cashier = add_actor(db, "kasir1", "cashier")
    assert read(db, lambda s: current_shift(s, cashier)) is None
    shift = start_shift(db, cashier, "500000")
    assert shift.shift_number == "SHF-202611-000001" and shift.cashier_name == "Kasir1"
    assert read(db, lambda s: current_shift(s, cashier)) == shift
    before = counts(db)
    with pytest.raises(ValidationError) as info:
        start_shift(db, cashier)
    assert info.value.codes == {"": "shifts.already_open"}
    assert info.value.errors[""].params == {"shift": "SHF-202611-000001"}
    other = add_actor(db, "kasir2", "cashier")
    before = counts(db)
    for bad, code in (("-1", "shifts.negative_float"), ("abc", "money.not_an_amount")):
        with pytest.raises(ValidationError) as info:
            write(db, lambda s: open_shift(s, other, bad))
        assert info.value.codes == {"opening_float": code}
    assert counts(db) == before
    with pytest.raises(PermissionDenied) as system:      # the command line has no drawer
        write(db, lambda s: open_shift(s, Actor.system(), "0"))
    assert system.value.code == "shifts.not_a_user"
    start_shift(db, other, "0")
    assert [s.cashier_name for s in read(db, lambda s: open_shifts(s, other))] == ["Kasir1", "Kasir2"]


def test_blind_close_shows_expected_counted_and_variance(db: Database) -> None:
    cashier = add_actor(db, "kasir1", "cashier")
    shift = start_shift(db, cashier, "500000")
    customer = add_customer(db)
    add_invoices(db, customer, ["250000", "300000", "150000"])
    pay(db, cashier, request(customer, "300000", allow_partial=True))                      # 250k + 50k
    pay(db, cashier, request(customer, "300000", "transfer", reference="BCA-1", allow_partial=True))
    pay(db, cashier, request(customer, "200000", allow_partial=True))                       # 100k + 100k change
    with pytest.raises(PermissionDenied) as peek:  # the cashier cannot peek at the expected cash
        read(db, lambda s: shift_report(s, cashier, shift.shift_id))
    assert peek.value.code == "shifts.still_open"
    counted = {100_000: 7, 50_000: 2, 2_000: 1}                                             # 802,000
    report = close(db, cashier, shift.shift_id, counted, notes="selisih Rp 2.000")
    assert report.expected_cash == D("900000.00") and report.cash_in == D("400000.00")
    assert (report.counted_cash, report.variance) == (D("802000.00"), D("-98000.00"))
    assert dict(report.totals_by_method) == {"cash": D("400000.00"), "transfer": D("300000.00")}
    assert [p.amount for p in report.payments] == [D("300000.00"), D("300000.00"), D("200000.00")]
    assert report.counted[0] == (100_000, 7) and dict(report.counted)[500] == 0
    assert report.closed_by == "Kasir1" and report.notes == "selisih Rp 2.000"
    assert read(db, lambda s: current_shift(s, cashier)) is None
    with pytest.raises(ConflictError) as again:
        close(db, cashier, shift.shift_id, counted)
    assert again.value.code == "shifts.already_closed"
    with pytest.raises(ValidationError) as no_cash:   # no cash once the shift is closed
        pay(db, cashier, request(customer, "1000", allow_partial=True))
    assert no_cash.value.codes == {"method": "payments.no_shift"}
    assert read(db, lambda s: shift_report(s, cashier, shift.shift_id)).variance == D("-98000.00")


def test_bad_count_is_refused(db: Database) -> None:
    cashier = add_actor(db, "kasir1", "cashier")
    shift = start_shift(db, cashier)
    before = counts(db)
    for bad, code in (({300: 1}, "shifts.not_counted"), ({1000: -1}, "shifts.bad_count"),
                      ({1000: "3"}, "shifts.bad_count")):
        with pytest.raises(ValidationError) as info:
            close(db, cashier, shift.shift_id, bad)
        assert info.value.codes == {"counts": code}
    assert counts(db) == before and read(db, lambda s: current_shift(s, cashier)) is not None


def test_supervisor_closes_another_cashiers_shift_a_cashier_cannot(db: Database) -> None:
    kasir1 = add_actor(db, "kasir1", "cashier")
    kasir2 = add_actor(db, "kasir2", "cashier")
    boss = add_actor(db, "spv1", "supervisor")
    shift = start_shift(db, kasir1, "100000")
    with pytest.raises(PermissionDenied) as refused:
        close(db, kasir2, shift.shift_id, {100_000: 1})
    assert refused.value.code == "shifts.not_yours"
    x_report = read(db, lambda s: shift_report(s, boss, shift.shift_id))
    assert x_report.closed_at is None and x_report.expected_cash == D("100000.00")
    report = close(db, boss, shift.shift_id, {100_000: 1})
    assert (report.variance, report.closed_by, report.cashier_name) == (D("0.00"), "Spv1", "Kasir1")
    audit_rows = read(db, lambda s: s.execute(sa.select(AuditLog.user_id, AuditLog.action).where(
        AuditLog.model_type == "cash_shifts")).all())
    assert (boss.user_id, "update") in audit_rows and (kasir1.user_id, "create") in audit_rows


def test_void_shows_on_z_report_and_daily_report_sums_shifts(db: Database) -> None:
    kasir1 = add_actor(db, "kasir1", "cashier")
    kasir2 = add_actor(db, "kasir2", "cashier")
    boss = add_actor(db, "spv1", "supervisor")
    s1, s2 = start_shift(db, kasir1, "100000"), start_shift(db, kasir2, "200000")
    customer = add_customer(db)
    add_invoices(db, customer, ["250000", "250000"])
    kept = pay(db, kasir1, request(customer, "250000", allow_partial=True))
    voided = pay(db, kasir2, request(customer, "250000", allow_partial=True))
    write(db, lambda s: void_receipt(s, kasir2, voided.receipt_id, supervisor=boss, reason="double entry",
                                     refund=True, now=NOW), info=audit.actor_info(kasir2, "payments"))
    r1 = close(db, kasir1, s1.shift_id, {100_000: 3, 50_000: 1})
    r2 = close(db, kasir2, s2.shift_id, {100_000: 2})
    assert (r1.expected_cash, r1.variance) == (D("350000.00"), D("0.00"))
    assert r2.expected_cash == D("200000.00") and r2.cash_in == D("0.00")
    assert [(v.receipt_number, v.status, v.reason, v.approved_by) for v in r2.voids] == [
        (voided.receipt_number, "refunded", "double entry", "Spv1")]
    with pytest.raises(PermissionDenied) as refused:
        read(db, lambda s: daily_report(s, kasir1, TODAY))
    assert refused.value.code == "permission.denied"
    day = read(db, lambda s: daily_report(s, boss, NOW.date()))
    assert [s.shift_number for s in day.shifts] == [s1.shift_number, s2.shift_number]
    assert (day.expected_cash, day.counted_cash, day.variance) == (D("550000.00"), D("550000.00"), D("0.00"))
    assert dict(day.totals_by_method) == {"cash": D("250000.00")}


def test_a_counted_shift_keeps_its_cash_receipts_from_being_voided(db: Database) -> None:
    kasir1 = add_actor(db, "kasir1", "cashier")
    boss = add_actor(db, "spv1", "supervisor")
    shift = start_shift(db, kasir1, "0")
    customer = add_customer(db)
    add_invoices(db, customer, ["250000"])
    posted = pay(db, kasir1, request(customer, "250000"))
    close(db, kasir1, shift.shift_id, {100_000: 2, 50_000: 1})
    with pytest.raises(ValidationError) as info:
        write(db, lambda s: void_receipt(s, kasir1, posted.receipt_id, supervisor=boss, reason="late", refund=False,
                                         now=NOW), info=audit.actor_info(kasir1, "payments"))
    assert info.value.codes == {"": "voids.shift_closed"}
    assert info.value.errors[""].params == {"shift": shift.shift_number}


def test_the_daily_report_is_of_the_office_day_unless_another_is_asked(db: Database, office_clock) -> None:
    """Without a day the report is of the office's today: pinned at 23:59:58 on the last day of a
    month, the shift just opened is in it, and two seconds later it belongs to yesterday's."""
    kasir1 = add_actor(db, "kasir1", "cashier")
    boss = add_actor(db, "spv1", "supervisor")
    office_clock.pin(datetime(2027, 2, 28, 23, 59, 58))
    opened = write(db, lambda s: open_shift(s, kasir1, D("100000")), info=audit.actor_info(kasir1, "cash_shifts"))
    assert opened.opened_at == datetime(2027, 2, 28, 23, 59, 58)
    assert [s.shift_number for s in read(db, lambda s: daily_report(s, boss)).shifts] == [opened.shift_number]
    office_clock.advance(seconds=2)
    assert read(db, lambda s: daily_report(s, boss)).shifts == ()
    assert read(db, lambda s: daily_report(s, boss)).day == office_clock.today()
