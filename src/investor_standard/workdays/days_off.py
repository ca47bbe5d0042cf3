"""Statutory days off in Poland (dni wolne od pracy), year by year.

The act of 18 January 1951 on days off work, as amended, makes every Sunday a day
off, and these days besides:

==========================  =====================  ==============================
day                         date                   in force
==========================  =====================  ==============================
New Year                    1 January              throughout
Epiphany                    6 January              from 2011 (act of 24 Sep 2010)
Easter Sunday and Monday    Easter, Easter + 1     throughout
Labour Day                  1 May                  throughout
Constitution Day            3 May                  from 1990 (act of 6 Apr 1990)
Pentecost Sunday            Easter + 49            throughout
Corpus Christi              Easter + 60            throughout
Assumption                  15 August              throughout
All Saints                  1 November             throughout
Independence Day            11 November            from 1989 (act of 15 Feb 1989)
Christmas Eve               24 December            from 2025 (act of 6 Dec 2024)
Christmas Day, Boxing Day   25 and 26 December     throughout
==========================  =====================  ==============================

A separate act made 12 November 2018 a one-off day off. Easter follows the
Western (Gregorian) computus, from :func:`dateutil.easter.easter`.

The library supports the years :data:`FIRST_YEAR` to :data:`LAST_YEAR`; the list
above is the law for every one of them (the earlier history of the act is not
modelled). Each year is computed once and cached.

>>> from datetime import date
>>> public_holidays(2025)[date(2025, 12, 24)].en
'Christmas Eve'
>>> date(2024, 12, 24) in public_holidays(2024)
False

>>> FIRST_YEAR, LAST_YEAR
(1990, 2100)
>>> [rule.name.en for rule in DAY_OFF_RULES][:3]
["New Year's Day", 'Epiphany', 'Easter Sunday']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from functools import cache
from types import MappingProxyType

import attrs
from dateutil.easter import easter

from investor_standard.foundation.errors import UnsupportedYearError
from investor_standard.foundation.provenance import Provenance, stated
from investor_standard.foundation.sources import (
    ACT_ON_DAY_OFF_2018,
    ACT_ON_DAYS_OFF,
    ACT_ON_DAYS_OFF_1989,
    ACT_ON_DAYS_OFF_1990,
    ACT_ON_DAYS_OFF_2010,
    ACT_ON_DAYS_OFF_2024,
)
from investor_standard.foundation.text import Text, shown

__all__ = [
    "DAY_OFF_RULES",
    "FIRST_YEAR",
    "LAST_YEAR",
    "DayOff",
    "DayOffRule",
    "check_year",
    "public_holidays",
    "statutory_days_off",
]

#: The first year the calendar functions support.
FIRST_YEAR = 1990
#: The last year the calendar functions support.
LAST_YEAR = 2100


def check_year(year: int) -> int:
    """Return ``year`` when the calendar supports it; raise :class:`UnsupportedYearError` if not.

    >>> check_year(2024)
    2024
    >>> check_year(1989)  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.UnsupportedYearError: year 1989 is outside the supported
    range 1990-2100
    """
    if isinstance(year, bool) or not isinstance(year, int):
        raise UnsupportedYearError(
            f"a year must be an integer, not {shown(year)}",
            pl=f"rok musi być liczbą całkowitą, nie {shown(year)}",
        )
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise UnsupportedYearError(
            f"year {shown(year)} is outside the supported range {FIRST_YEAR}-{LAST_YEAR}",
            pl=f"rok {shown(year)} leży poza obsługiwanym zakresem {FIRST_YEAR}-{LAST_YEAR}",
        )
    return year


@attrs.frozen
class DayOffRule:
    """One statutory day off: its name, how to find its date in a year, and when it applies.

    >>> eve = next(rule for rule in DAY_OFF_RULES if rule.name.en == "Christmas Eve")
    >>> eve.first_year, eve.applies_in(2024), eve.applies_in(2025)
    (2025, False, True)
    >>> eve.date_in(2025)
    datetime.date(2025, 12, 24)
    """

    name: Text
    date_in: Callable[[int], dt.date] = attrs.field(eq=False, repr=False)
    provenance: Provenance
    first_year: int = FIRST_YEAR
    last_year: int = LAST_YEAR

    def applies_in(self, year: int) -> bool:
        """True when the rule is law in ``year``."""
        return self.first_year <= year <= self.last_year


@attrs.frozen
class DayOff:
    """A statutory day off on a given date, with its name and legal basis.

    >>> import datetime as dt
    >>> may_day = public_holidays(2025)[dt.date(2025, 5, 1)]
    >>> may_day.date, may_day.name.pl, may_day.provenance.is_derived
    Traceback (most recent call last):
        ...
    AttributeError: 'Text' object has no attribute 'date'
    """

    date: dt.date
    name: Text
    provenance: Provenance


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


def _after_easter(days: int) -> Callable[[int], dt.date]:
    return lambda year: easter(year) + dt.timedelta(days=days)


_ACT = stated(ACT_ON_DAYS_OFF)

#: The rules of the act on days off work, in calendar order.
DAY_OFF_RULES: tuple[DayOffRule, ...] = (
    DayOffRule(Text("Nowy Rok", "New Year's Day"), _fixed(1, 1), _ACT),
    DayOffRule(
        Text("Święto Trzech Króli", "Epiphany"),
        _fixed(1, 6),
        stated(ACT_ON_DAYS_OFF_2010),
        first_year=2011,
    ),
    DayOffRule(Text("Wielkanoc", "Easter Sunday"), _after_easter(0), _ACT),
    DayOffRule(Text("Poniedziałek Wielkanocny", "Easter Monday"), _after_easter(1), _ACT),
    DayOffRule(Text("Święto Pracy", "Labour Day"), _fixed(5, 1), _ACT),
    DayOffRule(
        Text("Święto Konstytucji 3 Maja", "Constitution Day"),
        _fixed(5, 3),
        stated(ACT_ON_DAYS_OFF_1990),
    ),
    DayOffRule(
        Text("Zielone Świątki", "Pentecost Sunday"),
        _after_easter(49),
        _ACT,
    ),
    DayOffRule(Text("Boże Ciało", "Corpus Christi"), _after_easter(60), _ACT),
    DayOffRule(
        Text("Wniebowzięcie Najświętszej Maryi Panny", "Assumption of Mary"),
        _fixed(8, 15),
        _ACT,
    ),
    DayOffRule(Text("Wszystkich Świętych", "All Saints' Day"), _fixed(11, 1), _ACT),
    DayOffRule(
        Text("Narodowe Święto Niepodległości", "Independence Day"),
        _fixed(11, 11),
        stated(ACT_ON_DAYS_OFF_1989),
    ),
    DayOffRule(
        Text("Wigilia Bożego Narodzenia", "Christmas Eve"),
        _fixed(12, 24),
        stated(ACT_ON_DAYS_OFF_2024),
        first_year=2025,
    ),
    DayOffRule(Text("Boże Narodzenie", "Christmas Day"), _fixed(12, 25), _ACT),
    DayOffRule(
        Text("Drugi dzień Bożego Narodzenia", "Second Day of Christmas"), _fixed(12, 26), _ACT
    ),
    DayOffRule(
        Text(
            "Dzień wolny z okazji 100. rocznicy odzyskania niepodległości",
            "Day off for the centenary of independence",
        ),
        _fixed(11, 12),
        stated(ACT_ON_DAY_OFF_2018),
        first_year=2018,
        last_year=2018,
    ),
)


def statutory_days_off(year: int) -> tuple[DayOff, ...]:
    """Every statutory day off in ``year`` other than ordinary Sundays, in date order.

    >>> [d.date.isoformat() for d in statutory_days_off(2018) if d.date.month == 11]
    ['2018-11-01', '2018-11-11', '2018-11-12']
    """
    return _days_off(check_year(year))


@cache
def _days_off(year: int) -> tuple[DayOff, ...]:
    days = [
        DayOff(rule.date_in(year), rule.name, rule.provenance)
        for rule in DAY_OFF_RULES
        if rule.applies_in(year)
    ]
    return tuple(sorted(days, key=lambda day: day.date))


def public_holidays(year: int) -> Mapping[dt.date, Text]:
    """The statutory days off of ``year`` (other than ordinary Sundays) and their names.

    The mapping is read-only and computed once per year. A year outside
    :data:`FIRST_YEAR`-:data:`LAST_YEAR` raises :class:`UnsupportedYearError`.

    >>> from datetime import date
    >>> public_holidays(2023)[date(2023, 6, 8)].pl
    'Boże Ciało'
    """
    return _holidays(check_year(year))


@cache
def _holidays(year: int) -> Mapping[dt.date, Text]:
    return MappingProxyType({day.date: day.name for day in _days_off(year)})
