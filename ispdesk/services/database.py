"""Bring a database to the state the program needs: backed up, migrated, seeded."""
from __future__ import annotations

from pathlib import Path

from ispdesk.db import migrate
from ispdesk.db.backup import backup_sqlite
from ispdesk.db.engine import Database
from ispdesk.db.unit_of_work import write
from ispdesk.services.setup import ensure_reference_data


def prepare(db: Database, *, backup_folder: Path | None = None) -> Path | None:
    """Back up an SQLite file when migrations are pending, migrate to head, and
    write the reference data. Returns the backup's path when one was taken."""
    backup = None
    if migrate.pending(db) and backup_folder is not None and migrate.current_revision(db) is not None:
        backup = backup_sqlite(db, backup_folder, reason="pre-migration")
    migrate.upgrade(db)
    write(db, ensure_reference_data)
    return backup
