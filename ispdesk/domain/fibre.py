"""Fibre measurements taken at an installation: the ONT's received optical
power (dBm) and the speed test, checked as plain values."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

#: A healthy GPON received power lies between these (dBm); outside it is warned.
SIGNAL_BEST = Decimal("-8")
SIGNAL_WORST = Decimal("-27")
#: What an ONT can report at all; beyond it the value was mistyped.
SIGNAL_RANGE = (Decimal("-50"), Decimal("5"))
#: The largest speed-test figure accepted (Mbps).
MAX_SPEED = Decimal("100000")


def signal_warning(level: Decimal | None) -> str | None:
    """A warning when the signal is outside -8..-27 dBm (too strong or too weak), else None."""
    if level is None:
        return None
    if level > SIGNAL_BEST:
        return f"Signal {level} dBm is too strong (above {SIGNAL_BEST} dBm): check the attenuation."
    if level < SIGNAL_WORST:
        return f"Signal {level} dBm is too weak (below {SIGNAL_WORST} dBm): check the splices and connectors."
    return None


def parse_decimal(text: str | Decimal | None, what: str) -> Decimal | None:
    """A typed number ("-19,5" or "-19.5") as Decimal; None when empty; ValueError when not a number."""
    if text is None or isinstance(text, Decimal):
        return text
    value = text.strip().replace(",", ".")
    if not value:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ValueError(f"{what} must be a number, not {text.strip()}.") from None
    if not number.is_finite():
        raise ValueError(f"{what} must be a number, not {text.strip()}.")
    return number


def signal_problem(level: Decimal | None) -> str | None:
    """Why a signal value cannot be stored (required, or outside what an ONT reports)."""
    if level is None:
        return "Enter the signal level the ONT shows (dBm)."
    low, high = SIGNAL_RANGE
    if not low <= level <= high:
        return f"A signal level is between {low} and {high} dBm; {level} is a typing error."
    return None


def speed_problem(value: Decimal | None) -> str | None:
    """Why a speed-test figure (Mbps) cannot be stored; empty is allowed."""
    if value is not None and not Decimal(0) <= value <= MAX_SPEED:
        return f"A speed is between 0 and {MAX_SPEED} Mbps."
    return None
