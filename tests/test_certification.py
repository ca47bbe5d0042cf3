"""Certification decisions, certificates and their rules."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
import pytest
from hypothesis import given, strategies as st

from builders import AUDITED_ON, COUNTY, LUBARTOW, RURAL_LUBARTOW, compliant_audit
from investor_standard import (
    LUBELSKIE_2019,
    LUBELSKIE_RULES,
    Audit,
    Certificate,
    CertificationRules,
    Level,
    Outcome,
    Result,
    checklist_for,
    decide,
)
from investor_standard.assessment import LUBELSKIE_ISSUERS, IssuerAccount, Reason
from investor_standard.foundation import CertificationError, InvalidRulesError, UnknownEditionError
from investor_standard.strategies import audits
from test_scoring import improve


def test_fully_compliant_urban_gmina_is_certified() -> None:
    """The town of Lubartów, meeting every requirement, is certified with no reasons."""
    decision = decide(compliant_audit(LUBARTOW), LUBELSKIE_2019)
    assert decision.outcome is Outcome.CERTIFIED
    assert decision.reasons == ()
    assert decision.score.overall == 1.0


def test_one_mandatory_not_met_is_not_certified_naming_it() -> None:
    """One mandatory NOT_MET gives NOT_CERTIFIED with exactly that requirement as the reason."""
    decision = decide(compliant_audit(ONLINE_02=Result.NOT_MET), LUBELSKIE_2019)
    assert decision.outcome is Outcome.NOT_CERTIFIED
    assert [(r.requirement, r.blocking) for r in decision.reasons] == [("ONLINE-02", True)]


def test_one_missing_is_incomplete() -> None:
    """One applicable requirement without a finding makes the decision INCOMPLETE."""
    full = compliant_audit(RURAL_LUBARTOW)
    audit = attrs.evolve(full, findings=full.findings[1:])
    decision = decide(audit, LUBELSKIE_2019)
    assert decision.outcome is Outcome.INCOMPLETE
    assert [(r.requirement, r.result) for r in decision.reasons] == [("PROC-01", None)]


def test_incomplete_wins_over_a_failure() -> None:
    """A missing finding makes the audit INCOMPLETE even when another requirement failed."""
    full = compliant_audit(STAFF_01=Result.NOT_MET)
    audit = attrs.evolve(full, findings=full.findings[1:])
    decision = decide(audit, LUBELSKIE_2019)
    assert decision.outcome is Outcome.INCOMPLETE
    assert {r.requirement for r in decision.reasons} == {"PROC-01", "STAFF-01"}


def test_a_county_is_not_asked_gmina_only_requirements() -> None:
    """A county meeting everything on its checklist is certified without ONLINE-04."""
    checklist = checklist_for(LUBELSKIE_2019, COUNTY)
    assert "ONLINE-04" not in [item.requirement for item in checklist.items]
    assert decide(compliant_audit(COUNTY), LUBELSKIE_2019).outcome is Outcome.CERTIFIED


def test_recommended_share() -> None:
    """Half the recommended requirements (rounded up: 3 of 5) must be fulfilled."""
    two = compliant_audit(PROC_02=Result.NOT_MET, PROC_03=Result.NOT_MET)
    decision = decide(two, LUBELSKIE_2019)
    assert decision.outcome is Outcome.CERTIFIED
    assert [(r.requirement, r.blocking) for r in decision.reasons] == [
        ("PROC-02", False),
        ("PROC-03", False),
    ]
    three = compliant_audit(
        PROC_02=Result.NOT_MET, PROC_03=Result.NOT_MET, ONLINE_05=Result.PARTIALLY_MET
    )
    decision = decide(three, LUBELSKIE_2019)
    assert decision.outcome is Outcome.NOT_CERTIFIED
    # Any one of the three would do, so none blocks on its own: the decision says so.
    assert not any(r.blocking for r in decision.reasons)
    assert "recommended: 1 more of these 3 are needed: PROC-02, PROC-03, ONLINE-05" in (
        decision.explain()
    )
    assert "zalecany: potrzeba jeszcze 1 z tych 3: PROC-02, PROC-03, ONLINE-05" in (
        decision.explain("pl")
    )
    tally = {t.level: (t.fulfilled, t.counted, t.required) for t in decision.tallies}
    assert tally == {Level.MANDATORY: (7, 7, 7), Level.RECOMMENDED: (2, 5, 3)}
    assert [(t.reached, t.short_by) for t in decision.tallies] == [(True, 0), (False, 1)]


def test_a_mandatory_shortfall_blocks_on_its_own_and_reasons_carry_titles() -> None:
    """Every mandatory shortfall must be fixed, so each blocks; each reason names its title;
    a requirement not assessed blocks and the tally shows it."""
    audit = compliant_audit(PROC_01=Result.NOT_MET)
    decision = decide(audit, LUBELSKIE_2019)
    [reason] = decision.reasons
    assert reason.blocking
    assert reason.title == LUBELSKIE_2019.requirement("PROC-01").title
    assert reason.explain() == (
        "PROC-01 Investor cooperation procedures adopted by the office [mandatory]: "
        "result: not met (blocks certification)"
    )
    untitled = Reason("PROC-01", Level.MANDATORY, Result.NOT_MET, blocking=False)
    assert untitled.explain() == "PROC-01 [mandatory]: result: not met"
    assert untitled.explain("pl") == "PROC-01 [obowiązkowy]: wynik: niespełnione"
    unfinished = attrs.evolve(audit, findings=audit.findings[1:])
    decided = decide(unfinished)
    tally = decided.tallies[0]
    assert (tally.fulfilled, tally.counted, tally.not_assessed) == (6, 6, 1)
    assert tally.explain() == "mandatory: 6 of 6 fulfilled, 6 needed, 1 not assessed."
    assert "bez oceny: 1" in tally.explain("pl")
    two_left = attrs.evolve(audit, findings=audit.findings[2:])
    assert not {f.requirement for f in two_left.findings} & {"PROC-01", "PROC-02"}
    mandatory, recommended = decide(two_left).tallies
    assert (mandatory.not_assessed, recommended.not_assessed) == (1, 1)
    none_left = attrs.evolve(audit, findings=())
    assert [t.not_assessed for t in decide(none_left).tallies] == [7, 5]


def test_decide_finds_the_edition_the_audit_names() -> None:
    """Without an edition, decide uses the one the audit names; an id picks a shipped one;
    an id the library does not ship is its own clear error, not AttributeError."""
    audit = compliant_audit()
    assert decide(audit) == decide(audit, LUBELSKIE_2019) == decide(audit, "LUBELSKIE-2019")
    with pytest.raises(UnknownEditionError, match="no edition 'POMORSKIE-2019'"):
        decide(attrs.evolve(audit, edition="POMORSKIE-2019"))
    with pytest.raises(UnknownEditionError, match="no edition 3"):
        decide(audit, 3)  # type: ignore[arg-type]  # a wrong type on purpose


def test_partially_met_counts_when_the_rules_say_so() -> None:
    """With partially_met_counts, a partly met mandatory requirement fulfils it."""
    audit = compliant_audit(PROC_01=Result.PARTIALLY_MET)
    assert decide(audit, LUBELSKIE_2019).outcome is Outcome.NOT_CERTIFIED
    lenient = CertificationRules(partially_met_counts=True)
    assert decide(audit, LUBELSKIE_2019, lenient).outcome is Outcome.CERTIFIED


def test_not_applicable_recommended_leaves_the_share() -> None:
    """A recommended requirement found not applicable counts neither for nor against."""
    audit = compliant_audit(PROC_02=Result.NOT_APPLICABLE)
    decision = decide(audit, LUBELSKIE_2019)
    assert decision.outcome is Outcome.CERTIFIED
    assert decision.tallies[1].counted == 4
    assert [n.requirement for n in decision.notes] == ["PROC-02"]


def test_explain_in_both_languages() -> None:
    """explain() gives a readable account naming the shortfalls, in Polish or English."""
    decision = decide(compliant_audit(ONLINE_02=Result.NOT_MET), LUBELSKIE_2019)
    english = decision.explain("en")
    assert "not certified" in english
    assert (
        "ONLINE-02 Published offer of investment sites [mandatory]: result: not met "
        "(blocks certification)"
    ) in english
    polish = decision.explain("pl")
    assert "certyfikat nieprzyznany" in polish
    assert "[obowiązkowy]: wynik: niespełnione (blokuje certyfikację)" in polish
    noted = decide(compliant_audit(PROC_02=Result.NOT_APPLICABLE), LUBELSKIE_2019)
    assert "Notes:\n  PROC-02:" in noted.explain()


@pytest.mark.parametrize(
    "changes",
    [
        {"recommended_share": Fraction(3, 2)},
        {"mandatory_share": -1},
        {"mandatory_share": "x"},
        {"mandatory_share": 0.5},
        {"recommended_share": "1/0"},
        {"partially_met_counts": 1},
    ],
)
def test_bad_rules_are_refused(changes: dict[str, object]) -> None:
    """Shares lie from 0 to 1 and are exact; a flag is a bool."""
    with pytest.raises(InvalidRulesError):
        CertificationRules(**changes)  # type: ignore[arg-type]  # bad values on purpose


def test_rules_are_derived_and_shares_can_be_strings() -> None:
    """The Lubelskie defaults say they are ours; shares may be written as '2/3'."""
    assert LUBELSKIE_RULES.provenance.is_derived
    assert CertificationRules(recommended_share="2/3").recommended_share == Fraction(2, 3)


def test_certificate_only_from_a_certified_decision() -> None:
    """A certificate needs a CERTIFIED decision and keeps both issuer accounts."""
    decision = decide(compliant_audit(), LUBELSKIE_2019)
    certificate = Certificate(decision, dt.date(2023, 6, 20))
    assert certificate.jst == LUBARTOW
    assert certificate.edition == "LUBELSKIE-2019"
    assert certificate.issuers == LUBELSKIE_ISSUERS
    assert len(certificate.issuers) == 2
    assert certificate.valid_until is None
    assert certificate.validity_provenance.is_derived
    assert certificate.is_valid_on(dt.date(2040, 1, 1))
    assert not certificate.is_valid_on(dt.date(2023, 6, 19))
    failed = decide(compliant_audit(PROC_01=Result.NOT_MET), LUBELSKIE_2019)
    with pytest.raises(CertificationError, match="decision is not_certified"):
        Certificate(failed, dt.date(2023, 6, 20))
    with pytest.raises(CertificationError, match="needs a Decision"):
        Certificate("certified", dt.date(2023, 6, 20))  # type: ignore[arg-type]  # on purpose
    with pytest.raises(CertificationError, match="predates the audit"):
        Certificate(decision, AUDITED_ON - dt.timedelta(days=1))
    with pytest.raises(CertificationError, match="expire before"):
        Certificate(decision, dt.date(2023, 6, 20), valid_until=dt.date(2023, 6, 1))
    limited = Certificate(decision, dt.date(2023, 6, 20), valid_until=dt.date(2026, 6, 20))
    assert not limited.is_valid_on(dt.date(2026, 6, 21))


def test_issuer_accounts_disagree_and_cite_sources() -> None:
    """The two accounts name different issuers; both are stated by a source."""
    first, second = LUBELSKIE_ISSUERS
    assert {t.en for t in first.issuers} != {t.en for t in second.issuers}
    assert not first.provenance.is_derived
    assert not second.provenance.is_derived


def shortfalls(audit: Audit) -> set[str]:
    """Applicable requirements without a fulfilling finding (the definition, restated)."""
    missing = set()
    for requirement in LUBELSKIE_2019.applicable_to(audit.jst.kind):
        found = audit.finding(requirement.id)
        if found is None or found.result in (Result.NOT_MET, Result.PARTIALLY_MET):
            missing.add(requirement.id)
    return missing


@given(audits())
def test_reasons_name_exactly_the_shortfalls(audit: Audit) -> None:
    """The reasons name every applicable requirement that fell short or is missing, and no other;
    the same input always gives the same decision."""
    decision = decide(audit, LUBELSKIE_2019)
    assert {r.requirement for r in decision.reasons} == shortfalls(audit)
    assert len(decision.reasons) == len(shortfalls(audit))
    assert decision == decide(audit, LUBELSKIE_2019)
    if decision.outcome is Outcome.CERTIFIED:
        assert not any(r.blocking for r in decision.reasons)
    else:
        assert any(r.blocking for r in decision.reasons)


@given(audits(), st.data())
def test_improving_never_loses_certification(audit: Audit, data: st.DataObject) -> None:
    """Raising one finding (NOT_MET -> PARTIALLY_MET -> MET) never un-certifies an audit."""
    if not audit.findings:
        return
    better = improve(audit, data.draw(st.integers(0, len(audit.findings) - 1)))
    if better is None:
        return
    before, after = decide(audit, LUBELSKIE_2019), decide(better, LUBELSKIE_2019)
    if before.outcome is Outcome.CERTIFIED:
        assert after.outcome is Outcome.CERTIFIED
    assert len(after.reasons) <= len(before.reasons)


@given(st.sampled_from(list(Outcome)), st.data())
def test_strategy_yields_the_outcome_asked_for(outcome: Outcome, data: st.DataObject) -> None:
    """audits(outcome=...) yields audits that decide() gives exactly that outcome."""
    audit = data.draw(audits(outcome=outcome))
    assert decide(audit, LUBELSKIE_2019).outcome is outcome


def test_issuer_accounts_are_checked() -> None:
    """An issuer account names at least one issuer; a certificate keeps at least one account."""
    decision = decide(compliant_audit(), LUBELSKIE_2019)
    with pytest.raises(CertificationError, match=r"IssuerAccount\.issuers"):
        IssuerAccount((), LUBELSKIE_ISSUERS[0].provenance)
    with pytest.raises(CertificationError, match=r"Certificate\.issuers"):
        Certificate(decision, dt.date(2023, 6, 20), issuers=())


@given(audits(outcome=Outcome.NOT_CERTIFIED, rules=CertificationRules(recommended_share=0)))
def test_not_certified_under_custom_rules(audit: Audit) -> None:
    """The strategy honours the rules it is given: with no recommended share, only a mandatory
    shortfall can fail the audit."""
    rules = CertificationRules(recommended_share=0)
    decision = decide(audit, LUBELSKIE_2019, rules)
    assert decision.outcome is Outcome.NOT_CERTIFIED
    assert any(r.level is Level.MANDATORY and r.blocking for r in decision.reasons)


def test_the_certificate_names_live_only_in_their_own_module() -> None:
    """0.1.0 was never published, so the certificate names have one home and no old alias
    in the certification module (whose import circle with the certificate module is gone)."""
    from investor_standard.assessment import (  # noqa: PLC0415 - the modules under test
        certificate,
        certification,
    )

    for name in ("Certificate", "IssuerAccount", "LUBELSKIE_ISSUERS"):
        assert name in vars(certificate)
        with pytest.raises(AttributeError, match=f"no attribute '{name}'"):
            getattr(certification, name)


@given(st.fractions(min_value=0, max_value=1), st.integers(0, 10_000))
def test_required_is_the_ceiling_of_share_times_counted(share: Fraction, counted: int) -> None:
    """LevelTally.required, worked out in integers, is exactly ceil(share * counted)."""
    import math  # noqa: PLC0415 - only this test needs it

    from investor_standard.assessment.certification import LevelTally  # noqa: PLC0415 - checked here

    tally = LevelTally(Level.MANDATORY, 0, counted, share)
    assert tally.required == math.ceil(share * counted)
