"""Errors a service raises; messages are German and name the field or item concerned."""

from __future__ import annotations


class ServiceError(Exception):
    """A user-facing failure of a use case."""


class ValidationError(ServiceError):
    """A value a user gave is not acceptable; names the field by its German label."""

    def __init__(
        self, field: str, label: str, message: str, involves: frozenset[str] | None = None
    ) -> None:
        super().__init__(f"{label}: {message}")
        self.field = field
        self.label = label
        self.message = message
        #: Every field the broken rule reads (an end before its start: both).
        self.involves = involves or frozenset({field})


class NotFoundError(ServiceError):
    """The item asked for does not exist (or was deleted by someone else)."""
