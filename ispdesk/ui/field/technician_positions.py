"""Technician positions: the last reported position of every technician (when,
how accurate, where from), an import of positions from a CSV file (read and
checked off the GUI thread; every bad line listed, nothing imported then), and
a form to enter one position by hand."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateTimeEdit, QDialog, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ispdesk.domain import clock
from ispdesk.domain.errors import ValidationError
from ispdesk.services import technicians, work_orders
from ispdesk.services.technicians import ImportResult, Position
from ispdesk.ui.context import AppContext
from ispdesk.ui.field.common import FieldDialog
from ispdesk.ui.format import format_datetime, format_decimal
from ispdesk.ui.i18n import translate_message
from ispdesk.ui.ops import JobOp, QueryOp, WriteOp
from ispdesk.ui.widgets.fields import error_label
from ispdesk.ui.widgets.file_dialogs import ask_open_path
from ispdesk.ui.widgets.lifetime import while_alive
from ispdesk.ui.widgets.message_bar import MessageBar, describe_error

STALE_COLOR = QColor("#8a8a8a")
STALE_HOURS = 24                     # older positions are greyed: the technician has moved since
COLUMNS = ("Technician", "Last seen", "Recorded at", "Latitude", "Longitude", "Accuracy", "Source")


def _tr(text: str) -> str:
    return QCoreApplication.translate("TechnicianPositions", text)


def seen_text(at: datetime, now: datetime | None = None) -> str:
    """When a position was reported, as a dispatcher reads it: "just now", "5 min ago",
    "3 h ago" (today), else the date and time; ``now`` is the office clock's."""
    now = now or clock.now()
    minutes = int((now - at).total_seconds() // 60)
    if minutes < 0:
        return format_datetime(at)
    if minutes < 1:
        return _tr("just now")
    if minutes < 60:
        return _tr("{0} min ago").format(minutes)
    if minutes < 12 * 60:
        return _tr("{0} h ago").format(minutes // 60)
    return format_datetime(at)


def accuracy_text(metres: Decimal | None) -> str:
    return "" if metres is None else _tr("\u00b1{0} m").format(format_decimal(metres))


def parse_coordinate(text: str) -> Decimal | None:
    """A degree value as typed: ``-8.6705`` or ``-8,6705``; None when it is not a number."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


class TechnicianPositionsDialog(QDialog):
    """The last position of every technician, with Import CSV… and Enter position….
    Signals ``loaded()`` after each load and ``imported(object)`` (an :class:`ImportResult`)."""

    loaded = Signal()
    imported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("technicianPositions")
        self.setWindowTitle(self.tr("Technician positions"))
        self.positions: list[Position] = []
        self.people: list[tuple[int, str]] = []
        self.busy = False
        self.entry: EnterPositionDialog | None = None
        self.message_bar = MessageBar(self)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("positionsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Technician"), self.tr("Last seen"), self.tr("Recorded at"), self.tr("Latitude"),
            self.tr("Longitude"), self.tr("Accuracy"), self.tr("Source")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("No technician has reported a position yet: import a CSV file or "
                                          "enter a position."), self)
        self.empty_label.setObjectName("noPositions")
        self.empty_label.hide()
        self.import_button = QPushButton(self.tr("&Import CSV\u2026"), self)
        self.import_button.setObjectName("importPositions")
        self.import_button.setToolTip(self.tr(
            "A CSV file whose first line names the columns: username (or user id), latitude, longitude, "
            "recorded_at, accuracy (optional). A GPS logger's time,lat,lon export is read too: choose whose "
            "positions it holds."))
        self.import_button.clicked.connect(self.choose_file)
        self.owner_combo = QComboBox(self)
        self.owner_combo.setObjectName("fileOwner")
        self.owner_combo.addItem(self.tr("(the file names the technician)"), None)
        self.owner_error = error_label("fileOwner", self)
        self.enter_button = QPushButton(self.tr("&Enter position\u2026"), self)
        self.enter_button.setObjectName("enterPosition")
        self.enter_button.clicked.connect(self.enter_position)
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        self.errors_title = QLabel(self)
        self.errors_title.setObjectName("importErrorsTitle")
        self.errors_title.setStyleSheet("color:#b3261e; font-weight:bold;")
        self.errors_list = QListWidget(self)
        self.errors_list.setObjectName("importErrors")
        self.errors_list.setMaximumHeight(140)
        self._hide_import_errors()
        tools = QHBoxLayout()
        tools.addWidget(self.import_button)
        tools.addWidget(QLabel(self.tr("for:"), self))
        tools.addWidget(self.owner_combo)
        tools.addStretch(1)
        tools.addWidget(self.enter_button)
        tools.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(tools)
        layout.addWidget(self.owner_error)
        layout.addWidget(self.errors_title)
        layout.addWidget(self.errors_list)
        self.resize(860, 460)
        ctx.runner.changed.connect(while_alive(self, self._on_changed))
        self.refresh()

    def _on_changed(self, changes: object) -> None:
        if "technician_locations" in (changes or ()):  # type: ignore[operator]
            self.refresh()

    def refresh(self) -> None:
        def work(s: Any, actor: Any) -> tuple[list[Position], list[tuple[int, str]]]:
            return technicians.last_positions(s, actor), work_orders.technicians(s, actor)
        QueryOp(self, self.ctx, work).success(self._show) \
            .failure(lambda exc: self.message_bar.show_message(describe_error(exc))).run()

    def _show(self, loaded: tuple[list[Position], list[tuple[int, str]]]) -> None:
        self.positions, self.people = loaded
        now = clock.now()
        self.table.setRowCount(len(self.positions))
        for row, p in enumerate(self.positions):
            values = (p.name, seen_text(p.recorded_at, now), format_datetime(p.recorded_at),
                      format_decimal(p.latitude), format_decimal(p.longitude), accuracy_text(p.accuracy_m),
                      self._sources().get(p.source, p.source))
            stale = (now - p.recorded_at).total_seconds() > STALE_HOURS * 3600
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col in (3, 4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if stale:
                    item.setForeground(QBrush(STALE_COLOR))
                    item.setToolTip(self.tr("Reported more than a day ago"))
                self.table.setItem(row, col, item)
        self.empty_label.setVisible(not self.positions)
        chosen = self.owner_combo.currentData()
        self.owner_combo.blockSignals(True)
        while self.owner_combo.count() > 1:
            self.owner_combo.removeItem(1)
        for user_id, name in self.people:
            self.owner_combo.addItem(name, user_id)
        index = self.owner_combo.findData(chosen)
        self.owner_combo.setCurrentIndex(max(index, 0))
        self.owner_combo.blockSignals(False)
        self.loaded.emit()

    def _sources(self) -> dict[str, str]:
        return {"gps": self.tr("GPS"), "manual": self.tr("Entered"), "import": self.tr("Imported")}

    def rows(self) -> list[list[str]]:
        """The table as shown (tests read it)."""
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    # -- import

    def choose_file(self) -> None:
        path = ask_open_path(self, self.tr("Import technician positions"),
                             self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.import_file(path)

    def _hide_import_errors(self) -> None:
        self.errors_title.hide()
        self.errors_list.clear()
        self.errors_list.hide()

    def import_file(self, path: str) -> None:
        """Read, check and import ``path`` off the GUI thread (the technician chosen under "for:"
        owns a file without a username column)."""
        if self.busy:
            return
        owner = self.owner_combo.currentData()
        self.busy = True
        self.import_button.setEnabled(False)
        self.message_bar.show_message(self.tr("Importing {0}\u2026").format(Path(path).name), "info")
        self.owner_error.hide()
        self._hide_import_errors()
        # the file is read with no transaction open, then imported in one unit of work
        JobOp(self, self.ctx, lambda _db, _actor, _task: technicians.read_positions_file(path)) \
            .success(lambda text: self._write_positions(text, owner)).failure(self._import_failed).run()

    def _write_positions(self, text: str, owner: int | None) -> None:
        WriteOp(self, self.ctx, lambda s, actor: technicians.import_positions(s, actor, text, user_id=owner),
                module=technicians.MODULE).success(self._imported).failure(self._import_failed).run()

    def _done(self) -> None:
        self.busy = False
        self.import_button.setEnabled(True)

    def _imported(self, result: ImportResult) -> None:
        self._done()
        text = self.tr("Imported %n position(s)", "", result.imported)
        if result.technicians:
            text += " " + self.tr("of {0}").format(", ".join(result.technicians))
        if result.skipped:
            text += "; " + self.tr("%n already there (skipped)", "", result.skipped)
        self.message_bar.show_message(text + ".", "info")
        self.imported.emit(result)

    def _import_failed(self, exc: BaseException) -> None:
        self._done()
        if not isinstance(exc, ValidationError):
            self.message_bar.show_message(describe_error(exc))
            return
        lines = {k: v for k, v in exc.errors.items() if k.startswith("line ")}
        if lines:
            self.message_bar.show_message(self.tr("Nothing was imported: %n line(s) of the file are wrong.", "",
                                                  len(lines)))
            self.errors_title.setText(self.tr("Fix these lines and import the file again:"))
            self.errors_list.addItems([translate_message(message) for message in lines.values()])
            self.errors_title.show()
            self.errors_list.show()
        elif "user_id" in exc.errors:
            self.message_bar.clear()
            self.owner_error.setText(translate_message(exc.errors["user_id"]))
            self.owner_error.show()
            self.owner_combo.setFocus()
        else:
            self.message_bar.show_message(describe_error(exc))

    def import_errors(self) -> list[str]:
        return [self.errors_list.item(i).text() for i in range(self.errors_list.count())]

    # -- one position by hand

    def enter_position(self) -> "EnterPositionDialog":
        self.entry = EnterPositionDialog(self.ctx, self.people, self)
        self.entry.saved.connect(lambda _id: self.message_bar.show_message(self.tr("Position saved."), "info"))
        self.entry.open()
        return self.entry


class EnterPositionDialog(FieldDialog):
    """Enter one position of a technician (source "manual"); a bad value is refused next to its
    field and nothing is written. A latitude typed as "-8.6705, 115.2126" (copied from a map)
    fills both fields. Signal ``saved(int)``: the new position's id."""

    saved = Signal(int)
    module = "technician_locations"

    def __init__(self, ctx: AppContext, people: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Enter a technician's position"), self.tr("Save position"), parent)
        self.setObjectName("enterPositionDialog")
        self.technician_combo = QComboBox(self.body)
        self.technician_combo.setObjectName("technician")
        for user_id, name in people:
            self.technician_combo.addItem(name, user_id)
        self.latitude_edit = self._line("latitude", "-8.6705")
        self.longitude_edit = self._line("longitude", "115.2126")
        self.accuracy_edit = self._line("accuracy", self.tr("metres, optional"))
        self.time_edit = QDateTimeEdit(QDateTime(clock.now()), self.body)
        self.time_edit.setObjectName("recordedAt")
        self.time_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.time_edit.setCalendarPopup(True)
        form = QFormLayout(self.body)
        for title, editor, field in ((self.tr("&Technician:"), self.technician_combo, "user_id"),
                                     (self.tr("&Latitude:"), self.latitude_edit, "latitude"),
                                     (self.tr("L&ongitude:"), self.longitude_edit, "longitude"),
                                     (self.tr("&Accuracy (m):"), self.accuracy_edit, "accuracy_m"),
                                     (self.tr("&Seen at:"), self.time_edit, "recorded_at")):
            form.addRow(title, editor)
            form.addRow("", self.error_for(field))
        self.latitude_edit.editingFinished.connect(self._split_pair)
        self.resize(440, self.sizeHint().height())
        self.technician_combo.setFocus()

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self.body)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _split_pair(self) -> None:
        text = self.latitude_edit.text()
        parts = [p for p in text.replace(";", " ").replace(", ", " ").split() if p]
        if len(parts) == 2 and all(parse_coordinate(p) is not None for p in parts):
            self.latitude_edit.setText(parts[0])
            self.longitude_edit.setText(parts[1])

    def confirm(self) -> None:
        self.errors.clear()
        self.message_bar.clear()
        self._split_pair()
        if self.technician_combo.currentData() is None:
            self.errors.set("user_id", self.tr("Choose the technician."))
            return
        values: dict[str, Decimal | None] = {}
        wrong = False
        for field, edit, message in (
                ("latitude", self.latitude_edit, self.tr("Type the latitude in degrees, e.g. -8.6705.")),
                ("longitude", self.longitude_edit, self.tr("Type the longitude in degrees, e.g. 115.2126.")),
                ("accuracy_m", self.accuracy_edit, self.tr("Type the accuracy in metres, e.g. 15."))):
            text = edit.text().strip()
            values[field] = parse_coordinate(text) if text else None
            if values[field] is None and (text or field != "accuracy_m"):
                self.errors.set(field, message)
                wrong = True
        if wrong:
            self.fit()
            return
        user_id = self.technician_combo.currentData()
        at = self.time_edit.dateTime().toPython().replace(second=0, microsecond=0)
        latitude, longitude, accuracy = values["latitude"], values["longitude"], values["accuracy_m"]
        assert latitude is not None and longitude is not None
        self.submit(lambda s, actor: technicians.record_position(s, actor, user_id, latitude, longitude,
                                                                 recorded_at=at, source="manual",
                                                                 accuracy_m=accuracy), self._saved)

    def _saved(self, position_id: int) -> None:
        self.saved.emit(position_id)
        self.accept()
