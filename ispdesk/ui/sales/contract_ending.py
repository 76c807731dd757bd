"""Contracts ending soon: the active contracts whose end date falls within the
next 30 days (and those already past it, in red, which still need a decision),
by end date, with the customer, phone, package and whether they renew
themselves. Double click or "Show in tab" selects the contract on the tab."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ispdesk.domain import clock
from ispdesk.services import contracts
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import format_date
from ispdesk.ui.ops import QueryOp
from ispdesk.ui.widgets.message_bar import MessageBar

PAST_COLOR = QColor("#b3261e")
SOON_DAYS = 7          # ending within a week: bold


class EndingSoonDialog(QDialog):
    """``ready`` once listed. ``open_contract(id, number)`` is called for a double-clicked row."""

    ready = Signal()

    def __init__(self, ctx: AppContext, today: date | None = None, parent: QWidget | None = None, *,
                 days: int = 30, open_contract: Callable[[int, str], None] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or clock.today()
        self.days = days
        self.open_contract = open_contract
        self.rows: list[contracts.EndingContract] = []
        self.setObjectName("endingSoonDialog")
        self.setWindowTitle(self.tr("Contracts ending soon"))
        self.message_bar = MessageBar(self)
        self.heading = QLabel(self.tr("Loading\u2026"), self)
        self.heading.setObjectName("endingHeading")
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("endingTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Contract no."), self.tr("Customer"), self.tr("Phone"), self.tr("Package"), self.tr("End"),
            self.tr("Days left"), self.tr("Auto renew")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_row(row))
        self.open_button = QPushButton(self.tr("&Show in tab"), self)
        self.open_button.setObjectName("showContract")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        self.table.itemSelectionChanged.connect(
            lambda: self.open_button.setEnabled(bool(self.table.selectedItems()) and open_contract is not None))
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(860, 420)
        self.load()

    def load(self) -> None:
        today, days = self.today, self.days
        QueryOp(self, self.ctx, lambda s, actor: contracts.ending_within(s, actor, today, days)) \
            .success(self._show).run()

    def _show(self, rows: list[contracts.EndingContract]) -> None:
        self.rows = rows
        past = sum(1 for r in rows if r.days_left < 0)
        text = self.tr("Active contracts ending by {0}: {1}.").format(
            format_date(self.today + timedelta(days=self.days)), len(rows) - past)
        if past:
            text += " " + self.tr("Past their end date without renewal (red): {0}.").format(past)
        self.heading.setText(text)
        self.table.setRowCount(len(rows))
        for i, line in enumerate(rows):
            if line.days_left == -1:
                left = self.tr("ended yesterday")
            elif line.days_left < 0:
                left = self.tr("ended {0} days ago").format(-line.days_left)
            elif line.days_left == 0:
                left = self.tr("today")
            else:
                left = str(line.days_left)
            cells = (line.number, line.customer, line.phone, line.package, format_date(line.end_date), left,
                     self.tr("Yes") if line.auto_renew else self.tr("No"))
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column == 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if line.days_left < 0:
                    item.setForeground(QBrush(PAST_COLOR))
                if 0 <= line.days_left <= SOON_DAYS:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(i, column, item)
        self.ready.emit()

    def open_row(self, row: int) -> None:
        if self.open_contract is None or not 0 <= row < len(self.rows):
            return
        line = self.rows[row]
        self.open_contract(line.id, line.number)
