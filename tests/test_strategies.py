"""The shipped Hypothesis strategies, used as a user would."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from hypothesis import given, strategies as st
from hypothesis.errors import InvalidArgument

from investor_standard import (
    LUBELSKIE_2019,
    Audit,
    Certificate,
    Finding,
    Outcome,
    decide,
    is_working_day,
)
from investor_standard.assessment import Term, check_audit
from investor_standard.programme import Phase
from investor_standard.strategies import (
    certification_rules,
    findings,
    phases,
    register_type_strategies,
    working_days,
)
from investor_standard.workdays import Deadline


def run_python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_importing_the_library_never_imports_hypothesis() -> None:
    """Even importing every public name leaves hypothesis unloaded."""
    code = (
        "import sys, investor_standard as i\n"
        "for name in i.__all__: getattr(i, name)\n"
        "print('hypothesis' in sys.modules)"
    )
    assert run_python(code) == "False"


def test_from_type_works_in_a_fresh_interpreter() -> None:
    """After installation, st.from_type(Audit) works in any project through the entry point."""
    code = (
        "from hypothesis import given, settings, strategies as st\n"
        "from investor_standard import Audit, Decision, LUBELSKIE_2019, decide\n"
        "seen = []\n"
        "@settings(max_examples=10, database=None)\n"
        "@given(st.from_type(Audit), st.from_type(Decision))\n"
        "def check(audit, decision):\n"
        "    decide(audit, LUBELSKIE_2019)\n"
        "    seen.append(type(decision).__name__)\n"
        "check()\n"
        "print(len(seen) > 0, set(seen))"
    )
    assert run_python(code) == "True {'Decision'}"


@given(st.from_type(Audit))
def test_registered_audits_are_valid(audit: Audit) -> None:
    """Audits from st.from_type pass the checks of the Lubelskie edition."""
    check_audit(audit, LUBELSKIE_2019)


@given(st.sampled_from(list(Outcome)), st.data())
def test_audits_with_a_chosen_outcome_under_generated_rules(
    outcome: Outcome, data: st.DataObject
) -> None:
    """audits(outcome=..., rules=...) gives that outcome whenever the rules allow it."""
    from investor_standard.strategies import audits  # noqa: PLC0415 - drawn inside

    rules = data.draw(certification_rules())
    if outcome is Outcome.NOT_CERTIFIED and rules.mandatory_share == rules.recommended_share == 0:
        with pytest.raises(InvalidArgument, match="require nothing"):
            data.draw(audits(outcome=outcome, rules=rules))
        return
    audit = data.draw(audits(outcome=outcome, rules=rules))
    assert decide(audit, LUBELSKIE_2019, rules).outcome is outcome


@given(st.from_type(Certificate))
def test_registered_certificates_come_from_certified_decisions(certificate: Certificate) -> None:
    """Certificates from st.from_type rest on a CERTIFIED decision and are valid from the day
    they are issued (until they expire, when they do)."""
    assert certificate.decision.outcome is Outcome.CERTIFIED
    assert certificate.is_valid_on(certificate.issued_on)
    if certificate.valid_until is not None:
        assert not certificate.is_valid_on(certificate.valid_until + dt.timedelta(days=1))


@given(findings())
def test_findings_are_for_known_requirements(finding: Finding) -> None:
    """Findings name requirements of the edition; MET ones carry proof of a listed kind."""
    requirement = LUBELSKIE_2019.requirement(finding.requirement)
    if finding.result.value == "met":
        assert any(e.kind in requirement.evidence for e in finding.evidence)


@given(working_days(dt.date(2020, 1, 1), dt.date(2030, 12, 31)), st.from_type(Deadline))
def test_dates_and_deadlines(day: dt.date, deadline: Deadline) -> None:
    """working_days() yields working days; deadlines end on a working day."""
    assert is_working_day(day)
    assert is_working_day(deadline.end)


@given(phases(), st.from_type(Term))
def test_phases_and_terms(phase: Phase, term: Term) -> None:
    """Phases never end before they start; terms are positive."""
    assert phase.start <= phase.end
    assert term.amount >= 1


register_type_strategies()  # a second registration, as a user without plugins would do


@given(st.from_type(Audit))
def test_registration_can_be_repeated(audit: Audit) -> None:
    """register_type_strategies may be called again (when plugins are off), harmlessly."""
    assert audit.edition == LUBELSKIE_2019.id


def test_the_documentation_lists_every_strategy() -> None:
    """docs/property-tests.md names each strategy the module offers."""
    from pathlib import Path  # noqa: PLC0415 - only this test reads a file

    from investor_standard import strategies  # noqa: PLC0415 - its __all__ is checked

    page = (Path(__file__).resolve().parent.parent / "docs" / "property-tests.md").read_text(
        encoding="utf-8"
    )
    missing = [
        name
        for name in strategies.__all__
        if name != "register_type_strategies" and f"`{name}`" not in page
    ]
    assert missing == []
