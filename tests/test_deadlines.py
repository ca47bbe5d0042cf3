"""Administrative deadlines under art. 57 KPA (§1-§4, as in force since 2017)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from investor_standard import explain_kpa_deadline, is_working_day, kpa_deadline, public_holidays
from investor_standard.foundation import (
    InvalidDateError,
    InvalidDeadlineError,
    UnsupportedYearError,
)
from investor_standard.workdays import TermUnit

D = dt.date


@pytest.mark.parametrize(
    ("event", "days", "expected"),
    [
        # §1: the event day is not counted; the term ends at the end of the last day.
        (D(2023, 6, 1), 1, D(2023, 6, 2)),
        (D(2023, 6, 1), 7, D(2023, 6, 9)),  # 8 June 2023 is Corpus Christi: moved by §4
        (D(2023, 5, 25), 14, D(2023, 6, 9)),  # lands on Corpus Christi
        (D(2024, 3, 18), 14, D(2024, 4, 2)),  # lands on Easter Monday 1 April 2024
        (D(2023, 3, 27), 14, D(2023, 4, 11)),  # lands on Easter Monday 10 April 2023
        (D(2024, 12, 10), 14, D(2024, 12, 24)),  # 24 Dec 2024: still a working day
        (D(2025, 12, 10), 14, D(2025, 12, 29)),  # 24-26 Dec 2025 off, then a weekend
        (D(2023, 12, 18), 14, D(2024, 1, 2)),  # lands on New Year's Day, across the year end
        (D(2023, 3, 1), 3, D(2023, 3, 6)),  # lands on a Saturday: §4 since 2017
        (D(2020, 8, 5), 10, D(2020, 8, 17)),  # Assumption on a Saturday, then Sunday
        (D(2023, 1, 31), 30, D(2023, 3, 2)),  # days are days, not months
    ],
)
def test_days_paragraph_1(event: dt.date, days: int, expected: dt.date) -> None:
    """§1 counts calendar days from the day after the event; §4 moves off days off."""
    assert kpa_deadline(event, days=days) == expected


@pytest.mark.parametrize(
    ("event", "weeks", "expected"),
    [
        (D(2023, 3, 1), 2, D(2023, 3, 15)),  # Wednesday to Wednesday
        (D(2023, 6, 1), 1, D(2023, 6, 9)),  # Thursday to Corpus Christi, moved to Friday
        (D(2023, 4, 3), 1, D(2023, 4, 11)),  # Monday to Easter Monday, moved to Tuesday
        (D(2023, 3, 4), 1, D(2023, 3, 13)),  # an event on a Saturday ends on a Saturday: moved
        (D(2023, 12, 20), 2, D(2024, 1, 3)),  # across the year end
    ],
)
def test_weeks_paragraph_2(event: dt.date, weeks: int, expected: dt.date) -> None:
    """§2: a term in weeks ends on the weekday of the event, then §4 applies."""
    assert kpa_deadline(event, weeks=weeks) == expected


@pytest.mark.parametrize(
    ("event", "months", "expected"),
    [
        (D(2023, 1, 31), 1, D(2023, 2, 28)),  # no 31 February: the month's last day
        (D(2024, 1, 31), 1, D(2024, 2, 29)),  # leap year
        (D(2023, 1, 30), 1, D(2023, 2, 28)),
        (D(2023, 3, 31), 1, D(2023, 5, 2)),  # 30 April is a Sunday, 1 May a day off
        (D(2023, 12, 1), 1, D(2024, 1, 2)),  # New Year's Day, across the year end
        (D(2019, 12, 6), 1, D(2020, 1, 7)),  # Epiphany 2020 (a Monday)
        (D(2023, 8, 31), 6, D(2024, 2, 29)),  # six months to a leap February
        (D(2023, 11, 24), 1, D(2023, 12, 27)),  # Christmas Day, Boxing Day
    ],
)
def test_months_paragraph_3(event: dt.date, months: int, expected: dt.date) -> None:
    """§3: same day of the month, or the month's last day when it has no such day."""
    assert kpa_deadline(event, months=months) == expected


@pytest.mark.parametrize(
    ("event", "years", "expected"),
    [
        (D(2024, 2, 29), 1, D(2025, 2, 28)),  # no 29 February in 2025
        (D(2020, 2, 29), 4, D(2024, 2, 29)),
        (D(2022, 12, 24), 3, D(2025, 12, 29)),  # Christmas Eve 2025 is a day off
        (D(2021, 12, 24), 3, D(2024, 12, 24)),  # Christmas Eve 2024 is not
    ],
)
def test_years_paragraph_3a(event: dt.date, years: int, expected: dt.date) -> None:
    """§3a: years count like months; a 29 February start ends on 28 February."""
    assert kpa_deadline(event, years=years) == expected


def test_explanation_lists_every_day_moved_over() -> None:
    """The explanation names each day §4 moved the end off, with its reason, in both languages."""
    deadline = explain_kpa_deadline(D(2025, 12, 10), weeks=2)
    assert deadline.unit is TermUnit.WEEKS
    assert deadline.nominal_end == D(2025, 12, 24)
    assert [s.reason.en for s in deadline.shifted_over] == [
        "Christmas Eve",
        "Christmas Day",
        "Second Day of Christmas",
        "Saturday",
        "Sunday",
    ]
    assert deadline.explain("en") == (
        "Event on 2025-12-10, a term of 2 weeks under art. 57 §2 KPA ends on 2025-12-24; "
        "moved (art. 57 §4) off: 2025-12-24 (Christmas Eve), 2025-12-25 (Christmas Day), "
        "2025-12-26 (Second Day of Christmas), 2025-12-27 (Saturday), 2025-12-28 (Sunday) "
        "→ 2025-12-29."
    )
    assert deadline.explain("pl") == (
        "Zdarzenie 2025-12-10, termin 2 tygodnie według art. 57 §2 KPA: koniec 2025-12-24; "
        "przesunięty (art. 57 §4) z: 2025-12-24 (Wigilia Bożego Narodzenia), 2025-12-25 "
        "(Boże Narodzenie), 2025-12-26 (Drugi dzień Bożego Narodzenia), 2025-12-27 "
        "(sobota), 2025-12-28 (niedziela) → 2025-12-29."
    )
    plain = explain_kpa_deadline(D(2023, 3, 1), weeks=2)
    assert plain.shifted_over == ()
    assert "moved" not in plain.explain()
    assert not deadline.provenance.is_derived


@pytest.mark.parametrize(
    "kwargs",
    [{}, {"days": 1, "weeks": 1}, {"months": 1, "years": 1, "days": 2}],
)
def test_exactly_one_unit(kwargs: dict[str, int]) -> None:
    """No unit, or more than one, is refused with a message naming what was given."""
    with pytest.raises(InvalidDeadlineError, match="exactly one"):
        kpa_deadline(D(2023, 1, 1), **kwargs)


@pytest.mark.parametrize("amount", [0, -1, 1.5, True, "3"])
def test_amount_is_a_positive_integer(amount: object) -> None:
    """A term's amount must be a positive integer."""
    with pytest.raises(InvalidDeadlineError, match="positive integer"):
        kpa_deadline(D(2023, 1, 1), days=amount)  # type: ignore[arg-type]  # deliberately wrong


def test_event_must_be_a_date_in_range() -> None:
    """The event must be a date in a supported year, and so must the end."""
    with pytest.raises(InvalidDateError):
        kpa_deadline("2023-01-01", days=1)  # type: ignore[arg-type]  # deliberately wrong type
    with pytest.raises(UnsupportedYearError, match="2101"):
        kpa_deadline(D(2100, 12, 1), months=1)
    with pytest.raises(InvalidDeadlineError, match="beyond the calendar"):
        kpa_deadline(D(2023, 1, 1), days=10**10)
    with pytest.raises(InvalidDeadlineError, match="beyond the calendar"):
        kpa_deadline(D(2023, 1, 1), years=10**5)


units = st.sampled_from(["days", "weeks", "months", "years"])
events = st.dates(D(1990, 1, 1), D(2080, 12, 31))


@given(events, units, st.integers(1, 200))
def test_never_ends_on_saturday_or_day_off(event: dt.date, unit: str, amount: int) -> None:
    """Whatever the term, the deadline is neither a Saturday nor a statutory day off (nor Sunday),
    and it is the first such day on or after the nominal end."""
    if unit == "years":
        amount = min(amount, 20)
    deadline = explain_kpa_deadline(event, **{unit: amount})
    end = deadline.end
    assert end.weekday() not in (5, 6)
    assert end not in public_holidays(end.year)
    assert is_working_day(end)
    assert deadline.nominal_end > event
    assert deadline.nominal_end <= end
    assert all(not is_working_day(shift.day) for shift in deadline.shifted_over)
    assert len(deadline.shifted_over) == (end - deadline.nominal_end).days


@given(events, st.integers(1, 200))
def test_weeks_keep_the_weekday_before_shifting(event: dt.date, weeks: int) -> None:
    """§2: the nominal end of a term in weeks has the event's weekday."""
    assert explain_kpa_deadline(event, weeks=weeks).nominal_end.weekday() == event.weekday()


@given(events, st.integers(1, 120))
def test_months_keep_the_day_or_clip_to_the_month_end(event: dt.date, months: int) -> None:
    """§3: the nominal end has the event's day of month, or is its month's last day."""
    nominal = explain_kpa_deadline(event, months=months).nominal_end
    month_index = event.year * 12 + event.month - 1 + months
    year, month_from_zero = divmod(month_index, 12)
    assert (nominal.year, nominal.month) == (year, month_from_zero + 1)
    if nominal.day != event.day:
        assert nominal.day < event.day
        assert (nominal + dt.timedelta(days=1)).day == 1


def test_the_explanation_counts_in_words_and_shows_a_move_only_when_there_is_one() -> None:
    """'1 month', '1 dzień', '3 miesiące'; an end that did not move has no arrow."""
    unmoved = explain_kpa_deadline(dt.date(2023, 1, 31), months=1)
    assert unmoved.explain() == (
        "Event on 2023-01-31, a term of 1 month under art. 57 §3 KPA ends on 2023-02-28."
    )
    assert "→" not in unmoved.explain("pl")
    assert "termin 3 miesiące według" in explain_kpa_deadline(
        dt.date(2023, 1, 31), months=3
    ).explain("pl")
    moved = explain_kpa_deadline(dt.date(2023, 6, 7), days=1)
    assert moved.explain().endswith("2023-06-08 (Corpus Christi) → 2023-06-09.")
    assert "termin 1 dzień według" in moved.explain("pl")


def test_a_term_unit_has_a_label_and_a_noun() -> None:
    """A unit's label names it; its noun counts with it."""
    assert TermUnit.MONTHS.label.en == "months"
    assert TermUnit.WEEKS.noun.count(2, "pl") == "2 tygodnie"
