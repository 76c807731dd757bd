"""ONE module tab for every table: search, filters, row count, export and the
create/edit/delete buttons, over a :class:`PagedTableModel` and a
:class:`RecordForm`. A new module costs a TableSpec, not a new widget.

A delete is a :class:`~ispdesk.ui.ops.WriteOp`; an export a long job
(:class:`~ispdesk.ui.ops.JobOp`, on the runner's second lane, so the counter
never waits behind it). The tab reloads when ``runner.changed`` names its
table or its module. Dates (the date filter, the export's file name) come from
the office clock."""
from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QMessageBox, QProgressDialog, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from shiboken6 import isValid

from ispdesk.domain import clock
from ispdesk.domain.errors import DatabaseUnavailable
from ispdesk.services import listing, records
from ispdesk.services.specs import ColumnSpec, Kind, ListQuery, TableSpec
from ispdesk.ui.context import AppContext
from ispdesk.ui.module_actions import TabAction, actions_for, editor_for
from ispdesk.ui.format import format_count, humanise
from ispdesk.ui.i18n import spec_text, translate_message
from ispdesk.ui.admin.permissions_editor import action_title
from ispdesk.ui.ops import JobOp, WriteOp
from ispdesk.ui.tasks import TaskHandle
from ispdesk.ui.widgets.editors import ForeignKeyEditor
from ispdesk.ui.widgets.file_dialogs import ask_save_path
from ispdesk.ui.widgets.flow_layout import FlowLayout
from ispdesk.ui.widgets.lifetime import while_alive
from ispdesk.ui.widgets.message_bar import MessageBar, describe_error
from ispdesk.ui.widgets.paged_model import PagedTableModel, RawRole
from ispdesk.ui.widgets.record_form import RecordForm

SEARCH_DELAY_MS = 250
EXPORT_BATCH = 1000          # rows per page of an export: one progress step each
EXPORT_PROGRESS_DELAY_MS = 400  # shorter exports finish before the progress dialog shows
SAVE_WIDTHS_DELAY_MS = 400
SEARCH_MIN_WIDTH = 220      # the search box; it widens into the room left on the filter line
FILTER_MIN_CHARS = 6        # the narrowest a filter drop-down is sized for
PICKER_WIDTHS = (130, 240)  # a filter picker is as wide as its "Technician: all" text, within these
ORGANIZATION = "ISPDesk"
DATE_FORMAT = "dd MMM yyyy"
_DEFAULT_WIDTHS = {Kind.MONEY: 130, Kind.DATE: 110, Kind.DATETIME: 150, Kind.BOOLEAN: 80, Kind.ENUM: 110,
                   Kind.INTEGER: 80, Kind.DECIMAL: 100, Kind.TIME: 70, Kind.FOREIGN_KEY: 180}


def settings() -> QSettings:
    """Where tabs remember column widths and filters (per user, INI format)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, ORGANIZATION)


class _FilterCombo(QComboBox):
    """A filter drop-down as wide as its longest item ("Sumber: semua", "Datang
    langsung"), never narrower than a few characters; the filter row wraps
    rather than cut its texts. Only when a line is narrower than the combo
    itself does it shrink, down to about ten characters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(FILTER_MIN_CHARS)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        hint.setWidth(min(hint.width(), self.fontMetrics().horizontalAdvance("x") * 10 + 36))
        return hint


class _Table(QTableView):
    """A table view that says so when there is nothing to show."""

    placeholder = ""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        model = self.model()
        if self.placeholder and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(0, 40, 0, 0),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.placeholder)
            painter.end()


class TableTab(QWidget):
    """The tab of one module.

    Signals: ``record_saved(int)`` after its form saved a record;
    ``exported(str)`` after :meth:`export_to` wrote a file (its path);
    ``deleted(int)`` after a record was deleted or archived.
    """

    record_saved = Signal(int)
    exported = Signal(str)
    deleted = Signal(int)

    def __init__(self, ctx: AppContext, spec: TableSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.spec = spec
        self.form: RecordForm | None = None
        self.export_progress: QProgressDialog | None = None   # of the export running now
        self._pending_select: int | None = None
        self._restoring = True
        self._build_toolbar()
        self._build_filters()
        self.message_bar = MessageBar(self)
        self._build_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(self._toolbar_row)
        layout.addLayout(self._filters)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.view, 1)
        self._restore_filters()
        self.model = PagedTableModel(ctx, spec, self, query=self.current_query(self._initial_sort()))
        self._attach_model()
        self._restore_widths()
        self._apply_permissions()
        self._connect()
        self._restoring = False

    # ------------------------------------------------------------------ building
    def _build_toolbar(self) -> None:
        spec = self.spec
        self.new_button = QPushButton(self.tr("New"), self)
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.delete_button = QPushButton(self.tr("Archive") if spec.archive_column else self.tr("Delete"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.new_button.setToolTip(self.tr("New record (Ctrl+N)"))
        self.edit_button.setToolTip(self.tr("Open the selected record (Enter)"))
        self.delete_button.setToolTip(self.tr("Archive the selected record (Del)") if spec.archive_column
                                      else self.tr("Delete the selected record (Del)"))
        self.export_button.setToolTip(self.tr("Save the rows shown as CSV or Excel (Ctrl+E)"))
        self.refresh_button.setToolTip(self.tr("Read the rows again (F5)"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.count_label.setStyleSheet("#countLabel { font-weight: 600; padding: 0 6px; }")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The buttons wrap onto a second line rather than widen the window past the screen.
        self._toolbar = FlowLayout(spacing=6)
        for button in (self.new_button, self.edit_button, self.delete_button, self.export_button,
                       self.refresh_button):
            button.setAutoDefault(False)
            self._toolbar.addWidget(button)
        self._build_module_actions()
        self._toolbar_row = QHBoxLayout()
        self._toolbar_row.setSpacing(6)
        self._toolbar_row.addLayout(self._toolbar, 1)
        self.count_label.setMinimumHeight(self.new_button.sizeHint().height())
        self._toolbar_row.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignTop)

    def _build_module_actions(self) -> None:
        """Buttons the module registered in :mod:`ispdesk.ui.module_actions`."""
        self.action_buttons: dict[str, tuple[QPushButton, TabAction]] = {}
        for action in actions_for(self.spec.key):
            button = QPushButton(QCoreApplication.translate("ModuleActions", action.title), self)
            button.setObjectName(action.key)
            button.setAutoDefault(False)
            tip = QCoreApplication.translate("ModuleActions", action.tooltip) if action.tooltip else ""
            if action.shortcut:
                QShortcut(QKeySequence(action.shortcut), self, activated=button.click)
                tip = f"{tip} ({action.shortcut})" if tip else action.shortcut
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, a=action: self.run_module_action(a.key))
            self.action_buttons[action.key] = (button, action)
            self._toolbar.addWidget(button)

    def run_module_action(self, key: str) -> None:
        """Run the registered action ``key`` on the selected record."""
        button, action = self.action_buttons[key]
        if not button.isEnabled():
            return
        action.run(self, self.selected_id())

    def _build_filters(self) -> None:
        spec = self.spec
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        searched = [spec_text(c.title).lower() for c in spec.columns if c.searchable]
        self.search_edit.setPlaceholderText(
            self.tr("Search {0}…").format(", ".join(searched[:4])) if searched else self.tr("Search…"))
        self.search_edit.setEnabled(bool(searched))
        self.search_edit.setMinimumWidth(SEARCH_MIN_WIDTH)
        self.filter_combos: dict[str, QComboBox] = {}
        # Filters keep the width of their texts and wrap onto a second line when the tab is narrow.
        self._filters = FlowLayout(spacing=6)
        self._filters.addWidget(self.search_edit, 1)
        for column in spec.columns:
            if column.filterable and column.kind in (Kind.ENUM, Kind.BOOLEAN):
                combo = self._filter_combo(column)
                self.filter_combos[column.name] = combo
                self._filters.addWidget(combo)
        self.filter_pickers: dict[str, ForeignKeyEditor] = {}
        for column in spec.columns:
            if column.filterable and column.kind is Kind.FOREIGN_KEY and column.references:
                picker = self._filter_picker(column)
                self.filter_pickers[column.name] = picker
                self._filters.addWidget(picker)
        self.date_columns = [c for c in spec.columns if c.filterable and c.kind in (Kind.DATE, Kind.DATETIME)]
        self.date_range = QWidget(self)    # the date filter and its two ends wrap together
        self.date_combo = _FilterCombo(self.date_range)
        self.date_from = QDateEdit(self.date_range)
        self.date_to = QDateEdit(self.date_range)
        if self.date_columns:
            self.date_combo.addItem(self.tr("Any date"), None)
            for column in self.date_columns:
                self.date_combo.addItem(spec_text(column.title), column.name)
            today = clock.today()
            for edit, day in ((self.date_from, today - timedelta(days=30)), (self.date_to, today)):
                edit.setCalendarPopup(True)
                edit.setDisplayFormat(DATE_FORMAT)
                edit.setDate(QDate(day))
                edit.setMinimumWidth(120)
            row = QHBoxLayout(self.date_range)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            row.addWidget(self.date_combo)
            row.addWidget(self.date_from)
            row.addWidget(QLabel("–", self.date_range))
            row.addWidget(self.date_to)
            self._filters.addWidget(self.date_range)
        else:
            self.date_range.hide()
        self._update_date_enabled()

    def _filter_combo(self, column: ColumnSpec) -> QComboBox:
        combo = _FilterCombo(self)
        combo.addItem(self.tr("{0}: all").format(spec_text(column.title)), None)
        if column.kind is Kind.BOOLEAN:
            combo.addItem(self.tr("{0}: yes").format(spec_text(column.title)), True)
            combo.addItem(self.tr("{0}: no").format(spec_text(column.title)), False)
        else:
            for choice in column.choices:
                combo.addItem(spec_text(column.choice_title(choice)), choice)
        combo.setToolTip(spec_text(column.title))
        return combo

    def _filter_picker(self, column: ColumnSpec) -> ForeignKeyEditor:
        """A searchable picker of the referenced rows (the form's FK editor); empty: all."""
        picker = ForeignKeyEditor(self.ctx, column, self)
        picker.setObjectName(f"filter_{column.name}")
        picker.edit.setPlaceholderText(self.tr("{0}: all").format(spec_text(column.title)))
        picker.setToolTip(self.tr("Only the rows of one {0}; empty shows all").format(spec_text(column.title).lower()))
        low, high = PICKER_WIDTHS
        text = picker.edit.fontMetrics().horizontalAdvance(picker.edit.placeholderText()) + 36  # frame, clear button
        picker.edit.setMinimumWidth(min(max(text, low), high))
        return picker

    def _picker_edited(self, picker: ForeignKeyEditor) -> None:
        """Filter once a row is picked or the picker is emptied (not while typing)."""
        if picker.selected_id() is not None or not picker.edit.text().strip():
            self.apply_filters()

    def _picker_confirmed(self, picker: ForeignKeyEditor) -> None:
        """Enter on a typed name that is exactly one suggestion picks it."""
        try:
            picker.value()
        except ValueError:
            return
        self.apply_filters()

    def _build_table(self) -> None:
        self.view = _Table(self)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setSectionsMovable(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.view.installEventFilter(self)

    def _attach_model(self) -> None:
        self.view.setModel(self.model)
        query = self.model.query()
        names = [c.name for c in self.model.columns]
        if query.sort_column in names:
            order = Qt.SortOrder.DescendingOrder if query.sort_descending else Qt.SortOrder.AscendingOrder
            self.view.horizontalHeader().setSortIndicator(names.index(query.sort_column), order)
        else:
            self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)

    def _connect(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filters)
        for combo in self.filter_combos.values():
            combo.currentIndexChanged.connect(self.apply_filters)
        for picker in self.filter_pickers.values():
            picker.edited.connect(lambda p=picker: self._picker_edited(p))
            picker.edit.returnPressed.connect(lambda p=picker: self._picker_confirmed(p))
        self.date_combo.currentIndexChanged.connect(self._update_date_enabled)
        for signal in (self.date_combo.currentIndexChanged, self.date_from.dateChanged, self.date_to.dateChanged):
            signal.connect(self.apply_filters)
        self._widths_timer = QTimer(self)
        self._widths_timer.setSingleShot(True)
        self._widths_timer.setInterval(SAVE_WIDTHS_DELAY_MS)
        self._widths_timer.timeout.connect(self.save_widths)
        self.view.horizontalHeader().sectionResized.connect(lambda *_: self._widths_timer.start())
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._save_sort)
        self.view.doubleClicked.connect(lambda index: self.open_record(self.model.id_at(index.row())))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._update_buttons)
        self.model.count_changed.connect(self._show_count)
        self.model.loading_changed.connect(self._show_loading)
        self.model.failed.connect(self._show_failure)
        self.model.page_loaded.connect(self._select_pending)
        self.new_button.clicked.connect(lambda: self.open_record(None))
        self.edit_button.clicked.connect(lambda: self.open_record(self.selected_id()))
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.export_button.clicked.connect(self.choose_export)
        self.refresh_button.clicked.connect(self.refresh)
        self.ctx.runner.changed.connect(self._on_changed)
        for keys, slot in (("Ctrl+N", lambda: self.new_button.isEnabled() and self.open_record(None)),
                           ("Ctrl+E", lambda: self.export_button.isEnabled() and self.choose_export()),
                           ("F5", self.refresh), ("Ctrl+F", self.search_edit.setFocus)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # ------------------------------------------------------------------ permissions
    def _allowed(self, action: str) -> bool:
        return self.ctx.actor.can(self.spec.key, action)

    def _apply_permissions(self) -> None:
        spec = self.spec
        self.new_button.setVisible(spec.can_create)
        self.edit_button.setVisible(spec.can_edit)
        self.delete_button.setVisible(spec.can_delete)
        for button, action in ((self.new_button, "create"), (self.edit_button, "edit"),
                               (self.delete_button, "delete"), (self.export_button, "export")):
            if not self._allowed(action):
                role = spec_text(humanise(self.ctx.actor.role))
                button.setToolTip(self.tr("Your role ({0}) may not {1} here").format(role, action_title(action).lower()))
        self.new_button.setEnabled(self._allowed("create"))
        self.export_button.setEnabled(self._allowed("export"))
        self._update_buttons()

    def _update_buttons(self, *_args: Any) -> None:
        selected = self.selected_id() is not None
        self.edit_button.setEnabled(selected and self._allowed("edit"))
        self.delete_button.setEnabled(selected and self._allowed("delete"))
        row = self.selected_values() if selected else None
        for button, action in self.action_buttons.values():
            enabled = self._allowed(action.permission) and (selected or not action.needs_selection)
            if enabled and row is not None and action.enabled_when is not None:
                enabled = bool(action.enabled_when(row))   # e.g. Start only on an assigned work order
            button.setEnabled(enabled)

    def can_edit(self) -> bool:
        return self.spec.can_edit and self._allowed("edit")

    # ------------------------------------------------------------------ query
    def current_query(self, sort: tuple[str | None, bool] | None = None) -> ListQuery:
        """The query the search box, the filters and the date range describe."""
        if sort is None:
            query = self.model.query()
            sort = (query.sort_column, query.sort_descending)
        filters = {name: combo.currentData() for name, combo in self.filter_combos.items()
                   if combo.currentData() is not None}
        filters.update({name: picker.selected_id() for name, picker in self.filter_pickers.items()
                        if picker.selected_id() is not None})
        date_column = self.date_combo.currentData() if self.date_columns else None
        return ListQuery(
            search=self.search_edit.text().strip(), filters=filters, date_column=date_column,
            date_from=self.date_from.date().toPython() if date_column else None,
            date_to=self.date_to.date().toPython() if date_column else None,
            sort_column=sort[0], sort_descending=sort[1])

    def apply_filters(self) -> None:
        """Ask again with what the search box and the filters say now."""
        self._search_timer.stop()
        if self._restoring:
            return
        query = self.current_query()
        if query != self.model.query():
            if self.message_bar.level == "error":
                self.message_bar.clear()   # it was about the last query (a search too long…)
            self.model.setQuery(query)
        self.save_filters()

    def refresh(self) -> None:
        """Read the rows again, keeping the query and the selected row."""
        self._pending_select = self.selected_id()
        self.message_bar.clear()
        self.model.refresh()

    def _on_changed(self, changes: Any) -> None:
        table = getattr(self.spec.model, "__tablename__", None)
        if self.spec.key in changes or (table and table in changes):
            self._pending_select = self._pending_select or self.selected_id()
            self.model.refresh()

    # ------------------------------------------------------------------ selection
    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.id_at(rows[0].row()) if rows else None

    def selected_values(self) -> dict[str, Any]:
        """The selected row's listed values by column name (raw: "in_progress", a date…); {} without one."""
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if not rows:
            return {}
        row = rows[0].row()
        return {column.name: self.model.index(row, i).data(RawRole) for i, column in enumerate(self.model.columns)}

    def select_id(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def _remember_selection(self) -> None:
        """The rows are replaced (a refresh): select the same record again once they are back, so its
        buttons follow its new status (a row picked while a reload was on its way is kept too)."""
        if self._pending_select is None:
            self._pending_select = self.selected_id()

    def _select_pending(self) -> None:
        if self._pending_select is not None and self.select_id(self._pending_select):
            self._pending_select = None
        self._update_buttons()

    def _label_of_row(self, record_id: int) -> str:
        row = self.model.row_of(record_id)
        names = [c.name for c in self.model.columns]
        if row is not None and self.spec.label_column in names:
            return self.model.index(row, names.index(self.spec.label_column)).data() or f"#{record_id}"
        return f"#{record_id}"

    # ------------------------------------------------------------------ actions
    def open_record(self, record_id: int | None) -> Any:
        """Open the form of ``record_id`` (None: a new record): the module's own
        editor when it registered one, else the generic record form, read-only when
        the user may not edit. Returns the (non-blocking, window-modal) dialog."""
        if record_id is None and not (self.spec.can_create and self._allowed("create")):
            return None
        if record_id is not None and not self._allowed("view"):
            return None
        editor = editor_for(self.spec.key)
        if editor is not None and (record_id is None or self.can_edit()):
            return editor(self, record_id)
        self.form = RecordForm(self.ctx, self.spec, record_id, self,
                               read_only=record_id is not None and not self.can_edit())
        self.form.saved.connect(self.show_saved)
        self.form.open()
        return self.form

    def show_saved(self, record_id: int) -> None:
        """A record was saved from a form of this tab: select it once the rows reload."""
        self._pending_select = record_id
        self.message_bar.clear()
        self.record_saved.emit(record_id)

    def delete_selected(self, *, confirm: bool = True) -> TaskHandle | None:
        """Delete (or archive) the selected record after asking; errors go to the bar."""
        record_id = self.selected_id()
        if record_id is None or not self.spec.can_delete or not self._allowed("delete"):
            return None
        label = self._label_of_row(record_id)
        archive = bool(self.spec.archive_column)
        question = (self.tr("Archive {0}? It is no longer offered for new work; its history stays.") if archive
                    else self.tr("Delete {0}? This cannot be undone.")).format(label)
        if confirm and not self._confirm(question):
            return None
        spec = self.spec
        done = self.tr("{0} archived.") if archive else self.tr("{0} deleted.")

        def succeeded(_result: Any) -> None:
            self.message_bar.show_message(done.format(label), "info")
            self.deleted.emit(record_id)

        return WriteOp(self, self.ctx, lambda s, actor: records.delete(s, actor, spec, record_id), module=spec.key) \
            .success(succeeded).failure(self._show_failure).run()

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, spec_text(self.spec.title), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def choose_export(self) -> None:
        """Ask where to save the rows shown, then :meth:`export_to` there."""
        stem = f"{self.spec.key}-{clock.today():%Y%m%d}"
        path = ask_save_path(self, self.tr("Export {0}").format(spec_text(self.spec.title)), stem,
                             self.tr("Excel workbook (*.xlsx);;CSV, comma separated (*.csv)"))
        if not path:                           # the chosen type's extension added when none was typed
            return
        self.export_to(path)

    def export_to(self, path: str | Path) -> TaskHandle:
        """Write every row of the current query (not only those loaded) to ``path``:
        XLSX when it ends in ``.xlsx``, CSV otherwise. A long job (second lane)."""
        path = Path(path)
        spec, query = self.spec, self.model.query()
        total = self.model.total or 0

        def work(db: Any, actor: Any, task: Any) -> int:
            return listing.export_file(db, actor, spec, query, path, batch=EXPORT_BATCH,
                                       progress=lambda done: task.progress(done, max(total, done)))

        def succeeded(_result: Any) -> None:
            self.message_bar.show_message(self.tr("Exported to {0}").format(path), "info")
            self.exported.emit(str(path))

        self.message_bar.show_message(self.tr("Exporting…"), "info")
        dialog = self.export_progress = QProgressDialog(
            self.tr("Exporting {0} to {1}…").format(spec_text(spec.title).lower(), path.name), self.tr("Cancel"),
            0, max(total, 1), self)
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(EXPORT_PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)

        def on_progress(done: int, most: int, _label: str) -> None:
            if isValid(dialog) and not dialog.wasCanceled():
                dialog.setMaximum(most)
                dialog.setValue(done)

        handle = JobOp(self, self.ctx, work).success(succeeded).failure(self._show_failure) \
            .progress(on_progress).run()

        def cancelled() -> None:
            handle.cancel()
            self.message_bar.show_message(self.tr("Export cancelled; no file was written."), "warning")

        dialog.canceled.connect(cancelled)
        def finished() -> None:
            dialog.blockSignals(True)   # closing a progress dialog emits canceled()
            dialog.close()
            dialog.deleteLater()

        handle.relay.finished.connect(while_alive(dialog, finished))
        return handle

    # ------------------------------------------------------------------ feedback
    def _show_count(self, total: int) -> None:
        self.count_label.setText(format_count(total, self.tr("row"), self.tr("rows")))
        query = self.model.query()
        narrowed = bool(query.search or query.filters or query.date_column)
        self.view.placeholder = "" if total else (
            self.tr("Nothing matches the search and filters.") if narrowed else self.tr("No records yet."))
        self.view.viewport().update()

    def _show_loading(self, loading: bool) -> None:
        if loading and self.model.total is None:
            self.count_label.setText(self.tr("Loading…"))

    def _show_failure(self, exc: BaseException) -> None:
        if self.model.total is None:
            self.count_label.clear()   # no count is coming: not "Loading…" under the refusal
        if isinstance(exc, DatabaseUnavailable):
            self.message_bar.show_message(self.tr("Connection to the database lost. {0}").format(
                translate_message(exc.message)), "error", self.tr("Retry"), self.refresh)
        else:
            self.message_bar.show_message(describe_error(exc), "error")

    # ------------------------------------------------------------------ keys
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id() is not None:
                self.open_record(self.selected_id())
                return True
            if key == Qt.Key.Key_Delete and self.delete_button.isVisible() and self.delete_button.isEnabled():
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ settings
    def _group(self) -> str:
        return f"tables/{self.spec.key}"

    def _initial_sort(self) -> tuple[str | None, bool]:
        saved = settings().value(f"{self._group()}/sort")
        names = {c.name for c in self.spec.columns if c.in_list and c.sortable}
        try:
            column, descending = json.loads(saved) if saved else (None, False)
        except (ValueError, TypeError):
            column = None
        if column in names:
            return column, bool(descending)
        return self.spec.default_sort

    def _save_sort(self, section: int, order: Qt.SortOrder) -> None:
        if self._restoring or not 0 <= section < len(self.model.columns):
            return
        column = self.model.columns[section].name
        settings().setValue(f"{self._group()}/sort",
                            json.dumps([column, order == Qt.SortOrder.DescendingOrder]))

    def save_filters(self) -> None:
        """Remember the filters and the date range (not the search text)."""
        query = self.current_query()
        store = settings()
        store.setValue(f"{self._group()}/filters", json.dumps(query.filters))
        store.setValue(f"{self._group()}/date_column", query.date_column or "")
        store.setValue(f"{self._group()}/date_from", self.date_from.date().toString(Qt.DateFormat.ISODate))
        store.setValue(f"{self._group()}/date_to", self.date_to.date().toString(Qt.DateFormat.ISODate))

    def _restore_filters(self) -> None:
        store = settings()
        try:
            filters = json.loads(store.value(f"{self._group()}/filters", "") or "null")
        except ValueError:
            filters = None
        if not isinstance(filters, dict):   # first time: archived rows are hidden
            filters = {self.spec.archive_column: True} if self.spec.archive_column else {}
        for name, combo in self.filter_combos.items():
            index = combo.findData(filters.get(name)) if name in filters else 0
            combo.setCurrentIndex(max(index, 0))
        for name, picker in self.filter_pickers.items():
            if isinstance(filters.get(name), int):
                picker.set_value(filters[name])
        if self.date_columns:
            index = self.date_combo.findData(store.value(f"{self._group()}/date_column", "") or None)
            self.date_combo.setCurrentIndex(max(index, 0))
            for edit, key in ((self.date_from, "date_from"), (self.date_to, "date_to")):
                saved = QDate.fromString(str(store.value(f"{self._group()}/{key}", "")), Qt.DateFormat.ISODate)
                if saved.isValid():
                    edit.setDate(saved)
        self._update_date_enabled()

    def _update_date_enabled(self, *_args: Any) -> None:
        active = self.date_combo.currentData() is not None
        self.date_from.setEnabled(active)
        self.date_to.setEnabled(active)

    def save_widths(self) -> None:
        """Remember the width of each column (by name)."""
        header = self.view.horizontalHeader()
        widths = {c.name: header.sectionSize(i) for i, c in enumerate(self.model.columns)}
        settings().setValue(f"{self._group()}/widths", json.dumps(widths))

    def _restore_widths(self) -> None:
        try:
            saved = json.loads(settings().value(f"{self._group()}/widths", "{}") or "{}")
        except ValueError:
            saved = {}
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = header.fontMetrics()
        cells = self.view.fontMetrics()
        for i, column in enumerate(self.model.columns):
            title = metrics.horizontalAdvance(spec_text(column.title)) + 28   # room for the sort arrow
            width = saved.get(column.name) or max(column.width or _DEFAULT_WIDTHS.get(column.kind, 160), title,
                                                  self._longest_choice(column, cells))
            header.resizeSection(i, int(width))

    @staticmethod
    def _longest_choice(column: ColumnSpec, metrics: Any) -> int:
        """The width of an enum column's longest translated value ("Sedang dikerjakan"), with the cell's padding."""
        if column.kind is not Kind.ENUM or not column.choices:
            return 0
        return max(metrics.horizontalAdvance(spec_text(column.choice_title(choice))) for choice in column.choices) + 16
