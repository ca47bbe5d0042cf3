"""Plain-text and Markdown renderings of the catalogue and of decisions, for people."""

from __future__ import annotations

from fractions import Fraction

from investor_standard.assessment.catalogue import Edition, Requirement
from investor_standard.assessment.certification import Decision
from investor_standard.assessment.remediation import RemediationPlan
from investor_standard.foundation._markdown import inline, markdown_table
from investor_standard.foundation.provenance import Provenance
from investor_standard.foundation.text import Lang, parse_lang

__all__ = [
    "catalogue_markdown",
    "catalogue_text",
    "decision_markdown",
    "decision_text",
    "remediation_markdown",
    "remediation_text",
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
    """The edition as Markdown: a heading per area and a table of its requirements.

    >>> from investor_standard import LUBELSKIE_2019
    >>> print("\\n".join(catalogue_markdown(LUBELSKIE_2019, "pl").splitlines()[:3]))
    # Standardy Obsługi Inwestora w Województwie Lubelskim
    <BLANKLINE>
    ## PROC: Procedury współpracy z inwestorem
    """
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
    """The decision as Markdown: the outcome, a table of area scores, shortfalls and notes.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Evidence, Finding, LocalGovernment, decide
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> proof = Evidence("internal_document", "Zarządzenie 12/2022")
    >>> findings = [Finding("PROC-01", "met", [proof]), Finding("NET-01", "not_met")]
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), findings)
    >>> print(decision_markdown(decide(audit)).splitlines()[0])
    ## Lubartów (urban gmina, TERYT 0608011)
    """
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
    lines += ["", *(f"- {inline(tally.explain(chosen))}" for tally in decision.tallies)]
    if decision.reasons:
        lines += ["", f"### {_SHORTFALLS[chosen]}", ""]
        lines += [f"- {inline(reason.explain(chosen))}" for reason in decision.reasons]
        lines += [f"- {inline(choice)}" for choice in decision._choices(chosen)]
    if decision.notes:
        lines += ["", f"### {_NOTES[chosen]}", ""]
        lines += [f"- {n.requirement}: {inline(n.text.in_(chosen))}" for n in decision.notes]
    return "\n".join(lines) + "\n"


_SHORTFALLS = {Lang.PL: "Braki", Lang.EN: "Shortfalls"}
_NOTES = {Lang.PL: "Uwagi", Lang.EN: "Notes"}
_PLAN_HEAD = {Lang.PL: "Plan naprawczy", Lang.EN: "Remediation plan"}
_PLAN_ASOF = {Lang.PL: "od {day}", Lang.EN: "as of {day}"}
_PLAN_DUE = {Lang.PL: "do {due} ({term})", Lang.EN: "by {due} ({term})"}
_PLAN_EMPTY = {Lang.PL: "Nic do naprawy.", Lang.EN: "Nothing to fix."}


def _plan_lines(plan: RemediationPlan, lang: Lang) -> list[str]:
    """One line per item: the requirement, what to do, by when, and whether it blocks."""
    blocks = {Lang.PL: " (blokuje certyfikację)", Lang.EN: " (blocks certification)"}[lang]
    return [
        f"{item.requirement}"
        + (f" {item.title.in_(lang)}" if item.title is not None else "")
        + f" [{item.level.label.in_(lang)}]: {item.action.in_(lang)} "
        + _PLAN_DUE[lang].format(due=item.due.isoformat(), term=item.term.describe(lang))
        + (blocks if item.blocking else "")
        for item in plan.items
    ]


def remediation_text(plan: RemediationPlan, lang: Lang | str = Lang.EN) -> str:
    """The remediation plan for people: one line per item, blocking ones first.

    >>> import datetime
    >>> from investor_standard import LUBELSKIE_2019, LocalGovernment, Audit, decide
    >>> from investor_standard import remediation_plan
    >>> audit = Audit(LocalGovernment("0608011", "Lubartów"), "LUBELSKIE-2019",
    ...               datetime.date(2023, 3, 1), [])
    >>> plan = remediation_plan(decide(audit), datetime.date(2023, 3, 2))
    >>> print(remediation_text(plan).splitlines()[1])  # doctest: +ELLIPSIS
      PROC-01 Investor cooperation procedures adopted by the office [mandatory]: assess the ...
    """
    chosen = parse_lang(lang)
    head = f"{_PLAN_HEAD[chosen]}: {plan.jst.describe(chosen)}, " + _PLAN_ASOF[chosen].format(
        day=plan.as_of.isoformat()
    )
    items = _plan_lines(plan, chosen) or [_PLAN_EMPTY[chosen]]
    return "\n".join([head, *(f"  {line}" for line in items)])


def remediation_markdown(plan: RemediationPlan, lang: Lang | str = Lang.EN) -> str:
    """The remediation plan as Markdown: a heading and a list, blocking items first.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Evidence, Finding, LocalGovernment, decide
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> proof = Evidence("internal_document", "Zarządzenie 12/2022")
    >>> findings = [Finding("PROC-01", "met", [proof]), Finding("NET-01", "not_met")]
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), findings)
    >>> from investor_standard.assessment import remediation_plan
    >>> plan = remediation_plan(decide(audit), as_of=dt.date(2023, 3, 8))
    >>> print(remediation_markdown(plan).splitlines()[0])
    ## Remediation plan: Lubartów (urban gmina, TERYT 0608011)
    """
    chosen = parse_lang(lang)
    head = f"## {_PLAN_HEAD[chosen]}: {inline(plan.jst.describe(chosen))}"
    items = _plan_lines(plan, chosen) or [_PLAN_EMPTY[chosen]]
    asof = _PLAN_ASOF[chosen].format(day=plan.as_of.isoformat())
    return "\n".join([head, "", asof, "", *(f"- {inline(line)}" for line in items)]) + "\n"
