"""Run one user action as one transaction, retried when the database asks.

The services never commit; :func:`write` opens the unit of work, calls the
service, commits, and re-runs the *whole* function on a deadlock (1213), a
lock wait timeout (1205), a snapshot conflict (1020) or a busy SQLite file. A
lost connection becomes :class:`DatabaseUnavailable`, which the window turns
into "retry" with the user's input still in the form.
"""
from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from ispdesk.db import written
from ispdesk.db.engine import Database
from ispdesk.domain import clock
from ispdesk.domain.errors import CONNECTION_LOST, CONNECTION_LOST_DURING_SAVE, DatabaseUnavailable

T = TypeVar("T")

RETRYABLE_MYSQL_ERRORS = {1213, 1205, 1020}
CONNECTION_LOST_MYSQL_ERRORS = {2002, 2003, 2006, 2013, 2055}
MAX_ATTEMPTS = 6


def mysql_error_code(exc: BaseException) -> int | None:
    orig = getattr(exc, "orig", None)
    args = getattr(orig, "args", None)
    if args and isinstance(args[0], int):
        return args[0]
    return None


def is_retryable(exc: BaseException) -> bool:
    code = mysql_error_code(exc)
    if code in RETRYABLE_MYSQL_ERRORS:
        return True
    return isinstance(exc, OperationalError) and "database is locked" in str(exc)


def is_connection_lost(exc: BaseException) -> bool:
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    return mysql_error_code(exc) in CONNECTION_LOST_MYSQL_ERRORS


_UTC_NOW = sa.text("SELECT UTC_TIMESTAMP()")


def _moment_reader(session: Session) -> Callable[[], datetime]:
    """Where this transaction's "now" comes from: the server on MariaDB (one
    clock for every counter), this PC on SQLite; read once, when first asked."""
    if session.get_bind().dialect.name == "sqlite":
        return clock.system_now
    return lambda: session.connection().execute(_UTC_NOW).scalar_one().replace(tzinfo=timezone.utc)


def write(db: Database, work: Callable[[Session], T], *, attempts: int = MAX_ATTEMPTS,
          info: dict | None = None) -> T:
    """Run ``work(session)`` in one transaction and commit it; retry whole on conflicts.

    Inside, :func:`ispdesk.domain.clock.now` is the transaction's moment, and
    the tables written are reported to an enclosing :func:`written.tracking`
    only when the transaction committed."""
    for attempt in range(1, attempts + 1):
        try:
            with written.tracking() as tables, db.sessions() as session:
                if info:
                    session.info.update(info)
                with clock.transaction_time(_moment_reader(session)), session.begin():
                    result = work(session)
            return result
        except DBAPIError as exc:
            tables.clear()
            if is_retryable(exc) and attempt < attempts:
                time.sleep(min(0.5, 0.01 * 2 ** attempt) * random.random())
                continue
            if is_connection_lost(exc):
                raise DatabaseUnavailable(CONNECTION_LOST_DURING_SAVE()) from exc
            raise
        except BaseException:
            tables.clear()
            raise
    raise AssertionError("unreachable")


def read(db: Database, work: Callable[[Session], T]) -> T:
    """Run a read-only ``work(session)`` in a short session of its own."""
    try:
        with db.read_sessions() as session, clock.transaction_time(_moment_reader(session)), session.begin():
            return work(session)
    except DBAPIError as exc:
        if is_connection_lost(exc):
            raise DatabaseUnavailable(CONNECTION_LOST()) from exc
        raise
