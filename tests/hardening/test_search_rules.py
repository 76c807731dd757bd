"""The search hardening of issue 15, case by case, on both databases: a NUL no
longer matches everything, a very long search is refused with a clear
message instead of "Expression tree is too large", a name with a digit is
found by it, wildcards are literal, and a filter or an id a listing cannot
take is a ValidationError, never a KeyError or an OverflowError."""
from __future__ import annotations

from datetime import date, datetime

import pytest
import sqlalchemy as sa

from ispdesk.db.models import Customer
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import ValidationError
from ispdesk.domain.search_text import MAX_LENGTH, MAX_WORDS
from ispdesk.services import customer_lookup, listing
from ispdesk.services.modules import SPECS, spec
from ispdesk.services.specs import Kind, ListQuery
from tests.support.actors import ADMIN

CUSTOMERS = spec("customers")

NAMES = ("Persen 100% Net", "Persen 100 Net", "Warnet 1000", "O'Brien", "Budi_Santoso", "Budi Santoso",
         "Ani%", "Anita Wijaya", "Bunga Citra", "Émile Çelik", "Toko 😀 Emoji", "Back\\Slash")


@pytest.fixture
def customers(db) -> dict[str, int]:
    rows = [{"id": i, "customer_number": f"CUST-2026-{i:04d}", "name": name, "phone": f"0812555{i:05d}",
             "address": f"Jl. Nomor {i}", "kecamatan": "Kuta", "status": "active", "credit_balance": 0,
             "never_suspend": False} for i, name in enumerate(NAMES, start=1)]
    write(db, lambda s: s.execute(sa.insert(Customer), rows))
    return {row["name"]: row["id"] for row in rows}


def listed(db, text: str, key: str = "customers") -> set[int]:
    return set(read(db, lambda s: listing.fetch_page(s, ADMIN, spec(key), ListQuery(search=text), 0, 500)).ids)


def names(db, text: str) -> set[str]:
    by_id = {i: name for i, name in enumerate(NAMES, start=1)}
    return {by_id[i] for i in listed(db, text)}


def picked(db, text: str) -> set[str]:
    return {label.split(" · ")[0] for _i, label in read(db, lambda s: listing.lookup(s, ADMIN, "customers", text))}


def counter(db, text: str) -> set[str]:
    return {m.name for m in read(db, lambda s: customer_lookup.find_customers(s, ADMIN, text))}


def refused(work) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        work()
    return info.value


def test_a_name_with_a_digit_is_found_by_it_in_the_tab_the_picker_and_at_the_counter(db, customers):
    for text in ("100%", "persen 100", "100% net", "PERSEN 100% NET"):
        assert "Persen 100% Net" in names(db, text) & picked(db, text) & counter(db, text), text
    assert names(db, "net 100%") == {"Persen 100% Net"}           # the words in any order (the tab)
    assert names(db, "100%") == {"Persen 100% Net"}             # the % is a %, not "anything"
    assert names(db, "persen 100") == {"Persen 100% Net", "Persen 100 Net"}
    assert names(db, "100% net") == {"Persen 100% Net"}
    assert picked(db, "100%") == {"Persen 100% Net"} and picked(db, "persen 100") == {"Persen 100% Net",
                                                                                     "Persen 100 Net"}
    assert counter(db, "100%") == {"Persen 100% Net"}
    assert names(db, "warnet 1000") == {"Warnet 1000"} == counter(db, "warnet 1000")
    # A number alone is still a number: the phones and customer numbers, by their start.
    assert names(db, "0812555") == set(NAMES) and names(db, "1000") == set()
    assert counter(db, "CUST-2026-0003") == {"Warnet 1000"}
    assert counter(db, "1000") == {"Warnet 1000"}   # no phone starts so: the counter tries the names


def test_a_nul_or_other_control_character_is_no_wildcard(db, customers):
    """"bu\\x00di" used to behave like "bu" on SQLite (the pattern ended at the NUL)."""
    assert names(db, "bu\x00di") == names(db, "budi") == {"Budi Santoso", "Budi_Santoso"}
    assert names(db, "bu") == {"Budi_Santoso", "Budi Santoso", "Bunga Citra"}
    assert names(db, "\x00") == names(db, "") == set(NAMES)        # nothing left: no search
    assert names(db, "anita\twij") == {"Anita Wijaya"}               # a tab separates words
    assert names(db, "ani\u200bta") == {"Anita Wijaya"}               # a zero-width space is dropped
    assert counter(db, "bu\x00di") == {"Budi Santoso", "Budi_Santoso"} == picked(db, "bu\x00di")
    assert counter(db, "\x00\x01") == set() and picked(db, "\x00") == set(NAMES)


def test_every_tab_reads_a_nul_as_nothing(db, customers):
    """Across every tab (33 of them answered rows they should not): a search
    with a NUL in it finds what the search without it finds."""
    for key, table in SPECS.items():
        if any(c.searchable for c in table.columns):
            assert listed(db, "zz\x00q", key) == listed(db, "zzq", key) == set(), key


def test_wildcards_quotes_and_backslashes_are_searched_for_as_they_are(db, customers):
    assert names(db, "ani%") == {"Ani%"} and names(db, "ani") == {"Ani%", "Anita Wijaya"}
    assert names(db, "budi_santoso") == {"Budi_Santoso"} == counter(db, "budi_santoso")
    assert names(db, "budi_") == {"Budi_Santoso"}
    assert names(db, "_") == names(db, "%") == names(db, "%%%") == set()
    assert names(db, "o'brien") == {"O'Brien"} == counter(db, "o'brien") == picked(db, "o'brien")
    assert names(db, "back\\slash") == {"Back\\Slash"} == counter(db, "back\\slash")
    assert names(db, "\\") == set() == names(db, "/")
    assert picked(db, "%") == {"Ani%", "Persen 100% Net"} and picked(db, "_") == {"Budi_Santoso"}


def test_accents_and_emoji_find_their_names(db, customers):
    """(SQLite compares only ASCII letters without case: "émile" finds
    "Émile" on MariaDB alone.)"""
    assert "Émile Çelik" in names(db, "Émile") and "Émile Çelik" in names(db, "E\u0301mile")   # decomposed
    assert "Émile Çelik" in names(db, "çelik" if not db.is_sqlite else "Çelik")
    assert "Toko 😀 Emoji" in names(db, "toko 😀") and "Toko 😀 Emoji" in picked(db, "😀 emoji")
    assert "Émile Çelik" in counter(db, "Çelik")


def test_a_search_too_long_or_of_too_many_words_is_refused_with_its_reason(db, customers):
    """500 words made SQLite give up ("Expression tree is too large")."""
    many = " ".join(["budi"] * 500)
    longest = "b" * MAX_LENGTH
    assert names(db, " ".join(["budi"] * MAX_WORDS)) == {"Budi Santoso", "Budi_Santoso"}
    assert names(db, longest) == set() and names(db, f"  {longest}  ") == set()
    for text, code in ((many, "search.too_long"), (" ".join(["bu"] * (MAX_WORDS + 1)), "search.too_many_words"),
                       (longest + "b", "search.too_long"), ("x" * 10**6, "search.too_long")):
        for work in (lambda: listed(db, text), lambda: picked(db, text), lambda: counter(db, text),
                     lambda: read(db, lambda s: listing.count(s, ADMIN, CUSTOMERS, ListQuery(search=text)))):
            assert refused(work).codes == {"search": code}
    for key in SPECS:
        assert refused(lambda: listed(db, many, key)).codes == {"search": "search.too_long"}, key


def test_a_filter_the_listing_cannot_take_is_a_validation_error(db, customers):
    def query(**kw):
        return lambda: read(db, lambda s: listing.fetch_page(s, ADMIN, CUSTOMERS, ListQuery(**kw), 0, 50))

    assert refused(query(filters={"no_such_column": 1})).codes == {"filters": "listing.unknown_filter"}
    assert refused(query(filters={"no_such_column": None})).codes == {"filters": "listing.unknown_filter"}
    assert refused(query(filters={("tuple",): 1})).codes == {"filters": "listing.unknown_filter"}
    assert refused(query(filters={"referred_by_id": 2 ** 64})).codes == {"referred_by_id": "search.out_of_range"}
    assert refused(query(filters={"referred_by_id": -2 ** 63 - 1})).codes == {"referred_by_id": "search.out_of_range"}
    assert refused(query(filters={"referred_by_id": "7"})).codes == {"referred_by_id": "search.not_a_whole_number"}
    assert refused(query(filters={"referred_by_id": 1.5})).codes == {"referred_by_id": "search.not_a_whole_number"}
    assert refused(query(filters={"status": "gone"})).codes == {"status": "listing.bad_filter"}
    assert refused(query(filters={"status": 3})).codes == {"status": "listing.bad_filter"}
    assert refused(query(filters={"never_suspend": "yes"})).codes == {"never_suspend": "listing.bad_filter"}
    assert refused(query(filters={"created_at": "today"})).codes == {"created_at": "listing.bad_filter"}
    assert refused(query(filters=["status"])).codes == {"filters": "listing.bad_filter"}
    assert refused(query(date_column="name", date_from=date(2026, 1, 1))).codes == {
        "date_column": "listing.unknown_date_column"}
    assert refused(query(date_column="created_at", date_to="2026-01-01")).codes == {"date_to": "listing.not_a_date"}
    assert refused(query(filters={"name": "x" * 200})).codes == {"name": "search.too_long"}
    # What a filter may hold still filters.
    ok = read(db, lambda s: listing.count(s, ADMIN, CUSTOMERS, ListQuery(filters={
        "referred_by_id": 2 ** 63 - 1, "status": "active", "never_suspend": 0})))
    assert ok == 0
    assert len(listed(db, "")) == len(NAMES)
    every = ListQuery(date_column="created_at", date_from=date.min, date_to=date.max)
    assert read(db, lambda s: listing.count(s, ADMIN, CUSTOMERS, every)) == len(NAMES)
    named = ListQuery(filters={"name": " O'Brien\x00 "}, date_column="created_at",
                      date_from=datetime(2000, 1, 1, 12), date_to=None)
    assert read(db, lambda s: listing.count(s, ADMIN, CUSTOMERS, named)) == 1


def test_ids_and_pages_beyond_64_bits_are_validation_errors(db, customers):
    assert refused(lambda: read(db, lambda s: listing.fetch_page(s, ADMIN, CUSTOMERS, ListQuery(), 2 ** 64, 10))) \
        .codes == {"offset": "search.out_of_range"}
    assert refused(lambda: read(db, lambda s: listing.fetch_page(s, ADMIN, CUSTOMERS, ListQuery(), 0, 2 ** 70))) \
        .codes == {"limit": "search.out_of_range"}
    assert read(db, lambda s: listing.fetch_page(s, ADMIN, CUSTOMERS, ListQuery(), 2 ** 63 - 1, 10)).rows == []
    assert refused(lambda: read(db, lambda s: listing.label_of(s, ADMIN, "customers", 2 ** 64))) \
        .codes == {"record_id": "search.out_of_range"}
    assert read(db, lambda s: listing.label_of(s, ADMIN, "customers", 2 ** 63 - 1)) is None
    assert refused(lambda: read(db, lambda s: listing.lookup(s, ADMIN, "customers", "budi", limit=2 ** 64))) \
        .codes == {"limit": "search.out_of_range"}
    assert refused(lambda: read(db, lambda s: listing.lookup(s, ADMIN, "no_such_table", "budi"))) \
        .codes == {"ref_key": "listing.unknown_table"}
    assert refused(lambda: read(db, lambda s: customer_lookup.customer_account(s, ADMIN, 2 ** 64))) \
        .codes == {"customer_id": "search.out_of_range"}
    assert refused(lambda: read(db, lambda s: customer_lookup.find_customers(s, ADMIN, "budi", limit=2 ** 64))) \
        .codes == {"limit": "search.out_of_range"}


def test_an_unknown_sort_column_sorts_the_spec_s_way(db, customers):
    for sort in ("no_such_column", 42, None, ""):
        page = read(db, lambda s: listing.fetch_page(s, ADMIN, CUSTOMERS, ListQuery(sort_column=sort), 0, 50))
        assert [row[page.columns.index("name")] for row in page.rows] == \
            read(db, lambda s: [n for (n,) in s.execute(sa.select(Customer.name).order_by(Customer.name,
                                                                                          Customer.id))])


def test_every_filter_kind_of_every_tab_takes_its_values_and_refuses_others(db, customers):
    samples = {Kind.ENUM: "x", Kind.BOOLEAN: True, Kind.FOREIGN_KEY: 1, Kind.DATE: date(2026, 1, 1),
               Kind.DATETIME: datetime(2026, 1, 1, 9), Kind.TEXT: "x"}
    tried = 0
    for key, table in SPECS.items():
        for column in table.columns:
            if not column.filterable:
                continue
            good = column.choices[0] if column.kind is Kind.ENUM else samples[column.kind]
            read(db, lambda s: listing.count(s, ADMIN, table, ListQuery(filters={column.name: good})))
            assert refused(lambda: read(db, lambda s: listing.count(
                s, ADMIN, table, ListQuery(filters={column.name: object()})))).codes.keys() == {column.name}
            tried += 1
    assert tried == 146
