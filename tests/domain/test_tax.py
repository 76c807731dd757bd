from decimal import Decimal

import pytest

from ispdesk.domain.errors import ValidationError
from ispdesk.domain.tax import TaxedAmount, TaxRule, apply_tax

EXCLUSIVE = TaxRule()
INCLUSIVE = TaxRule(prices_include_tax=True)
NON_PKP = TaxRule(pkp=False)


def taxed(subtotal, base, tax, total):
    return TaxedAmount(*(Decimal(v) for v in (subtotal, base, tax, total)))


# Computed by hand: DPP = round(price * 11/12), PPN = round(DPP * 12 %), half up.
@pytest.mark.parametrize("price, expected", [
    ("100000", taxed(100000, 91667, 11000, 111000)),      # DPP 91,666.67; PPN 11,000.04
    ("150000", taxed(150000, 137500, 16500, 166500)),     # exact
    ("250000", taxed(250000, 229167, 27500, 277500)),     # DPP 229,166.67; PPN 27,500.04
    ("350000", taxed(350000, 320833, 38500, 388500)),     # DPP 320,833.33; PPN 38,499.96 rounds up
    ("199999", taxed(199999, 183332, 22000, 221999)),     # DPP 183,332.42; PPN 21,999.84
    ("12345", taxed(12345, 11316, 1358, 13703)),          # DPP 11,316.25; PPN 1,357.92
    ("6", taxed(6, 6, 1, 7)),                             # DPP 5.5 rounds half up; PPN 0.72
    ("18", taxed(18, 17, 2, 20)),                         # DPP 16.5 -> 17; PPN 2.04
    ("5", taxed(5, 5, 1, 6)),                             # PPN 0.60 -> 1
    ("1", taxed(1, 1, 0, 1)),                             # PPN 0.12 -> 0
    ("0", taxed(0, 0, 0, 0)),
    ("100000.50", taxed(100001, 91668, 11000, 111001)),   # the price itself is rounded to the Rupiah first
])
def test_tax_exclusive_table(price, expected):
    assert apply_tax(Decimal(price), EXCLUSIVE) == expected


# The amount is the total; subtotal + PPN == total always.
@pytest.mark.parametrize("total, expected", [
    ("111000", taxed(100000, 91667, 11000, 111000)),     # the same invoice as 100,000 exclusive
    ("166500", taxed(150000, 137500, 16500, 166500)),
    ("100000", taxed(90090, 82583, 9910, 100000)),       # 100,000 / 1.11 = 90,090.09; DPP 82,582.5 -> 82,583
    # 15 / 1.11 = 13.51 -> 14; 14 + round(round(12.83) * 12 %) = 14 + 1 = 15
    ("15", taxed(14, 13, 1, 15)),
    # 5 is unreachable (4 -> 4, 5 -> 6): subtotal round(5 / 1.11) = 5, PPN is the remainder 0
    ("5", taxed(5, 5, 0, 5)),
])
def test_tax_inclusive_table(total, expected):
    assert apply_tax(Decimal(total), INCLUSIVE) == expected


def test_inclusive_and_exclusive_agree_whenever_a_subtotal_reaches_the_total():
    for subtotal in range(0, 3000, 7):
        forward = apply_tax(Decimal(subtotal), EXCLUSIVE)
        assert apply_tax(forward.total, INCLUSIVE) == forward
    for total in range(0, 3000):
        back = apply_tax(Decimal(total), INCLUSIVE)
        assert back.subtotal + back.tax == back.total == total
        assert abs(back.tax - (back.tax_base * Decimal("0.12")).quantize(Decimal(1))) <= 1


@pytest.mark.parametrize("rule", [NON_PKP, TaxRule(pkp=False, prices_include_tax=True)])
def test_non_pkp_charges_no_ppn(rule):
    assert apply_tax(Decimal("150000.40"), rule) == taxed(150000, 0, 0, 150000)


def test_credit_amounts_are_symmetric():
    assert apply_tax(Decimal("-100000"), EXCLUSIVE) == taxed(-100000, -91667, -11000, -111000)


def test_rule_from_settings_strings():
    rule = TaxRule.from_settings({
        "tax.pkp": "true", "tax.rate": "12", "tax.base_numerator": "11",
        "tax.base_denominator": "12", "tax.prices_include_tax": "false",
    })
    assert rule == TaxRule()
    assert rule.effective_rate == Decimal("0.11")
    assert TaxRule.from_settings({}) == TaxRule()
    assert TaxRule.from_settings({"tax.pkp": "false"}).pkp is False
    assert TaxRule.from_settings({"tax.prices_include_tax": "1"}).prices_include_tax is True
    old = TaxRule.from_settings({"tax.rate": "11", "tax.base_numerator": "1", "tax.base_denominator": "1"})
    assert apply_tax(Decimal("100000"), old) == taxed(100000, 100000, 11000, 111000)


@pytest.mark.parametrize("settings, codes", [
    ({"tax.rate": "dua belas"}, {"tax.rate": "tax.not_a_number"}),
    ({"tax.rate": "150"}, {"tax.rate": "tax.rate_range"}),
    ({"tax.base_denominator": "0"}, {"tax.base_numerator": "tax.base_fraction"}),
    ({"tax.base_numerator": "13"}, {"tax.base_numerator": "tax.base_fraction"}),
])
def test_bad_settings_are_refused_with_the_key(settings, codes):
    with pytest.raises(ValidationError) as caught:
        TaxRule.from_settings(settings)
    assert caught.value.codes == codes
