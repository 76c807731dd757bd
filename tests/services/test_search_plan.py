"""How a search is planned (listing._sort_index_allowed, listing._Plan._hits):
a search the database cannot count first keeps indexes off the ORDER BY (a rare
match would walk the whole index); on MariaDB a search of index ranges only
leaves the choice to the optimiser, and a word search is narrowed by the
full-text index. The rows still come sorted, the same on both databases."""
from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Customer
from ispdesk.db.unit_of_work import read, write
from ispdesk.services import listing
from ispdesk.services.listing import _Plan
from ispdesk.services.modules import spec
from ispdesk.services.specs import ListQuery
from tests.support.actors import ADMIN
from tests.support.builders import add_customers


def sql_of(db, query: ListQuery, *, portable: bool = False) -> str:
    """The SELECT of the customers listing as ``fetch_page`` sends it to ``db``
    (``portable``: as it would without knowing the database)."""
    with db.engine.connect() as connection:
        backend = {} if portable else listing._backend(Session(bind=connection))
        plan = _Plan(spec("customers"), query, listed=True, ordered=True, **backend)
        return str(plan.rows().compile(connection))


def test_a_search_the_database_cannot_count_keeps_indexes_off_the_order_by(db):
    words = sql_of(db, ListQuery(search="budi", sort_column="name"))
    plain = sql_of(db, ListQuery(sort_column="name"))
    if db.is_sqlite:
        assert "ORDER BY +customers.name" in words and "ORDER BY customers.name" in plain
        assert "ORDER BY +customers.name" in sql_of(db, ListQuery(search="0899", sort_column="name"))
        assert "MATCH" not in words
    else:
        assert "IGNORE INDEX FOR ORDER BY (ix_customers_name)" in words
        assert "MATCH (customers.name, customers.kecamatan) AGAINST" in words   # narrowed first
        assert "IGNORE INDEX" not in plain
    assert "IGNORE INDEX" not in sql_of(db, ListQuery(search="x", sort_column="status"))   # no index to avoid


def test_mariadb_chooses_the_order_for_a_search_of_index_ranges(db):
    """A phone, a customer number, one or two letters: every condition is a
    LIKE 'text%' on an indexed column, so MariaDB counts the rows in the ranges
    and walks the name index only when many match (CUST-0: half the customers)."""
    for text in ("0899", "CUST-0", "bu"):
        searched = sql_of(db, ListQuery(search=text, sort_column="name"))
        if db.is_sqlite:   # SQLite's LIKE uses no index and counts nothing: it sorts the matches
            assert "ORDER BY +customers.name" in searched
        else:
            assert "IGNORE INDEX" not in searched and "MATCH" not in searched
            # not knowing the database, the plan keeps to the safe side
            assert "IGNORE INDEX" in sql_of(db, ListQuery(search=text, sort_column="name"), portable=True)


def test_searched_rows_come_sorted(db):
    add_customers(db)
    for descending in (False, True):
        page = read(db, lambda s: listing.fetch_page(s, ADMIN, spec("customers"),
                                                     ListQuery(search="08121111", sort_column="name",
                                                               sort_descending=descending), 0, 50))
        names = [row[page.columns.index("name")] for row in page.rows]
        assert len(names) == 7 and names == sorted(names, reverse=descending)


def test_every_plan_pages_the_same_rows_in_the_same_order(db):
    """300 customers whose numbers all start with CUST- (a dense match: MariaDB may
    walk the name index) and whose names share words (a word search: narrowed
    by the full-text index on MariaDB): page by page, the rows are those of the
    portable plan, sorted by name then id, whichever plan the database runs."""
    first = ("Budi", "Siti", "Agus", "Dewi", "Made")
    last = ("Santoso", "Wijaya", "Lestari", "Budiman")
    rows = [{"id": i, "customer_number": f"CUST-{i:06d}", "name": f"{first[i % 5]} {last[i % 4]}",
             "phone": f"+62812{i:07d}", "kecamatan": "Ubud" if i % 3 else "Kuta", "status": "active",
             "credit_balance": 0, "never_suspend": False} for i in range(1, 301)]
    write(db, lambda s: s.execute(sa.insert(Customer), rows))
    customers = spec("customers")

    def pages(query: ListQuery, portable: bool) -> list[int]:
        def fetch(session):
            backend = {} if portable else listing._backend(session)
            ids = []
            for offset in (0, 40, 80, 120, 160, 200, 240, 280):
                plan = _Plan(customers, query, listed=True, ordered=True, **backend)
                ids += plan.page(session.execute(plan.rows().offset(offset).limit(40)), offset).ids
            return ids
        return read(db, fetch)

    for text, sort, descending in (("CUST-", "name", False), ("CUST-0001", "name", True), ("budi", "name", False),
                                   ("budi", "phone", True), ("santoso ubud", "customer_number", False),
                                   ("+62812", "phone", False), ("bu", "name", False)):
        query = ListQuery(search=text, sort_column=sort, sort_descending=descending)
        got = pages(query, portable=False)
        assert got == pages(query, portable=True)
        assert len(got) == read(db, lambda s: listing.count(s, ADMIN, customers, query)) > 0
        by_id = {r["id"]: r for r in rows}
        keys = [(by_id[i][sort], i) for i in got]
        assert keys == sorted(keys, reverse=descending)


def test_words_with_a_digit_search_the_names_and_a_number_stays_on_its_indexes(db):
    """"persen 100" and "100%" are words (a name with a digit): the names are
    searched, narrowed by the full-text index on MariaDB; "0812 3456" and
    "CUST-0001" are a number and a code: only the prefix columns' ranges."""
    for words in ("persen 100", "100%", "100% net"):
        searched = sql_of(db, ListQuery(search=words, sort_column="name"))
        assert "customers.name LIKE" in searched
        if not db.is_sqlite:
            assert "MATCH (customers.name, customers.kecamatan) AGAINST" in searched
    for number in ("0812 3456", "CUST-0001", "+62812"):
        searched = sql_of(db, ListQuery(search=number, sort_column="name"))
        assert "customers.name LIKE" not in searched and "MATCH" not in searched
        if not db.is_sqlite:
            assert "IGNORE INDEX" not in searched   # index ranges only: MariaDB chooses the order
