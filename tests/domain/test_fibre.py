"""Signal level and speed-test values typed at an installation."""
from __future__ import annotations

from decimal import Decimal

import pytest

from ispdesk.domain import fibre


@pytest.mark.parametrize("level, warned", [
    ("-8", None), ("-27", None), ("-19.5", None),
    ("-7.99", "installation.signal_too_strong"), ("-27.01", "installation.signal_too_weak"),
    ("-35", "installation.signal_too_weak"),
])
def test_signal_is_warned_outside_minus_8_to_minus_27_dbm(level: str, warned: str | None) -> None:
    message = fibre.signal_warning(Decimal(level))
    assert (message is None) if warned is None else (message is not None and message.code == warned)
    if message is not None:
        assert message.params["level"].value == Decimal(level)      # the level as measured, not rounded


def test_a_figure_is_written_the_way_the_language_writes_numbers() -> None:
    from ispdesk.domain.messages import install_translator, render
    warning = fibre.signal_warning(Decimal("-28.4"))
    assert warning is not None
    try:
        install_translator(None, indonesian=True)
        assert render(warning).startswith("Signal -28,4 dBm") and "-27 dBm" in render(warning)
        install_translator(None, indonesian=False)
        assert render(warning).startswith("Signal -28.4 dBm")
    finally:
        install_translator(None)


def test_typed_numbers_and_impossible_values() -> None:
    assert fibre.parse_decimal(" -19,5 ") == Decimal("-19.5")
    assert fibre.parse_decimal("") is None
    for bad in ("abc", "NaN", "inf"):
        with pytest.raises(fibre.NotANumber) as info:
            fibre.parse_decimal(bad)
        assert info.value.message.code == "installation.not_a_number"
        assert info.value.message.params == {"text": bad}
    assert fibre.signal_problem(None).code == "installation.signal_missing"
    assert fibre.signal_problem(Decimal("-195")).code == "installation.signal_impossible"
    assert fibre.signal_problem(Decimal("-50")) is None
    assert fibre.speed_problem(Decimal("-1")).code == "installation.speed_impossible"
    assert fibre.speed_problem(None) is None


def test_a_stored_level_is_shown_without_its_trailing_zeros() -> None:
    assert str(fibre.Figure(Decimal("-28.40"))) == "-28.4"
    assert str(fibre.Figure(Decimal("-27"))) == "-27" and str(fibre.Figure(Decimal("100000"))) == "100000"
