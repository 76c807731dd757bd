"""Which tables a unit of work actually wrote: read from the statements sent.

:func:`tracking` collects, for the block it wraps, the names of the tables
that INSERT, UPDATE, DELETE and REPLACE statements went to (ORM flushes, Core
statements and plain SQL alike, so nobody guesses). The UI broadcasts them
after the commit so open views refresh (``ui.ops``).
"""
from __future__ import annotations

import contextvars
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa

_written: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar("ispdesk_written_tables", default=None)

_WRITE = re.compile(r"^\s*(?:INSERT(?:\s+IGNORE)?(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|DELETE\s+FROM)\s+[`\"]?(\w+)",
                    re.IGNORECASE)
_UPDATE = re.compile(r"^\s*UPDATE\s+(.*?)\s+SET\s", re.IGNORECASE | re.DOTALL)
_NAME = re.compile(r"[`\"]?(\w+)[`\"]?")
_JOIN_WORDS = {"join", "inner", "left", "right", "cross", "outer", "on", "as", "and", "ignore", "low_priority"}


def tables_written_by(statement: str) -> set[str]:
    """The tables an SQL statement writes to (empty for a SELECT)."""
    match = _WRITE.match(statement)
    if match:
        return {match.group(1)}
    match = _UPDATE.match(statement)
    if not match:
        return set()
    # UPDATE a JOIN b ON … / UPDATE a, b: every table named before SET (an alias
    # or a column in the ON clause may come along: harmless for a refresh)
    head = re.sub(r"\bON\b.*?(?=\bJOIN\b|,|$)", " ", match.group(1), flags=re.IGNORECASE | re.DOTALL)
    names = set()
    for part in re.split(r",|\bJOIN\b", head, flags=re.IGNORECASE):
        words = [w for w in _NAME.findall(part) if w.lower() not in _JOIN_WORDS]
        if words:
            names.add(words[0])
    return names


def _before_cursor_execute(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
    written = _written.get()
    if written is not None:
        written.update(tables_written_by(statement))


def install(engine: sa.Engine) -> None:
    sa.event.listen(engine, "before_cursor_execute", _before_cursor_execute)


@contextmanager
def tracking() -> Iterator[set[str]]:
    """Collect the written tables of the block; a nested block adds to the
    outer one when it ends without an exception (a rolled-back unit of work
    wrote nothing)."""
    outer = _written.get()
    tables: set[str] = set()
    token = _written.set(tables)
    try:
        yield tables
    finally:
        _written.reset(token)
    if outer is not None:
        outer.update(tables)
