"""Fibre measurements taken at an installation: the ONT's received optical
power (dBm) and the speed test, checked as plain values. What is wrong comes
back as a declared :class:`~ispdesk.domain.messages.Message` (translated where
it is shown), never as English text."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ispdesk.domain.messages import Message, message, speaks_indonesian

#: A healthy GPON received power lies between these (dBm); outside it is warned.
SIGNAL_BEST = Decimal("-8")
SIGNAL_WORST = Decimal("-27")
#: What an ONT can report at all; beyond it the value was mistyped.
SIGNAL_RANGE = (Decimal("-50"), Decimal("5"))
#: The largest speed-test figure accepted (Mbps).
MAX_SPEED = Decimal("100000")

TOO_STRONG = message("installation.signal_too_strong",
                     "Signal {level} dBm is too strong (above {limit} dBm): check the attenuation.")
TOO_WEAK = message("installation.signal_too_weak",
                   "Signal {level} dBm is too weak (below {limit} dBm): check the splices and connectors.")
NOT_A_NUMBER = message("installation.not_a_number", "{text} is not a number.")
SIGNAL_MISSING = message("installation.signal_missing", "Enter the signal level the ONT shows (dBm).")
SIGNAL_IMPOSSIBLE = message("installation.signal_impossible",
                            "A signal level is between {low} and {high} dBm; {level} is a typing error.")
SPEED_IMPOSSIBLE = message("installation.speed_impossible", "A speed is between 0 and {high} Mbps.")


class NotANumber(ValueError):
    """A typed measurement that is not a number; ``message`` says so."""

    def __init__(self, text: str) -> None:
        self.message: Message = NOT_A_NUMBER(text=text)
        super().__init__(self.message.code)

    def __str__(self) -> str:
        return self.message.render()


@dataclass(frozen=True)
class Figure:
    """A measured figure inside a message, written when the message is shown:
    ``-19,5`` in Indonesian, ``-19.5`` in English, without trailing zeros
    (``value`` as measured and stored: ``-19.50``)."""

    value: Decimal

    def __str__(self) -> str:
        text = f"{self.value:f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return text.replace(".", ",") if speaks_indonesian() else text


def _decimal_text(value: Decimal) -> Figure:
    return Figure(value)


def signal_warning(level: Decimal | None) -> Message | None:
    """A warning when the signal is outside -8..-27 dBm (too strong or too weak), else None."""
    if level is None:
        return None
    if level > SIGNAL_BEST:
        return TOO_STRONG(level=_decimal_text(level), limit=_decimal_text(SIGNAL_BEST))
    if level < SIGNAL_WORST:
        return TOO_WEAK(level=_decimal_text(level), limit=_decimal_text(SIGNAL_WORST))
    return None


def parse_decimal(text: str | Decimal | None) -> Decimal | None:
    """A typed number ("-19,5" or "-19.5") as Decimal; None when empty; :class:`NotANumber` when not a number."""
    if text is None or isinstance(text, Decimal):
        return text
    value = text.strip().replace(",", ".")
    if not value:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise NotANumber(text.strip()) from None
    if not number.is_finite():
        raise NotANumber(text.strip())
    return number


def signal_problem(level: Decimal | None) -> Message | None:
    """Why a signal value cannot be stored (required, or outside what an ONT reports)."""
    if level is None:
        return SIGNAL_MISSING()
    low, high = SIGNAL_RANGE
    if not low <= level <= high:
        return SIGNAL_IMPOSSIBLE(low=_decimal_text(low), high=_decimal_text(high), level=_decimal_text(level))
    return None


def speed_problem(value: Decimal | None) -> Message | None:
    """Why a speed-test figure (Mbps) cannot be stored; empty is allowed."""
    if value is not None and not Decimal(0) <= value <= MAX_SPEED:
        return SPEED_IMPOSSIBLE(high=_decimal_text(MAX_SPEED))
    return None
