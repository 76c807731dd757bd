"""The suspension list: active customers overdue more than N days, with what
they owe; customers never to be suspended or postponed are shown apart, greyed,
with the reason. Export writes the same list to XLSX or CSV."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QDialog, QHBoxLayout, QHeaderView,
                               QLabel, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ispdesk.domain import clock
from ispdesk.domain.money import format_rupiah
from ispdesk.services.overdue import SuspensionReport, SuspensionRow, export_suspension, suspension_report
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import format_date
from ispdesk.ui.ops import QueryOp
from ispdesk.ui.tasks import TaskHandle
from ispdesk.ui.widgets.file_dialogs import ask_save_path
from ispdesk.ui.widgets.message_bar import MessageBar

HELD_COLOUR = QColor("#8a8a8a")


class SuspensionDialog(QDialog):
    """Loads the list on open and on Refresh; ``loaded`` fires with each :class:`SuspensionReport`."""

    loaded = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: SuspensionReport | None = None
        self._days_from_settings = True
        self.setWindowTitle(self.tr("Suspension list"))
        self.setObjectName("suspensionDialog")
        self.message_bar = MessageBar(self)
        self.as_of = QDateEdit(self)
        self.as_of.setObjectName("asOf")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("d MMM yyyy")
        self.as_of.setDate(QDate(today or clock.today()))
        self.min_days = QSpinBox(self)
        self.min_days.setObjectName("minDays")
        self.min_days.setRange(0, 3650)
        self.min_days.setSuffix(self.tr(" days"))
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("exportButton")
        self.close_button = QPushButton(self.tr("Close"), self)
        self.table = QTableWidget(0, 8, self)
        self.table.setObjectName("suspensionTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Customer no."), self.tr("Name"), self.tr("Phone"), self.tr("Oldest due"),
            self.tr("Days overdue"), self.tr("Invoices"), self.tr("Amount overdue"), self.tr("Not suspended because")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setObjectName("suspensionSummary")
        bold = QFont(self.summary.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.summary.setFont(bold)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("As of"), self))
        filters.addWidget(self.as_of)
        filters.addWidget(QLabel(self.tr("Overdue more than"), self))
        filters.addWidget(self.min_days)
        filters.addWidget(self.refresh_button)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh_button.clicked.connect(self.load)
        self.export_button.clicked.connect(self.choose_export)
        self.close_button.clicked.connect(self.reject)
        self.min_days.valueChanged.connect(self._days_chosen)
        self.resize(1080, 520)          # the Indonesian headers are long: the names keep room
        self.load()

    def _days_chosen(self) -> None:
        self._days_from_settings = False

    def as_of_date(self) -> date:
        picked = self.as_of.date()
        return date(picked.year(), picked.month(), picked.day())

    def chosen_days(self) -> int | None:
        return None if self._days_from_settings else self.min_days.value()

    def load(self) -> TaskHandle:
        day, days = self.as_of_date(), self.chosen_days()
        self.message_bar.clear()
        return QueryOp(self, self.ctx, lambda s, actor: suspension_report(s, actor, day, days)) \
            .success(self._show).run()

    def _show(self, report: SuspensionReport) -> None:
        self.report = report
        if self._days_from_settings:
            self.min_days.blockSignals(True)
            self.min_days.setValue(report.min_days)
            self.min_days.blockSignals(False)
        rows = [*report.rows, *report.held]
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            self._fill(index, row)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.summary.setText(self.tr("{0} customers to suspend, {1} overdue; {2} held back").format(
            len(report.rows), format_rupiah(report.total), len(report.held)))
        self.export_button.setEnabled(bool(rows))
        self.loaded.emit(report)

    def _fill(self, index: int, row: SuspensionRow) -> None:
        held = self.tr("Never suspend") if row.never_suspend else (
            self.tr("Postponed until {0}").format(format_date(row.postponed_until)) if row.postponed_until else "")
        values = [row.customer_number, row.name, row.phone or "", format_date(row.oldest_due),
                  str(row.days_overdue), str(row.invoices), format_rupiah(row.amount), held]
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column in (4, 5, 6):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row.held is not None:
                item.setForeground(QBrush(HELD_COLOUR))
            self.table.setItem(index, column, item)

    def choose_export(self) -> None:
        path = ask_save_path(self, self.tr("Export suspension list"),
                             f"suspension-{self.as_of_date().isoformat()}.xlsx",
                             self.tr("Excel workbook (*.xlsx);;CSV, comma separated (*.csv)"))
        if path:                               # the chosen type's extension added when none was typed
            self.export_to(path)

    def export_to(self, path: str | Path) -> TaskHandle:
        day, days = self.as_of_date(), self.chosen_days()
        return QueryOp(self, self.ctx, lambda s, actor: export_suspension(s, actor, day, path, days)).long() \
            .success(lambda n: self.message_bar.show_message(
                self.tr("{0} customers exported to {1}").format(n, path), "info")).run()
