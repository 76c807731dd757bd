"""Every module tab has a spec that matches its table and lists on both databases."""
from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from ispdesk.db.unit_of_work import read
from ispdesk.domain.permissions import MODULES
from ispdesk.services import listing
from ispdesk.services.modules import SPECIAL_SCREENS, SPECS, spec
from ispdesk.services.specs import Kind, ListQuery
from tests.support.actors import ADMIN



def test_every_module_but_the_special_screens_has_a_spec() -> None:
    assert set(SPECS) == set(MODULES) - set(SPECIAL_SCREENS)
    assert all(spec(key).key == key for key in SPECS)
    with pytest.raises(KeyError, match="dashboard"):
        spec("dashboard")


@pytest.mark.parametrize("key", sorted(SPECS))
def test_spec_matches_its_table(key: str) -> None:
    table_spec = spec(key)
    table = table_spec.model.__table__
    names = [c.name for c in table_spec.columns]
    assert len(names) == len(set(names)), "a column twice"
    assert table_spec.label_column in table.c
    assert table_spec.default_sort[0] in table.c
    if table_spec.archive_column:
        assert isinstance(table.c[table_spec.archive_column].type, sa.Boolean)
    for column in table_spec.columns:
        assert column.name in table.c or table_spec.listing is not None, column.name
        if column.name not in table.c:
            assert not column.editable and not column.in_form, column.name
            continue
        stored = table.c[column.name]
        if column.kind is Kind.FOREIGN_KEY:
            assert column.references in SPECS, column.name
            target = SPECS[column.references].model.__table__
            assert {fk.column.table.name for fk in stored.foreign_keys} == {target.name}, column.name
        if column.kind is Kind.ENUM:
            assert column.choices
            if isinstance(stored.type, sa.Enum):
                assert tuple(stored.type.enums) == column.choices, column.name
        if column.kind in (Kind.MONEY, Kind.DECIMAL):
            assert stored.type.python_type.__name__ == "Decimal", column.name
        if column.prefix_search:
            assert column.searchable, column.name
    assert "password_hash" not in names and "key_hash" not in names


def test_read_only_modules_refuse_generic_writes() -> None:
    for key in ("audit_logs", "stock_movements", "payments", "billing_runs", "backups"):
        assert not (spec(key).can_create or spec(key).can_edit or spec(key).can_delete), key
    assert not spec("users").can_create and not spec("api_keys").can_create
    assert not spec("invoices").column("amount_paid").editable
    assert not spec("invoices").column("status").editable
    assert not spec("inventory").column("quantity").editable


def test_every_spec_lists_filters_sorts_and_counts(db) -> None:
    """On a fresh database (roles only) every search, filter, date range and sort
    runs, a page names exactly the listed columns, and the count agrees with it."""
    def run(session) -> None:
        for key, table_spec in SPECS.items():
            listed = tuple(c.name for c in table_spec.columns if c.in_list)
            page = listing.fetch_page(session, ADMIN, table_spec, ListQuery(), 0, 50)
            assert page.columns == listed and len(page.rows) == len(page.ids)
            assert listing.count(session, ADMIN, table_spec, ListQuery()) == len(page.rows)
            assert listing.count(session, ADMIN, table_spec, ListQuery(search="a_%")) == 0
            for column in table_spec.columns:
                queries = []
                if column.sortable and column.in_list:
                    queries.append(ListQuery(sort_column=column.name, sort_descending=True))
                if column.filterable and column.kind in (Kind.DATE, Kind.DATETIME):
                    queries.append(ListQuery(date_column=column.name, date_from=date(2026, 1, 1),
                                             date_to=date(2026, 12, 31), search="x"))
                elif column.filterable:
                    value = {Kind.ENUM: column.choices[0] if column.choices else "x", Kind.BOOLEAN: True,
                             Kind.FOREIGN_KEY: 1}.get(column.kind, "x")
                    queries.append(ListQuery(filters={column.name: value}))
                for query in queries:
                    rows = listing.fetch_page(session, ADMIN, table_spec, query, 0, 50).rows
                    assert listing.count(session, ADMIN, table_spec, query) == len(rows), key
    read(db, run)


def test_creatable_specs_fill_every_column_the_database_requires(db) -> None:
    """A new record can be saved: each NOT NULL column without a default is a form
    field or comes from the spec's defaults."""
    def run(session) -> None:
        for key, table_spec in SPECS.items():
            if not table_spec.can_create:
                continue
            defaults = table_spec.defaults(session) if table_spec.defaults else {}
            form = {c.name for c in table_spec.columns if c.editable and c.in_form}
            for stored in table_spec.model.__table__.c:
                if stored.nullable or stored.primary_key or stored.default is not None \
                        or stored.server_default is not None:
                    continue
                assert stored.name in form or stored.name in defaults, f"{key}.{stored.name}"
        session.rollback()
    with db.sessions() as session:
        with session.begin():
            run(session)
