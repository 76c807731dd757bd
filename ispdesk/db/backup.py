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
    """``stem-000.sqlite3``, or the next number when a copy was taken in the same
    second (the names still sort in the order the copies were taken)."""
    for n in range(1000):
        target = folder / f"{stem}-{n:03d}.sqlite3"
        if not target.exists():
            return target
    raise FileExistsError(f"too many backups in one second: {folder / stem}")
