"""Alembic environment for ISPDesk (run by ``ispdesk.db.migrate``).

Uses the connection handed over in ``config.attributes["connection"]`` when
there is one, otherwise the URL in ``sqlalchemy.url``. SQLite runs in batch
mode so ALTERs become table copies.
"""
from __future__ import annotations

from alembic import context

import ispdesk.db.models  # noqa: F401  (registers every table)
from ispdesk.db.engine import create_engine
from ispdesk.db.models.base import Base

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: object, autogen_context) -> str | bool:
    """Spell ExactDecimal with its module so revisions import it."""
    from ispdesk.db.types import ExactDecimal
    if type_ == "type" and isinstance(obj, ExactDecimal):
        return f"ispdesk.db.types.ExactDecimal({obj.precision}, {obj.scale})"
    return False


def _compare_type(context, inspected_column, metadata_column, inspected_type, metadata_type):
    """Compare what the dialect really stores for ExactDecimal (BIGINT on SQLite)."""
    from ispdesk.db.types import ExactDecimal
    if isinstance(metadata_type, ExactDecimal):
        impl = metadata_type.load_dialect_impl(context.dialect)
        if context.dialect.name == "sqlite":
            return inspected_type.__class__.__name__.upper() not in ("BIGINTEGER", "BIGINT", "INTEGER")
        return (getattr(inspected_type, "precision", None), getattr(inspected_type, "scale", None)) != (
            impl.precision, impl.scale)
    return None


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        render_item=_render_item,
        compare_type=_compare_type,
    )


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
