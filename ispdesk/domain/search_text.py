"""What a search box, a picker or the counter's lookup may be asked: the ONE
rule every search and lookup applies to the text typed (or pasted, or
scanned) before it reaches a query, and the checks of the numbers that come
with a listing (ids, paging).

:func:`normalised_search`:

- control and format characters are taken out: NUL, the other C0/C1 controls,
  zero-width and direction marks, the byte-order mark, lone surrogates (a
  NUL would end SQLite's LIKE pattern early, so ``"bu\\x00di"`` found what
  ``"bu"`` finds); those that are white space (tab, line breaks) become a space;
- the text is put in Unicode's composed form (NFC: an ``e`` typed with a
  combining accent is the ``é`` the names hold);
- white space is collapsed: words are separated by one space, none at the ends;
- what is left may be :data:`MAX_LENGTH` characters and :data:`MAX_WORDS` words
  at most, else a :class:`ValidationError` on the field ``search`` says so
  (a search of 500 words made SQLite give up: "Expression tree is too large").

Wildcards (``%``, ``_``) and quotes stay in the text: the queries search for
them as they are (see ``services.listing._escaped``).

:func:`looks_like_code` tells a number, code or phone (``0812 3456``,
``CUST-2026``, ``+62812``) from words (``Persen 100% Net``), so a name with a
digit in it is still searched as a name.

:func:`whole_number` turns an id or a row count that is not a whole number, or
does not fit the databases' 64-bit integers, into a :class:`ValidationError`
instead of an ``OverflowError`` deep in the driver.
"""
from __future__ import annotations

import unicodedata
from decimal import Decimal
from typing import Any

from ispdesk.domain.errors import ValidationError
from ispdesk.domain.messages import message

#: The longest search (characters, after normalising).
MAX_LENGTH = 100
#: The most words a search may have.
MAX_WORDS = 10
#: The databases' signed 64-bit integers (BIGINT, SQLite's INTEGER).
INT64_MIN, INT64_MAX = -(2 ** 63), 2 ** 63 - 1
#: Besides letters and digits, what a number, code or phone is written with.
CODE_PUNCTUATION = frozenset("+-./:@#()")
#: The field a search's refusal belongs to (shown next to the search box).
SEARCH_FIELD = "search"

TOO_LONG = message("search.too_long", "A search may be at most {limit} characters long; shorten it.")
TOO_MANY_WORDS = message("search.too_many_words", "A search may have at most {limit} words; leave some out.")
NOT_TEXT = message("search.not_text", "A search is made of text.")
NOT_A_WHOLE_NUMBER = message("search.not_a_whole_number", "A whole number is expected here.")
OUT_OF_RANGE = message("search.out_of_range", "A number from {low} to {high} is expected here.")

#: Categories taken out of a search: controls, format characters (zero-width
#: space, joiners, direction marks, BOM, soft hyphen) and surrogates.
_REMOVED = frozenset(("Cc", "Cf", "Cs"))


def cleaned(text: str) -> str:
    """``text`` without control or format characters (white-space ones become a
    space), in composed form, with its white space collapsed; never refused."""
    kept = []
    for ch in text:
        if unicodedata.category(ch) in _REMOVED or ch in "\u2028\u2029":
            if ch.isspace() or ch in "\u2028\u2029":
                kept.append(" ")
        else:
            kept.append(ch)
    return " ".join(unicodedata.normalize("NFC", "".join(kept)).split())


def normalised_search(text: Any, *, field: str = SEARCH_FIELD) -> str:
    """The search as every query reads it (see the module's docstring); ``""``
    for None or nothing but white space. Raises :class:`ValidationError` on
    ``field`` when it is not text, too long or has too many words."""
    if text is None:
        return ""
    if not isinstance(text, str):
        raise ValidationError({field: NOT_TEXT()})
    if len(text) > 100 * MAX_LENGTH:   # not worth cleaning: far too long whatever it holds
        raise ValidationError({field: TOO_LONG(limit=MAX_LENGTH)})
    search = cleaned(text)
    if len(search) > MAX_LENGTH:
        raise ValidationError({field: TOO_LONG(limit=MAX_LENGTH)})
    if search.count(" ") + 1 > MAX_WORDS:
        raise ValidationError({field: TOO_MANY_WORDS(limit=MAX_WORDS)})
    return search


def looks_like_code(search: str) -> bool:
    """Whether a (normalised) search is a number, code or phone rather than
    words: every word has a digit and is written with letters, digits and
    :data:`CODE_PUNCTUATION` only (``0812-3456``, ``+62 812``, ``CUST-2026``,
    ``10.0.0.1``). ``Persen 100% Net``, ``persen 100``, ``100%`` are words."""
    words = search.split()
    return bool(words) and all(
        any(ch.isdigit() for ch in word) and all(ch.isalnum() or ch in CODE_PUNCTUATION for ch in word)
        for word in words)


def whole_number(value: Any, *, field: str, low: int = INT64_MIN, high: int = INT64_MAX) -> int:
    """``value`` as an int from ``low`` to ``high`` (the 64-bit range by
    default), else a :class:`ValidationError` on ``field``. A bool is not a
    number here; an integral float or Decimal is."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise ValidationError({field: NOT_A_WHOLE_NUMBER()})
    if not isinstance(value, int):
        try:
            whole = int(value)
        except (ValueError, OverflowError, ArithmeticError):   # NaN, infinity
            raise ValidationError({field: NOT_A_WHOLE_NUMBER()}) from None
        if whole != value:
            raise ValidationError({field: NOT_A_WHOLE_NUMBER()})
        value = whole
    if not low <= value <= high:
        raise ValidationError({field: OUT_OF_RANGE(low=low, high=high)})
    return value
