"""The library's errors: one base class, one subclass per concept.

Every error raised on bad input derives from :class:`InvestorStandardError`, so a
caller can catch everything the library refuses with one ``except`` clause, while
each concept's error also derives from the builtin that fits it (``ValueError``
for a bad value, ``LookupError`` for a failed look-up), as ``packaging`` does.

The message (``str(error)``) is in English. Errors an auditor meets reading a sheet, a
document or the register carry the same message in Polish too, and
:meth:`InvestorStandardError.in_` gives the message in either language (the command prints
it for ``--lang pl``). Where no Polish wording was written, ``in_("pl")`` gives the English.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from investor_standard.foundation._plural import polish_form

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


def _is_polish(lang: object) -> bool:
    """Whether ``lang`` (a ``Lang`` or its value) is Polish; read by value, because the
    language enum lives in :mod:`~investor_standard.foundation.text`, which imports this."""
    return getattr(lang, "value", lang) == "pl"


def _count_problems(count: int, polish: bool) -> str:
    """``1 problem``, ``3 problems`` / ``1 problem``, ``3 problemy``, ``5 problemów``."""
    if not polish:
        return f"{count} problem{'s' if count != 1 else ''}"
    return f"{count} {polish_form(count, ('problem', 'problemy', 'problemów'))}"


class InvestorStandardError(Exception):
    """Base of every error the library raises on bad input.

    ``pl`` is the message in Polish, where the library words it in Polish too:

    >>> error = InvestorStandardError("no such unit", pl="nie ma takiej jednostki")
    >>> error.in_("pl"), error.in_("en"), str(error)
    ('nie ma takiej jednostki', 'no such unit', 'no such unit')
    """

    def __init__(self, *args: object, pl: str | None = None) -> None:
        super().__init__(*args)
        self.pl = pl

    def in_(self, lang: object) -> str:
        """The message in ``lang`` (``"pl"``/``"en"`` or a ``Lang``); English where no Polish
        message was written."""
        return self.pl if self.pl is not None and _is_polish(lang) else str(self)


class InvalidTextError(InvestorStandardError, ValueError):
    """A bilingual label is missing one of its languages or is not text."""


class InvalidProvenanceError(InvestorStandardError, ValueError):
    """A provenance record does not say where a fact comes from."""


class InvalidTerytError(InvestorStandardError, ValueError):
    """A TERYT code is malformed or names no self-governing unit."""


class UnregisteredUnitError(InvalidTerytError, LookupError):
    """A well-formed TERYT code names no unit of the register (a fictional or a newer unit)."""

    def __init__(self, message: str, *, code: str, pl: str | None = None) -> None:
        super().__init__(message, pl=pl)
        self.code = code


class UnknownUnitError(InvestorStandardError, LookupError):
    """No unit of the register has the name asked for; suggests the closest names."""

    def __init__(
        self, message: str, *, name: str, suggestions: tuple[str, ...], pl: str | None = None
    ) -> None:
        super().__init__(message, pl=pl)
        self.name = name
        self.suggestions = suggestions


class AmbiguousUnitError(InvestorStandardError, LookupError):
    """A name asked for one unit fits several; ``candidates`` lists them, to choose by code."""

    def __init__(
        self, message: str, *, name: str, candidates: tuple[str, ...], pl: str | None = None
    ) -> None:
        super().__init__(message, pl=pl)
        self.name = name
        self.candidates = candidates


class InvalidCatalogueError(InvestorStandardError, ValueError):
    """An edition of the standard is inconsistent (duplicate ids, unknown areas, ...)."""


class UnknownRequirementError(InvestorStandardError, LookupError):
    """A requirement (or area) id is not part of the edition; suggests the closest ids."""

    def __init__(
        self,
        message: str,
        *,
        requirement_id: str,
        suggestions: tuple[str, ...],
        pl: str | None = None,
    ) -> None:
        super().__init__(message, pl=pl)
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
    ``requirement`` is the requirement id concerned, when there is one; ``pl`` is the
    message in Polish, where there is one (it plays no part in equality).
    """

    where: str
    message: str
    requirement: str | None = None
    pl: str | None = attrs.field(default=None, kw_only=True, eq=False)

    def __str__(self) -> str:
        return self.in_("en")

    def in_(self, lang: object) -> str:
        """The problem in ``lang``, where and what; English where no Polish was written."""
        polish = self.pl is not None and _is_polish(lang)
        about = ""
        if self.requirement:
            about = f" ({'wymaganie' if polish else 'requirement'} {self.requirement})"
        return f"{self.where}{about}: {self.pl if polish else self.message}"


class InvalidAuditError(InvestorStandardError, ValueError):
    """An audit cannot be built or evaluated; ``problems`` lists every problem found."""

    def __init__(self, problems: Iterable[AuditProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__(self._said(polish=False))
        if any(problem.pl is not None for problem in self.problems):
            self.pl = self._said(polish=True)

    def _said(self, *, polish: bool) -> str:
        lang = "pl" if polish else "en"
        lines = "\n".join(f"  {problem.in_(lang)}" for problem in self.problems)
        where = "w audycie" if polish else "in the audit"
        return f"{_count_problems(len(self.problems), polish)} {where}:\n{lines}"


class CertificationError(InvestorStandardError, ValueError):
    """A certificate or remediation plan was asked for where the decision does not allow it."""


class InvalidRulesError(InvestorStandardError, ValueError):
    """A scoring model, certification rules or remediation policy is inconsistent."""


class InvalidStudyError(InvestorStandardError, ValueError):
    """A mystery-client probe or its outcome is inconsistent."""


@attrs.frozen
class DocumentProblem:
    """One problem in a document: where (a JSON path such as ``$.findings[3].result``, or a
    sheet's ``row 7, column result``) and what. ``pl`` is the whole problem, place and
    message, in Polish, where there is one (it plays no part in equality)."""

    path: str
    message: str
    pl: str | None = attrs.field(default=None, kw_only=True, eq=False)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def in_(self, lang: object) -> str:
        """The problem in ``lang``; English where no Polish was written."""
        return self.pl if self.pl is not None and _is_polish(lang) else str(self)


class InvalidDocumentError(InvestorStandardError, ValueError):
    """A JSON document cannot be loaded; ``problems`` lists every problem found, with its path."""

    def __init__(self, problems: Iterable[DocumentProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__(self._said(polish=False))
        if any(problem.pl is not None for problem in self.problems):
            self.pl = self._said(polish=True)

    def _said(self, *, polish: bool) -> str:
        lang = "pl" if polish else "en"
        if len(self.problems) == 1:
            return self.problems[0].in_(lang)
        lines = "\n".join(f"  {problem.in_(lang)}" for problem in self.problems)
        where = "w dokumencie" if polish else "in the document"
        return f"{_count_problems(len(self.problems), polish)} {where}:\n{lines}"


class UnknownDocumentKindError(InvestorStandardError, LookupError):
    """A document kind (audit, edition, decision, timeline, ...) is not known."""


class InvalidQuantityError(InvestorStandardError, ValueError):
    """A quantity is negative, not finite, or not a number."""


class UnitMismatchError(InvestorStandardError, TypeError):
    """Quantities of different units were combined (a kilometre added to a hectare)."""


class InvalidOfferError(InvestorStandardError, ValueError):
    """An investment offer (site card) or investor tab is impossible; names the field."""
