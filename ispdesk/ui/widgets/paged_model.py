"""ONE table model for every module tab, driven by the tab's :class:`TableSpec`.

Rows come from ``listing.fetch_page`` a page at a time (``fetchMore``), each
read a :class:`~ispdesk.ui.ops.QueryOp`; sorting and searching re-query in SQL. The model never blocks the
GUI thread: until a page arrives it simply has fewer rows.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from ispdesk.services import listing
from ispdesk.services.specs import ColumnSpec, Kind, ListQuery, Page, TableSpec
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import NUMERIC_KINDS, format_value
from ispdesk.ui.i18n import spec_text
from ispdesk.ui.ops import QueryOp

PAGE_SIZE = 200
MAX_PAGE_SIZE = 5000
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
#: Qt.UserRole gives the raw value of a cell; IdRole the id of its row.
RawRole = Qt.ItemDataRole.UserRole
IdRole = Qt.ItemDataRole.UserRole + 1
#: True for a row the spec's ``attention`` flags (also painted with ATTENTION_COLOR).
AttentionRole = Qt.ItemDataRole.UserRole + 2
ATTENTION_COLOR = QColor("#fde2e1")

_Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    """The rows of one spec's listing, paged in on demand.

    Signals: ``count_changed(int)`` the total number of rows of the query;
    ``loading_changed(bool)``; ``failed(object)`` a read failed (the exception);
    ``page_loaded()`` after rows arrived (or a refresh replaced them).
    """

    count_changed = Signal(int)
    loading_changed = Signal(bool)
    failed = Signal(object)
    page_loaded = Signal()

    def __init__(self, ctx: AppContext, spec: TableSpec, parent: Any = None, *,
                 page_size: int = PAGE_SIZE, query: ListQuery | None = None, autoload: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.spec = spec
        self.page_size = page_size
        self.columns: tuple[ColumnSpec, ...] = tuple(c for c in spec.columns if c.in_list)
        self._names = tuple(c.name for c in self.columns)
        self._query = query or self._default_query()
        self._rows: list[tuple] = []
        self._ids: list[int] = []
        self._attention: set[int] = set()   # ids of flagged rows
        self._total: int | None = None
        self._generation = 0      # bumped on every reset; late answers of older queries are dropped
        self._loading = False
        self._exhausted = False
        if autoload:
            self._start()

    # -- the query
    def _default_query(self) -> ListQuery:
        column, descending = self.spec.default_sort
        return ListQuery(sort_column=column, sort_descending=descending)

    def query(self) -> ListQuery:
        return self._query

    def setQuery(self, query: ListQuery) -> None:  # noqa: N802 - Qt naming
        """Show the rows of ``query`` instead (from the first page)."""
        self.beginResetModel()
        self._query = query
        self._rows, self._ids = [], []
        self._attention = set()
        self._total = None
        self._generation += 1
        self._loading = False
        self._exhausted = False
        self.endResetModel()
        self._start()

    def refresh(self) -> None:
        """Read again what is shown (as many rows as are loaded), keeping the query.

        The rows are replaced only when the answer arrives, so the table does not
        flash empty in between.
        """
        self._generation += 1
        generation = self._generation
        limit = max(self.page_size, len(self._rows))
        self._set_loading(True)
        self._run_page(generation, 0, limit, replace_rows=True)
        self._run_count(generation)

    def _start(self) -> None:
        self._fetch(self._generation, 0)
        self._run_count(self._generation)

    # -- reading through the runner
    def _fetch(self, generation: int, offset: int) -> None:
        self._set_loading(True)
        self._run_page(generation, offset, self._next_limit(), replace_rows=False)

    def _next_limit(self) -> int:
        """Pages grow with what is loaded (200, 200, 400, 800 … up to MAX_PAGE_SIZE):
        a database skips every earlier row of an OFFSET, so reaching row 200,000
        in some 45 reads instead of 1,000 costs seconds instead of minutes."""
        return max(self.page_size, min(len(self._rows), MAX_PAGE_SIZE))

    def _run_page(self, generation: int, offset: int, limit: int, *, replace_rows: bool) -> None:
        spec, query = self.spec, self._query
        QueryOp(self, self.ctx, lambda s, actor: listing.fetch_page(s, actor, spec, query, offset, limit)) \
            .success(lambda page: self._on_page(generation, page, limit, replace_rows)) \
            .failure(lambda exc: self._on_failure(generation, exc)).run()

    def _run_count(self, generation: int) -> None:
        spec, query = self.spec, self._query
        QueryOp(self, self.ctx, lambda s, actor: listing.count(s, actor, spec, query)) \
            .success(lambda total: self._on_count(generation, total)) \
            .failure(lambda exc: self._on_failure(generation, exc)).run()

    def _on_page(self, generation: int, page: Page, limit: int, replace_rows: bool) -> None:
        if generation != self._generation:
            return
        rows = [self._reorder(page, row) for row in page.rows]
        flagged = {i for i, flag in zip(page.ids, page.attention) if flag}
        if replace_rows:
            self._attention = flagged
        else:
            self._attention |= flagged
        if replace_rows:
            self.beginResetModel()
            self._rows, self._ids = rows, list(page.ids)
            self.endResetModel()
        elif rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._ids.extend(page.ids)
            self.endInsertRows()
        self._exhausted = len(rows) < limit
        self._set_loading(False)
        self.page_loaded.emit()

    def _reorder(self, page: Page, row: tuple) -> tuple:
        if tuple(page.columns) == self._names:
            return tuple(row)
        by_name = dict(zip(page.columns, row))
        return tuple(by_name.get(name) for name in self._names)

    def _on_count(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self._total = total
        self.count_changed.emit(total)

    def _on_failure(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._exhausted = True   # do not hammer a database that is away; refresh() tries again
        self._set_loading(False)
        self.failed.emit(exc)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # -- what the tab asks
    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def total(self) -> int | None:
        """Rows of the whole query (from ``listing.count``); None until known."""
        return self._total

    @property
    def all_loaded(self) -> bool:
        return self._exhausted and not self._loading

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def column_index(self, name: str) -> int:
        return self._names.index(name)

    # -- QAbstractTableModel
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self._fetch(self._generation, len(self._rows))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.columns):
            return None
        column = self.columns[index.column()]
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column.kind is Kind.ENUM and value is not None:
                return spec_text(column.choice_title(value))
            return format_value(column.kind, value)
        if role == RawRole:
            return value
        if role == IdRole:
            return self._ids[index.row()]
        if role == AttentionRole:
            return self._ids[index.row()] in self._attention
        if role == Qt.ItemDataRole.BackgroundRole and self._ids[index.row()] in self._attention:
            return ATTENTION_COLOR
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_alignment(column))
        if role == Qt.ItemDataRole.ToolTipRole and column.kind in (Kind.TEXT, Kind.LONG_TEXT, Kind.JSON):
            text = format_value(column.kind, value)
            return text if len(text) > 30 else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec_text(column.title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_alignment(column))
        if role == Qt.ItemDataRole.ToolTipRole and column.help:
            return spec_text(column.help)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL: ask again with ``ListQuery.sort_column``."""
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        name = self.columns[column].name
        descending = order == Qt.SortOrder.DescendingOrder
        if (self._query.sort_column, self._query.sort_descending) == (name, descending):
            return
        self.setQuery(replace(self._query, sort_column=name, sort_descending=descending))


def _alignment(column: ColumnSpec) -> Qt.AlignmentFlag:
    if column.kind in NUMERIC_KINDS:
        return RIGHT
    if column.kind is Kind.BOOLEAN:
        return CENTER
    return LEFT
