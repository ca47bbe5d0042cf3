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

from hypothesis import strategies as st

from investor_standard.audit import Audit, Evidence, Finding, Result
from investor_standard.catalogue import (
    Area,
    Edition,
    EvidenceKind,
    Level,
    OfferLanguages,
    Parameter,
    ReplyDeadline,
    Requirement,
)
from investor_standard.certification import (
    LUBELSKIE_RULES,
    CertificationRules,
    Decision,
    Outcome,
    decide,
)
from investor_standard.editions import LUBELSKIE_2019
from investor_standard.jst import VOIVODESHIPS, JstKind, LocalGovernment, Teryt
from investor_standard.provenance import Provenance, Source, derived, stated
from investor_standard.text import Lang, Text
from investor_standard.timeline import Milestone, Phase, ProjectTimeline

__all__ = [
    "audits",
    "decisions",
    "editions",
    "evidence",
    "findings_for",
    "local_governments",
    "provenances",
    "teryt_codes",
    "teryts",
    "texts",
    "timelines",
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
    """Valid TERYT codes (strings) of self-governing units, of ``kind`` or of any kind."""
    if kind is not None:
        return _code_of(kind)
    return st.sampled_from(list(JstKind)).flatmap(_code_of)


def teryts(kind: JstKind | None = None) -> st.SearchStrategy[Teryt]:
    """Valid :class:`~investor_standard.jst.Teryt` values, of ``kind`` or of any kind."""
    return teryt_codes(kind).map(Teryt)


def local_governments(kind: JstKind | None = None) -> st.SearchStrategy[LocalGovernment]:
    """Local governments with valid codes and non-blank names."""
    names = st.text(min_size=1, max_size=40).filter(lambda name: bool(name.strip()))
    return st.builds(LocalGovernment, teryts(kind), names)


_REFERENCES = st.text(st.characters(codec="utf-8"), min_size=1, max_size=30).filter(
    lambda text: bool(text.strip())
)


def evidence(
    kinds: st.SearchStrategy[EvidenceKind] | None = None, *, on_or_before: dt.date | None = None
) -> st.SearchStrategy[Evidence]:
    """Evidence of the given kinds, collected (when dated) no later than ``on_or_before``."""
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
    """
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
    """Bilingual labels with non-blank Polish and English."""
    return st.builds(Text, _NON_BLANK, _NON_BLANK)


def provenances() -> st.SearchStrategy[Provenance]:
    """Stated provenance (with sources) or derived provenance (with a note)."""
    sources = st.builds(Source, _NON_BLANK, st.none() | st.just("https://example.org/").map(str))
    return st.one_of(
        st.lists(sources, min_size=1, max_size=2).map(lambda items: stated(*items)),
        st.builds(
            lambda note, items: derived(note, *items), _NON_BLANK, st.lists(sources, max_size=2)
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


@st.composite
def editions(draw: st.DrawFn, *, max_requirements: int = 12) -> Edition:
    """Consistent editions: unique ids, every requirement in one of the areas."""
    area_ids = draw(st.lists(_IDS, min_size=1, max_size=5, unique=True))
    areas = [draw(st.builds(Area, st.just(i), texts(), texts(), provenances())) for i in area_ids]
    ids = draw(st.lists(_IDS, max_size=max_requirements, unique=True))
    requirements = [
        Requirement(
            id=requirement_id,
            area=draw(st.sampled_from(area_ids)),
            title=draw(texts()),
            description=draw(texts()),
            question=draw(texts()),
            level=draw(st.sampled_from(Level)),
            applies_to=draw(st.lists(st.sampled_from(JstKind), min_size=1, unique=True)),
            evidence=draw(st.lists(st.sampled_from(EvidenceKind), min_size=1, unique=True)),
            provenance=draw(provenances()),
            level_provenance=draw(provenances()),
            parameters=draw(_parameters()),
        )
        for requirement_id in ids
    ]
    return Edition(draw(_IDS), draw(texts()), areas, requirements, draw(provenances()))


@st.composite
def timelines(draw: st.DrawFn) -> ProjectTimeline:
    """Consistent timelines: phases (if any) tiling the period, milestones inside it."""
    start = draw(st.dates(dt.date(1995, 1, 1), dt.date(2090, 12, 31)))
    length = draw(st.integers(0, 2000))
    end = start + dt.timedelta(days=length)
    cuts = sorted(draw(st.lists(st.integers(1, length), unique=True, max_size=4))) if length else []
    bounds = [0, *cuts, length + 1]
    phases = []
    if draw(st.booleans()):
        phases = [
            Phase(
                f"P{index}",
                draw(texts()),
                start + dt.timedelta(days=bounds[index]),
                start + dt.timedelta(days=bounds[index + 1] - 1),
                draw(provenances()),
            )
            for index in range(len(bounds) - 1)
        ]
    milestone_days = draw(st.lists(st.dates(start, end), max_size=4))
    milestones = [
        Milestone(f"M{index}", draw(texts()), day, draw(provenances()))
        for index, day in enumerate(milestone_days)
    ]
    return ProjectTimeline(
        draw(_IDS),
        draw(texts()),
        start,
        end,
        draw(texts()),
        draw(provenances()),
        phases,
        milestones,
    )


def decisions(
    edition: Edition = LUBELSKIE_2019,
    *,
    outcome: Outcome | None = None,
    rules: CertificationRules = LUBELSKIE_RULES,
) -> st.SearchStrategy[Decision]:
    """Decisions on generated audits (see :func:`audits`)."""
    return audits(edition, outcome=outcome, rules=rules).map(
        lambda audit: decide(audit, edition, rules)
    )
