"""The exact words of the errors a user meets most, pinned: each names the rule that was
broken and the value that broke it, in English and in Polish."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from investor_standard import add_working_days, kpa_deadline, working_days_between
from investor_standard.foundation.errors import InvestorStandardError
from investor_standard.jst.teryt import Teryt
from investor_standard.workdays.days_off import public_holidays


@pytest.mark.parametrize(
    ("code", "english", "polish"),
    [
        (
            "0",
            "it is 1 character long; expected 2 (voivodeship), 4 (county) or 7 (gmina) digits",
            "ma 1 znak; oczekiwano 2 (województwo), 4 (powiat) lub 7 (gmina) cyfr",
        ),
        (
            "060",
            "it is 3 characters long; expected 2 (voivodeship), 4 (county) or 7 (gmina) digits",
            "ma 3 znaki; oczekiwano 2 (województwo), 4 (powiat) lub 7 (gmina) cyfr",
        ),
        (
            "123456789012",
            "it is 12 characters long; expected 2 (voivodeship), 4 (county) or 7 (gmina) digits",
            "ma 12 znaków; oczekiwano 2 (województwo), 4 (powiat) lub 7 (gmina) cyfr",
        ),
        ("06a8", "it must consist of the digits 0-9 only", "może składać się tylko z cyfr 0-9"),
        (
            "0708",
            "the voivodeship part '07' is not an even number from 02 to 32",
            "część wojewódzka '07' nie jest liczbą parzystą od 02 do 32",
        ),
        (
            "0600",
            "the county part '00' is not a county; counties are numbered from 01",
            "część powiatowa '00' nie oznacza powiatu; powiaty są numerowane od 01",
        ),
        (
            "0608001",
            "the gmina part '00' is not a gmina; gminas are numbered from 01",
            "część gminna '00' nie oznacza gminy; gminy są numerowane od 01",
        ),
        (
            "0608014",
            "the type digit '4' marks the town within an urban-rural gmina, which is not a "
            "self-governing unit",
            "cyfra rodzaju '4' oznacza miasto w gminie miejsko-wiejskiej, która nie jest "
            "jednostką samorządu terytorialnego",
        ),
        (
            "0608017",
            "the type digit '7' is not a gmina type (1 urban, 2 rural, 3 urban-rural)",
            "cyfra rodzaju '7' nie oznacza rodzaju gminy (1 miejska, 2 wiejska, 3 miejsko-wiejska)",
        ),
        (
            "0661012",
            "county part '61' is a city with county rights, which is an urban gmina (type "
            "digit 1), not type '2'",
            "część powiatowa '61' to miasto na prawach powiatu, czyli gmina miejska (cyfra "
            "rodzaju 1), nie rodzaj '2'",
        ),
    ],
)
def test_a_malformed_teryt_code_says_which_rule_it_breaks(
    code: str, english: str, polish: str
) -> None:
    """Each rule of the TERYT code has its own message, naming the part that breaks it."""
    with pytest.raises(InvestorStandardError) as caught:
        Teryt(code)
    assert str(caught.value) == f"invalid TERYT code {code!r}: {english}"
    assert caught.value.in_("pl") == f"błędny kod TERYT {code!r}: {polish}"


def test_a_teryt_code_must_be_text_and_the_first_city_county_is_61() -> None:
    """A number is refused by its type's name; county 61 is the first city with county
    rights (an urban gmina), county 60 a county like any other."""
    with pytest.raises(InvestorStandardError, match=r"^a TERYT code must be a string, not int$"):
        Teryt(608011)  # type: ignore[arg-type]  # on purpose
    assert Teryt("0660012").code == "0660012"
    with pytest.raises(InvestorStandardError, match="county part '61' is a city"):
        Teryt("0661013")


def test_the_calendar_names_the_argument_and_the_value_it_refuses() -> None:
    """Each calendar function names the argument it refuses, and its type or value."""
    day = dt.date(2023, 3, 1)
    cases: list[tuple[Callable[[], object], str]] = [
        (lambda: add_working_days("2023-03-01", 1), "start must be a datetime.date"),  # type: ignore[arg-type]
        (lambda: add_working_days(day, "1"), "^n must be an integer, got '1'$"),  # type: ignore[arg-type]
        (lambda: working_days_between(day, None), "^end must be a datetime.date .*NoneType"),  # type: ignore[arg-type]
        (lambda: working_days_between(None, day), "^start must be a datetime.date"),  # type: ignore[arg-type]
        (lambda: kpa_deadline(None, days=1), "^event must be a datetime.date"),  # type: ignore[arg-type]
        (lambda: public_holidays("2023"), "^a year must be an integer, not '2023'$"),  # type: ignore[arg-type]
        (lambda: kpa_deadline(day), "^give exactly one of days, weeks, months or years; got none$"),
        (
            lambda: kpa_deadline(day, days=1, weeks=1),
            "^give exactly one of days, weeks, months or years; got days, weeks$",
        ),
        (lambda: kpa_deadline(day, days=0), "^days must be a positive integer, got 0$"),
        (
            lambda: add_working_days(dt.date(2100, 12, 30), 5),
            "^5 working days from 2100-12-30 ends in 2101, outside the supported range 1990-2100$",
        ),
        (
            lambda: kpa_deadline(dt.date(2100, 1, 1), years=10**6),
            "^a term of 1000000 years from 2100-01-01 ends beyond the calendar$",
        ),
    ]
    for call, message in cases:
        with pytest.raises(InvestorStandardError, match=message):
            call()
