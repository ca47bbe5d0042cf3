"""The exact words of the errors a user meets, pinned: each names the rule that was
broken, where, and the value that broke it, in English and in Polish."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import pytest

from builders import AUDITED_ON, COUNTY, compliant_audit
from investor_standard import (
    LUBELSKIE_2019,
    Audit,
    CertificationRules,
    Evidence,
    Finding,
    add_working_days,
    decide,
    is_working_day,
    kpa_deadline,
    score,
    working_days_between,
)
from investor_standard.assessment import ScoringModel
from investor_standard.foundation.errors import (
    InvalidAuditError,
    InvalidRulesError,
    InvalidStudyError,
    InvestorStandardError,
    UnknownRequirementError,
)
from investor_standard.jst.teryt import Teryt
from investor_standard.offer.findings import SuggestionThresholds
from investor_standard.programme.study import QualityScoring
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


def test_an_audits_problems_each_in_both_languages() -> None:
    """Every problem a review finds keeps going after the first (a finding for another kind
    of unit does not stop the review), names its place and requirement, and is worded in
    both languages; the kinds of evidence wanted are all listed."""
    audit = Audit(
        COUNTY,
        "LUBELSKIE-2019",
        AUDITED_ON,
        (
            Finding("ONLINE-04", "met", (Evidence("database_entry", "entry 1"),)),
            Finding("PROC-01", "not_applicable"),
            Finding("NET-01", "met"),
        ),
    )
    with pytest.raises(InvalidAuditError) as caught:
        decide(audit)
    assert [(p.where, p.requirement, str(p), p.in_("pl")) for p in caught.value.problems] == [
        (
            "findings[0]",
            "ONLINE-04",
            "findings[0] (requirement ONLINE-04): the requirement does not apply to a county; "
            "leave it out of the audit",
            "findings[0] (wymaganie ONLINE-04): wymaganie nie dotyczy jednostki rodzaju powiat; "
            "pomiń je w audycie",
        ),
        (
            "findings[1].result",
            "PROC-01",
            "findings[1].result (requirement PROC-01): a mandatory requirement that applies to "
            "a county cannot be not applicable",
            "findings[1].result (wymaganie PROC-01): wymaganie obowiązkowe, które dotyczy "
            "jednostki rodzaju powiat, nie może mieć wyniku 'nie dotyczy'",
        ),
        (
            "findings[2].evidence",
            "NET-01",
            "findings[2].evidence (requirement NET-01): MET needs evidence of one of these "
            "kinds: agreement, internal_document",
            "findings[2].evidence (wymaganie NET-01): wynik 'spełnione' wymaga dowodu jednego "
            "z tych rodzajów: agreement, internal_document",
        ),
    ]


def test_an_audit_of_another_edition_is_refused_in_both_languages() -> None:
    """Held to an edition it does not name, an audit is refused at its edition, which the
    problem names beside the edition asked for."""
    audit = Audit(COUNTY, "MAZOWIECKIE-2021", AUDITED_ON, ())
    with pytest.raises(InvalidAuditError) as caught:
        decide(audit, LUBELSKIE_2019)
    [problem] = caught.value.problems
    assert (problem.where, problem.requirement, str(problem), problem.in_("pl")) == (
        "edition",
        None,
        "edition: the audit is of edition 'MAZOWIECKIE-2021', not 'LUBELSKIE-2019'",
        "edition: audyt dotyczy edycji 'MAZOWIECKIE-2021', nie 'LUBELSKIE-2019'",
    )


@pytest.mark.parametrize(
    ("build", "where", "message"),
    [
        (
            lambda: Audit("x", "E", AUDITED_ON, ()),  # type: ignore[arg-type]
            "Audit.jst",
            "expected LocalGovernment, got str 'x'",
        ),
        (
            lambda: Audit(COUNTY, "E", dt.datetime(2023, 1, 1), ()),  # noqa: DTZ001 - naive on purpose
            "Audit.audited_on",
            "expected date, got datetime datetime.datetime(2023, 1, 1, 0, 0)",
        ),
        (
            lambda: Audit(COUNTY, "E", AUDITED_ON, (), 10**5000),  # type: ignore[arg-type]
            "Audit.auditor",
            "expected str, got int a whole number of about 5001 digits",
        ),
        (
            lambda: Audit(COUNTY, "E", AUDITED_ON, [5]),  # type: ignore[list-item]
            "Audit.findings[0]",
            "expected Finding, got 5",
        ),
        (
            lambda: Finding("PROC-01", "met", evidence=5),  # type: ignore[arg-type]
            "Finding.evidence",
            "expected a sequence of Evidence, got 5",
        ),
        (
            lambda: Finding("PROC-01", "met", note=None),  # type: ignore[arg-type]
            "Finding.note",
            "expected str, got NoneType None",
        ),
        (
            lambda: Evidence("webpage", "x", collected_on="2023"),  # type: ignore[arg-type]
            "Evidence.collected_on",
            "expected date or None, got str '2023'",
        ),
    ],
)
def test_a_value_of_the_wrong_type_in_an_audit_is_named_with_its_type(
    build: Callable[[], object], where: str, message: str
) -> None:
    """A field of the wrong type is one problem at the field, naming the type expected (and
    "or None" where None is allowed) and the value found, shortened when huge."""
    with pytest.raises(InvalidAuditError) as caught:
        build()
    assert [(p.where, p.message, p.requirement) for p in caught.value.problems] == [
        (where, message, None)
    ]


FRACTIONS: list[tuple[type[Any], str, type[InvestorStandardError]]] = [
    (ScoringModel, "partial_credit", InvalidRulesError),
    (CertificationRules, "recommended_share", InvalidRulesError),
    (SuggestionThresholds, "partial", InvalidRulesError),
    (QualityScoring, "partial", InvalidStudyError),
]


@pytest.mark.parametrize(
    ("rules", "name", "error"), FRACTIONS, ids=lambda x: getattr(x, "__name__", x)
)
@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("abc", "{field}: 'abc' is not a fraction"),
        ("1/0", "{field}: '1/0' is not a fraction"),
        (None, "{field}: must be a Fraction, an int or a string such as '1/2', not None"),
        (0.5, "{field}: must be a Fraction, an int or a string such as '1/2', not 0.5"),
        (True, "{field}: must be a Fraction, an int or a string such as '1/2', not True"),
        ("3/2", "{field}: must lie from 0 to 1"),
        (-1, "{field}: must lie from 0 to 1"),
        pytest.param(10**5000, "{field}: must lie from 0 to 1", id="huge"),
    ],
)
def test_a_fraction_of_the_rules_is_refused_naming_its_field(
    rules: type[Any], name: str, error: type[InvestorStandardError], value: object, message: str
) -> None:
    """Every fraction a user sets (a share of the certification rules, a partial credit, a
    threshold of the suggested findings) is one kind of value, refused alike: not a
    fraction, or not from 0 to 1, with the error of its part and the field named."""
    with pytest.raises(error) as caught:
        rules(**{name: value})
    assert str(caught.value) == message.format(field=f"{rules.__name__}.{name}")
    assert rules(**{name: "1/2"}) == rules(**{name: Fraction(1, 2)})


def test_the_thresholds_of_suggested_findings_keep_their_order() -> None:
    """A share that suggests partly met cannot be above the one that suggests met."""
    with pytest.raises(InvalidRulesError) as caught:
        SuggestionThresholds(met="1/4")
    assert str(caught.value) == "SuggestionThresholds: partial (1/2) must not exceed met (1/4)"
    assert SuggestionThresholds(met="1/4", partial=0).met == Fraction(1, 4)


def test_a_score_names_the_areas_it_has_when_asked_for_another() -> None:
    """Score.area refuses an unknown area with the areas it has, as an unknown id."""
    scored = score(compliant_audit())
    with pytest.raises(UnknownRequirementError) as caught:
        scored.area("NOPE")
    assert str(caught.value) == (
        "the score has no area 'NOPE'; its areas are PROC, STAFF, NET, ONLINE, STRAT"
    )
    assert (caught.value.requirement_id, caught.value.suggestions) == ("NOPE", ())


@pytest.mark.parametrize(
    ("call", "english", "polish"),
    [
        (
            lambda: add_working_days(dt.date(1990, 1, 2), -1),
            "-1 working days from 1990-01-02 ends in 1989, outside the supported range 1990-2100",
            "-1 dni roboczych od 1990-01-02 kończy się w roku 1989, poza obsługiwanym zakresem "
            "1990-2100",
        ),
        (
            lambda: add_working_days(dt.date(2100, 12, 31), 10**9),
            "1000000000 working days from 2100-12-31 ends beyond the calendar, outside the "
            "supported range 1990-2100",
            "1000000000 dni roboczych od 2100-12-31 kończy się poza kalendarzem, poza "
            "obsługiwanym zakresem 1990-2100",
        ),
        (
            lambda: public_holidays(1989),
            "year 1989 is outside the supported range 1990-2100",
            "rok 1989 leży poza obsługiwanym zakresem 1990-2100",
        ),
        (
            lambda: public_holidays(1.5),  # type: ignore[arg-type]
            "a year must be an integer, not 1.5",
            "rok musi być liczbą całkowitą, nie 1.5",
        ),
        (
            lambda: kpa_deadline(dt.date(2023, 1, 1), days=1, years=2),
            "give exactly one of days, weeks, months or years; got days, years",
            "podaj dokładnie jedno z: dni, tygodnie, miesiące, lata; podano: dni, lata",
        ),
        (
            lambda: kpa_deadline(dt.date(2023, 1, 1)),
            "give exactly one of days, weeks, months or years; got none",
            "podaj dokładnie jedno z: dni, tygodnie, miesiące, lata; nie podano żadnego",
        ),
        (
            lambda: kpa_deadline(dt.date(2023, 1, 1), months=-1),
            "months must be a positive integer, got -1",
            "miesiące: potrzebna dodatnia liczba całkowita, podano -1",
        ),
        (
            lambda: kpa_deadline(dt.date(2100, 1, 1), years=10**6),
            "a term of 1000000 years from 2100-01-01 ends beyond the calendar",
            "termin 1000000 (lata) od 2100-01-01 kończy się poza kalendarzem",
        ),
        (
            lambda: Teryt(5),  # type: ignore[arg-type]
            "a TERYT code must be a string, not int",
            "kod TERYT musi być tekstem, nie int",
        ),
        (
            lambda: is_working_day("2023-01-01"),  # type: ignore[arg-type]
            "day must be a datetime.date (not a datetime), got str",
            "day must be a datetime.date (not a datetime), got str",
        ),
    ],
)
def test_the_calendar_and_the_register_refuse_in_both_languages(
    call: Callable[[], object], english: str, polish: str
) -> None:
    """Each refusal of the calendar, the KPA terms and the TERYT code, pinned in both
    languages (a wrong argument type keeps Python's type names, and stays English)."""
    with pytest.raises(InvestorStandardError) as caught:
        call()
    assert (str(caught.value), caught.value.in_("pl")) == (english, polish)
