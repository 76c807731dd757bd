"""How the demo rows reach the database: ids assigned here, multi-row INSERTs,
document numbers counted on from ``document_sequences``, and on MariaDB a writer
thread that runs literal statements while Python builds the next batch."""
from __future__ import annotations

import queue
import threading
from collections import Counter
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import mysql, sqlite
from sqlalchemy.orm import Session

from ispdesk.db import bulk
from ispdesk.db import models as m
from ispdesk.db.sequences import PREFIXES, period_of

#: Rows per INSERT statement.
BATCH = 5000
CUSTOMER_SEQUENCE = ("customer", "")


class Writer:
    """Inserts rows under ids it assigns, counts them, and hands out document numbers.

    On MariaDB the statements go through a :class:`MySQLPipe`; on SQLite through
    ``session.execute(insert(table), rows)``.
    """

    def __init__(self, session: Session, sequences: dict[tuple[str, str], int]) -> None:
        self.session = session
        self.counts: Counter[str] = Counter()
        self.sequences = sequences
        self._touched: set[tuple[str, str]] = set()
        self._next_id: dict[str, int] = {}
        self._periods: dict[date, str] = {}
        is_mysql = session.get_bind().dialect.name in ("mysql", "mariadb")
        self.pipe = MySQLPipe(session) if is_mysql else None

    def ids(self, table: sa.Table, n: int = 1) -> int:
        """The first of ``n`` fresh ids for ``table``."""
        if table.name not in self._next_id:
            top = self.query(sa.select(sa.func.max(table.c.id))).scalar()
            self._next_id[table.name] = (top or 0) + 1
        first = self._next_id[table.name]
        self._next_id[table.name] = first + n
        return first

    def query(self, statement: sa.Executable) -> sa.Result:
        """Run a read on the session once every queued statement has run."""
        if self.pipe:
            self.pipe.drain()
        return self.session.execute(statement)

    def insert(self, table: sa.Table, rows: list[dict]) -> None:
        """Insert ``rows`` (dicts with the same keys) in multi-row statements of ``BATCH`` rows."""
        if not rows:
            return
        for i in range(0, len(rows), BATCH):
            if self.pipe:
                self.pipe.send(self.pipe.render_insert(table, rows[i:i + BATCH]))
            else:
                self.session.execute(sa.insert(table), rows[i:i + BATCH])
        self.counts[table.name] += len(rows)

    def update(self, table: sa.Table, column: str, values: list[tuple[int, Any]]) -> None:
        """Set ``column`` of the rows of ``table`` by id (a few rows written earlier)."""
        if not values:
            return
        if self.pipe:
            if self.pipe.thread is None:
                self.pipe._open()
            for row_id, value in values:
                self.pipe.send(f"UPDATE `{table.name}` SET `{column}` = {self.pipe.render(value)} "
                               f"WHERE `id` = {int(row_id)}")
            return
        self.session.execute(sa.update(table).where(table.c.id == sa.bindparam("b_id"))
                             .values({column: sa.bindparam("b_value", type_=table.c[column].type)}),
                             [{"b_id": row_id, "b_value": value} for row_id, value in values])

    def number(self, doc_type: str, day: date) -> str:
        """The next document number of ``doc_type`` in ``day``'s period (``INV-202611-000123``)."""
        period = self._periods.get(day)
        if period is None:
            period = self._periods[day] = period_of(day)
        return f"{PREFIXES[doc_type]}-{period}-{self._bump((doc_type, period)):06d}"

    def customer_number(self) -> str:
        return f"{PREFIXES['customer']}-{self._bump(CUSTOMER_SEQUENCE):06d}"

    def _bump(self, key: tuple[str, str]) -> int:
        value = self.sequences.get(key, 0) + 1
        self.sequences[key] = value
        self._touched.add(key)
        return value

    def commit(self, *, wait: bool = True) -> None:
        """Write the sequence numbers used so far and commit. With ``wait=False`` on
        MariaDB both are queued behind the inserts and Python goes on meanwhile."""
        touched = {k: self.sequences[k] for k in sorted(self._touched)}
        self._touched.clear()
        if self.pipe and not wait:
            if touched:
                self.pipe.send(self.pipe.render_sequences(touched))
            self.pipe.send(_COMMIT)
            return
        if self.pipe:
            self.pipe.close()
        if touched:
            save_sequences(self.session, touched)
        self.session.commit()

    def close(self) -> None:
        if self.pipe:
            self.pipe.close(quiet=True)


_COMMIT = "COMMIT"


class MySQLPipe:
    """Runs INSERTs on the session's MariaDB connection from a thread of its own,
    in order, so the server stores one batch while Python builds the next.

    The values are rendered here as SQL literals: measured on 2 cores, SQLAlchemy's
    bind processing plus PyMySQL's per-value escaping made
    ``session.execute(insert(table), rows)`` ~5k rows/s, too slow for 200,000
    customers. Strings go through PyMySQL's own escaping. Foreign-key and unique
    checks are off on this connection while it loads (the ids and document numbers
    are assigned here; SQLite, where the same rows are checked, proves them; without
    unique checks InnoDB buffers the changes of the unique indexes instead of reading
    their pages, which counts once the data outgrows the buffer pool) and back on
    before it returns to the pool. The session's transaction is committed by a queued COMMIT per
    batch of customers and by ``session.commit()`` at the end.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.queue: queue.Queue[str | None] = queue.Queue(maxsize=32)
        self.error: BaseException | None = None
        self.thread: threading.Thread | None = None
        self.dbapi: Any = None
        self.cursor: Any = None
        self.render: bulk.Render = str

    def _open(self) -> None:
        self.dbapi = self.session.connection().connection.dbapi_connection
        self.render = bulk.literal_renderer(self.dbapi)
        by_type = self.render.by_type  # type: ignore[attr-defined]
        by_type[bytes] = lambda v: "X'" + v.hex() + "'"    # photos
        by_type[str] = _long_texts_once(by_type[str])
        self.cursor = self.dbapi.cursor()
        self.cursor.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0")
        self.thread = threading.Thread(target=self._run, name="demo-data-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while True:
            sql = self.queue.get()
            try:
                if sql is None:
                    return
                if self.error is None:
                    if sql is _COMMIT:
                        self.dbapi.commit()
                    else:
                        self.cursor.execute(sql)
            except BaseException as exc:  # handed to the main thread at its next call
                self.error = exc
            finally:
                self.queue.task_done()

    def render_insert(self, table: sa.Table, rows: list[dict]) -> str:
        if self.thread is None:
            self._open()
        columns = list(rows[0])
        return bulk.insert_sql(table, columns, [[row[c] for c in columns] for row in rows], self.render)

    def render_sequences(self, values: dict[tuple[str, str], int]) -> str:
        rows = ",".join(f"({self.render(d)},{self.render(p)},{v})" for (d, p), v in values.items())
        return ("INSERT INTO `document_sequences` (`doc_type`, `period`, `last_value`) VALUES "
                f"{rows} ON DUPLICATE KEY UPDATE `last_value` = VALUES(`last_value`)")

    def send(self, sql: str) -> None:
        if self.thread is None:
            self._open()
        self._raise()
        self.queue.put(sql)

    def drain(self) -> None:
        """Wait until every queued statement has run."""
        if self.thread is not None:
            self.queue.join()
            self._raise()

    def close(self, *, quiet: bool = False) -> None:
        """Drain, stop the thread and turn foreign-key checks back on."""
        if self.thread is None:
            return
        self.queue.put(None)
        self.thread.join()
        self.thread = None
        try:
            self.cursor.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1")
            self.cursor.close()
        except Exception:
            if not quiet:
                raise
        if not quiet:
            self._raise()

    def _raise(self) -> None:
        if self.error is not None:
            error, self.error = self.error, None
            raise error


def _long_texts_once(render: bulk.Render, *, longer_than: int = 200, keep: int = 64) -> bulk.Render:
    """``render`` for strings, with the literal of a long text kept: the same contract terms and
    signature go into hundreds of thousands of rows, escaped once."""
    kept: dict[str, str] = {}

    def text(value: str) -> str:
        if len(value) <= longer_than:
            return render(value)
        literal = kept.get(value)
        if literal is None:
            literal = render(value)
            if len(kept) < keep:
                kept[value] = literal
        return literal
    return text


def load_sequences(session: Session) -> dict[tuple[str, str], int]:
    table = m.DocumentSequence.__table__
    rows = session.execute(sa.select(table.c.doc_type, table.c.period, table.c.last_value))
    return {(doc_type, period): value for doc_type, period, value in rows}


def save_sequences(session: Session, values: dict[tuple[str, str], int]) -> None:
    table = m.DocumentSequence.__table__
    rows = [{"doc_type": d, "period": p, "last_value": v} for (d, p), v in values.items()]
    if session.get_bind().dialect.name == "sqlite":
        stmt = sqlite.insert(table).values(rows)
        stmt = stmt.on_conflict_do_update(index_elements=[table.c.doc_type, table.c.period],
                                          set_={"last_value": stmt.excluded.last_value})
    else:
        stmt = mysql.insert(table).values(rows)
        stmt = stmt.on_duplicate_key_update(last_value=stmt.inserted.last_value)
    session.execute(stmt)


def insert_missing(w: Writer, table: sa.Table, key: str, rows: list[dict]) -> dict[str, int]:
    """Insert the rows whose ``key`` is not in ``table`` yet; return key -> id for all of them."""
    wanted = [r[key] for r in rows]
    column = table.c[key]
    found = dict(w.query(sa.select(column, table.c.id).where(column.in_(wanted))).all())
    fresh = [r for r in rows if r[key] not in found]
    if fresh:
        assign_ids(w, table, fresh)
        found.update((row[key], row["id"]) for row in fresh)
        w.insert(table, fresh)
    return found


def assign_ids(w: Writer, table: sa.Table, rows: list[dict]) -> None:
    """Give ``rows`` consecutive fresh ids of ``table``."""
    first = w.ids(table, len(rows))
    for offset, row in enumerate(rows):
        row["id"] = first + offset
