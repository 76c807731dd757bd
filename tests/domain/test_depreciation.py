"""Straight-line depreciation: the book value of an asset on any day."""
from datetime import date
from decimal import Decimal

import pytest

from ispdesk.domain.depreciation import current_value, depreciation

PRICE = Decimal("36500000.00")


@pytest.mark.parametrize(("on", "expected"), [
    (date(2025, 1, 1), Decimal("36500000.00")),    # the purchase day
    (date(2024, 6, 1), Decimal("36500000.00")),    # before it was bought
    (date(2025, 1, 2), Decimal("36490000.00")),    # one day at 10 %/year = 10.000/day
    (date(2026, 1, 1), Decimal("32850000.00")),    # one year: 10 % gone
    (date(2030, 1, 1), Decimal("18240000.00")),    # five years incl. a leap day: 1826 days
    (date(2034, 12, 31), Decimal("0.00")),        # ten years later: nothing left
    (date(2045, 1, 1), Decimal("0.00")),           # never below zero
])
def test_value_falls_by_the_yearly_rate_per_day(on: date, expected: Decimal) -> None:
    assert current_value(PRICE, Decimal("10.00"), date(2025, 1, 1), on) == expected


def test_rounds_to_whole_rupiah_half_up() -> None:
    # 1.000.000 * 25 % / 365 * 1 day = 684.93… -> 685
    assert depreciation(Decimal("1000000"), Decimal("25"), date(2026, 1, 1), date(2026, 1, 2)) == Decimal("685.00")


def test_without_rate_or_date_the_price_stands_and_without_price_nothing_is_known() -> None:
    assert current_value(PRICE, None, date(2025, 1, 1), date(2030, 1, 1)) == PRICE
    assert current_value(PRICE, Decimal("10"), None, date(2030, 1, 1)) == PRICE
    assert current_value(PRICE, Decimal("0"), date(2025, 1, 1), date(2030, 1, 1)) == PRICE
    assert current_value(None, Decimal("10"), date(2025, 1, 1), date(2030, 1, 1)) is None


def test_value_is_exact_decimal() -> None:
    value = current_value(Decimal("12345678.90"), Decimal("33.33"), date(2025, 3, 1), date(2026, 7, 15))
    assert isinstance(value, Decimal) and value == value.quantize(Decimal("1.00"))
