"""The check every service makes before it acts: hiding a button is not enough."""
from __future__ import annotations

from ispdesk.domain.actor import Actor
from ispdesk.domain.errors import PermissionDenied


def require(actor: Actor | None, module: str, action: str) -> None:
    """Raise :class:`PermissionDenied` unless ``actor`` may ``action`` in ``module``.

    ``actor`` None is the command line run by the machine's operator (demo data,
    ``ispdesk user add``): trusted like an administrator.
    """
    if actor is None:
        return
    if not actor.can(module, action):
        raise PermissionDenied(
            f"{actor.name} ({actor.role}) may not {action} in {module.replace('_', ' ')}")
