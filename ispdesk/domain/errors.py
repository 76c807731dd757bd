"""Domain errors: what a service raises when it refuses an operation.

Every error carries a message a person at the counter can read, and, where it
is about one input, the ``field`` it belongs next to.
"""
from __future__ import annotations


class ISPDeskError(Exception):
    """Base of every refusal the program explains to its user."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationError(ISPDeskError):
    """Input that cannot be saved; ``errors`` maps field names to messages."""

    def __init__(self, errors: dict[str, str] | str, *, field: str | None = None) -> None:
        if isinstance(errors, str):
            errors = {field or "": errors}
        self.errors = dict(errors)
        first_field, first_message = next(iter(self.errors.items()))
        super().__init__(first_message, field=first_field or None)


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
