"""Small pieces the workflow dialogs share (counter, warehouse): a Rupiah line edit read as
Decimal, big amount labels, and error labels shown next to their fields."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ispdesk.domain.errors import ValidationError
from ispdesk.domain.messages import Message
from ispdesk.domain.money import MoneyError, format_rupiah, parse_rupiah, to_money
from ispdesk.ui.i18n import translate_message
from ispdesk.ui.widgets.message_bar import MessageBar, describe_error

ERROR_STYLE = "color:#b3261e;"


class AmountError(ValueError):
    """What was typed is not an amount; ``message`` says so."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RupiahEdit(QLineEdit):
    """Rupiah as typed at the counter: ``150000``, ``150.000``, ``Rp 150.000``.
    :meth:`amount` is a Decimal (None when empty); never a float."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("Rp 0")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.editingFinished.connect(self._reformat)

    def amount(self) -> Decimal | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return to_money(parse_rupiah(text))
        except MoneyError as exc:
            raise AmountError(self.tr("Not an amount; type it like 150.000")) from exc

    def set_amount(self, value: Decimal | None) -> None:
        self.setText("" if value is None else format_rupiah(value))

    def _reformat(self) -> None:
        try:
            amount = self.amount()
        except AmountError:
            return
        if amount is not None:
            self.setText(format_rupiah(amount))


def big_label(text: str = "", *, points: int = 20, name: str = "", parent: QWidget | None = None) -> QLabel:
    """A bold label for amounts that must be read from a distance."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSize(points)
    font.setBold(True)
    label.setFont(font)
    if name:
        label.setObjectName(name)
    return label


def error_label(name: str, parent: QWidget | None = None) -> QLabel:
    """An (initially hidden) red message shown under or beside one field."""
    label = QLabel(parent)
    label.setObjectName(f"{name}Error")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors:
    """The error labels of one dialog, by service field name. ``show`` puts a
    ValidationError's messages next to their fields and returns those that
    have no field here (for the message bar)."""

    def __init__(self, labels: dict[str, QLabel]) -> None:
        self.labels = labels

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.hide()

    def clear_field(self, field: str) -> None:
        label = self.labels.get(field)
        if label is not None:
            label.clear()
            label.hide()

    def set(self, field: str, message: Message | str) -> bool:
        """Show ``message`` (a service's Message, in the program's language, or a
        text already translated) under ``field``; False when there is no label for it."""
        label = self.labels.get(field)
        if label is None:
            return False
        label.setText(translate_message(message))
        label.show()
        return True

    def show(self, error: ValidationError) -> list[str]:
        """The service's messages, in the program's language, next to their fields;
        returns those that have no field here."""
        return [translate_message(message) for field, message in error.errors.items() if not self.set(field, message)]

    def report(self, exc: BaseException, bar: "MessageBar") -> None:
        """What went wrong: a ValidationError's messages next to their fields and
        the others in ``bar``; any other error described in ``bar``."""
        if isinstance(exc, ValidationError):
            rest = self.show(exc)
            if rest:
                bar.show_message("; ".join(rest))
        else:
            bar.show_message(describe_error(exc))

    def text(self, field: str) -> str:
        label = self.labels.get(field)
        return "" if label is None or label.isHidden() else label.text()
