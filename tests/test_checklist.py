"""The audit checklist and its printed forms."""

from __future__ import annotations

import csv
import io

import attrs
import pytest

from builders import AUDITED_ON, COUNTY, LUBARTOW
from investor_standard import LUBELSKIE_2019, Level, LocalGovernment, checklist_for
from investor_standard.assessment import checklist_csv, checklist_markdown
from investor_standard.foundation import InvalidAuditError


def test_checklist_for_an_urban_gmina() -> None:
    """An urban gmina gets every requirement, numbered in catalogue order, with its question."""
    checklist = checklist_for(LUBELSKIE_2019, LUBARTOW)
    assert [i.requirement for i in checklist.items] == [r.id for r in LUBELSKIE_2019.requirements]
    assert [i.number for i in checklist.items] == list(range(1, 13))
    first = checklist.items[0]
    assert first.question.en.endswith("?")
    assert first.level is Level.MANDATORY


def test_county_checklist_skips_gmina_only_items() -> None:
    """A county is not asked the gmina-only ONLINE-04."""
    ids = [i.requirement for i in checklist_for(LUBELSKIE_2019, COUNTY).items]
    assert "ONLINE-04" not in ids
    assert len(ids) == 11


def test_no_checklist_for_a_voivodeship() -> None:
    """The edition has nothing for a voivodeship, which is said, not returned empty."""
    with pytest.raises(InvalidAuditError, match="applies to a voivodeship"):
        checklist_for(LUBELSKIE_2019, LocalGovernment("06", "Województwo lubelskie"))
    with pytest.raises(InvalidAuditError, match="expected LocalGovernment"):
        checklist_for(LUBELSKIE_2019, "0608011")  # type: ignore[arg-type]  # on purpose


def test_markdown_in_polish() -> None:
    """The Markdown form has a Polish header, the unit and one row per item."""
    text = checklist_markdown(checklist_for(LUBELSKIE_2019, LUBARTOW), "pl")
    lines = text.splitlines()
    assert lines[0] == "# Lista kontrolna: Lubartów (gmina miejska, TERYT 0608011)"
    assert lines[4].startswith("| nr | wymaganie | obszar | pytanie |")
    assert sum(line.startswith("| ") for line in lines) == 13


def test_csv_in_english_round_trips_through_the_csv_module() -> None:
    """The CSV form reads back with the csv module into a header and one row per item."""
    text = checklist_csv(checklist_for(LUBELSKIE_2019, COUNTY), "en")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == [
        "no",
        "requirement",
        "area",
        "question",
        "level",
        "evidence",
        "result",
        "notes",
    ]
    assert len(rows) == 12
    assert rows[1][:3] == ["1", "PROC-01", "PROC"]
    assert rows[1][6:] == ["", ""]


def test_markdown_tables_keep_their_shape_whatever_the_titles_hold() -> None:
    """A pipe or a line break in a title cannot split a cell, a row or a heading, in any of
    the three Markdown renderers (catalogue, checklist, decision), which share one writer."""
    from investor_standard import Audit, Text, decide  # noqa: PLC0415 - this test only
    from investor_standard.assessment.render import (  # noqa: PLC0415 - this test only
        catalogue_markdown,
        decision_markdown,
    )

    awkward = Text("tak | nie\ndruga linia", "yes | no\nsecond line")
    edition = LUBELSKIE_2019
    first = edition.requirements[0]
    edition = attrs.evolve(
        edition,
        requirements=(
            attrs.evolve(first, title=awkward, question=awkward),
            *edition.requirements[1:],
        ),
        areas=(attrs.evolve(edition.areas[0], title=awkward), *edition.areas[1:]),
    )
    decision = decide(Audit(LUBARTOW, edition.id, AUDITED_ON, []), edition)
    for text in (
        catalogue_markdown(edition),
        checklist_markdown(checklist_for(edition, LUBARTOW)),
        decision_markdown(decision),
    ):
        rows = [line for line in text.splitlines() if line.startswith("|")]
        assert "yes \\| no second line" in text
        assert not any(line.startswith("second line") for line in text.splitlines())
        widths = {len(row.replace("\\|", "").split("|")) for row in rows}
        assert len(widths) == 1, widths
