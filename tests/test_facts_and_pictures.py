"""The list of encoded facts and the timeline picture."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from investor_standard import LUBELSKIE_2019, LUBELSKIE_PROJECT
from investor_standard.facts import encoded_facts
from investor_standard.programme import PROJECTS
from investor_standard.programme.pictures import timeline_svg

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
