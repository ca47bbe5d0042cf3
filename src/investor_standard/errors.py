"""The library's errors: one base class, one subclass per concept.

Every error raised on bad input derives from :class:`InvestorStandardError`, so a
caller can catch everything the library refuses with one ``except`` clause, while
each concept's error also derives from the builtin that fits it (``ValueError``
for a bad value, ``LookupError`` for a failed look-up), as ``packaging`` does.
"""

from __future__ import annotations

__all__ = [
    "InvalidCatalogueError",
    "InvalidDateError",
    "InvalidDeadlineError",
    "InvalidProvenanceError",
    "InvalidTerytError",
    "InvalidTextError",
    "InvalidTimelineError",
    "InvestorStandardError",
    "UnknownMilestoneError",
    "UnknownProjectError",
    "UnknownRequirementError",
    "UnsupportedYearError",
]


class InvestorStandardError(Exception):
    """Base of every error the library raises on bad input."""


class InvalidTextError(InvestorStandardError, ValueError):
    """A bilingual label is missing one of its languages or is not text."""


class InvalidProvenanceError(InvestorStandardError, ValueError):
    """A provenance record does not say where a fact comes from."""


class InvalidTerytError(InvestorStandardError, ValueError):
    """A TERYT code is malformed or names no self-governing unit."""


class InvalidCatalogueError(InvestorStandardError, ValueError):
    """An edition of the standard is inconsistent (duplicate ids, unknown areas, ...)."""


class UnknownRequirementError(InvestorStandardError, LookupError):
    """A requirement (or area) id is not part of the edition; suggests the closest ids."""

    def __init__(self, message: str, *, requirement_id: str, suggestions: tuple[str, ...]) -> None:
        super().__init__(message)
        self.requirement_id = requirement_id
        self.suggestions = suggestions


class InvalidDateError(InvestorStandardError, TypeError):
    """A calendar function was given something other than a ``datetime.date``, or a bad count."""


class UnsupportedYearError(InvestorStandardError, ValueError):
    """A calendar computation was asked about a year outside the supported range."""


class InvalidDeadlineError(InvestorStandardError, ValueError):
    """A deadline was asked for with no unit, several units or a non-positive amount."""


class InvalidTimelineError(InvestorStandardError, ValueError):
    """A project timeline is inconsistent (phases outside the project, gaps, reversed dates)."""


class UnknownMilestoneError(InvestorStandardError, LookupError):
    """A milestone id is not part of the project's timeline."""


class UnknownProjectError(InvestorStandardError, LookupError):
    """A project id is not in the registry of projects."""
