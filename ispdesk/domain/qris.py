"""QRIS (Indonesia's EMV merchant-presented QR): read a static payload, make a dynamic one.

A payload is a run of TLV fields: a two-digit tag, a two-digit length and the
value. Tag 01 says static (``11``) or dynamic (``12``), tag 54 carries the
amount and tag 63, always last, the CRC-16/CCITT-FALSE of everything before
its value (``…6304`` included) as four upper-case hex digits.

:func:`parse` checks a merchant's static string; :func:`dynamic_payload` keeps
every merchant field of it and adds the amount, so a customer who scans the
invoice pays exactly what is due.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ispdesk.domain.messages import CarriesMessage, message, word

#: Tags a merchant-presented QRIS must carry (besides 00, 01 and 63).
REQUIRED_TAGS = {"52": "Merchant category code", "53": "Currency", "58": "Country code",
                 "59": "Merchant name", "60": "Merchant city"}
#: Merchant account information templates (the acquirer and the NMID live here).
MERCHANT_ACCOUNT_TAGS = tuple(f"{n:02d}" for n in range(26, 52))
#: Templates whose value is itself a run of TLV fields.
TEMPLATE_TAGS = frozenset(MERCHANT_ACCOUNT_TAGS + ("62", "64"))
RUPIAH = "360"
MAX_AMOUNT_DIGITS = 13


NOT_TLV = message("qris.not_tlv", "This is not a QRIS code: a tag and a length were expected at position "
                                  "{position}.")
NOT_TLV_IN = message("qris.not_tlv_in", "Tag {tag} of the QRIS code is not a run of fields: a tag and a length "
                                        "were expected at position {position}.")
CUT_SHORT = message("qris.cut_short", "The QRIS code is cut short: tag {tag} says {length} characters, "
                                      "only {found} follow.")
VALUE_TOO_LONG = message("qris.value_too_long", "Tag {tag} of the QRIS code is longer than 99 characters.")
EMPTY = message("qris.empty", "The QRIS string is empty.")
BAD_START = message("qris.bad_start", "This is not a QRIS code: it must start with 000201 (payload format 01).")
NO_CRC = message("qris.no_crc", "The QRIS string must end with its CRC (tag 63, four hex digits).")
DUPLICATE_TAGS = message("qris.duplicate_tags", "Tag {tags} appears more than once in the QRIS code.")
CRC_MISMATCH = message("qris.crc_mismatch", "The CRC of the QRIS code does not match (the string says {stated}, "
                                            "its content gives {computed}): it was changed or copied incompletely.")
BAD_KIND = message("qris.bad_kind", "Tag 01 of the QRIS code must be 11 (static) or 12 (dynamic).")
DYNAMIC_NOT_STATIC = message("qris.dynamic_not_static", "This is a dynamic QRIS (tag 01 = 12, made for one "
                                                        "payment); paste the merchant's static QRIS instead.")
TAG_NAMED = message("qris.tag_named", "{tag} ({name})")
MISSING_TAGS = message("qris.missing_tags", "The QRIS code lacks {tags}.")
NO_MERCHANT_ACCOUNT = message("qris.no_merchant_account", "The QRIS code has no merchant account information "
                                                          "(tags 26–51).")
NOT_RUPIAH = message("qris.not_rupiah", "The currency of the QRIS code (tag 53) must be 360 (Rupiah), "
                                        "not {currency}.")
AMOUNT_NOT_POSITIVE = message("qris.amount_not_positive", "A QRIS amount must be more than zero, not {amount}.")
AMOUNT_NOT_WHOLE = message("qris.amount_not_whole", "A QRIS amount is whole Rupiah, not {amount}.")
AMOUNT_TOO_LARGE = message("qris.amount_too_large", "The amount {amount} is too large for QRIS.")


class QrisError(CarriesMessage, ValueError):
    """A QRIS string that cannot be used. ``message`` says what is wrong (a
    :class:`~ispdesk.domain.messages.Message`, ``code`` for tests and logic);
    ``str()`` is its text in the installed language."""


def crc16_ccitt_false(data: bytes) -> int:
    """CRC-16/CCITT-FALSE: polynomial 0x1021, initial 0xFFFF, no reflection, no final xor."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def crc_text(payload_before_crc: str) -> str:
    """The tag-63 value for a payload that ends with ``6304``: four upper-case hex digits."""
    return f"{crc16_ccitt_false(payload_before_crc.encode('utf-8')):04X}"


def split_tlv(text: str, inside: str | None = None) -> list[tuple[str, str]]:
    """``text`` (the whole code, or the value of template tag ``inside``) as a
    list of (tag, value); raises :class:`QrisError` when it is not TLV."""
    fields: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text):
        head = text[pos:pos + 4]
        if len(head) < 4 or not head.isdigit():
            if inside is not None:
                raise QrisError(NOT_TLV_IN, tag=inside, position=pos + 1)
            raise QrisError(NOT_TLV, position=pos + 1)
        tag, length = head[:2], int(head[2:])
        value = text[pos + 4:pos + 4 + length]
        if len(value) != length:
            raise QrisError(CUT_SHORT, tag=tag, length=length, found=len(value))
        fields.append((tag, value))
        pos += 4 + length
    return fields


def join_tlv(fields: list[tuple[str, str]]) -> str:
    """The TLV text of (tag, value) pairs; a value longer than 99 characters is refused."""
    parts = []
    for tag, value in fields:
        if len(value) > 99:
            raise QrisError(VALUE_TOO_LONG, tag=tag)
        parts.append(f"{tag}{len(value):02d}{value}")
    return "".join(parts)


@dataclass(frozen=True)
class QrisPayload:
    """A parsed QRIS string: its fields in order (tag 63 included)."""

    fields: tuple[tuple[str, str], ...]

    def get(self, tag: str, default: str | None = None) -> str | None:
        for key, value in self.fields:
            if key == tag:
                return value
        return default

    def sub_fields(self, tag: str) -> dict[str, str]:
        """The fields inside a template tag (26–51, 62, 64) as a dict."""
        return dict(split_tlv(self.get(tag) or "", tag))

    @property
    def is_dynamic(self) -> bool:
        return self.get("01") == "12"

    @property
    def merchant_name(self) -> str:
        return self.get("59") or ""

    @property
    def merchant_city(self) -> str:
        return self.get("60") or ""

    @property
    def amount(self) -> Decimal | None:
        value = self.get("54")
        return None if value is None else Decimal(value)

    @property
    def crc(self) -> str:
        return self.get("63") or ""


def parse(text: str, *, require_static: bool = False) -> QrisPayload:
    """Parse and check a QRIS string (TLV, order, CRC, required merchant fields).

    Raises :class:`QrisError` with a message for the person who pasted it.
    With ``require_static`` a dynamic string (tag 01 = 12) is refused too.
    """
    text = (text or "").strip()
    if not text:
        raise QrisError(EMPTY)
    fields = split_tlv(text)
    tags = [tag for tag, _ in fields]
    if tags[0] != "00" or fields[0][1] != "01":
        raise QrisError(BAD_START)
    if tags[-1] != "63" or len(fields[-1][1]) != 4:
        raise QrisError(NO_CRC)
    duplicates = sorted({tag for tag in tags if tags.count(tag) > 1})
    if duplicates:
        raise QrisError(DUPLICATE_TAGS, tags=", ".join(duplicates))
    expected = crc_text(text[:-4])
    if fields[-1][1].upper() != expected:
        raise QrisError(CRC_MISMATCH, stated=fields[-1][1], computed=expected)
    payload = QrisPayload(tuple(fields))
    if payload.get("01") not in ("11", "12"):
        raise QrisError(BAD_KIND)
    if require_static and payload.is_dynamic:
        raise QrisError(DYNAMIC_NOT_STATIC)
    missing = [TAG_NAMED(tag=tag, name=word(name)) for tag, name in REQUIRED_TAGS.items() if not payload.get(tag)]
    if missing:
        raise QrisError(MISSING_TAGS, tags=missing)
    if not any(tag in MERCHANT_ACCOUNT_TAGS for tag in tags):
        raise QrisError(NO_MERCHANT_ACCOUNT)
    if payload.get("53") != RUPIAH:
        raise QrisError(NOT_RUPIAH, currency=payload.get("53") or "")
    for tag in tags:
        if tag in TEMPLATE_TAGS:
            payload.sub_fields(tag)
    return payload


def format_amount(amount: Decimal | int) -> str:
    """Tag 54 for a Rupiah amount: whole Rupiah, digits only (``150000``)."""
    value = Decimal(amount)
    if not value.is_finite() or value <= 0:
        raise QrisError(AMOUNT_NOT_POSITIVE, amount=amount)
    if value != value.to_integral_value():
        raise QrisError(AMOUNT_NOT_WHOLE, amount=amount)
    text = str(int(value))
    if len(text) > MAX_AMOUNT_DIGITS:
        raise QrisError(AMOUNT_TOO_LARGE, amount=amount)
    return text


def dynamic_payload(static: str | QrisPayload, amount: Decimal | int) -> str:
    """The dynamic QRIS for ``amount``: tag 01 = 12, tag 54 = the amount (in tag
    order, after 53), tag 63 recomputed; every other field kept as it was."""
    payload = static if isinstance(static, QrisPayload) else parse(static)
    fields = [(tag, value) for tag, value in payload.fields if tag not in ("54", "63")]
    fields = [(tag, "12" if tag == "01" else value) for tag, value in fields]
    at = next((i for i, (tag, _) in enumerate(fields) if tag > "54"), len(fields))
    fields.insert(at, ("54", format_amount(amount)))
    body = join_tlv(fields) + "6304"
    return body + crc_text(body)
