"""List any module's rows from its :class:`TableSpec`: search, filter, sort and
page in SQL, count separately, export to CSV or XLSX.

One SELECT per page: the label of every foreign-key column (the customer's
name, the invoice's number) is joined in, nothing is loaded row by row and no
ORM object is built. Rows come back as tuples of plain values (``Decimal``,
``date``, ``datetime``, ``str``, ``int``, ``bool``) in the order of the spec's
listed columns.

Search: every ``searchable`` column is matched, case-insensitively (both
databases compare these columns without case); ``prefix_search`` columns by
their start (``LIKE 'text%'``, which an index can serve), the others anywhere
in the text, except the columns of the table's full-text index (an ``sa.Index``
with ``mysql_prefix="FULLTEXT"``: the customers' name and kecamatan), which are
searched by the starts of their words:

- every word of the search (split at spaces) must start a word of one of those
  columns, in any order: ``budi san`` finds "Budi Santoso" and "Santoso
  Budiman", ``udi`` finds nothing (the middle of a word). A word starts the
  column or follows a space, ``-`` or ``.``;
- a search with no word of ``MIN_WORD`` (3) characters or more (``a``, ``i n``)
  matches those columns by their start instead (``LIKE 'i n%'``);
- the prefix columns are matched by the whole text as before, and a search that
  is a number, code or phone (every word has a digit: ``0812 3456``,
  ``CUST-2026``; :func:`~ispdesk.domain.search_text.looks_like_code`) searches
  only those; words with a digit in them (``persen 100``, ``100%``) are words
  and find "Persen 100% Net".

Before any of this the search is normalised, the same way for every listing,
picker and the counter's lookup (:mod:`ispdesk.domain.search_text`): control
characters out (a NUL no longer cuts SQLite's pattern short), white space
collapsed, at most 100 characters and 10 words (a ValidationError on
``search`` otherwise). Wildcards and quotes are searched for as they are.
Filters name columns of the spec and hold values of their kind, ids and page
numbers fit 64 bits: anything else is a ValidationError, never a KeyError or
an OverflowError from the driver.

The rows found are the same on both databases, because the ``LIKE`` conditions
above are the definition on both; on MariaDB/MySQL the full-text index (made
without stopwords, see migration 0005) first narrows the rows to those with a
word starting with each word of 3+ characters (``MATCH … AGAINST ('+budi*'
IN BOOLEAN MODE)``), united with the rows of each prefix column's index range,
instead of a scan of every row (0.2-0.5 s at 200,000 customers -> tens of ms).
SQLite scans.

Sorting while searching (:meth:`_Plan.rows`): whether an index may serve the
ORDER BY is decided by what the database can estimate, see
:func:`_sort_index_allowed`.

Exports: CSV is comma-separated UTF-8 with a byte-order mark (Excel then reads
the accents right), one header row of column titles, money as plain numbers
with a point (``1500000.00``), dates as ``YYYY-MM-DD``. Excel with Indonesian
regional settings expects ``;``: pass ``delimiter=";"``, or use the XLSX export,
which holds real numbers and dates (money in a Rupiah number format) and opens
the same way everywhere.
"""
from __future__ import annotations

import csv
import json
import os
import re
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.visitors import InternalTraversal

from ispdesk.db.engine import Database
from ispdesk.db.unit_of_work import read
from ispdesk.domain.actor import Actor
from ispdesk.domain.errors import ValidationError
from ispdesk.domain.messages import WORDS_CONTEXT, message, render, translate, word
from ispdesk.domain.search_text import cleaned, looks_like_code, normalised_search, whole_number
from ispdesk.services.modules import SPECS, spec as spec_of
from ispdesk.services.permissions import operation
from ispdesk.services.specs import ColumnSpec, Kind, ListQuery, Page, TableSpec

#: A flag in a CSV cell, in the installed language.
YES, NO = word("Yes"), word("No")
#: Excel number formats of the XLSX export.
RUPIAH_FORMAT = '"Rp" #,##0.00'
DATE_FORMAT = "dd mmm yyyy"
DATETIME_FORMAT = "dd mmm yyyy hh:mm"
TIME_FORMAT = "hh:mm"
#: Label of the spec's ``attention`` flag in the listing's SELECT.
ATTENTION = "_attention"
#: Words shorter than this do not make a word search (see the module's docstring).
MIN_WORD = 3
#: What may come before the start of a word, besides the start of the column.
WORD_SEPARATORS = (" ", "-", ".")
#: A money or measure filter's largest size (DECIMAL(15,2) holds 13 digits before the point).
LARGEST_AMOUNT = Decimal(10) ** 13

UNKNOWN_FILTER = message("listing.unknown_filter", "{table} cannot be filtered by “{column}”: it has no such column.")
BAD_FILTER = message("listing.bad_filter", "{column} cannot be filtered by this value.")
UNKNOWN_DATE_COLUMN = message("listing.unknown_date_column",
                              "{table} has no date “{column}” to choose a period by.")
NOT_A_DATE = message("listing.not_a_date", "A date is expected here.")
UNKNOWN_TABLE = message("listing.unknown_table", "There is no table “{key}” to look rows up in.")


# ---------------------------------------------------------------- the query


class _Columns:
    """Turns the names of a spec's columns into SQL, joining what labels need."""

    def __init__(self, spec: TableSpec) -> None:
        self.spec = spec
        self.table: sa.Table = spec.model.__table__
        self._specs = {c.name: c for c in spec.columns}
        self._joins: dict[str, tuple[Any, Any, str]] = {}

    def knows(self, name: str) -> bool:
        return name in self.table.c or self._is_reference(name)

    def _is_reference(self, name: str) -> bool:
        column = self._specs.get(name)
        return column is not None and column.kind is Kind.FOREIGN_KEY and column.references is not None

    def stored(self, name: str) -> Any:
        """The value as stored (a foreign key's id)."""
        return self.table.c[name]

    def shown(self, name: str) -> Any:
        """What the table shows: a foreign key's label, else the stored value."""
        if not self._is_reference(name):
            return self.table.c[name]
        if name not in self._joins:
            target = spec_of(self._specs[name].references)  # type: ignore[arg-type]
            alias = target.model.__table__.alias(f"ref_{name}")
            self._joins[name] = (alias, alias.c.id == self.table.c[name], target.label_column)
        alias, _on, label = self._joins[name]
        return alias.c[label]

    def from_clause(self, hits: Any = None) -> Any:
        """The table with its label joins; with ``hits`` (the ids a search may
        find, see :meth:`_Plan._hits`) only those rows."""
        clause: Any = self.table
        if hits is not None:
            clause = clause.join(hits, hits.c.id == self.table.c.id)
        for alias, on, _label in self._joins.values():
            clause = clause.outerjoin(alias, on)
        return clause


class _Plan:
    """The SELECT of a listing with its WHERE and ORDER BY, built once.

    ``dialect`` names the database the SELECT is for (``_backend``): on
    MariaDB/MySQL ``fulltext_min`` is the server's ``innodb_ft_min_token_size``
    and a word search is narrowed by the full-text index first. Without them the
    SELECT is the portable one (the same rows, found by scanning).

    What the query asks is checked first: the search is normalised
    (:func:`~ispdesk.domain.search_text.normalised_search`), every filter must
    name a column of the spec and hold a value of its kind, a period a date
    column and dates; anything else is a :class:`ValidationError`, never a
    database error."""

    def __init__(self, spec: TableSpec, query: ListQuery, *, listed: bool, ordered: bool,
                 dialect: str | None = None, fulltext_min: int | None = None) -> None:
        self.spec = spec
        self.query = query
        self.dialect = dialect
        self.fulltext_min = fulltext_min
        self.columns = _Columns(spec)
        self.ranged = False   # set by _conditions: the search is index ranges only
        self.names = tuple(c.name for c in spec.columns if c.in_list) if listed else ()
        self.sort = _sort_of(spec, query) if ordered else None
        cols = self.columns
        self.search = search = normalised_search(query.search)
        self.filters = _checked_filters(spec, query.filters)
        self.period = _checked_period(spec, query)
        wanted = [*self.names, *(c.name for c in spec.columns if c.searchable and search)]
        if self.period:
            wanted.append(self.period[0])
        if self.sort:
            wanted.append(self.sort[0])
        for name in wanted:  # register the joins before the FROM clause is built
            if cols.knows(name):
                cols.shown(name)
        select = sa.select(cols.table.c.id.label("id"),
                           *(cols.shown(n).label(n) for n in self.names if cols.knows(n)))
        self.hits = self._hits(search) if search else None
        self.from_ = cols.from_clause(self.hits)
        select = select.select_from(self.from_)
        if spec.listing is not None:
            select = spec.listing(select)
        self.extras = {c.name: getattr(c, "element", c) for c in select.selected_columns
                       if c.name != "id" and not cols.knows(c.name)}
        for name in (*self.filters, *self.period[:1]):
            if not self._resolves(name):
                raise ValidationError({"filters": UNKNOWN_FILTER(table=word(spec.title), column=name)})
        if self.sort and not self._resolves(self.sort[0]):
            self.sort = spec.default_sort   # a column the listing cannot sort by (the spec's sort is a table column)
        if spec.attention is not None:
            select = select.add_columns(spec.attention(cols.table).label(ATTENTION))
        self.select = select
        self.where = self._conditions(search)

    def _resolves(self, name: str) -> bool:
        return self.columns.knows(name) or name in self.extras

    def expression(self, name: str) -> Any:
        if self.columns.knows(name):
            return self.columns.shown(name)
        try:
            return self.extras[name]
        except KeyError:
            raise KeyError(f"{self.spec.key} lists no column {name!r}") from None

    def _searched(self, search: str) -> tuple[list[ColumnSpec], list[ColumnSpec]]:
        """The columns a search looks at: (searched by word starts, the others)."""
        searched = [c for c in self.spec.columns if c.searchable]
        if looks_like_code(search) and any(c.prefix_search for c in searched):
            # A number, code or phone: only the prefix-searched columns, so an
            # index serves the search instead of a scan of every name. Words
            # with a digit ("Persen 100% Net") are words: names are searched.
            searched = [c for c in searched if c.prefix_search]
        words = _fulltext_columns(self.columns.table)
        worded = [c for c in searched if not c.prefix_search and c.name in words]
        return worded, [c for c in searched if c not in worded]

    def _hits(self, search: str) -> Any:
        """MariaDB/MySQL: the ids a word search may find, as a derived table: the
        full-text index's rows with a word starting with each word of the search
        (those long enough for the index), united with each other searched
        column's rows (an index range for a prefix column). The WHERE still
        holds the exact conditions. None where this does not apply (SQLite, no
        full-text index, no word long enough, a searched column of another table)."""
        if self.fulltext_min is None:
            return None
        worded, others = self._searched(search)
        terms = _fulltext_terms(search, self.fulltext_min) if worded else None
        table = self.columns.table
        if terms is None or any(c.name not in table.c for c in others):
            return None
        from sqlalchemy.dialects.mysql import match
        index = [table.c[n] for n in _fulltext_columns(table)]
        branches = [sa.select(table.c.id).where(match(*index, against=terms).in_boolean_mode())]
        branches += [sa.select(table.c.id).where(_match(table.c[c.name], variant, c.prefix_search))
                     for c in others for variant in _variants(search, c)]
        return sa.union(*branches).subquery("search_hits")

    def _conditions(self, search: str) -> list[Any]:
        conditions: list[Any] = []
        if search:
            worded, others = self._searched(search)
            matches = [_match(self.expression(c.name), variant, c.prefix_search)
                       for c in others for variant in _variants(search, c)]
            if worded:
                matches.append(_word_match([self.expression(c.name) for c in worded], search))
            # a tab with nothing to search in finds nothing (its search box is off)
            conditions.append(sa.or_(*matches) if matches else sa.false())
            table = self.columns.table
            by_start = [c.name for c in others if c.prefix_search]
            if worded and not _long_words(search):
                by_start += [c.name for c in worded]
            self.ranged = bool(matches) and len(by_start) == len(others) + len(worded) and all(
                _indexed(table, name) for name in by_start)
        for name, value in self.filters.items():
            target = self.columns.stored(name) if name in self.columns.table.c else self.expression(name)
            conditions.append(target == value)
        if self.period:
            conditions.extend(self._date_range())
        return conditions

    def _date_range(self) -> list[Any]:
        name, first, last = self.period
        target = self.expression(name)
        out = []
        if self.spec.column(name).kind is Kind.DATETIME:  # from 00:00 of the first day to the end of the last
            if first:
                out.append(target >= datetime.combine(first, time.min))
            if last and last < date.max:
                out.append(target < datetime.combine(last + timedelta(days=1), time.min))
        else:
            if first:
                out.append(target >= first)
            if last:
                out.append(target <= last)
        return out

    def rows(self) -> Any:
        """The filtered, sorted SELECT (without paging).

        While searching, an index may serve the ORDER BY only where the database
        can tell first how many rows match (:func:`_sort_index_allowed`);
        otherwise the matches are read and sorted."""
        select = self.select.where(*self.where)
        if self.sort:
            name, descending = self.sort
            key, tie = self.expression(name), self.columns.table.c.id
            if self.search and not _sort_index_allowed(self.dialect, self.ranged):
                key = _Unindexed(key)
                select = _ignore_order_indexes(select, self.columns.table, name)
            order = [key.desc(), tie.desc()] if descending else [key.asc(), tie.asc()]
            if _unique(self.columns.table, name):
                order.pop()   # no ties to break; and MariaDB then walks the unique index instead of sorting
            select = select.order_by(*order)
        return select

    def count(self) -> Any:
        if self.spec.listing is None:
            return sa.select(sa.func.count()).select_from(self.from_).where(*self.where)
        return sa.select(sa.func.count()).select_from(self.select.where(*self.where).subquery())

    def page(self, rows: Iterable[Any], offset: int) -> Page:
        values, ids, attention = [], [], []
        flagged = self.spec.attention is not None
        for row in rows:
            mapping = row._mapping
            ids.append(mapping["id"])
            values.append(tuple(mapping[n] for n in self.names))
            if flagged:
                attention.append(bool(mapping[ATTENTION]))
        return Page(columns=self.names, rows=values, ids=ids, offset=offset, attention=attention)


class _Unindexed(sa.sql.expression.ColumnElement):
    """An ORDER BY key that no index serves: ``+column`` on SQLite (its documented
    way), the column itself elsewhere (MariaDB gets an index hint instead)."""

    inherit_cache = True
    _traverse_internals = [("inner", InternalTraversal.dp_clauseelement)]

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.type = inner.type


@compiles(_Unindexed)
def _compile_unindexed(element: _Unindexed, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.inner, **kw)


@compiles(_Unindexed, "sqlite")
def _compile_unindexed_sqlite(element: _Unindexed, compiler: Any, **kw: Any) -> str:
    return "+" + compiler.process(element.inner, **kw)


def _unique(table: sa.Table, column: str) -> bool:
    """Whether ``column`` alone is unique and never NULL in ``table`` (the id, a
    document number): then no two rows tie in an ORDER BY on it."""
    if column not in table.c or table.c[column].nullable:
        return False
    stored = table.c[column]
    if stored.primary_key or stored.unique:
        return True
    keys = [c for c in table.constraints if isinstance(c, sa.UniqueConstraint)]
    keys += [i for i in table.indexes if i.unique]
    return any([c.name for c in key.columns] == [column] for key in keys)


def _sort_index_allowed(dialect: str | None, ranged: bool) -> bool:
    """Whether an index may serve the ORDER BY of a search (the rule).

    Walking the sort column's index and testing each row finds the first page
    at once when many rows match (``CUST-0``: half of 200,000 customers, 2 ms
    instead of 300 ms reading and sorting 100,000 matches) but walks the whole
    index when few do (a rare phone prefix, a name nobody has: a second and more).
    Which case it is, the database must know before it picks:

    - MariaDB/MySQL, a search that is index ranges only (``ranged``: every
      condition a ``LIKE 'text%'`` on an indexed column; a number, a phone, a
      customer number): the optimiser counts the rows in each range (index
      dives) and walks the sort index only when matches are many (measured at
      200,000: walks from ~4 % of rows up, sorts below). Nothing is forced.
    - Otherwise (a word search, a ``LIKE '%text%'``, SQLite, whose ``LIKE`` no
      index serves and which does not count ranges): no index serves the
      ORDER BY; the matches (narrowed by the full-text index on MariaDB) are
      read and sorted, which costs at most one scan.
    """
    return ranged and dialect in ("mysql", "mariadb")


def _indexed(table: sa.Table, column: str) -> bool:
    """Whether an index (or a unique key) of ``table`` starts with ``column``."""
    if column not in table.c:
        return False
    keys = [*table.indexes, *(c for c in table.constraints if isinstance(c, sa.UniqueConstraint))]
    return table.c[column].primary_key or any(
        key.columns and list(key.columns)[0].name == column and not _is_fulltext(key) for key in keys)


def _is_fulltext(index: Any) -> bool:
    return isinstance(index, sa.Index) and index.dialect_options["mysql"]["prefix"] == "FULLTEXT"


def _fulltext_columns(table: sa.Table) -> tuple[str, ...]:
    """The columns of ``table``'s full-text index (searched by word starts), or ()."""
    for index in table.indexes:
        if _is_fulltext(index):
            return tuple(c.name for c in index.columns)
    return ()


def _long_words(search: str) -> list[str]:
    return [word for word in search.split() if len(word) >= MIN_WORD]


def _word_match(expressions: list[Any], search: str) -> Any:
    """Every word of ``search`` starts a word of one of ``expressions``; with no
    word of MIN_WORD characters, one of them starts with the whole text."""
    if not _long_words(search):
        return sa.or_(*(_match(e, search, True) for e in expressions))
    # "Contains the word" first: one LIKE rejects most rows where a scan (SQLite)
    # tests them all, before the four of a word start.
    return sa.and_(*(sa.and_(sa.or_(*(_match(e, word, False) for e in expressions)),
                             sa.or_(*(_starts_word(e, word) for e in expressions)))
                     for word in search.split()))


def _starts_word(expression: Any, word: str) -> Any:
    escaped = _escaped(word)
    return sa.or_(expression.like(f"{escaped}%", escape="/"),
                  *(expression.like(f"%{sep}{escaped}%", escape="/") for sep in WORD_SEPARATORS))


#: InnoDB indexes no longer word (innodb_ft_max_token_size's default and most).
_FULLTEXT_MAX = 84


def _fulltext_terms(search: str, min_token: int) -> str | None:
    """The boolean-mode query that finds every row :func:`_word_match` finds
    (and more): ``+budi* +santo*``. Each long word gives its leading run of word
    characters, if the word starts with one the index holds; a word that gives
    none (too short for the server, ``(budi``) is left to the LIKE. Only word
    characters reach the query, so no operator of the boolean mode can."""
    terms = []
    for word in _long_words(search):
        lead = re.match(r"\w+", word)
        if lead and min_token <= len(lead.group()) <= _FULLTEXT_MAX:
            terms.append(f"+{lead.group()}*")
    return " ".join(terms) or None


def _ignore_order_indexes(select: Any, table: sa.Table, column: str) -> Any:
    """MariaDB/MySQL: ``IGNORE INDEX FOR ORDER BY`` the indexes that start with ``column``."""
    if column not in table.c:
        return select
    names = [index.name for index in table.indexes
             if list(index.columns)[0].name == column and not _is_fulltext(index)]
    names += [c.name for c in table.constraints
              if isinstance(c, sa.UniqueConstraint) and list(c.columns)[0].name == column]
    if not names:
        return select
    hint = f"IGNORE INDEX FOR ORDER BY ({', '.join(sorted(str(n) for n in names))})"
    return select.with_hint(table, hint, dialect_name="mysql").with_hint(table, hint, dialect_name="mariadb")


def _variants(search: str, column: ColumnSpec) -> list[str]:
    """What to look for: a phone typed the local way (0812…) also finds +62812…."""
    if column.prefix_search and search.startswith("0") and search[1:2].isdigit():
        return [search, "+62" + search[1:]]
    return [search]


def _column_named(spec: TableSpec, name: Any) -> ColumnSpec | None:
    return next((c for c in spec.columns if c.name == name), None) if isinstance(name, str) else None


def _shown_name(name: Any) -> str:
    """A column name from the caller, fit for a message (it may be anything)."""
    return cleaned(str(name))[:40]


def _checked_filters(spec: TableSpec, filters: Any) -> dict[str, Any]:
    """``{column: value}`` of the filters that filter (None and "" do not), each
    value checked against its column's kind; a :class:`ValidationError` for a
    column the spec does not have or a value that column cannot hold."""
    if not filters:
        return {}
    if not isinstance(filters, dict):
        raise ValidationError({"filters": BAD_FILTER(column=word(spec.title))})
    checked = {}
    for name, value in filters.items():
        column = _column_named(spec, name)
        if column is None:
            raise ValidationError({"filters": UNKNOWN_FILTER(table=word(spec.title), column=_shown_name(name))})
        if value is None or (isinstance(value, str) and value == ""):
            continue
        checked[column.name] = _filter_value(column, value)
    return checked


def _filter_value(column: ColumnSpec, value: Any) -> Any:
    """``value`` as ``column`` holds it, or a ValidationError on the column."""
    kind = column.kind
    refused = ValidationError({column.name: BAD_FILTER(column=word(column.title))})
    if kind in (Kind.FOREIGN_KEY, Kind.INTEGER):
        return whole_number(value, field=column.name)
    if kind is Kind.BOOLEAN:
        if isinstance(value, bool) or (isinstance(value, int) and value in (0, 1)):
            return bool(value)
        raise refused
    if kind is Kind.ENUM:
        raw = getattr(value, "value", value)
        if isinstance(raw, str) and raw in column.choices:
            return raw
        raise refused
    if kind in (Kind.TEXT, Kind.LONG_TEXT):
        if isinstance(value, str):
            return normalised_search(value, field=column.name)
        raise refused
    if kind in (Kind.MONEY, Kind.DECIMAL):
        if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
            raise refused
        try:
            amount = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
            if amount.is_finite() and abs(amount) < LARGEST_AMOUNT:
                return amount
        except ArithmeticError:
            pass
        raise refused
    if kind is Kind.DATETIME and isinstance(value, datetime):
        return value
    if kind is Kind.DATE and isinstance(value, date) and not isinstance(value, datetime):
        return value
    if kind is Kind.TIME and isinstance(value, time):
        return value
    raise refused   # a JSON column, or a value of another kind


def _checked_period(spec: TableSpec, query: ListQuery) -> tuple[Any, ...]:
    """``(date column, first day, last day)`` of the period asked for, or ()
    without one; a ValidationError for a column that is not a date of the spec
    or an end that is not a date."""
    first, last = query.date_from, query.date_to
    if not query.date_column or not (first or last):
        return ()
    column = _column_named(spec, query.date_column)
    if column is None or column.kind not in (Kind.DATE, Kind.DATETIME):
        raise ValidationError({"date_column": UNKNOWN_DATE_COLUMN(table=word(spec.title),
                                                                  column=_shown_name(query.date_column))})
    ends = []
    for field, day in (("date_from", first), ("date_to", last)):
        if day is not None and not isinstance(day, date):
            raise ValidationError({field: NOT_A_DATE()})
        ends.append(day.date() if isinstance(day, datetime) else day)
    return (column.name, *ends)


def _sort_of(spec: TableSpec, query: ListQuery) -> tuple[str, bool]:
    column = _column_named(spec, query.sort_column)
    if column is not None and column.sortable:
        return column.name, bool(query.sort_descending)
    return spec.default_sort


def _match(expression: Any, text: str, prefix: bool) -> Any:
    if not isinstance(expression.type, sa.String):
        expression = sa.cast(expression, sa.String)
    # The pattern is built here, not by concat() in SQL, so the optimiser sees a
    # constant prefix and can range-scan an index.
    escaped = _escaped(text)
    return expression.like(f"{escaped}%" if prefix else f"%{escaped}%", escape="/")


def _escaped(text: str) -> str:
    """``text`` for a LIKE pattern with ``ESCAPE '/'``: its wildcards are searched for."""
    return text.replace("/", "//").replace("%", "/%").replace("_", "/_")


# ---------------------------------------------------------------- listing


_FULLTEXT_MIN: weakref.WeakKeyDictionary[Any, int] = weakref.WeakKeyDictionary()


def _backend(session: Session) -> dict[str, Any]:
    """What :class:`_Plan` needs to know of the session's database: its dialect
    and, on MariaDB/MySQL, the server's shortest full-text word (asked once per
    engine)."""
    bind = session.get_bind()
    engine = getattr(bind, "engine", bind)
    dialect = engine.dialect.name
    if dialect not in ("mysql", "mariadb"):
        return {"dialect": dialect}
    if engine not in _FULLTEXT_MIN:
        _FULLTEXT_MIN[engine] = int(session.execute(sa.text("SELECT @@innodb_ft_min_token_size")).scalar_one())
    return {"dialect": dialect, "fulltext_min": _FULLTEXT_MIN[engine]}


def _spec_key(arguments: Any) -> str:
    return arguments["spec"].key


_EXAMPLE = {"spec": SPECS["customers"], "query": ListQuery()}


@operation(lambda a: (_spec_key(a), "view"), example={**_EXAMPLE, "offset": 0, "limit": 10})
def fetch_page(session: Session, actor: Actor, spec: TableSpec, query: ListQuery,
               offset: int, limit: int) -> Page:
    """Rows ``offset`` to ``offset + limit`` of the listing the user asked for."""
    offset = max(0, whole_number(offset, field="offset"))
    limit = max(0, whole_number(limit, field="limit"))
    plan = _Plan(spec, query, listed=True, ordered=True, **_backend(session))
    result = session.execute(plan.rows().offset(offset).limit(limit))
    return plan.page(result, offset)


@operation(lambda a: (_spec_key(a), "view"), example=_EXAMPLE)
def count(session: Session, actor: Actor, spec: TableSpec, query: ListQuery) -> int:
    """How many rows the listing has with this search and these filters."""
    plan = _Plan(spec, query, listed=False, ordered=False, **_backend(session))
    return int(session.execute(plan.count()).scalar_one())


# ---------------------------------------------------------------- foreign-key pickers


def _target(ref_key: Any) -> TableSpec:
    """The spec rows are picked from; a ValidationError for a key that names none."""
    found = SPECS.get(ref_key) if isinstance(ref_key, str) else None
    if found is None:
        raise ValidationError({"ref_key": UNKNOWN_TABLE(key=_shown_name(ref_key))})
    return found


def _pick_permission(arguments: Any) -> tuple[str, str]:
    """Rows may be picked by who may see them, or write a form that refers to
    them: the first of those permissions the actor holds (``view`` of the
    table, refused, when none)."""
    actor, target = arguments.get("actor"), _target(arguments["ref_key"])
    wanted = (target.key, "view")
    if not isinstance(actor, Actor) or actor.can(*wanted):
        return wanted
    for other in SPECS.values():
        if any(c.references == target.key and c.editable for c in other.columns):
            for action in ("create", "edit"):
                if actor.can(other.key, action):
                    return other.key, action
    return wanted


@operation(_pick_permission, example={"ref_key": "customers", "text": ""})
def lookup(session: Session, actor: Actor, ref_key: str, text: str,
           limit: int = 20) -> list[tuple[int, str]]:
    """``(id, label)`` of the rows of ``ref_key`` matching ``text`` by their label or
    any searchable column, ordered by label; archived rows are left out.

    The label carries the row's number or code after a ``·`` where the spec has
    one (``"Budi Santoso · CUST-202611-000042"``), so namesakes can be told apart.

    ``text`` is normalised as every search is
    (:func:`~ispdesk.domain.search_text.normalised_search`): too long a text is
    a :class:`ValidationError`; its wildcards are searched for as they are.
    """
    target = _target(ref_key)
    limit = max(1, whole_number(limit, field="limit"))
    text = normalised_search(text)
    table = target.model.__table__
    label = table.c[target.label_column]
    detail = next((table.c[c.name] for c in target.columns
                   if c.prefix_search and c.name in table.c and c.name != target.label_column), None)
    select = sa.select(table.c.id, label.label("label"),
                       (detail if detail is not None else sa.null()).label("detail"))
    if text:
        label_prefix = any(c.name == target.label_column and c.prefix_search for c in target.columns)
        matches = [_match(label, text, label_prefix)]
        matches += [_match(table.c[c.name], text, c.prefix_search) for c in target.columns
                    if c.searchable and c.kind is not Kind.FOREIGN_KEY and c.name in table.c
                    and c.name != target.label_column]
        select = select.where(sa.or_(*matches))
    if target.archive_column:
        archived = table.c[target.archive_column]
        select = select.where(sa.or_(archived.is_(None), archived == sa.true()))
    select = select.order_by(label, table.c.id).limit(limit)
    return [(row.id, _label_text(row.label, row.detail)) for row in session.execute(select)]


def _label_text(label: Any, detail: Any) -> str:
    text = "" if label is None else str(label)
    return f"{text} · {detail}" if detail not in (None, "") else text


@operation(_pick_permission, example={"ref_key": "customers", "record_id": 1})
def label_of(session: Session, actor: Actor, ref_key: str, record_id: int | None) -> str | None:
    """The label of one row of ``ref_key`` (what its foreign keys show), or None;
    for whoever may pick rows of ``ref_key`` (see :func:`lookup`)."""
    if record_id is None:
        return None
    record_id = whole_number(record_id, field="record_id")
    target = _target(ref_key)
    table = target.model.__table__
    value = session.execute(sa.select(table.c[target.label_column]).where(table.c.id == record_id)).first()
    return None if value is None or value[0] is None else str(value[0])


# ---------------------------------------------------------------- export


@operation(lambda a: (_spec_key(a), "export"), example=_EXAMPLE)
def export_rows(session: Session, actor: Actor, spec: TableSpec, query: ListQuery,
                batch: int = 5000) -> Iterator[Page]:
    """Every row of the listing as it is filtered and sorted, ``batch`` rows per
    page, from one streamed SELECT. Consume it inside the same session; whoever
    stops early calls ``close()`` on it (the streamed result is closed too)."""
    plan = _Plan(spec, query, listed=True, ordered=True, **_backend(session))
    result = session.execute(plan.rows().execution_options(yield_per=batch))

    def pages() -> Iterator[Page]:
        offset = 0
        try:
            for chunk in result.partitions():
                yield plan.page(chunk, offset)
                offset += len(chunk)
        finally:
            result.close()

    return pages()


@operation(lambda a: (_spec_key(a), "export"), example={**_EXAMPLE, "path": "export.csv"})
def export_file(db: Database, actor: Actor, spec: TableSpec, query: ListQuery, path: str | Path, *,
                batch: int = 5000, delimiter: str = ",", progress: Progress | None = None) -> int:
    """Write every row of the listing to ``path`` in a read of its own: XLSX when
    it ends in ``.xlsx``, CSV otherwise; returns the row count. ``progress(rows
    written)`` after each batch may raise to stop (the file is then not written,
    one already there stays as it was)."""
    xlsx = Path(path).suffix.lower() == ".xlsx"

    def export(session: Session) -> int:
        with closing(export_rows(session, actor, spec, query, batch=batch)) as rows:
            if xlsx:
                return write_xlsx(path, rows, spec, progress=progress)
            return write_csv(path, rows, spec, delimiter=delimiter, progress=progress)

    return read(db, export)


def _titles(spec: TableSpec) -> list[str]:
    """The header row: the column titles in the installed language."""
    return [translate(WORDS_CONTEXT, c.title) for c in spec.columns if c.in_list]


def _listed(spec: TableSpec) -> list[ColumnSpec]:
    return [c for c in spec.columns if c.in_list]


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return render(YES if value else NO)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (date, time, Decimal)):
        return value.isoformat() if not isinstance(value, Decimal) else str(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return _defused(str(value))


def _defused(text: str) -> str:
    """Keep a spreadsheet from running a cell as a formula (``=HYPERLINK(…)``);
    phone numbers such as ``+62 812…`` and negative numbers stay as they are."""
    if text[:1] in ("=", "@", "\t", "\r") or (text[:1] in ("+", "-") and not _numeric(text[1:])):
        return "'" + text
    return text


def _numeric(text: str) -> bool:
    return bool(text) and all(ch.isdigit() or ch in " .,-()" for ch in text)


Progress = Callable[[int], None]


@contextmanager
def _replacing(path: str | Path) -> Iterator[Path]:
    """A temporary file beside ``path`` that becomes ``path`` when the block ends
    well; on any error (or a cancel raised by ``progress``) it is removed and
    ``path`` is left as it was. The file is owner-only (0600) whatever the
    umask: an export holds the office's data."""
    from ispdesk.paths import create_private
    target = Path(path)
    partial = target.with_name(f".{target.name}.partial")
    try:
        create_private(partial)   # writing to it keeps the mode, and so does the rename
        yield partial
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def write_csv(path: str | Path, pages: Iterable[Page], spec: TableSpec, *, delimiter: str = ",",
              progress: Progress | None = None) -> int:
    """Write the pages as CSV (UTF-8 with BOM, header of titles); returns the row count.
    ``progress(rows written)`` is called after each page (it may raise to stop)."""
    written = 0
    with _replacing(path) as partial, open(partial, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(_titles(spec))
        for page in pages:
            writer.writerows([_csv_text(v) for v in row] for row in page.rows)
            written += len(page.rows)
            if progress is not None:
                progress(written)
    return written


def write_xlsx(path: str | Path, pages: Iterable[Page], spec: TableSpec, *,
               progress: Progress | None = None) -> int:
    """Write the pages as one XLSX sheet: numbers and dates as such, money in a
    Rupiah format, a bold header row; returns the row count. ``progress`` as
    for :func:`write_csv`."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_name(translate(WORDS_CONTEXT, spec.title)))
    columns = _listed(spec)
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(10, min(60, (column.width or 120) / 7))
    bold = Font(bold=True)
    header = []
    for title in _titles(spec):
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    cell_of = _xlsx_cell_maker(sheet, WriteOnlyCell)
    written = 0
    for page in pages:
        for row in page.rows:
            sheet.append([cell_of(column, value) for column, value in zip(columns, row)])
        written += len(page.rows)
        if progress is not None:
            progress(written)
    with _replacing(path) as partial:
        workbook.save(partial)
    return written


def _sheet_name(title: str) -> str:
    cleaned = "".join(ch for ch in title if ch not in "[]:*?/\\")
    return cleaned[:31] or "Sheet"


def _xlsx_cell_maker(sheet: Any, cell_class: Any) -> Callable[[ColumnSpec, Any], Any]:
    formats = {Kind.MONEY: RUPIAH_FORMAT, Kind.DATE: DATE_FORMAT, Kind.DATETIME: DATETIME_FORMAT,
               Kind.TIME: TIME_FORMAT}

    def make(column: ColumnSpec, value: Any) -> Any:
        if isinstance(value, (dict, list)):
            value = json.dumps(value, ensure_ascii=False)
        if isinstance(value, str):
            value = value[:32767]  # Excel's limit for one cell
        cell = cell_class(sheet, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # text, never a formula
        elif value is not None and column.kind in formats:
            cell.number_format = formats[column.kind]
        return cell

    return make
