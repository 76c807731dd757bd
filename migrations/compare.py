"""How models and the database are compared (autogenerate and the drift test).

ExactDecimal is stored as BIGINT on SQLite and DECIMAL(p,s) on MariaDB; the
comparison looks at what the dialect really stores.
"""
from __future__ import annotations


def render_item(type_, obj, autogen_context):
    from ispdesk.db.types import ExactDecimal
    if type_ == "type" and isinstance(obj, ExactDecimal):
        return f"ispdesk.db.types.ExactDecimal({obj.precision}, {obj.scale})"
    return False


def compare_type(context, inspected_column, metadata_column, inspected_type, metadata_type):
    from ispdesk.db.types import ExactDecimal
    if isinstance(metadata_type, ExactDecimal):
        if context.dialect.name == "sqlite":
            return inspected_type.__class__.__name__.upper() not in ("BIGINTEGER", "BIGINT", "INTEGER")
        return (getattr(inspected_type, "precision", None), getattr(inspected_type, "scale", None)) != (
            metadata_type.precision, metadata_type.scale)
    return None


def include_object(dialect_name: str):
    """Leaves out of the comparison what a dialect does not have: SQLite has no
    FULLTEXT index (its migration does not make one)."""
    def include(obj, name, type_, reflected, compare_to) -> bool:
        return not (type_ == "index" and dialect_name == "sqlite" and not reflected
                    and obj.dialect_options["mysql"]["prefix"] == "FULLTEXT")
    return include


def compare_options(dialect_name: str) -> dict:
    return {"compare_type": compare_type, "render_item": render_item,
            "render_as_batch": dialect_name == "sqlite", "include_object": include_object(dialect_name)}
