"""Remediation plans after a decision."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given

from builders import AUDITED_ON, compliant_audit
from investor_standard import (
    LUBELSKIE_2019,
    Audit,
    Level,
    Result,
    decide,
    is_working_day,
    remediation_plan,
)
from investor_standard.assessment import RemediationPolicy, Term, TermKind
from investor_standard.foundation import CertificationError, InvalidRulesError
from investor_standard.strategies import audits

AS_OF = dt.date(2023, 3, 31)


def test_plan_lists_each_shortfall_with_a_due_date() -> None:
    """Blocking items come first; mandatory ones get 3 months and recommended 6 (KPA art. 57)."""
    audit = compliant_audit(ONLINE_02=Result.NOT_MET, PROC_02=Result.PARTIALLY_MET)
    plan = remediation_plan(decide(audit, LUBELSKIE_2019), AS_OF)
    rows = [(i.requirement, i.blocking, i.due, i.action.en) for i in plan.items]
    assert rows == [
        # 30 June 2023 is a Friday
        ("ONLINE-02", True, dt.date(2023, 6, 30), "meet the requirement"),
        # 30 September 2023 is a Saturday: moved to Monday 2 October
        ("PROC-02", False, dt.date(2023, 10, 2), "meet the requirement in full"),
    ]
    assert plan.policy.provenance.is_derived


def test_missing_findings_get_the_short_term() -> None:
    """Not-assessed requirements are to be assessed within 10 working days."""
    full = compliant_audit()
    audit = attrs.evolve(full, findings=full.findings[2:])
    plan = remediation_plan(decide(audit, LUBELSKIE_2019), AS_OF)
    assert [(i.requirement, i.due) for i in plan.items] == [
        ("PROC-01", dt.date(2023, 4, 17)),  # over Easter Monday, 10 April 2023
        ("PROC-02", dt.date(2023, 4, 17)),
    ]
    assert plan.items[0].action.pl == "ocenić wymaganie w audycie"


def test_certified_without_shortfalls_gives_an_empty_plan() -> None:
    """Nothing fell short: nothing to plan."""
    assert remediation_plan(decide(compliant_audit(), LUBELSKIE_2019), AS_OF).items == ()


def test_custom_policy_in_working_days() -> None:
    """A policy can count in working days instead of KPA terms."""
    policy = RemediationPolicy(mandatory=Term(TermKind.WORKING_DAYS, 20))
    audit = compliant_audit(PROC_01=Result.NOT_MET)
    plan = remediation_plan(decide(audit, LUBELSKIE_2019), AS_OF, policy)
    assert plan.items[0].due == dt.date(2023, 5, 2)  # skipping Easter Monday and 1 May
    assert policy.term_for(Level.MANDATORY, Result.NOT_MET) == Term(TermKind.WORKING_DAYS, 20)


def test_bad_input() -> None:
    """A plan needs a Decision and a date not before the audit; terms are positive."""
    decision = decide(compliant_audit(PROC_01=Result.NOT_MET), LUBELSKIE_2019)
    with pytest.raises(CertificationError, match="precedes the audit"):
        remediation_plan(decision, AUDITED_ON - dt.timedelta(days=1))
    with pytest.raises(CertificationError, match="needs a Decision"):
        remediation_plan("decision", AS_OF)  # type: ignore[arg-type]  # on purpose
    with pytest.raises(InvalidRulesError, match="positive integer"):
        Term(TermKind.DAYS, 0)
    with pytest.raises(InvalidRulesError, match=r"Term\.kind"):
        Term("days", 3)  # type: ignore[arg-type]  # on purpose
    with pytest.raises(InvalidRulesError, match=r"RemediationPolicy\.mandatory"):
        RemediationPolicy(mandatory=3)  # type: ignore[arg-type]  # on purpose


@given(audits())
def test_every_shortfall_is_planned_on_a_working_day(audit: Audit) -> None:
    """The plan has one item per reason of the decision, each due on a working day after as_of."""
    decision = decide(audit, LUBELSKIE_2019)
    plan = remediation_plan(decision, audit.audited_on)
    assert sorted(i.requirement for i in plan.items) == sorted(
        r.requirement for r in decision.reasons
    )
    for item in plan.items:
        assert item.due > audit.audited_on
        assert is_working_day(item.due)
    blocking = [i.blocking for i in plan.items]
    assert blocking == sorted(blocking, reverse=True)


def test_terms_in_words_with_their_plural_forms() -> None:
    """A term reads with the noun in the form its number takes, in both languages."""
    assert [Term(TermKind.WORKING_DAYS, n).describe("pl") for n in (1, 2, 5, 22)] == [
        "1 dzień roboczy",
        "2 dni robocze",
        "5 dni roboczych",
        "22 dni robocze",
    ]
    assert Term(TermKind.WEEKS, 1).describe() == "1 week"
    assert Term(TermKind.YEARS, 5).describe("pl") == "5 lat"
    assert Term(TermKind.DAYS, 14).describe() == "14 days"


def test_a_plan_renders_as_text_and_markdown_in_both_languages() -> None:
    """The plan lists each item with its title, action, due date and term, blocking ones
    marked; an empty plan says there is nothing to fix."""
    from investor_standard.assessment import (  # noqa: PLC0415 - only this test
        remediation_markdown,
        remediation_text,
    )

    decision = decide(compliant_audit(PROC_01=Result.NOT_MET), LUBELSKIE_2019)
    plan = remediation_plan(decision, AUDITED_ON)
    assert plan.items[0].title == LUBELSKIE_2019.requirement("PROC-01").title
    text = remediation_text(plan)
    assert text.splitlines()[1].endswith("(3 months) (blocks certification)")
    polish = remediation_text(plan, "pl")
    assert "(3 miesiące) (blokuje certyfikację)" in polish
    assert polish.startswith("Plan naprawczy: Lubartów")
    markdown = remediation_markdown(plan)
    assert markdown.startswith("## Remediation plan: Lubartów")
    assert "\n- PROC-01 Investor cooperation procedures" in markdown
    empty = remediation_plan(decide(compliant_audit(), LUBELSKIE_2019), AUDITED_ON)
    assert remediation_text(empty).endswith("Nothing to fix.")
    assert remediation_markdown(empty, "pl").endswith("- Nic do naprawy.\n")
