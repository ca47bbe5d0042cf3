"""Scores that explain themselves: what was counted, with which weight, and what was left out.

The model (ours, derived; the sources publish no scoring):

* each requirement that applies to the unit's kind and was assessed counts with a
  *weight* by level (mandatory 2, recommended 1) and *points* by result (MET 1,
  PARTIALLY_MET 1/2, NOT_MET 0);
* a score is the sum of weight * points over the sum of weights, from 0 to 1,
  overall and per area, computed exactly with fractions;
* left out, and listed with the reason: requirements that do not apply to the
  unit's kind, those the auditor found NOT_APPLICABLE, and those not assessed.

How it relates to the XCCDF 1.2 scoring models: XCCDF's *flat* model sums the
weights of passing rules over the sum of all weights, which is ours without partial
credit; its *default* model normalises each group and averages the groups, which
our per-area figures show but our overall figure does not do (an area with more
requirements weighs more); its *absolute* model gives 1 only when everything
passes, which is closest to :func:`~investor_standard.decide`'s rule that every
mandatory requirement is met. As in XCCDF, not-applicable and not-checked items
are excluded rather than counted as failures. Partial credit and the weights by
level are our choices, configurable through :class:`ScoringModel`.

>>> from investor_standard import LUBELSKIE_2019, LocalGovernment, Audit, Finding, Result
>>> import datetime
>>> audit = Audit(LocalGovernment("0608011", "Lubartów"), "LUBELSKIE-2019",
...               datetime.date(2023, 3, 1), [Finding("PROC-01", Result.NOT_MET)])
>>> result = score(audit, LUBELSKIE_2019)
>>> result.overall, result.possible, len(result.not_assessed)
(0.0, Fraction(2, 1), 11)

>>> DEFAULT_SCORING.weight(Level.MANDATORY), DEFAULT_SCORING.points(Result.PARTIALLY_MET)
(2, Fraction(1, 2))
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from fractions import Fraction

import attrs

from investor_standard.assessment.audit import Audit, Finding, Result, review_audit
from investor_standard.assessment.catalogue import Edition, Level
from investor_standard.assessment.editions import resolve_edition
from investor_standard.foundation._enum import FastEnum
from investor_standard.foundation._memo import Memo
from investor_standard.foundation._schema_marks import schema_says
from investor_standard.foundation._validate import fraction, instance_of, raising, zero_to_one
from investor_standard.foundation.errors import InvalidRulesError, UnknownRequirementError
from investor_standard.foundation.provenance import Provenance, derived
from investor_standard.foundation.text import Text
from investor_standard.jst.teryt import JstKind

__all__ = [
    "DEFAULT_SCORING",
    "AreaScore",
    "Exclusion",
    "ExclusionReason",
    "Score",
    "ScoredItem",
    "ScoringModel",
    "score",
    "score_findings",
]


@schema_says(minimum=1)
def _positive_int(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidRulesError(f"ScoringModel.{attribute.name} must be a positive integer")


_FRACTION = fraction(raising(InvalidRulesError))
_FROM_ZERO_TO_ONE = zero_to_one(raising(InvalidRulesError))


@attrs.frozen
class ScoringModel:
    """Weights by level and the credit for a partly met requirement.

    MET always earns 1 point and NOT_MET 0; ``partial_credit`` (0 to 1) is what
    PARTIALLY_MET earns, so points never fall as a result improves.
    """

    mandatory_weight: int = attrs.field(default=2, validator=_positive_int)
    recommended_weight: int = attrs.field(default=1, validator=_positive_int)
    partial_credit: Fraction = attrs.field(
        default=Fraction(1, 2),
        converter=_FRACTION,  # type: ignore[misc]  # mypy's attrs plugin cannot read a Converter
        validator=_FROM_ZERO_TO_ONE,
    )
    provenance: Provenance = attrs.field(
        default=derived(
            "ours: the sources publish no scoring; mandatory requirements weigh twice the "
            "recommended ones and a partly met requirement earns half"
        ),
        validator=instance_of(Provenance, InvalidRulesError),
    )
    # Tables worked out once, so that scoring an audit makes no Fractions per requirement.
    _weights: Mapping[Level, int] = attrs.field(init=False, eq=False, repr=False)
    _points: Mapping[Result, Fraction] = attrs.field(init=False, eq=False, repr=False)
    _units: Mapping[Result, int] = attrs.field(init=False, eq=False, repr=False)
    # Score items by (requirement, area, level, result): the same few recur in every audit.
    _items: Memo[tuple[str, str, Level, Result], ScoredItem] = attrs.field(
        init=False, eq=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        weights = {
            Level.MANDATORY: self.mandatory_weight,
            Level.RECOMMENDED: self.recommended_weight,
        }
        credit = self.partial_credit
        points = {
            Result.MET: Fraction(1),
            Result.PARTIALLY_MET: credit,
            Result.NOT_MET: Fraction(0),
            Result.NOT_APPLICABLE: Fraction(0),  # never scored, as before; see points()
        }
        # Points as whole multiples of 1/denominator, so that sums stay integers.
        units = {result: int(value * credit.denominator) for result, value in points.items()}
        # Plain dicts (typed read-only), so that a model pickles; a mappingproxy does not.
        object.__setattr__(self, "_weights", weights)
        object.__setattr__(self, "_points", points)
        object.__setattr__(self, "_units", units)
        object.__setattr__(self, "_items", Memo(self._item))

    def _item(self, key: tuple[str, str, Level, Result]) -> ScoredItem:
        requirement, area, level, result = key
        return ScoredItem(
            requirement, area, level, result, self._weights[level], self._points[result]
        )

    def weight(self, level: Level) -> int:
        """The weight of a requirement of ``level``."""
        return self._weights[level]

    def points(self, result: Result) -> Fraction:
        """The points a result earns (NOT_APPLICABLE earns 0, but is never scored).

        >>> DEFAULT_SCORING.points(Result.PARTIALLY_MET)
        Fraction(1, 2)
        """
        return self._points[result]


#: The scoring model used unless another is given.
DEFAULT_SCORING = ScoringModel()


class ExclusionReason(FastEnum):
    """Why a requirement of the edition was left out of a score.

    >>> ExclusionReason.NOT_ASSESSED.label.en
    'not assessed'
    """

    NOT_FOR_THIS_KIND = "not_for_this_kind"
    NOT_APPLICABLE = "not_applicable"
    NOT_ASSESSED = "not_assessed"

    @property
    def label(self) -> Text:
        """The reason in Polish and English."""
        return {
            ExclusionReason.NOT_FOR_THIS_KIND: Text(
                "nie dotyczy tego rodzaju JST", "does not apply to this kind of unit"
            ),
            ExclusionReason.NOT_APPLICABLE: Text(
                "audytor uznał za niedotyczące", "found not applicable by the auditor"
            ),
            ExclusionReason.NOT_ASSESSED: Text("nieocenione", "not assessed"),
        }[self]


@attrs.frozen
class ScoredItem:
    """One requirement that counted: its weight, result, points and what it earned.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Evidence, Finding, LocalGovernment, decide
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> proof = Evidence("internal_document", "Zarządzenie 12/2022")
    >>> findings = [Finding("PROC-01", "met", [proof]), Finding("NET-01", "not_met")]
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), findings)
    >>> item = score(audit).items[0]
    >>> item.requirement, item.weight, item.points, item.earned
    ('PROC-01', 2, Fraction(1, 1), Fraction(2, 1))
    """

    requirement: str
    area: str
    level: Level
    result: Result
    weight: int
    points: Fraction

    @property
    def earned(self) -> Fraction:
        """Weight times points."""
        return self.weight * self.points


@attrs.frozen
class Exclusion:
    """A requirement left out of the score, and why.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Evidence, Finding, LocalGovernment, decide
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> proof = Evidence("internal_document", "Zarządzenie 12/2022")
    >>> findings = [Finding("PROC-01", "met", [proof]), Finding("NET-01", "not_met")]
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), findings)
    >>> [(e.requirement, e.reason.value) for e in score(audit).excluded][:2]
    [('PROC-02', 'not_assessed'), ('PROC-03', 'not_assessed')]
    """

    requirement: str
    area: str
    reason: ExclusionReason


def _exclusion(key: tuple[str, str, ExclusionReason]) -> Exclusion:
    return Exclusion(*key)


#: Exclusions by (requirement, area, reason), shared (see
#: :mod:`investor_standard.foundation._memo`).
_EXCLUSIONS: Memo[tuple[str, str, ExclusionReason], Exclusion] = Memo(_exclusion)


def _ratio(earned: Fraction, possible: Fraction) -> float:
    return float(earned / possible) if possible else 0.0


@attrs.frozen
class AreaScore:
    """The score of one area: earned over possible, and the items behind it.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Evidence, Finding, LocalGovernment, decide
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> proof = Evidence("internal_document", "Zarządzenie 12/2022")
    >>> findings = [Finding("PROC-01", "met", [proof]), Finding("NET-01", "not_met")]
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), findings)
    >>> procedures = score(audit).area("PROC")
    >>> procedures.earned, procedures.possible, procedures.value
    (Fraction(2, 1), Fraction(2, 1), 1.0)
    """

    area: str
    title: Text
    earned: Fraction
    possible: Fraction
    items: tuple[ScoredItem, ...]
    excluded: tuple[Exclusion, ...]

    @property
    def value(self) -> float:
        """Earned over possible, from 0 to 1 (0 when nothing in the area counted)."""
        return _ratio(self.earned, self.possible)


@attrs.frozen
class Score:
    """A score with everything needed to explain it.

    ``overall`` is earned over possible (0 to 1; 0 when nothing counted, which
    ``possible == 0`` shows). ``areas`` breaks it down by area; ``items`` are the
    requirements that counted; ``excluded`` the ones left out, with the reason.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Evidence, Finding, LocalGovernment, decide
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> proof = Evidence("internal_document", "Zarządzenie 12/2022")
    >>> findings = [Finding("PROC-01", "met", [proof]), Finding("NET-01", "not_met")]
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), findings)
    >>> result = score(audit)
    >>> result.earned, result.possible, result.overall
    (Fraction(2, 1), Fraction(4, 1), 0.5)
    >>> len(result.not_assessed)
    10
    """

    edition: str
    model: ScoringModel
    earned: Fraction
    possible: Fraction
    areas: tuple[AreaScore, ...]
    items: tuple[ScoredItem, ...]
    excluded: tuple[Exclusion, ...]

    @property
    def overall(self) -> float:
        """Earned over possible, from 0 to 1."""
        return _ratio(self.earned, self.possible)

    @property
    def not_assessed(self) -> tuple[str, ...]:
        """Ids of applicable requirements that have no finding."""
        return tuple(
            e.requirement for e in self.excluded if e.reason is ExclusionReason.NOT_ASSESSED
        )

    def area(self, area_id: str) -> AreaScore:
        """The breakdown for one area; :class:`UnknownRequirementError` when there is none."""
        for area in self.areas:
            if area.area == area_id:
                return area
        known = ", ".join(a.area for a in self.areas)
        raise UnknownRequirementError(
            f"the score has no area {area_id!r}; its areas are {known}",
            requirement_id=str(area_id),
            suggestions=(),
        )


@functools.lru_cache(maxsize=4096)
def _fraction(numerator: int, denominator: int = 1) -> Fraction:
    """``Fraction(numerator, denominator)``, shared: audits give the same few sums again."""
    return Fraction(numerator, denominator)


def score(
    audit: Audit, edition: Edition | str | None = None, model: ScoringModel = DEFAULT_SCORING
) -> Score:
    """Score ``audit`` against ``edition`` under ``model`` (see the module's docstring).

    Without ``edition``, the shipped edition the audit names is used; an edition's id
    picks a shipped edition (``resolve_edition``).

    Raises :class:`~investor_standard.foundation.errors.InvalidAuditError` listing every problem
    when the audit does not fit the edition.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Evidence, Finding, LocalGovernment, decide
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> proof = Evidence("internal_document", "Zarządzenie 12/2022")
    >>> findings = [Finding("PROC-01", "met", [proof]), Finding("NET-01", "not_met")]
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), findings)
    >>> result = score(audit)
    >>> result.overall, [area.area for area in result.areas]
    (0.5, ['PROC', 'STAFF', 'NET', 'ONLINE', 'STRAT'])
    >>> score(audit, model=ScoringModel(mandatory_weight=3)).possible
    Fraction(6, 1)
    """
    chosen = resolve_edition(audit.edition, edition)
    findings, _ = review_audit(audit, chosen)
    return score_findings(audit.jst.kind, findings, chosen, model)


def score_findings(
    kind: JstKind, findings: Mapping[str, Finding], edition: Edition, model: ScoringModel
) -> Score:
    """The score of ``findings`` (by requirement id, already reviewed) for a unit of ``kind``.

    :func:`score` after :func:`~investor_standard.assessment.audit.review_audit`; used by
    :func:`~investor_standard.decide`, which reviews the audit once for both.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Evidence, Finding, LocalGovernment, decide
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> proof = Evidence("internal_document", "Zarządzenie 12/2022")
    >>> findings = [Finding("PROC-01", "met", [proof]), Finding("NET-01", "not_met")]
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), findings)
    >>> from investor_standard import LUBELSKIE_2019
    >>> from investor_standard.assessment import review_audit
    >>> findings, _ = review_audit(audit, LUBELSKIE_2019)
    >>> score_findings(unit.kind, findings, LUBELSKIE_2019, DEFAULT_SCORING) == score(audit)
    True
    """
    weights, units, scored_items = model._weights, model._units, model._items
    items: list[ScoredItem] = []
    excluded: list[Exclusion] = []
    # Sums are kept as integer multiples of 1/denominator and made Fractions once per area.
    earned: dict[str, int] = {area.id: 0 for area in edition.areas}
    possible: dict[str, int] = dict.fromkeys(earned, 0)
    items_in: dict[str, list[ScoredItem]] = {area: [] for area in earned}
    excluded_in: dict[str, list[Exclusion]] = {area: [] for area in earned}
    for requirement in edition.requirements:
        area = requirement.area
        finding = findings.get(requirement.id)
        if kind not in requirement.applies_to:
            reason = ExclusionReason.NOT_FOR_THIS_KIND
        elif finding is None:
            reason = ExclusionReason.NOT_ASSESSED
        elif finding.result is Result.NOT_APPLICABLE:
            reason = ExclusionReason.NOT_APPLICABLE
        else:
            result, weight = finding.result, weights[requirement.level]
            item = scored_items[requirement.id, area, requirement.level, result]
            items.append(item)
            items_in[area].append(item)
            earned[area] += weight * units[result]
            possible[area] += weight
            continue
        exclusion = _EXCLUSIONS[requirement.id, area, reason]
        excluded.append(exclusion)
        excluded_in[area].append(exclusion)
    denominator = model.partial_credit.denominator
    areas = tuple(
        AreaScore(
            area.id,
            area.title,
            _fraction(earned[area.id], denominator),
            _fraction(possible[area.id]),
            tuple(items_in[area.id]),
            tuple(excluded_in[area.id]),
        )
        for area in edition.areas
    )
    return Score(
        edition.id,
        model,
        _fraction(sum(earned.values()), denominator),
        _fraction(sum(possible.values())),
        areas,
        tuple(items),
        tuple(excluded),
    )
