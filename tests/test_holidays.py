"""Statutory days off under the act of 18 January 1951 on days off work, as amended."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from investor_standard import InvestorStandardError, public_holidays
from investor_standard.foundation import UnsupportedYearError
from investor_standard.workdays import statutory_days_off
from investor_standard.workdays.days_off import FIRST_YEAR, LAST_YEAR

D = dt.date
years = st.integers(FIRST_YEAR, LAST_YEAR)


def names(year: int) -> dict[dt.date, str]:
    return {day: text.en for day, text in public_holidays(year).items()}


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (D(2023, 1, 1), "New Year's Day"),
        (D(2023, 4, 9), "Easter Sunday"),
        (D(2023, 4, 10), "Easter Monday"),
        (D(2023, 5, 1), "Labour Day"),
        (D(2023, 5, 3), "Constitution Day"),
        (D(2023, 5, 28), "Pentecost Sunday"),
        (D(2023, 6, 8), "Corpus Christi"),
        (D(2023, 8, 15), "Assumption of Mary"),
        (D(2023, 11, 1), "All Saints' Day"),
        (D(2023, 11, 11), "Independence Day"),
        (D(2023, 12, 25), "Christmas Day"),
        (D(2023, 12, 26), "Second Day of Christmas"),
        (D(2024, 3, 31), "Easter Sunday"),
        (D(2024, 5, 30), "Corpus Christi"),
        (D(2025, 6, 19), "Corpus Christi"),
        (D(1990, 5, 3), "Constitution Day"),
        (D(1990, 11, 11), "Independence Day"),
        (D(1990, 4, 16), "Easter Monday"),
    ],
)
def test_every_rule_of_the_act_on_a_pinned_date(day: dt.date, name: str) -> None:
    """Each day off of the act falls where the act and the Gregorian computus put it."""
    assert names(day.year)[day] == name


@pytest.mark.parametrize(
    ("day", "is_day_off"),
    [
        (D(2010, 1, 6), False),  # Epiphany became a day off in 2011
        (D(2011, 1, 6), True),
        (D(2024, 12, 24), False),  # Christmas Eve became a day off in 2025
        (D(2025, 12, 24), True),
        (D(2017, 11, 12), False),  # 12 November was a day off in 2018 only
        (D(2018, 11, 12), True),
        (D(2019, 11, 12), False),
    ],
)
def test_amendments_take_effect_in_their_year(day: dt.date, is_day_off: bool) -> None:
    """Amendments apply from their first year, and the one-off day off in 2018 only."""
    assert (day in public_holidays(day.year)) is is_day_off


@pytest.mark.parametrize(("year", "count"), [(2010, 12), (2011, 13), (2018, 14), (2024, 13)])
def test_number_of_days_off_per_year(year: int, count: int) -> None:
    """A year has 12 days off besides ordinary Sundays, plus the amendments in force."""
    assert len(public_holidays(year)) == count


def test_2025_has_fourteen() -> None:
    """From 2025, Epiphany and Christmas Eve make 14 days off a year."""
    assert len(public_holidays(2025)) == 14


@pytest.mark.parametrize("year", [FIRST_YEAR - 1, LAST_YEAR + 1, -5, 10_000])
def test_years_outside_the_range_are_refused(year: int) -> None:
    """Years outside 1990-2100 raise a clear library error naming the range."""
    with pytest.raises(UnsupportedYearError, match=f"{year} is outside the supported range"):
        public_holidays(year)


@pytest.mark.parametrize("year", ["2023", 2023.0, True, None])
def test_non_integer_years_are_refused(year: object) -> None:
    """A year must be an integer; anything else is a library error, not a TypeError."""
    with pytest.raises(InvestorStandardError, match="must be an integer"):
        public_holidays(year)  # type: ignore[arg-type]  # deliberately wrong type


def test_mapping_is_read_only_and_cached() -> None:
    """The mapping cannot be changed by a caller, and a year is computed once."""
    holidays = public_holidays(2023)
    assert holidays is public_holidays(2023)
    with pytest.raises(TypeError):
        holidays[D(2023, 7, 1)] = holidays[D(2023, 1, 1)]  # type: ignore[index]  # read-only


@given(years)
def test_days_off_are_in_their_year_distinct_and_sourced(year: int) -> None:
    """Every day off lies in its year, no two share a date, and each cites the law."""
    days = statutory_days_off(year)
    assert len(public_holidays(year)) == len(days)
    assert [d.date for d in days] == sorted(d.date for d in days)
    for day in days:
        assert day.date.year == year
        assert not day.provenance.is_derived
        assert day.name.pl
        assert day.name.en


@given(years)
def test_moveable_feasts_follow_easter(year: int) -> None:
    """Easter Monday, Pentecost and Corpus Christi are 1, 49 and 60 days after Easter Sunday."""
    by_name = {text.en: day for day, text in public_holidays(year).items()}
    easter = by_name["Easter Sunday"]
    assert easter.weekday() == 6
    assert by_name["Easter Monday"] - easter == dt.timedelta(days=1)
    assert by_name["Pentecost Sunday"] - easter == dt.timedelta(days=49)
    assert by_name["Corpus Christi"] - easter == dt.timedelta(days=60)
    assert by_name["Corpus Christi"].weekday() == 3
