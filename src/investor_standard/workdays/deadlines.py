"""Administrative deadlines under art. 57 of the Code of Administrative Procedure (KPA).

Art. 57, in the wording in force since 2017, counts a term as follows:

* **§1 days**: the day of the event that starts the term is not counted; the term
  ends when the last day of it ends;
* **§2 weeks**: the term ends on the day of the last week that has the same name
  (weekday) as the day of the event;
* **§3 months**: the term ends on the day of the last month whose number equals the
  event day's, or on the month's last day when that month has no such day;
* **§3a years**: the same as months, counted in years (29 February → 28 February);
* **§4**: when the end falls on a statutory day off or on a Saturday, the term ends
  on the next day that is neither.

§5 (when a letter counts as filed in time: posted, handed in, sent
electronically) concerns how a party meets a term, not where it ends, and is not
modelled. The current wording is applied to every event date; the rule before the
2017 amendment (which did not move a term off a Saturday) is not modelled.

>>> from datetime import date
>>> kpa_deadline(date(2023, 1, 31), months=1)      # no 31 February: last day of the month
datetime.date(2023, 2, 28)
>>> kpa_deadline(date(2023, 5, 25), days=14)       # 8 June 2023 is Corpus Christi
datetime.date(2023, 6, 9)
"""

from __future__ import annotations

import datetime as dt

import attrs
from dateutil.relativedelta import relativedelta

from investor_standard.foundation._enum import FastEnum
from investor_standard.foundation.errors import InvalidDeadlineError
from investor_standard.foundation.nouns import Noun
from investor_standard.foundation.provenance import Provenance, stated
from investor_standard.foundation.sources import KPA_ART_57
from investor_standard.foundation.text import Lang, Text, parse_lang, shown
from investor_standard.workdays.arithmetic import check_date, next_working_day
from investor_standard.workdays.days_off import check_year, public_holidays

__all__ = [
    "KPA_PROVENANCE",
    "Deadline",
    "Shift",
    "TermUnit",
    "explain_kpa_deadline",
    "kpa_deadline",
]

KPA_PROVENANCE: Provenance = stated(KPA_ART_57, note="art. 57 §1-§4 as in force since 2017")

_SATURDAY = 5


class TermUnit(FastEnum):
    """The unit a term is counted in, with the paragraph of art. 57 that governs it.

    >>> TermUnit.MONTHS.paragraph, TermUnit.MONTHS.label.pl
    ('§3', 'miesiące')
    >>> TermUnit.WEEKS.noun.count(2, "pl")
    '2 tygodnie'
    """

    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"

    @property
    def label(self) -> Text:
        """The unit's name in Polish and English (the plural of its noun: ``miesiące``)."""
        noun = self.noun
        return Text(noun.pl[1], noun.en[1])

    @property
    def paragraph(self) -> str:
        """The paragraph of art. 57 KPA that says how this unit is counted."""
        return {"days": "§1", "weeks": "§2", "months": "§3", "years": "§3a"}[self.value]

    @property
    def noun(self) -> Noun:
        """The unit as a noun to count with (``1 month``, ``3 miesiące``)."""
        return _UNIT_NOUNS[self]


_UNIT_NOUNS = {
    TermUnit.DAYS: Noun(("dzień", "dni", "dni"), ("day", "days")),
    TermUnit.WEEKS: Noun(("tydzień", "tygodnie", "tygodni"), ("week", "weeks")),
    TermUnit.MONTHS: Noun(("miesiąc", "miesiące", "miesięcy"), ("month", "months")),
    TermUnit.YEARS: Noun(("rok", "lata", "lat"), ("year", "years")),
}


@attrs.frozen
class Shift:
    """A day the end of a term was moved off, and why (art. 57 §4).

    >>> import datetime as dt
    >>> deadline = explain_kpa_deadline(dt.date(2023, 6, 7), days=1)
    >>> [(shift.day.isoformat(), shift.reason.en) for shift in deadline.shifted_over]
    [('2023-06-08', 'Corpus Christi')]
    """

    day: dt.date
    reason: Text


@attrs.frozen
class Deadline:
    """A computed deadline, with how it was reached.

    ``nominal_end`` is where §1-§3a put the end; ``end`` is where it finally falls
    after §4; ``shifted_over`` lists each day §4 moved the end off, with the reason.

    >>> import datetime as dt
    >>> deadline = explain_kpa_deadline(dt.date(2023, 1, 31), months=1)
    >>> deadline.nominal_end, deadline.end, deadline.shifted_over
    (datetime.date(2023, 2, 28), datetime.date(2023, 2, 28), ())
    >>> print(deadline.explain("pl"))
    Zdarzenie 2023-01-31, termin 1 miesiąc według art. 57 §3 KPA: koniec 2023-02-28.
    """

    event: dt.date
    unit: TermUnit
    amount: int
    nominal_end: dt.date
    end: dt.date
    shifted_over: tuple[Shift, ...]
    provenance: Provenance = KPA_PROVENANCE

    def explain(self, lang: Lang | str = Lang.EN) -> str:
        """A one-paragraph account of the computation in Polish or English."""
        chosen = parse_lang(lang)
        term = self.unit.noun.count(self.amount, chosen)
        if chosen is Lang.PL:
            text = (
                f"Zdarzenie {self.event.isoformat()}, termin {term} "
                f"według art. 57 {self.unit.paragraph} KPA: koniec {self.nominal_end.isoformat()}"
            )
            moved = "; przesunięty (art. 57 §4) z: "
        else:
            text = (
                f"Event on {self.event.isoformat()}, a term of {term} "
                f"under art. 57 {self.unit.paragraph} KPA ends on {self.nominal_end.isoformat()}"
            )
            moved = "; moved (art. 57 §4) off: "
        if self.shifted_over:
            text += moved + ", ".join(
                f"{shift.day.isoformat()} ({shift.reason.in_(chosen)})"
                for shift in self.shifted_over
            )
            text += f" → {self.end.isoformat()}"
        return text + "."


def _unit_and_amount(
    days: int | None, weeks: int | None, months: int | None, years: int | None
) -> tuple[TermUnit, int]:
    given = [
        (unit, amount)
        for unit, amount in (
            (TermUnit.DAYS, days),
            (TermUnit.WEEKS, weeks),
            (TermUnit.MONTHS, months),
            (TermUnit.YEARS, years),
        )
        if amount is not None
    ]
    if len(given) != 1:
        named = ", ".join(unit.value for unit, _ in given)
        raise InvalidDeadlineError(
            f"give exactly one of days, weeks, months or years; got {named or 'none'}",
            pl="podaj dokładnie jedno z: dni, tygodnie, miesiące, lata; podano: "
            + ", ".join(unit.label.pl for unit, _ in given)
            if given
            else "podaj dokładnie jedno z: dni, tygodnie, miesiące, lata; nie podano żadnego",
        )
    unit, amount = given[0]
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 1:
        raise InvalidDeadlineError(
            f"{unit.value} must be a positive integer, got {shown(amount)}",
            pl=f"{unit.label.pl}: potrzebna dodatnia liczba całkowita, podano {shown(amount)}",
        )
    return unit, amount


def _nominal_end(event: dt.date, unit: TermUnit, amount: int) -> dt.date:
    if unit is TermUnit.DAYS:
        return event + dt.timedelta(days=amount)
    if unit is TermUnit.WEEKS:
        return event + dt.timedelta(weeks=amount)
    if unit is TermUnit.MONTHS:
        return event + relativedelta(months=amount)
    return event + relativedelta(years=amount)


_SATURDAY_TEXT = Text("sobota", "Saturday")
_SUNDAY_TEXT = Text("niedziela", "Sunday")


def _reason(day: dt.date) -> Text:
    name = public_holidays(day.year).get(day)
    if name is not None:
        return name
    return _SATURDAY_TEXT if day.weekday() == _SATURDAY else _SUNDAY_TEXT


def explain_kpa_deadline(
    event: dt.date,
    *,
    days: int | None = None,
    weeks: int | None = None,
    months: int | None = None,
    years: int | None = None,
) -> Deadline:
    """The deadline of a term under art. 57 KPA, with the steps that reached it.

    Exactly one of ``days``, ``weeks``, ``months`` or ``years`` must be given, as a
    positive integer; anything else raises :class:`InvalidDeadlineError`.

    >>> from datetime import date
    >>> deadline = explain_kpa_deadline(date(2025, 12, 10), weeks=2)
    >>> deadline.nominal_end, deadline.end
    (datetime.date(2025, 12, 24), datetime.date(2025, 12, 29))
    >>> [shift.reason.en for shift in deadline.shifted_over]
    ['Christmas Eve', 'Christmas Day', 'Second Day of Christmas', 'Saturday', 'Sunday']
    >>> text = explain_kpa_deadline(date(2023, 3, 1), days=3).explain()
    >>> print(text)  # doctest: +NORMALIZE_WHITESPACE
    Event on 2023-03-01, a term of 3 days under art. 57 §1 KPA ends on 2023-03-04;
    moved (art. 57 §4) off: 2023-03-04 (Saturday), 2023-03-05 (Sunday) → 2023-03-06.
    """
    check_date(event, "event")
    unit, amount = _unit_and_amount(days, weeks, months, years)
    try:
        nominal = _nominal_end(event, unit, amount)
    except (OverflowError, ValueError):
        raise InvalidDeadlineError(
            f"a term of {shown(amount)} {unit.value} from {event.isoformat()} "
            "ends beyond the calendar",
            pl=f"termin {shown(amount)} ({unit.label.pl}) od {event.isoformat()} "
            "kończy się poza kalendarzem",
        ) from None
    check_year(nominal.year)
    end = next_working_day(nominal)
    shifted = tuple(
        Shift(nominal + dt.timedelta(days=offset), _reason(nominal + dt.timedelta(days=offset)))
        for offset in range((end - nominal).days)
    )
    return Deadline(event, unit, amount, nominal, end, shifted)


def kpa_deadline(
    event: dt.date,
    *,
    days: int | None = None,
    weeks: int | None = None,
    months: int | None = None,
    years: int | None = None,
) -> dt.date:
    """The last day of a term under art. 57 §1-§4 KPA (see :func:`explain_kpa_deadline`).

    >>> from datetime import date
    >>> kpa_deadline(date(2024, 2, 29), years=1)       # §3a: no 29 February in 2025
    datetime.date(2025, 2, 28)
    >>> kpa_deadline(date(2024, 12, 10), weeks=2)      # 24 Dec 2024 was a working day
    datetime.date(2024, 12, 24)
    """
    return explain_kpa_deadline(event, days=days, weeks=weeks, months=months, years=years).end
