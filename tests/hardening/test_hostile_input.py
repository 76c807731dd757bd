"""Hostile input thrown at every listing, search, filter, picker and the
counter's lookup, on SQLite and MariaDB (issue 15).

Hypothesis draws texts made of control characters (NUL first), quotes,
wildcards, backslashes, SQL and full-text operators, accents written both
ways, emoji, surrogates, white space of every kind, very long texts, many
words, and numbers far beyond 64 bits; filters on columns that exist and
columns that do not, with values of every type; periods; sort columns; pages.
Each test checks that:

- nothing but a :class:`ValidationError` with one of the declared codes comes
  out (no KeyError, OverflowError, UnicodeEncodeError, database error…), and
  it comes exactly when the normalised search is too long or has too many words;
- every row found really matches: an oracle written here from the documented
  rules (not from the queries) says which rows a search finds, with the
  database's own comparison of characters (:class:`Collation`: SQLite ignores
  the case of ASCII letters only; MariaDB's utf8mb4_unicode_ci compares by
  weights, read with WEIGHT_STRING). The listings find exactly the oracle's
  rows and count them right; the pickers the oracle's first rows.

The data: the demo data of 12 customers, rows in every table the demo leaves
empty, tricky texts in the searched columns of every table and tricky
customers ("Persen 100% Net", "O'Brien", "Budi_Santoso", "Ani%", accents,
emoji...), see :mod:`tests.hardening.search_seed`.

The number of examples per test and database is ``ISPDESK_HOSTILE_EXAMPLES``
(default 120: the file stays well under a minute on both databases); each test
prints how many hostile inputs it tried, how many were refused and how many
rows it checked.
"""
from __future__ import annotations

import os
from collections import Counter
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ispdesk.db.models import Customer, Invoice, ProformaInvoice, Receipt
from ispdesk.db.unit_of_work import read
from ispdesk.domain.errors import ValidationError
from ispdesk.domain.search_text import (INT64_MAX, INT64_MIN, MAX_LENGTH, MAX_WORDS, cleaned, looks_like_code,
                                        normalised_search)
from ispdesk.services import customer_lookup, listing
from ispdesk.services.modules import SPECS
from ispdesk.services.specs import Kind, ListQuery, TableSpec
from tests.hardening.search_seed import seed
from tests.support.actors import ADMIN

EXAMPLES = int(os.environ.get("ISPDESK_HOSTILE_EXAMPLES", "120"))
HOSTILE = settings(max_examples=EXAMPLES, deadline=None, database=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                          HealthCheck.filter_too_much])

#: The codes a hostile input may be refused with; nothing else may come out.
SEARCH_CODES = {"search.too_long", "search.too_many_words"}
DECLARED_CODES = SEARCH_CODES | {"search.not_text", "search.not_a_whole_number", "search.out_of_range",
                                 "listing.unknown_filter", "listing.bad_filter", "listing.unknown_date_column",
                                 "listing.not_a_date", "listing.unknown_table"}
SEARCHED = sorted(key for key, spec in SPECS.items() if any(c.searchable for c in spec.columns))
REFERENCED = sorted({c.references for spec in SPECS.values() for c in spec.columns if c.references})
#: Words of a search (the listing's rule: see services.listing's docstring).
MIN_WORD, WORD_SEPARATORS = 3, (" ", "-", ".")
ALL_ROWS = 5000

# ---------------------------------------------------------------- hostile texts

PIECES = (
    "\x00", "\x01", "\x08", "\x1b", "\x1f", "\x7f", "\x85", "\x9f", "\u200b", "\u200d", "\u200e", "\u202e",
    "\u2066", "\ufeff", "\u00ad", "\ud800", "\udfff", "\t", "\n", "\r\n", "\v", "\f", "\u2028", "\u2029",
    "\u00a0", "\u3000", " ", "   ",
    "%", "%%", "_", "__", "\\", "\\\\", "\\%", "\\_", "/", "//", "/%", "/_", "'", "''", '"', "`", "*", "+",
    "-", "--", "~", "<", ">", "(", ")", "@", ";", "|", "&", "^", "$", "#", "?", "[", "]", "{", "}", "=", ":",
    "' OR '1'='1", "'; DROP TABLE customers; --", "\") OR 1=1 /*", "MATCH", "AGAINST", "+budi*", "-santoso",
    "\"budi santoso\"", "~net", "@3", "IN BOOLEAN MODE", "NULL", "\\N", "%s", "{0}", "%(name)s", "${x}",
    "é", "e\u0301", "É", "E\u0301", "ß", "İ", "ı", "ﬁ", "ø", "Ç", "ñ", "n\u0303", "😀", "🎉", "👨\u200d👩\u200d👧",
    "\U0010ffff", "\ufffd", "\uffff", "\ue000", "汉字", "テスト", "ا", "Ω", "Ω",
    "budi", "Budi", "BUDI", "santoso", "persen", "100", "100%", "net", "ani", "ani%", "o'brien", "budi_",
    "émile", "Émile", "çelik", "cust", "CUST-", "CUST-0", "0812", "08125550", "+62", "+62812", "62812",
    "inv-", "INV-2", "RCP-", "ISPDESK-RCP:", "kuta", "tabanan", "jl.", "a", "x", "0", "1", "-1",
)
WORDS = ("budi", "santoso", "persen", "100%", "net", "ani", "kuta", "o'brien", "jl.", "a", "0812", "x%", "_")

any_char = st.characters(exclude_categories=())   # surrogates and controls included
piece = st.one_of(st.sampled_from(PIECES), st.text(any_char, min_size=1, max_size=6))
hostile_text = st.one_of(
    st.lists(piece, max_size=10).map("".join),
    st.lists(piece, max_size=10).map(" ".join),
    st.text(any_char, max_size=30),
    st.lists(st.sampled_from(WORDS), min_size=MAX_WORDS - 1, max_size=MAX_WORDS + 2).map(" ".join),
    st.builds(lambda p, n: (p + " ") * n, piece, st.integers(1, 600)),          # long, many words
    st.builds(lambda c, n: c * n, st.sampled_from(("b", "%", "\x00", " ", "😀", "e\u0301")),
              st.integers(MAX_LENGTH - 3, MAX_LENGTH + 3)),                         # around the length limit
    st.integers(-2 ** 80, 2 ** 80).map(str),
)
huge_int = st.one_of(st.integers(), st.integers(-2 ** 130, 2 ** 130),
                     st.sampled_from((INT64_MAX, INT64_MAX + 1, INT64_MIN, INT64_MIN - 1, 2 ** 64, -1, 0, 1)))
odd_value = st.one_of(
    st.none(), st.booleans(), huge_int, st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True), hostile_text, st.just(""), st.binary(max_size=8),
    st.dates(), st.datetimes(), st.times(), st.sampled_from((date.min, date.max, datetime.min, datetime.max)),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.builds(object),
)


def mostly(good: Any, hostile: Any) -> Any:
    """``good`` three times in four, so that enough queries get through to check their rows."""
    return st.one_of(good, good, good, hostile)


# ---------------------------------------------------------------- the oracle


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class Collation:
    """How the database compares two characters in a LIKE, as a fold: two
    texts compare equal character by character when their folds are equal.

    SQLite (its LIKE without ICU): the case of ASCII letters is ignored,
    nothing else. MariaDB's utf8mb4_unicode_ci: two characters are equal when
    they are the same code point, or both in the BMP with the same weights
    (WEIGHT_STRING, asked of the server once per character): case and accents
    are ignored, and characters without weight (combining marks) equal each
    other; characters beyond the BMP (emoji) equal only themselves."""

    def __init__(self, db) -> None:
        self.db = db
        self.mariadb = not db.is_sqlite
        self._canonical: dict[str, str] = {}
        self._by_weight: dict[str, str] = {}

    def fold(self, text: str) -> str:
        if not self.mariadb:
            return text.translate(_ASCII_LOWER)
        unknown = sorted({ch for ch in text if ord(ch) <= 0xFFFF and ch not in self._canonical})
        if unknown:
            self._learn(unknown)
        return "".join(self._canonical.get(ch, ch) for ch in text)

    def _learn(self, chars: list[str]) -> None:
        with self.db.engine.connect() as connection:
            for start in range(0, len(chars), 200):
                chunk = chars[start:start + 200]
                columns = ", ".join(f"HEX(WEIGHT_STRING(CONVERT(:c{i} USING utf8mb4) COLLATE utf8mb4_unicode_ci))"
                                    for i in range(len(chunk)))
                weights = connection.execute(sa.text(f"SELECT {columns}"),
                                             {f"c{i}": ch for i, ch in enumerate(chunk)}).one()
                for ch, weight in zip(chunk, weights):
                    self._canonical[ch] = self._by_weight.setdefault(weight or "", ch)

    def equal(self, stored: str, wanted: str) -> bool:
        """``stored = wanted`` as the database compares them (MariaDB: the column's
        collation, trailing spaces ignored; SQLite: exactly)."""
        if not self.mariadb:
            return stored == wanted
        with self.db.engine.connect() as connection:
            return bool(connection.execute(sa.text(
                "SELECT CONVERT(:a USING utf8mb4) COLLATE utf8mb4_unicode_ci = CONVERT(:b USING utf8mb4)"),
                {"a": stored, "b": wanted}).scalar())


class Snapshot:
    """What every table holds, read once: each listing's searched columns as
    the table shows them (a foreign key as its row's label, other types as the
    database turns them into text), each table's stored values, and which
    customer every document number belongs to."""

    def __init__(self, db) -> None:
        self.collation = Collation(db)
        self.shown: dict[str, dict[int, dict[str, str | None]]] = {}
        self.stored: dict[str, dict[int, dict[str, Any]]] = {}
        with db.engine.connect() as connection:
            for key, spec in SPECS.items():
                table = spec.model.__table__
                self.stored[key] = {row.id: dict(row._mapping) for row in connection.execute(sa.select(table))}
                shown: dict[int, dict[str, str | None]] = {i: {} for i in self.stored[key]}
                for column in spec.columns:
                    if column.searchable or column.name == spec.label_column:
                        for row_id, value in connection.execute(_shown_select(spec, column.name)):
                            shown[row_id][column.name] = value
                self.shown[key] = shown
            self.codes: dict[str, int] = {}
            for number, owner in ((Customer.customer_number, Customer.id),
                                  (Invoice.invoice_number, Invoice.customer_id),
                                  (Receipt.receipt_number, Receipt.customer_id),
                                  (ProformaInvoice.proforma_number, ProformaInvoice.customer_id)):
                for code, customer_id in connection.execute(sa.select(number, owner)):
                    self.codes.setdefault(self.collation.fold(code), customer_id)

    # -- comparisons, the database's way
    def starts(self, value: str | None, text: str) -> bool:
        return value is not None and self.collation.fold(value).startswith(self.collation.fold(text))

    def contains(self, value: str | None, text: str) -> bool:
        return value is not None and self.collation.fold(text) in self.collation.fold(value)

    def word_starts(self, value: str | None, word: str) -> bool:
        return self.starts(value, word) or any(self.contains(value, sep + word) for sep in WORD_SEPARATORS)

    # -- the rules
    def found_by_search(self, spec: TableSpec, search: str) -> set[int]:
        """The rows a (normalised) search finds, by the listing's documented rules."""
        rows = self.shown[spec.key]
        if not search:
            return set(rows)
        columns = [c for c in spec.columns if c.searchable]
        if looks_like_code(search) and any(c.prefix_search for c in columns):
            columns = [c for c in columns if c.prefix_search]
        fulltext = listing._fulltext_columns(spec.model.__table__)
        worded = [c for c in columns if not c.prefix_search and c.name in fulltext]
        others = [c for c in columns if c not in worded]
        words = search.split()
        long_words = [w for w in words if len(w) >= MIN_WORD]

        def variants(column) -> list[str]:
            if column.prefix_search and search.startswith("0") and search[1:2].isdigit():
                return [search, "+62" + search[1:]]
            return [search]

        def matches(values: dict[str, str | None]) -> bool:
            for column in others:
                value = values.get(column.name)
                if any(self.starts(value, v) if column.prefix_search else self.contains(value, v)
                       for v in variants(column)):
                    return True
            if not worded:
                return False
            if not long_words:
                return any(self.starts(values.get(c.name), search) for c in worded)
            return all(any(self.word_starts(values.get(c.name), w) for c in worded) for w in words)

        return {row_id for row_id, values in rows.items() if matches(values)}

    def picked(self, spec: TableSpec, text: str) -> set[int]:
        """The rows a picker offers for ``text`` (any number of them)."""
        table = spec.model.__table__
        label_prefix = any(c.name == spec.label_column and c.prefix_search for c in spec.columns)
        others = [c for c in spec.columns if c.searchable and c.kind is not Kind.FOREIGN_KEY and c.name in table.c
                  and c.name != spec.label_column]
        out = set()
        for row_id, values in self.shown[spec.key].items():
            if spec.archive_column and self.stored[spec.key][row_id][spec.archive_column] is False:
                continue
            if not text or any(self.starts(values.get(name), text) if prefix else self.contains(values.get(name), text)
                               for name, prefix in [(spec.label_column, label_prefix),
                                                    *((c.name, c.prefix_search) for c in others)]):
                out.add(row_id)
        return out

    def counter_may_find(self, text: str, customer_id: int) -> bool:
        """Whether the counter's lookup may answer ``customer_id`` for ``text``:
        an exact document number of theirs, or the start of their number or
        phone (0812… and +62812… alike), or their name or address holds it."""
        row = self.stored["customers"][customer_id]
        code = text.upper().partition(":")[2].strip() if text.upper().startswith("ISPDESK-") and ":" in text else text
        if self.codes.get(self.collation.fold(code.upper())) == customer_id:
            return True
        return (self.starts(row["customer_number"], text.upper())
                or any(self.starts(row["phone"], v) for v in customer_lookup.phone_variants(text))
                or self.contains(row["name"], text) or self.contains(row["address"], text))


def _shown_select(spec: TableSpec, name: str) -> Any:
    """``(id, what the table shows in column name, as text)`` for every row."""
    table = spec.model.__table__
    column = spec.column(name)
    if column.kind is Kind.FOREIGN_KEY and column.references:
        target = SPECS[column.references]
        alias = target.model.__table__.alias("target")
        value = alias.c[target.label_column]
        source = table.outerjoin(alias, alias.c.id == table.c[name])
    else:
        value, source = table.c[name], table
    if not isinstance(value.type, sa.String):
        value = sa.cast(value, sa.String)
    return sa.select(table.c.id, value).select_from(source)


def _refusal(exc: ValidationError, allowed: set[str]) -> None:
    codes = set(exc.codes.values())
    assert codes <= allowed, exc.codes
    assert exc.text   # it renders: a sentence to show, not a crash


def _should_refuse(text: Any) -> bool:
    """Whether a search text is over the limits (restated, not the function's own check)."""
    if not isinstance(text, str):
        return True
    words = cleaned(text).split()
    return len(" ".join(words)) > MAX_LENGTH or len(words) > MAX_WORDS


@pytest.fixture
def snapshot(db) -> Snapshot:
    seed(db)
    return Snapshot(db)


def _report(capsys, db, title: str, tried: Counter) -> None:
    backend = "sqlite" if db.is_sqlite else "mariadb"
    with capsys.disabled():
        print(f"\n[hostile input, {backend}] {title}: " + ", ".join(f"{k} {v}" for k, v in sorted(tried.items())))


# ---------------------------------------------------------------- the tests


def test_every_listing_search_survives_hostile_text_and_finds_only_matching_rows(db, snapshot, capsys):
    tried: Counter = Counter()

    @HOSTILE
    @given(key=st.sampled_from(SEARCHED), text=hostile_text)
    def search(key: str, text: str) -> None:
        spec = SPECS[key]
        tried["searches"] += 1
        try:
            page = read(db, lambda s: listing.fetch_page(s, ADMIN, spec, ListQuery(search=text), 0, ALL_ROWS))
            counted = read(db, lambda s: listing.count(s, ADMIN, spec, ListQuery(search=text)))
        except ValidationError as exc:
            _refusal(exc, SEARCH_CODES)
            assert exc.codes.keys() == {"search"} and _should_refuse(text), (text, exc.codes)
            tried["refused"] += 1
            return
        assert not _should_refuse(text), text
        wanted = snapshot.found_by_search(spec, normalised_search(text))
        found = set(page.ids)
        assert len(found) == len(page.ids) == counted, (key, text)
        assert found <= wanted, (key, text, sorted(found - wanted))            # nothing that does not match
        assert found == wanted, (key, text, sorted(wanted - found))            # and every row that does
        tried["rows checked"] += len(found)

    search()
    # Every tab, with the pieces a person is most likely to paste, once each.
    for key in SEARCHED:
        for text in ("bu\x00di", "\x00", "100%", "persen 100", "%", "_", "'", "\\", "😀", " ".join(["budi"] * 500)):
            search.hypothesis.inner_test(key, text)
    _report(capsys, db, "listing searches", tried)
    assert tried["searches"] >= EXAMPLES and tried["refused"] and tried["rows checked"]


def test_filters_periods_sorts_and_pages_take_only_what_they_can_hold(db, snapshot, capsys):
    tried: Counter = Counter()

    @st.composite
    def queries(draw) -> tuple[str, ListQuery, Any, Any]:
        """A query of one tab: nothing hostile, one part of it hostile (the
        filters, the search, the period, the sort or the page), or all of it."""
        spec = SPECS[draw(st.sampled_from(sorted(SPECS)))]
        hostile = draw(st.sampled_from(("nothing", "filters", "search", "period", "sort", "page", "everything")))

        def part(name: str, good: Any, bad: Any) -> Any:
            return draw(bad if hostile in (name, "everything") else good)

        names = [c.name for c in spec.columns]
        stored = list(snapshot.stored[spec.key].values())

        def good_values(column) -> list[Any]:
            if column.kind is Kind.ENUM:
                return list(column.choices)
            if column.kind is Kind.BOOLEAN:
                return [True, False, 0, 1]
            if column.name not in spec.model.__table__.c or column.kind is Kind.JSON:
                return []
            values = {repr(row[column.name]): row[column.name] for row in stored if row[column.name] is not None}
            return [values[k] for k in sorted(values)][:5]

        filters: Any = {}
        for name in draw(st.lists(st.sampled_from(names), max_size=3)):
            good = good_values(spec.column(name))
            if good:
                filters[name] = draw(st.sampled_from(good))
        if hostile in ("filters", "everything"):
            for name in draw(st.lists(st.one_of(st.sampled_from(names), hostile_text, huge_int), min_size=1,
                                      max_size=3)):
                filters[name] = draw(odd_value)
            filters = draw(mostly(st.just(filters), odd_value))
        date_names = [c.name for c in spec.columns if c.kind in (Kind.DATE, Kind.DATETIME)]
        period = draw(st.sampled_from(date_names)) if date_names and draw(st.booleans()) else None
        query = ListQuery(
            search=part("search", st.sampled_from(("", "", "a", "budi", "100%", "%")),
                        st.one_of(hostile_text, odd_value)),
            filters=filters,
            date_column=part("period", st.just(period), st.one_of(st.sampled_from(names), hostile_text, odd_value)),
            date_from=part("period", st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2030, 1, 1))),
                           st.one_of(st.datetimes(), odd_value)),
            date_to=part("period", st.one_of(st.none(), st.dates(date(2020, 1, 1)), st.just(date.max)),
                         st.one_of(st.just(date.max), odd_value)),
            sort_column=part("sort", st.one_of(st.none(), st.sampled_from(names)),
                             st.one_of(hostile_text, huge_int, odd_value)),
            sort_descending=part("sort", st.booleans(), odd_value))
        offset = part("page", st.sampled_from((0, 0, 1, 5)), st.one_of(huge_int, odd_value))
        limit = part("page", st.sampled_from((ALL_ROWS, ALL_ROWS, 3)), st.one_of(huge_int, odd_value))
        return spec.key, query, offset, limit

    @HOSTILE
    @given(asked=queries())
    def listing_query(asked) -> None:
        key, query, offset, limit = asked
        spec = SPECS[key]
        tried["queries"] += 1
        tried["filters"] += len(query.filters) if isinstance(query.filters, dict) else 1
        try:
            page = read(db, lambda s: listing.fetch_page(s, ADMIN, spec, query, offset, limit))
            counted = read(db, lambda s: listing.count(s, ADMIN, spec, query))
        except ValidationError as exc:
            _refusal(exc, DECLARED_CODES)
            tried["refused"] += 1
            return
        wanted = snapshot.found_by_search(spec, normalised_search(query.search))
        found = set(page.ids)
        assert found <= wanted, (key, query, sorted(found - wanted))
        assert len(found) == len(page.ids) <= counted
        for row_id, row in zip(page.ids, page.rows):
            stored = snapshot.stored[key][row_id]
            listed = dict(zip(page.columns, row))
            for name, value in (query.filters or {}).items():
                if value is not None and value != "":
                    assert _holds(snapshot, spec, name, stored, listed, value), (key, name, value, row_id)
            if query.date_column and (query.date_from or query.date_to):
                assert _within(stored[query.date_column], query.date_from, query.date_to), (key, query, row_id)
        tried["rows checked"] += len(found)

    listing_query()
    _report(capsys, db, "filters, periods, sorts and pages", tried)
    assert tried["queries"] >= EXAMPLES and tried["refused"] and tried["rows checked"]


def _holds(snapshot: Snapshot, spec: TableSpec, name: str, stored: dict, listed: dict, value: Any) -> bool:
    """Whether a row the listing returned holds the filter's value."""
    column = spec.column(name)
    have = stored[name] if name in stored else listed[name]
    if column.kind in (Kind.FOREIGN_KEY, Kind.INTEGER):
        return have == int(value)
    if column.kind is Kind.BOOLEAN:
        return bool(have) == bool(value)
    if column.kind is Kind.ENUM:
        return str(getattr(have, "value", have)) == str(getattr(value, "value", value))
    if column.kind in (Kind.TEXT, Kind.LONG_TEXT):
        return have is not None and snapshot.collation.equal(have, normalised_search(value))
    if column.kind in (Kind.MONEY, Kind.DECIMAL):
        return Decimal(have) == Decimal(str(value))
    return have == value


def _within(value: Any, first: Any, last: Any) -> bool:
    day = value.date() if isinstance(value, datetime) else value
    first = first.date() if isinstance(first, datetime) else first
    last = last.date() if isinstance(last, datetime) else last
    return value is not None and (not first or day >= first) and (not last or day <= last)


def test_the_counter_lookup_survives_hostile_text_and_finds_only_matching_customers(db, snapshot, capsys):
    tried: Counter = Counter()

    @HOSTILE
    @given(text=hostile_text, limit=st.one_of(st.just(20), huge_int))
    def lookup(text: str, limit: int) -> None:
        tried["lookups"] += 1
        try:
            found = read(db, lambda s: customer_lookup.find_customers(s, ADMIN, text, limit=limit))
        except ValidationError as exc:
            _refusal(exc, SEARCH_CODES | {"search.out_of_range"})
            assert _should_refuse(text) or not INT64_MIN <= limit <= INT64_MAX, (text, limit)
            tried["refused"] += 1
            return
        search = normalised_search(text)
        ids = [m.customer_id for m in found]
        assert len(ids) == len(set(ids)) <= max(1, limit)
        for match in found:
            assert snapshot.counter_may_find(search, match.customer_id), (text, match)
            assert match.name == snapshot.stored["customers"][match.customer_id]["name"]
        tried["customers checked"] += len(found)

    lookup()
    for text in ("bu\x00di", "\x00", "100%", "persen 100", "100% net", "%", "_", "o'brien", "😀"):
        lookup.hypothesis.inner_test(text, 20)
    _report(capsys, db, "counter lookups (F2)", tried)
    assert tried["lookups"] >= EXAMPLES and tried["refused"] and tried["customers checked"]


def test_pickers_and_labels_survive_hostile_text_and_ids(db, snapshot, capsys):
    tried: Counter = Counter()

    @HOSTILE
    @given(key=st.one_of(st.sampled_from(REFERENCED), st.sampled_from(REFERENCED), hostile_text),
           text=hostile_text, limit=st.one_of(st.just(20), st.just(ALL_ROWS), huge_int),
           record_id=st.one_of(huge_int, odd_value))
    def pick(key: str, text: str, limit: Any, record_id: Any) -> None:
        tried["lookups"] += 1
        try:
            offered = read(db, lambda s: listing.lookup(s, ADMIN, key, text, limit=limit))
        except ValidationError as exc:
            _refusal(exc, DECLARED_CODES)
            tried["refused"] += 1
        else:
            spec = SPECS[key]
            wanted = snapshot.picked(spec, normalised_search(text))
            ids = [row_id for row_id, _label in offered]
            assert set(ids) <= wanted, (key, text, sorted(set(ids) - wanted))
            assert len(ids) == len(set(ids)) == min(max(1, limit), len(wanted)), (key, text, limit)
            for row_id, label in offered:
                stored = snapshot.stored[key][row_id][spec.label_column]
                assert label.startswith("" if stored is None else str(stored)), (label, stored)
            tried["rows checked"] += len(ids)
        tried["labels"] += 1
        try:
            label = read(db, lambda s: listing.label_of(s, ADMIN, key, record_id))
        except ValidationError as exc:
            _refusal(exc, DECLARED_CODES)
            tried["refused"] += 1
            return
        if record_id is None or record_id not in snapshot.stored[key]:
            assert label is None
        else:
            expected = snapshot.stored[key][record_id][SPECS[key].label_column]
            assert label == (None if expected is None else str(expected))

    pick()
    for key in REFERENCED:
        for text in ("bu\x00di", "\x00", "100%", "%", "_", "o'brien"):
            pick.hypothesis.inner_test(key, text, 20, 2 ** 64)
    _report(capsys, db, "pickers and labels", tried)
    assert tried["lookups"] >= EXAMPLES and tried["refused"] and tried["rows checked"]
