"""Document numbers that people see: ``INV-202611-000123``.

One row per document type and period in ``document_sequences``, locked with
``SELECT … FOR UPDATE`` inside the transaction that inserts the document: a
rolled-back document gives its number back, so there are no gaps, and two
counters never get the same number. SQLite serialises writers instead
(``BEGIN IMMEDIATE``), where FOR UPDATE is ignored.

:func:`take_numbers` takes the numbers of several document types (a receipt
and its payments) in one statement where the database can return what an
upsert wrote (MariaDB 10.5+, SQLite): ``INSERT … ON DUPLICATE KEY UPDATE …
RETURNING`` locks and bumps every row at once, creating a new period's row.
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import sqlalchemy as sa
from sqlalchemy.dialects import mysql, sqlite
from sqlalchemy.orm import Session

from ispdesk.db.models import DocumentSequence

#: Document type -> printed prefix.
PREFIXES = {
    "invoice": "INV",
    "payment": "PAY",
    "receipt": "RCP",
    "credit_note": "CN",
    "proforma": "PRF",
    "contract": "CTR",
    "work_order": "WO",
    "purchase_order": "PO",
    "lead": "LD",
    "customer": "CUST",
    "shift": "SHF",
    "asset": "AST",
}


def period_of(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}"


def next_value(session: Session, doc_type: str, period: str, count: int = 1) -> int:
    """The next number of ``doc_type`` in ``period``, locked until commit; with
    ``count`` the first of ``count`` consecutive numbers taken at once."""
    table = DocumentSequence.__table__
    key = (table.c.doc_type == doc_type) & (table.c.period == period)
    if session.get_bind().dialect.name != "sqlite":
        # One round trip while the shared row is locked: UPDATE … LAST_INSERT_ID(expr)
        # locks the row, bumps it, and hands the new value back in the OK packet.
        bumped = session.execute(sa.update(table).where(key).values(
            last_value=sa.func.last_insert_id(table.c.last_value + count)))
        if bumped.rowcount == 1:
            return bumped.lastrowid - count + 1
    locked = sa.select(table.c.last_value).where(key).with_for_update()
    current = session.execute(locked).scalar_one_or_none()
    if current is None:
        values = {"doc_type": doc_type, "period": period, "last_value": 0}
        if session.get_bind().dialect.name == "sqlite":
            stmt = sqlite.insert(table).values(values).on_conflict_do_nothing()
        else:
            stmt = mysql.insert(table).values(values).prefix_with("IGNORE")
        session.execute(stmt)
        current = session.execute(locked).scalar_one()
    session.execute(sa.update(table).where(key).values(last_value=current + count))
    return current + 1


def next_number(session: Session, doc_type: str, day: date) -> str:
    """A formatted number such as ``INV-202611-000123`` for a document dated ``day``."""
    period = period_of(day)
    value = next_value(session, doc_type, period)
    return f"{PREFIXES[doc_type]}-{period}-{value:06d}"


def next_numbers(session: Session, doc_type: str, day: date, count: int) -> list[str]:
    """``count`` consecutive numbers in one locked step (a billing run's chunk)."""
    if count <= 0:
        return []
    period = period_of(day)
    first = next_value(session, doc_type, period, count)
    return [f"{PREFIXES[doc_type]}-{period}-{value:06d}" for value in range(first, first + count)]


def _upsert(dialect: sa.Dialect, count: int) -> sa.TextClause | None:
    """``INSERT … (upsert) … RETURNING doc_type, last_value`` for ``count`` document types
    (bound as t0, n0, t1, n1…, period ``p``), or None where the database cannot do it.
    Written as text: SQLAlchemy does not cache a compiled MySQL upsert, and this runs
    with every payment."""
    key = (dialect.name, count)
    if key in _UPSERTS:
        return _UPSERTS[key]
    rows = ", ".join(f"(:t{k}, :p, :n{k})" for k in range(count))
    statement: sa.TextClause | None = None
    if dialect.name == "sqlite" and dialect.insert_returning:
        statement = sa.text(
            f'INSERT INTO document_sequences (doc_type, "period", last_value) VALUES {rows} '
            'ON CONFLICT (doc_type, "period") DO UPDATE SET last_value = last_value + excluded.last_value '
            "RETURNING doc_type, last_value")
    elif dialect.name in ("mysql", "mariadb") and getattr(dialect, "is_mariadb", False) and dialect.insert_returning:
        statement = sa.text(
            f"INSERT INTO document_sequences (doc_type, `period`, last_value) VALUES {rows} "
            "ON DUPLICATE KEY UPDATE last_value = last_value + VALUES(last_value) RETURNING doc_type, last_value")
    _UPSERTS[key] = statement
    return statement


_UPSERTS: dict[tuple[str, int], sa.TextClause | None] = {}


def take_numbers(session: Session, day: date, counts: Mapping[str, int]) -> dict[str, list[str]]:
    """``counts[doc_type]`` consecutive numbers of each document type, all in one
    locked step (one statement on MariaDB and SQLite). Rows are locked in the
    order of ``counts``: callers taking several types name them in one order
    (receipt before payment). A type asked 0 numbers gets [] and is not touched."""
    wanted = [(doc_type, count) for doc_type, count in counts.items() if count > 0]
    period = period_of(day)
    connection = session.connection()
    statement = _upsert(connection.dialect, len(wanted)) if wanted else None
    if statement is None:
        return {doc_type: next_numbers(session, doc_type, day, count) for doc_type, count in counts.items()}
    params: dict[str, object] = {"p": period}
    for k, (doc_type, count) in enumerate(wanted):
        params[f"t{k}"] = doc_type
        params[f"n{k}"] = count
    last = {doc_type: value for doc_type, value in connection.execute(statement, params)}
    taken: dict[str, list[str]] = {doc_type: [] for doc_type in counts}
    for doc_type, count in wanted:
        first = last[doc_type] - count + 1
        taken[doc_type] = [f"{PREFIXES[doc_type]}-{period}-{value:06d}" for value in range(first, first + count)]
    return taken
