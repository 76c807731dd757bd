"""A small data set for the search hardening tests: the demo data of a dozen
customers (every area filled), a row or three in each table the demo leaves
empty, and tricky texts (digits, wildcards, quotes, accents, emoji) in the
searched text columns of every table, tricky customers above all."""
from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.engine import Database
from ispdesk.db.models import Base, Customer
from ispdesk.db.unit_of_work import write
from ispdesk.domain.actor import Actor
from ispdesk.services.demo import generate
from ispdesk.services.modules import SPECS
from ispdesk.services.specs import Kind

#: Customers whose names a search must handle: a digit and a %, a quote, an
#: underscore, a trailing %, accents, emoji, a backslash, a double quote.
TRICKY_CUSTOMERS = (
    # name, phone, address, kecamatan
    ("Persen 100% Net", "081255500001", "Jl. Seratus 100", "Kuta"),
    ("Persen 100 Net", "081255500002", "Jl. Seratus 10", "Kuta"),
    ("Warnet 1000", "081255500003", "Jl. Seribu", "Ubud"),
    ("O'Brien", "081255500004", "Jl. Irlandia 1", "Gianyar"),
    ("Budi_Santoso", "081255500005", "Jl. Garis_Bawah 5", "Denpasar Barat"),
    ("Budi Santoso", "081255500006", "Jl. Melati 5", "Denpasar Selatan"),
    ("Ani%", "081255500007", "Jl. 50% Diskon", "Tabanan"),
    ("Anita Wijaya", "081255500008", "Jl. Kenanga 9", "Tabanan"),
    ("Émile Çelik", "081255500009", "Jl. Édith Piaf 3", "Kuta Utara"),
    ("José Núñez", "081255500010", "Jl. Ñandu 7", "Sanur"),
    ("Kopi ☕ Senja", "081255500011", "Jl. Kopi ☕ 1", "Ubud"),
    ("Toko 😀 Emoji", "081255500012", "Jl. 😀 Senyum", "Mengwi"),
    ('Toko "Kutip" Jaya', "081255500013", 'Jl. "Kutip" 2', "Kerobokan"),
    ("Back\\Slash", "081255500014", "Jl. C:\\Windows", "Canggu"),
    ("Nur'aini Al-Fatih", "+6281255500015", "Jl. Tebet", "Tebet"),
    ("Abd.Rahman", "+6281255500016", "Jl. Sawahan", "Sawahan"),
)

#: Texts put into the searched text columns of every table.
TRICKY_TEXTS = tuple(name for name, *_rest in TRICKY_CUSTOMERS) + (
    "a_b%c", "100% _ \\ '", "Ünïcödé Ťëxť", "汉字 テスト", "Tab\tNot", "  spaced  out  ")


def seed(db: Database) -> dict[str, int]:
    """Fill ``db`` (migrated, seeded, no customers) and return the row count of
    every table a spec lists."""
    generate(db, Actor.system(), customers=12)
    write(db, _fill_empty_tables)
    write(db, _tricky_texts)
    write(db, _tricky_customers)
    return write(db, lambda s: {key: s.execute(sa.select(sa.func.count()).select_from(spec.model.__table__))
                                .scalar_one() for key, spec in SPECS.items()})


def _tricky_customers(session: Session) -> None:
    first = session.execute(sa.select(sa.func.max(Customer.id))).scalar_one() or 0
    rows = [{"customer_number": f"CUST-HARD-{i:04d}", "name": name, "phone": phone, "address": address,
             "kecamatan": kecamatan, "email": f"hard{i}@example.id", "status": "active",
             "credit_balance": Decimal("0"), "never_suspend": False, "referred_by_id": first if i % 2 else None}
            for i, (name, phone, address, kecamatan) in enumerate(TRICKY_CUSTOMERS, start=1)]
    session.execute(sa.insert(Customer), rows)


def _searched_text_columns(table: sa.Table) -> list[sa.Column]:
    names = {c.name for spec in SPECS.values() if spec.model.__table__ is table
             for c in spec.columns if c.searchable and c.kind in (Kind.TEXT, Kind.LONG_TEXT)}
    return [c for c in table.columns if c.name in names and isinstance(c.type, sa.String)]


def _unique_columns(table: sa.Table) -> set[str]:
    unique = {c.name for c in table.columns if c.unique or c.primary_key}
    for key in [*table.constraints, *table.indexes]:
        if isinstance(key, sa.UniqueConstraint) or getattr(key, "unique", False):
            unique.update(c.name for c in key.columns)
    return unique


def _fitted(text: str, column: sa.Column, suffix: str) -> str:
    length = getattr(column.type, "length", None) or 255
    return (text[: max(1, length - len(suffix))] + suffix)[:length]


def _tricky_texts(session: Session) -> None:
    """The three first rows of every table get tricky texts in their searched
    text columns (unique columns keep a suffix of the row's id)."""
    for table in Base.metadata.sorted_tables:
        columns = _searched_text_columns(table)
        if not columns:
            continue
        unique = _unique_columns(table)
        ids = session.execute(sa.select(table.c.id).order_by(table.c.id).limit(3)).scalars().all()
        for k, row_id in enumerate(ids):
            values = {}
            for j, column in enumerate(columns):
                text = TRICKY_TEXTS[(k * 7 + j * 3 + len(table.name)) % len(TRICKY_TEXTS)]
                values[column.name] = _fitted(text, column, f" {row_id}" if column.name in unique else "")
            session.execute(sa.update(table).where(table.c.id == row_id).values(**values))


def _fill_empty_tables(session: Session) -> None:
    """Three rows in each table a spec lists that the demo left empty, every
    column given a value of its type, foreign keys to existing rows."""
    listed = {spec.model.__table__ for spec in SPECS.values()}
    for table in Base.metadata.sorted_tables:
        if table not in listed or session.execute(sa.select(sa.func.count()).select_from(table)).scalar_one():
            continue
        session.execute(sa.insert(table), [_row(session, table, k) for k in range(3)])


def _row(session: Session, table: sa.Table, k: int) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for column in table.columns:
        if column.primary_key:
            continue
        if column.foreign_keys:
            target = next(iter(column.foreign_keys)).column.table
            if target is table:
                continue
            found = session.execute(sa.select(target.c.id).order_by(target.c.id).offset(k).limit(1)).scalar() \
                or session.execute(sa.select(sa.func.min(target.c.id))).scalar()
            if found is None and not column.nullable:
                raise AssertionError(f"{table.name}.{column.name}: {target.name} is empty")
            row[column.name] = found
            continue
        row[column.name] = _value(column, k)
    return row


def _value(column: sa.Column, k: int) -> Any:
    kind = column.type
    if isinstance(kind, sa.Enum):
        return kind.enums[k % len(kind.enums)]
    try:
        python = kind.python_type
    except NotImplementedError:
        python = str
    if python is bool:
        return k % 2 == 0
    if python is int:
        return k + 1
    if python is Decimal or python is float:
        return Decimal("1.50") + k   # fits every DECIMAL (rates are DECIMAL(5,2))
    if python is datetime:
        return datetime(2026, 11, 2 + k, 9, 30)
    if python is date:
        return date(2026, 11, 2 + k)
    if python is time:
        return time(9 + k, 15)
    if python in (dict, list):
        return {}
    if python is bytes:
        return b""
    return _fitted(TRICKY_TEXTS[(k * 5 + len(column.name)) % len(TRICKY_TEXTS)], column, f" {k}")
