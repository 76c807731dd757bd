"""The dialogs of the users tab: add a user, give a user a new password.

Both check what they can before asking the database (the password rule, the
two passwords alike), then call :mod:`ispdesk.services.users` (a
:class:`~ispdesk.ui.ops.WriteOp`); every message appears under its field,
nothing is written while one shows. Switching a user on or off needs no dialog (see ``actions.py``).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from ispdesk.domain.errors import ValidationError
from ispdesk.domain.messages import Message
from ispdesk.services import users
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import humanise
from ispdesk.ui.i18n import spec_text, translate_message
from ispdesk.ui.ops import QueryOp, WriteOp
from ispdesk.ui.widgets.message_bar import MessageBar, describe_error

_ERROR_STYLE = "color: #b3261e;"


class _FieldsDialog(QDialog):
    """A form of labelled fields, each with its error label below, a message bar
    for what belongs to no field, and OK/Cancel."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.message_bar = MessageBar(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def add_field(self, key: str, title: str, widget: QWidget) -> None:
        widget.setObjectName(key)
        error = QLabel(self)
        error.setObjectName(f"{key}Error")
        error.setStyleSheet(_ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        label = QLabel(title, self)
        label.setBuddy(widget)
        self.form.addRow(label, box)
        self.fields[key] = (widget, error)

    def password_fields(self) -> tuple[QLineEdit, QLineEdit]:
        """The new password and its repetition."""
        password, repeat = QLineEdit(self), QLineEdit(self)
        for edit in (password, repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        password.setPlaceholderText(self.tr("at least {n} characters").format(n=users.MIN_PASSWORD_LENGTH))
        self.add_field("password", self.tr("&Password"), password)
        self.add_field("repeat", self.tr("Password &again"), repeat)
        return password, repeat

    def error_text(self, key: str) -> str:
        """The message under field ``key`` ('' when none)."""
        label = self.fields[key][1]
        return "" if label.isHidden() else label.text()

    def show_errors(self, errors: dict[str, Message | str]) -> None:
        """Put each message under its field (translated); the rest in the bar."""
        first: QWidget | None = None
        for key, (widget, label) in self.fields.items():
            text = translate_message(errors.get(key, ""))
            label.setText(text)
            label.setVisible(bool(text))
            if text and first is None:
                first = widget
        rest = [translate_message(text) for key, text in errors.items() if key not in self.fields]
        if rest:
            self.message_bar.show_message(" ".join(rest), "error")
        else:
            self.message_bar.clear()
        if first is not None:
            first.setFocus()

    def check_passwords(self, password: QLineEdit, repeat: QLineEdit, errors: dict[str, Message | str]) -> None:
        problem = users.password_problem(password.text())
        if problem:
            errors["password"] = problem
        elif password.text() != repeat.text():
            errors["repeat"] = self.tr("The two passwords differ. Type the same password twice.")

    def run_write(self, work: Any, on_success: Any) -> None:
        """``work(session, actor)`` in one audited transaction (a WriteOp)."""
        self.ok_button.setEnabled(False)

        def succeeded(result: Any) -> None:
            self.ok_button.setEnabled(True)
            on_success(result)

        def failed(exc: BaseException) -> None:
            self.ok_button.setEnabled(True)
            if isinstance(exc, ValidationError):
                self.show_errors(dict(exc.errors))
            else:
                self.show_errors({"": describe_error(exc)})

        WriteOp(self, self.ctx, work, module="users").success(succeeded).failure(failed).run()

    def submit(self) -> None:
        raise NotImplementedError


class AddUserDialog(_FieldsDialog):
    """A new user: user name, name, role, e-mail and phone (optional), the
    password twice. ``created(int)`` carries the new user's id."""

    created = Signal(int)
    roles_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Add user"), parent)
        self.user_id: int | None = None
        self.username, self.name = QLineEdit(self), QLineEdit(self)
        self.username.setPlaceholderText(self.tr("lower case, e.g. kasir2"))
        self.role = QComboBox(self)
        self.email, self.phone = QLineEdit(self), QLineEdit(self)
        self.add_field("username", self.tr("&User name"), self.username)
        self.add_field("name", self.tr("Full &name"), self.name)
        self.add_field("role", self.tr("&Role"), self.role)
        self.add_field("email", self.tr("&E-mail"), self.email)
        self.add_field("phone", self.tr("P&hone"), self.phone)
        self.password, self.repeat = self.password_fields()
        self.ok_button.setText(self.tr("Add user"))
        QueryOp(self, ctx, lambda s, _actor: users.list_roles(s)).success(self._fill_roles) \
            .failure(lambda exc: self.show_errors({"": describe_error(exc)})).run()

    def _fill_roles(self, roles: list[str]) -> None:
        self.role.clear()
        for role in roles:
            self.role.addItem(spec_text(humanise(role)), role)
        self.roles_loaded.emit()

    def submit(self) -> None:
        errors: dict[str, Message | str] = {}
        if not self.username.text().strip():
            errors["username"] = self.tr("Choose a user name.")
        if not self.name.text().strip():
            errors["name"] = self.tr("Enter the person's name.")
        if self.role.currentData() is None:
            errors["role"] = self.tr("Choose a role.")
        self.check_passwords(self.password, self.repeat, errors)
        self.show_errors(errors)
        if errors:
            return
        values = dict(username=self.username.text(), name=self.name.text(), role=self.role.currentData(),
                      password=self.password.text(), email=self.email.text(), phone=self.phone.text())
        self.run_write(lambda s, actor: users.add_user(s, actor, **values), self._added)

    def _added(self, user_id: int) -> None:
        self.user_id = user_id
        self.created.emit(user_id)
        self.accept()


class ResetPasswordDialog(_FieldsDialog):
    """A new password for user ``user_id`` (an administrator's reset; it also
    lifts a lock after failed logins). ``changed(int)`` after it is saved."""

    changed = Signal(int)

    def __init__(self, ctx: AppContext, user_id: int, label: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New password for {0}").format(label), parent)
        self.user_id = user_id
        hint = QLabel(self.tr("The user logs in with this password from now on; a lock after failed "
                              "logins is lifted."), self)
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.password, self.repeat = self.password_fields()
        self.ok_button.setText(self.tr("Set password"))

    def submit(self) -> None:
        errors: dict[str, Message | str] = {}
        self.check_passwords(self.password, self.repeat, errors)
        self.show_errors(errors)
        if errors:
            return
        user_id, password = self.user_id, self.password.text()
        self.run_write(lambda s, actor: users.set_password(s, actor, user_id, password), self._done)

    def _done(self, _result: Any) -> None:
        self.changed.emit(self.user_id)
        self.accept()
