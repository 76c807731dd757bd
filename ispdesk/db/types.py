"""Column types and column helpers shared by every model.

* :class:`ExactDecimal` keeps DECIMAL(p,s) exact on both databases: DECIMAL on
  MariaDB, a scaled integer on SQLite (whose NUMERIC would pass through float).
  Sums and sorts stay in SQL and stay exact.
* ``TIMESTAMP ... ON UPDATE CURRENT_TIMESTAMP`` is emitted for MariaDB by a
  compile hook on columns that carry ``server_onupdate=CURRENT_TIMESTAMP``
  (SQLAlchemy itself never writes that clause).
"""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import mapped_column
from sqlalchemy.schema import CreateColumn, DefaultClause

from ispdesk.domain import clock


class ExactDecimal(sa.types.TypeDecorator):
    """DECIMAL(precision, scale) as ``Decimal``, exact on SQLite as well."""

    impl = sa.Numeric
    cache_ok = True

    def __init__(self, precision: int = 15, scale: int = 2) -> None:
        super().__init__(precision=precision, scale=scale, asdecimal=True)
        self.precision = precision
        self.scale = scale
        self._factor = Decimal(10) ** scale
        self._quantum = Decimal(1).scaleb(-scale)

    def load_dialect_impl(self, dialect: sa.Dialect) -> sa.types.TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(sa.BigInteger())
        return dialect.type_descriptor(sa.Numeric(self.precision, self.scale, asdecimal=True))

    def process_bind_param(self, value: Any, dialect: sa.Dialect) -> Any:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money and measures are Decimal, never float")
        amount = Decimal(value)
        if dialect.name == "sqlite":
            scaled = amount * self._factor
            if scaled != scaled.to_integral_value():
                raise ValueError(f"{value} has more than {self.scale} decimal places")
            return int(scaled)
        return amount

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return (Decimal(int(value)) / self._factor).quantize(self._quantum)
        return Decimal(value).quantize(self._quantum)

    @property
    def python_type(self) -> type:
        return Decimal

    def __repr__(self) -> str:
        return f"ExactDecimal({self.precision}, {self.scale})"


#: BIGINT AUTO_INCREMENT on MariaDB; SQLite needs INTEGER for its rowid alias.
BigIntPK = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

CURRENT_TIMESTAMP = sa.text("CURRENT_TIMESTAMP")


def now() -> datetime:
    """The office clock's moment (to the second, what TIMESTAMP keeps): on
    MariaDB the server's time of this transaction. See :mod:`ispdesk.domain.clock`."""
    return clock.now()


def pk_column() -> Any:
    return mapped_column(BigIntPK, primary_key=True, autoincrement=True)


def created_at_column() -> Any:
    """``created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP``."""
    return mapped_column(sa.TIMESTAMP, nullable=True, default=now, server_default=CURRENT_TIMESTAMP)


def updated_at_column() -> Any:
    """``updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP``."""
    return mapped_column(sa.TIMESTAMP, nullable=True, default=now, onupdate=now,
                         server_default=CURRENT_TIMESTAMP, server_onupdate=CURRENT_TIMESTAMP)


def money_column(*, nullable: bool = True, default: str | None = None, **kw: Any) -> Any:
    """DECIMAL(15,2); ``default`` is the server default as written in the seed."""
    return decimal_column(15, 2, nullable=nullable, default=default, **kw)


def decimal_column(precision: int, scale: int, *, nullable: bool = True,
                   default: str | None = None, **kw: Any) -> Any:
    if default is not None:
        kw.setdefault("server_default", sa.text(default))
        kw.setdefault("default", Decimal(default))
    return mapped_column(ExactDecimal(precision, scale), nullable=nullable, **kw)


def enum_type(enum_cls: Any) -> sa.Enum:
    """An ENUM column type from a domain ``StrEnum`` (values, in order)."""
    return sa.Enum(*[m.value for m in enum_cls], name=_snake(enum_cls.__name__),
                   native_enum=True, create_constraint=False,
                   length=max(len(m.value) for m in enum_cls))


def _snake(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")


@compiles(CreateColumn, "mysql")
@compiles(CreateColumn, "mariadb")
def _mysql_on_update(element: CreateColumn, compiler: Any, **kw: Any) -> str:
    text = compiler.visit_create_column(element, **kw)
    column = element.element
    onupdate = column.server_onupdate
    if isinstance(onupdate, DefaultClause) and str(onupdate.arg).upper() == "CURRENT_TIMESTAMP":
        text += " ON UPDATE CURRENT_TIMESTAMP"
    return text
