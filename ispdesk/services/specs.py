"""Declarative descriptions of the module tabs: ONE generic mechanism serves
every table. A new tab costs a :class:`TableSpec` (its columns and its listing
query), not a new model class or widget.

The UI reads these specs (titles, editors, filters) and calls the generic
listing/record services with them; it never sees ORM objects.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    """What a column holds; decides the editor, the alignment and the format."""

    TEXT = "text"            # one line
    LONG_TEXT = "long_text"  # several lines
    INTEGER = "integer"
    DECIMAL = "decimal"      # a measure (coordinates, dBm, Mbps): Decimal, not money
    MONEY = "money"          # Rupiah, Decimal, shown as "Rp 1.500.000"
    DATE = "date"
    TIME = "time"
    DATETIME = "datetime"
    BOOLEAN = "boolean"
    ENUM = "enum"            # choices from ``ColumnSpec.choices``
    FOREIGN_KEY = "foreign_key"  # id of a row of ``ColumnSpec.references`` (a spec key)
    JSON = "json"


@dataclass(frozen=True)
class ColumnSpec:
    """One column of a tab and one field of its form."""

    name: str                      # attribute of the model, or a label of the listing query
    title: str                     # English title; translated by the UI
    kind: Kind = Kind.TEXT
    choices: tuple[str, ...] = ()  # ENUM values in order
    references: str | None = None  # FOREIGN_KEY: the spec key of the referenced table
    required: bool = False
    max_length: int | None = None
    minimum: Any = None            # numbers and dates
    maximum: Any = None
    editable: bool = True          # shown in the form as an editor (else read-only)
    in_list: bool = True           # shown as a column of the table
    in_form: bool = True
    searchable: bool = False       # the search box matches it (LIKE 'text%' or '%text%')
    prefix_search: bool = False    # searchable by its start (LIKE 'text%': numbers, codes, phones; an
                                   # index can serve it); otherwise anywhere ('%text%': names)
    filterable: bool = False       # ENUM/BOOLEAN: a drop-down filter; DATE/DATETIME: a date range
    sortable: bool = True
    width: int | None = None       # preferred column width in pixels
    help: str = ""
    # ENUM: (value, English words) for a value whose plain word would mislead (a PO's
    # "partial" is partly received, an invoice's partly paid; both would read "Partial")
    choice_titles: tuple[tuple[str, str], ...] = ()

    def choice_title(self, value: str) -> str:
        """An ENUM value in English words (translated by the UI in the ``Specs`` context)."""
        from ispdesk.domain.messages import humanised
        return dict(self.choice_titles).get(str(value)) or humanised(value)


@dataclass(frozen=True)
class TableSpec:
    """A module tab: which table, which columns, how to list and search it."""

    key: str                        # module key (see domain.permissions.MODULES)
    title: str                      # English title
    model: type                     # the ORM class (used by the services only)
    columns: tuple[ColumnSpec, ...]
    label_column: str = "name"      # what a foreign-key picker shows for a row
    default_sort: tuple[str, bool] = ("id", True)   # (column, descending)
    archive_column: str | None = None  # a boolean "is_active": delete archives instead
    can_create: bool = True
    can_edit: bool = True
    can_delete: bool = True
    # Optional: build the listing's SELECT (joins for names of referenced rows);
    # receives the base select of the model and returns a select with labels.
    listing: Callable[[Any], Any] | None = None
    # Optional: defaults for a new record (number from a sequence, today's date…)
    defaults: Callable[[Any], dict[str, Any]] | None = None
    # Optional: a boolean SQL expression over the model's table; rows where it
    # holds are highlighted (stock at or below its minimum). See Page.attention.
    attention: Callable[[Any], Any] | None = None
    # Optional: rules of the workflow the generic form must not get around, e.g.
    # "only a draft order is edited here". Receives the stored row (None for a new
    # record) and the values a save would write ({} for a delete); returns
    # {field: message} ("" for the record as a whole; a declared
    # ``domain.messages.Message``), empty when it may go ahead.
    edit_check: Callable[[Any, dict[str, Any]], dict[str, Any]] | None = None

    def column(self, name: str) -> ColumnSpec:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(f"{self.key} has no column {name}")


@dataclass(frozen=True)
class ListQuery:
    """What the user asked a tab for: search text, filters, date range, sort.

    The listing checks it before any SQL (``services.listing``): the search is
    normalised by :func:`ispdesk.domain.search_text.normalised_search` (at most
    100 characters and 10 words), a filter names a column of the spec and holds
    a value of its kind (an ENUM one of its choices, a BOOLEAN a bool, a
    FOREIGN_KEY a 64-bit id, a TEXT text), ``date_column`` names a DATE or
    DATETIME column; otherwise a ValidationError. An unknown sort column sorts
    the spec's default way."""

    search: str = ""
    filters: dict[str, Any] = field(default_factory=dict)   # column -> value (ENUM/BOOLEAN/FK)
    date_column: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    sort_column: str | None = None
    sort_descending: bool = False


@dataclass(frozen=True)
class Page:
    """Rows of a listing as plain tuples in the order of ``columns``."""

    columns: tuple[str, ...]
    rows: list[tuple]
    ids: list[int]
    offset: int
    attention: list[bool] = field(default_factory=list)   # per row, when the spec has ``attention``
