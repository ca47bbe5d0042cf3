"""Hypothesis strategies for the library's types, for use in your own property tests.

This module imports :mod:`hypothesis` (install ``investor-standard[hypothesis]``);
the rest of the package never imports it.

>>> from hypothesis import given
>>> @given(teryt_codes(kind=JstKind.RURAL_GMINA))
... def test_rural(code: str) -> None:
...     assert Teryt(code).kind is JstKind.RURAL_GMINA
>>> test_rural()
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from investor_standard.assessment.audit import Audit, Evidence, Finding, Result
from investor_standard.assessment.catalogue import (
    Area,
    Edition,
    EvidenceKind,
    Level,
    OfferLanguages,
    Parameter,
    ReplyDeadline,
    Requirement,
)
from investor_standard.assessment.certificate import Certificate
from investor_standard.assessment.certification import (
    LUBELSKIE_RULES,
    CertificationRules,
    Decision,
    Outcome,
    decide,
)
from investor_standard.assessment.editions import LUBELSKIE_2019
from investor_standard.assessment.remediation import Term, TermKind
from investor_standard.assessment.scoring import ScoringModel
from investor_standard.foundation.provenance import Provenance, Source, derived, stated
from investor_standard.foundation.text import Lang, Text
from investor_standard.jst.teryt import VOIVODESHIPS, JstKind, LocalGovernment, Teryt
from investor_standard.offer.investor_tab import InvestorTab
from investor_standard.offer.site import (
    Attachment,
    Contact,
    Descriptions,
    Electricity,
    LandUse,
    Location,
    OfferType,
    Ownership,
    Plot,
    PlotShape,
    SiteOffer,
    Terrain,
    Transport,
    Utilities,
    Utility,
    Zoning,
)
from investor_standard.offer.units import (
    CubicMetresPerDay,
    Hectares,
    Kilometres,
    Kilovolts,
    LitresPerSecond,
    Megawatts,
    Metres,
    Percent,
    Zloty,
)
from investor_standard.programme.timeline import Milestone, Phase, ProjectTimeline
from investor_standard.workdays.arithmetic import next_working_day
from investor_standard.workdays.deadlines import Deadline, explain_kpa_deadline

__all__ = [
    "areas",
    "audits",
    "certificates",
    "certification_rules",
    "deadlines",
    "decisions",
    "editions",
    "evidence",
    "findings",
    "findings_for",
    "investor_tabs",
    "kpa_terms",
    "local_governments",
    "milestones",
    "phases",
    "provenances",
    "register_type_strategies",
    "requirements",
    "scoring_models",
    "site_offers",
    "sources",
    "terms",
    "teryt_codes",
    "teryts",
    "texts",
    "timelines",
    "working_days",
]

_GMINA_TYPE_DIGIT = {
    JstKind.URBAN_GMINA: "1",
    JstKind.RURAL_GMINA: "2",
    JstKind.URBAN_RURAL_GMINA: "3",
}


def _two_digits(low: int, high: int) -> st.SearchStrategy[str]:
    return st.integers(low, high).map(lambda n: f"{n:02d}")


def _code_of(kind: JstKind) -> st.SearchStrategy[str]:
    voivodeship = st.sampled_from(sorted(VOIVODESHIPS))
    ordinary_county = _two_digits(1, 60)
    gmina_number = _two_digits(1, 99)
    if kind is JstKind.VOIVODESHIP:
        return voivodeship
    if kind is JstKind.COUNTY:
        return st.tuples(voivodeship, ordinary_county).map("".join)
    if kind is JstKind.CITY_WITH_COUNTY_RIGHTS:
        city = _two_digits(61, 99)
        county_form = st.tuples(voivodeship, city).map("".join)
        gmina_form = st.tuples(voivodeship, city, gmina_number, st.just("1")).map("".join)
        return county_form | gmina_form
    digit = _GMINA_TYPE_DIGIT[kind]
    return st.tuples(voivodeship, ordinary_county, gmina_number, st.just(digit)).map("".join)


def teryt_codes(kind: JstKind | None = None) -> st.SearchStrategy[str]:
    """Valid TERYT codes (strings) of self-governing units, of ``kind`` or of any kind.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(teryt_codes(kind=JstKind.COUNTY))
    ... def check(code):
    ...     assert len(code) == 4 and Teryt(code).kind is JstKind.COUNTY
    >>> check()
    """
    if kind is not None:
        return _code_of(kind)
    return st.sampled_from(list(JstKind)).flatmap(_code_of)


def teryts(kind: JstKind | None = None) -> st.SearchStrategy[Teryt]:
    """Valid :class:`~investor_standard.jst.teryt.Teryt` values, of ``kind`` or of any kind.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(teryts())
    ... def check(teryt):
    ...     assert Teryt(teryt.code) == teryt
    >>> check()
    """
    return teryt_codes(kind).map(Teryt)


def local_governments(kind: JstKind | None = None) -> st.SearchStrategy[LocalGovernment]:
    """Local governments with valid codes and non-blank names.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(local_governments(kind=JstKind.RURAL_GMINA))
    ... def check(unit):
    ...     assert unit.kind is JstKind.RURAL_GMINA and unit.name.strip()
    >>> check()
    """
    names = st.text(min_size=1, max_size=40).filter(lambda name: bool(name.strip()))
    return st.builds(LocalGovernment, teryts(kind), names)


_REFERENCES = st.text(st.characters(codec="utf-8"), min_size=1, max_size=30).filter(
    lambda text: bool(text.strip())
)


def evidence(
    kinds: st.SearchStrategy[EvidenceKind] | None = None, *, on_or_before: dt.date | None = None
) -> st.SearchStrategy[Evidence]:
    """Evidence of the given kinds, collected (when dated) no later than ``on_or_before``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(evidence(st.just(EvidenceKind.WEBPAGE), on_or_before=dt.date(2023, 3, 8)))
    ... def check(item):
    ...     assert item.kind is EvidenceKind.WEBPAGE
    ...     assert item.collected_on is None or item.collected_on <= dt.date(2023, 3, 8)
    >>> check()
    """
    latest = on_or_before or dt.date(2100, 12, 31)
    dates = st.none() | st.dates(dt.date(1990, 1, 1), latest)
    return st.builds(
        Evidence,
        kinds if kinds is not None else st.sampled_from(EvidenceKind),
        _REFERENCES,
        dates,
        st.text(max_size=20),
    )


def findings_for(
    requirement: Requirement, result: Result, audited_on: dt.date
) -> st.SearchStrategy[Finding]:
    """Valid findings with ``result`` for ``requirement`` in an audit dated ``audited_on``.

    A MET finding always carries at least one piece of evidence of a kind the
    requirement lists; other findings carry up to two pieces of any kind.

    >>> proc = LUBELSKIE_2019.requirement("PROC-01")
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(findings_for(proc, Result.MET, dt.date(2023, 3, 8)))
    ... def check(finding):
    ...     assert finding.result is Result.MET
    ...     assert {item.kind for item in finding.evidence} & set(proc.evidence)
    >>> check()
    """
    proving = evidence(st.sampled_from(requirement.evidence), on_or_before=audited_on)
    anything = st.lists(evidence(on_or_before=audited_on), max_size=2)
    items = (
        st.tuples(proving, anything).map(lambda pair: (pair[0], *pair[1]))
        if result is Result.MET
        else anything.map(tuple)
    )
    return st.builds(Finding, st.just(requirement.id), st.just(result), items, st.text(max_size=20))


def _results(requirement: Requirement) -> st.SearchStrategy[Result]:
    allowed = [Result.MET, Result.PARTIALLY_MET, Result.NOT_MET]
    if requirement.level is Level.RECOMMENDED:
        allowed.append(Result.NOT_APPLICABLE)
    return st.sampled_from(allowed)


def _enforce_outcome(
    results: dict[str, Result],
    applicable: tuple[Requirement, ...],
    outcome: Outcome,
    rules: CertificationRules,
) -> dict[str, Result]:
    """Adjust drawn results so that a complete audit has ``outcome``."""
    adjusted = dict(results)
    by_level = {level: [r for r in applicable if r.level is level] for level in Level}
    if outcome is Outcome.CERTIFIED:
        for level, requirements in by_level.items():
            counted = [r for r in requirements if adjusted[r.id] is not Result.NOT_APPLICABLE]
            needed = math.ceil(rules.share(level) * len(counted))
            fulfilled = sum(rules.fulfils(adjusted[r.id]) for r in counted)
            for requirement in counted:
                if fulfilled >= needed:
                    break
                if not rules.fulfils(adjusted[requirement.id]):
                    adjusted[requirement.id] = Result.MET
                    fulfilled += 1
        return adjusted
    # NOT_CERTIFIED: fail every level that can fail (a share above 0 with something counted).
    for level, requirements in by_level.items():
        if rules.share(level) > 0:
            for requirement in requirements:
                adjusted[requirement.id] = Result.NOT_MET
    return adjusted


@st.composite
def audits(
    draw: st.DrawFn,
    edition: Edition = LUBELSKIE_2019,
    *,
    jst: st.SearchStrategy[LocalGovernment] | None = None,
    outcome: Outcome | None = None,
    rules: CertificationRules = LUBELSKIE_RULES,
) -> Audit:
    """Valid audits of ``edition``; with ``outcome``, ones that ``decide`` gives that outcome.

    ``decide(audit, edition, rules)`` is CERTIFIED, NOT_CERTIFIED or INCOMPLETE as
    asked (NOT_CERTIFIED needs rules under which some level can fail). Without
    ``outcome``, any valid audit, complete or not.

    >>> from investor_standard import Outcome, decide
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10)
    ... @given(audits(outcome=Outcome.CERTIFIED))
    ... def check(audit):
    ...     assert decide(audit).outcome is Outcome.CERTIFIED
    >>> check()
    """
    if outcome is Outcome.NOT_CERTIFIED and not (rules.mandatory_share or rules.recommended_share):
        raise InvalidArgument("no audit can fall short under rules that require nothing")
    kinds = [kind for kind in JstKind if edition.applicable_to(kind)]
    unit = draw(jst if jst is not None else st.sampled_from(kinds).flatmap(local_governments))
    applicable = edition.applicable_to(unit.kind)
    audited_on = draw(st.dates(dt.date(2016, 1, 1), dt.date(2030, 12, 31)))
    results = {r.id: draw(_results(r)) for r in applicable}
    if outcome in (Outcome.CERTIFIED, Outcome.NOT_CERTIFIED):
        results = _enforce_outcome(results, applicable, outcome, rules)
        kept = list(applicable)
    else:
        kept = draw(
            st.lists(st.sampled_from(applicable), unique=True, max_size=len(applicable) - 1)
            if outcome is Outcome.INCOMPLETE
            else st.lists(st.sampled_from(applicable), unique=True)
        )
        if outcome is None and draw(st.booleans()):
            kept = list(applicable)
    findings = [draw(findings_for(r, results[r.id], audited_on)) for r in kept]
    order = draw(st.permutations(findings))
    return Audit(unit, edition.id, audited_on, tuple(order), draw(st.text(max_size=20)))


_NON_BLANK = st.text(min_size=1, max_size=30).filter(lambda text: bool(text.strip()))
_IDS = st.from_regex(r"[A-Z][A-Z0-9]{0,5}(-[A-Z0-9]{1,4}){0,2}", fullmatch=True)


def texts() -> st.SearchStrategy[Text]:
    """Bilingual labels with non-blank Polish and English.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(texts())
    ... def check(text):
    ...     assert text.pl.strip() and text.en.strip()
    >>> check()
    """
    return st.builds(Text, _NON_BLANK, _NON_BLANK)


def sources() -> st.SearchStrategy[Source]:
    """Sources with a title and, sometimes, a web address.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(sources())
    ... def check(source):
    ...     assert source.title.strip()
    >>> check()
    """
    addresses = st.from_regex(r"https://example\.org/[a-z0-9/-]{0,20}", fullmatch=True)
    return st.builds(Source, _NON_BLANK, st.none() | addresses)


def provenances() -> st.SearchStrategy[Provenance]:
    """Stated provenance (with sources) or derived provenance (with a note).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(provenances())
    ... def check(provenance):
    ...     assert provenance.sources or provenance.is_derived
    >>> check()
    """
    return st.one_of(
        st.lists(sources(), min_size=1, max_size=2).map(lambda items: stated(*items)),
        st.builds(
            lambda note, items: derived(note, *items), _NON_BLANK, st.lists(sources(), max_size=2)
        ),
    )


def _parameters() -> st.SearchStrategy[tuple[Parameter, ...]]:
    deadline = st.builds(ReplyDeadline, st.integers(1, 60), provenances())
    languages = st.builds(
        OfferLanguages, st.lists(st.sampled_from(Lang), min_size=1, unique=True), provenances()
    )
    return st.tuples(st.none() | deadline, st.none() | languages).map(
        lambda pair: tuple(item for item in pair if item is not None)
    )


def areas(ids: st.SearchStrategy[str] = _IDS) -> st.SearchStrategy[Area]:
    """Areas of a catalogue, with ids drawn from ``ids``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(areas(ids=st.just("PROC")))
    ... def check(area):
    ...     assert area.id == "PROC"
    >>> check()
    """
    return st.builds(Area, ids, texts(), texts(), provenances())


def requirements(
    ids: st.SearchStrategy[str] = _IDS, area_ids: st.SearchStrategy[str] = _IDS
) -> st.SearchStrategy[Requirement]:
    """Requirements with any level, kinds, evidence kinds and parameters.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(requirements(area_ids=st.just("NET")))
    ... def check(requirement):
    ...     assert requirement.area == "NET" and requirement.applies_to
    >>> check()
    """
    return st.builds(
        Requirement,
        id=ids,
        area=area_ids,
        title=texts(),
        description=texts(),
        question=texts(),
        level=st.sampled_from(Level),
        applies_to=st.lists(st.sampled_from(JstKind), min_size=1, unique=True),
        evidence=st.lists(st.sampled_from(EvidenceKind), min_size=1, unique=True),
        provenance=provenances(),
        level_provenance=provenances(),
        parameters=_parameters(),
        applies_to_provenance=provenances(),
        evidence_provenance=provenances(),
    )


@st.composite
def editions(draw: st.DrawFn, *, max_requirements: int = 12) -> Edition:
    """Consistent editions: unique ids, every requirement in one of the areas.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10)
    ... @given(editions())
    ... def check(edition):
    ...     areas = {area.id for area in edition.areas}
    ...     assert all(r.area in areas for r in edition.requirements)
    >>> check()
    """
    area_ids = draw(st.lists(_IDS, min_size=1, max_size=5, unique=True))
    drawn_areas = [draw(areas(st.just(area_id))) for area_id in area_ids]
    ids = draw(st.lists(_IDS, max_size=max_requirements, unique=True))
    drawn = [draw(requirements(st.just(i), st.sampled_from(area_ids))) for i in ids]
    return Edition(draw(_IDS), draw(texts()), drawn_areas, drawn, draw(provenances()))


@st.composite
def timelines(draw: st.DrawFn) -> ProjectTimeline:
    """Consistent timelines: phases (if any) tiling the period, milestones inside it.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10)
    ... @given(timelines())
    ... def check(timeline):
    ...     assert all(timeline.start <= m.day <= timeline.end for m in timeline.milestones)
    >>> check()
    """
    start = draw(st.dates(dt.date(1995, 1, 1), dt.date(2090, 12, 31)))
    length = draw(st.integers(0, 2000))
    end = start + dt.timedelta(days=length)
    cuts = sorted(draw(st.lists(st.integers(1, length), unique=True, max_size=4))) if length else []
    bounds = [0, *cuts, length + 1]
    drawn_phases = []
    if draw(st.booleans()):
        drawn_phases = [
            draw(
                phases(
                    st.just(f"P{index}"),
                    start + dt.timedelta(days=bounds[index]),
                    start + dt.timedelta(days=bounds[index + 1] - 1),
                )
            )
            for index in range(len(bounds) - 1)
        ]
    count = draw(st.integers(0, 4))
    drawn_milestones = [draw(milestones(st.just(f"M{i}"), start, end)) for i in range(count)]
    return ProjectTimeline(
        draw(_IDS),
        draw(texts()),
        start,
        end,
        draw(texts()),
        draw(provenances()),
        drawn_phases,
        drawn_milestones,
    )


def phases(
    ids: st.SearchStrategy[str] = _IDS,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> st.SearchStrategy[Phase]:
    """Phases; with ``start`` and ``end``, exactly that stretch, else any valid one.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(phases(start=dt.date(2020, 1, 1), end=dt.date(2020, 6, 30)))
    ... def check(phase):
    ...     assert (phase.start, phase.end) == (dt.date(2020, 1, 1), dt.date(2020, 6, 30))
    >>> check()
    """
    if start is not None and end is not None:
        return st.builds(Phase, ids, texts(), st.just(start), st.just(end), provenances())
    first = st.dates(dt.date(1995, 1, 1), dt.date(2090, 12, 31))
    return first.flatmap(
        lambda day: st.builds(
            Phase,
            ids,
            texts(),
            st.just(day),
            st.integers(0, 1000).map(lambda n: day + dt.timedelta(days=n)),
            provenances(),
        )
    )


def milestones(
    ids: st.SearchStrategy[str] = _IDS,
    earliest: dt.date = dt.date(1995, 1, 1),
    latest: dt.date = dt.date(2090, 12, 31),
) -> st.SearchStrategy[Milestone]:
    """Milestones dated from ``earliest`` to ``latest``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(milestones(earliest=dt.date(2020, 1, 1), latest=dt.date(2020, 12, 31)))
    ... def check(milestone):
    ...     assert milestone.day.year == 2020
    >>> check()
    """
    return st.builds(Milestone, ids, texts(), st.dates(earliest, latest), provenances())


def decisions(
    edition: Edition = LUBELSKIE_2019,
    *,
    outcome: Outcome | None = None,
    rules: CertificationRules = LUBELSKIE_RULES,
) -> st.SearchStrategy[Decision]:
    """Decisions on generated audits (see :func:`audits`).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10)
    ... @given(decisions())
    ... def check(decision):
    ...     assert decision.outcome in Outcome
    >>> check()
    """
    return audits(edition, outcome=outcome, rules=rules).map(
        lambda audit: decide(audit, edition, rules)
    )


@st.composite
def certificates(
    draw: st.DrawFn,
    edition: Edition = LUBELSKIE_2019,
    *,
    rules: CertificationRules = LUBELSKIE_RULES,
) -> Certificate:
    """Certificates made from CERTIFIED decisions, issued within two years of the audit,
    expiring (sometimes) up to ten years later.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10)
    ... @given(certificates())
    ... def check(certificate):
    ...     assert certificate.issued_on >= certificate.decision.audited_on
    >>> check()
    """
    decision = draw(decisions(edition, outcome=Outcome.CERTIFIED, rules=rules))
    issued = draw(st.dates(decision.audited_on, decision.audited_on + dt.timedelta(days=730)))
    valid_until = draw(st.none() | st.dates(issued, issued + dt.timedelta(days=3650)))
    return Certificate(decision, issued, valid_until=valid_until)


@st.composite
def findings(draw: st.DrawFn, edition: Edition = LUBELSKIE_2019) -> Finding:
    """Findings for a requirement of ``edition``; a MET finding carries proving evidence.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(findings())
    ... def check(finding):
    ...     assert LUBELSKIE_2019.requirement(finding.requirement)
    >>> check()
    """
    requirement = draw(st.sampled_from(edition.requirements))
    audited_on = draw(st.dates(dt.date(2016, 1, 1), dt.date(2030, 12, 31)))
    return draw(findings_for(requirement, draw(_results(requirement)), audited_on))


def working_days(
    earliest: dt.date = dt.date(1990, 1, 1), latest: dt.date = dt.date(2100, 12, 31)
) -> st.SearchStrategy[dt.date]:
    """Dates that are working days (Monday to Friday, not a statutory day off).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(working_days(dt.date(2025, 12, 20), dt.date(2025, 12, 31)))
    ... def check(day):
    ...     assert day.weekday() < 5 and day not in (dt.date(2025, 12, 24), dt.date(2025, 12, 26))
    >>> check()
    """
    return st.dates(earliest, latest).map(next_working_day).filter(lambda day: day <= latest)


def kpa_terms() -> st.SearchStrategy[tuple[dt.date, str, int]]:
    """(event, unit, amount) triples that :func:`kpa_deadline` accepts, ending by 2100.

    >>> from investor_standard import kpa_deadline
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(kpa_terms())
    ... def check(term):
    ...     event, unit, amount = term
    ...     assert kpa_deadline(event, **{unit: amount}) > event
    >>> check()
    """
    units = st.sampled_from(["days", "weeks", "months", "years"])
    return st.tuples(
        st.dates(dt.date(1990, 1, 1), dt.date(2079, 12, 31)), units, st.integers(1, 240)
    ).map(lambda t: (t[0], t[1], min(t[2], 20) if t[1] == "years" else t[2]))


def deadlines() -> st.SearchStrategy[Deadline]:
    """Deadlines under art. 57 KPA, with how they were reached.

    >>> from investor_standard import is_working_day
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(deadlines())
    ... def check(deadline):
    ...     assert is_working_day(deadline.end) and deadline.end >= deadline.nominal_end
    >>> check()
    """
    return kpa_terms().map(lambda term: explain_kpa_deadline(term[0], **{term[1]: term[2]}))


def scoring_models() -> st.SearchStrategy[ScoringModel]:
    """Scoring models with positive weights and partial credit from 0 to 1.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(scoring_models())
    ... def check(model):
    ...     assert 0 <= model.partial_credit <= 1 and model.mandatory_weight >= 1
    >>> check()
    """
    credit = st.fractions(min_value=0, max_value=1, max_denominator=12)
    return st.builds(ScoringModel, st.integers(1, 5), st.integers(1, 5), credit)


def certification_rules() -> st.SearchStrategy[CertificationRules]:
    """Certification rules with any shares, scoring model and strictness about evidence.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(certification_rules())
    ... def check(rules):
    ...     assert 0 <= rules.mandatory_share <= 1
    >>> check()
    """
    share = st.fractions(min_value=0, max_value=1, max_denominator=10)
    return st.builds(
        CertificationRules,
        share,
        share,
        st.booleans(),
        scoring_models(),
        strict_evidence=st.booleans(),
    )


def terms() -> st.SearchStrategy[Term]:
    """Remediation terms of any kind.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(terms())
    ... def check(term):
    ...     assert term.amount >= 1
    >>> check()
    """
    return st.builds(Term, st.sampled_from(TermKind), st.integers(1, 24))


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def _amount(unit: type[Any], top: float = 1000) -> st.SearchStrategy[Any]:
    return st.floats(0, top, allow_nan=False, allow_infinity=False).map(unit)


def _descriptions() -> st.SearchStrategy[Descriptions]:
    return st.builds(Descriptions, _maybe(_NON_BLANK), _maybe(_NON_BLANK))


@st.composite
def site_offers(draw: st.DrawFn, publisher: LocalGovernment | None = None) -> SiteOffer:
    """Valid site cards of a gmina: plots adding up, the largest piece within the area.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10)
    ... @given(site_offers())
    ... def check(offer):
    ...     assert offer.publisher.kind.is_gmina
    >>> check()
    """
    gmina_kinds = st.sampled_from(
        [JstKind.URBAN_GMINA, JstKind.RURAL_GMINA, JstKind.URBAN_RURAL_GMINA]
    )
    owner = publisher or draw(gmina_kinds.flatmap(local_governments))
    plot_areas = draw(st.lists(st.integers(1, 50_000), max_size=4))
    plots = tuple(
        Plot(f"{index + 1}/{index + 2}", Hectares(a / 10_000), draw(st.sampled_from(Ownership)))
        for index, a in enumerate(plot_areas)
    )
    if plots:
        area: Hectares | None = Hectares(sum(p.area.value for p in plots))
    else:
        area = draw(_maybe(_amount(Hectares, 500)))
    piece = None
    if area is not None and draw(st.booleans()):
        piece = Hectares(area.value * draw(st.floats(0, 1)))
    attachment_count = draw(st.integers(0, 10))
    return SiteOffer(
        id=draw(_IDS),
        offer_type=draw(st.sampled_from(OfferType)),
        publisher=owner,
        location=Location(owner.teryt, draw(_maybe(_NON_BLANK)), plots),
        available_area=area,
        largest_piece=piece,
        plot_shape=draw(_maybe(st.sampled_from(PlotShape))),
        room_to_extend=draw(_maybe(st.booleans())),
        price=draw(_maybe(_amount(Zloty, 1e8))),
        zoning=Zoning(
            draw(_maybe(st.booleans())),
            draw(st.lists(st.sampled_from(LandUse), unique=True, max_size=2)),
        ),
        terrain=Terrain(
            level_difference=draw(_maybe(_amount(Metres, 50))),
            flood_risk=draw(_maybe(st.booleans())),
        ),
        utilities=Utilities(
            electricity=Electricity(
                draw(_maybe(_amount(Kilovolts, 400))),
                draw(_maybe(_amount(Megawatts, 100))),
                draw(_maybe(_amount(Metres, 5000))),
            ),
            water=Utility(
                draw(_maybe(_amount(CubicMetresPerDay))),
                draw(_maybe(_amount(Metres))),
                draw(_maybe(_amount(LitresPerSecond))),
            ),
        ),
        transport=Transport(
            access_road=draw(_maybe(st.booleans())),
            airport=draw(_maybe(_amount(Kilometres, 300))),
        ),
        special_economic_zone=draw(_maybe(st.booleans())),
        unemployment=draw(_maybe(_amount(Percent, 100))),
        contact=draw(_maybe(st.builds(Contact, _NON_BLANK))),
        attachments=tuple(
            Attachment(f"file-{order}.pdf", draw(_NON_BLANK), order, draw(st.booleans()))
            for order in range(1, attachment_count + 1)
        ),
        description=draw(_descriptions()),
    )


@st.composite
def investor_tabs(draw: st.DrawFn) -> InvestorTab:
    """Investor tabs of a gmina, with site cards it publishes.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10)
    ... @given(investor_tabs())
    ... def check(tab):
    ...     assert all(offer.publisher == tab.jst for offer in tab.offers)
    >>> check()
    """
    kinds = st.sampled_from([JstKind.URBAN_GMINA, JstKind.RURAL_GMINA, JstKind.URBAN_RURAL_GMINA])
    jst = draw(kinds.flatmap(local_governments))
    return InvestorTab(
        jst=jst,
        url=draw(_maybe(st.just("https://example.org/investor"))),
        offers=draw(st.lists(site_offers(jst), max_size=3)),
        infrastructure=draw(_descriptions()),
        labour_market=draw(_descriptions()),
        local_taxes=draw(_descriptions()),
        exemptions=draw(_descriptions()),
        cooperating_firms=draw(_descriptions()),
        contact=draw(_maybe(st.builds(Contact, _NON_BLANK))),
        languages=draw(st.lists(st.sampled_from(Lang), min_size=1, unique=True)),
    )


def register_type_strategies() -> None:
    """Register these strategies with Hypothesis, so that ``st.from_type(Audit)`` works.

    The ``hypothesis`` entry point of the distribution does this when Hypothesis is
    imported; call it yourself when entry points are not loaded (for example with
    ``HYPOTHESIS_NO_PLUGINS`` set).

    >>> from hypothesis import given, settings, strategies as st
    >>> register_type_strategies()
    >>> @settings(max_examples=10)
    ... @given(st.from_type(Audit))
    ... def check(audit):
    ...     assert audit.findings is not None
    >>> check()
    """
    from investor_standard._hypothesis import register  # noqa: PLC0415 - avoids a cycle

    register(st)
