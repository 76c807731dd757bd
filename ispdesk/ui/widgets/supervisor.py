"""The supervisor's approval that voids, refunds, purchase orders and credit
notes ask for: a user name and a password typed by the supervisor at the
cashier's or clerk's desk, with their messages under the fields.

The dialog places the fields with :meth:`SupervisorFields.add_to`, checks
:meth:`missing` before it starts work, verifies the credentials through the
services (``auth.verify_supervisor``) and hands a refusal to :meth:`refused`.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from ispdesk.domain.errors import ISPDeskError
from ispdesk.ui.i18n import translate_message
from ispdesk.ui.widgets.fields import error_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("SupervisorFields", text)


class SupervisorFields:
    """``username_edit`` and ``password_edit`` with an error label under each."""

    def __init__(self, parent: QWidget) -> None:
        self.username_edit = QLineEdit(parent)
        self.username_edit.setObjectName("supervisorUsername")
        self.password_edit = QLineEdit(parent)
        self.password_edit.setObjectName("supervisorPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_error = error_label("supervisor", parent)
        self.password_error = error_label("password", parent)
        self._parent = parent

    def add_to(self, form: QFormLayout, *, heading: bool = True) -> None:
        """Rows: a heading, the user name and its message, the password and its message."""
        if heading:
            form.addRow(QLabel(_tr("<b>Supervisor approval</b>"), self._parent))
        form.addRow(_tr("Supervisor &user:"), self.username_edit)
        form.addRow("", self.username_error)
        form.addRow(_tr("&Password:"), self.password_edit)
        form.addRow("", self.password_error)

    def error_labels(self) -> dict[str, QLabel]:
        """Labels by the field names services and dialogs use (for FieldErrors)."""
        return {"supervisor": self.username_error, "username": self.username_error, "password": self.password_error}

    def credentials(self) -> tuple[str, str]:
        return self.username_edit.text().strip(), self.password_edit.text()

    def missing(self) -> dict[str, str]:
        """Messages for what is not filled in, by field name (empty when both are)."""
        username, password = self.credentials()
        problems = {}
        if not username:
            problems["supervisor"] = _tr("A supervisor must approve: their user name.")
        if not password:
            problems["password"] = _tr("The supervisor's password.")
        return problems

    def show_missing(self) -> bool:
        """Show the messages of :meth:`missing` and focus the first empty field;
        True when something was missing."""
        problems = self.missing()
        for field, label in (("supervisor", self.username_error), ("password", self.password_error)):
            label.setText(problems.get(field, ""))
            label.setVisible(field in problems)
        if "supervisor" in problems:
            self.username_edit.setFocus()
        elif problems:
            self.password_edit.setFocus()
        return bool(problems)

    def refused(self, error: ISPDeskError | str) -> None:
        """A wrong password, a locked account or not a supervisor: said under the
        password, which is emptied and focused for the next try."""
        self.password_edit.clear()
        self.password_error.setText(error if isinstance(error, str) else translate_message(error.message))
        self.password_error.show()
        self.password_edit.setFocus()
