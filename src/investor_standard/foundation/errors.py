"""The library's errors: one base class, one subclass per concept.

Every error raised on bad input derives from :class:`InvestorStandardError`, so a
caller can catch everything the library refuses with one ``except`` clause, while
each concept's error also derives from the builtin that fits it (``ValueError``
for a bad value, ``LookupError`` for a failed look-up), as ``packaging`` does.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = [
    "AmbiguousUnitError",
    "AuditProblem",
    "CertificationError",
    "DocumentProblem",
    "InvalidAuditError",
    "InvalidCatalogueError",
    "InvalidDateError",
    "InvalidDeadlineError",
    "InvalidDocumentError",
    "InvalidOfferError",
    "InvalidProvenanceError",
    "InvalidQuantityError",
    "InvalidRulesError",
    "InvalidStudyError",
    "InvalidTerytError",
    "InvalidTextError",
    "InvalidTimelineError",
    "InvestorStandardError",
    "UnitMismatchError",
    "UnknownDocumentKindError",
    "UnknownEditionError",
    "UnknownMilestoneError",
    "UnknownProjectError",
    "UnknownRequirementError",
    "UnknownUnitError",
    "UnregisteredUnitError",
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


class UnregisteredUnitError(InvalidTerytError, LookupError):
    """A well-formed TERYT code names no unit of the register (a fictional or a newer unit)."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code


class UnknownUnitError(InvestorStandardError, LookupError):
    """No unit of the register has the name asked for; suggests the closest names."""

    def __init__(self, message: str, *, name: str, suggestions: tuple[str, ...]) -> None:
        super().__init__(message)
        self.name = name
        self.suggestions = suggestions


class AmbiguousUnitError(InvestorStandardError, LookupError):
    """A name asked for one unit fits several; ``candidates`` lists them, to choose by code."""

    def __init__(self, message: str, *, name: str, candidates: tuple[str, ...]) -> None:
        super().__init__(message)
        self.name = name
        self.candidates = candidates


class InvalidCatalogueError(InvestorStandardError, ValueError):
    """An edition of the standard is inconsistent (duplicate ids, unknown areas, ...)."""


class UnknownRequirementError(InvestorStandardError, LookupError):
    """A requirement (or area) id is not part of the edition; suggests the closest ids."""

    def __init__(self, message: str, *, requirement_id: str, suggestions: tuple[str, ...]) -> None:
        super().__init__(message)
        self.requirement_id = requirement_id
        self.suggestions = suggestions


class UnknownEditionError(InvestorStandardError, LookupError):
    """An edition id names no edition the library ships."""


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


@attrs.frozen
class AuditProblem:
    """One problem found in an audit: where it is and what is wrong.

    ``where`` locates it, e.g. ``findings[3]`` or ``findings[3].evidence[0]``;
    ``requirement`` is the requirement id concerned, when there is one.
    """

    where: str
    message: str
    requirement: str | None = None

    def __str__(self) -> str:
        about = f" (requirement {self.requirement})" if self.requirement else ""
        return f"{self.where}{about}: {self.message}"


class InvalidAuditError(InvestorStandardError, ValueError):
    """An audit cannot be built or evaluated; ``problems`` lists every problem found."""

    def __init__(self, problems: Iterable[AuditProblem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        lines = "\n".join(f"  {problem}" for problem in self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the audit:\n{lines}")


class CertificationError(InvestorStandardError, ValueError):
    """A certificate or remediation plan was asked for where the decision does not allow it."""


class InvalidRulesError(InvestorStandardError, ValueError):
    """A scoring model, certification rules or remediation policy is inconsistent."""


class InvalidStudyError(InvestorStandardError, ValueError):
    """A mystery-client probe or its outcome is inconsistent."""


@attrs.frozen
class DocumentProblem:
    """One problem in a JSON document: a JSON path (``$.findings[3].result``) and a message."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class InvalidDocumentError(InvestorStandardError, ValueError):
    """A JSON document cannot be loaded; ``problems`` lists every problem found, with its path."""

    def __init__(self, problems: Iterable[DocumentProblem]) -> None:
        self.problems = tuple(problems)
        if len(self.problems) == 1:
            super().__init__(str(self.problems[0]))
        else:
            lines = "\n".join(f"  {problem}" for problem in self.problems)
            super().__init__(f"{len(self.problems)} problems in the document:\n{lines}")


class UnknownDocumentKindError(InvestorStandardError, LookupError):
    """A document kind (audit, edition, decision, timeline, ...) is not known."""


class InvalidQuantityError(InvestorStandardError, ValueError):
    """A quantity is negative, not finite, or not a number."""


class UnitMismatchError(InvestorStandardError, TypeError):
    """Quantities of different units were combined (a kilometre added to a hectare)."""


class InvalidOfferError(InvestorStandardError, ValueError):
    """An investment offer (site card) or investor tab is impossible; names the field."""
