"""Signal level and speed-test values typed at an installation."""
from __future__ import annotations

from decimal import Decimal

import pytest

from ispdesk.domain import fibre


@pytest.mark.parametrize("level, warned", [
    ("-8", None), ("-27", None), ("-19.5", None),
    ("-7.99", "too strong"), ("-27.01", "too weak"), ("-35", "too weak"),
])
def test_signal_is_warned_outside_minus_8_to_minus_27_dbm(level: str, warned: str | None) -> None:
    message = fibre.signal_warning(Decimal(level))
    assert (message is None) if warned is None else (warned in (message or ""))


def test_typed_numbers_and_impossible_values() -> None:
    assert fibre.parse_decimal(" -19,5 ", "Signal") == Decimal("-19.5")
    assert fibre.parse_decimal("", "Signal") is None
    for bad in ("abc", "NaN", "inf"):
        with pytest.raises(ValueError, match="Signal must be a number"):
            fibre.parse_decimal(bad, "Signal")
    assert fibre.signal_problem(None) == "Enter the signal level the ONT shows (dBm)."
    assert "typing error" in (fibre.signal_problem(Decimal("-195")) or "")
    assert fibre.signal_problem(Decimal("-50")) is None
    assert fibre.speed_problem(Decimal("-1")) and fibre.speed_problem(None) is None
