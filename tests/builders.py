"""Builders of audits for pinned examples (property tests use investor_standard.strategies)."""

from __future__ import annotations

import datetime as dt

from investor_standard import (
    LUBELSKIE_2019,
    Audit,
    Edition,
    Evidence,
    Finding,
    LocalGovernment,
    Requirement,
    Result,
)

AUDITED_ON = dt.date(2023, 3, 15)
LUBARTOW = LocalGovernment("0608011", "Lubartów")
RURAL_LUBARTOW = LocalGovernment("0608072", "Lubartów")
COUNTY = LocalGovernment("0608", "Powiat lubartowski")


def proof(requirement: Requirement) -> Evidence:
    """Evidence of the first kind the requirement lists, collected before the audit."""
    return Evidence(requirement.evidence[0], f"ref:{requirement.id}", dt.date(2023, 3, 1))


def finding(requirement: Requirement, result: Result = Result.MET) -> Finding:
    """A finding with proof attached."""
    return Finding(requirement.id, result, (proof(requirement),))


def compliant_audit(
    jst: LocalGovernment = LUBARTOW,
    edition: Edition = LUBELSKIE_2019,
    **results: Result,
) -> Audit:
    """Every applicable requirement MET with proof, except those given as ID=Result.

    Keyword names use underscores for dashes: ``PROC_01=Result.NOT_MET``.
    """
    wanted = {key.replace("_", "-"): value for key, value in results.items()}
    findings = [finding(r, wanted.get(r.id, Result.MET)) for r in edition.applicable_to(jst.kind)]
    return Audit(jst, edition.id, AUDITED_ON, tuple(findings), "Test Auditor")
