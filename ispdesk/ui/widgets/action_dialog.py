"""The frame of a dialog that reads and writes through the services (the
warehouse, field, sales and package dialogs): a message bar, errors next to
their fields, a body that is disabled while the database works, and one way to
run a read or a write and report its outcome: :meth:`ActionDialog.load` and
:meth:`ActionDialog.submit` are thin wrappers over :class:`ispdesk.ui.ops.QueryOp`
and :class:`~ispdesk.ui.ops.WriteOp` (off the GUI thread, the actor set once,
audited as the user, the tables written broadcast)."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ispdesk.domain.errors import ValidationError
from ispdesk.ui.context import AppContext
from ispdesk.ui.i18n import translate_message
from ispdesk.ui.ops import QueryOp, WriteOp, with_actor
from ispdesk.ui.tasks import TaskHandle
from ispdesk.ui.widgets.fields import FieldErrors, error_label
from ispdesk.ui.widgets.message_bar import MessageBar


def line_messages(error: ValidationError, row_of: Callable[[int], int] = lambda key: key) -> str:
    """The messages of a ValidationError, those of ``lines[key].field`` as
    "Line n: …" (``row_of(key)`` is the 0-based row of that key), one a line."""
    texts = []
    for field, message in error.errors.items():
        text = translate_message(message)
        if field.startswith("lines[") and "]" in field:
            row = row_of(int(field[6:field.index("]")]))
            texts.append(QCoreApplication.translate("ActionDialog", "Line {0}: {1}").format(row + 1, text))
        else:
            texts.append(text)
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

    def load(self, work: Callable[..., Any], on_success: Callable[[Any], None], *, long: bool = False) -> TaskHandle:
        """Read ``work(session, actor)`` (or ``work(session)``) with a :class:`QueryOp`,
        then ``on_success(result)``; ``long`` puts it on the second lane (a PDF, an export)."""
        op = QueryOp(self, self.ctx, with_actor(work)).success(on_success).failure(self.show_failure)
        return (op.long() if long else op).run()

    def submit(self, work: Callable[..., Any], on_success: Callable[[Any], None], *,
               changes: Iterable[str] = ()) -> TaskHandle | None:
        """Write ``work(session, actor)`` (or ``work(session)``) with a :class:`WriteOp`
        as the user (audited under ``module``), then ``on_success(result)``; a
        refusal goes next to its field or onto the message bar, the input stays.
        The tables the write really touched are broadcast (``changes`` is no
        longer needed and is ignored)."""
        if self.busy:
            return None
        self.errors.clear()
        self.message_bar.clear()
        self.set_busy(True)

        def done(result: Any) -> None:
            self.set_busy(False)
            on_success(result)

        return WriteOp(self, self.ctx, with_actor(work), module=getattr(self, "module", None)) \
            .success(done).failure(self.show_failure).run()

    def show_failure(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.errors.report(exc, self.message_bar)
