"""Receive a delivery on an ordered PO: per line, how many arrived (partial
deliveries allowed) and the invoiced unit price; more than is outstanding only
with "accept more than ordered" ticked. Posts stock-in movements referencing the PO."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ispdesk.domain.errors import ValidationError
from ispdesk.services import purchasing
from ispdesk.ui.widgets.fields import AmountError, RupiahEdit
from ispdesk.ui.context import AppContext
from ispdesk.ui.i18n import translate_message
from ispdesk.ui.widgets.action_dialog import ActionDialog, line_messages
from ispdesk.ui.warehouse.actions import po_status_text
from ispdesk.ui.widgets.paged_model import RIGHT

COLUMNS = ("Item", "Ordered", "Received", "Outstanding", "Arrived now", "Unit price")
ARRIVED, PRICE = 4, 5


class ReceivingDialog(ActionDialog):
    """Signal ``received(object)``: the :class:`purchasing.ReceiptResult`."""

    received = Signal(object)
    module = "purchase_orders"

    def __init__(self, ctx: AppContext, po_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Receive delivery"), self.tr("&Receive (Enter)"), parent)
        self.setObjectName("receivingDialog")
        self.po_id = po_id
        self.order: purchasing.OrderView | None = None
        self.summary = QLabel(self.tr("Loading\u2026"), self.body)
        self.summary.setObjectName("orderSummary")
        self.table = QTableWidget(0, len(COLUMNS), self.body)
        self.table.setObjectName("receiveTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Item"), self.tr("Ordered"), self.tr("Received"), self.tr("Outstanding"),
            self.tr("Arrived now"), self.tr("Unit price")])
        self.table.verticalHeader().hide()
        self.over_check = QCheckBox(self.tr("Accept &more than ordered"), self.body)
        self.over_check.setObjectName("allowOver")
        self.notes_edit = QLineEdit(self.body)
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setPlaceholderText(self.tr("Delivery note no., remarks"))
        self.line_errors = self.error_for("lines", "lineErrors")
        bottom = QHBoxLayout()
        bottom.addWidget(self.over_check)
        bottom.addWidget(QLabel(self.tr("Notes:"), self.body))
        bottom.addWidget(self.notes_edit, 1)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.line_errors)
        layout.addLayout(bottom)
        self.over_check.toggled.connect(self._limits)
        self.resize(900, 420)
        self.load(lambda s, actor: purchasing.order_view(s, actor, po_id), self._loaded)

    def _loaded(self, order: purchasing.OrderView) -> None:
        self.order = order
        self.summary.setText(self.tr("<b>{0}</b> from {1} \u2014 {2}").format(
            order.po_number, order.supplier_name, po_status_text(order.status)))
        self.table.setRowCount(len(order.lines))
        for row, line in enumerate(order.lines):
            for column, value in enumerate((f"{line.sku}  {line.item_name}", line.quantity, line.received_quantity,
                                            line.outstanding)):
                cell = QTableWidgetItem(str(value))
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if column:
                    cell.setTextAlignment(RIGHT)
                self.table.setItem(row, column, cell)
            spin = QSpinBox(self.table)
            spin.setObjectName(f"arrived{row}")
            spin.setAlignment(RIGHT)
            self.table.setCellWidget(row, ARRIVED, spin)
            price = RupiahEdit(self.table)
            price.set_amount(line.unit_price)
            self.table.setCellWidget(row, PRICE, price)
        self._limits()
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, 300)
        self.table.setColumnWidth(PRICE, 130)
        if order.status not in purchasing.RECEIVABLE:
            self.confirm_button.setEnabled(False)
            self.message_bar.show_message(self.tr("Only an ordered purchase order can be received; this one is: {0}.")
                                          .format(po_status_text(order.status)), "warning")

    def _limits(self, *_args: object) -> None:
        """Without the override a line takes at most what is outstanding."""
        if self.order is None:
            return
        for row, line in enumerate(self.order.lines):
            spin = self.table.cellWidget(row, ARRIVED)
            spin.setMaximum(1_000_000 if self.over_check.isChecked() else line.outstanding)

    def set_arrived(self, row: int, quantity: int) -> None:
        self.table.cellWidget(row, ARRIVED).setValue(quantity)

    def confirm(self) -> None:
        if self.order is None or self.busy:
            return
        delivered, prices = {}, {}
        for row, line in enumerate(self.order.lines):
            delivered[line.id] = self.table.cellWidget(row, ARRIVED).value()
            try:
                price = self.table.cellWidget(row, PRICE).amount()
            except AmountError as exc:
                self.message_bar.show_message(self.tr("Line {0}: {1}").format(row + 1, translate_message(exc.message)))
                return
            if price is not None and price != line.unit_price:
                prices[line.id] = price
        po_id, allow, notes = self.po_id, self.over_check.isChecked(), self.notes_edit.text()
        self.submit(lambda s, actor: purchasing.receive(s, actor, po_id, delivered, allow_over=allow, prices=prices,
                                                        notes=notes), self._received)

    def show_failure(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and self.order is not None:
            self.set_busy(False)
            rows = {line.id: index for index, line in enumerate(self.order.lines)}
            self.errors.set("lines", line_messages(exc, lambda line_id: rows.get(line_id, 0)))
            return
        super().show_failure(exc)

    def _received(self, result: purchasing.ReceiptResult) -> None:
        self.received.emit(result)
        self.accept()
