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
from investor_standard.catalogue import Edition, EvidenceKind, Level, Requirement
from investor_standard.certification import LUBELSKIE_RULES, CertificationRules, Outcome
from investor_standard.editions import LUBELSKIE_2019
from investor_standard.jst import VOIVODESHIPS, JstKind, LocalGovernment, Teryt

__all__ = [
    "audits",
    "evidence",
    "findings_for",
    "local_governments",
    "teryt_codes",
    "teryts",
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
