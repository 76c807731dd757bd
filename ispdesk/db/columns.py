"""Short, typed spellings of the column shapes the seed uses again and again.

Each helper states nullability and the server default explicitly, so the DDL on
MariaDB matches the seed's SQL and the Python side sees the same default.
"""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import mapped_column

from ispdesk.db.types import enum_type


def fk(target: str, *, nullable: bool = True, **kw: Any) -> Any:
    """BIGINT column with a FOREIGN KEY to ``target`` (``"table.id"``)."""
    return mapped_column(sa.BigInteger, sa.ForeignKey(target), nullable=nullable, **kw)


def string(length: int, *, nullable: bool = True, unique: bool = False,
           default: str | None = None, **kw: Any) -> Any:
    if default is not None:
        kw.setdefault("server_default", default)
        kw.setdefault("default", default)
    return mapped_column(sa.String(length), nullable=nullable, unique=unique, **kw)


def text(*, nullable: bool = True, **kw: Any) -> Any:
    return mapped_column(sa.Text, nullable=nullable, **kw)


def integer(*, nullable: bool = True, default: int | None = None, **kw: Any) -> Any:
    if default is not None:
        kw.setdefault("server_default", sa.text(str(default)))
        kw.setdefault("default", default)
    return mapped_column(sa.Integer, nullable=nullable, **kw)


def big_integer(*, nullable: bool = True, **kw: Any) -> Any:
    return mapped_column(sa.BigInteger, nullable=nullable, **kw)


def boolean(*, default: bool | None = None, nullable: bool = True, **kw: Any) -> Any:
    if default is not None:
        kw.setdefault("server_default", sa.text("1" if default else "0"))
        kw.setdefault("default", default)
    return mapped_column(sa.Boolean(create_constraint=False), nullable=nullable, **kw)


def enum(enum_cls: Any, *, nullable: bool = True, default: Any = None, **kw: Any) -> Any:
    if default is not None:
        kw.setdefault("server_default", str(default))
        kw.setdefault("default", str(default))
    return mapped_column(enum_type(enum_cls), nullable=nullable, **kw)


def date(*, nullable: bool = True, **kw: Any) -> Any:
    return mapped_column(sa.Date, nullable=nullable, **kw)


def time(*, nullable: bool = True, **kw: Any) -> Any:
    return mapped_column(sa.Time, nullable=nullable, **kw)


def timestamp(*, nullable: bool = True, **kw: Any) -> Any:
    """A TIMESTAMP NULL with no default (``converted_at``, ``paid_at``…)."""
    return mapped_column(sa.TIMESTAMP, nullable=nullable, **kw)


def json(*, nullable: bool = True, **kw: Any) -> Any:
    return mapped_column(sa.JSON, nullable=nullable, **kw)


def blob(*, nullable: bool = True, **kw: Any) -> Any:
    """Binary content of any size (LONGBLOB on MariaDB, whose plain BLOB stops at 64 KB)."""
    from sqlalchemy.dialects import mysql
    return mapped_column(sa.LargeBinary().with_variant(mysql.LONGBLOB(), "mysql", "mariadb"),
                         nullable=nullable, **kw)
