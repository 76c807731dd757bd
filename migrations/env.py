"""Alembic environment for ISPDesk (run by ``ispdesk.db.migrate``).

Uses the connection handed over in ``config.attributes["connection"]`` when
there is one, otherwise the URL in ``sqlalchemy.url``. SQLite runs in batch
mode so ALTERs become table copies.
"""
from __future__ import annotations

from alembic import context

import importlib.util
from pathlib import Path

import ispdesk.db.models  # noqa: F401  (registers every table)
from ispdesk.db.engine import create_engine
from ispdesk.db.models.base import Base

_spec = importlib.util.spec_from_file_location("ispdesk_migrations_compare", Path(__file__).with_name("compare.py"))
compare = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(compare)

config = context.config
target_metadata = Base.metadata


def _configure(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      **compare.compare_options(connection.dialect.name))


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("ISPDesk migrations run online only: use `ispdesk db upgrade`.")
run_migrations_online()
