"""Short spellings of the column shapes the module specs repeat.

Every helper returns a :class:`ColumnSpec`; keyword arguments override any of
its fields, so a spec stays one line per column.
"""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from ispdesk.db.sequences import next_number
from ispdesk.domain import clock as office_clock
from ispdesk.domain.enums import values
from ispdesk.services.specs import ColumnSpec, Kind

ZERO = Decimal("0")


def text(name: str, title: str, **kw: Any) -> ColumnSpec:
    """A one-line text column."""
    return ColumnSpec(name, title, Kind.TEXT, **kw)


def name(name: str = "name", title: str = "Name", **kw: Any) -> ColumnSpec:
    """A required name, searched anywhere in it."""
    kw.setdefault("required", True)
    return ColumnSpec(name, title, Kind.TEXT, searchable=True, **kw)


def code(name: str, title: str, **kw: Any) -> ColumnSpec:
    """A number, code, phone or serial: searched by its start."""
    return ColumnSpec(name, title, Kind.TEXT, searchable=True, prefix_search=True, **kw)


def doc_number(name: str, title: str = "Number", **kw: Any) -> ColumnSpec:
    """A document number given by a sequence when the record is created."""
    return code(name, title, editable=False, width=150, **kw)


def email(name: str = "email", title: str = "E-mail", **kw: Any) -> ColumnSpec:
    return ColumnSpec(name, title, Kind.TEXT, searchable=True, **kw)


def long_text(name: str, title: str, **kw: Any) -> ColumnSpec:
    """Several lines; kept out of the table."""
    kw.setdefault("in_list", False)
    return ColumnSpec(name, title, Kind.LONG_TEXT, **kw)


def notes(name: str = "notes", title: str = "Notes", **kw: Any) -> ColumnSpec:
    return long_text(name, title, **kw)


def integer(name: str, title: str, *, minimum: int | None = 0, **kw: Any) -> ColumnSpec:
    return ColumnSpec(name, title, Kind.INTEGER, minimum=minimum, **kw)


def decimal(name: str, title: str, **kw: Any) -> ColumnSpec:
    """A measure (coordinates, dBm, Mbps, a rate): Decimal, not money."""
    return ColumnSpec(name, title, Kind.DECIMAL, **kw)


def money(name: str, title: str, *, minimum: Decimal | None = ZERO, **kw: Any) -> ColumnSpec:
    """Rupiah; not negative unless ``minimum`` says otherwise."""
    return ColumnSpec(name, title, Kind.MONEY, minimum=minimum, **kw)


def day(name: str, title: str, **kw: Any) -> ColumnSpec:
    """A DATE column; a date-range filter of the tab."""
    kw.setdefault("filterable", True)
    return ColumnSpec(name, title, Kind.DATE, **kw)


def moment(name: str, title: str, **kw: Any) -> ColumnSpec:
    """A DATETIME (TIMESTAMP) column."""
    return ColumnSpec(name, title, Kind.DATETIME, **kw)


def stamp(name: str, title: str, **kw: Any) -> ColumnSpec:
    """A moment a workflow records (paid, approved, sent…): shown, never typed."""
    return ColumnSpec(name, title, Kind.DATETIME, editable=False, **kw)


def clock(name: str, title: str, **kw: Any) -> ColumnSpec:
    return ColumnSpec(name, title, Kind.TIME, **kw)


def flag(name: str, title: str, **kw: Any) -> ColumnSpec:
    """A yes/no column with a drop-down filter."""
    kw.setdefault("filterable", True)
    return ColumnSpec(name, title, Kind.BOOLEAN, **kw)


def active(**kw: Any) -> ColumnSpec:
    """``is_active``: the archive column of the tabs that archive instead of deleting
    (editable, so an archived row can be brought back)."""
    return flag("is_active", "Active", **kw)


def choice(name: str, title: str, enum_cls: type[StrEnum], **kw: Any) -> ColumnSpec:
    """An ENUM column with its values and a drop-down filter."""
    kw.setdefault("filterable", True)
    return ColumnSpec(name, title, Kind.ENUM, choices=tuple(values(enum_cls)), **kw)


def status(enum_cls: type[StrEnum], *, editable: bool = True, **kw: Any) -> ColumnSpec:
    """``status``; read-only where a workflow moves it (paid, approved, sent…)."""
    return choice("status", "Status", enum_cls, editable=editable, **kw)


def ref(name: str, title: str, references: str, **kw: Any) -> ColumnSpec:
    """A foreign key to a row of the spec ``references``; the table shows its label."""
    return ColumnSpec(name, title, Kind.FOREIGN_KEY, references=references, **kw)


def user(name: str, title: str, **kw: Any) -> ColumnSpec:
    """A foreign key to a user."""
    return ref(name, title, "users", **kw)


def by_user(name: str = "created_by", title: str = "Created by", **kw: Any) -> ColumnSpec:
    """Who did it: set by the program (records.save fills ``created_by``), never typed."""
    kw.setdefault("in_list", False)
    return user(name, title, editable=False, **kw)


def json(name: str, title: str, **kw: Any) -> ColumnSpec:
    kw.setdefault("in_list", False)
    return ColumnSpec(name, title, Kind.JSON, **kw)


def created(title: str = "Created", **kw: Any) -> ColumnSpec:
    """``created_at``: shown, filterable by date range, never edited."""
    kw.setdefault("filterable", True)
    return ColumnSpec("created_at", title, Kind.DATETIME, editable=False, in_form=False, **kw)


def updated(**kw: Any) -> ColumnSpec:
    """``updated_at``: kept out of the table and the form."""
    return ColumnSpec("updated_at", "Updated", Kind.DATETIME, editable=False, in_form=False,
                      in_list=False, **kw)


def address_block() -> tuple[ColumnSpec, ...]:
    """The Indonesian address of a customer or a lead, with its map position."""
    return (
        long_text("address", "Address"),
        text("rt_rw", "RT/RW", in_list=False),
        text("kelurahan", "Kelurahan", in_list=False),
        text("kecamatan", "Kecamatan", searchable=True, in_list=False),
        text("kabupaten", "Kabupaten/Kota", in_list=False),
        text("provinsi", "Provinsi", in_list=False),
        text("kode_pos", "Postal code", in_list=False),
        decimal("latitude", "Latitude", minimum=Decimal(-90), maximum=Decimal(90), in_list=False),
        decimal("longitude", "Longitude", minimum=Decimal(-180), maximum=Decimal(180), in_list=False),
    )


def numbered(column: str, doc_type: str, *, today: tuple[str, ...] = ()) -> Callable[[Session], dict[str, Any]]:
    """Defaults of a new document: its number from the ``doc_type`` sequence, and
    today's date in the ``today`` columns."""
    def defaults(session: Session) -> dict[str, Any]:
        day = office_clock.today()
        return {column: next_number(session, doc_type, day), **{c: day for c in today}}
    return defaults


def dated(*columns: str, moments: tuple[str, ...] = ()) -> Callable[[Session], dict[str, Any]]:
    """Defaults of a new record: today in the DATE ``columns``, now in the DATETIME ``moments``."""
    def defaults(_session: Session) -> dict[str, Any]:
        now = office_clock.now()
        return {**{c: now.date() for c in columns}, **{m: now for m in moments}}
    return defaults
