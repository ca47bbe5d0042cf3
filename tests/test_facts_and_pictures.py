"""The list of encoded facts and the timeline picture."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from investor_standard import LUBELSKIE_2019, LUBELSKIE_PROJECT
from investor_standard.facts import encoded_facts
from investor_standard.programme import PROJECTS
from investor_standard.programme.pictures import timeline_svg

ROOT = Path(__file__).resolve().parent.parent

SVG = "{http://www.w3.org/2000/svg}"


def test_every_requirement_and_milestone_is_listed_with_provenance() -> None:
    """The facts cover each requirement (duty and level) and each dated event, and a derived
    fact always explains itself."""
    subjects = {fact.subject for fact in encoded_facts()}
    for requirement in LUBELSKIE_2019.requirements:
        assert f"LUBELSKIE-2019 {requirement.id}" in subjects
        assert f"LUBELSKIE-2019 {requirement.id} level" in subjects
    for milestone in LUBELSKIE_PROJECT.milestones:
        assert f"LUBELSKIE milestone {milestone.id}" in subjects
    assert {f"project {pid}" for pid in PROJECTS} <= subjects
    for fact in encoded_facts():
        assert fact.statement.strip()
        if fact.provenance.is_derived:
            assert fact.provenance.note.strip()
        else:
            assert fact.provenance.sources


def test_timeline_picture_is_well_formed_svg() -> None:
    """The picture parses as SVG, with a bar and a legend swatch per phase and a label per
    milestone, in the language asked for."""
    root = ET.fromstring(timeline_svg(LUBELSKIE_PROJECT, "pl"))
    assert root.tag == f"{SVG}svg"
    rects = root.findall(f"{SVG}rect")
    assert len(rects) == 2 * len(LUBELSKIE_PROJECT.phases)
    texts = [t.text or "" for t in root.findall(f"{SVG}text")]
    assert any("Gala wręczenia certyfikatów" in t for t in texts)
    assert len(root.findall(f"{SVG}line")) == len(LUBELSKIE_PROJECT.milestones)


def test_picture_of_a_project_without_phases() -> None:
    """A project with no recorded phases still gives a picture: just its title."""
    root = ET.fromstring(timeline_svg(PROJECTS["PILOT"]))
    assert root.findall(f"{SVG}rect") == []
    assert "2016-08-01" in (root.findall(f"{SVG}text")[0].text or "")


def test_every_enforced_rule_is_listed_with_its_basis() -> None:
    """Each rule an audit or a site card is checked against, each requirement's
    applicability and evidence kinds, and each card check are among the enforced rules, and
    all of them among the encoded facts; each derived one says why in its note."""
    from investor_standard.assessment import AUDIT_RULES  # noqa: PLC0415 - only this test
    from investor_standard.facts import enforced_rules  # noqa: PLC0415
    from investor_standard.offer import CARD_RULES, CardCheck  # noqa: PLC0415

    rules = enforced_rules()
    listed = {(fact.statement, fact.provenance) for fact in rules}
    for rule, provenance in (*AUDIT_RULES, *CARD_RULES):
        assert (rule, provenance) in listed
    for check in CardCheck:
        assert (check.summary, check.provenance) in listed
    subjects = {fact.subject for fact in rules}
    for requirement in LUBELSKIE_2019.requirements:
        assert f"LUBELSKIE-2019 {requirement.id} applies to" in subjects
        assert f"LUBELSKIE-2019 {requirement.id} evidence" in subjects
    assert set(rules) <= set(encoded_facts())
    assert all(fact.provenance.note for fact in rules if fact.provenance.is_derived)
    assert "at most 10 attachments (PAIH's database)" in {fact.statement for fact in rules}


def test_the_provenance_page_includes_the_generated_rules() -> None:
    """The provenance page includes the table generated from enforced_rules()."""
    page = (ROOT / "docs" / "provenance.md").read_text(encoding="utf-8")
    assert "```{include} _generated/rules-table.md" in page
