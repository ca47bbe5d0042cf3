"""Plain-text and Markdown renderings of the catalogue and of decisions, for people."""

from __future__ import annotations

from fractions import Fraction

from investor_standard.assessment.catalogue import Edition, Requirement
from investor_standard.assessment.certification import Decision
from investor_standard.foundation._markdown import inline, markdown_table
from investor_standard.foundation.provenance import Provenance
from investor_standard.foundation.text import Lang, parse_lang

__all__ = [
    "catalogue_markdown",
    "catalogue_text",
    "decision_markdown",
    "decision_text",
]

_HEADINGS = {
    Lang.PL: (
        "poziom",
        "dotyczy",
        "dowody",
        "podstawa",
        "podstawa poziomu",
        "podstawa zakresu",
        "podstawa dowodów",
    ),
    Lang.EN: (
        "level",
        "applies to",
        "evidence",
        "basis",
        "basis of level",
        "basis of applicability",
        "basis of evidence",
    ),
}
_TITLE = {Lang.PL: "wymaganie", Lang.EN: "requirement"}
_BASIS = {
    Lang.PL: {"stated": "wskazane w źródle", "derived": "wyprowadzone przez nas"},
    Lang.EN: {"stated": "stated by a source", "derived": "derived by us"},
}


def _basis(provenance: Provenance, lang: Lang) -> str:
    return _BASIS[lang][provenance.basis.value]


def _facts(requirement: Requirement, lang: Lang) -> list[tuple[str, str]]:
    level, applies, evidence, basis, level_basis, applies_basis, evidence_basis = _HEADINGS[lang]
    return [
        (level, requirement.level.label.in_(lang)),
        (applies, ", ".join(kind.label.in_(lang) for kind in requirement.applies_to)),
        (evidence, ", ".join(kind.label.in_(lang) for kind in requirement.evidence)),
        (basis, _basis(requirement.provenance, lang)),
        (level_basis, _basis(requirement.level_provenance, lang)),
        (applies_basis, _basis(requirement.applies_to_provenance, lang)),
        (evidence_basis, _basis(requirement.evidence_provenance, lang)),
    ]


def catalogue_text(edition: Edition, lang: Lang | str = Lang.EN) -> str:
    """The edition as indented plain text, one block per requirement, in ``lang``.

    >>> from investor_standard import LUBELSKIE_2019
    >>> print(catalogue_text(LUBELSKIE_2019, "en").splitlines()[2])
    PROC  Procedures for cooperating with investors
    """
    chosen = parse_lang(lang)
    lines = [edition.title.in_(chosen), ""]
    for area in edition.areas:
        lines.append(f"{area.id}  {area.title.in_(chosen)}")
        for requirement in edition.requirements_in(area.id):
            lines.append(f"  {requirement.id}  {requirement.title.in_(chosen)}")
            lines.extend(f"      {name}: {value}" for name, value in _facts(requirement, chosen))
        lines.append("")
    return "\n".join(lines)


def catalogue_markdown(edition: Edition, lang: Lang | str = Lang.EN) -> str:
    """The edition as Markdown: a heading per area and a table of its requirements."""
    chosen = parse_lang(lang)
    header = ["id", _TITLE[chosen], *_HEADINGS[chosen]]
    lines = [f"# {inline(edition.title.in_(chosen))}", ""]
    for area in edition.areas:
        heading = f"## {area.id}: {inline(area.title.in_(chosen))}"
        lines += [heading, "", area.description.in_(chosen), ""]
        lines += markdown_table(
            header,
            (
                [requirement.id, requirement.title.in_(chosen)]
                + [value for _, value in _facts(requirement, chosen)]
                for requirement in edition.requirements_in(area.id)
            ),
        )
        lines.append("")
    return "\n".join(lines)


_AREA_HEAD = {Lang.PL: "Obszary:", Lang.EN: "Areas:"}
_MD_HEAD = {
    Lang.PL: ("obszar", "wynik", "punkty", "możliwe", "pominięte"),
    Lang.EN: ("area", "score", "earned", "possible", "excluded"),
}


def _fraction(value: Fraction) -> str:
    """A weight sum for people: ``3.5`` rather than ``7/2``."""
    return f"{float(value):.4g}"


def decision_text(decision: Decision, lang: Lang | str = Lang.EN) -> str:
    """The decision's explanation followed by the score of each area.

    >>> import datetime
    >>> from investor_standard import LUBELSKIE_2019, LocalGovernment, Audit, decide
    >>> audit = Audit(LocalGovernment("0608011", "Lubartów"), "LUBELSKIE-2019",
    ...               datetime.date(2023, 3, 1), [])
    >>> print(decision_text(decide(audit, LUBELSKIE_2019)).splitlines()[-1])
      STRAT  Strategic approach to development: 0% (0 of 0)
    """
    chosen = parse_lang(lang)
    of = " z " if chosen is Lang.PL else " of "
    lines = [decision.explain(chosen), _AREA_HEAD[chosen]]
    lines.extend(
        f"  {area.area}  {area.title.in_(chosen)}: {area.value:.0%} "
        f"({_fraction(area.earned)}{of}{_fraction(area.possible)})"
        for area in decision.score.areas
    )
    return "\n".join(lines)


def decision_markdown(decision: Decision, lang: Lang | str = Lang.EN) -> str:
    """The decision as Markdown: the outcome, a table of area scores, shortfalls and notes."""
    chosen = parse_lang(lang)
    jst = decision.jst
    lines = [
        f"## {inline(jst.describe(chosen))}",
        "",
        f"**{decision.outcome.label.in_(chosen)}** · {decision.edition} · "
        f"{decision.audited_on.isoformat()} · {decision.score.overall:.0%}",
        "",
        *markdown_table(
            _MD_HEAD[chosen],
            (
                [
                    f"{area.area} {area.title.in_(chosen)}",
                    f"{area.value:.0%}",
                    _fraction(area.earned),
                    _fraction(area.possible),
                    ", ".join(e.requirement for e in area.excluded) or "-",
                ]
                for area in decision.score.areas
            ),
        ),
    ]
    explained = decision.explain(chosen).splitlines()
    extra = explained[2 + len(decision.tallies) :]
    if extra:
        lines += ["", "```", *extra, "```"]
    return "\n".join(lines) + "\n"
