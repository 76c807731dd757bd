"""Declared messages: their placeholders are checked when they are made,
plurals need a count, values (dates, messages, statuses) are written the
office's way, and the installed translator decides the language."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest

from ispdesk.domain import messages
from ispdesk.domain.errors import ConflictError, ValidationError
from ispdesk.domain.messages import Message, MessageTemplate, render, status_word, word

# Templates made directly (not with message()) so the tests add nothing to the
# registry the translation catalogue is checked against.
PAID = MessageTemplate("test.paid", "Invoice {number} was paid on {day}.")
REFER = MessageTemplate("test.refer", "%n payment(s) refer to invoice {number}.")
CANNOT = MessageTemplate("test.cannot", "Invoice {number} cannot become {wanted}: it is {now}.")
WRAPPED = MessageTemplate("test.wrapped", "Not saved: {reason}")

INDONESIAN = {
    ("Messages", "Invoice {number} was paid on {day}.", "test.paid"): "Tagihan {number} dibayar pada {day}.",
    ("Messages", "%n payment(s) refer to invoice {number}.", "test.refer"): "%n pembayaran merujuk tagihan {number}.",
    ("Messages", "Invoice {number} cannot become {wanted}: it is {now}.", "test.cannot"):
        "Tagihan {number} tidak bisa menjadi {wanted}: statusnya {now}.",
    ("Messages", "Not saved: {reason}", "test.wrapped"): "Tidak tersimpan: {reason}",
    ("Specs", "Paid", None): "Lunas",
    ("Specs", "Partially paid", None): "Dibayar sebagian",
    ("Specs", "Qris", None): "QRIS",
}


def indonesian(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return INDONESIAN.get((context, text, disambiguation), text)


@pytest.fixture
def in_indonesian() -> Iterator[list[tuple[str, str, str | None, int]]]:
    """Bahasa Indonesia installed for the test (and the calls it got), English again after."""
    calls: list[tuple[str, str, str | None, int]] = []

    def translator(context: str, text: str, disambiguation: str | None, n: int) -> str:
        calls.append((context, text, disambiguation, n))
        return indonesian(context, text, disambiguation, n)

    messages.install_translator(translator, indonesian=True)
    try:
        yield calls
    finally:
        messages.install_translator(None)


def test_placeholders_are_checked_when_the_message_is_made() -> None:
    with pytest.raises(TypeError, match="test.paid"):
        PAID(number="INV-202611-000001")                                    # {day} missing
    with pytest.raises(TypeError, match="unexpected"):
        PAID(number="INV-1", day=date(2026, 11, 24), amount="Rp 1")         # {amount} is not in the text
    assert PAID.names == frozenset({"number", "day"})
    msg = PAID(number="INV-202611-000001", day=date(2026, 11, 24))
    assert (msg.code, msg.params["number"]) == ("test.paid", "INV-202611-000001")


def test_a_plural_message_needs_its_count_and_shows_it() -> None:
    assert REFER.plural and not PAID.plural
    with pytest.raises(TypeError, match="count"):
        REFER(number="INV-1")
    assert render(REFER(count=3, number="INV-1")) == "3 payment(s) refer to invoice INV-1."


def test_the_plural_count_reaches_the_translator(in_indonesian) -> None:
    assert render(REFER(count=2, number="INV-1")) == "2 pembayaran merujuk tagihan INV-1."
    assert in_indonesian[-1] == ("Messages", REFER.text, "test.refer", 2)
    render(PAID(number="INV-1", day=date(2026, 1, 5)))
    assert in_indonesian[-1][3] == -1                                       # no count: no plural form asked


def test_dates_and_times_are_written_the_offices_way(in_indonesian) -> None:
    msg = PAID(number="INV-1", day=date(2026, 12, 5))
    assert msg.render() == "Tagihan INV-1 dibayar pada 5 Des 2026."
    messages.install_translator(None)
    assert str(msg) == "Invoice INV-1 was paid on 5 Dec 2026."
    stamped = PAID(number="INV-1", day=datetime(2026, 12, 5, 14, 5))
    assert stamped.render() == "Invoice INV-1 was paid on 5 Dec 2026 14:05."


def test_a_message_inside_a_message_is_translated_too(in_indonesian) -> None:
    inner = PAID(number="INV-7", day=date(2026, 11, 24))
    outer = WRAPPED(reason=inner)
    assert outer.render() == "Tidak tersimpan: Tagihan INV-7 dibayar pada 24 Nov 2026."
    messages.install_translator(None)
    assert outer.render() == "Not saved: Invoice INV-7 was paid on 24 Nov 2026."


def test_status_word_is_the_humanised_value_in_lower_case_and_translated(in_indonesian) -> None:
    msg = CANNOT(number="INV-1", wanted=status_word("paid"), now=status_word("partially_paid"))
    assert msg.render() == "Tagihan INV-1 tidak bisa menjadi lunas: statusnya dibayar sebagian."
    assert render(status_word("qris")) == "QRIS"                             # a proper noun keeps its capitals
    assert render(word("Paid")) == "Lunas"                                   # a word stands as written
    messages.install_translator(None)
    assert msg.render() == "Invoice INV-1 cannot become paid: it is partially paid."


def test_status_word_takes_an_enum_value() -> None:
    from ispdesk.domain.enums import InvoiceStatus
    assert render(status_word(InvoiceStatus.PAID)) == "paid"
    assert status_word(InvoiceStatus.PAID).code == "status.paid"


def test_a_translation_that_lost_a_placeholder_falls_back_to_english() -> None:
    messages.install_translator(lambda c, t, d, n: "Tagihan {nomor} sudah lunas." if d == "test.paid" else t)
    try:
        assert PAID(number="INV-1", day=date(2026, 11, 24)).render() == "Invoice INV-1 was paid on 24 Nov 2026."
    finally:
        messages.install_translator(None)


def test_the_translator_is_installed_and_removed() -> None:
    msg = PAID(number="INV-1", day=date(2026, 12, 5))
    assert not messages.speaks_indonesian()
    messages.install_translator(indonesian, indonesian=True)
    try:
        assert messages.speaks_indonesian() and msg.render() == "Tagihan INV-1 dibayar pada 5 Des 2026."
        assert messages.translate("Specs", "Paid") == "Lunas"
    finally:
        messages.install_translator(None)
    assert not messages.speaks_indonesian() and msg.render() == "Invoice INV-1 was paid on 5 Dec 2026."
    assert messages.translate("Specs", "Paid") == "Paid"


def test_one_code_one_text() -> None:
    known = messages.registered()["permission.denied"]
    assert messages.message("permission.denied", known.text) == known
    with pytest.raises(ValueError, match="permission.denied"):
        messages.message("permission.denied", "Somebody else's words.")


def test_errors_carry_messages_and_their_codes() -> None:
    paid = PAID(number="INV-1", day=date(2026, 11, 24))
    error = ConflictError(paid)
    assert (error.code, error.message, str(error)) == ("test.paid", paid, "Invoice INV-1 was paid on 24 Nov 2026.")
    invalid = ValidationError({"amount": REFER(count=1, number="INV-1"), "": paid})
    assert invalid.codes == {"amount": "test.refer", "": "test.paid"}
    assert (invalid.code, invalid.field) == ("test.refer", "amount")
    assert invalid.text == "1 payment(s) refer to invoice INV-1.; Invoice INV-1 was paid on 24 Nov 2026."
    single = ValidationError(paid, field="day")
    assert single.codes == {"day": "test.paid"}
    assert messages.join([paid, REFER(count=2, number="INV-2")]) == (
        "Invoice INV-1 was paid on 24 Nov 2026.; 2 payment(s) refer to invoice INV-2.")
    assert isinstance(error.message, Message)
