"""Migrations go up, down and up again on both databases, and the models and
the migrations do not drift (an autogenerate comparison finds nothing)."""
from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from ispdesk.db import migrate
from ispdesk.db.engine import Database
from ispdesk.db.models import Base


@pytest.fixture
def empty_db(backend, request, tmp_path):
    if backend == "sqlite":
        database = Database.open(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
        yield database
        database.dispose()
        return
    scratch = request.getfixturevalue("scratch_mariadb")
    url = scratch.create("ispdesk_migr")
    database = Database.open(url)
    yield database
    database.dispose()
    scratch.drop(url)


def table_names(db: Database) -> set[str]:
    return set(sa.inspect(db.engine).get_table_names()) - {"alembic_version"}


def _diffs(db: Database) -> list:
    import importlib.util
    spec = importlib.util.spec_from_file_location("ispdesk_migrations_env_helpers",
                                                  migrate.migrations_dir() / "compare.py")
    helpers = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(helpers)
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts=helpers.compare_options(conn.dialect.name))
        return compare_metadata(context, Base.metadata)


def test_upgrade_downgrade_upgrade(empty_db):
    migrate.upgrade(empty_db)
    assert migrate.current_revision(empty_db) == migrate.head_revision(empty_db)
    assert table_names(empty_db) == set(Base.metadata.tables)
    migrate.downgrade(empty_db, "base")
    assert migrate.current_revision(empty_db) is None
    assert table_names(empty_db) == set()
    migrate.upgrade(empty_db)
    assert table_names(empty_db) == set(Base.metadata.tables)


def test_models_and_migrations_do_not_drift(empty_db):
    migrate.upgrade(empty_db)
    assert _diffs(empty_db) == []
