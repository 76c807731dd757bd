"""Buttons a module adds to its generic table tab, beyond New/Edit/Delete.

A module's UI package registers its actions (void a payment, adjust stock,
run the billing…) in a ``register_actions()`` function named in
:data:`PROVIDERS`; :class:`~ispdesk.ui.widgets.table_tab.TableTab` asks
:func:`actions_for` for the buttons of its module. So a workflow reaches its
tab without the tab, the main window or the spec knowing about it.

The ``run`` callable receives the tab and the selected record id (None when
nothing is selected and the action does not need a selection). It runs on the
GUI thread: it opens a dialog or starts work through ``tab.ctx.runner``.

A module may also name its own editor (:func:`register_editor`): New, Edit and
a double click then open that dialog instead of the generic record form, for
users who may edit (the others still get the read-only generic form).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Any

#: Modules whose ``register_actions()`` is called once, on first use.
#: Add one line per UI package that contributes tab actions.
PROVIDERS: tuple[str, ...] = (
    "ispdesk.ui.admin.actions",
    "ispdesk.ui.cashier.actions",
    "ispdesk.ui.documents.actions",
    "ispdesk.ui.warehouse.actions",
    "ispdesk.ui.billing.actions",
    "ispdesk.ui.sales.actions",
    "ispdesk.ui.field.actions",
)


@dataclass(frozen=True)
class TabAction:
    """One extra button of a module tab."""

    key: str                      # object name of the button ("voidPayment")
    title: str                    # English; translated in the "ModuleActions" context
    run: Callable[[Any, int | None], None]
    permission: str = "view"      # action of the tab's module the user needs (see domain.permissions)
    needs_selection: bool = True
    shortcut: str = ""            # e.g. "Ctrl+Shift+V"
    tooltip: str = ""             # English


_registry: dict[str, list[TabAction]] = {}
_editors: dict[str, Callable[[Any, int | None], Any]] = {}
_loaded = False


def register(module: str, action: TabAction) -> None:
    """Add ``action`` to the tab of ``module`` (a spec key)."""
    actions = _registry.setdefault(module, [])
    if all(existing.key != action.key for existing in actions):
        actions.append(action)


def register_editor(module: str, open_editor: Callable[[Any, int | None], Any]) -> None:
    """``open_editor(tab, record_id or None)`` opens (and returns) the dialog that
    creates and edits the records of ``module``; it calls ``tab.show_saved(id)``
    once a record is saved."""
    _editors[module] = open_editor


def editor_for(module: str) -> Callable[[Any, int | None], Any] | None:
    """The editor ``module`` registered, None for the generic record form."""
    _load_providers()
    return _editors.get(module)


def _load_providers() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for name in PROVIDERS:
        import_module(name).register_actions()


def actions_for(module: str) -> tuple[TabAction, ...]:
    """The extra actions of ``module``'s tab, in registration order."""
    _load_providers()
    return tuple(_registry.get(module, ()))
