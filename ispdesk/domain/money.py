"""Money is ``Decimal`` everywhere; rounding happens here and nowhere else.

Amounts are Rupiah with two decimal places in storage (DECIMAL(15,2)), but the
office bills in whole Rupiah: totals shown to customers are rounded with
:func:`round_rupiah`.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from ispdesk.domain.messages import CarriesMessage, MessageTemplate, message

CENT = Decimal("0.01")
ONE = Decimal("1")
ZERO = Decimal("0.00")
#: DECIMAL(15,2) holds at most 13 digits before the point.
MAX_AMOUNT = Decimal("9999999999999.99")


FLOAT = message("money.float", "Money is never a float.")
NOT_AN_AMOUNT = message("money.not_an_amount", "{text} is not an amount; type it like 1.500.000.")
TOO_MANY_DECIMALS = message("money.too_many_decimals", "{text} has more than two decimal places (sen).")
TOO_LARGE = message("money.too_large", "{text} is too large an amount.")
EMPTY = message("money.empty", "The amount is empty.")


class MoneyError(CarriesMessage, ValueError):
    """An amount that cannot be money: not a number, too many decimals, too large.

    ``message`` says why (a :class:`~ispdesk.domain.messages.Message`, shown
    translated; ``code`` for tests and logic); ``str()`` is its text in the
    installed language."""

    def __init__(self, template: MessageTemplate = NOT_AN_AMOUNT, **values: Any) -> None:
        if template is NOT_AN_AMOUNT and "text" not in values:
            values["text"] = "This"
        super().__init__(template, **values)


def to_money(value: Decimal | int | str) -> Decimal:
    """Return ``value`` as an exact two-place Decimal, refusing floats and junk.

    Strings may use Indonesian grouping (``1.500.000`` or ``1.500.000,50``) or a
    plain point decimal (``1500000.50``).
    """
    if isinstance(value, bool) or isinstance(value, float):
        raise MoneyError(FLOAT)
    if isinstance(value, str):
        value = parse_rupiah(value)
    try:
        amount = Decimal(value)
    except (InvalidOperation, TypeError) as exc:
        raise MoneyError(NOT_AN_AMOUNT, text=str(value)) from exc
    if not amount.is_finite():
        raise MoneyError(NOT_AN_AMOUNT, text=str(value))
    if amount != amount.quantize(CENT, rounding=ROUND_HALF_UP):
        raise MoneyError(TOO_MANY_DECIMALS, text=str(value))
    amount = amount.quantize(CENT)
    if abs(amount) > MAX_AMOUNT:
        raise MoneyError(TOO_LARGE, text=str(value))
    return amount


def round_money(value: Decimal) -> Decimal:
    """Round a computed amount (a percentage, a proration) to the cent, half up."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def round_rupiah(value: Decimal) -> Decimal:
    """Round to whole Rupiah, half up, kept with two places (``1500.00``)."""
    return Decimal(value).quantize(ONE, rounding=ROUND_HALF_UP).quantize(CENT)


def parse_rupiah(text: str) -> Decimal:
    """Read what a cashier types: ``Rp 1.500.000``, ``1.500.000,50``, ``1500000``.

    A lone ``.`` followed by exactly three digits is a thousands separator (the
    Indonesian habit); ``,`` is the decimal comma. Raises :class:`MoneyError`.
    """
    cleaned = text.strip().replace("Rp", "").replace("rp", "").replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        raise MoneyError(EMPTY)
    negative = cleaned.startswith("-")
    if negative:
        cleaned = cleaned[1:]
    if "," in cleaned:
        whole, _, frac = cleaned.rpartition(",")
        whole = whole.replace(".", "")
    else:
        parts = cleaned.split(".")
        if len(parts) == 1:
            whole, frac = cleaned, ""
        elif all(len(p) == 3 for p in parts[1:]):
            whole, frac = "".join(parts), ""
        elif len(parts) == 2:
            whole, frac = parts
        else:
            raise MoneyError(NOT_AN_AMOUNT, text=text.strip())
    if not whole.isdigit() or (frac and not frac.isdigit()):
        raise MoneyError(NOT_AN_AMOUNT, text=text.strip())
    amount = Decimal(f"{whole}.{frac or '0'}")
    return -amount if negative else amount


def format_rupiah(value: Decimal | None, *, cents: bool | None = None) -> str:
    """``Decimal('1500000')`` -> ``'Rp 1.500.000'``; cents only when there are any."""
    if value is None:
        return ""
    amount = Decimal(value)
    show_cents = cents if cents is not None else amount != amount.to_integral_value()
    sign = "-" if amount < 0 else ""
    amount = abs(amount)
    whole = int(amount)
    grouped = f"{whole:,}".replace(",", ".")
    if show_cents:
        frac = (amount - whole).quantize(CENT)
        return f"{sign}Rp {grouped},{str(frac)[2:]}"
    return f"{sign}Rp {grouped}"
