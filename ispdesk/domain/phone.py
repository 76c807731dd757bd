"""Indonesian phone numbers: ``0812-3456-789``, ``62812…`` and ``+62 812…`` all become ``+62812…``."""
from __future__ import annotations

import re

from ispdesk.domain.messages import CarriesMessage, message

_SEPARATORS = re.compile(r"[\s\-().]")


PREFIX = message("phone.prefix", "Type the number as 08…, 62… or +62….")
DIGITS_ONLY = message("phone.digits_only", "A phone number has digits only.")
LENGTH = message("phone.length", "An Indonesian number has 9 to 14 digits after the leading 0.")


class PhoneError(CarriesMessage, ValueError):
    """Not a phone number an Indonesian subscriber can be called on; ``message`` says why."""


def normalize_phone(text: str) -> str:
    """``'0812 3456 7890'`` -> ``'+6281234567890'``; raises :class:`PhoneError`."""
    digits = _SEPARATORS.sub("", text or "")
    if digits.startswith("+62"):
        national = digits[3:]
    elif digits.startswith("62"):
        national = digits[2:]
    elif digits.startswith("0"):
        national = digits[1:]
    else:
        raise PhoneError(PREFIX())
    if not national.isdigit():
        raise PhoneError(DIGITS_ONLY())
    if national.startswith("0") or not 8 <= len(national) <= 13:
        raise PhoneError(LENGTH())
    return "+62" + national


def local_form(phone: str) -> str:
    """``'+6281234567890'`` -> ``'081234567890'`` (how older records keep it)."""
    return "0" + phone[3:] if phone.startswith("+62") else phone
