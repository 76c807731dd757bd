"""The base of the counter's small dialogs (open/close a shift, void a
receipt): a message bar, errors next to their fields, Enter confirms (or
presses the focused button), Esc cancels unless work is under way."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from ispdesk.ui.context import AppContext
from ispdesk.ui.widgets.fields import FieldErrors
from ispdesk.ui.widgets.message_bar import MessageBar


class FormDialog(QDialog):
    """Subclasses lay out their fields, implement :meth:`confirm` and run their
    work with :mod:`ispdesk.ui.ops` (``WriteOp``/``QueryOp``); :meth:`failed` shows what went wrong."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.message_bar = MessageBar(self)

    def set_busy(self, busy: bool) -> None:
        """Disable the dialog's own widgets (not the message bar) while work runs."""
        self.busy = busy
        for child in self.findChildren(QWidget):
            if child is not self.message_bar and child.parent() is self:
                child.setEnabled(not busy)

    def failed(self, exc: BaseException, errors: FieldErrors) -> None:
        """Validation messages next to their fields (the rest in the bar); any other error in the bar."""
        self.set_busy(False)
        errors.report(exc, self.message_bar)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            focus = self.focusWidget()
            if isinstance(focus, QPushButton):
                focus.click()
            else:
                self.confirm()
            return
        if event.key() == Qt.Key.Key_Escape and self.busy:
            event.accept()
            return
        super().keyPressEvent(event)

    def confirm(self) -> None:
        raise NotImplementedError
