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


@pytest.mark.parametrize("amount, code", [(0, "qris.amount_not_positive"), (-5, "qris.amount_not_positive"),
                                          (Decimal("1000.50"), "qris.amount_not_whole"),
                                          (Decimal("12345678901234"), "qris.amount_too_large")])
def test_amounts_qris_cannot_carry_are_refused(amount, code):
    with pytest.raises(qris.QrisError) as caught:
        qris.dynamic_payload(STATIC_QRIS, amount)
    assert caught.value.code == code


@pytest.mark.parametrize("text, code", [
    ("", "qris.empty"),
    ("hello world", "qris.not_tlv"),
    (STATIC_QRIS[:-10], "qris.cut_short"),
    (STATIC_QRIS[:-4] + "0000", "qris.crc_mismatch"),
    (STATIC_QRIS.replace("BANDUNG", "JAKARTA"), "qris.crc_mismatch"),
    (STATIC_QRIS[:-8], "qris.no_crc"),
    (with_crc("000202" + STATIC_BODY[6:]), "qris.bad_start"),
    (with_crc(STATIC_BODY.replace(tlv("53", "360"), tlv("53", "840"))), "qris.not_rupiah"),
    (with_crc(STATIC_BODY.replace(tlv("59", "JARINGAN SERAT NUSANTARA"), "")), "qris.missing_tags"),
    (with_crc(STATIC_BODY.replace(tlv("01", "11"), tlv("01", "13"))), "qris.bad_kind"),
    (with_crc(STATIC_BODY + tlv("60", "BANDUNG")), "qris.duplicate_tags"),
])
def test_malformed_static_strings_get_a_clear_message(text, code):
    with pytest.raises(qris.QrisError) as caught:
        qris.parse(text)
    assert caught.value.code == code


def test_the_message_names_what_is_missing_and_what_the_crc_should_be():
    with pytest.raises(qris.QrisError) as caught:
        qris.parse(with_crc(STATIC_BODY.replace(tlv("59", "JARINGAN SERAT NUSANTARA"), "")))
    assert str(caught.value) == "The QRIS code lacks 59 (Merchant name)."
    with pytest.raises(qris.QrisError) as caught:
        qris.parse(STATIC_QRIS[:-4] + "0000")
    assert caught.value.message.params == {"stated": "0000", "computed": STATIC_QRIS[-4:]}


def test_a_string_without_merchant_account_is_refused():
    body = STATIC_BODY
    for tag in ("26", "51"):
        fields = parse_tlv(body)
        body = body.replace(tlv(tag, fields[tag]), "")
    with pytest.raises(qris.QrisError) as caught:
        qris.parse(with_crc(body))
    assert caught.value.code == "qris.no_merchant_account"


def test_a_dynamic_string_is_refused_where_a_static_one_is_needed():
    with pytest.raises(qris.QrisError) as caught:
        qris.parse(qris.dynamic_payload(STATIC_QRIS, 5000), require_static=True)
    assert caught.value.code == "qris.dynamic_not_static"
