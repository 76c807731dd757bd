"""What one billing run did, subscription by subscription: failures and skips first, with the reason."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ispdesk.services.billing_run import RunItem, run_log
from ispdesk.ui.context import AppContext
from ispdesk.ui.i18n import translate_message
from ispdesk.ui.ops import QueryOp
from ispdesk.ui.widgets.message_bar import MessageBar

COLOURS = {"failed": QColor("#8a1c14"), "skipped": QColor("#7a4b00")}


class RunLogDialog(QDialog):
    """Loads the log of ``run_id`` on open; ``loaded`` fires with the list of :class:`RunItem`."""

    loaded = Signal(object)

    def __init__(self, ctx: AppContext, run_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Billing run log"))
        self.message_bar = MessageBar(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("runLogTable")
        self.table.setHorizontalHeaderLabels([self.tr("Outcome"), self.tr("Customer"), self.tr("Invoice"),
                                              self.tr("Reason / period")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.summary = QLabel(self)
        close = QPushButton(self.tr("Close"), self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        close.clicked.connect(self.reject)
        self.resize(820, 460)
        QueryOp(self, ctx, lambda s, actor: run_log(s, actor, run_id)).success(self._show).run()

    def _show(self, items: list[RunItem]) -> None:
        outcomes = {"created": self.tr("Created"), "skipped": self.tr("Skipped"), "failed": self.tr("Failed")}
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            customer = " · ".join(part for part in (item.customer_number, item.customer_name) if part)
            values = (outcomes.get(item.outcome, item.outcome), customer, item.invoice_number or "",
                      translate_message(item.reason) if item.reason else "")
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if item.outcome in COLOURS:
                    cell.setForeground(QBrush(COLOURS[item.outcome]))
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        counts = {key: sum(1 for i in items if i.outcome == key) for key in outcomes}
        self.summary.setText(self.tr("{0} created, {1} skipped, {2} failed").format(
            counts["created"], counts["skipped"], counts["failed"]))
        self.loaded.emit(items)
