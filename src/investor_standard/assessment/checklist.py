"""The audit checklist: the questions an auditor must answer for one local government.

:func:`checklist_for` keeps only the requirements of an edition that apply to the
unit's kind, in catalogue order, each with its bilingual question, its level and
the evidence that proves it. :func:`checklist_markdown` and :func:`checklist_csv`
render it for printing, in Polish or English.

>>> from investor_standard import LUBELSKIE_2019, LocalGovernment
>>> county = checklist_for(LUBELSKIE_2019, LocalGovernment("0608", "Powiat lubartowski"))
>>> "ONLINE-04" in [item.requirement for item in county.items]
False
"""

from __future__ import annotations

import csv
import io

import attrs

from investor_standard.assessment.catalogue import Edition, EvidenceKind, Level
from investor_standard.foundation._markdown import inline, markdown_table
from investor_standard.foundation.errors import AuditProblem, InvalidAuditError
from investor_standard.foundation.text import Lang, Text, a_or_an, parse_lang
from investor_standard.jst.teryt import LocalGovernment

__all__ = [
    "Checklist",
    "ChecklistItem",
    "checklist_csv",
    "checklist_for",
    "checklist_markdown",
    "checklist_text",
]


@attrs.frozen
class ChecklistItem:
    """One question of the checklist, numbered from 1.

    >>> from investor_standard import LUBELSKIE_2019, LocalGovernment
    >>> county = LocalGovernment("0608", "Powiat lubartowski")
    >>> first = checklist_for(LUBELSKIE_2019, county).items[0]
    >>> first.number, first.requirement, first.level.value
    (1, 'PROC-01', 'mandatory')
    >>> first.question.en
    'Has the office adopted, and does it apply, procedures for cooperating with investors?'
    """

    number: int
    requirement: str
    area: str
    question: Text
    level: Level
    evidence: tuple[EvidenceKind, ...]


@attrs.frozen
class Checklist:
    """The checklist for one local government and one edition.

    >>> from investor_standard import LUBELSKIE_2019, LocalGovernment
    >>> checklist = checklist_for(LUBELSKIE_2019, LocalGovernment("0608011", "Lubartów"))
    >>> checklist.edition, len(checklist.items)
    ('LUBELSKIE-2019', 12)
    """

    edition: str
    jst: LocalGovernment
    items: tuple[ChecklistItem, ...]


def checklist_for(edition: Edition, jst: LocalGovernment) -> Checklist:
    """The ordered checklist of ``edition`` for ``jst``.

    Raises :class:`~investor_standard.foundation.errors.InvalidAuditError` when no requirement of
    the edition applies to the unit's kind (a voivodeship, for the Lubelskie edition).

    >>> from investor_standard import LUBELSKIE_2019, LocalGovernment
    >>> county = checklist_for(LUBELSKIE_2019, LocalGovernment("0608", "Powiat lubartowski"))
    >>> len(county.items), "ONLINE-04" in [item.requirement for item in county.items]
    (11, False)
    """
    if not isinstance(jst, LocalGovernment):
        raise InvalidAuditError([AuditProblem("jst", f"expected LocalGovernment, got {jst!r}")])
    requirements = edition.applicable_to(jst.kind)
    if not requirements:
        raise InvalidAuditError(
            [
                AuditProblem(
                    "jst",
                    f"no requirement of edition {edition.id} applies to "
                    f"{a_or_an(jst.kind.label.en)}",
                )
            ]
        )
    items = tuple(
        ChecklistItem(number, r.id, r.area, r.question, r.level, r.evidence)
        for number, r in enumerate(requirements, start=1)
    )
    return Checklist(edition.id, jst, items)


_COLUMNS = {
    Lang.PL: ("nr", "wymaganie", "obszar", "pytanie", "poziom", "dowody", "wynik", "uwagi"),
    Lang.EN: ("no", "requirement", "area", "question", "level", "evidence", "result", "notes"),
}
_TITLE = {Lang.PL: "Lista kontrolna", Lang.EN: "Checklist"}


def _row(item: ChecklistItem, lang: Lang) -> list[str]:
    return [
        str(item.number),
        item.requirement,
        item.area,
        item.question.in_(lang),
        item.level.label.in_(lang),
        "; ".join(kind.label.in_(lang) for kind in item.evidence),
        "",
        "",
    ]


def checklist_markdown(checklist: Checklist, lang: Lang | str = Lang.EN) -> str:
    """The checklist as a Markdown table with empty result and notes columns to fill in.

    >>> from investor_standard import LUBELSKIE_2019, LocalGovernment
    >>> checklist = checklist_for(LUBELSKIE_2019, LocalGovernment("0608011", "Lubartów"))
    >>> print("\\n".join(checklist_markdown(checklist).splitlines()[:3]))
    # Checklist: Lubartów (urban gmina, TERYT 0608011)
    <BLANKLINE>
    LUBELSKIE-2019
    """
    chosen = parse_lang(lang)
    jst = checklist.jst
    lines = [
        f"# {_TITLE[chosen]}: {inline(jst.describe(chosen))}",
        "",
        f"{checklist.edition}",
        "",
        *markdown_table(_COLUMNS[chosen], (_row(item, chosen) for item in checklist.items)),
    ]
    return "\n".join(lines) + "\n"


def checklist_csv(checklist: Checklist, lang: Lang | str = Lang.EN) -> str:
    """The checklist as CSV (a header row, then one row per item), for a spreadsheet.

    >>> from investor_standard import LUBELSKIE_2019, LocalGovernment
    >>> checklist = checklist_for(LUBELSKIE_2019, LocalGovernment("0608011", "Lubartów"))
    >>> rows = checklist_csv(checklist).splitlines()
    >>> rows[0]
    'no,requirement,area,question,level,evidence,result,notes'
    >>> len(rows), rows[1][:20]
    (13, '1,PROC-01,PROC,"Has ')
    """
    chosen = parse_lang(lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(_COLUMNS[chosen])
    writer.writerows(_row(item, chosen) for item in checklist.items)
    return buffer.getvalue()


def checklist_text(checklist: Checklist, lang: Lang | str = Lang.EN) -> str:
    """The checklist as numbered plain-text questions, each with its level and evidence.

    >>> from investor_standard import LUBELSKIE_2019, LocalGovernment
    >>> checklist = checklist_for(LUBELSKIE_2019, LocalGovernment("0608011", "Lubartów"))
    >>> print(checklist_text(checklist, "pl").splitlines()[0])
    Lista kontrolna: Lubartów (gmina miejska, TERYT 0608011)
    """
    chosen = parse_lang(lang)
    jst = checklist.jst
    lines = [f"{_TITLE[chosen]}: {jst.describe(chosen)}"]
    for item in checklist.items:
        number, requirement, _, question, level, evidence, _, _ = _row(item, chosen)
        lines += [f"{number:>3}. [{requirement}, {level}] {question}", f"     {evidence}"]
    return "\n".join(lines) + "\n"
