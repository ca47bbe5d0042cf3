"""Every fact the library encodes, with its provenance, in one list.

:func:`encoded_facts` gathers the facts from the catalogue, the calendar, the
timeline, the indicators, the certification and the service-quality study, so
that a reader can see at a glance which are stated by a source and which we
derived. The documentation's page on sources is generated from it.

>>> facts = encoded_facts()
>>> any(f.subject == "LUBELSKIE_RESULTS" and not f.provenance.is_derived for f in facts)
True
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from investor_standard.assessment.audit import AUDIT_RULES
from investor_standard.assessment.certificate import LUBELSKIE_ISSUERS, NO_STATED_VALIDITY
from investor_standard.assessment.certification import LUBELSKIE_RULES
from investor_standard.assessment.editions import EDITIONS
from investor_standard.assessment.remediation import DEFAULT_REMEDIATION
from investor_standard.assessment.scoring import DEFAULT_SCORING
from investor_standard.foundation.provenance import Provenance
from investor_standard.jst.register import REGISTER_AS_OF, REGISTER_PROVENANCE, REGISTER_SHA256
from investor_standard.jst.teryt import TERYT_PROVENANCE
from investor_standard.offer.checks import CardCheck
from investor_standard.offer.completeness import (
    DEFAULT_SITE_PROFILE,
    DEFAULT_TAB_PROFILE,
    PAIH_EXPORT_PROFILE,
)
from investor_standard.offer.site import CARD_RULES, OFFER_TYPES_PROVENANCE, OfferType
from investor_standard.programme.indicators import LUBELSKIE_RESULTS, TARGET_READING
from investor_standard.programme.projects import PROJECTS, UNDATED_PROJECTS
from investor_standard.programme.stages import LUBELSKIE_STAGES, STAGES_PROVENANCE
from investor_standard.programme.study import (
    BEST_SERVING,
    BEST_SERVING_PROVENANCE,
    DEFAULT_QUALITY_SCORING,
    MYSTERY_CLIENT_STUDY,
)
from investor_standard.workdays.days_off import DAY_OFF_RULES
from investor_standard.workdays.deadlines import KPA_PROVENANCE

__all__ = ["EncodedFact", "encoded_facts", "enforced_rules"]


@attrs.frozen
class EncodedFact:
    """One encoded fact: what it is about, what it says, and where it comes from.

    >>> fact = encoded_facts()[0]
    >>> fact.subject, fact.provenance.basis.value
    ('LUBELSKIE-2019', 'derived')
    """

    subject: str
    statement: str
    provenance: Provenance


def _edition_facts() -> Iterator[EncodedFact]:
    for edition in EDITIONS.values():
        yield EncodedFact(edition.id, edition.title.en, edition.provenance)
        for area in edition.areas:
            yield EncodedFact(f"{edition.id} area {area.id}", area.title.en, area.provenance)
        for r in edition.requirements:
            yield EncodedFact(f"{edition.id} {r.id}", r.title.en, r.provenance)
            yield EncodedFact(f"{edition.id} {r.id} level", r.level.label.en, r.level_provenance)
            for parameter in r.parameters:
                yield EncodedFact(
                    f"{edition.id} {r.id} {type(parameter).__name__}",
                    parameter.summary,
                    parameter.provenance,
                )


def _calendar_facts() -> Iterator[EncodedFact]:
    yield EncodedFact("TERYT", "structure of TERC codes", TERYT_PROVENANCE)
    yield EncodedFact(
        "register of local governments",
        f"GUS TERC as of {REGISTER_AS_OF.isoformat()} (SHA-256 {REGISTER_SHA256[:12]}...)",
        REGISTER_PROVENANCE,
    )
    for rule in DAY_OFF_RULES:
        years = f"{rule.first_year}-{rule.last_year}"
        yield EncodedFact("day off", f"{rule.name.en} ({years})", rule.provenance)
    yield EncodedFact("KPA art. 57", "counting of administrative terms", KPA_PROVENANCE)


def _timeline_facts() -> Iterator[EncodedFact]:
    for project in PROJECTS.values():
        yield EncodedFact(
            f"project {project.id}", f"{project.start} to {project.end}", project.provenance
        )
        for phase in project.phases:
            yield EncodedFact(
                f"{project.id} phase {phase.id}",
                f"{phase.name.en}: {phase.start} to {phase.end}",
                phase.provenance,
            )
        for milestone in project.milestones:
            yield EncodedFact(
                f"{project.id} milestone {milestone.id}",
                f"{milestone.name.en}: {milestone.day}",
                milestone.provenance,
            )


def _programme_facts() -> Iterator[EncodedFact]:
    for undated in UNDATED_PROJECTS.values():
        yield EncodedFact(f"project {undated.id}", undated.summary.en, undated.provenance)
    yield EncodedFact(
        "participants' stages",
        " → ".join(stage.name.en for stage in LUBELSKIE_STAGES),
        STAGES_PROVENANCE,
    )


def _results_facts() -> Iterator[EncodedFact]:
    results = LUBELSKIE_RESULTS
    yield EncodedFact(
        "LUBELSKIE_RESULTS",
        f"{results.participants} took part, {results.implemented} implemented, "
        f"target at least {results.target}",
        results.provenance,
    )
    yield EncodedFact(
        "LUBELSKIE_RESULTS target",
        f"target met when at least {results.target} implemented",
        TARGET_READING,
    )
    for account in LUBELSKIE_ISSUERS:
        names = " and ".join(issuer.en for issuer in account.issuers)
        yield EncodedFact("certificate issuers", names, account.provenance)
    yield EncodedFact("certificate validity", "a certificate does not expire", NO_STATED_VALIDITY)
    yield EncodedFact(
        "certification rules",
        f"mandatory share {LUBELSKIE_RULES.mandatory_share}, recommended share "
        f"{LUBELSKIE_RULES.recommended_share}, partly met counts: "
        f"{LUBELSKIE_RULES.partially_met_counts}",
        LUBELSKIE_RULES.provenance,
    )
    yield EncodedFact(
        "scoring",
        f"weights {DEFAULT_SCORING.mandatory_weight} and {DEFAULT_SCORING.recommended_weight}, "
        f"partial credit {DEFAULT_SCORING.partial_credit}",
        DEFAULT_SCORING.provenance,
    )
    policy = DEFAULT_REMEDIATION
    yield EncodedFact(
        "remediation terms",
        f"{policy.mandatory.amount} {policy.mandatory.kind.value} (mandatory), "
        f"{policy.recommended.amount} {policy.recommended.kind.value} (recommended), "
        f"{policy.not_assessed.amount} {policy.not_assessed.kind.value} (not assessed)",
        policy.provenance,
    )
    study = MYSTERY_CLIENT_STUDY
    yield EncodedFact(
        "mystery-client study",
        f"{study.beneficiaries} beneficiaries, {len(study.channels)} channels, "
        f"{study.scenarios_per_channel} scenarios per channel, until {study.ends_on}",
        study.provenance,
    )
    yield EncodedFact(
        "best at serving investors",
        ", ".join(jst.name for jst in BEST_SERVING),
        BEST_SERVING_PROVENANCE,
    )
    yield EncodedFact(
        "service-quality scoring",
        f"e-mail full credit within {DEFAULT_QUALITY_SCORING.email_full_within} working day(s), "
        f"partial within {DEFAULT_QUALITY_SCORING.email_partial_within}",
        DEFAULT_QUALITY_SCORING.provenance,
    )


def enforced_rules() -> tuple[EncodedFact, ...]:
    """Every rule by which the library refuses a value or notes a judgement, with its basis:
    the rules an audit is checked against, each requirement's applicability and evidence
    kinds, the rules a site card must meet, and the checks a completeness profile may apply.

    >>> rules = enforced_rules()
    >>> len(rules) > 10, rules[0].statement[:40]
    (True, 'urban gmina, rural gmina, urban-rural gm')
    """
    return tuple(_rule_facts())


def _rule_facts() -> Iterator[EncodedFact]:
    for edition in EDITIONS.values():
        for r in edition.requirements:
            yield EncodedFact(
                f"{edition.id} {r.id} applies to",
                ", ".join(kind.label.en for kind in r.applies_to),
                r.applies_to_provenance,
            )
            yield EncodedFact(
                f"{edition.id} {r.id} evidence",
                ", ".join(kind.label.en for kind in r.evidence),
                r.evidence_provenance,
            )
    for rule, provenance in AUDIT_RULES:
        yield EncodedFact("audit rule", rule, provenance)
    for rule, provenance in CARD_RULES:
        yield EncodedFact("site card rule", rule, provenance)
    for check in CardCheck:
        yield EncodedFact(f"site card check {check.value}", check.summary, check.provenance)


def _offer_facts() -> Iterator[EncodedFact]:
    yield EncodedFact(
        "offer types",
        ", ".join(kind.value for kind in OfferType),
        OFFER_TYPES_PROVENANCE,
    )
    for profile in (DEFAULT_SITE_PROFILE, PAIH_EXPORT_PROFILE, DEFAULT_TAB_PROFILE):
        checks = f"; checks: {', '.join(c.value for c in profile.checks)}" if profile.checks else ""
        yield EncodedFact(
            f"completeness profile {profile.id}",
            f"{len(profile.fields)} fields expected of each {profile.target}{checks}",
            profile.provenance,
        )


def encoded_facts() -> tuple[EncodedFact, ...]:
    """Every fact the library encodes, each with its provenance, grouped by topic.

    >>> facts = encoded_facts()
    >>> sum(fact.provenance.is_derived for fact in facts) > 0
    True
    >>> sorted({fact.provenance.basis.value for fact in facts})
    ['derived', 'stated']
    """
    return (
        *_edition_facts(),
        *_calendar_facts(),
        *_timeline_facts(),
        *_programme_facts(),
        *_results_facts(),
        *_offer_facts(),
        *_rule_facts(),
    )
