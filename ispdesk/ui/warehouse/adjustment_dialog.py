"""Stock in / out / adjustment / return for one item, with a reason and an
optional work order or purchase order. Out or return against a work order
goes through the issue service, which records ONT/router serial numbers.
A refusal (not enough in stock) says how many there are, next to the quantity."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from ispdesk.domain.enums import StockMovementType
from ispdesk.services import stock, stock_card, stock_issue
from ispdesk.services.modules.columns import ref
from ispdesk.ui.context import AppContext
from ispdesk.ui.widgets.action_dialog import ActionDialog
from ispdesk.ui.widgets.editors import EditorError, make_editor



class AdjustmentDialog(ActionDialog):
    """Post one movement of item ``inventory_id``. Signal ``posted(object)``: the :class:`stock.Movement`."""

    posted = Signal(object)
    module = "inventory"

    def __init__(self, ctx: AppContext, inventory_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Stock movement"), self.tr("Post (Enter)"), parent)
        self.setObjectName("adjustmentDialog")
        self.inventory_id = inventory_id
        self.item: stock_card.ItemSummary | None = None
        self.summary = QLabel(self.tr("Loading the item\u2026"), self.body)
        self.summary.setObjectName("itemSummary")
        self.kind_combo = QComboBox(self.body)
        self.kind_combo.setObjectName("movementType")
        for value, title in ((StockMovementType.IN, self.tr("In (received)")),
                             (StockMovementType.OUT, self.tr("Out (issued)")),
                             (StockMovementType.ADJUSTMENT, self.tr("Adjustment (+/- difference)")),
                             (StockMovementType.RETURN, self.tr("Return"))):
            self.kind_combo.addItem(title, str(value))
        self.quantity_spin = QSpinBox(self.body)
        self.quantity_spin.setObjectName("quantity")
        self.quantity_spin.setRange(-stock.MAX_QUANTITY, stock.MAX_QUANTITY)
        self.quantity_spin.setValue(1)
        self.notes_edit = QLineEdit(self.body)
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setPlaceholderText(self.tr("Reason (required for an adjustment)"))
        self.reference_combo = QComboBox(self.body)
        self.reference_combo.setObjectName("referenceType")
        for value, title in (("", self.tr("No reference")), ("work_order", self.tr("Work order")),
                             ("purchase_order", self.tr("Purchase order"))):
            self.reference_combo.addItem(title, value)
        self.work_order = make_editor(ctx, ref("reference_id", "Work order", "work_orders"), self.body)
        self.work_order.setObjectName("workOrder")
        self.purchase_order = make_editor(ctx, ref("reference_id", "Purchase order", "purchase_orders"), self.body)
        self.purchase_order.setObjectName("purchaseOrder")
        self.serials_edit = QPlainTextEdit(self.body)
        self.serials_edit.setObjectName("serials")
        self.serials_edit.setPlaceholderText(self.tr("ONT / router serial numbers, one a line (scan them)"))
        self.serials_edit.setMaximumHeight(70)
        form = self.form = QFormLayout(self.body)
        form.addRow(self.summary)
        form.addRow(self.tr("&Type:"), self.kind_combo)
        form.addRow(self.tr("&Quantity:"), self.quantity_spin)
        form.addRow("", self.error_for("quantity"))
        form.addRow(self.tr("&Reason / notes:"), self.notes_edit)
        form.addRow("", self.error_for("notes"))
        form.addRow(self.tr("Re&ference:"), self.reference_combo)
        form.addRow("", self.work_order)
        form.addRow("", self.purchase_order)
        form.addRow("", self.error_for("reference_id"))
        form.addRow(self.tr("&Serial numbers:"), self.serials_edit)
        form.addRow("", self.error_for("lines[0].serials", "serials"))
        self.errors.labels["lines[0].quantity"] = self.errors.labels["quantity"]
        self.errors.labels["work_order_id"] = self.errors.labels["reference_id"]
        self.kind_combo.currentIndexChanged.connect(self._update)
        self.reference_combo.currentIndexChanged.connect(self._update)
        self._update()
        self.resize(520, self.sizeHint().height())
        self.quantity_spin.setFocus()
        self.quantity_spin.selectAll()
        self.load(lambda s, actor: stock_card.item(s, actor, inventory_id), self._loaded)

    def _loaded(self, item: stock_card.ItemSummary) -> None:
        self.item = item
        self.summary.setText(self.tr("<b>{0}</b> {1}: {2} {3} in stock (minimum {4})").format(
            item.sku, item.name, item.quantity, item.unit, item.min_quantity))

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def reference_type(self) -> str | None:
        return self.reference_combo.currentData() or None

    def _update(self, *_args: Any) -> None:
        reference = self.reference_type()
        self.form.setRowVisible(self.work_order, reference == "work_order")
        self.form.setRowVisible(self.purchase_order, reference == "purchase_order")
        self.serials_edit.setEnabled(reference == "work_order" and self.kind() in ("out", "return"))
        adjusting = self.kind() == StockMovementType.ADJUSTMENT
        self.quantity_spin.setMinimum(-stock.MAX_QUANTITY if adjusting else 1)

    def reference_id(self) -> int | None:
        editor = {"work_order": self.work_order, "purchase_order": self.purchase_order}.get(self.reference_type() or "")
        return None if editor is None else editor.value()

    def confirm(self) -> None:
        """Post the movement (through the issue service for a work order's out/return)."""
        if self.busy:
            return
        kind, quantity, notes = self.kind(), self.quantity_spin.value(), self.notes_edit.text()
        reference, item = self.reference_type(), self.inventory_id
        self.errors.clear()
        try:
            reference_id = self.reference_id()
        except EditorError as exc:
            self.errors.set("reference_id", exc.message)
            return
        if reference and reference_id is None:
            self.errors.set("reference_id", self.tr("Choose the work order, or no reference.")
                            if reference == "work_order" else self.tr("Choose the purchase order, or no reference."))
            return
        if reference == "work_order" and kind in ("out", "return"):
            line = stock_issue.IssueLine(item, quantity, stock_issue.split_serials(self.serials_edit.toPlainText()))
            operation = stock_issue.issue if kind == "out" else stock_issue.return_unused
            work = lambda s, actor: operation(s, actor, reference_id, [line], notes=notes)[0]  # noqa: E731
        else:
            request = stock.MovementRequest(item, kind, quantity, notes, reference, reference_id)
            work = lambda s, actor: stock.post(s, actor, request)  # noqa: E731
        self.submit(work, self._posted)

    def _posted(self, movement: stock.Movement) -> None:
        self.posted.emit(movement)
        self.accept()
