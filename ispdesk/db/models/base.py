"""The declarative base and the metadata every model and migration shares."""
from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every ISPDesk model; MariaDB tables are InnoDB, utf8mb4."""

    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)

    __table_args__ = {"mysql_engine": "InnoDB", "mysql_charset": "utf8mb4",
                      "mysql_collate": "utf8mb4_unicode_ci"}


def table_args(*constraints: object) -> tuple:
    """``__table_args__`` with constraints plus the MariaDB engine options."""
    return (*constraints, dict(Base.__table_args__))
