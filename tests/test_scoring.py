"""Scores that explain themselves."""

from __future__ import annotations

from fractions import Fraction

import attrs
import pytest
from hypothesis import given, strategies as st

from builders import COUNTY, compliant_audit
from investor_standard import LUBELSKIE_2019, Audit, Level, Result, score
from investor_standard.assessment import ExclusionReason, ScoringModel
from investor_standard.assessment.audit import RESULT_ORDER
from investor_standard.foundation import (
    InvalidRulesError,
    UnknownEditionError,
    UnknownRequirementError,
)
from investor_standard.strategies import audits


def test_full_marks_for_a_compliant_audit() -> None:
    """Every applicable requirement met: overall and every area score 1."""
    result = score(compliant_audit(), LUBELSKIE_2019)
    assert result.overall == 1.0
    assert all(area.value == 1.0 for area in result.areas)
    assert result.excluded == ()
    # 7 mandatory x 2 + 5 recommended x 1
    assert result.possible == 19


def test_weights_points_and_denominator_are_shown() -> None:
    """One mandatory NOT_MET and one recommended PARTIALLY_MET: (19 - 2 - 1/2) / 19."""
    audit = compliant_audit(PROC_01=Result.NOT_MET, PROC_02=Result.PARTIALLY_MET)
    result = score(audit, LUBELSKIE_2019)
    assert result.earned == Fraction(33, 2)
    assert result.overall == pytest.approx(33 / 38)
    proc = result.area("PROC")
    assert (proc.earned, proc.possible) == (Fraction(3, 2), Fraction(4))
    first = proc.items[0]
    assert (first.requirement, first.weight, first.points, first.earned) == (
        "PROC-01",
        2,
        Fraction(0),
        Fraction(0),
    )


def test_exclusions_say_why() -> None:
    """Not applicable, not assessed and not-for-this-kind requirements are listed with reasons."""
    full = compliant_audit(COUNTY, PROC_02=Result.NOT_APPLICABLE)
    audit = attrs.evolve(
        full, findings=tuple(f for f in full.findings if f.requirement != "NET-01")
    )
    result = score(audit, LUBELSKIE_2019)
    reasons = {e.requirement: e.reason for e in result.excluded}
    assert reasons == {
        "PROC-02": ExclusionReason.NOT_APPLICABLE,
        "NET-01": ExclusionReason.NOT_ASSESSED,
        "ONLINE-04": ExclusionReason.NOT_FOR_THIS_KIND,
    }
    assert result.not_assessed == ("NET-01",)
    assert result.area("NET").possible == 0
    assert result.area("NET").value == 0.0
    assert ExclusionReason.NOT_ASSESSED.label.pl == "nieocenione"


def test_empty_audit_scores_zero_with_nothing_counted() -> None:
    """An audit with no findings has nothing to count: overall 0 and possible 0."""
    empty = attrs.evolve(compliant_audit(), findings=())
    result = score(empty, LUBELSKIE_2019)
    assert (result.overall, result.possible, len(result.not_assessed)) == (0.0, Fraction(0), 12)


def test_unknown_area_in_breakdown() -> None:
    """Asking the score for an area it does not have is the library's look-up error."""
    with pytest.raises(UnknownRequirementError, match="no area 'NETT'"):
        score(compliant_audit(), LUBELSKIE_2019).area("NETT")


def test_custom_model() -> None:
    """A flat model without partial credit is XCCDF's flat model: passed weight over all."""
    flat = ScoringModel(mandatory_weight=1, recommended_weight=1, partial_credit=Fraction(0))
    audit = compliant_audit(PROC_01=Result.NOT_MET, PROC_02=Result.PARTIALLY_MET)
    assert score(audit, LUBELSKIE_2019, flat).overall == pytest.approx(10 / 12)
    assert flat.weight(Level.MANDATORY) == 1
    assert ScoringModel().provenance.is_derived


@pytest.mark.parametrize(
    "changes",
    [
        {"mandatory_weight": 0},
        {"recommended_weight": True},
        {"partial_credit": Fraction(3, 2)},
        {"partial_credit": -1},
    ],
)
def test_bad_models_are_refused(changes: dict[str, object]) -> None:
    """Weights are positive integers and partial credit lies from 0 to 1."""
    with pytest.raises(InvalidRulesError):
        ScoringModel(**changes)  # type: ignore[arg-type]  # bad values on purpose


def improve(audit: Audit, index: int) -> Audit | None:
    """The audit with finding ``index`` raised one step (None when it cannot be raised)."""
    found = audit.findings[index]
    if found.result not in RESULT_ORDER[:-1]:
        return None
    better = RESULT_ORDER[RESULT_ORDER.index(found.result) + 1]
    requirement = LUBELSKIE_2019.requirement(found.requirement)
    evidence = found.evidence
    if better is Result.MET and not any(e.kind in requirement.evidence for e in evidence):
        from builders import proof  # noqa: PLC0415 - only needed here

        evidence = (*evidence, attrs.evolve(proof(requirement), collected_on=None))
    changed = attrs.evolve(found, result=better, evidence=evidence)
    findings = list(audit.findings)
    findings[index] = changed
    return attrs.evolve(audit, findings=tuple(findings))


@given(audits(), st.data())
def test_improving_a_finding_never_lowers_the_score(audit: Audit, data: st.DataObject) -> None:
    """NOT_MET -> PARTIALLY_MET -> MET never lowers the overall score or any area's."""
    if not audit.findings:
        return
    better = improve(audit, data.draw(st.integers(0, len(audit.findings) - 1)))
    if better is None:
        return
    before, after = score(audit, LUBELSKIE_2019), score(better, LUBELSKIE_2019)
    assert after.earned >= before.earned
    assert after.possible == before.possible
    for old, new in zip(before.areas, after.areas, strict=True):
        assert new.earned >= old.earned


@given(audits())
def test_score_accounts_for_every_requirement(audit: Audit) -> None:
    """Each requirement of the edition is either counted or excluded, never both or neither;
    the overall score lies from 0 to 1 and equals earned over possible."""
    result = score(audit, LUBELSKIE_2019)
    counted = {i.requirement for i in result.items}
    excluded = {e.requirement for e in result.excluded}
    assert counted.isdisjoint(excluded)
    assert counted | excluded == {r.id for r in LUBELSKIE_2019.requirements}
    assert 0 <= result.overall <= 1
    assert result.earned == sum(a.earned for a in result.areas)
    assert result == score(audit, LUBELSKIE_2019)


def test_score_uses_the_edition_the_audit_names_unless_given_one() -> None:
    """Without an edition the audit's own is used; an id picks a shipped edition and an id
    the library does not ship is refused."""
    audit = compliant_audit(PROC_01=Result.NOT_MET)
    assert score(audit) == score(audit, "LUBELSKIE-2019") == score(audit, LUBELSKIE_2019)
    with pytest.raises(UnknownEditionError, match="NOPE"):
        score(audit, "NOPE")
    with pytest.raises(UnknownEditionError, match="NOPE"):
        score(attrs.evolve(audit, edition="NOPE"))


def test_not_applicable_earns_nothing_under_any_model() -> None:
    """NOT_APPLICABLE is never scored, and a model that gives full credit for a partly met
    requirement still gives it 0 points, as NOT_MET."""
    for model in (ScoringModel(), ScoringModel(partial_credit=1), ScoringModel(partial_credit=0)):
        assert model.points(Result.NOT_APPLICABLE) == 0 == model.points(Result.NOT_MET)
        assert model.points(Result.MET) == 1
