"""A realistic static QRIS made here (fictitious merchant, correct CRC) for the tests."""
from __future__ import annotations

import binascii


def tlv(tag: str, value: str) -> str:
    return f"{tag}{len(value):02d}{value}"


def with_crc(body: str) -> str:
    """Append tag 63; the CRC comes from the standard library (crc_hqx = CRC-16/CCITT, init 0xFFFF)."""
    body += "6304"
    return body + f"{binascii.crc_hqx(body.encode(), 0xFFFF):04X}"


MERCHANT_ACCOUNT = tlv("00", "ID.CO.BANKBCA.WWW") + tlv("01", "936000140000123456") \
    + tlv("02", "000885000123456") + tlv("03", "UMI")
QRIS_NATIONAL = tlv("00", "ID.CO.QRIS.WWW") + tlv("02", "ID1026112233445") + tlv("03", "UMI")
STATIC_BODY = (tlv("00", "01") + tlv("01", "11") + tlv("26", MERCHANT_ACCOUNT) + tlv("51", QRIS_NATIONAL)
               + tlv("52", "4899") + tlv("53", "360") + tlv("58", "ID")
               + tlv("59", "JARINGAN SERAT NUSANTARA") + tlv("60", "BANDUNG") + tlv("61", "40111")
               + tlv("62", tlv("07", "KASIR01")))
STATIC_QRIS = with_crc(STATIC_BODY)
#: Merchant fields a dynamic QRIS must keep unchanged.
KEPT_TAGS = ("00", "26", "51", "52", "53", "58", "59", "60", "61", "62")


def parse_tlv(text: str) -> dict[str, str]:
    """Tag -> value, a second implementation independent of ispdesk.domain.qris."""
    out, pos = {}, 0
    while pos < len(text):
        tag, length = text[pos:pos + 2], int(text[pos + 2:pos + 4])
        out[tag] = text[pos + 4:pos + 4 + length]
        pos += 4 + length
    return out


def crc_ok(payload: str) -> bool:
    return payload[-8:-4] == "6304" and payload[-4:] == f"{binascii.crc_hqx(payload[:-4].encode(), 0xFFFF):04X}"
