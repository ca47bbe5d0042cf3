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
    """A bilingual label is missing one of its languages or is not text.

    >>> from investor_standard import Text
    >>> Text("Procedury", "")
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidTextError: Text.en must not be empty
    """


class InvalidProvenanceError(InvestorStandardError, ValueError):
    """A provenance record does not say where a fact comes from.

    >>> from investor_standard.foundation import Source
    >>> Source("A report", "ftp://example.org/report")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidProvenanceError: Source.url: must be an http(s)
    address, not 'ftp://example.org/report'
    """


class InvalidTerytError(InvestorStandardError, ValueError):
    """A TERYT code is malformed or names no self-governing unit.

    >>> from investor_standard import Teryt
    >>> try:
    ...     Teryt("0700")
    ... except InvalidTerytError as error:
    ...     print(error.in_("pl"))
    błędny kod TERYT '0700': część wojewódzka '07' nie jest liczbą parzystą od 02 do 32
    """


class UnregisteredUnitError(InvalidTerytError, LookupError):
    """A well-formed TERYT code names no unit of the register (a fictional or a newer unit).

    >>> from investor_standard import local_government
    >>> local_government("0699011")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.UnregisteredUnitError: TERYT 0699011 is well formed but
    names no unit of the register as of 2020-01-01 (a fictional unit, or one created later)
    """

    def __init__(self, message: str, *, code: str, pl: str | None = None) -> None:
        super().__init__(message, pl=pl)
        self.code = code


class UnknownUnitError(InvestorStandardError, LookupError):
    """No unit of the register has the name asked for; suggests the closest names.

    >>> from investor_standard import local_government
    >>> local_government("Nowhere")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.UnknownUnitError: no unit of the register as of
    2020-01-01 is named 'Nowhere'
    """

    def __init__(
        self, message: str, *, name: str, suggestions: tuple[str, ...], pl: str | None = None
    ) -> None:
        super().__init__(message, pl=pl)
        self.name = name
        self.suggestions = suggestions


class AmbiguousUnitError(InvestorStandardError, LookupError):
    """A name asked for one unit fits several; ``candidates`` lists them, to choose by code.

    >>> from investor_standard import local_government
    >>> try:  # doctest: +NORMALIZE_WHITESPACE
    ...     local_government("Lubartów")
    ... except AmbiguousUnitError as error:
    ...     print(error.candidates)
    ('Lubartów (urban gmina, TERYT 0608011), powiat lubartowski, województwo lubelskie',
    'Lubartów (rural gmina, TERYT 0608072), powiat lubartowski, województwo lubelskie')
    """

    def __init__(
        self, message: str, *, name: str, candidates: tuple[str, ...], pl: str | None = None
    ) -> None:
        super().__init__(message, pl=pl)
        self.name = name
        self.candidates = candidates


class InvalidCatalogueError(InvestorStandardError, ValueError):
    """An edition of the standard is inconsistent (duplicate ids, unknown areas, ...).

    >>> import attrs
    >>> from investor_standard import LUBELSKIE_2019
    >>> twice = LUBELSKIE_2019.requirements * 2
    >>> attrs.evolve(LUBELSKIE_2019, requirements=twice)  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidCatalogueError: edition LUBELSKIE-2019:
    requirement id 'PROC-01' is repeated
    """


class UnknownRequirementError(InvestorStandardError, LookupError):
    """A requirement (or area) id is not part of the edition; suggests the closest ids.

    >>> from investor_standard import LUBELSKIE_2019
    >>> try:
    ...     LUBELSKIE_2019.requirement("PROC-1")
    ... except UnknownRequirementError as error:
    ...     print(error.requirement_id, error.suggestions)
    PROC-1 ('PROC-01', 'PROC-03', 'PROC-02')
    """

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
    """An edition id names no edition the library ships.

    >>> from investor_standard.assessment import find_edition
    >>> find_edition("LUBELSKIE-2018")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.UnknownEditionError: no edition 'LUBELSKIE-2018'; the
    library ships LUBELSKIE-2019
    """


class InvalidDateError(InvestorStandardError, TypeError):
    """A calendar function was given something other than a ``datetime.date``, or a bad count.

    >>> import datetime as dt
    >>> from investor_standard import add_working_days
    >>> add_working_days(dt.datetime(2023, 3, 1, 12, 0), 5)  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidDateError: start must be a datetime.date (not a
    datetime), got datetime
    """


class UnsupportedYearError(InvestorStandardError, ValueError):
    """A calendar computation was asked about a year outside the supported range.

    >>> from investor_standard import public_holidays
    >>> public_holidays(2101)  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.UnsupportedYearError: year 2101 is outside the supported
    range 1990-2100
    """


class InvalidDeadlineError(InvestorStandardError, ValueError):
    """A deadline was asked for with no unit, several units or a non-positive amount.

    >>> import datetime as dt
    >>> from investor_standard import kpa_deadline
    >>> kpa_deadline(dt.date(2023, 3, 1), days=14, weeks=2)  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidDeadlineError: give exactly one of days, weeks,
    months or years; got days, weeks
    """


class InvalidTimelineError(InvestorStandardError, ValueError):
    """A project timeline is inconsistent (phases outside the project, gaps, reversed dates).

    >>> import attrs, datetime as dt
    >>> from investor_standard.programme import LUBELSKIE_PROJECT
    >>> attrs.evolve(LUBELSKIE_PROJECT, end=dt.date(2019, 1, 1))  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidTimelineError: project LUBELSKIE ends
    (2019-01-01) before it starts (2019-10-01)
    """


class UnknownMilestoneError(InvestorStandardError, LookupError):
    """A milestone id is not part of the project's timeline.

    >>> from investor_standard.programme import LUBELSKIE_PROJECT
    >>> LUBELSKIE_PROJECT.milestone("Launch party")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.UnknownMilestoneError: project LUBELSKIE has no
    milestone 'Launch party'; known: START, RECRUITMENT, SUPPORT_END, STUDY_END, GALA, END
    """


class UnknownProjectError(InvestorStandardError, LookupError):
    """A project id is not in the registry of projects.

    >>> from investor_standard.programme import project
    >>> project("Atlantis")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.UnknownProjectError: no project 'Atlantis'; known:
    LUBELSKIE, LUBUSKIE, MAZOWIECKIE, OPOLSKIE, PILOT, POMORSKIE
    """


@attrs.frozen
class AuditProblem:
    """One problem found in an audit: where it is and what is wrong.

    ``where`` locates it, e.g. ``findings[3]`` or ``findings[3].evidence[0]``;
    ``requirement`` is the requirement id concerned, when there is one; ``pl`` is the
    message in Polish, where there is one (it plays no part in equality).

    >>> problem = AuditProblem(
    ...     "findings[0]", "no such requirement", "NOPE-01", pl="nie ma takiego wymagania"
    ... )
    >>> print(problem)
    findings[0] (requirement NOPE-01): no such requirement
    >>> print(problem.in_("pl"))
    findings[0] (wymaganie NOPE-01): nie ma takiego wymagania
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
    """An audit cannot be built or evaluated; ``problems`` lists every problem found.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Finding, LocalGovernment, decide
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), [Finding("PROC-1", "met")])
    >>> try:
    ...     decide(audit)
    ... except InvalidAuditError as error:
    ...     print(error.problems[0].where, error.problems[0].requirement)
    findings[0] PROC-1
    """

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
    """A certificate or remediation plan was asked for where the decision does not allow it.

    >>> import datetime as dt
    >>> from investor_standard.assessment import remediation_plan
    >>> remediation_plan("certified", as_of=dt.date(2023, 3, 8))  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.CertificationError: a remediation plan needs a Decision,
    not 'certified'
    """


class InvalidRulesError(InvestorStandardError, ValueError):
    """A scoring model, certification rules or remediation policy is inconsistent.

    >>> from investor_standard import CertificationRules
    >>> CertificationRules(mandatory_share="3/2")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidRulesError: CertificationRules.mandatory_share:
    must lie from 0 to 1
    """


class InvalidStudyError(InvestorStandardError, ValueError):
    """A mystery-client probe or its outcome is inconsistent.

    >>> from investor_standard.programme import QualityScoring
    >>> QualityScoring(partial="2")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidStudyError: QualityScoring.partial: must lie
    from 0 to 1
    """


@attrs.frozen
class DocumentProblem:
    """One problem in a document: where (a JSON path such as ``$.findings[3].result``, or a
    sheet's ``row 7, column result``) and what. ``pl`` is the message in Polish, and
    ``path_pl`` the place, where they differ from the English (a sheet's rows and columns
    have Polish names; a JSON path has none); neither plays a part in equality.

    >>> problem = DocumentProblem("$.findings[0].result", "'met!' is not a result")
    >>> print(problem)
    $.findings[0].result: 'met!' is not a result
    >>> sheet = DocumentProblem(
    ...     "row 7, column result", "'met!' is not a result",
    ...     pl="'met!' nie jest wynikiem", path_pl="wiersz 7, kolumna wynik",
    ... )
    >>> print(sheet.in_("pl"))
    wiersz 7, kolumna wynik: 'met!' nie jest wynikiem
    """

    path: str
    message: str
    pl: str | None = attrs.field(default=None, kw_only=True, eq=False)
    path_pl: str | None = attrs.field(default=None, kw_only=True, eq=False)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def in_(self, lang: object) -> str:
        """The problem in ``lang``; English where no Polish was written."""
        if self.pl is None or not _is_polish(lang):
            return str(self)
        return f"{self.path_pl or self.path}: {self.pl}"


class InvalidDocumentError(InvestorStandardError, ValueError):
    """A JSON document cannot be loaded; ``problems`` lists every problem found, with its path.

    >>> from investor_standard import load_audit
    >>> try:
    ...     load_audit('{"schema_version": 1}')
    ... except InvalidDocumentError as error:
    ...     print(error.problems[0])
    $.jst: required field missing
    """

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
    """A document kind (audit, edition, decision, timeline, ...) is not known.

    >>> from investor_standard.documents import json_schema
    >>> json_schema("invoice")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.UnknownDocumentKindError: no document kind 'invoice';
    known: audit, edition, decision, timeline, offer, investor_tab
    """


class InvalidQuantityError(InvestorStandardError, ValueError):
    """A quantity is negative, not finite, or not a number.

    >>> from investor_standard.offer import Hectares
    >>> Hectares(-1)  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidQuantityError: Hectares cannot be -1: quantities
    are finite and not negative
    """


class UnitMismatchError(InvestorStandardError, TypeError):
    """Quantities of different units were combined (a kilometre added to a hectare).

    >>> from investor_standard.offer import Hectares, Metres
    >>> Hectares(2) + Metres(3)  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.UnitMismatchError: cannot add Metres (m) to Hectares
    (ha)
    """


class InvalidOfferError(InvestorStandardError, ValueError):
    """An investment offer (site card) or investor tab is impossible; names the field.

    >>> from investor_standard import Teryt
    >>> from investor_standard.offer import Location
    >>> Location(Teryt("0608"))  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidOfferError: Location.gmina must be a gmina's
    seven-digit code, not 0608
    """
