"""Copies of the SQLite file, taken before every migration (as Vorta does)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from ispdesk.db.engine import Database
from ispdesk.domain import clock

KEEP = 10


def backup_sqlite(db: Database, folder: Path, *, reason: str = "manual") -> Path | None:
    """Copy the SQLite database with SQLite's online backup; None for other engines
    or an empty in-memory database. Keeps the newest ``KEEP`` copies per reason."""
    if not db.is_sqlite or not db.url.database or db.url.database == ":memory:":
        return None
    source_path = Path(db.url.database)
    if not source_path.exists() or source_path.stat().st_size == 0:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, f"{source_path.stem}-{reason}-{clock.now():%Y%m%d-%H%M%S}")
    with sqlite3.connect(source_path) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    copy.close()
    old = sorted(folder.glob(f"{source_path.stem}-{reason}-*.sqlite3"))[:-KEEP]
    for path in old:
        path.unlink(missing_ok=True)
    return target


def _free_name(folder: Path, stem: str) -> Path:
    """``stem-000.sqlite3``, or the number after the highest one when copies were
    taken in the same second (the office clock counts seconds): the names sort
    in the order the copies were taken, even after the oldest were pruned."""
    taken = [int(path.stem.rsplit("-", 1)[1]) for path in folder.glob(f"{stem}-[0-9][0-9][0-9].sqlite3")]
    return folder / f"{stem}-{max(taken, default=-1) + 1:03d}.sqlite3"
