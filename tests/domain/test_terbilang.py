from decimal import Decimal

import pytest

from ispdesk.domain.terbilang import number_in_words, rupiah_in_words

TABLE = [
    (0, "nol"),
    (1, "satu"),
    (10, "sepuluh"),
    (11, "sebelas"),
    (12, "dua belas"),
    (19, "sembilan belas"),
    (20, "dua puluh"),
    (21, "dua puluh satu"),
    (100, "seratus"),
    (101, "seratus satu"),
    (111, "seratus sebelas"),
    (250, "dua ratus lima puluh"),
    (1000, "seribu"),
    (1001, "seribu satu"),
    (1100, "seribu seratus"),
    (2000, "dua ribu"),
    (11000, "sebelas ribu"),
    (100000, "seratus ribu"),
    (111111, "seratus sebelas ribu seratus sebelas"),
    (166500, "seratus enam puluh enam ribu lima ratus"),
    (1000000, "satu juta"),
    (1001000, "satu juta seribu"),          # num2words gets this one wrong
    (1500000, "satu juta lima ratus ribu"),
    (2001001, "dua juta seribu satu"),
    (1000000000, "satu miliar"),
    (1000000000000, "satu triliun"),
    (123456789, "seratus dua puluh tiga juta empat ratus lima puluh enam ribu tujuh ratus delapan puluh sembilan"),
]


@pytest.mark.parametrize("n, words", TABLE)
def test_number_in_words(n, words):
    assert number_in_words(n) == words


def test_rupiah_in_words_on_receipts():
    assert rupiah_in_words(Decimal("1500000.00")) == "satu juta lima ratus ribu rupiah"
    assert rupiah_in_words(Decimal("1001000")) == "satu juta seribu rupiah"
    assert rupiah_in_words(Decimal("12500.50")) == "dua belas ribu lima ratus rupiah lima puluh sen"
