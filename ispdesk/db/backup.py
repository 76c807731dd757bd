"""Copies of the SQLite file, taken before every migration (as Vorta does).

The backups folder is owner-only (0700) and every copy 0600, whatever the
umask: a copy holds what the database holds (customers, password hashes)."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from ispdesk.db.engine import Database
from ispdesk.domain import clock
from ispdesk.paths import create_private, private_dir

KEEP = 10


def backup_sqlite(db: Database, folder: Path, *, reason: str = "manual") -> Path | None:
    """Copy the SQLite database with SQLite's online backup; None for other engines
    or an empty in-memory database. Keeps the newest ``KEEP`` copies per reason."""
    if not db.is_sqlite or not db.url.database or db.url.database == ":memory:":
        return None
    source_path = Path(db.url.database)
    if not source_path.exists() or source_path.stat().st_size == 0:
        return None
    private_dir(folder)
    target = _free_name(folder, f"{source_path.stem}-{reason}-{clock.now():%Y%m%d-%H%M%S}")
    create_private(target)   # made 0600 before SQLite writes to it (its journal takes the same mode)
    with closing(sqlite3.connect(source_path)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
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
