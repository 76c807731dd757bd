"""Amounts in Indonesian words for receipts ("satu juta lima ratus ribu rupiah").

Written here rather than taken from num2words, whose Indonesian output is wrong
for amounts such as 1.001.000.
"""
from __future__ import annotations

from decimal import Decimal

_UNITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
          "sepuluh", "sebelas"]
_SCALES = [(10**12, "triliun"), (10**9, "miliar"), (10**6, "juta")]


def _below_thousand(n: int) -> str:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [_UNITS[hundreds], "ratus"]
    if rest < 12:
        if rest:
            words.append(_UNITS[rest])
    elif rest < 20:
        words += [_UNITS[rest - 10], "belas"]
    else:
        tens, unit = divmod(rest, 10)
        words += [_UNITS[tens], "puluh"]
        if unit:
            words.append(_UNITS[unit])
    return " ".join(words)


def number_in_words(n: int) -> str:
    """A whole number in Indonesian words: 1001000 -> 'satu juta seribu'."""
    if n < 0:
        return "minus " + number_in_words(-n)
    if n == 0:
        return "nol"
    words: list[str] = []
    for scale, name in _SCALES:
        count, n = divmod(n, scale)
        if count:
            words += [number_in_words(count), name]
    thousands, n = divmod(n, 1000)
    if thousands == 1:
        words.append("seribu")
    elif thousands:
        words += [_below_thousand(thousands), "ribu"]
    if n:
        words.append(_below_thousand(n))
    return " ".join(words)


def rupiah_in_words(amount: Decimal) -> str:
    """'satu juta lima ratus ribu rupiah'; cents, when present, as 'sen'."""
    amount = Decimal(amount)
    whole = int(abs(amount))
    cents = int((abs(amount) - whole) * 100)
    text = number_in_words(whole) + " rupiah"
    if cents:
        text += " " + number_in_words(cents) + " sen"
    return ("minus " + text) if amount < 0 else text
