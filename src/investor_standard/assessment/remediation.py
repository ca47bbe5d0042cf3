"""Remediation plans: what a local government must fix after a decision, and by when.

Each requirement that fell short gets a due date, counted from ``as_of`` either in
working days or as a term under art. 57 KPA (see :class:`Term`). How long each
kind of shortfall gets is a :class:`RemediationPolicy`; no source sets these terms,
so the default policy is ours (derived) and meant to be replaced.

>>> import datetime
>>> from investor_standard import LUBELSKIE_2019, LocalGovernment, Audit, decide
>>> audit = Audit(LocalGovernment("0608072", "Lubartów"), "LUBELSKIE-2019",
...               datetime.date(2023, 3, 1), [])
>>> plan = remediation_plan(decide(audit, LUBELSKIE_2019), datetime.date(2023, 3, 1))
>>> plan.items[0].requirement, plan.items[0].due
('PROC-01', datetime.date(2023, 3, 15))

>>> DEFAULT_REMEDIATION.mandatory, DEFAULT_REMEDIATION.provenance.is_derived
(Term(kind=<TermKind.MONTHS: 'months'>, amount=3), True)
"""

from __future__ import annotations

import datetime as dt

import attrs

from investor_standard.assessment.audit import Result
from investor_standard.assessment.catalogue import Level
from investor_standard.assessment.certification import Decision
from investor_standard.foundation._enum import FastEnum
from investor_standard.foundation._validate import instance_of
from investor_standard.foundation.errors import CertificationError, InvalidRulesError
from investor_standard.foundation.provenance import Provenance, derived
from investor_standard.foundation.text import Lang, Text, shown
from investor_standard.jst.teryt import LocalGovernment
from investor_standard.workdays.arithmetic import WORKING_DAYS_NOUN, add_working_days, check_date
from investor_standard.workdays.deadlines import TermUnit, kpa_deadline

__all__ = [
    "DEFAULT_REMEDIATION",
    "RemediationItem",
    "RemediationPlan",
    "RemediationPolicy",
    "Term",
    "TermKind",
    "remediation_plan",
]


class TermKind(FastEnum):
    """How a term is counted: in working days, or under art. 57 KPA in days to years.

    >>> Term(TermKind.WORKING_DAYS, 10).due(dt.date(2025, 12, 19))
    datetime.date(2026, 1, 9)
    >>> Term(TermKind.MONTHS, 1).due(dt.date(2023, 1, 31))
    datetime.date(2023, 2, 28)
    """

    WORKING_DAYS = "working_days"
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"


def _positive(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidRulesError(f"Term.amount must be a positive integer, not {shown(value)}")


@attrs.frozen
class Term:
    """A length of time to fix something: ``amount`` of ``kind``.

    >>> import datetime
    >>> Term(TermKind.WORKING_DAYS, 10).due(datetime.date(2023, 6, 1))
    datetime.date(2023, 6, 16)
    >>> Term(TermKind.MONTHS, 1).due(datetime.date(2023, 3, 31))
    datetime.date(2023, 5, 2)
    """

    kind: TermKind = attrs.field(validator=instance_of(TermKind, InvalidRulesError))
    amount: int = attrs.field(validator=_positive)

    def describe(self, lang: Lang | str = Lang.EN) -> str:
        """The term in words: ``10 working days``, ``1 month``, ``3 miesiące``.

        >>> Term(TermKind.MONTHS, 3).describe("pl"), Term(TermKind.WORKING_DAYS, 1).describe()
        ('3 miesiące', '1 working day')
        """
        return _TERM_NOUNS[self.kind].count(self.amount, lang)

    def due(self, start: dt.date) -> dt.date:
        """The due date of a term starting on ``start`` (the start day is never counted)."""
        if self.kind is TermKind.WORKING_DAYS:
            return add_working_days(start, self.amount)
        return kpa_deadline(start, **{self.kind.value: self.amount})


_TERM_NOUNS = {
    TermKind.WORKING_DAYS: WORKING_DAYS_NOUN,
    **{TermKind(unit.value): unit.noun for unit in TermUnit},
}

_DEFAULT_TERMS = derived(
    "ours: no source sets remediation terms; two weeks of working days to finish an "
    "audit, three months for a mandatory requirement, six for a recommended one"
)


@attrs.frozen
class RemediationPolicy:
    """How long each kind of shortfall gets.

    >>> strict = RemediationPolicy(mandatory=Term(TermKind.WEEKS, 2))
    >>> strict.term_for(Level.MANDATORY, Result.NOT_MET)
    Term(kind=<TermKind.WEEKS: 'weeks'>, amount=2)
    >>> strict.term_for(Level.RECOMMENDED, None)  # not assessed
    Term(kind=<TermKind.WORKING_DAYS: 'working_days'>, amount=10)
    """

    not_assessed: Term = attrs.field(
        default=Term(TermKind.WORKING_DAYS, 10), validator=instance_of(Term, InvalidRulesError)
    )
    mandatory: Term = attrs.field(
        default=Term(TermKind.MONTHS, 3), validator=instance_of(Term, InvalidRulesError)
    )
    recommended: Term = attrs.field(
        default=Term(TermKind.MONTHS, 6), validator=instance_of(Term, InvalidRulesError)
    )
    provenance: Provenance = attrs.field(
        default=_DEFAULT_TERMS, validator=instance_of(Provenance, InvalidRulesError)
    )

    def term_for(self, level: Level, result: Result | None) -> Term:
        """The term for a requirement of ``level`` with ``result`` (None: not assessed)."""
        if result is None:
            return self.not_assessed
        return self.mandatory if level is Level.MANDATORY else self.recommended


#: The policy used unless another is given (derived; see :class:`RemediationPolicy`).
DEFAULT_REMEDIATION = RemediationPolicy()


@attrs.frozen
class RemediationItem:
    """One requirement to fix (or to assess), by when, and whether it blocks certification.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Evidence, Finding, LocalGovernment, decide
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> proof = Evidence("internal_document", "Zarządzenie 12/2022")
    >>> findings = [Finding("PROC-01", "met", [proof]), Finding("NET-01", "not_met")]
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), findings)
    >>> plan = remediation_plan(decide(audit), as_of=dt.date(2023, 3, 8))
    >>> item = plan.items[0]
    >>> item.requirement, item.blocking, item.due
    ('PROC-02', True, datetime.date(2023, 3, 22))
    >>> print(item.action.en)
    assess the requirement in the audit
    """

    requirement: str
    level: Level
    result: Result | None
    blocking: bool
    term: Term
    due: dt.date
    title: Text | None = None

    @property
    def action(self) -> Text:
        """What to do, in Polish and English."""
        if self.result is None:
            return Text("ocenić wymaganie w audycie", "assess the requirement in the audit")
        if self.result is Result.PARTIALLY_MET:
            return Text("spełnić wymaganie w pełni", "meet the requirement in full")
        return Text("spełnić wymaganie", "meet the requirement")


@attrs.frozen
class RemediationPlan:
    """The items to fix after one decision, blocking ones first, then by due date.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Evidence, Finding, LocalGovernment, decide
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> proof = Evidence("internal_document", "Zarządzenie 12/2022")
    >>> findings = [Finding("PROC-01", "met", [proof]), Finding("NET-01", "not_met")]
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), findings)
    >>> plan = remediation_plan(decide(audit), as_of=dt.date(2023, 3, 8))
    >>> len(plan.items), plan.as_of, str(plan.jst)
    (11, datetime.date(2023, 3, 8), 'Lubartów (urban gmina, TERYT 0608011)')
    """

    jst: LocalGovernment
    edition: str
    as_of: dt.date
    items: tuple[RemediationItem, ...]
    policy: RemediationPolicy


def remediation_plan(
    decision: Decision, as_of: dt.date, policy: RemediationPolicy = DEFAULT_REMEDIATION
) -> RemediationPlan:
    """A plan with one item per requirement that fell short in ``decision``.

    Due dates count from ``as_of``, which cannot precede the audit. A decision with
    no shortfall gives an empty plan.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Evidence, Finding, LocalGovernment, decide
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> proof = Evidence("internal_document", "Zarządzenie 12/2022")
    >>> findings = [Finding("PROC-01", "met", [proof]), Finding("NET-01", "not_met")]
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), findings)
    >>> plan = remediation_plan(decide(audit), as_of=dt.date(2023, 3, 8))
    >>> [(item.requirement, item.due.isoformat()) for item in plan.items[:2]]
    [('PROC-02', '2023-03-22'), ('PROC-03', '2023-03-22')]
    >>> remediation_plan(decide(audit), as_of=dt.date(2023, 3, 1))  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.CertificationError: as_of 2023-03-01 precedes the audit
    of 2023-03-08
    """
    if not isinstance(decision, Decision):
        raise CertificationError(f"a remediation plan needs a Decision, not {decision!r}")
    check_date(as_of, "as_of")
    if as_of < decision.audited_on:
        raise CertificationError(
            f"as_of {as_of.isoformat()} precedes the audit of {decision.audited_on.isoformat()}"
        )
    order = {reason.requirement: index for index, reason in enumerate(decision.reasons)}
    items = []
    for reason in decision.reasons:
        term = policy.term_for(reason.level, reason.result)
        items.append(
            RemediationItem(
                reason.requirement,
                reason.level,
                reason.result,
                reason.blocking,
                term,
                term.due(as_of),
                reason.title,
            )
        )
    items.sort(key=lambda item: (not item.blocking, item.due, order[item.requirement]))
    return RemediationPlan(decision.jst, decision.edition, as_of, tuple(items), policy)
