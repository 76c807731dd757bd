"""Stock take: the active items with what the system holds; type what was
counted (blank: not counted), the difference shows at once; Post adjusts every
difference in one go (refused, with the new figure, when stock moved meanwhile)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ispdesk.domain.enums import InventoryCategory
from ispdesk.services import stock_take
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import humanise
from ispdesk.ui.i18n import spec_text
from ispdesk.ui.widgets.action_dialog import ActionDialog
from ispdesk.ui.widgets.paged_model import RIGHT

COLUMNS = ("SKU", "Item", "Location", "In system", "Counted", "Difference")
COUNTED, DIFFERENCE = 4, 5


class StockTakeDialog(ActionDialog):
    """Count many items; signal ``posted(int)`` with the number of adjustments."""

    posted = Signal(int)
    module = "inventory"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Stock take"), self.tr("&Post differences"), parent)
        self.setObjectName("stockTakeDialog")
        self.rows: list[stock_take.SheetRow] = []
        self.category_combo = QComboBox(self.body)
        self.category_combo.setObjectName("category")
        self.category_combo.addItem(self.tr("All categories"), "")
        for category in InventoryCategory:
            self.category_combo.addItem(spec_text(humanise(category.value)), category.value)
        self.notes_edit = QLineEdit(self.body)
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setPlaceholderText(self.tr("Stock take November, shelf A"))
        self.table = QTableWidget(0, len(COLUMNS), self.body)
        self.table.setObjectName("takeTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("SKU"), self.tr("Item"), self.tr("Location"), self.tr("In system"), self.tr("Counted"),
            self.tr("Difference")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.summary = QLabel(self.body)
        self.summary.setObjectName("takeSummary")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Category:"), self.body))
        top.addWidget(self.category_combo)
        top.addWidget(QLabel(self.tr("Notes:"), self.body))
        top.addWidget(self.notes_edit, 1)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.table.itemChanged.connect(self._on_changed)
        self.category_combo.currentIndexChanged.connect(self.reload)
        self.resize(820, 560)
        self.reload()

    def reload(self, *_args: Any) -> None:
        category = self.category_combo.currentData() or None
        self.load(lambda s, actor: stock_take.sheet(s, actor, category=category), self._show)

    def _show(self, rows: list[stock_take.SheetRow]) -> None:
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            values = (row.sku, row.name, row.location, str(row.in_stock), "", "")
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                if column != COUNTED:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column >= 3:
                    cell.setTextAlignment(RIGHT)
                self.table.setItem(index, column, cell)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._summarise()

    def set_count(self, row: int, counted: int | None) -> None:
        """Type a count (tests and barcode scanners)."""
        self.table.item(row, COUNTED).setText("" if counted is None else str(counted))

    def counted(self) -> tuple[dict[int, int], list[int]]:
        """(item -> count) of the rows counted, and the rows whose text is not a count."""
        counts, bad = {}, []
        for index, row in enumerate(self.rows):
            text = self.table.item(index, COUNTED).text().strip().replace(".", "")
            if not text:
                continue
            if text.isdigit():
                counts[row.inventory_id] = int(text)
            else:
                bad.append(index)
        return counts, bad

    def _on_changed(self, cell: QTableWidgetItem) -> None:
        if cell.column() != COUNTED:
            return
        row = self.rows[cell.row()]
        text = cell.text().strip().replace(".", "")
        shown = self.table.item(cell.row(), DIFFERENCE)
        self.table.blockSignals(True)
        if text.isdigit():
            difference = int(text) - row.in_stock
            shown.setText(f"{difference:+d}" if difference else "0")
            shown.setForeground(QColor("#b3261e") if difference else QColor("#1b5e20"))
        else:
            shown.setText(self.tr("not a count") if text else "")
            shown.setForeground(QColor("#b3261e"))
        self.table.blockSignals(False)
        self._summarise()

    def _summarise(self) -> None:
        counts, bad = self.counted()
        differing = sum(1 for row in self.rows
                        if row.inventory_id in counts and counts[row.inventory_id] != row.in_stock)
        self.summary.setText(self.tr("{0} items, {1} counted, {2} differ").format(
            len(self.rows), len(counts), differing) + (self.tr("; {0} not a count").format(len(bad)) if bad else ""))

    def confirm(self) -> None:
        """Post every difference as one adjustment each, in one transaction."""
        counts, bad = self.counted()
        if bad:
            self.message_bar.show_message(self.tr("Row {0}: a count is a whole number.").format(bad[0] + 1))
            return
        if not counts:
            self.message_bar.show_message(self.tr("Type the counted quantity of at least one item."), "warning")
            return
        reviewed = {row.inventory_id: row.in_stock for row in self.rows if row.inventory_id in counts}
        notes = self.notes_edit.text()
        self.submit(lambda s, actor: stock_take.post(s, actor, counts, notes=notes, reviewed=reviewed), self._posted)

    def _posted(self, movements: list[Any]) -> None:
        self.posted.emit(len(movements))
        self.message_bar.show_message(self.tr("%n adjustment(s) posted.", "", len(movements)), "info")
        self.reload()
