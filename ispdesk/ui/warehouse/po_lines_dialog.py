"""Edit a draft purchase order's lines: item, quantity, unit price; the line
totals and the order total follow as you type (Decimal, never float)."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ispdesk.domain.errors import ValidationError
from ispdesk.domain.money import ZERO, format_rupiah, round_money
from ispdesk.services import purchasing
from ispdesk.ui.widgets.fields import AmountError, RupiahEdit
from ispdesk.ui.context import AppContext
from ispdesk.ui.i18n import translate_message
from ispdesk.ui.widgets.action_dialog import ActionDialog, line_messages
from ispdesk.ui.warehouse.actions import po_status_text
from ispdesk.ui.widgets.paged_model import RIGHT

COLUMNS = ("Item", "Quantity", "Unit price", "Line total")


class PurchaseOrderLinesDialog(ActionDialog):
    """The lines of draft PO ``po_id``; signal ``saved(object)`` with the new total."""

    saved = Signal(object)
    module = "purchase_orders"

    def __init__(self, ctx: AppContext, po_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Purchase order lines"), self.tr("&Save lines"), parent)
        self.setObjectName("poLinesDialog")
        self.po_id = po_id
        self.choices: list[purchasing.ItemChoice] = []
        self.summary = QLabel(self.tr("Loading\u2026"), self.body)
        self.table = QTableWidget(0, len(COLUMNS), self.body)
        self.table.setObjectName("linesTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Item"), self.tr("Quantity"), self.tr("Unit price"), self.tr("Line total")])
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(self.tr("&Add line"), self.body)
        self.add_button.setObjectName("addLine")
        self.remove_button = QPushButton(self.tr("&Remove line"), self.body)
        self.remove_button.setObjectName("removeLine")
        self.total_label = QLabel(self.body)
        self.total_label.setObjectName("orderTotal")
        self.total_label.setAlignment(RIGHT)
        self.total_label.setMinimumWidth(260)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tools = QHBoxLayout()
        tools.addWidget(self.add_button)
        tools.addWidget(self.remove_button)
        tools.addStretch(1)
        tools.addWidget(self.total_label)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_for("lines"))
        layout.addLayout(tools)
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button.clicked.connect(self.remove_line)
        self.resize(820, 440)
        self.load(lambda s, actor: (purchasing.item_choices(s, actor), purchasing.order_view(s, actor, po_id)),
                  self._loaded)

    def _loaded(self, loaded: tuple[list[purchasing.ItemChoice], purchasing.OrderView]) -> None:
        self.choices, order = loaded
        self.summary.setText(self.tr("<b>{0}</b> to {1} ({2})").format(order.po_number, order.supplier_name,
                                                                      po_status_text(order.status)))
        editable = order.status == "draft"
        for line in order.lines:
            self.add_line(line.inventory_id, line.quantity, line.unit_price)
        if not order.lines and editable:
            self.add_line()
        for widget in (self.table, self.add_button, self.remove_button, self.confirm_button):
            widget.setEnabled(editable)
        if not editable:
            self.message_bar.show_message(self.tr("Only a draft's lines can change."), "info")
        self._recalculate()

    def add_line(self, inventory_id: int | None = None, quantity: int = 1, price: Decimal | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox(self.table)
        combo.setObjectName(f"item{row}")
        combo.addItem(self.tr("\u2014 choose an item \u2014"), None)
        for choice in self.choices:
            combo.addItem(choice.label, choice.id)
        if inventory_id is not None:
            combo.setCurrentIndex(max(0, combo.findData(inventory_id)))
        spin = QSpinBox(self.table)
        spin.setRange(1, 1_000_000)
        spin.setValue(quantity)
        spin.setAlignment(RIGHT)
        edit = RupiahEdit(self.table)
        edit.set_amount(price)
        self.table.setCellWidget(row, 0, combo)
        self.table.setCellWidget(row, 1, spin)
        self.table.setCellWidget(row, 2, edit)
        total = QTableWidgetItem("")
        total.setTextAlignment(RIGHT)
        total.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, 3, total)
        combo.currentIndexChanged.connect(lambda _i, c=combo, e=edit: self._price_of_item(c, e))
        spin.valueChanged.connect(self._recalculate)
        edit.textChanged.connect(self._recalculate)
        self._recalculate()
        return row

    def _price_of_item(self, combo: QComboBox, edit: RupiahEdit) -> None:
        chosen = next((c for c in self.choices if c.id == combo.currentData()), None)
        if chosen is not None and not edit.text().strip():
            edit.set_amount(chosen.purchase_price)
        self._recalculate()

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
        self._recalculate()

    def lines(self) -> list[purchasing.LineInput]:
        """The lines as typed; AmountError for a price that is not an amount."""
        out = []
        for row in range(self.table.rowCount()):
            combo, spin, edit = (self.table.cellWidget(row, c) for c in range(3))
            price = edit.amount()
            out.append(purchasing.LineInput(combo.currentData() or 0, spin.value(),
                                            ZERO if price is None else price))
        return out

    def _recalculate(self, *_args: Any) -> None:
        total = ZERO
        for row in range(self.table.rowCount()):
            spin, edit = self.table.cellWidget(row, 1), self.table.cellWidget(row, 2)
            try:
                price = edit.amount() or ZERO
            except AmountError:
                self.table.item(row, 3).setText("?")
                continue
            line_total = round_money(price * spin.value())
            total += line_total
            self.table.item(row, 3).setText(format_rupiah(line_total))
        self.total_label.setText(self.tr("Total: <b>{0}</b>").format(format_rupiah(total)))

    def confirm(self) -> None:
        try:
            lines = self.lines()
        except AmountError as exc:
            self.message_bar.show_message(translate_message(exc.message))
            return
        po_id = self.po_id
        self.submit(lambda s, actor: purchasing.set_lines(s, actor, po_id, lines), self._saved)

    def show_failure(self, exc: BaseException) -> None:
        """Line errors (``lines[2].quantity``) name the row."""
        if isinstance(exc, ValidationError):
            self.set_busy(False)
            self.errors.set("lines", line_messages(exc))
            return
        super().show_failure(exc)

    def _saved(self, total: Decimal) -> None:
        self.saved.emit(total)
        self.accept()
