"""Working-day arithmetic: Monday to Friday, less the statutory days off.

A *working day* here is a weekday (Monday to Friday) that is not a statutory day
off (:mod:`investor_standard.workdays.days_off`). Saturdays are not working days: that is
how public offices work, and it matches art. 57 §4 of the Code of Administrative
Procedure, which moves a deadline off a Saturday.

The functions never walk day by day. Weekdays are counted with a closed formula
on day ordinals, and the days off that fall on weekdays are counted by bisection in
one sorted table of the whole supported range, built once on first use; so the
cost of a call barely depends on how far apart its dates are (see
``benchmarks/bench_workdays.py``).

>>> from datetime import date
>>> add_working_days(date(2023, 6, 7), 1)   # Corpus Christi on 8 June 2023
datetime.date(2023, 6, 9)
>>> working_days_between(date(2023, 6, 7), date(2023, 6, 12))
2

>>> WORKING_DAYS_NOUN.count(3, "pl"), WORKING_DAYS_NOUN.count(1)
('3 dni robocze', '1 working day')
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from functools import cache

from investor_standard.foundation.errors import InvalidDateError, UnsupportedYearError
from investor_standard.foundation.nouns import Noun
from investor_standard.foundation.text import shown
from investor_standard.workdays.days_off import (
    FIRST_YEAR,
    LAST_YEAR,
    check_year,
    public_holidays,
    statutory_days_off,
)

__all__ = [
    "WORKING_DAYS_NOUN",
    "add_working_days",
    "check_date",
    "is_working_day",
    "next_working_day",
    "working_days_between",
]

#: "working day" for counting, in both languages (``Noun.count``).
WORKING_DAYS_NOUN = Noun(
    ("dzień roboczy", "dni robocze", "dni roboczych"), ("working day", "working days")
)

_SATURDAY = 5


def check_date(value: object, name: str = "day") -> dt.date:
    """Return ``value`` when it is a plain date in a supported year; raise a library error if not.

    A :class:`datetime.datetime` is refused too: it carries a time of day that the
    day-based rules here would silently drop.

    >>> from datetime import date, datetime
    >>> check_date(date(2024, 2, 29))
    datetime.date(2024, 2, 29)
    >>> check_date(datetime(2024, 2, 29, 9, 30), "event")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidDateError: event must be a datetime.date (not a
    datetime), got datetime
    """
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise InvalidDateError(
            f"{name} must be a datetime.date (not a datetime), got {type(value).__name__}"
        )
    check_year(value.year)
    return value


def _check_count(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidDateError(f"{name} must be an integer, got {shown(value)}")
    return value


def _weekdays_up_to(ordinal: int) -> int:
    """How many Mondays-to-Fridays have ordinals 1..``ordinal`` (ordinal 1 is a Monday)."""
    weeks, rest = divmod(ordinal, 7)
    return 5 * weeks + min(rest, 5)


def _weekday_of_rank(rank: int) -> int:
    """The ordinal of the ``rank``-th weekday (the inverse of :func:`_weekdays_up_to`)."""
    weeks, rest = divmod(rank - 1, 5)
    return 7 * weeks + rest + 1


@cache
def _weekday_days_off() -> tuple[int, ...]:
    """Sorted ordinals of every statutory day off that falls on Monday to Friday, in the range."""
    return tuple(
        day.date.toordinal()
        for year in range(FIRST_YEAR, LAST_YEAR + 1)
        for day in statutory_days_off(year)
        if day.date.weekday() < _SATURDAY
    )


def _working_rank(ordinal: int) -> int:
    """How many working days have ordinals up to ``ordinal`` (counting from the range's start).

    Only differences of ranks mean anything: ``_working_rank(b) - _working_rank(a)`` is the
    number of working days d with ``a < d <= b``.
    """
    return _weekdays_up_to(ordinal) - bisect_right(_weekday_days_off(), ordinal)


def _working_day_of_rank(rank: int) -> int:
    """The ordinal of the working day whose :func:`_working_rank` is ``rank``.

    That day is the ``rank + j``-th weekday, where ``j`` is the number of weekday days
    off before it; the smallest ``j`` for which the count agrees is found by bisection
    (the count grows by at most one for each step of ``j``), so the cost is logarithmic in
    the number of days off, whatever the distance.
    """
    days_off = _weekday_days_off()
    low, high = 0, len(days_off)
    while low < high:
        middle = (low + high) // 2
        if bisect_right(days_off, _weekday_of_rank(rank + middle)) <= middle:
            high = middle
        else:
            low = middle + 1
    return _weekday_of_rank(rank + low)


def is_working_day(day: dt.date) -> bool:
    """True for Monday to Friday when the day is not a statutory day off.

    >>> from datetime import date
    >>> is_working_day(date(2025, 12, 24)), is_working_day(date(2024, 12, 24))
    (False, True)
    """
    check_date(day)
    return day.weekday() < _SATURDAY and day not in public_holidays(day.year)


def working_days_between(start: dt.date, end: dt.date) -> int:
    """The number of working days d with ``start < d <= end``; negative when ``end < start``.

    For ``end < start`` the result is minus the working days d with
    ``end < d <= start``, so swapping the arguments flips the sign.

    >>> from datetime import date
    >>> working_days_between(date(2024, 12, 23), date(2024, 12, 31))   # 24, 27, 30, 31 Dec
    4
    >>> working_days_between(date(2024, 12, 31), date(2024, 12, 23))
    -4
    """
    check_date(start, "start")
    check_date(end, "end")
    return _working_rank(end.toordinal()) - _working_rank(start.toordinal())


_FIRST_ORDINAL = dt.date(FIRST_YEAR, 1, 1).toordinal()
_LAST_ORDINAL = dt.date(LAST_YEAR, 12, 31).toordinal()


def _result(ordinal: int, start: dt.date, n: int) -> dt.date:
    if _FIRST_ORDINAL <= ordinal <= _LAST_ORDINAL:
        return dt.date.fromordinal(ordinal)
    representable = 1 <= ordinal <= dt.date.max.toordinal()
    year = dt.date.fromordinal(ordinal).year if representable else None
    where = f"in {year}" if year else "beyond the calendar"
    where_pl = f"w roku {year}" if year else "poza kalendarzem"
    raise UnsupportedYearError(
        f"{shown(n)} working days from {start.isoformat()} ends {where}, outside the supported "
        f"range {FIRST_YEAR}-{LAST_YEAR}",
        pl=f"{shown(n)} dni roboczych od {start.isoformat()} kończy się {where_pl}, poza "
        f"obsługiwanym zakresem {FIRST_YEAR}-{LAST_YEAR}",
    )


def add_working_days(start: dt.date, n: int) -> dt.date:
    """The ``n``-th working day after ``start`` (before it when ``n`` is negative).

    ``start`` itself is never counted, whether or not it is a working day, so
    ``add_working_days(friday, 1)`` is the next Monday that is a working day.
    For ``n == 0`` the result is ``start`` unchanged, even when ``start`` is not a
    working day: adding nothing changes nothing (use :func:`next_working_day` to roll
    forward). For ``n >= 1``, ``working_days_between(start, result) == n``; and for a
    working day ``d``, ``add_working_days(add_working_days(d, n), -n) == d``.

    The result is found from working-day ranks (see ``_working_day_of_rank``),
    never by walking day by day.

    >>> from datetime import date
    >>> add_working_days(date(2025, 12, 23), 1)   # 24, 25, 26 Dec 2025 are days off
    datetime.date(2025, 12, 29)
    >>> add_working_days(date(2025, 12, 29), -1)
    datetime.date(2025, 12, 23)
    """
    check_date(start, "start")
    _check_count(n, "n")
    if n == 0:
        return start
    origin = start.toordinal()
    if n > 0:
        return _result(_working_day_of_rank(_working_rank(origin) + n), start, n)
    # The n-th working day before start: the one with |n| working days in [it, start).
    return _result(_working_day_of_rank(_working_rank(origin - 1) + n + 1), start, n)


def next_working_day(day: dt.date) -> dt.date:
    """``day`` itself when it is a working day, else the first working day after it.

    >>> from datetime import date
    >>> next_working_day(date(2025, 12, 24))  # Christmas Eve, a day off from 2025
    datetime.date(2025, 12, 29)
    >>> next_working_day(date(2025, 12, 23))  # already one
    datetime.date(2025, 12, 23)
    """
    return day if is_working_day(day) else add_working_days(day, 1)
