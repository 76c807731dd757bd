"""A search never lets an index serve the ORDER BY (a rare match would walk the
whole index); the rows still come sorted, on both databases."""
from __future__ import annotations

from ispdesk.db.unit_of_work import read
from ispdesk.services import listing
from ispdesk.services.listing import _Plan
from ispdesk.services.modules import spec
from ispdesk.services.specs import ListQuery
from tests.ui.widget_support import ADMIN, add_customers


def sql_of(db, query: ListQuery) -> str:
    plan = _Plan(spec("customers"), query, listed=True, ordered=True)
    with db.engine.connect() as connection:
        return str(plan.rows().compile(connection))


def test_a_search_keeps_indexes_off_the_order_by(db):
    searched = sql_of(db, ListQuery(search="0899", sort_column="name"))
    plain = sql_of(db, ListQuery(sort_column="name"))
    if db.is_sqlite:
        assert "ORDER BY +customers.name" in searched and "ORDER BY customers.name" in plain
    else:
        assert "IGNORE INDEX FOR ORDER BY (ix_customers_name)" in searched
        assert "IGNORE INDEX" not in plain
    assert "IGNORE INDEX" not in sql_of(db, ListQuery(search="x", sort_column="status"))   # no index to avoid


def test_searched_rows_come_sorted(db):
    add_customers(db)
    for descending in (False, True):
        page = read(db, lambda s: listing.fetch_page(s, ADMIN, spec("customers"),
                                                     ListQuery(search="08121111", sort_column="name",
                                                               sort_descending=descending), 0, 50))
        names = [row[page.columns.index("name")] for row in page.rows]
        assert len(names) == 7 and names == sorted(names, reverse=descending)
