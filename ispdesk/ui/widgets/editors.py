"""One editor per column kind, all with the same small interface:
``value()`` (raises :class:`EditorError` on input that is not a value),
``set_value()``, ``set_read_only()`` and ``focus_widget()``.

Money and decimals are typed into line edits and read as ``Decimal``; there is
no float and no QDoubleSpinBox anywhere. Foreign keys are picked by name from
``listing.lookup`` (a :class:`~ispdesk.ui.ops.QueryOp`); the editor keeps the id.
A new date starts at the office clock's today, a new moment at its now.
"""
from __future__ import annotations

import json
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QModelIndex, QRegularExpression, QTime, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QRegularExpressionValidator, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QCheckBox, QComboBox, QCompleter, QDateEdit, QDateTimeEdit, QHBoxLayout,
                               QLineEdit, QPlainTextEdit, QTimeEdit, QToolButton, QWidget)

from ispdesk.domain import clock
from ispdesk.domain.money import MoneyError, format_rupiah, parse_rupiah, to_money
from ispdesk.services import listing
from ispdesk.services.specs import ColumnSpec, Kind
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import format_decimal, humanise
from ispdesk.ui.i18n import spec_text
from ispdesk.ui.ops import QueryOp

DATE_FORMAT = "dd MMM yyyy"
TIME_FORMAT = "HH:mm"
LOOKUP_DELAY_MS = 200
LOOKUP_LIMIT = 20


class EditorError(ValueError):
    """What the user typed is not a value of this field; ``message`` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class FieldEditor(QWidget):
    """Base of the editors: a row holding the control of one field.

    ``edited`` is emitted whenever the user changes the value.
    """

    edited = Signal()

    def __init__(self, column: ColumnSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = column
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(4)
        self.read_only = False

    def focus_widget(self) -> QWidget:
        """The control that takes the focus for this field."""
        return self.control

    def _add(self, control: QWidget, stretch: int = 1) -> None:
        self.control = control
        self.row.addWidget(control, stretch)
        self.setFocusProxy(control)

    def _check_range(self, value: Any, shown: str | None = None) -> Any:
        column = self.column
        if value is None:
            return value
        if column.minimum is not None and value < column.minimum:
            raise EditorError(self.tr("Must be at least {0}").format(shown_bound(column.kind, column.minimum)))
        if column.maximum is not None and value > column.maximum:
            raise EditorError(self.tr("Must be at most {0}").format(shown_bound(column.kind, column.maximum)))
        return value

    # The interface every editor implements.
    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        raise NotImplementedError


def shown_bound(kind: Kind, bound: Any) -> str:
    if kind is Kind.MONEY:
        return format_rupiah(Decimal(bound))
    if kind is Kind.DECIMAL:
        return format_decimal(bound)
    return str(bound)


class TextEditor(FieldEditor):
    """One line of text; empty is ``None``."""

    def __init__(self, column: ColumnSpec, parent: QWidget | None = None) -> None:
        super().__init__(column, parent)
        self.edit = QLineEdit(self)
        if column.max_length:
            self.edit.setMaxLength(column.max_length)
        self.edit.textEdited.connect(self.edited)
        self._add(self.edit)

    def value(self) -> str | None:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.edit.setReadOnly(read_only)


class LongTextEditor(FieldEditor):
    """Several lines (Enter makes a new line; it does not save)."""

    def __init__(self, column: ColumnSpec, parent: QWidget | None = None) -> None:
        super().__init__(column, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)
        self.edit.textChanged.connect(self.edited)
        self._add(self.edit)

    def value(self) -> str | None:
        text = self.edit.toPlainText().strip()
        if self.column.max_length and len(text) > self.column.max_length:
            raise EditorError(self.tr("At most {0} characters").format(self.column.max_length))
        return text or None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.edit.setReadOnly(read_only)


class _NumberEditor(FieldEditor):
    """A right-aligned line edit read by :meth:`parse`; empty is ``None``."""

    pattern = r"-?[0-9]*"

    def __init__(self, column: ColumnSpec, parent: QWidget | None = None) -> None:
        super().__init__(column, parent)
        self.edit = QLineEdit(self)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(self.pattern), self.edit))
        self.edit.textEdited.connect(self.edited)
        self._add(self.edit)

    def value(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        return self._check_range(self.parse(text))

    def parse(self, text: str) -> Any:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.edit.setReadOnly(read_only)


class IntegerEditor(_NumberEditor):
    """Whole numbers."""

    def parse(self, text: str) -> int:
        try:
            return int(text)
        except ValueError as exc:
            raise EditorError(self.tr("Not a whole number")) from exc

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(int(value)))


class DecimalEditor(_NumberEditor):
    """A measure (coordinates, dBm): ``-6,2`` or ``-6.2``, read as ``Decimal``."""

    pattern = r"-?[0-9]*([.,][0-9]*)?"

    def parse(self, text: str) -> Decimal:
        try:
            number = Decimal(text.replace(",", "."))
        except InvalidOperation as exc:
            raise EditorError(self.tr("Not a number")) from exc
        if not number.is_finite():
            raise EditorError(self.tr("Not a number"))
        return number

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else format_decimal(Decimal(value)))


class MoneyEditor(_NumberEditor):
    """Rupiah as the cashier types it: ``1.500.000``, ``1500000,50``, ``Rp 25.000``.

    Anything can be typed (the check is :func:`parse_rupiah`, not a validator);
    on leaving the field a valid amount is shown again as ``Rp 1.500.000``.
    """

    pattern = r".*"

    def __init__(self, column: ColumnSpec, parent: QWidget | None = None) -> None:
        super().__init__(column, parent)
        self.edit.setPlaceholderText("Rp 0")
        self.edit.editingFinished.connect(self._reformat)

    def parse(self, text: str) -> Decimal:
        try:
            return to_money(parse_rupiah(text))
        except MoneyError as exc:
            raise EditorError(self.tr("Not an amount; type it like 1.500.000")) from exc

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else format_rupiah(Decimal(value)))

    def _reformat(self) -> None:
        try:
            amount = self.value()
        except EditorError:
            return
        if amount is not None:
            self.edit.setText(format_rupiah(amount))


class _OptionalEditor(FieldEditor):
    """Dates and times: a nullable field gets a check box in front ("set")."""

    def __init__(self, column: ColumnSpec, parent: QWidget | None = None) -> None:
        super().__init__(column, parent)
        self.present: QCheckBox | None = None
        if not column.required:
            self.present = QCheckBox(self)
            self.present.setToolTip(self.tr("Tick to fill in a value; untick to leave it empty"))
            self.present.toggled.connect(self._on_present)
            self.present.toggled.connect(self.edited)
            self.row.addWidget(self.present, 0)

    def _finish(self, control: QWidget) -> None:
        self._add(control)
        self.row.addStretch(1)
        self._on_present(self.present is None or self.present.isChecked())

    def _on_present(self, present: bool) -> None:
        self.control.setEnabled(present and not self.read_only)

    def is_empty(self) -> bool:
        return self.present is not None and not self.present.isChecked()

    def set_present(self, present: bool) -> None:
        if self.present is not None:
            self.present.setChecked(present)
        self._on_present(present)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        if self.present is not None:
            self.present.setEnabled(not read_only)
        self.control.setReadOnly(read_only)
        self._on_present(not self.is_empty())

    def focus_widget(self) -> QWidget:
        return self.present if self.is_empty() and self.present is not None else self.control


class DateEditor(_OptionalEditor):
    """A date with a calendar pop-up, shown as ``24 Nov 2026``."""

    def __init__(self, column: ColumnSpec, parent: QWidget | None = None) -> None:
        super().__init__(column, parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setDate(QDate(clock.today()))
        self.edit.setMinimumWidth(130)
        if isinstance(column.minimum, date):
            self.edit.setMinimumDate(QDate(column.minimum))
        if isinstance(column.maximum, date):
            self.edit.setMaximumDate(QDate(column.maximum))
        self.edit.dateChanged.connect(self.edited)
        self._finish(self.edit)

    def value(self) -> date | None:
        return None if self.is_empty() else self.edit.date().toPython()

    def set_value(self, value: Any) -> None:
        if isinstance(value, datetime):
            value = value.date()
        self.set_present(value is not None)
        self.edit.setDate(QDate(value if value is not None else clock.today()))


class TimeEditor(_OptionalEditor):
    """A time of day, ``14:05``."""

    def __init__(self, column: ColumnSpec, parent: QWidget | None = None) -> None:
        super().__init__(column, parent)
        self.edit = QTimeEdit(self)
        self.edit.setDisplayFormat(TIME_FORMAT)
        self.edit.setMinimumWidth(80)
        self.edit.timeChanged.connect(self.edited)
        self._finish(self.edit)

    def value(self) -> time | None:
        return None if self.is_empty() else self.edit.time().toPython().replace(second=0, microsecond=0)

    def set_value(self, value: Any) -> None:
        self.set_present(value is not None)
        self.edit.setTime(QTime(value.hour, value.minute) if value is not None else QTime(0, 0))


class DateTimeEditor(_OptionalEditor):
    """A moment, ``24 Nov 2026 14:05``, with a calendar pop-up."""

    def __init__(self, column: ColumnSpec, parent: QWidget | None = None) -> None:
        super().__init__(column, parent)
        self.edit = QDateTimeEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(f"{DATE_FORMAT} {TIME_FORMAT}")
        self.edit.setMinimumWidth(170)
        self.edit.setDateTime(QDateTime(clock.now()))
        self.edit.dateTimeChanged.connect(self.edited)
        self._finish(self.edit)

    def value(self) -> datetime | None:
        if self.is_empty():
            return None
        qdt = self.edit.dateTime()
        return datetime.combine(qdt.date().toPython(), qdt.time().toPython().replace(second=0, microsecond=0))

    def set_value(self, value: Any) -> None:
        self.set_present(value is not None)
        if value is None:
            self.edit.setDateTime(QDateTime(clock.now()))
        else:
            value = clock.to_office(value)   # a moment with an offset is shown in office time
            self.edit.setDateTime(QDateTime(QDate(value.date()), QTime(value.hour, value.minute, value.second)))


class BooleanEditor(FieldEditor):
    """Yes or no."""

    def __init__(self, column: ColumnSpec, parent: QWidget | None = None) -> None:
        super().__init__(column, parent)
        self.box = QCheckBox(self)
        self.box.toggled.connect(self.edited)
        self._add(self.box)

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.box.setEnabled(not read_only)


class EnumEditor(FieldEditor):
    """One of ``column.choices``, shown in words; an empty item when optional."""

    def __init__(self, column: ColumnSpec, parent: QWidget | None = None) -> None:
        super().__init__(column, parent)
        self.combo = QComboBox(self)
        if not column.required:
            self.combo.addItem("", None)
        for choice in column.choices:
            self.combo.addItem(spec_text(column.choice_title(choice)), choice)
        self.combo.currentIndexChanged.connect(self.edited)
        self._add(self.combo)

    def value(self) -> str | None:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index < 0 and value is not None:   # a value the spec does not list: keep it
            self.combo.addItem(humanise(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.combo.setEnabled(not read_only)


class JsonEditor(FieldEditor):
    """JSON, pretty-printed; read back with :func:`json.loads`."""

    def __init__(self, column: ColumnSpec, parent: QWidget | None = None) -> None:
        super().__init__(column, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 5 + 12)
        self.edit.textChanged.connect(self.edited)
        self._add(self.edit)

    def value(self) -> Any:
        text = self.edit.toPlainText().strip()
        if not text:
            return None
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise EditorError(self.tr("Not valid JSON (line {0}: {1})").format(exc.lineno, exc.msg)) from exc

    def set_value(self, value: Any) -> None:
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except json.JSONDecodeError:
                self.edit.setPlainText(value)
                return
        self.edit.setPlainText("" if value is None else json.dumps(value, indent=2, ensure_ascii=False))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.edit.setReadOnly(read_only)


class ForeignKeyEditor(FieldEditor):
    """Pick a row of another table by typing part of its name.

    The line edit shows the label; the editor keeps the id. Suggestions come
    from ``listing.lookup`` on the TaskRunner, ``LOOKUP_DELAY_MS`` after the
    last key press; the button next to it lists the first rows at once.
    """

    looked_up = Signal()   # suggestions arrived (tests wait on it)

    def __init__(self, ctx: AppContext, column: ColumnSpec, parent: QWidget | None = None) -> None:
        super().__init__(column, parent)
        self.ctx = ctx
        self._id: int | None = None
        self._label = ""
        self._token = 0
        self._pop_up = False
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Type to search…"))
        self.edit.setClearButtonEnabled(True)
        self.suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.completer.popup().setMinimumWidth(340)
        self.edit.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._on_activated)
        self.browse = QToolButton(self)
        self.browse.setText("\u25be")
        self.browse.setToolTip(self.tr("Show the list"))
        self.browse.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.browse.clicked.connect(self._browse)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self._lookup_now)
        self.edit.textEdited.connect(self._on_text_edited)
        self._add(self.edit)
        self.row.addWidget(self.browse, 0)

    # -- value
    def value(self) -> int | None:
        text = self.edit.text().strip()
        if not text:
            return None
        if self._id is not None and text == self._label:
            return self._id
        match = self._exact_match(text)
        if match is not None:
            self._id, self._label = match
            return self._id
        raise EditorError(self.tr("Pick one from the list"))

    def set_value(self, value: Any) -> None:
        """Select the row ``value`` (an id); its label is looked up on the runner."""
        self._id = None if value is None else int(value)
        self._label = ""
        self.edit.clear()
        if self._id is None:
            return
        wanted, ref = self._id, self.column.references
        QueryOp(self, self.ctx, lambda s, actor: listing.label_of(s, actor, ref, wanted)) \
            .success(lambda label: self._show_label(wanted, label)) \
            .failure(lambda _exc: self._show_label(wanted, f"#{wanted}")).run()

    def set_choice(self, row_id: int, label: str) -> None:
        """Select ``row_id`` shown as ``label`` (known already, no lookup)."""
        self._id, self._label = row_id, label
        self.edit.setText(label)
        self.edited.emit()

    def selected_id(self) -> int | None:
        return self._id

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.edit.setReadOnly(read_only)
        self.edit.setClearButtonEnabled(not read_only)
        self.browse.setVisible(not read_only)

    # -- suggestions
    def _show_label(self, row_id: int, label: str | None) -> None:
        if self._id == row_id:
            self._label = label or f"#{row_id}"
            self.edit.setText(self._label)

    def _on_text_edited(self, _text: str) -> None:
        self._id = None
        self.edited.emit()
        self._timer.start()

    def _browse(self) -> None:
        self._pop_up = True
        self.edit.setFocus()
        self._lookup_now()

    def _lookup_now(self) -> None:
        if self.read_only:
            return
        self._timer.stop()
        self._token += 1
        token, text, ref = self._token, self.edit.text().strip(), self.column.references
        QueryOp(self, self.ctx, lambda s, actor: listing.lookup(s, actor, ref, text, limit=LOOKUP_LIMIT)) \
            .success(lambda rows: self._on_results(token, rows)) \
            .failure(lambda _exc: None).run()

    def _on_results(self, token: int, rows: list[tuple[int, str]]) -> None:
        if token != self._token:
            return   # the user typed on; a newer lookup is on its way
        self.suggestions.clear()
        for row_id, label in rows:
            item = QStandardItem(label)
            item.setData(row_id, Qt.ItemDataRole.UserRole)
            self.suggestions.appendRow(item)
        pop_up, self._pop_up = self._pop_up or self.edit.hasFocus(), False
        if rows and pop_up:
            self.completer.complete()
        self.looked_up.emit()

    def _exact_match(self, text: str) -> tuple[int, str] | None:
        found = [(self.suggestions.item(r).data(Qt.ItemDataRole.UserRole), self.suggestions.item(r).text())
                 for r in range(self.suggestions.rowCount())
                 if self.suggestions.item(r).text().casefold() == text.casefold()]
        return found[0] if len(found) == 1 else None

    def _on_activated(self, index: Any) -> None:
        row_id = index.data(Qt.ItemDataRole.UserRole)
        label = index.data(Qt.ItemDataRole.DisplayRole)
        if row_id is not None:
            self.set_choice(int(row_id), label)


def make_editor(ctx: AppContext, column: ColumnSpec, parent: QWidget | None = None) -> FieldEditor:
    """The editor for ``column``'s kind."""
    if column.kind is Kind.FOREIGN_KEY:
        return ForeignKeyEditor(ctx, column, parent)
    editor_class = _EDITORS.get(column.kind, TextEditor)
    return editor_class(column, parent)


_EDITORS: dict[Kind, type[FieldEditor]] = {
    Kind.TEXT: TextEditor,
    Kind.LONG_TEXT: LongTextEditor,
    Kind.INTEGER: IntegerEditor,
    Kind.DECIMAL: DecimalEditor,
    Kind.MONEY: MoneyEditor,
    Kind.DATE: DateEditor,
    Kind.TIME: TimeEditor,
    Kind.DATETIME: DateTimeEditor,
    Kind.BOOLEAN: BooleanEditor,
    Kind.ENUM: EnumEditor,
    Kind.JSON: JsonEditor,
}
