"""Hypothesis strategies for the library's types, for use in your own property tests.

This module imports :mod:`hypothesis` (install ``investor-standard[hypothesis]``);
the rest of the package never imports it.

>>> from hypothesis import given
>>> @given(teryt_codes(kind=JstKind.RURAL_GMINA))
... def test_rural(code: str) -> None:
...     assert Teryt(code).kind is JstKind.RURAL_GMINA
>>> test_rural()
"""

from __future__ import annotations

from hypothesis import strategies as st

from investor_standard.jst import VOIVODESHIPS, JstKind, LocalGovernment, Teryt

__all__ = ["local_governments", "teryt_codes", "teryts"]

_GMINA_TYPE_DIGIT = {
    JstKind.URBAN_GMINA: "1",
    JstKind.RURAL_GMINA: "2",
    JstKind.URBAN_RURAL_GMINA: "3",
}


def _two_digits(low: int, high: int) -> st.SearchStrategy[str]:
    return st.integers(low, high).map(lambda n: f"{n:02d}")


def _code_of(kind: JstKind) -> st.SearchStrategy[str]:
    voivodeship = st.sampled_from(sorted(VOIVODESHIPS))
    ordinary_county = _two_digits(1, 60)
    gmina_number = _two_digits(1, 99)
    if kind is JstKind.VOIVODESHIP:
        return voivodeship
    if kind is JstKind.COUNTY:
        return st.tuples(voivodeship, ordinary_county).map("".join)
    if kind is JstKind.CITY_WITH_COUNTY_RIGHTS:
        city = _two_digits(61, 99)
        county_form = st.tuples(voivodeship, city).map("".join)
        gmina_form = st.tuples(voivodeship, city, gmina_number, st.just("1")).map("".join)
        return county_form | gmina_form
    digit = _GMINA_TYPE_DIGIT[kind]
    return st.tuples(voivodeship, ordinary_county, gmina_number, st.just(digit)).map("".join)


def teryt_codes(kind: JstKind | None = None) -> st.SearchStrategy[str]:
    """Valid TERYT codes (strings) of self-governing units, of ``kind`` or of any kind."""
    if kind is not None:
        return _code_of(kind)
    return st.sampled_from(list(JstKind)).flatmap(_code_of)


def teryts(kind: JstKind | None = None) -> st.SearchStrategy[Teryt]:
    """Valid :class:`~investor_standard.jst.Teryt` values, of ``kind`` or of any kind."""
    return teryt_codes(kind).map(Teryt)


def local_governments(kind: JstKind | None = None) -> st.SearchStrategy[LocalGovernment]:
    """Local governments with valid codes and non-blank names."""
    names = st.text(min_size=1, max_size=40).filter(lambda name: bool(name.strip()))
    return st.builds(LocalGovernment, teryts(kind), names)
