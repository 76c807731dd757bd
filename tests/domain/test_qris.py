"""Dynamic QRIS from a merchant's static string: amount, CRC, kept merchant fields, clear refusals."""
from __future__ import annotations

from decimal import Decimal

import pytest

from ispdesk.domain import qris
from tests.domain.qris_sample import KEPT_TAGS, STATIC_BODY, STATIC_QRIS, crc_ok, parse_tlv, tlv, with_crc


def test_crc_is_ccitt_false_with_the_standard_check_value():
    assert qris.crc16_ccitt_false(b"123456789") == 0x29B1


def test_crc_text_is_always_four_upper_case_hex_digits():
    # find bodies whose CRC is below 0x1000 and has letters: padding and case both matter
    seen_small = seen_letters = False
    for n in range(2000):
        text = qris.crc_text(f"x{n}6304")
        assert len(text) == 4 and text == text.upper()
        seen_small |= text.startswith("0")
        seen_letters |= any(ch in "ABCDEF" for ch in text)
    assert seen_small and seen_letters


def test_parse_reads_the_merchant_fields():
    payload = qris.parse(STATIC_QRIS, require_static=True)
    assert payload.merchant_name == "JARINGAN SERAT NUSANTARA"
    assert payload.merchant_city == "BANDUNG"
    assert payload.sub_fields("51")["02"] == "ID1026112233445"
    assert not payload.is_dynamic and payload.amount is None


@pytest.mark.parametrize("amount, text", [(Decimal("150000"), "150000"), (Decimal("277500.00"), "277500"),
                                          (1, "1"), (Decimal("1234567890123"), "1234567890123")])
def test_dynamic_payload_carries_the_amount_and_a_fresh_crc(amount, text):
    dynamic = qris.dynamic_payload(STATIC_QRIS, amount)
    fields, static = parse_tlv(dynamic), parse_tlv(STATIC_QRIS)
    assert fields["01"] == "12"
    assert fields["54"] == text
    assert crc_ok(dynamic)
    assert {tag: fields[tag] for tag in KEPT_TAGS} == {tag: static[tag] for tag in KEPT_TAGS}
    assert list(fields) == sorted(fields)       # 54 sits between 53 and 58, 63 last
    assert qris.parse(dynamic).amount == Decimal(text)


def test_a_dynamic_string_made_again_replaces_its_amount():
    first = qris.dynamic_payload(STATIC_QRIS, 100000)
    again = qris.dynamic_payload(first, 250000)
    assert parse_tlv(again)["54"] == "250000" and again.count("5406") == 1 and crc_ok(again)


@pytest.mark.parametrize("amount", [0, -5, Decimal("1000.50"), Decimal("12345678901234")])
def test_amounts_qris_cannot_carry_are_refused(amount):
    with pytest.raises(qris.QrisError):
        qris.dynamic_payload(STATIC_QRIS, amount)


@pytest.mark.parametrize("text, words", [
    ("", "empty"),
    ("hello world", "not a QRIS code"),
    (STATIC_QRIS[:-10], "cut short"),
    (STATIC_QRIS[:-4] + "0000", "CRC does not match"),
    (STATIC_QRIS.replace("BANDUNG", "JAKARTA"), "CRC does not match"),
    (STATIC_QRIS[:-8], "must end with its CRC"),
    (with_crc("000202" + STATIC_BODY[6:]), "000201"),
    (with_crc(STATIC_BODY.replace(tlv("53", "360"), tlv("53", "840"))), "Rupiah"),
    (with_crc(STATIC_BODY.replace(tlv("59", "JARINGAN SERAT NUSANTARA"), "")), "59 (merchant name)"),
    (with_crc(STATIC_BODY.replace(tlv("01", "11"), tlv("01", "13"))), "tag 01"),
    (with_crc(STATIC_BODY + tlv("60", "BANDUNG")), "more than once"),
])
def test_malformed_static_strings_get_a_clear_message(text, words):
    with pytest.raises(qris.QrisError) as caught:
        qris.parse(text)
    assert words in str(caught.value)


def test_a_string_without_merchant_account_is_refused():
    body = STATIC_BODY
    for tag in ("26", "51"):
        fields = parse_tlv(body)
        body = body.replace(tlv(tag, fields[tag]), "")
    with pytest.raises(qris.QrisError, match="merchant account"):
        qris.parse(with_crc(body))


def test_a_dynamic_string_is_refused_where_a_static_one_is_needed():
    with pytest.raises(qris.QrisError, match="static"):
        qris.parse(qris.dynamic_payload(STATIC_QRIS, 5000), require_static=True)
