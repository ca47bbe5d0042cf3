"""The catalogue types and edition look-ups."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from investor_standard import (
    LUBELSKIE_2019,
    Area,
    Edition,
    EvidenceKind,
    InvestorStandardError,
    JstKind,
    Lang,
    Level,
    Requirement,
    Text,
)
from investor_standard.assessment import OfferLanguages, ReplyDeadline
from investor_standard.foundation import InvalidCatalogueError, UnknownRequirementError, derived

OURS = derived("a test fixture")
T = Text("x", "x")


def area(area_id: str = "A") -> Area:
    return Area(area_id, T, T, OURS)


def requirement(req_id: str = "A-01", area_id: str = "A", **changes: Any) -> Requirement:
    base = Requirement(
        id=req_id,
        area=area_id,
        title=T,
        description=T,
        question=T,
        level=Level.MANDATORY,
        applies_to=(JstKind.URBAN_GMINA,),
        evidence=(EvidenceKind.WEBPAGE,),
        provenance=OURS,
        level_provenance=OURS,
    )
    return attrs.evolve(base, **changes)


def edition(*requirements: Requirement, areas: tuple[Area, ...] = (area(),)) -> Edition:
    return Edition("E", T, areas, requirements, OURS)


def test_unknown_id_suggests_the_closest() -> None:
    """An unknown id raises UnknownRequirementError (a LookupError) naming the closest ids."""
    with pytest.raises(UnknownRequirementError, match="did you mean ONLINE-01") as caught:
        LUBELSKIE_2019.requirement("online-01")
    assert isinstance(caught.value, LookupError)
    assert isinstance(caught.value, InvestorStandardError)
    assert caught.value.suggestions[0] == "ONLINE-01"
    assert caught.value.requirement_id == "online-01"


def test_unknown_id_without_close_match_has_no_hint() -> None:
    """A far-off id gets no made-up suggestion."""
    with pytest.raises(UnknownRequirementError) as caught:
        LUBELSKIE_2019.requirement("ZZZZZZZZZZZZZZZ")
    assert caught.value.suggestions == ()
    assert "did you mean" not in str(caught.value)


def test_unknown_area() -> None:
    """Areas are looked up the same way as requirements."""
    assert LUBELSKIE_2019.area("NET").id == "NET"
    with pytest.raises(UnknownRequirementError, match="no area 'NETT'; did you mean NET"):
        LUBELSKIE_2019.requirements_in("NETT")


def test_non_string_id_is_reported_not_crashed() -> None:
    """Looking up a non-string id raises the library's error, not a TypeError."""
    with pytest.raises(UnknownRequirementError, match="no requirement 3"):
        LUBELSKIE_2019.requirement(3)  # type: ignore[arg-type]  # deliberately wrong type


def test_repeated_requirement_id_is_refused() -> None:
    """An edition cannot hold two requirements with one id."""
    with pytest.raises(InvalidCatalogueError, match="'A-01' is repeated"):
        edition(requirement(), requirement())


def test_repeated_area_id_is_refused() -> None:
    """An edition cannot hold two areas with one id."""
    with pytest.raises(InvalidCatalogueError, match="area id 'A' is repeated"):
        edition(areas=(area(), area()))


def test_requirement_in_unknown_area_is_refused() -> None:
    """Every requirement's area must be one of the edition's areas."""
    with pytest.raises(InvalidCatalogueError, match="'A-01' names area 'B'"):
        edition(requirement(area_id="B"))


@pytest.mark.parametrize("bad", ["a-01", "A_01", "", "-A", "A--1", 7])
def test_ids_have_one_shape(bad: object) -> None:
    """Ids are upper-case, dash-separated letters and digits, so they are stable and printable."""
    with pytest.raises(InvalidCatalogueError, match="not a valid id"):
        requirement(req_id=bad)  # type: ignore[arg-type]  # deliberately wrong type


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("applies_to", (), "at least one JstKind"),
        ("applies_to", (JstKind.COUNTY, JstKind.COUNTY), "must not repeat"),
        ("applies_to", ("county",), r"applies_to\[0\]: expected JstKind, got 'county'"),
        ("applies_to", "county", "expected a sequence of JstKind"),
        ("evidence", (), "at least one EvidenceKind"),
        ("parameters", "x", "must be a sequence"),
        ("parameters", ("x",), "not a requirement parameter"),
        (
            "parameters",
            (ReplyDeadline(1, OURS), ReplyDeadline(2, OURS)),
            "ReplyDeadline is given twice",
        ),
    ],
)
def test_requirement_fields_are_checked(field: str, value: object, message: str) -> None:
    """Malformed requirement fields are refused with the library's error."""
    with pytest.raises(InvalidCatalogueError, match=message):
        requirement(**{field: value})  # type: ignore[arg-type]  # deliberately wrong types


@pytest.mark.parametrize(("field", "value"), [("areas", "A"), ("requirements", (1,))])
def test_edition_fields_are_checked(field: str, value: object) -> None:
    """An edition's areas and requirements must be sequences of the right type."""
    with pytest.raises(InvalidCatalogueError, match=f"Edition.{field}"):
        Edition("E", T, **{"areas": (area(),), "requirements": (), field: value}, provenance=OURS)


@pytest.mark.parametrize("bad", [0, -3, True, 1.5])
def test_reply_deadline_is_a_positive_integer(bad: object) -> None:
    """A reply deadline counts at least one whole working day."""
    with pytest.raises(InvalidCatalogueError, match="positive integer"):
        ReplyDeadline(bad, OURS)  # type: ignore[arg-type]  # deliberately wrong type


def test_offer_languages_are_distinct_and_present() -> None:
    """An offer must be published in at least one language, each named once."""
    assert OfferLanguages([Lang.EN], OURS).languages == (Lang.EN,)
    with pytest.raises(InvalidCatalogueError, match="must not repeat"):
        OfferLanguages((Lang.EN, Lang.EN), OURS)


def test_with_parameters_replaces_only_the_same_type() -> None:
    """with_parameters swaps a parameter of one type, keeps the others, leaves the original."""
    both = requirement(parameters=(ReplyDeadline(7, OURS), OfferLanguages((Lang.PL,), OURS)))
    original = edition(both)
    changed = original.with_parameters("A-01", ReplyDeadline(3, OURS))
    new = changed.requirement("A-01")
    deadline = new.parameter(ReplyDeadline)
    assert deadline is not None
    assert deadline.working_days == 3
    assert new.parameter(OfferLanguages) == OfferLanguages((Lang.PL,), OURS)
    old = original.requirement("A-01").parameter(ReplyDeadline)
    assert old is not None
    assert old.working_days == 7
    assert requirement().parameter(ReplyDeadline) is None


def test_with_level_and_without() -> None:
    """with_level changes one level with its justification; without drops requirements."""
    two = edition(requirement("A-01"), requirement("A-02"))
    reason = derived("our audit policy")
    relaxed = two.with_level("A-02", Level.RECOMMENDED, reason)
    assert relaxed.requirement("A-02").level is Level.RECOMMENDED
    assert relaxed.requirement("A-02").level_provenance == reason
    assert relaxed.requirement("A-01") == two.requirement("A-01")
    assert [r.id for r in two.without("A-01").requirements] == ["A-02"]
    with pytest.raises(UnknownRequirementError):
        two.without("A-03")


def test_applicable_to_filters_by_kind() -> None:
    """applicable_to keeps catalogue order and only the requirements for that kind."""
    county_only = requirement("A-02", applies_to=(JstKind.COUNTY,))
    both = edition(requirement("A-01"), county_only)
    assert [r.id for r in both.applicable_to(JstKind.COUNTY)] == ["A-02"]
    assert [r.id for r in both.applicable_to(JstKind.URBAN_GMINA)] == ["A-01"]


def test_editions_compare_by_value() -> None:
    """Two editions built from the same data are equal, whatever their look-up tables."""
    assert edition(requirement()) == edition(requirement())
    assert attrs.evolve(LUBELSKIE_2019) == LUBELSKIE_2019
