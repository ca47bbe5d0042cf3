"""TERYT codes and local governments (GUS TERC register)."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, strategies as st

from investor_standard import InvestorStandardError, JstKind, LocalGovernment, Teryt
from investor_standard.foundation import InvalidTerytError
from investor_standard.jst import VOIVODESHIPS
from investor_standard.strategies import local_governments, teryt_codes, teryts

# --- pinned examples -----------------------------------------------------------------------------


def test_lubartow_town_lies_in_its_county_and_lubelskie() -> None:
    """The urban gmina Lubartów (0608011) lies in county 0608 in voivodeship 06, Lubelskie."""
    town = Teryt("0608011")
    assert town.kind is JstKind.URBAN_GMINA
    assert town.county == "0608"
    assert town.voivodeship == "06"
    assert town.voivodeship_name.pl == "lubelskie"
    assert town.gmina == "0608011"
    assert Teryt("0608").contains(town)
    assert Teryt("06").contains(town)


def test_lublin_is_a_city_with_county_rights() -> None:
    """Lublin (0663011) and its county code 0663 are a city with county rights."""
    assert Teryt("0663011").kind is JstKind.CITY_WITH_COUNTY_RIGHTS
    assert Teryt("0663").kind is JstKind.CITY_WITH_COUNTY_RIGHTS
    assert Teryt("0664011").kind is JstKind.CITY_WITH_COUNTY_RIGHTS  # Zamość


def test_rural_lubartow_is_a_different_unit_from_the_town() -> None:
    """The rural gmina Lubartów (0608072) shares the town's name and county but not its identity."""
    town = LocalGovernment("0608011", "Lubartów")
    rural = LocalGovernment("0608072", "Lubartów")
    assert rural.kind is JstKind.RURAL_GMINA
    assert town != rural
    assert town.teryt.county == rural.teryt.county
    assert len({town, rural}) == 2


def test_voivodeship_and_county_parts() -> None:
    """A voivodeship has no county; a county has no gmina; containment follows the hierarchy."""
    voivodeship, county = Teryt("06"), Teryt("0608")
    assert voivodeship.kind is JstKind.VOIVODESHIP
    assert voivodeship.county is None
    assert county.kind is JstKind.COUNTY
    assert county.gmina is None
    assert not county.contains(Teryt("0609011"))
    assert Teryt("0608011").contains(Teryt("0608011"))
    assert not Teryt("0608011").contains(Teryt("0608072"))


def test_ordering_keeps_parents_before_children() -> None:
    """Codes sort as strings: a voivodeship, then its counties, each before its gminas."""
    codes = [Teryt(c) for c in ("0608072", "0663011", "06", "0608", "0608011", "04")]
    assert [str(c) for c in sorted(codes)] == ["04", "06", "0608", "0608011", "0608072", "0663011"]


def test_local_government_accepts_teryt_or_string() -> None:
    """LocalGovernment takes a Teryt or its string and derives its kind from the code."""
    assert LocalGovernment(Teryt("0608011"), "Lubartów") == LocalGovernment("0608011", "Lubartów")
    assert str(LocalGovernment("0663011", "Lublin")) == (
        "Lublin (city with county rights, TERYT 0663011)"
    )


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("", "0 character"),
        ("061", "3 character"),
        ("06080111", "8 character"),
        ("06a8", "digits 0-9"),
        ("\uff10\uff16", "digits 0-9"),  # full-width digits are not ASCII digits
        ("05", "voivodeship part '05'"),
        ("00", "voivodeship part '00'"),
        ("34", "voivodeship part '34'"),
        ("0600", "county part '00'"),
        ("0608001", "gmina part '00'"),
        ("0608014", "type digit '4' marks the town within an urban-rural gmina"),
        ("0608015", "type digit '5' marks the rural area"),
        ("1465048", "type digit '8' marks a district"),
        ("0608019", "type digit '9' marks a delegation"),
        ("0608010", "type digit '0' is not a gmina type"),
        ("0608016", "type digit '6' is not a gmina type"),
        ("0663012", "county part '63' is a city with county rights"),
    ],
)
def test_bad_codes_say_which_part_is_wrong(code: str, message: str) -> None:
    """Every malformed code, or one naming no self-governing unit, is refused with its reason."""
    with pytest.raises(InvalidTerytError, match=message) as caught:
        Teryt(code)
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, InvestorStandardError)
    assert repr(code) in str(caught.value)


@pytest.mark.parametrize("value", [608011, None, b"0608011", 6.0])
def test_non_string_codes_are_refused(value: object) -> None:
    """A code given as another type is refused, not coerced."""
    with pytest.raises(InvalidTerytError, match="must be a string"):
        Teryt(value)  # type: ignore[arg-type]  # deliberately wrong type
    with pytest.raises(InvalidTerytError, match="must be a string"):
        LocalGovernment(value, "X")  # type: ignore[arg-type]  # deliberately wrong type


@pytest.mark.parametrize("name", ["", "  ", None])
def test_local_government_needs_a_name(name: object) -> None:
    """A local government without a name is refused."""
    with pytest.raises(InvalidTerytError, match="name"):
        LocalGovernment("0608011", name)  # type: ignore[arg-type]  # deliberately wrong type


# --- properties ----------------------------------------------------------------------------------


@given(teryt_codes())
def test_parse_str_parse_is_identity(code: str) -> None:
    """Parsing a valid code, printing it and parsing again gives back the same value."""
    parsed = Teryt(code)
    assert str(parsed) == code
    assert Teryt(str(parsed)) == parsed


@given(st.sampled_from(list(JstKind)), st.data())
def test_generated_codes_have_the_kind_asked_for(kind: JstKind, data: st.DataObject) -> None:
    """Every generated valid code of a kind parses to that kind, with consistent parts."""
    teryt = data.draw(teryts(kind))
    assert teryt.kind is kind
    assert teryt.voivodeship in VOIVODESHIPS
    assert teryt.county is None or teryt.county.startswith(teryt.voivodeship)
    assert Teryt(teryt.voivodeship).contains(teryt)


@given(teryt_codes(), st.data())
def test_a_bad_part_is_rejected(code: str, data: st.DataObject) -> None:
    """Replacing any one part of a valid code with an invalid value makes the code rejected."""
    parts = {
        "voivodeship": (0, 2, st.integers(0, 99).filter(lambda n: f"{n:02d}" not in VOIVODESHIPS)),
        "county": (2, 4, st.just(0)),
        "gmina": (4, 6, st.just(0)),
        "type": (6, 7, st.sampled_from([0, 4, 5, 6, 7, 8, 9])),
    }
    usable = [name for name, (_, end, _) in parts.items() if end <= len(code)]
    start, end, bad = parts[data.draw(st.sampled_from(usable))]
    value = data.draw(bad)
    broken = code[:start] + f"{value:0{end - start}d}" + code[end:]
    with pytest.raises(InvalidTerytError):
        Teryt(broken)


@given(st.text(max_size=9))
def test_arbitrary_strings_parse_or_raise_library_error(code: str) -> None:
    """Any string either parses to a valid code or raises InvalidTerytError, nothing else."""
    try:
        parsed = Teryt(code)
    except InvalidTerytError:
        return
    assert str(parsed) == code


@given(teryt_codes(), teryt_codes())
def test_ordering_matches_the_code_strings(a: str, b: str) -> None:
    """Teryt ordering is the ordering of the canonical strings."""
    assume(a != b)
    assert (Teryt(a) < Teryt(b)) == (a < b)


@given(local_governments())
def test_local_government_kind_is_its_codes_kind(jst: LocalGovernment) -> None:
    """A local government's kind is always the kind of its code."""
    assert jst.kind is jst.teryt.kind
    assert jst.kind.label.pl
    assert jst.kind.label.en


def test_is_gmina() -> None:
    """Cities with county rights are gminas; counties and voivodeships are not."""
    assert JstKind.CITY_WITH_COUNTY_RIGHTS.is_gmina
    assert not JstKind.COUNTY.is_gmina
    assert not JstKind.VOIVODESHIP.is_gmina
