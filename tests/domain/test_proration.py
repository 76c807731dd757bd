from datetime import date
from decimal import Decimal

import pytest

from ispdesk.domain.proration import (Charge, Period, Stub, add_months, due_charges, first_billing_date,
                                      first_billing_day, month_name_id, next_billing_after, stub_before)


def test_months_move_and_keep_the_day_or_the_months_last():
    assert add_months(date(2026, 11, 15), 1) == date(2026, 12, 15)
    assert add_months(date(2026, 12, 5), 1) == date(2027, 1, 5)
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2026, 3, 10), -3) == date(2025, 12, 10)


def test_period_runs_to_the_day_before_the_same_day_next_month():
    period = Period.starting(date(2026, 11, 25))
    assert (period.end, period.label, period.days) == (date(2026, 12, 24), "2026-11", 30)
    assert Period.starting(date(2027, 2, 1)).days == 28
    assert month_name_id(date(2026, 11, 25)) == "November 2026"


def test_first_billing_day_on_or_after():
    assert first_billing_day(date(2026, 11, 10), 1) == date(2026, 12, 1)
    assert first_billing_day(date(2026, 11, 10), 10) == date(2026, 11, 10)
    assert first_billing_day(date(2026, 11, 10), 25) == date(2026, 11, 25)
    with pytest.raises(ValueError):
        first_billing_day(date(2026, 11, 10), 31)


# Hand-computed: stub days / days of the month-period they belong to, times the price, whole Rupiah half up.
@pytest.mark.parametrize("activated, billing_day, days, period_days, amount", [
    (date(2026, 11, 10), 1, 21, 30, Decimal("105000.00")),    # 10-30 Nov of the 30-day Nov: 150,000 * 21/30
    (date(2026, 11, 10), 25, 15, 31, Decimal("72581.00")),    # 10-24 Nov of 25 Oct-24 Nov: 72,580.645
    (date(2027, 2, 20), 1, 9, 28, Decimal("48214.00")),       # 20-28 Feb: 150,000 * 9/28 = 48,214.29
    (date(2026, 12, 31), 1, 1, 31, Decimal("4839.00")),       # one day of December: 4,838.71
])
def test_stub_is_prorated_by_the_days_of_its_month(activated, billing_day, days, period_days, amount):
    stub = stub_before(activated, billing_day)
    assert (stub.days, stub.period_days) == (days, period_days)
    assert stub.amount(Decimal("150000")) == amount


def test_no_stub_on_the_billing_day():
    assert stub_before(date(2026, 11, 10), 10) is None


def test_first_invoice_joins_stub_and_first_full_period():
    charges = due_charges(next_billing_date=date(2026, 11, 10), billing_day=25, run_date=date(2026, 11, 10),
                          activated_at=date(2026, 11, 10), first_invoice=True)
    assert charges == [Charge(Period.starting(date(2026, 11, 25)),
                              Stub(date(2026, 11, 10), date(2026, 11, 24), 31))]
    assert charges[0].period.label == "2026-11"
    assert (charges[0].start, charges[0].end) == (date(2026, 11, 10), date(2026, 12, 24))
    assert next_billing_after(charges) == date(2026, 12, 25)


def test_first_invoice_when_next_billing_date_was_set_to_the_billing_day():
    charges = due_charges(next_billing_date=date(2026, 12, 1), billing_day=1, run_date=date(2026, 12, 1),
                          activated_at=date(2026, 11, 10), first_invoice=True)
    assert charges[0].stub == Stub(date(2026, 11, 10), date(2026, 11, 30), 30)
    assert charges[0].period.label == "2026-12"


def test_old_activation_is_not_billed_backwards():
    charges = due_charges(next_billing_date=date(2026, 12, 1), billing_day=1, run_date=date(2026, 12, 1),
                          activated_at=date(2025, 3, 10), first_invoice=True)
    assert charges == [Charge(Period.starting(date(2026, 12, 1)))]


def test_nothing_is_due_before_the_next_billing_date():
    assert due_charges(next_billing_date=date(2026, 12, 1), billing_day=1, run_date=date(2026, 11, 30)) == []


def test_regular_run_bills_one_period_and_catches_up_missed_ones():
    one = due_charges(next_billing_date=date(2026, 11, 5), billing_day=5, run_date=date(2026, 11, 25))
    assert one == [Charge(Period.starting(date(2026, 11, 5)))]
    behind = due_charges(next_billing_date=date(2026, 9, 5), billing_day=5, run_date=date(2026, 11, 25))
    assert [c.period.label for c in behind] == ["2026-09", "2026-10", "2026-11"]
    assert next_billing_after(behind) == date(2026, 12, 5)
    capped = due_charges(next_billing_date=date(2024, 1, 5), billing_day=5, run_date=date(2026, 11, 25), limit=12)
    assert len(capped) == 12 and next_billing_after(capped) == date(2025, 1, 5)


def test_changed_billing_day_bills_the_gap_as_a_stub():
    charges = due_charges(next_billing_date=date(2026, 11, 5), billing_day=20, run_date=date(2026, 11, 25))
    assert charges[0].stub == Stub(date(2026, 11, 5), date(2026, 11, 19), 31)
    assert charges[0].period.start == date(2026, 11, 20)


def test_billing_starts_the_day_after_the_prepaid_term_or_on_the_first_billing_day():
    assert first_billing_date(date(2026, 11, 20), 1) == date(2026, 12, 1)
    assert first_billing_date(date(2026, 11, 20), 1, 2) == date(2027, 1, 20)
    assert first_billing_date(date(2027, 1, 31), 1, 1) == date(2027, 3, 1)     # 31 Jan-28 Feb prepaid
    assert first_billing_date(date(2028, 1, 31), 1, 1) == date(2028, 3, 1)     # 31 Jan-29 Feb prepaid
    with pytest.raises(ValueError):
        first_billing_date(date(2027, 1, 31), 1, -1)


def test_installed_31_january_with_february_prepaid_is_billed_from_1_march():
    """The issue's case: the first invoice started at 31 Jan and billed February again."""
    charges = due_charges(next_billing_date=date(2027, 3, 1), billing_day=28, run_date=date(2027, 3, 1),
                          activated_at=date(2027, 1, 31), first_invoice=True)
    assert charges == [Charge(Period.starting(date(2027, 3, 28)), Stub(date(2027, 3, 1), date(2027, 3, 27), 28))]


def test_installed_on_the_29th_to_31st_without_prepaid_bills_from_the_installation():
    charges = due_charges(next_billing_date=date(2027, 2, 28), billing_day=28, run_date=date(2027, 2, 28),
                          activated_at=date(2027, 1, 31), first_invoice=True)
    assert charges[0].stub == Stub(date(2027, 1, 31), date(2027, 2, 27), 31)
