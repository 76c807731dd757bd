"""ONE record dialog for every table, generated from the spec's columns.

Values are read by ``records.get`` (a :class:`~ispdesk.ui.ops.QueryOp`) and
saved by ``records.save`` (a :class:`~ispdesk.ui.ops.WriteOp`, which broadcasts
the tables it wrote). A refusal never loses what the user typed: validation
messages appear in red under their fields, a lost connection offers "Retry".
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout,
                               QWidget)

from ispdesk.domain.errors import DatabaseUnavailable, ValidationError
from ispdesk.domain.messages import Message, word
from ispdesk.services import records
from ispdesk.services.specs import ColumnSpec, Kind, TableSpec
from ispdesk.ui.context import AppContext
from ispdesk.ui.i18n import spec_text, translate_message
from ispdesk.ui.ops import QueryOp, WriteOp
from ispdesk.ui.widgets.editors import EditorError, FieldEditor, make_editor
from ispdesk.ui.widgets.message_bar import MessageBar, describe_error

WIDE_KINDS = (Kind.LONG_TEXT, Kind.JSON)
TWO_COLUMNS_FROM = 9   # more fields than this: lay them out in two columns
ERROR_STYLE = "color: #c0392b;"


class RecordForm(QDialog):
    """Create (``record_id`` None) or edit one record of ``spec``.

    Signals: ``saved(int)`` with the record's id, just before the dialog
    accepts; ``loaded()`` when the record's values are in the editors.
    """

    saved = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: AppContext, spec: TableSpec, record_id: int | None, parent: QWidget | None = None,
                 *, read_only: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.spec = spec
        self.record_id = record_id
        self.read_only = read_only
        self.saving = False
        self.editors: dict[str, FieldEditor] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.columns: tuple[ColumnSpec, ...] = tuple(c for c in spec.columns if c.in_form)
        self.setWindowTitle(self._title())
        self.setModal(True)
        self.message_bar = MessageBar(self)
        self.heading = QLabel(self._title(), self)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(not read_only)
        self.save_button.setDefault(not read_only)
        self.cancel_button = self.buttons.addButton(
            QDialogButtonBox.StandardButton.Close if read_only else QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message_bar)
        layout.addWidget(self._build_fields(), 1)
        hint = QLabel(self.tr("<span style='color:#c0392b'>*</span> required") if not read_only else "", self)
        hint.setStyleSheet("color: palette(mid);")
        footer = QVBoxLayout()
        footer.addWidget(hint)
        layout.addLayout(footer)
        layout.addWidget(self.buttons)
        self.setStyleSheet("QLineEdit[readOnly=\"true\"], QPlainTextEdit[readOnly=\"true\"]"
                           " { background: palette(window); }")
        wanted = self._page.sizeHint().height() + self.heading.sizeHint().height() + 110
        self.resize(820 if len(self._visible_columns()) > TWO_COLUMNS_FROM else 520, min(max(wanted, 300), 720))
        if record_id is not None:
            self._load()
        else:
            self.set_values(records.initial_values(spec))
            self._focus_first()

    # ------------------------------------------------------------------ building
    def _title(self) -> str:
        title = spec_text(self.spec.title)
        if self.record_id is None:
            return self.tr("{0}: new record").format(title)
        return self.tr("{0} #{1}").format(title, self.record_id)

    def _visible_columns(self) -> tuple[ColumnSpec, ...]:
        """New records do not show what the program fills in (numbers, stamps)."""
        if self.record_id is None:
            return tuple(c for c in self.columns if c.editable)
        return self.columns

    def _build_fields(self) -> QScrollArea:
        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        columns = self._visible_columns()
        pairs = 2 if len(columns) > TWO_COLUMNS_FROM else 1
        row, pair = 0, 0
        for column in columns:
            wide = column.kind in WIDE_KINDS and pairs == 2
            if wide and pair:
                row, pair = row + 1, 0
            label = QLabel(self._label_text(column), page)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label.setContentsMargins(0, 5, 0, 0)
            if column.help:
                label.setToolTip(spec_text(column.help))
            editor = make_editor(self.ctx, column, page)
            editor.set_read_only(self.read_only or not column.editable)
            if column.help:
                editor.setToolTip(spec_text(column.help))
            label.setBuddy(editor.focus_widget())
            error = QLabel(page)
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            cell = QVBoxLayout()
            cell.setSpacing(1)
            cell.addWidget(editor)
            cell.addWidget(error)
            base = pair * 2
            grid.addWidget(label, row, base)
            grid.addLayout(cell, row, base + 1, 1, 3 if wide else 1, Qt.AlignmentFlag.AlignTop)
            editor.edited.connect(lambda name=column.name: self._clear_error(name))
            self.editors[column.name] = editor
            self.error_labels[column.name] = error
            if wide or pair == pairs - 1:
                row, pair = row + 1, 0
            else:
                pair += 1
        for c in range(pairs):
            grid.setColumnStretch(c * 2 + 1, 1)
        grid.setRowStretch(row + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self._page = page
        return scroll

    def _label_text(self, column: ColumnSpec) -> str:
        title = spec_text(column.title)
        if column.required and column.editable and not self.read_only:
            return f"{title} <span style='color:#c0392b'>*</span>"
        return title

    def _focus_first(self) -> None:
        for column in self._visible_columns():
            editor = self.editors[column.name]
            if not editor.read_only:
                editor.focus_widget().setFocus()
                return

    # ------------------------------------------------------------------ loading
    def _load(self) -> None:
        self.save_button.setEnabled(False)
        spec, record_id = self.spec, self.record_id
        QueryOp(self, self.ctx, lambda s, actor: records.get(s, actor, spec, record_id)) \
            .success(self._on_loaded).failure(self._on_load_failed).run()

    def _on_loaded(self, values: dict[str, Any]) -> None:
        self.set_values(values)
        label = values.get(self.spec.label_column)
        if label:
            self.heading.setText(f"{spec_text(self.spec.title)}: {label}")
            self.setWindowTitle(self.heading.text())
        self.save_button.setEnabled(True)
        self.message_bar.clear()
        self._focus_first()
        self.loaded.emit()

    def _on_load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DatabaseUnavailable):
            self.message_bar.show_message(self.tr("Connection lost: the record could not be read."), "error",
                                          self.tr("Retry"), self._load)
        else:
            self.message_bar.show_message(describe_error(exc), "error")

    def set_values(self, values: dict[str, Any]) -> None:
        """Put ``values`` (column name -> raw value) into the editors."""
        for name, value in values.items():
            editor = self.editors.get(name)
            if editor is not None:
                editor.set_value(value)

    def editor(self, name: str) -> FieldEditor:
        return self.editors[name]

    # ------------------------------------------------------------------ saving
    def values(self) -> tuple[dict[str, Any], dict[str, Message | str]]:
        """What the editable fields hold, and the messages of those that hold no value."""
        values: dict[str, Any] = {}
        errors: dict[str, Message | str] = {}
        for column in self.columns:
            editor = self.editors.get(column.name)
            if editor is None or editor.read_only:
                continue
            try:
                values[column.name] = value = editor.value()
            except EditorError as exc:
                errors[column.name] = exc.message
                continue
            if column.required and value is None:
                errors[column.name] = records.REQUIRED(field=word(column.title))
        return values, errors

    def save(self) -> None:
        """Check the fields, then ``records.save`` on the runner (once at a time)."""
        if self.read_only or self.saving or not self.save_button.isEnabled():
            return
        self.clear_errors()
        values, errors = self.values()
        if errors:
            self.show_errors(errors)
            return
        self.saving = True
        self.save_button.setEnabled(False)
        self.message_bar.show_message(self.tr("Saving…"), "info")
        spec, record_id = self.spec, self.record_id
        WriteOp(self, self.ctx, lambda s, actor: records.save(s, actor, spec, record_id, values), module=spec.key) \
            .success(self._on_saved).failure(self._on_save_failed).run()

    def _on_saved(self, record_id: int) -> None:
        self.saving = False
        self.record_id = record_id
        self.message_bar.clear()
        self.saved.emit(record_id)
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.message_bar.clear()
            self.show_errors(exc.errors)
        elif isinstance(exc, DatabaseUnavailable):
            self.message_bar.show_message(
                self.tr("Connection lost before the save was confirmed. Your input is kept: "
                        "check whether it was saved, then retry."), "error",
                self.tr("Retry"), self.save)
        else:
            self.message_bar.show_message(describe_error(exc), "error")

    def show_errors(self, errors: dict[str, Message | str]) -> None:
        """Each message (a service's Message, shown in the program's language) in
        red under its field; others in the bar. Focus the first."""
        general = []
        for name, message in errors.items():
            message = translate_message(message)
            label = self.error_labels.get(name)
            if label is None or self.editors[name].isHidden():
                title = spec_text(self.spec.column(name).title) if self._has_column(name) else ""
                general.append(f"{title}: {message}" if title else message)
                continue
            label.setText(message)
            label.show()
        if general:
            self.message_bar.show_message("\n".join(general), "error")
        for column in self.columns:
            if column.name in errors and column.name in self.editors:
                self.editors[column.name].focus_widget().setFocus()
                break

    def error_text(self, name: str) -> str:
        """The message shown under field ``name`` ('' when none)."""
        label = self.error_labels[name]
        return "" if label.isHidden() else label.text()

    def clear_errors(self) -> None:
        for name in self.error_labels:
            self._clear_error(name)

    def _clear_error(self, name: str) -> None:
        label = self.error_labels.get(name)
        if label is not None:
            label.clear()
            label.hide()

    def _has_column(self, name: str) -> bool:
        return any(c.name == name for c in self.spec.columns)
