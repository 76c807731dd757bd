"""A small dialog asking for one date: the day of a report, an "as of" date."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ispdesk.domain import clock


class DateDialog(QDialog):
    """``date_edit`` (the office clock's today by default, calendar pop-up); Enter accepts, Esc cancels."""

    def __init__(self, title: str, parent: QWidget | None = None, *, initial: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dateDialog")
        self.setWindowTitle(title)
        self.date_edit = QDateEdit(QDate(initial or clock.today()), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd MMM yyyy")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.date_edit)
        layout.addWidget(buttons)

    def chosen(self) -> date:
        return self.date_edit.date().toPython()


def ask_date(parent: QWidget | None, title: str, *, initial: date | None = None) -> date | None:
    """The date the user picked, or None when they cancelled."""
    dialog = DateDialog(title, parent, initial=initial)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
