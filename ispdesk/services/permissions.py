"""Permissions declared once, beside each public service operation.

Every public service function that acts for somebody takes ``(session, actor,
…)`` and says what it needs with :func:`operation`::

    @operation("stock_movements", "create")
    def post_movement(session, actor, request): ...

The decorator refuses before the body runs (nothing is read or written), and
it registers the operation so one test can call every one of them with an actor
who has no rights (``tests/services/test_permission_sweep.py``). There is no
trusted ``None``: the command line acts as :meth:`Actor.system`.

When the module depends on an argument (a generic table tab), pass a function
of the bound arguments that returns ``(module, action)``, and an ``example``
of those arguments for the sweep.

Approvals are permissions too: :func:`require_approver` checks that the person
who approves holds ``(module, "approve")``, whatever their role is called.
"""
from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ispdesk.domain.actor import Actor
from ispdesk.domain.errors import PermissionDenied
from ispdesk.domain.messages import message, word
from ispdesk.domain.permissions import ACTION_WORDS

F = TypeVar("F", bound=Callable[..., Any])

NOT_ALLOWED = message("permission.denied", "{name} ({role}) may not {action} in {module}.")
NO_ACTOR = message("permission.no_actor", "Nobody is signed in for this; sign in again.")
NOT_AN_APPROVER = message("permission.not_an_approver", "{name} may not approve {module}.")

Permission = tuple[str, str]
Resolver = Callable[[Mapping[str, Any]], Permission]


@dataclass(frozen=True)
class Operation:
    """A registered service operation and the permission it needs."""

    function: Callable[..., Any]
    qualname: str
    permission: Permission | None
    resolver: Resolver | None = None
    example: Mapping[str, Any] = field(default_factory=dict)
    actor_parameter: str = "actor"

    def needs(self, arguments: Mapping[str, Any]) -> Permission:
        if self.permission is not None:
            return self.permission
        assert self.resolver is not None
        return self.resolver(arguments)


#: qualified name -> operation; filled as the service modules are imported.
REGISTRY: dict[str, Operation] = {}


def _module_words(module: str) -> str:
    return module.replace("_", " ")


def refuse(actor: Actor | None, module: str, action: str) -> PermissionDenied:
    if actor is None:
        return PermissionDenied(NO_ACTOR())
    return PermissionDenied(NOT_ALLOWED(name=actor.name, role=word(_module_words(actor.role).capitalize()),
                                        action=ACTION_WORDS.get(action) or word(action.capitalize()),
                                        module=word(_module_words(module).capitalize())))


def require(actor: Actor | None, module: str, action: str) -> None:
    """Raise :class:`PermissionDenied` unless ``actor`` may ``action`` in ``module``.
    For checks inside an operation that depend on what it finds (a second
    module touched only on some paths); the operation itself is declared
    with :func:`operation`."""
    if not isinstance(actor, Actor) or not actor.can(module, action):
        raise refuse(actor if isinstance(actor, Actor) else None, module, action)


def require_approver(approver: Actor | None, module: str) -> Actor:
    """The person approving must hold ``(module, "approve")``; None is refused."""
    if not isinstance(approver, Actor):
        raise PermissionDenied(NO_ACTOR())
    if not approver.can(module, "approve"):
        raise PermissionDenied(NOT_AN_APPROVER(name=approver.name, module=word(_module_words(module).capitalize())))
    return approver


def operation(module: str | Resolver, action: str | None = None, *, example: Mapping[str, Any] | None = None,
              actor: str = "actor") -> Callable[[F], F]:
    """Declare the permission ``(module, action)`` of a service operation."""
    if callable(module):
        permission, resolver = None, module
        if example is None:
            raise TypeError("an operation whose permission depends on its arguments needs an example")
    else:
        if action is None:
            raise TypeError("operation(module, action)")
        permission, resolver = (module, action), None

    def decorate(function: F) -> F:
        signature = inspect.signature(function)
        if actor not in signature.parameters:
            raise TypeError(f"{function.__qualname__} has no parameter {actor!r}")

        @functools.wraps(function)
        def checked(*args: Any, **kwargs: Any) -> Any:
            bound = signature.bind_partial(*args, **kwargs)
            who = bound.arguments.get(actor)
            if not isinstance(who, Actor):
                raise PermissionDenied(NO_ACTOR())
            needed = permission if permission is not None else resolver(bound.arguments)  # type: ignore[misc]
            if not who.can(*needed):
                raise refuse(who, *needed)
            return function(*args, **kwargs)

        name = f"{function.__module__}.{function.__qualname__}"
        REGISTRY[name] = Operation(function=checked, qualname=name, permission=permission, resolver=resolver,
                                   example=dict(example or {}), actor_parameter=actor)
        checked.__ispdesk_operation__ = REGISTRY[name]  # type: ignore[attr-defined]
        return checked  # type: ignore[return-value]

    return decorate
