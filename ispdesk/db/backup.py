"""Copies of the SQLite file, taken before every migration (as Vorta does)."""
from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from ispdesk.db.engine import Database

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
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{source_path.stem}-{reason}-{stamp}.sqlite3"
    with sqlite3.connect(source_path) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    copy.close()
    old = sorted(folder.glob(f"{source_path.stem}-{reason}-*.sqlite3"))[:-KEEP]
    for path in old:
        path.unlink(missing_ok=True)
    return target
