from decimal import Decimal

import pytest

from ispdesk.domain.money import MoneyError, format_rupiah, parse_rupiah, round_money, round_rupiah, to_money


@pytest.mark.parametrize("text, expected", [
    ("1.500.000", Decimal("1500000")),
    ("Rp 1.500.000", Decimal("1500000")),
    ("1500000", Decimal("1500000")),
    ("1.500.000,50", Decimal("1500000.50")),
    ("1500000.50", Decimal("1500000.50")),
    ("250,5", Decimal("250.5")),
    ("-75.000", Decimal("-75000")),
])
def test_parse_what_a_cashier_types(text, expected):
    assert parse_rupiah(text) == expected


@pytest.mark.parametrize("text, code", [("", "money.empty"), ("abc", "money.not_an_amount"),
                                        ("12abc", "money.not_an_amount"), ("1.2.3", "money.not_an_amount"),
                                        ("1,2,3", "money.not_an_amount"), ("Rp", "money.empty")])
def test_parse_refuses_junk(text, code):
    with pytest.raises(MoneyError) as info:
        parse_rupiah(text)
    assert info.value.code == code


def test_to_money_is_exact_and_refuses_float_and_fractions_of_a_cent():
    assert to_money("166.500") == Decimal("166500.00")
    assert to_money(Decimal("0.10")) + to_money(Decimal("0.20")) == Decimal("0.30")
    with pytest.raises(MoneyError) as info:
        to_money(0.1)
    assert info.value.code == "money.float"
    with pytest.raises(MoneyError) as info:
        to_money(Decimal("1.005"))
    assert info.value.code == "money.too_many_decimals" and info.value.message.params == {"text": "1.005"}
    with pytest.raises(MoneyError) as info:
        to_money(Decimal("10000000000000"))
    assert info.value.code == "money.too_large"


def test_rounding_happens_half_up():
    assert round_money(Decimal("0.005")) == Decimal("0.01")
    assert round_rupiah(Decimal("18315.5")) == Decimal("18316.00")
    assert round_rupiah(Decimal("18315.49")) == Decimal("18315.00")


@pytest.mark.parametrize("amount, text", [
    (Decimal("1500000"), "Rp 1.500.000"),
    (Decimal("1500000.00"), "Rp 1.500.000"),
    (Decimal("0"), "Rp 0"),
    (Decimal("999.5"), "Rp 999,50"),
    (Decimal("-25000"), "-Rp 25.000"),
])
def test_format_rupiah(amount, text):
    assert format_rupiah(amount) == text
