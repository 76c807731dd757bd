"""Domain errors: what a service raises when it refuses an operation.

Every error carries a :class:`~ispdesk.domain.messages.Message` (a code and
named values, translated where it is shown) and, where it is about one input,
the ``field`` it belongs next to. Tests assert ``exc.code`` (or
``exc.codes`` of a :class:`ValidationError`), never the wording.

Before/after::

    raise ConflictError(f"Invoice {number} is paid already.")          # before
    raise ConflictError(ALREADY_PAID(number=number))                    # after
"""
from __future__ import annotations

from ispdesk.domain.messages import Message, message, render

_SEPARATOR = "; "


def _checked(value: object) -> Message:
    """A bare string (an English sentence) is refused: declare a message."""
    if not isinstance(value, Message):
        raise TypeError(f"errors carry a domain.messages.Message, not {type(value).__name__}: {value!r}")
    return value


class ISPDeskError(Exception):
    """Base of every refusal the program explains to its user."""

    def __init__(self, message: Message, *, field: str | None = None) -> None:
        self.message = _checked(message)
        self.field = field
        super().__init__(self.message.code)

    @property
    def code(self) -> str:
        return self.message.code

    @property
    def text(self) -> str:
        """The message in the installed language (logs, the command line)."""
        return render(self.message)

    def __str__(self) -> str:
        return self.text


class ValidationError(ISPDeskError):
    """Input that cannot be saved; ``errors`` maps field names to messages
    (``""`` for a message about the whole form)."""

    def __init__(self, errors: dict[str, Message] | Message, *, field: str | None = None) -> None:
        if not isinstance(errors, dict):
            errors = {field or "": _checked(errors)}
        self.errors: dict[str, Message] = {name: _checked(msg) for name, msg in errors.items()}
        if not self.errors:
            raise ValueError("a ValidationError needs at least one message")
        first_field, first_message = next(iter(self.errors.items()))
        super().__init__(first_message, field=first_field or None)

    @property
    def codes(self) -> dict[str, str]:
        """Field -> message code (what tests assert)."""
        return {name: msg.code for name, msg in self.errors.items()}

    @property
    def text(self) -> str:
        return _SEPARATOR.join(render(msg) for msg in self.errors.values())


class PermissionDenied(ISPDeskError):
    """The user's role does not allow this module and action."""


class NotFound(ISPDeskError):
    """The record asked for does not exist (any more)."""


class ConflictError(ISPDeskError):
    """Someone else changed the record a moment ago (already paid, out of stock…)."""


class AuthenticationError(ISPDeskError):
    """Wrong user name or password, or a locked account."""


class DatabaseUnavailable(ISPDeskError):
    """The database server cannot be reached; the user may retry."""


CONNECTION_LOST_DURING_SAVE = message(
    "db.connection_lost_save",
    "The connection to the database was lost before the save was confirmed; check the network, "
    "then look whether it was saved before you retry.")
CONNECTION_LOST = message("db.connection_lost", "The connection to the database was lost; retry in a moment.")
