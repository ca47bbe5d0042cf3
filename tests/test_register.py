"""The register of local governments (GUS TERC as of 2020-01-01), checked against the file.

The expected counts are worked out here from the raw rows with the csv module, not copied
from the library; the figures the project's brief states are pinned as well.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import subprocess
import sys
from collections import Counter
from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from investor_standard import (
    JstKind,
    LocalGovernment,
    Teryt,
    find_units,
    is_registered,
    local_government,
    lookup_unit,
    units_in,
)
from investor_standard.foundation.errors import (
    AmbiguousUnitError,
    InvalidTerytError,
    UnknownUnitError,
    UnregisteredUnitError,
)
from investor_standard.jst import (
    REGISTER_AS_OF,
    REGISTER_PROVENANCE,
    REGISTER_SHA256,
    Register,
    resolve_unit,
    terc_register,
)

SHARED_COPY = Path(__file__).resolve().parents[2] / "shared" / "data" / "terc-2020-01-01.csv"
RAW = gzip.decompress(
    files("investor_standard.jst").joinpath("data", "terc-2020-01-01.csv.gz").read_bytes()
)
ROWS = list(csv.DictReader(io.StringIO(RAW.decode("utf-8")), delimiter=";"))
REGISTER = terc_register()
GMINA_KINDS = {
    JstKind.URBAN_GMINA,
    JstKind.RURAL_GMINA,
    JstKind.URBAN_RURAL_GMINA,
    JstKind.CITY_WITH_COUNTY_RIGHTS,
}


def test_the_shipped_file_is_the_gus_file_unchanged() -> None:
    """The packaged register decompresses to the file whose checksum the data README states,
    and, where the project's shared copy is beside the checkout (as in CI), to that very file."""
    assert hashlib.sha256(RAW).hexdigest() == REGISTER_SHA256
    if SHARED_COPY.exists():
        assert SHARED_COPY.read_bytes() == RAW
    assert REGISTER.as_of == REGISTER_AS_OF
    assert {row["STAN_NA"] for row in ROWS} == {REGISTER_AS_OF.isoformat()}
    assert REGISTER.provenance == REGISTER_PROVENANCE
    assert "2020-01-01" in REGISTER_PROVENANCE.note


def test_the_counts_per_voivodeship_match_the_raw_rows() -> None:
    """For every voivodeship: gminas by type, land counties and cities with county rights,
    counted from the file's rows, equal what the register lists (each city once)."""
    for woj in sorted({row["WOJ"] for row in ROWS}):
        rows = [row for row in ROWS if row["WOJ"] == woj]
        gmina_types = Counter(row["RODZ"] for row in rows if row["RODZ"] in {"1", "2", "3"})
        county_rows = [row for row in rows if row["POW"] and not row["GMI"]]
        cities = sum(int(row["POW"]) >= 61 for row in county_rows)
        units = Counter(unit.kind for unit in units_in(woj))
        assert units[JstKind.VOIVODESHIP] == 1
        assert units[JstKind.COUNTY] == len(county_rows) - cities
        assert units[JstKind.CITY_WITH_COUNTY_RIGHTS] == cities
        assert units[JstKind.URBAN_GMINA] == gmina_types["1"] - cities
        assert units[JstKind.RURAL_GMINA] == gmina_types["2"]
        assert units[JstKind.URBAN_RURAL_GMINA] == gmina_types["3"]
    assert len(REGISTER) == sum(
        1
        for row in ROWS
        if row["RODZ"] in {"1", "2", "3"}
        or not row["POW"]
        or (not row["GMI"] and int(row["POW"]) < 61)
    )


def test_the_figures_of_the_brief() -> None:
    """Lubelskie: 213 gminas, 20 counties, 4 cities with county rights. Poland: 2 477 gminas,
    380 powiaty (counties and cities with county rights), 16 voivodeships."""
    lubelskie = Counter(unit.kind for unit in units_in("06"))
    assert sum(lubelskie[kind] for kind in GMINA_KINDS) == 213
    assert lubelskie[JstKind.COUNTY] == 20
    assert lubelskie[JstKind.CITY_WITH_COUNTY_RIGHTS] == 4
    poland = Counter(unit.kind for unit in REGISTER)
    assert sum(poland[kind] for kind in GMINA_KINDS) == 2477
    assert poland[JstKind.COUNTY] + poland[JstKind.CITY_WITH_COUNTY_RIGHTS] == 380
    assert poland[JstKind.VOIVODESHIP] == 16


def test_every_self_governing_row_is_found_by_its_code_with_its_names() -> None:
    """Each gmina, county and voivodeship row of the file is looked up by its code, with the
    file's name and description, and its county's and voivodeship's names."""
    names = {row["WOJ"] + row["POW"]: row["NAZWA"] for row in ROWS if not row["GMI"]}
    for row in ROWS:
        if row["RODZ"] not in {"", "1", "2", "3"}:
            continue
        code = row["WOJ"] + row["POW"] + row["GMI"] + row["RODZ"]
        unit = lookup_unit(code)
        assert code in unit.codes
        assert unit.voivodeship_name == names[row["WOJ"]].lower()
        if row["GMI"]:
            assert (unit.name, unit.register_kind) == (row["NAZWA"], row["NAZWA_DOD"])
            if int(row["POW"]) < 61:
                assert unit.county_name == names[row["WOJ"] + row["POW"]]


def test_a_statistical_part_is_not_a_unit_of_the_register() -> None:
    """The town and rural area of an urban-rural gmina, the districts of Warsaw and the
    delegations of other cities are in the file but are not JST: no code of theirs is a
    register code, and TERYT refuses them, saying what they are."""
    parts = [row for row in ROWS if row["RODZ"] in {"4", "5", "8", "9"}]
    assert Counter(row["RODZ"] for row in parts) == {"4": 642, "5": 642, "8": 18, "9": 19}
    codes = {code for unit in REGISTER for code in unit.codes}
    assert not {row["WOJ"] + row["POW"] + row["GMI"] + row["RODZ"] for row in parts} & codes
    with pytest.raises(InvalidTerytError, match=r"district .* of the capital city of Warsaw"):
        Teryt("1465028")
    with pytest.raises(InvalidTerytError, match=r"delegation .* other than Warsaw"):
        Teryt("1261029")


def test_a_city_with_county_rights_is_one_unit_with_two_codes() -> None:
    """Lublin is found by 0663 and by 0663011 as the same unit, counted once in its
    voivodeship; every city's gmina code is its county code followed by 011."""
    assert lookup_unit("0663") is lookup_unit("0663011")
    assert lookup_unit("0663").codes == ("0663", "0663011")
    lublins = [unit for unit in units_in("06") if unit.name == "Lublin"]
    assert len(lublins) == 1
    for unit in REGISTER:
        if unit.kind is JstKind.CITY_WITH_COUNTY_RIGHTS:
            county, gmina = unit.codes
            assert gmina == county + "011"
            assert Teryt(county).canonical == unit.teryt == Teryt(gmina).canonical


def test_a_county_lists_itself_and_its_gminas_by_kind() -> None:
    """The units in powiat lubartowski: the county and its 13 gminas; asked by kind, only
    those kinds."""
    inside = units_in("0608")
    assert inside[0].official_name == "powiat lubartowski"
    assert len(inside) == 14
    assert all(unit.county_name == "lubartowski" for unit in inside[1:])
    urban = units_in("0608", JstKind.URBAN_GMINA)
    assert [unit.teryt.code for unit in urban] == ["0608011"]
    both = units_in("06", [JstKind.URBAN_GMINA, JstKind.CITY_WITH_COUNTY_RIGHTS])
    assert {unit.kind for unit in both} == {JstKind.URBAN_GMINA, JstKind.CITY_WITH_COUNTY_RIGHTS}


def test_lubartow_by_name_finds_both_units_and_says_which_is_which() -> None:
    """'lubartow' (no case, no diacritics) finds the town and the rural gmina, each
    described with its kind and code; the county is found by its official name."""
    found = find_units("lubartow")
    assert [unit.describe() for unit in found] == [
        "Lubartów (urban gmina, TERYT 0608011), powiat lubartowski, województwo lubelskie",
        "Lubartów (rural gmina, TERYT 0608072), powiat lubartowski, województwo lubelskie",
    ]
    assert find_units("LUBARTÓW") == find_units("Lubartów") == found
    assert [unit.teryt.code for unit in find_units("Powiat Lubartowski")] == ["0608"]
    assert [unit.teryt.code for unit in find_units("lubelskie")] == ["06"]
    assert [unit.teryt.code for unit in find_units("Łódź")] == ["1061011"]
    assert find_units("lodz") == find_units("Łódź")


def test_a_near_miss_suggests_the_closest_names() -> None:
    """A misspelt name is refused with the library's error and the names it was close to."""
    with pytest.raises(UnknownUnitError, match="did you mean Lubartów") as caught:
        find_units("Lubartuw")
    assert caught.value.suggestions[0] == "Lubartów"
    assert caught.value.name == "Lubartuw"
    with pytest.raises(UnknownUnitError, match=r"named 'Qqqqq'$"):
        find_units("Qqqqq")
    for bad in ("", "   ", 7):
        with pytest.raises(UnknownUnitError, match="non-empty text"):
            find_units(bad)  # type: ignore[arg-type]  # the wrong type is the test


@given(st.sampled_from(REGISTER.units))
def test_every_registered_unit_is_found_by_its_own_names(unit: object) -> None:
    """Whatever unit of the register, its name and official name, in any case, find it."""
    assert isinstance(unit, type(REGISTER.units[0]))
    for name in (unit.name, unit.official_name, unit.official_name.upper()):
        assert unit in find_units(name)
    assert lookup_unit(unit.teryt) is unit


def test_resolving_a_name_to_one_unit_needs_it_to_be_unambiguous() -> None:
    """A code or a unique name resolves to a unit; a shared name is refused with the
    candidates, so the caller can choose by code."""
    assert resolve_unit(" 0608072 ").teryt.code == "0608072"
    assert resolve_unit("Kock").teryt.code == "0608063"
    with pytest.raises(AmbiguousUnitError, match="2 units are named 'Zamość'") as caught:
        resolve_unit("Zamość")
    assert len(caught.value.candidates) == 2
    assert "TERYT 0664011" in caught.value.candidates[1]
    with pytest.raises(InvalidTerytError, match="a code or a name, not 608"):
        resolve_unit(608)  # type: ignore[arg-type]  # the wrong type is the test


def test_a_local_government_from_a_code_alone_has_its_official_name() -> None:
    """local_government builds the library's value with the register's name."""
    assert local_government("0608011") == LocalGovernment("0608011", "Lubartów")
    assert local_government("0608").name == "powiat lubartowski"
    assert local_government("06").name == "województwo lubelskie"
    assert local_government("0664").describe() == (
        "Zamość (city with county rights, TERYT 0664011)"
    )


def test_an_unregistered_code_is_reported_not_invalid() -> None:
    """The fictional gmina of the examples, 0608992, is well formed but not registered:
    is_registered says so, a look-up refuses it naming the code and the register's date,
    while a LocalGovernment can still be built for it where a fictional unit is fine."""
    assert not is_registered("0608992")
    assert is_registered("0608011")
    assert is_registered(Teryt("0663"))
    with pytest.raises(UnregisteredUnitError, match=r"0608992 .* as of 2020-01-01") as caught:
        lookup_unit("0608992")
    assert caught.value.code == "0608992"
    assert isinstance(caught.value, InvalidTerytError)
    assert LocalGovernment("0608992", "Przykładowa").teryt.code == "0608992"
    with pytest.raises(InvalidTerytError, match="type digit '4'"):
        is_registered("0608014")
    assert "0608011" in REGISTER
    assert 608011 not in REGISTER


HEADER = "WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA\n"
GOOD = (
    HEADER + "06;;;;LUBELSKIE;województwo;2020-01-01\n"
    "06;08;;;lubartowski;powiat;2020-01-01\n"
    "06;08;01;1;Lubartów;gmina miejska;2020-01-01\n"
)


def read(text: str) -> Register:
    return Register.from_terc(text, provenance=REGISTER_PROVENANCE)


def test_a_small_register_reads_from_text() -> None:
    """A register can be built from any TERC text, with or without a byte order mark."""
    small = read(GOOD)
    assert [unit.official_name for unit in small] == [
        "województwo lubelskie",
        "powiat lubartowski",
        "Lubartów",
    ]
    assert read("\ufeff" + GOOD) == small


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "starts with the header"),
        ("WOJ;POW\n", "starts with the header"),
        (HEADER, "describes one day, not \\[\\]"),
        (GOOD + "06;08;02;2;X;gmina wiejska\n", "line 5: 6 columns, expected 7"),
        (GOOD + "06;08;02;7;X;gmina;2020-01-01\n", "line 5: invalid TERYT code '0608027'"),
        (GOOD + "06;09;02;2;X;gmina wiejska;2020-01-01\n", "line 5: unit '0609' is used before"),
        (HEADER + "06;08;;;lubartowski;powiat;2020-01-01\n", "line 2: unit '06' is used before"),
        (GOOD + "06;08;02;2;X;gmina wiejska;2020-01-02\n", "one day, not \\['2020-01-01', '2"),
        (GOOD.replace("2020-01-01", "2020-13-01"), "the TERC register's date"),
    ],
)
def test_a_malformed_register_is_refused_with_its_line(text: str, message: str) -> None:
    """Every malformed register text is refused with the library's error naming the line."""
    with pytest.raises(InvalidTerytError, match=message):
        read(text)


def test_the_register_is_read_on_first_use_not_at_import() -> None:
    """Importing the register module (or the whole jst part) decompresses nothing: gzip is
    loaded only when the register is first asked for."""
    code = (
        "import sys\n"
        "from investor_standard.jst import register\n"
        "print('gzip' in sys.modules)\n"
        "register.is_registered('0608011')\n"
        "print('gzip' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True"]


def test_a_damaged_shipped_register_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped file is checked against its checksum when read: a damaged copy is the
    library's own error, never a register with wrong units."""
    from investor_standard.jst import register  # noqa: PLC0415 - the module is patched

    monkeypatch.setattr(register, "REGISTER_SHA256", "0" * 64)
    with pytest.raises(InvalidTerytError, match="damaged"):
        register.terc_register.__wrapped__()


def test_a_voivodeship_is_described_without_a_county() -> None:
    """A voivodeship names itself only; a county names its voivodeship."""
    assert lookup_unit("06").describe() == "województwo lubelskie (voivodeship, TERYT 06)"
    assert lookup_unit("0608").describe("pl") == (
        "powiat lubartowski (powiat, TERYT 0608), województwo lubelskie"
    )
