"""Buttons a module adds to its generic table tab, beyond New/Edit/Delete.

A module's UI package registers its actions (void a payment, adjust stock,
run the billing…) in a ``register_actions()`` function named in
:data:`PROVIDERS`; :class:`~ispdesk.ui.widgets.table_tab.TableTab` asks
:func:`actions_for` for the buttons of its module. So a workflow reaches its
tab without the tab, the main window or the spec knowing about it.

The ``run`` callable receives the tab and the selected record id (None when
nothing is selected and the action does not need a selection). It runs on the
GUI thread: it opens a dialog or starts work with :mod:`ispdesk.ui.ops` (``WriteOp(tab, tab.ctx, …)``).

``enabled_when`` (optional) is asked with the selected row's listed values by
column name (``{"status": "completed", ...}``) whenever the selection or the
rows change: Start is greyed out on a completed work order instead of failing
after the click. :func:`row_in` builds the usual "status is one of" test; a
column the tab does not list counts as allowed, so the button then stays
enabled. The services keep their own checks: a button is not security.

A module may also name its own editor (:func:`register_editor`): New, Edit and
a double click then open that dialog instead of the generic record form, for
users who may edit (the others still get the read-only generic form).
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from PySide6.QtCore import QCoreApplication

#: ``enabled_when``: the selected row's listed values by column name -> may the button be pressed?
RowTest = Callable[[Mapping[str, Any]], bool]

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
    enabled_when: RowTest | None = None   # asked with the selected row's values (see the module docstring)


def row_in(**allowed: Collection[Any]) -> RowTest:
    """``enabled_when`` that passes when each named column's value is one of its
    allowed values: ``row_in(status=("draft", "suspended"), signed_at=(None,))``.
    A column missing from the row (not listed on the tab) passes."""
    def test(row: Mapping[str, Any]) -> bool:
        return all(name not in row or row[name] in values for name, values in allowed.items())
    return test


def all_of(*tests: RowTest) -> RowTest:
    """``enabled_when`` that passes when every one of ``tests`` passes."""
    return lambda row: all(test(row) for test in tests)


def row_not_in(**refused: Collection[Any]) -> RowTest:
    """``enabled_when`` that passes unless a named column's value is one of its refused values."""
    def test(row: Mapping[str, Any]) -> bool:
        return not any(name in row and row[name] in values for name, values in refused.items())
    return test


def summarise_numbers(numbers: Sequence[str], shown: int = 5) -> str:
    """``"A, B, C, D, E and 478 more"``: at most ``shown`` numbers of a long list, on one line."""
    head = ", ".join(numbers[:shown])
    rest = len(numbers) - shown
    if rest <= 0:
        return head
    return QCoreApplication.translate("ModuleActions", "{0} and {1} more").format(head, f"{rest:,}".replace(",", "."))


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
