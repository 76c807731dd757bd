"""Multi-row INSERTs written as literal SQL on MariaDB/MySQL, for batch jobs.

A billing run writes a thousand invoices per statement; passing them as bound
parameters costs more Python time (SQLAlchemy's parameter processing, then
PyMySQL escaping every value) than the server takes to store them. Here each
value is rendered once by its type: numbers and dates as they are, text
through PyMySQL's escaping for the connection's mode. Only for MariaDB/MySQL
(SQLite keeps money as scaled integers: use the ORM types there).

``ispdesk.services.demo`` renders its rows with :func:`literal_renderer` too.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

Render = Callable[[Any], str]

_PLAIN: dict[type, Render] = {
    int: str,
    Decimal: lambda v: format(v, "f"),
    type(None): lambda v: "NULL",
    bool: lambda v: "1" if v else "0",
    date: lambda v: f"'{v.isoformat()}'",
    datetime: lambda v: f"'{v.isoformat(' ')}'",
    time: lambda v: f"'{v.isoformat()}'",
}


def renderer(session: Session) -> Render:
    """A function turning a Python value into its SQL literal on ``session``'s MySQL connection."""
    return literal_renderer(session.connection().connection.dbapi_connection)


def literal_renderer(dbapi: Any) -> Render:
    """A function turning a Python value into its SQL literal on the PyMySQL
    connection ``dbapi`` (its escaping follows the connection's SQL mode)."""
    from pymysql.constants import SERVER_STATUS
    from pymysql.converters import escape_string
    if dbapi.server_status & SERVER_STATUS.SERVER_STATUS_NO_BACKSLASH_ESCAPES:
        def escape(v: str) -> str:
            return v.replace("'", "''")
    else:
        escape = escape_string
    table = dict(_PLAIN)
    table[str] = lambda v: "'" + escape(v) + "'"
    table[list] = table[dict] = lambda v: "'" + escape(json.dumps(v)) + "'"

    def render(value: Any) -> str:
        return table[type(value)](value)
    render.by_type = table  # type: ignore[attr-defined]
    return render


def insert_sql(table: sa.Table, columns: Sequence[str], rows: Iterable[Sequence[Any]], render: Render, *,
               shared: dict[str, Any] | None = None, returning: Sequence[str] = ()) -> str:
    """``INSERT INTO table (columns…) VALUES (…),(…) [RETURNING …]`` with every value rendered literally;
    ``shared`` columns take the same value in every row (rendered once)."""
    shared = shared or {}
    names = [*columns, *shared]
    unknown = [c for c in (*names, *returning) if c not in table.c]
    if unknown:
        raise ValueError(f"{table.name} has no column(s) {unknown}")
    by_type: dict[type, Render] = render.by_type  # type: ignore[attr-defined]
    tail = "".join("," + render(v) for v in shared.values()) + ")"
    values = ",".join("(" + ",".join([by_type[type(v)](v) for v in row]) + tail for row in rows)
    sql = f"INSERT INTO `{table.name}` ({', '.join(f'`{c}`' for c in names)}) VALUES {values}"
    if returning:
        sql += " RETURNING " + ", ".join(f"`{c}`" for c in returning)
    return sql


def execute(session: Session, sql: str) -> sa.CursorResult[Any]:
    """Run literal SQL as it is (no parameter parsing: a ``%`` or ``:`` in a value stays itself)."""
    return session.connection().exec_driver_sql(sql, execution_options={"no_parameters": True})
