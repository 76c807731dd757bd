"""The one rule for search text (domain.search_text), without a database:
what is taken out, what is refused, what is a number, which numbers fit."""
from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ispdesk.domain.errors import ValidationError
from ispdesk.domain.search_text import (INT64_MAX, INT64_MIN, MAX_LENGTH, MAX_WORDS, looks_like_code,
                                        normalised_search, whole_number)


def code_of(work) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        work()
    return info.value.codes


@pytest.mark.parametrize("typed, read", [
    ("bu\x00di", "budi"), ("  Budi   Santoso \n", "Budi Santoso"), ("budi\tsantoso", "budi santoso"),
    ("ani\u200bta", "anita"), ("\ufeffbudi", "budi"), ("bu\u202edi", "budi"), ("a\u2028b", "a b"),
    ("e\u0301mile", "\u00e9mile"), ("\x00\x01\x7f", ""), ("caf\u00e9\u00a0au\u3000lait", "caf\u00e9 au lait"),
    ("half\ud800surrogate", "halfsurrogate"), ("100% _ \\ ' \" /", "100% _ \\ ' \" /"), (None, ""),
    ("Toko 😀 Emoji", "Toko 😀 Emoji"), ("soft\u00adhyphen", "softhyphen"),
])
def test_what_a_search_is_read_as(typed, read):
    assert normalised_search(typed) == read


def test_the_limits_are_counted_after_normalising():
    assert normalised_search("b" * MAX_LENGTH) == "b" * MAX_LENGTH
    assert normalised_search("   " + "b" * MAX_LENGTH + "\x00\x00   ") == "b" * MAX_LENGTH
    assert normalised_search(" ".join("w" * MAX_WORDS)) == " ".join("w" * MAX_WORDS)
    assert normalised_search("a" + " " * 5000 + "b") == "a b"
    assert code_of(lambda: normalised_search("b" * (MAX_LENGTH + 1))) == {"search": "search.too_long"}
    assert code_of(lambda: normalised_search("b" * 10 ** 7)) == {"search": "search.too_long"}
    assert code_of(lambda: normalised_search(" ".join("w" * (MAX_WORDS + 1)))) == {"search": "search.too_many_words"}
    assert code_of(lambda: normalised_search(42)) == {"search": "search.not_text"}
    assert code_of(lambda: normalised_search(b"budi")) == {"search": "search.not_text"}
    assert code_of(lambda: normalised_search(12, field="name")) == {"name": "search.not_text"}


@pytest.mark.parametrize("text, code", [
    ("0812", True), ("0812 3456", True), ("+62 812-3456", True), ("CUST-2026", True), ("INV-202611-000001", True),
    ("10.0.0.1", True), ("c1@example.id", True), ("(0361) 123", True), ("ISPDESK-RCP:RCP-1", True),
    ("100%", False), ("persen 100", False), ("100% net", False), ("Persen 100% Net", False), ("budi", False),
    ("toko 99", False), ("budi_2", False), ("", False), ("CUST-", False),
])
def test_a_number_or_code_is_told_from_words(text, code):
    assert looks_like_code(text) is code


def test_whole_numbers_fit_64_bits():
    assert whole_number(INT64_MAX, field="id") == INT64_MAX and whole_number(INT64_MIN, field="id") == INT64_MIN
    assert whole_number(7.0, field="id") == 7 and whole_number(Decimal("7"), field="id") == 7
    for value, code in ((INT64_MAX + 1, "search.out_of_range"), (INT64_MIN - 1, "search.out_of_range"),
                        (10 ** 100, "search.out_of_range"), (True, "search.not_a_whole_number"),
                        ("7", "search.not_a_whole_number"), (7.5, "search.not_a_whole_number"),
                        (float("nan"), "search.not_a_whole_number"), (float("inf"), "search.not_a_whole_number"),
                        (Decimal("NaN"), "search.not_a_whole_number"), (Decimal("sNaN"), "search.not_a_whole_number"),
                        (None, "search.not_a_whole_number"), ([1], "search.not_a_whole_number")):
        assert code_of(lambda: whole_number(value, field="id")) == {"id": code}, value
    assert code_of(lambda: whole_number(0, field="limit", low=1)) == {"limit": "search.out_of_range"}


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(exclude_categories=()), max_size=200))
def test_a_normalised_search_is_clean_short_and_stays_as_it_is(text):
    try:
        search = normalised_search(text)
    except ValidationError as exc:
        assert set(exc.codes.values()) <= {"search.too_long", "search.too_many_words"}
        return
    assert len(search) <= MAX_LENGTH and len(search.split()) <= MAX_WORDS
    assert search == search.strip() and "  " not in search
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in search)
    assert unicodedata.is_normalized("NFC", search)
    assert normalised_search(search) == search
