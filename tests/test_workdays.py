"""Working-day arithmetic."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given, strategies as st

from investor_standard import (
    InvestorStandardError,
    add_working_days,
    is_working_day,
    public_holidays,
    working_days_between,
)
from investor_standard.foundation import InvalidDateError, UnsupportedYearError
from investor_standard.workdays import next_working_day

D = dt.date
# Leave room so that spans of up to ~3 years stay inside the supported 1990-2100 range.
days = st.dates(D(1993, 1, 1), D(2096, 12, 31))
counts = st.integers(1, 600)


def slow_working_days_between(start: dt.date, end: dt.date) -> int:
    """The definition, walked day by day: the oracle the fast version is checked against."""
    total, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and day not in public_holidays(day.year):
            total += 1
    return total


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2023, 6, 7), True),  # Wednesday
        (D(2023, 6, 8), False),  # Corpus Christi
        (D(2023, 6, 10), False),  # Saturday
        (D(2023, 6, 11), False),  # Sunday
        (D(2024, 12, 24), True),
        (D(2025, 12, 24), False),
        (D(2020, 8, 15), False),  # Assumption on a Saturday
    ],
)
def test_is_working_day(day: dt.date, expected: bool) -> None:
    """Monday to Friday, less statutory days off, are working days."""
    assert is_working_day(day) is expected


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (D(2023, 6, 7), 1, D(2023, 6, 9)),  # over Corpus Christi
        (D(2023, 6, 9), 1, D(2023, 6, 12)),  # Friday to Monday
        (D(2023, 6, 10), 1, D(2023, 6, 12)),  # from a Saturday
        (D(2024, 12, 23), 1, D(2024, 12, 24)),
        (D(2025, 12, 23), 1, D(2025, 12, 29)),
        (D(2023, 4, 6), 1, D(2023, 4, 7)),
        (D(2023, 4, 7), 1, D(2023, 4, 11)),  # Easter Monday 10 April 2023
        (D(2023, 12, 29), 1, D(2024, 1, 2)),  # over New Year
        (D(2023, 6, 12), -1, D(2023, 6, 9)),
        (D(2023, 6, 11), -1, D(2023, 6, 9)),  # the working day before a Sunday is Friday
        (D(2023, 6, 9), -1, D(2023, 6, 7)),
        (D(2023, 6, 10), 0, D(2023, 6, 10)),  # zero leaves even a Saturday unchanged
        (D(2023, 1, 2), 250, D(2023, 12, 29)),  # 2 January is the first of 2023's 251
    ],
)
def test_add_working_days_pinned(start: dt.date, n: int, expected: dt.date) -> None:
    """add_working_days counts from the day after start and skips weekends and days off."""
    assert add_working_days(start, n) == expected


def test_working_days_in_a_year() -> None:
    """2023 has 260 weekdays less 9 days off on weekdays: 251 working days.

    (Labour law, art. 130 §2 of the Labour Code, gives 250 in 2023: 11 November fell on a
    Saturday, and an employer must give another day off for it. That rule is about working
    time, not about which days are working days, so it is not applied here.)
    2025 has 261 weekdays less 10 days off on weekdays, Christmas Eve among them: 251.
    """
    assert working_days_between(D(2022, 12, 31), D(2023, 12, 31)) == 251
    assert working_days_between(D(2024, 12, 31), D(2025, 12, 31)) == 251
    assert working_days_between(D(2023, 6, 7), D(2023, 6, 7)) == 0


def test_next_working_day() -> None:
    """next_working_day keeps a working day and rolls anything else forward."""
    assert next_working_day(D(2023, 6, 7)) == D(2023, 6, 7)
    assert next_working_day(D(2023, 6, 8)) == D(2023, 6, 9)


@pytest.mark.parametrize(
    "call",
    [
        lambda: is_working_day("2023-01-01"),  # type: ignore[arg-type]  # deliberately wrong
        lambda: is_working_day(dt.datetime(2023, 1, 1, 12, 0)),  # noqa: DTZ001 - naive on purpose
        lambda: working_days_between(D(2023, 1, 1), None),  # type: ignore[arg-type]  # on purpose
        lambda: add_working_days(D(2023, 1, 1), 1.5),  # type: ignore[arg-type]  # on purpose
        lambda: add_working_days(D(2023, 1, 1), True),
    ],
)
def test_bad_arguments_raise_library_errors(call: object) -> None:
    """Strings, datetimes, None and non-integer counts are refused with InvalidDateError."""
    assert callable(call)
    with pytest.raises(InvalidDateError):
        call()


def test_leaving_the_supported_range_is_reported() -> None:
    """Arithmetic that would leave 1990-2100 raises UnsupportedYearError, naming the year."""
    with pytest.raises(UnsupportedYearError, match="2101"):
        add_working_days(D(2100, 12, 30), 5)
    with pytest.raises(UnsupportedYearError, match="1989"):
        add_working_days(D(1990, 1, 3), -5)
    with pytest.raises(InvestorStandardError):
        is_working_day(D(1989, 12, 31))
    with pytest.raises(UnsupportedYearError, match="beyond the calendar"):
        add_working_days(D(2000, 1, 3), 10**9)
    with pytest.raises(UnsupportedYearError, match="beyond the calendar"):
        add_working_days(D(2000, 1, 3), -(10**9))


@given(days, counts)
def test_add_lands_on_a_working_day_and_round_trips(start: dt.date, n: int) -> None:
    """add_working_days(d, n) is a working day and working_days_between(d, it) == n."""
    end = add_working_days(start, n)
    assert is_working_day(end)
    assert working_days_between(start, end) == n
    assert working_days_between(start, end - dt.timedelta(days=1)) == n - 1


@given(days, counts)
def test_going_back_undoes_going_forward(start: dt.date, n: int) -> None:
    """From a working day, n working days forward then n back returns to it."""
    assume(is_working_day(start))
    assert add_working_days(add_working_days(start, n), -n) == start


@given(days, counts)
def test_going_back_lands_on_the_nth_working_day_before(start: dt.date, n: int) -> None:
    """add_working_days(d, -n) is the working day with exactly n working days in [it, d)."""
    earlier = add_working_days(start, -n)
    assert is_working_day(earlier)
    one_before = dt.timedelta(days=1)
    assert working_days_between(earlier - one_before, start - one_before) == n


@given(days, st.integers(0, 900))
def test_between_matches_the_day_by_day_definition(start: dt.date, span: int) -> None:
    """The fast count equals walking the days one by one."""
    end = start + dt.timedelta(days=span)
    assert working_days_between(start, end) == slow_working_days_between(start, end)


@given(days, days, days)
def test_between_is_additive_and_antisymmetric(a: dt.date, b: dt.date, c: dt.date) -> None:
    """Counts add up along a path and change sign when the ends swap."""
    assert working_days_between(a, b) == -working_days_between(b, a)
    assert working_days_between(a, b) + working_days_between(b, c) == working_days_between(a, c)


def _weekdays_after(day: dt.date, last: dt.date) -> int:
    """The Mondays to Fridays d with ``day < d <= last``, counted by whole weeks."""
    weeks, rest = divmod((last - day).days, 7)
    tail = (day + dt.timedelta(days=7 * weeks + i) for i in range(1, rest + 1))
    return 5 * weeks + sum(1 for d in tail if d.weekday() < 5)


def test_the_calendar_reaches_its_first_and_last_working_days() -> None:
    """Arithmetic may land on the calendar's first working day (2 January 1990: the 1st is
    New Year's Day) and on its last day, 31 December 2100 (a Friday), and no further."""
    assert add_working_days(D(1990, 1, 3), -1) == D(1990, 1, 2)
    assert add_working_days(D(2100, 12, 30), 1) == D(2100, 12, 31)
    assert add_working_days(D(1990, 1, 2), 1) == D(1990, 1, 3)
    with pytest.raises(UnsupportedYearError, match="ends in 2101"):
        add_working_days(D(2100, 12, 31), 1)
    with pytest.raises(UnsupportedYearError, match=r"^-1 working days .* ends in 1989"):
        add_working_days(D(1990, 1, 2), -1)


def test_a_result_past_the_calendar_is_placed_in_its_year_while_python_has_one() -> None:
    """Past the supported years the error still names the year the result would fall in
    (counting weekdays only, as no days off are known there), down to 1 January of year 1
    and up to 31 December 9999, Python's first and last days; one day further it is
    "beyond the calendar"."""
    to_the_last = _weekdays_after(D(2100, 12, 31), dt.date.max)
    with pytest.raises(UnsupportedYearError, match="ends in 9999,"):
        add_working_days(D(2100, 12, 31), to_the_last)
    with pytest.raises(UnsupportedYearError, match="ends beyond the calendar"):
        add_working_days(D(2100, 12, 31), to_the_last + 1)
    # from 2 January 1990 back: every weekday of years 1-1989 (1 January 1990 is a day off)
    to_the_first = _weekdays_after(dt.date.min, D(1989, 12, 31)) + 1
    with pytest.raises(UnsupportedYearError, match="ends in 1,"):
        add_working_days(D(1990, 1, 2), -to_the_first)
    with pytest.raises(UnsupportedYearError, match="ends beyond the calendar"):
        add_working_days(D(1990, 1, 2), -to_the_first - 1)
