"""Audit records: results, evidence, findings and the audit of one local government.

An :class:`Audit` is what an auditor wrote down: one :class:`Finding` per
requirement assessed, each with a :class:`Result` and the :class:`Evidence` seen.
Checks that need only the audit itself run when it is built (two findings for one
requirement, evidence dated after the audit, malformed fields); checks that need
the edition run in :func:`check_audit`, which
:func:`~investor_standard.assessment.scoring.score` and :func:`~investor_standard.decide`
call first. Every problem found is reported at
once, each naming where it is and the requirement it concerns.

Judgement calls the library accepts, but records in every decision as a
:class:`JudgementNote` rather than passing over in silence:

* NOT_APPLICABLE on a *recommended* requirement that applies to the unit's kind
  (the auditor judged it irrelevant here); it is excluded from the count;
* PARTIALLY_MET with no evidence at all;
* evidence of a kind the requirement does not list; it is kept, and noted;
* MET resting only on evidence of kinds the requirement does not list, where those
  kinds are our advice rather than a source's rule (their basis is derived): no
  source says how a duty is proved, so the library does not refuse what an auditor
  accepted. Rules that ask for strict evidence (``strict_evidence``) refuse it, as
  every audit refuses it where the evidence kinds are stated.

Each rule an audit enforces, and each it only notes, has its basis in :data:`AUDIT_RULES`.

>>> [rule for rule, _ in AUDIT_RULES][:2]
['one finding per requirement', 'no evidence collected after the audit']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from investor_standard.assessment.catalogue import Edition, EvidenceKind, Level
from investor_standard.foundation._enum import FastEnum, by_value
from investor_standard.foundation._validate import non_blank, sequence_of
from investor_standard.foundation.errors import (
    AuditProblem,
    InvalidAuditError,
    UnknownRequirementError,
)
from investor_standard.foundation.provenance import Provenance, derived
from investor_standard.foundation.text import Lang, Text, a_or_an, shown
from investor_standard.jst.teryt import LocalGovernment

__all__ = [
    "AUDIT_RULES",
    "Audit",
    "Evidence",
    "Finding",
    "JudgementNote",
    "Result",
    "check_audit",
    "judgement_notes",
    "review_audit",
]


class Result(FastEnum):
    """What the auditor found for one requirement.

    >>> Result("partially_met").label.pl
    'spełnione częściowo'
    >>> RESULT_ORDER.index(Result.MET) > RESULT_ORDER.index(Result.NOT_MET)
    True
    """

    MET = "met"
    PARTIALLY_MET = "partially_met"
    NOT_MET = "not_met"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> Text:
        """The result's name in Polish and English."""
        return _RESULT_LABELS[self]


_RESULT_LABELS: Mapping[Result, Text] = MappingProxyType(
    {
        Result.MET: Text("spełnione", "met"),
        Result.PARTIALLY_MET: Text("spełnione częściowo", "partially met"),
        Result.NOT_MET: Text("niespełnione", "not met"),
        Result.NOT_APPLICABLE: Text("nie dotyczy", "not applicable"),
    }
)

#: The order of merit among assessed results, worst first.
RESULT_ORDER: tuple[Result, ...] = (Result.NOT_MET, Result.PARTIALLY_MET, Result.MET)

_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _problem(where: str, message: str) -> InvalidAuditError:
    """The error of one problem at ``where`` in a value being built (no requirement yet)."""
    return InvalidAuditError([AuditProblem(where, message)])


_NON_BLANK = non_blank(_problem)


def _plain_date(value: object) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def _of_type(kind: type, *, optional: bool = False) -> _Validator:
    """A validator raising :class:`InvalidAuditError` unless the value is a ``kind``."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if optional and value is None:
            return
        valid = _plain_date(value) if kind is dt.date else isinstance(value, kind)
        if not valid and isinstance(value, str) and issubclass(kind, FastEnum):
            names = ", ".join(member.value for member in kind)
            raise _problem(
                f"{type(instance).__name__}.{attribute.name}",
                f"{value!r} is not one of {names}",
            )
        if not valid:
            raise _problem(
                f"{type(instance).__name__}.{attribute.name}",
                f"expected {kind.__name__}{' or None' if optional else ''}, "
                f"got {type(value).__name__} {shown(value)}",
            )

    return check


def _evidence_kind(value: EvidenceKind | str) -> EvidenceKind:
    """An evidence kind given as itself or by its value (``"webpage"``); anything else is
    left for the validator to refuse with its place."""
    return by_value(EvidenceKind, value)


def _result(value: Result | str) -> Result:
    """A result given as itself or by its value (``"met"``); anything else is left for the
    validator to refuse with its place."""
    return by_value(Result, value)


@attrs.frozen
class Evidence:
    """A piece of evidence: its kind, where to find it, when it was collected, a note.

    The kind may be given by its value:

    >>> Evidence("webpage", "https://example.org/inwestor").kind
    <EvidenceKind.WEBPAGE: 'webpage'>
    """

    kind: EvidenceKind = attrs.field(converter=_evidence_kind, validator=_of_type(EvidenceKind))
    reference: str = attrs.field(validator=_NON_BLANK)
    collected_on: dt.date | None = attrs.field(
        default=None, validator=_of_type(dt.date, optional=True)
    )
    note: str = attrs.field(default="", validator=_of_type(str))


def _to_evidence(value: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return sequence_of(value, Evidence, "Finding.evidence", _problem)


@attrs.frozen
class Finding:
    """The auditor's result for one requirement (named by its id), with the evidence seen.

    The result may be given by its value:

    >>> Finding("PROC-01", "met").result
    <Result.MET: 'met'>
    """

    requirement: str = attrs.field(validator=_NON_BLANK)
    result: Result = attrs.field(converter=_result, validator=_of_type(Result))
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_to_evidence)
    note: str = attrs.field(default="", validator=_of_type(str))


def _to_findings(value: Iterable[Finding]) -> tuple[Finding, ...]:
    return sequence_of(value, Finding, "Audit.findings", _problem)


@attrs.frozen
class Audit:
    """The audit of one local government against one edition (named by its id).

    Building an audit refuses two findings for one requirement and evidence
    collected after ``audited_on``, reporting every such problem at once.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Evidence, Finding, LocalGovernment
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> proof = Evidence("internal_document", "Zarządzenie 12/2022")
    >>> findings = [Finding("PROC-01", "met", [proof]), Finding("NET-01", "not_met")]
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), findings)
    >>> audit.finding("NET-01").result
    <Result.NOT_MET: 'not_met'>
    >>> audit.finding("STAFF-01") is None  # not assessed yet
    True
    """

    jst: LocalGovernment = attrs.field(validator=_of_type(LocalGovernment))
    edition: str = attrs.field(validator=_NON_BLANK)
    audited_on: dt.date = attrs.field(validator=_of_type(dt.date))
    findings: tuple[Finding, ...] = attrs.field(converter=_to_findings)
    auditor: str = attrs.field(default="", validator=_of_type(str))

    def __attrs_post_init__(self) -> None:
        problems: list[AuditProblem] = []
        first_index: dict[str, int] = {}
        for index, finding in enumerate(self.findings):
            if finding.requirement in first_index:
                problems.append(
                    AuditProblem(
                        f"findings[{index}]",
                        f"a second finding for the requirement; the first is "
                        f"findings[{first_index[finding.requirement]}]",
                        finding.requirement,
                        pl=f"druga ocena tego wymagania; pierwsza to "
                        f"findings[{first_index[finding.requirement]}]",
                    )
                )
            else:
                first_index[finding.requirement] = index
            for number, evidence in enumerate(finding.evidence):
                if evidence.collected_on is not None and evidence.collected_on > self.audited_on:
                    problems.append(
                        AuditProblem(
                            f"findings[{index}].evidence[{number}].collected_on",
                            f"collected on {evidence.collected_on.isoformat()}, after the audit "
                            f"date {self.audited_on.isoformat()}",
                            finding.requirement,
                            pl=f"zebrany {evidence.collected_on.isoformat()}, po dniu audytu "
                            f"{self.audited_on.isoformat()}",
                        )
                    )
        if problems:
            raise InvalidAuditError(problems)

    def finding(self, requirement_id: str) -> Finding | None:
        """The finding for ``requirement_id``, or None when it was not assessed."""
        for finding in self.findings:
            if finding.requirement == requirement_id:
                return finding
        return None


@attrs.frozen
class JudgementNote:
    """A judgement call the library accepted in an audit, recorded for the reader.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Evidence, Finding, LocalGovernment
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> from investor_standard import LUBELSKIE_2019
    >>> skipped = [Finding("PROC-03", "not_applicable")]
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), skipped)
    >>> [note] = judgement_notes(audit, LUBELSKIE_2019)
    >>> note.requirement, note.text.en[:40]
    ('PROC-03', 'the auditor judged this recommended requ')
    """

    requirement: str
    text: Text


_NOT_APPLICABLE_NOTE = Text(
    "audytor uznał zalecane wymaganie za niedotyczące tej JST; pominięto je w ocenie",
    "the auditor judged this recommended requirement not applicable here; "
    "it is left out of the count",
)
_NO_EVIDENCE_NOTE = Text(
    "wynik częściowy bez żadnego dowodu", "partially met with no evidence recorded"
)


_ADVISORY_NOTE = Text(
    "wynik spełniony przyjęty na dowodach rodzajów, których wymaganie nie wymienia "
    "(wymienione rodzaje są zaleceniem, nie regułą ze źródła)",
    "met accepted on evidence of kinds the requirement does not list "
    "(the listed kinds are advice, not a rule a source states)",
)

#: Every rule an audit is checked against, with its basis. The applicability of a
#: requirement and its evidence kinds have their basis on the requirement itself
#: (:class:`~investor_standard.assessment.catalogue.Requirement`).
AUDIT_RULES: tuple[tuple[str, Provenance], ...] = (
    (
        "one finding per requirement",
        derived("ours: an audit records one result per requirement; two would contradict"),
    ),
    (
        "no evidence collected after the audit",
        derived("ours: an audit can only rest on what was seen by its date"),
    ),
    (
        "a finding only for a requirement that applies to the unit's kind",
        derived("ours: the edition says which kinds each requirement applies to"),
    ),
    (
        "a mandatory requirement that applies cannot be not applicable",
        derived("ours: a duty the edition makes mandatory for this kind of unit is assessed"),
    ),
    (
        "met needs evidence",
        derived("ours: a result of met records what the auditor saw; with nothing, it is a claim"),
    ),
    (
        "met needs evidence of a listed kind where the kinds are stated, or rules are strict",
        derived(
            "ours: no source says how the standard's duties are proved, so evidence kinds that "
            "are our advice only produce a note unless the rules ask for strict evidence"
        ),
    ),
)


def _unproving_note(item: Evidence) -> Text:
    return Text(
        f"dowód rodzaju {item.kind.value} nie jest wśród rodzajów potwierdzających to wymaganie",
        f"evidence of kind {item.kind.value} is not among the kinds that prove this requirement",
    )


#: What :func:`review_audit` returns: the findings by requirement id, and the notes.
Review = tuple[Mapping[str, Finding], tuple[JudgementNote, ...]]


def review_audit(  # noqa: PLR0912 - one loop on the decide path; a call per finding cost ~7%
    audit: Audit, edition: Edition, *, strict_evidence: bool = False
) -> Review:
    """Check ``audit`` against ``edition`` and gather what scoring and deciding need, in one pass.

    Returns the findings by requirement id and the judgement notes (see the module's
    docstring), in finding order; raises :class:`InvalidAuditError` listing every
    problem (see :func:`check_audit`). With ``strict_evidence``, a MET finding needs
    evidence of a listed kind even where the kinds are only our advice. :func:`check_audit`,
    :func:`judgement_notes`, :func:`~investor_standard.assessment.scoring.score` and
    :func:`~investor_standard.decide` all read an audit through it, so the rules live
    in one place.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Evidence, Finding, LocalGovernment
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> proof = Evidence("internal_document", "Zarządzenie 12/2022")
    >>> findings = [Finding("PROC-01", "met", [proof]), Finding("NET-01", "not_met")]
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), findings)
    >>> from investor_standard import LUBELSKIE_2019
    >>> by_requirement, notes = review_audit(audit, LUBELSKIE_2019)
    >>> sorted(by_requirement), notes
    (['NET-01', 'PROC-01'], ())
    """
    problems: list[AuditProblem] = []
    notes: list[JudgementNote] = []
    by_requirement: dict[str, Finding] = {}
    if audit.edition != edition.id:
        problems.append(
            AuditProblem(
                "edition",
                f"the audit is of edition {audit.edition!r}, not {edition.id!r}",
                pl=f"audyt dotyczy edycji {audit.edition!r}, nie {edition.id!r}",
            )
        )
    kind = audit.jst.kind
    if not edition.applicable_to(kind):
        # Said once: every finding would otherwise add that its requirement does not apply.
        problems.append(
            AuditProblem(
                "jst",
                f"no requirement of edition {edition.id} applies to "
                f"{a_or_an(kind.label.en)} ({audit.jst.teryt})",
                pl=f"żadne wymaganie edycji {edition.id} nie dotyczy jednostki rodzaju "
                f"{kind.label.pl} ({audit.jst.teryt})",
            )
        )
        raise InvalidAuditError(problems)
    for index, finding in enumerate(audit.findings):
        try:
            requirement = edition.requirement(finding.requirement)
        except UnknownRequirementError as error:
            problems.append(
                AuditProblem(
                    f"findings[{index}]", str(error), finding.requirement, pl=error.in_(Lang.PL)
                )
            )
            continue
        if kind not in requirement.applies_to:
            problems.append(
                AuditProblem(
                    f"findings[{index}]",
                    f"the requirement does not apply to {a_or_an(kind.label.en)}; "
                    "leave it out of the audit",
                    requirement.id,
                    pl=f"wymaganie nie dotyczy jednostki rodzaju {kind.label.pl}; "
                    "pomiń je w audycie",
                )
            )
            continue
        by_requirement[requirement.id] = finding
        result = finding.result
        proving = requirement.evidence
        unproving = [item for item in finding.evidence if item.kind not in proving]
        if result is Result.NOT_APPLICABLE:
            if requirement.level is Level.MANDATORY:
                problems.append(
                    AuditProblem(
                        f"findings[{index}].result",
                        f"a mandatory requirement that applies to {a_or_an(kind.label.en)} cannot "
                        "be not applicable",
                        requirement.id,
                        pl="wymaganie obowiązkowe, które dotyczy jednostki rodzaju "
                        f"{kind.label.pl}, nie może mieć wyniku 'nie dotyczy'",
                    )
                )
            notes.append(JudgementNote(requirement.id, _NOT_APPLICABLE_NOTE))
        elif result is Result.PARTIALLY_MET and not finding.evidence:
            notes.append(JudgementNote(requirement.id, _NO_EVIDENCE_NOTE))
        elif result is Result.MET and len(unproving) == len(finding.evidence):
            enforced = strict_evidence or not requirement.evidence_provenance.is_derived
            if enforced or not finding.evidence:
                wanted = ", ".join(item.value for item in proving)
                problems.append(
                    AuditProblem(
                        f"findings[{index}].evidence",
                        f"MET needs evidence of one of these kinds: {wanted}",
                        requirement.id,
                        pl=f"wynik 'spełnione' wymaga dowodu jednego z tych rodzajów: {wanted}",
                    )
                )
            else:
                notes.append(JudgementNote(requirement.id, _ADVISORY_NOTE))
        if unproving:
            notes.extend(JudgementNote(requirement.id, _unproving_note(i)) for i in unproving)
    if problems:
        raise InvalidAuditError(problems)
    return by_requirement, tuple(notes)


def check_audit(audit: Audit, edition: Edition, *, strict_evidence: bool = False) -> None:
    """Check ``audit`` against ``edition``; raise :class:`InvalidAuditError` listing every problem.

    The problems it finds: an audit of another edition; a unit to which no
    requirement of the edition applies; a finding for an unknown requirement (with
    the closest ids); a finding for a requirement that does not apply to the unit's
    kind; NOT_APPLICABLE on a mandatory requirement that applies; MET without any
    evidence; MET without evidence of a kind the requirement lists, where those
    kinds are stated or ``strict_evidence`` is set.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Evidence, Finding, LocalGovernment
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> proof = Evidence("internal_document", "Zarządzenie 12/2022")
    >>> findings = [Finding("PROC-01", "met", [proof]), Finding("NET-01", "not_met")]
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), findings)
    >>> from investor_standard import LUBELSKIE_2019
    >>> check_audit(audit, LUBELSKIE_2019)  # no problem: returns None
    >>> wrong = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), [Finding("NET-01", "met")])
    >>> check_audit(wrong, LUBELSKIE_2019)  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidAuditError: 1 problem in the audit:
      findings[0].evidence (requirement NET-01): MET needs evidence of one of these kinds:
    agreement, internal_document
    """
    review_audit(audit, edition, strict_evidence=strict_evidence)


def judgement_notes(audit: Audit, edition: Edition) -> tuple[JudgementNote, ...]:
    """The judgement calls accepted in ``audit`` (see the module's docstring), in finding order.

    Raises :class:`InvalidAuditError` as :func:`check_audit` does when the audit does
    not fit the edition.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Evidence, Finding, LocalGovernment
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> from investor_standard import LUBELSKIE_2019
    >>> unproved = [Finding("PROC-01", "partially_met")]
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), unproved)
    >>> [note.text.en for note in judgement_notes(audit, LUBELSKIE_2019)]
    ['partially met with no evidence recorded']
    """
    return review_audit(audit, edition)[1]
