"""The Lubelskie 2019 edition as data."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from investor_standard import EDITIONS, LUBELSKIE_2019, JstKind, Level, Text
from investor_standard.assessment.catalogue import Requirement
from investor_standard.foundation.sources import MSWIA_CALL_AREAS

REQUIREMENTS = LUBELSKIE_2019.requirements


def test_five_areas_of_the_mswia_call() -> None:
    """The edition is organised in the five areas of the MSWiA call, each citing the call."""
    assert [a.id for a in LUBELSKIE_2019.areas] == ["PROC", "STAFF", "NET", "ONLINE", "STRAT"]
    for area in LUBELSKIE_2019.areas:
        assert MSWIA_CALL_AREAS in area.provenance.sources
        assert LUBELSKIE_2019.requirements_in(area.id), f"area {area.id} has no requirement"


def test_ids_are_unique_and_resolvable() -> None:
    """Requirement ids are unique and each resolves to its own requirement."""
    ids = [r.id for r in REQUIREMENTS]
    assert len(ids) == len(set(ids))
    for requirement in REQUIREMENTS:
        assert LUBELSKIE_2019.requirement(requirement.id) is requirement


@given(st.sampled_from(REQUIREMENTS))
def test_every_requirement_area_belongs_to_the_edition(requirement: Requirement) -> None:
    """Every requirement's area is one of the edition's areas and lists the requirement."""
    assert requirement in LUBELSKIE_2019.requirements_in(requirement.area)


def _labels(requirement: Requirement) -> list[Text]:
    return [
        requirement.title,
        requirement.description,
        requirement.question,
        requirement.level.label,
        *(kind.label for kind in requirement.applies_to),
        *(kind.label for kind in requirement.evidence),
    ]


@pytest.mark.parametrize("requirement", REQUIREMENTS, ids=lambda r: r.id)
def test_every_label_has_both_languages(requirement: Requirement) -> None:
    """Every user-facing label of a requirement exists in Polish and English, and they differ."""
    for label in _labels(requirement):
        assert label.pl.strip()
        assert label.en.strip()
    assert requirement.title.pl != requirement.title.en


@pytest.mark.parametrize("requirement", REQUIREMENTS, ids=lambda r: r.id)
def test_every_requirement_has_provenance(requirement: Requirement) -> None:
    """Each requirement says where its duty and its level come from; stated ones cite a URL."""
    for record in (requirement.provenance, requirement.level_provenance):
        if not record.is_derived:
            assert all(source.url for source in record.sources)
    for parameter in requirement.parameters:
        assert parameter.provenance is not None


def test_duties_not_found_in_sources_are_derived_and_recommended() -> None:
    """The caretaker, the reply deadline and bilingual cards are never presented as stated."""
    for requirement_id in ("PROC-02", "PROC-03", "ONLINE-06"):
        requirement = LUBELSKIE_2019.requirement(requirement_id)
        assert requirement.provenance.is_derived
        assert requirement.level is Level.RECOMMENDED
    for requirement in REQUIREMENTS:
        assert requirement.level_provenance.is_derived, "no source grades the duties"


def test_a_county_is_not_asked_gmina_only_requirements() -> None:
    """The PAIH database takes offers from gmina users, so counties are not asked ONLINE-04."""
    county_ids = {r.id for r in LUBELSKIE_2019.applicable_to(JstKind.COUNTY)}
    assert "ONLINE-04" not in county_ids
    assert "ONLINE-04" in {r.id for r in LUBELSKIE_2019.applicable_to(JstKind.RURAL_GMINA)}
    assert LUBELSKIE_2019.applicable_to(JstKind.VOIVODESHIP) == ()


def test_every_area_has_a_mandatory_requirement() -> None:
    """Each of the five areas has a core duty that is mandatory for every participant kind."""
    for area in LUBELSKIE_2019.areas:
        levels = {r.level for r in LUBELSKIE_2019.requirements_in(area.id)}
        assert Level.MANDATORY in levels


def test_edition_is_registered_and_marked_reconstructed() -> None:
    """The registry finds the edition by id, and its provenance says it is a reconstruction."""
    assert EDITIONS["LUBELSKIE-2019"] is LUBELSKIE_2019
    assert LUBELSKIE_2019.provenance.is_derived
    assert "not public" in LUBELSKIE_2019.provenance.note
