"""The frame of a dialog that reads and writes through the services (the
warehouse, field, sales and package dialogs): a message bar, errors next to
their fields, a body that is disabled while the database works, and one way to
run a write (audited as the user, off the GUI thread) and report its outcome."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import ValidationError
from ispdesk.services import audit
from ispdesk.ui.context import AppContext
from ispdesk.ui.widgets.fields import FieldErrors, error_label
from ispdesk.ui.widgets.lifetime import while_alive
from ispdesk.ui.widgets.message_bar import MessageBar


def line_messages(error: ValidationError, row_of: Callable[[int], int] = lambda key: key) -> str:
    """The messages of a ValidationError, those of ``lines[key].field`` as
    "Line n: …" (``row_of(key)`` is the 0-based row of that key), one a line."""
    texts = []
    for field, message in error.errors.items():
        if field.startswith("lines[") and "]" in field:
            row = row_of(int(field[6:field.index("]")]))
            texts.append(QCoreApplication.translate("ActionDialog", "Line {0}: {1}").format(row + 1, message))
        else:
            texts.append(message)
    return "\n".join(texts)


class ActionDialog(QDialog):
    """A dialog with ``message_bar`` on top, ``body`` in the middle and the
    ``confirm_button`` / ``cancel_button`` (Esc) below. Subclasses fill
    ``body``, name the audit ``module`` their writes belong to and call
    :meth:`load` / :meth:`submit`."""

    #: The module the audit log files this dialog's writes under ("inventory", "purchase_orders"…).
    module: str

    def __init__(self, ctx: AppContext, title: str, confirm: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.setWindowTitle(title)
        self.message_bar = MessageBar(self)
        self.body = QWidget(self)
        self.errors = FieldErrors({})
        self.confirm_button = QPushButton(confirm, self)
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Close (Esc)"), self)
        self.cancel_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.reject)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.confirm_button)
        self.buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.body, 1)
        layout.addLayout(self.buttons)

    def error_for(self, field: str, name: str | None = None) -> QLabel:
        """A red label for the service's ``field`` (placed by the subclass)."""
        label = error_label(name or field.replace("[", "_").replace("]", "").replace(".", "_"), self.body)
        self.errors.labels[field] = label
        return label

    def confirm(self) -> None:  # pragma: no cover - subclasses
        raise NotImplementedError

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.body.setEnabled(not busy)
        self.confirm_button.setEnabled(not busy)

    def load(self, work: Callable[[Any], Any], on_success: Callable[[Any], None]) -> None:
        """Read ``work(session)`` on the runner, then ``on_success(result)``."""
        db = self.ctx.db
        self.ctx.runner.run(lambda _t: read(db, work), on_success=while_alive(self, on_success),
                            on_failure=while_alive(self, self.show_failure))

    def submit(self, work: Callable[[Any], Any], on_success: Callable[[Any], None], *,
               changes: Iterable[str] = ()) -> None:
        """Write ``work(session)`` as the user (audited), then ``on_success(result)``;
        a refusal goes next to its field or onto the message bar, the input stays."""
        if self.busy:
            return
        self.errors.clear()
        self.message_bar.clear()
        self.set_busy(True)
        db, info = self.ctx.db, audit.actor_info(self.ctx.actor, self.module)

        def done(result: Any) -> None:
            self.set_busy(False)
            on_success(result)

        self.ctx.runner.run(lambda _t: write(db, work, info=info), on_success=while_alive(self, done),
                            on_failure=while_alive(self, self.show_failure), changes=changes)

    def show_failure(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.errors.report(exc, self.message_bar)
