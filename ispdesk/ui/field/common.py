"""The base of the field dialogs: the shared action dialog frame (message bar,
errors next to fields, audited writes off the GUI thread), grown to fit when
messages appear."""
from __future__ import annotations

from ispdesk.ui.widgets.action_dialog import ActionDialog


class FieldDialog(ActionDialog):
    """An :class:`ActionDialog` that grows when an error or a loaded text needs more room."""

    def fit(self) -> None:
        """Grow to the size hint (never shrink below what the user made it)."""
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def show_failure(self, exc: BaseException) -> None:
        super().show_failure(exc)
        self.fit()
