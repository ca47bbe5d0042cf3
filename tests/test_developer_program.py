"""The program a municipal developer writes, using only names the documentation shows.

Build an audit for the rural gmina of Lubartów (0608072), decide it, print its reasons and
a remediation plan, dump and load it, and compute a KPA deadline.
"""

from __future__ import annotations

import datetime as dt

from investor_standard import (
    LUBELSKIE_2019,
    Audit,
    Evidence,
    Finding,
    Outcome,
    decide,
    dump_audit,
    kpa_deadline,
    load_audit,
    local_government,
    remediation_plan,
)
from investor_standard.assessment import remediation_text


def test_the_developer_program_needs_no_name_outside_the_docs() -> None:
    """Every step runs with the top-level names and one documented renderer."""
    gmina = local_government("0608072")
    assert gmina.name == "Lubartów"
    day = dt.date(2023, 3, 8)
    findings = [
        Finding(r.id, "met", [Evidence(r.evidence[0].value, f"{r.id}.pdf", day)])
        for r in LUBELSKIE_2019.applicable_to(gmina.kind)
        if r.id != "ONLINE-04"
    ]
    findings.append(Finding("ONLINE-04", "not_met"))
    audit = Audit(gmina, "LUBELSKIE-2019", day, findings, "A. Nowak")
    decision = decide(audit)
    assert decision.outcome is Outcome.CERTIFIED  # a recommended shortfall is within the share
    assert [reason.explain() for reason in decision.reasons] == [
        "ONLINE-04 Offers in the PAIH investment-site database [recommended]: result: not met"
    ]
    plan = remediation_plan(decision, as_of=day)
    assert "ONLINE-04" in remediation_text(plan)
    assert load_audit(dump_audit(audit)) == audit
    assert kpa_deadline(day, days=14) == dt.date(2023, 3, 22)
