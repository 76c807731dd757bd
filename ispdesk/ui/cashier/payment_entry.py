"""The payment dialog's amount/method panel: amount received, method (F5–F9
pick one), the reference of a non-cash payment, and the credit and partial
options.

Texts are translated in the ``PaymentDialog`` context, where they were before the
dialog was split, so the existing translations keep applying."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QRadioButton,
                               QWidget)

from ispdesk.domain.enums import PaymentMethod
from ispdesk.ui.widgets.fields import RupiahEdit, error_label

#: The methods in screen order with their F-key.
METHODS: tuple[tuple[str, str], ...] = ((PaymentMethod.CASH, "F5"), (PaymentMethod.TRANSFER, "F6"),
                                       (PaymentMethod.QRIS, "F7"), (PaymentMethod.MIDTRANS, "F8"),
                                       (PaymentMethod.OTHER, "F9"))


class PaymentEntry(QWidget):
    """What the cashier types about the money. ``changed`` is emitted when the
    amount or an option changes, ``method_changed(cash: bool)`` when another
    method is chosen (the reference is only asked for, and the excess only kept
    as credit, as the method allows)."""

    changed = Signal()
    method_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount_edit = RupiahEdit(self)
        self.amount_edit.setObjectName("amountReceived")
        self.amount_edit.setMinimumHeight(34)
        font = self.amount_edit.font()
        font.setPointSize(16)
        self.amount_edit.setFont(font)
        self.amount_edit.textChanged.connect(lambda _text: self.changed.emit())
        amount_label = QLabel(QCoreApplication.translate("PaymentDialog", "&Amount received:"), self)
        amount_label.setBuddy(self.amount_edit)
        self.amount_error = error_label("amount", self)
        self.method_group = QButtonGroup(self)
        self.method_buttons: dict[str, QRadioButton] = {}
        methods_row = QHBoxLayout()
        titles = {PaymentMethod.CASH: QCoreApplication.translate("PaymentDialog", "&Cash"),
                  PaymentMethod.TRANSFER: QCoreApplication.translate("PaymentDialog", "&Transfer"),
                  PaymentMethod.QRIS: QCoreApplication.translate("PaymentDialog", "&QRIS"),
                  PaymentMethod.MIDTRANS: QCoreApplication.translate("PaymentDialog", "&Midtrans"),
                  PaymentMethod.OTHER: QCoreApplication.translate("PaymentDialog", "Ot&her")}
        for method, key in METHODS:
            button = QRadioButton(f"{titles[method]} ({key})", self)
            button.setObjectName(f"method_{method}")
            self.method_group.addButton(button)
            self.method_buttons[str(method)] = button
            button.toggled.connect(self._method_toggled)
            methods_row.addWidget(button)
        methods_row.addStretch(1)
        self.method_error = error_label("method", self)
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setObjectName("reference")
        self.reference_edit.setMaxLength(100)
        self.reference_label = QLabel(QCoreApplication.translate("PaymentDialog", "&Reference:"), self)
        self.reference_label.setBuddy(self.reference_edit)
        self.reference_error = error_label("reference", self)
        self.use_credit = QCheckBox(QCoreApplication.translate("PaymentDialog", "&Use credit"), self)
        self.use_credit.setObjectName("useCredit")
        self.keep_credit = QCheckBox(QCoreApplication.translate("PaymentDialog", "&Keep excess as credit"), self)
        self.keep_credit.setObjectName("keepExcess")
        self.allow_partial = QCheckBox(QCoreApplication.translate("PaymentDialog", "&Partial payment"), self)
        self.allow_partial.setObjectName("allowPartial")
        self.allow_partial.setToolTip(QCoreApplication.translate(
            "PaymentDialog", "Pay less than the total due, oldest invoice first"))
        for box in self.options():
            box.toggled.connect(lambda _checked: self.changed.emit())

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(amount_label, 0, 0)
        grid.addWidget(self.amount_edit, 0, 1)
        grid.addWidget(self.amount_error, 1, 1)
        grid.addWidget(QLabel(QCoreApplication.translate("PaymentDialog", "Method:"), self), 2, 0)
        grid.addLayout(methods_row, 2, 1)
        grid.addWidget(self.method_error, 3, 1)
        grid.addWidget(self.reference_label, 4, 0)
        grid.addWidget(self.reference_edit, 4, 1)
        grid.addWidget(self.reference_error, 5, 1)
        options = QHBoxLayout()
        for box in self.options():
            options.addWidget(box)
        options.addStretch(1)
        grid.addLayout(options, 6, 1)
        grid.setColumnStretch(1, 1)

    def options(self) -> tuple[QCheckBox, QCheckBox, QCheckBox]:
        return self.use_credit, self.keep_credit, self.allow_partial

    def clear(self) -> None:
        """Empty for the next customer: no amount, no reference, no option, cash."""
        self.amount_edit.clear()
        self.reference_edit.clear()
        for box in self.options():
            box.setChecked(False)
        self.use_credit.setEnabled(False)
        self.set_method(PaymentMethod.CASH)

    def set_credit_available(self, available: bool) -> None:
        """Offer "Use credit" only to a customer with a credit balance."""
        self.use_credit.setEnabled(available)
        self.use_credit.setChecked(False)

    def method(self) -> str:
        checked = self.method_group.checkedButton()
        for method, button in self.method_buttons.items():
            if button is checked:
                return method
        return str(PaymentMethod.CASH)

    def set_method(self, method: str, *, focus: bool = False) -> None:
        """Choose ``method``; with ``focus`` a non-cash method puts the cursor in the reference."""
        self.method_buttons[str(method)].setChecked(True)
        if focus and str(method) != PaymentMethod.CASH:
            self.reference_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _method_toggled(self, checked: bool) -> None:
        if not checked:
            return
        cash = self.method() == PaymentMethod.CASH
        self.reference_label.setEnabled(not cash)
        self.reference_edit.setEnabled(not cash)
        self.keep_credit.setEnabled(cash)
        self.method_changed.emit(cash)
