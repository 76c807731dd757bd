"""Apply, inspect and revert the alembic migrations bundled with the program."""
from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from ispdesk.db.engine import Database
from ispdesk.paths import migrations_dir


def alembic_config(db: Database) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", db.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def _run(db: Database, fn, *args) -> None:
    cfg = alembic_config(db)
    with db.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        fn(cfg, *args)


def upgrade(db: Database, revision: str = "head") -> None:
    _run(db, command.upgrade, revision)


def downgrade(db: Database, revision: str = "base") -> None:
    _run(db, command.downgrade, revision)


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(db: Database) -> str | None:
    return ScriptDirectory.from_config(alembic_config(db)).get_current_head()


def is_up_to_date(db: Database) -> bool:
    return current_revision(db) == head_revision(db)


def pending(db: Database) -> bool:
    return not is_up_to_date(db)
