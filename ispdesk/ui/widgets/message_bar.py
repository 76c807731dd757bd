"""A bar above a table or a form that tells the user what went wrong (or
right), with an optional action such as "Retry". Nothing pops up; nothing crashes."""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from ispdesk.domain.errors import ISPDeskError, ValidationError
from ispdesk.domain.messages import message
from ispdesk.ui.i18n import translate_message

log = logging.getLogger(__name__)

UNEXPECTED = message("ui.unexpected", "Something went wrong ({kind}). Try again; if it happens again, tell "
                                      "the administrator (the details are in the program's log).")

_STYLES = {
    "error": "background:#fdecea; border:1px solid #f5c2c0; color:#8a1c14;",
    "warning": "background:#fff4e5; border:1px solid #ffd8a8; color:#7a4b00;",
    "info": "background:#e8f1fb; border:1px solid #b9d3f0; color:#0b3d6b;",
}


class MessageBar(QFrame):
    """Shows one message at a time; ``show_message`` replaces the last one."""

    action_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton(self)
        self.action.hide()
        self.close_button = QToolButton(self)
        self.close_button.setText("\u2715")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self._callback: Callable[[], None] | None = None
        self.action.clicked.connect(self._on_action)
        self.close_button.clicked.connect(self.clear)
        self.level = ""
        self.hide()

    def show_message(self, text: str, level: str = "error", action: str | None = None,
                     callback: Callable[[], None] | None = None) -> None:
        """Show ``text``; with ``action`` a button that calls ``callback``."""
        self.level = level
        self.setStyleSheet(f"#messageBar {{{_STYLES.get(level, _STYLES['info'])} border-radius:4px;}}"
                           f" #messageBar QLabel {{ border:none; background:transparent; }}")
        self.label.setText(text)
        self._callback = callback
        self.action.setVisible(bool(action))
        if action:
            self.action.setText(action)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def clear(self) -> None:
        self.label.clear()
        self._callback = None
        self.action.hide()
        self.level = ""
        self.hide()

    def _on_action(self) -> None:
        callback = self._callback
        self.clear()
        self.action_clicked.emit()
        if callback is not None:
            callback()


def describe_error(exc: BaseException) -> str:
    """A sentence for the message bar in the program's language: the domain
    error's own message, or a short generic line for anything unexpected (its
    details go to the log, not to the person at the counter)."""
    if isinstance(exc, ValidationError):
        return "; ".join(translate_message(text) for text in exc.errors.values())
    if isinstance(exc, ISPDeskError):
        return translate_message(exc.message)
    log.error("unexpected failure", exc_info=exc)
    return translate_message(UNEXPECTED(kind=type(exc).__name__))
