"""Document numbers that people see: ``INV-202611-000123``.

One row per document type and period in ``document_sequences``, locked with
``SELECT … FOR UPDATE`` inside the transaction that inserts the document: a
rolled-back document gives its number back, so there are no gaps, and two
counters never get the same number. SQLite serialises writers instead
(``BEGIN IMMEDIATE``), where FOR UPDATE is ignored.
"""
from __future__ import annotations

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
