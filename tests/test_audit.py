"""Audit records and their checks against an edition."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from builders import AUDITED_ON, COUNTY, LUBARTOW, compliant_audit, finding, proof
from investor_standard import (
    LUBELSKIE_2019,
    Audit,
    CertificationRules,
    Evidence,
    EvidenceKind,
    Finding,
    InvestorStandardError,
    LocalGovernment,
    Outcome,
    Result,
    decide,
    score,
)
from investor_standard.assessment import check_audit, judgement_notes
from investor_standard.foundation import InvalidAuditError, stated
from investor_standard.foundation.sources import SEED_ARTICLE

REQ = LUBELSKIE_2019.requirement


def problems_of(error: pytest.ExceptionInfo[InvalidAuditError]) -> list[tuple[str, str | None]]:
    return [(p.where, p.requirement) for p in error.value.problems]


def test_a_compliant_audit_passes_the_checks() -> None:
    """An audit with proof for every applicable requirement raises nothing."""
    check_audit(compliant_audit(), LUBELSKIE_2019)


def test_two_findings_for_one_requirement() -> None:
    """A second finding for one requirement is refused when the audit is built."""
    twice = (finding(REQ("PROC-01")), finding(REQ("PROC-01"), Result.NOT_MET))
    with pytest.raises(InvalidAuditError, match="second finding") as caught:
        Audit(LUBARTOW, "LUBELSKIE-2019", AUDITED_ON, twice)
    assert problems_of(caught) == [("findings[1]", "PROC-01")]
    assert "the first is findings[0]" in str(caught.value)


def test_evidence_after_the_audit_date() -> None:
    """Evidence collected after the audit date is refused, with its exact place."""
    late = Evidence(EvidenceKind.INTERNAL_DOCUMENT, "ordinance", dt.date(2023, 3, 16))
    with pytest.raises(InvalidAuditError, match="after the audit date 2023-03-15") as caught:
        Audit(LUBARTOW, "LUBELSKIE-2019", AUDITED_ON, (Finding("PROC-01", Result.MET, (late,)),))
    assert problems_of(caught) == [("findings[0].evidence[0].collected_on", "PROC-01")]


def test_unknown_requirement_suggests_close_ids() -> None:
    """A finding for an unknown requirement names the closest known ids."""
    audit = attrs.evolve(compliant_audit(), findings=(Finding("ONLINE-4", Result.NOT_MET),))
    with pytest.raises(InvalidAuditError, match="did you mean ONLINE-04") as caught:
        check_audit(audit, LUBELSKIE_2019)
    assert problems_of(caught) == [("findings[0]", "ONLINE-4")]


def test_requirement_not_for_this_kind() -> None:
    """A county's audit cannot hold a finding for the gmina-only ONLINE-04."""
    audit = Audit(COUNTY, "LUBELSKIE-2019", AUDITED_ON, (finding(REQ("ONLINE-04")),))
    with pytest.raises(InvalidAuditError, match="does not apply to a county") as caught:
        decide(audit, LUBELSKIE_2019)
    assert problems_of(caught) == [("findings[0]", "ONLINE-04")]


def test_not_applicable_on_a_mandatory_requirement() -> None:
    """A mandatory requirement that applies cannot be found not applicable."""
    audit = compliant_audit(PROC_01=Result.NOT_APPLICABLE)
    with pytest.raises(InvalidAuditError, match="cannot be not applicable") as caught:
        score(audit, LUBELSKIE_2019)
    assert problems_of(caught) == [("findings[0].result", "PROC-01")]


def test_met_with_no_evidence_at_all_is_refused() -> None:
    """MET records what the auditor saw: with no evidence at all it is refused, under any
    rules, naming the kinds that would prove the requirement."""
    audit = Audit(LUBARTOW, "LUBELSKIE-2019", AUDITED_ON, (Finding("PROC-01", Result.MET),))
    with pytest.raises(InvalidAuditError, match="MET needs evidence") as caught:
        check_audit(audit, LUBELSKIE_2019)
    assert problems_of(caught) == [("findings[0].evidence", "PROC-01")]
    assert "internal_document" in str(caught.value)


WRONG_KIND = Audit(
    LUBARTOW,
    "LUBELSKIE-2019",
    AUDITED_ON,
    (Finding("STAFF-01", Result.MET, (Evidence(EvidenceKind.WEBPAGE, "https://example.org"),)),),
)


def test_met_on_unlisted_evidence_is_advice_where_the_kinds_are_ours() -> None:
    """No source says how a duty is proved, so the Lubelskie edition's evidence kinds are
    derived: MET resting on another kind is accepted, and the decision notes it."""
    assert REQ("STAFF-01").evidence_provenance.is_derived
    check_audit(WRONG_KIND, LUBELSKIE_2019)
    notes = [(n.requirement, n.text.en) for n in judgement_notes(WRONG_KIND, LUBELSKIE_2019)]
    assert notes == [
        (
            "STAFF-01",
            "met accepted on evidence of kinds the requirement does not list "
            "(the listed kinds are advice, not a rule a source states)",
        ),
        ("STAFF-01", "evidence of kind webpage is not among the kinds that prove this requirement"),
    ]


def test_met_on_unlisted_evidence_is_refused_under_strict_rules() -> None:
    """Rules that ask for strict evidence refuse the same finding, naming the kinds wanted;
    decide applies the rules' choice."""
    with pytest.raises(InvalidAuditError, match="training_record") as caught:
        check_audit(WRONG_KIND, LUBELSKIE_2019, strict_evidence=True)
    assert problems_of(caught) == [("findings[0].evidence", "STAFF-01")]
    strict = CertificationRules(strict_evidence=True)
    complete = attrs.evolve(
        compliant_audit(),
        findings=tuple(
            Finding(f.requirement, f.result, (Evidence(EvidenceKind.INTERVIEW, "talk"),))
            if f.requirement == "STAFF-01"
            else f
            for f in compliant_audit().findings
        ),
    )
    assert decide(complete, LUBELSKIE_2019).outcome is Outcome.CERTIFIED
    with pytest.raises(InvalidAuditError, match="STAFF-01"):
        decide(complete, LUBELSKIE_2019, strict)


def test_met_on_unlisted_evidence_is_refused_where_the_kinds_are_stated() -> None:
    """Where an edition states the evidence kinds with a source, they are a rule: MET on
    another kind is refused without strict rules."""
    sourced = stated(SEED_ARTICLE, note="a source that says how the duty is proved")
    edition = LUBELSKIE_2019.with_evidence("STAFF-01", REQ("STAFF-01").evidence, sourced)
    assert edition.requirement("STAFF-01").evidence_provenance == sourced
    with pytest.raises(InvalidAuditError, match="MET needs evidence of one of these kinds"):
        check_audit(WRONG_KIND, edition)


def test_audit_of_another_edition() -> None:
    """An audit of another edition is refused by the edition given."""
    audit = attrs.evolve(compliant_audit(), edition="POMORSKIE-2019")
    with pytest.raises(InvalidAuditError, match="'POMORSKIE-2019', not 'LUBELSKIE-2019'"):
        decide(audit, LUBELSKIE_2019)


def test_unit_with_no_requirements() -> None:
    """A voivodeship is not a participant: no requirement of the edition applies."""
    audit = Audit(LocalGovernment("06", "Województwo lubelskie"), "LUBELSKIE-2019", AUDITED_ON, ())
    with pytest.raises(InvalidAuditError, match="no requirement of edition LUBELSKIE-2019"):
        check_audit(audit, LUBELSKIE_2019)
    # Said once, not again for each finding whose requirement then does not apply.
    filled = attrs.evolve(audit, findings=compliant_audit().findings)
    with pytest.raises(InvalidAuditError) as caught:
        check_audit(filled, LUBELSKIE_2019)
    assert [(p.where, p.message) for p in caught.value.problems] == [
        ("jst", "no requirement of edition LUBELSKIE-2019 applies to a voivodeship (06)")
    ]


def test_every_problem_is_reported_at_once() -> None:
    """All problems come in one error, each with its place and requirement."""
    findings = (
        Finding("NOPE-01", Result.MET),
        Finding("PROC-01", Result.NOT_APPLICABLE),
        Finding("STAFF-01", Result.MET),
    )
    audit = Audit(LUBARTOW, "OTHER", AUDITED_ON, findings)
    with pytest.raises(InvalidAuditError) as caught:
        check_audit(audit, LUBELSKIE_2019)
    assert problems_of(caught) == [
        ("edition", None),
        ("findings[0]", "NOPE-01"),
        ("findings[1].result", "PROC-01"),
        ("findings[2].evidence", "STAFF-01"),
    ]
    assert str(caught.value).startswith("4 problems in the audit:")
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, InvestorStandardError)


def test_results_and_evidence_kinds_by_their_values() -> None:
    """A result or an evidence kind may be given by its value; a wrong value is refused with
    the values allowed."""
    assert Finding("PROC-01", "partially_met").result is Result.PARTIALLY_MET
    assert Evidence("interview", "talk").kind is EvidenceKind.INTERVIEW
    with pytest.raises(InvalidAuditError, match="'met!' is not one of met, partially_met, "):
        Finding("PROC-01", "met!")


@pytest.mark.parametrize(
    ("make", "args", "where"),
    [
        (Evidence, ("web page", "x"), "Evidence.kind"),
        (Evidence, (3, "x"), "Evidence.kind"),
        (Evidence, (EvidenceKind.WEBPAGE, " "), "Evidence.reference"),
        (Evidence, (EvidenceKind.WEBPAGE, "x", "2023-01-01"), "Evidence.collected_on"),
        (
            Evidence,
            (EvidenceKind.WEBPAGE, "x", dt.datetime(2023, 1, 1)),  # noqa: DTZ001 - on purpose
            "Evidence.collected_on",
        ),
        (Evidence, (EvidenceKind.WEBPAGE, "x", None, None), "Evidence.note"),
        (Finding, ("PROC-01", "met!"), "Finding.result"),
        (Finding, ("PROC-01", None), "Finding.result"),
        (Finding, ("", Result.MET), "Finding.requirement"),
        (Finding, ("PROC-01", Result.MET, "doc"), "Finding.evidence"),
        (Finding, ("PROC-01", Result.MET, ("doc",)), "Finding.evidence[0]"),
        (Audit, ("0608011", "E", AUDITED_ON, ()), "Audit.jst"),
        (Audit, (LUBARTOW, "E", "2023-03-15", ()), "Audit.audited_on"),
        (Audit, (LUBARTOW, "E", AUDITED_ON, "PROC-01"), "Audit.findings"),
        (Audit, (LUBARTOW, "E", AUDITED_ON, ("PROC-01",)), "Audit.findings[0]"),
        (Audit, (LUBARTOW, "E", AUDITED_ON, (), 3), "Audit.auditor"),
    ],
)
def test_malformed_fields_name_the_field(
    make: Callable[..., object], args: tuple[Any, ...], where: str
) -> None:
    """Wrong types anywhere in an audit raise InvalidAuditError naming the field."""
    with pytest.raises(InvalidAuditError) as caught:
        make(*args)
    assert caught.value.problems[0].where == where


def test_judgement_calls_are_recorded() -> None:
    """Not applicable on a recommended requirement, partial without evidence, and evidence of
    an unlisted kind are accepted and recorded as notes, in finding order."""
    stray = Evidence(EvidenceKind.INTERVIEW, "talk with the mayor")
    findings = (
        Finding("PROC-02", Result.NOT_APPLICABLE),
        Finding("PROC-03", Result.PARTIALLY_MET),
        Finding("PROC-01", Result.MET, (proof(REQ("PROC-01")), stray)),
    )
    audit = Audit(LUBARTOW, "LUBELSKIE-2019", AUDITED_ON, findings)
    notes = judgement_notes(audit, LUBELSKIE_2019)
    assert [n.requirement for n in notes] == ["PROC-02", "PROC-03", "PROC-01"]
    assert "not applicable" in notes[0].text.en
    assert "no evidence" in notes[1].text.en
    assert "interview" in notes[2].text.en
    assert decide(audit, LUBELSKIE_2019).notes == notes


def test_finding_lookup_and_labels() -> None:
    """An audit finds its finding by requirement id; results have labels in both languages."""
    audit = compliant_audit()
    found = audit.finding("ONLINE-04")
    assert found is not None
    assert found.result is Result.MET
    assert audit.finding("NOPE") is None
    assert Result.PARTIALLY_MET.label.pl == "spełnione częściowo"
