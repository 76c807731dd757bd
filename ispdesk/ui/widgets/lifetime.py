"""Task callbacks may arrive after the widget that asked is gone (the user
closed the dialog while a read was running): :func:`while_alive` drops them."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject


def while_alive(owner: QObject, callback: Callable[..., Any]) -> Callable[..., Any]:
    """``callback`` that does nothing once ``owner``'s C++ object was deleted."""
    def call(*args: Any) -> Any:
        if shiboken6.isValid(owner):
            return callback(*args)
        return None
    return call
