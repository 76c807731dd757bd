"""The login dialog and the dialog that creates the first administrator.

Both run their database work as a :class:`~ispdesk.ui.ops.SignInOp` on a
:class:`TaskRunner` (their own unless one is given), so the window never blocks
while Argon2 checks a password or the database is slow. Enter confirms, Esc cancels; messages appear next to the
fields, never in a pop-up.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from ispdesk import APP_NAME
from ispdesk.db.engine import Database
from ispdesk.domain.actor import Actor, Workstation
from ispdesk.domain.errors import DatabaseUnavailable, ISPDeskError, ValidationError
from ispdesk.domain.messages import Message
from ispdesk.services import auth, users
from ispdesk.ui.i18n import translate_message
from ispdesk.ui.ops import SignInOp
from ispdesk.ui.tasks import TaskRunner
from ispdesk.ui.widgets.message_bar import describe_error

_STYLE = """
QDialog { background: #f6f8fb; }
QFrame#card { background: white; border: 1px solid #dde3ea; border-radius: 8px; }
QLabel#title { color: #0b4f8a; }
QLabel#subtitle { color: #5b6670; }
QLabel[kind="caption"] { color: #2b333b; font-weight: 600; }
QLineEdit { padding: 6px 8px; border: 1px solid #b8c2cc; border-radius: 4px; background: white; }
QLineEdit:focus { border: 2px solid #1a73c8; padding: 5px 7px; }
QLineEdit[invalid="true"] { border: 2px solid #c62828; padding: 5px 7px; }
QLabel[kind="error"] { color: #b3261e; }
QLabel#status { color: #5b6670; }
QLineEdit { font-size: 13pt; }
QPushButton { padding: 7px 18px; }
QPushButton#primary { background: #1a73c8; color: white; font-weight: 600; border: 1px solid #125ea6;
                      border-radius: 4px; }
QPushButton#primary:hover { background: #1666b3; }
QPushButton#primary:disabled { background: #9bbfe3; border-color: #9bbfe3; }
"""


def _header(parent: QWidget) -> tuple[QWidget, QLabel]:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 6)
    layout.setSpacing(2)
    title = QLabel(APP_NAME, box)
    title.setObjectName("title")
    font = QFont(title.font())
    font.setPointSizeF(font.pointSizeF() * 2.2)
    font.setBold(True)
    title.setFont(font)
    title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    sub = QLabel(box)
    sub.setObjectName("subtitle")
    sub.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    sub.setWordWrap(True)
    layout.addWidget(title)
    layout.addWidget(sub)
    return box, sub


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setProperty("kind", "error")
    label.setWordWrap(True)
    label.hide()
    return label


def _mark(edit: QLineEdit, invalid: bool) -> None:
    edit.setProperty("invalid", "true" if invalid else "false")
    edit.style().unpolish(edit)
    edit.style().polish(edit)


class _Form(QDialog):
    """The shared frame: header, a white card with labelled fields, status, buttons."""

    def __init__(self, runner: TaskRunner | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_STYLE)
        self.setWindowTitle(APP_NAME)
        self.runner = runner or TaskRunner(self)
        self._closed = False
        base = QFont(self.font())
        base.setPointSizeF(max(base.pointSizeF(), 9.0) * 1.25)
        self.setFont(base)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.setSpacing(14)
        header, self.subtitle = _header(self)
        outer.addWidget(header)
        self.card = QFrame(self)
        self.card.setObjectName("card")
        self.fields = QVBoxLayout(self.card)
        self.fields.setContentsMargins(22, 18, 22, 18)
        self.fields.setSpacing(4)
        outer.addWidget(self.card)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.hide()
        outer.addWidget(self.status)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.buttons)
        self.ok_button.setObjectName("primary")  # named before it is polished, so the style applies
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def add_field(self, label: str, edit: QLineEdit) -> QLabel:
        """A label, the field and, below it, the field's error label (returned)."""
        caption = QLabel(label, self.card)
        caption.setProperty("kind", "caption")
        caption.setBuddy(edit)
        edit.setMinimumHeight(36)
        error = _error_label(self.card)
        if self.fields.count():
            self.fields.addSpacing(8)
        self.fields.addWidget(caption)
        self.fields.addWidget(edit)
        self.fields.addWidget(error)
        return error

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.card.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        self.status.setText(text)
        self.status.setVisible(bool(busy and text))

    def done(self, result: int) -> None:  # Esc, Cancel, accept: results after this are ignored
        self._closed = True
        super().done(result)

    def _submit(self) -> None:
        raise NotImplementedError


class LoginDialog(_Form):
    """Asks for user name and password; on success ``actor`` holds the logged-in
    :class:`Actor` and the dialog is accepted (``logged_in`` is emitted too)."""

    logged_in = Signal(object)

    def __init__(self, db: Database, workstation: Workstation, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None, company: str | None = None, username: str = "") -> None:
        super().__init__(runner, parent)
        self.subtitle.setText(company or self.tr("Front office"))
        self.db = db
        self.workstation = workstation
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Log in - {program}").format(program=APP_NAME))
        self.username = QLineEdit(username, self.card)
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("e.g. kasir1"))
        self.username_error = self.add_field(self.tr("&User name"), self.username)
        self.password = QLineEdit(self.card)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = self.add_field(self.tr("&Password"), self.password)
        self.message.setObjectName("message")
        self.ok_button.setText(self.tr("Log in"))
        (self.password if username else self.username).setFocus()

    def message_text(self) -> str:
        """The error shown next to the fields ('' when none)."""
        for label in (self.username_error, self.message):
            if not label.isHidden():
                return label.text()
        return ""

    def _show_error(self, label: QLabel, text: str, edit: QLineEdit) -> None:
        for other, field in ((self.username_error, self.username), (self.message, self.password)):
            other.setVisible(other is label)
            _mark(field, field is edit)
        label.setText(text)
        edit.setFocus()
        edit.selectAll()

    def _submit(self) -> None:
        username = self.username.text().strip()
        password = self.password.text()
        if not username:
            self._show_error(self.username_error, self.tr("Enter your user name."), self.username)
            return
        if not password:
            self._show_error(self.message, self.tr("Enter your password."), self.password)
            return
        self.set_busy(True, self.tr("Checking…"))
        workstation = self.workstation
        SignInOp(self, self.db, self.runner, lambda db: auth.login(db, username, password, workstation)) \
            .success(self._succeeded).failure(self._failed).run()

    def _succeeded(self, actor: Actor) -> None:
        if self._closed:
            return
        self.set_busy(False)
        self.actor = actor
        self.password.clear()
        self.logged_in.emit(actor)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self.set_busy(False)
        self.password.clear()
        if isinstance(exc, DatabaseUnavailable):
            text = self.tr("The database cannot be reached. Check the network and try again.")
        else:   # a refusal in the program's language; anything else said without its English details
            text = describe_error(exc)
        self._show_error(self.message, text, self.password)


class FirstAdminDialog(_Form):
    """Creates the first administrator of an empty database (shown when
    ``users.has_users()`` is false). On success ``user_id``/``username`` are set."""

    created = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None, *, runner: TaskRunner | None = None) -> None:
        super().__init__(runner, parent)
        self.subtitle.setText(self.tr("Welcome! Create the administrator who will set up the office."))
        self.db = db
        self.user_id: int | None = None
        self.setWindowTitle(self.tr("First administrator - {program}").format(program=APP_NAME))
        self.name = QLineEdit(self.card)
        self.username = QLineEdit(self.card)
        self.username.setPlaceholderText(self.tr("lower case, e.g. admin"))
        self.password = QLineEdit(self.card)
        self.repeat = QLineEdit(self.card)
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("at least {n} characters").format(n=users.MIN_PASSWORD_LENGTH))
        self.errors: dict[str, tuple[QLineEdit, QLabel]] = {}
        for key, edit, title in (("name", self.name, self.tr("Full &name")),
                                 ("username", self.username, self.tr("&User name")),
                                 ("password", self.password, self.tr("&Password")),
                                 ("repeat", self.repeat, self.tr("Password &again"))):
            edit.setObjectName(key)
            self.errors[key] = (edit, self.add_field(title, edit))
        self.general = _error_label(self)
        self.layout().insertWidget(self.layout().indexOf(self.status), self.general)
        self.ok_button.setText(self.tr("Create administrator"))
        self.name.setFocus()

    def error_text(self, key: str) -> str:
        """The message shown next to field ``key`` ('' when none)."""
        label = self.errors[key][1]
        return "" if label.isHidden() else label.text()

    def _show_errors(self, errors: dict[str, Message | str]) -> None:
        """Each message (in the program's language) under its field; the rest below the card."""
        errors = {key: translate_message(text) for key, text in errors.items()}
        first: QLineEdit | None = None
        for key, (edit, label) in self.errors.items():
            text = errors.get(key, "")
            label.setText(text)
            label.setVisible(bool(text))
            _mark(edit, bool(text))
            if text and first is None:
                first = edit
        rest = [text for key, text in errors.items() if key not in self.errors]
        self.general.setText(" ".join(rest))
        self.general.setVisible(bool(rest))
        if first is not None:
            first.setFocus()
            first.selectAll()

    def _submit(self) -> None:
        name, username = self.name.text().strip(), self.username.text().strip()
        password = self.password.text()
        errors: dict[str, Message | str] = {}
        if not name:
            errors["name"] = self.tr("Enter the administrator's name.")
        if not username:
            errors["username"] = self.tr("Choose a user name.")
        problem = users.password_problem(password)
        if problem:
            errors["password"] = problem
        elif password != self.repeat.text():
            errors["repeat"] = self.tr("The two passwords differ. Type the same password twice.")
        self._show_errors(errors)
        if errors:
            return
        self.set_busy(True, self.tr("Creating the administrator…"))
        SignInOp(self, self.db, self.runner,
                 lambda db: users.set_up_first_admin(db, username=username, name=name, password=password)) \
            .success(self._succeeded).failure(self._failed).run()

    @property
    def created_username(self) -> str:
        return users.normalize_username(self.username.text())

    def _succeeded(self, user_id: int) -> None:
        if self._closed:
            return
        self.set_busy(False)
        self.user_id = user_id
        self.created.emit(user_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self.set_busy(False)
        if isinstance(exc, ValidationError):
            self._show_errors(dict(exc.errors))
        elif isinstance(exc, ISPDeskError):
            self._show_errors({"": exc.message})
        else:
            self._show_errors({"": describe_error(exc)})
