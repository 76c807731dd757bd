"""The payment dialog's invoice table (the customer's open invoices, each with a
tick: Space or a click) and the allocation preview (what each invoice would get).

A tick means "the customer pays these": the cashier chose them. With nothing
ticked the money goes to the oldest invoices first, and the ticks stay empty
(the program did not choose for the cashier). So that an unticked table never
looks like "nothing is paid", the table's last column ("This payment") shows
what each invoice gets from the amount as typed, ticked or not.

Texts are translated in the ``PaymentDialog`` context, where they were before the
dialog was split, so the existing translations keep applying."""
from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ispdesk.domain.allocation import AllocationPlan
from ispdesk.domain.money import format_rupiah
from ispdesk.services.customer_lookup import CustomerAccount, OutstandingInvoice
from ispdesk.ui.format import format_date
from ispdesk.ui.widgets.paged_model import RIGHT

INVOICE_COLUMNS = ("", QT_TRANSLATE_NOOP("PaymentDialog", "Invoice"), QT_TRANSLATE_NOOP("PaymentDialog", "Period"),
                   QT_TRANSLATE_NOOP("PaymentDialog", "Amount"), QT_TRANSLATE_NOOP("PaymentDialog", "Paid"),
                   QT_TRANSLATE_NOOP("PaymentDialog", "Remaining"), QT_TRANSLATE_NOOP("PaymentDialog", "Days overdue"),
                   QT_TRANSLATE_NOOP("PaymentDialog", "This payment"))
_AMOUNT_COLUMN, _OVERDUE_COLUMN, _PAYS_COLUMN = 3, 6, 7
TICK_TIP = QT_TRANSLATE_NOOP("PaymentDialog", "Tick the invoices the customer pays (Space). With none ticked, "
                                              "the payment goes to the oldest invoices first.")
PAYS_TIP = QT_TRANSLATE_NOOP("PaymentDialog", "What each invoice gets from the amount typed: the ticked invoices, "
                                              "or the oldest first when none is ticked.")


class InvoiceTable(QTableWidget):
    """One customer's open invoices. ``ticked`` is emitted when an invoice is
    ticked or unticked (not while :meth:`show_invoices` fills the table)."""

    ticked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(INVOICE_COLUMNS), parent)
        self.setObjectName("invoiceTable")
        self.setHorizontalHeaderLabels([QCoreApplication.translate("PaymentDialog", title) if title else ""
                                        for title in INVOICE_COLUMNS])
        for column, tip in ((0, TICK_TIP), (_PAYS_COLUMN, PAYS_TIP)):
            self.horizontalHeaderItem(column).setToolTip(QCoreApplication.translate("PaymentDialog", tip))
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.itemChanged.connect(self._item_changed)

    def show_invoices(self, invoices: Sequence[OutstandingInvoice]) -> None:
        """One row per invoice, none ticked, the first selected."""
        self.blockSignals(True)
        self.setRowCount(len(invoices))
        for row, invoice in enumerate(invoices):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Unchecked)
            tick.setData(Qt.ItemDataRole.UserRole, invoice.invoice_id)
            self.setItem(row, 0, tick)
            cells = (invoice.invoice_number, invoice.period or format_date(invoice.issue_date),
                     format_rupiah(invoice.total), format_rupiah(invoice.amount_paid),
                     format_rupiah(invoice.remaining), str(invoice.days_overdue) if invoice.days_overdue > 0 else "")
            for column, text in enumerate(cells, start=1):
                item = QTableWidgetItem(text)
                if column >= _AMOUNT_COLUMN:
                    item.setTextAlignment(RIGHT)
                if column == _OVERDUE_COLUMN and invoice.days_overdue > 0:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.setItem(row, column, item)
            pays = QTableWidgetItem("")
            pays.setTextAlignment(RIGHT)
            font = pays.font()
            font.setBold(True)
            pays.setFont(font)
            self.setItem(row, _PAYS_COLUMN, pays)
        self.blockSignals(False)
        if invoices:
            self.selectRow(0)

    def ticked_ids(self) -> tuple[int, ...]:
        ids = []
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(ids)

    def show_plan(self, plan: AllocationPlan | None) -> None:
        """Fill "This payment" with what each invoice gets under ``plan`` (empty without one,
        and for an invoice the plan leaves alone)."""
        amounts = {a.invoice_id: a.amount for a in plan.allocations} if plan is not None else {}
        self.blockSignals(True)
        for row in range(self.rowCount()):
            tick, pays = self.item(row, 0), self.item(row, _PAYS_COLUMN)
            if tick is None or pays is None:
                continue
            amount = amounts.get(int(tick.data(Qt.ItemDataRole.UserRole)))
            pays.setText(format_rupiah(amount) if amount else "")
        self.blockSignals(False)

    def paid_now(self) -> tuple[str, ...]:
        """The texts of the "This payment" column, row by row."""
        return tuple(self.item(row, _PAYS_COLUMN).text() if self.item(row, _PAYS_COLUMN) else ""
                     for row in range(self.rowCount()))

    def tick(self, row: int, ticked: bool = True) -> None:
        item = self.item(row, 0)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space:       # Space ticks the current invoice
            row = self.currentRow()
            item = self.item(row, 0) if row >= 0 else None
            if item is not None:
                self.tick(row, item.checkState() != Qt.CheckState.Checked)
            event.accept()
            return
        super().keyPressEvent(event)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            self.ticked.emit()


def allocation_html(account: CustomerAccount, plan: AllocationPlan) -> str:
    """What each invoice gets (paid, or what is left), the credit used and kept, as rich text."""
    numbers = {i.invoice_id: i for i in account.invoices}
    lines = []
    for allocation in plan.allocations:
        invoice = numbers.get(allocation.invoice_id)
        if invoice is None:
            continue
        left = invoice.remaining - allocation.amount
        tail = QCoreApplication.translate("PaymentDialog", "paid") if left <= 0 else \
            QCoreApplication.translate("PaymentDialog", "{0} left").format(format_rupiah(left))
        lines.append(f"{escape(invoice.invoice_number, quote=False)}: <b>{format_rupiah(allocation.amount)}</b> "
                     f"({tail})")
    if plan.credit_used > 0:
        lines.append(QCoreApplication.translate("PaymentDialog", "Credit used: {0}").format(
            format_rupiah(plan.credit_used)))
    if plan.credit_added > 0:
        lines.append(QCoreApplication.translate("PaymentDialog", "Kept as credit: {0}").format(
            format_rupiah(plan.credit_added)))
    return "<br>".join(lines) or QCoreApplication.translate("PaymentDialog", "<i>Nothing to pay.</i>")
