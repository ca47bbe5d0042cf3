"""Project indicators."""

from __future__ import annotations

from fractions import Fraction

import pytest

from builders import COUNTY, LUBARTOW, RURAL_LUBARTOW, compliant_audit
from investor_standard import LUBELSKIE_2019, LUBELSKIE_RESULTS, Result, decide
from investor_standard.foundation import InvalidRulesError, derived
from investor_standard.jst import JstKind
from investor_standard.programme import (
    ELIGIBLE_KINDS,
    TARGET_READING,
    ProjectIndicators,
    indicators_from,
    participation_share,
)


def test_lubelskie_results_are_the_stated_figures() -> None:
    """100 took part, 79 implemented, the target of at least 50 was met: a rate of 79%."""
    assert (LUBELSKIE_RESULTS.participants, LUBELSKIE_RESULTS.implemented) == (100, 79)
    assert LUBELSKIE_RESULTS.target == 50
    assert LUBELSKIE_RESULTS.target_met
    assert LUBELSKIE_RESULTS.implementation_rate == Fraction(79, 100)
    assert not LUBELSKIE_RESULTS.provenance.is_derived


def test_indicators_from_decisions_count_distinct_units() -> None:
    """A unit counts once, and as implemented when any of its decisions is certified."""
    failed = decide(compliant_audit(RURAL_LUBARTOW, PROC_01=Result.NOT_MET), LUBELSKIE_2019)
    decisions = [
        decide(compliant_audit(LUBARTOW), LUBELSKIE_2019),
        failed,
        decide(compliant_audit(COUNTY, PROC_01=Result.NOT_MET), LUBELSKIE_2019),
        decide(compliant_audit(COUNTY), LUBELSKIE_2019),  # the county, audited again
    ]
    result = indicators_from(decisions, target=2)
    assert (result.participants, result.implemented, result.target_met) == (3, 2, True)
    assert result.implementation_rate == Fraction(2, 3)
    assert result.provenance.is_derived
    nobody = indicators_from([], target=1)
    assert (nobody.implementation_rate, nobody.target_met) == (Fraction(0), False)


def test_bad_indicators_are_refused() -> None:
    """Counts are non-negative integers and nobody implements without taking part."""
    with pytest.raises(InvalidRulesError, match="more than the 1 participants"):
        ProjectIndicators(1, 2, 1, derived("test"))
    with pytest.raises(InvalidRulesError, match="must be a count"):
        ProjectIndicators(-1, 0, 1, derived("test"))
    with pytest.raises(InvalidRulesError, match=r"decisions\[0\] is not a Decision"):
        indicators_from(["certified"], target=1)  # type: ignore[list-item]  # on purpose


def test_a_city_with_county_rights_counts_once_whichever_code_names_it() -> None:
    """Lublin audited under its county code and again under its gmina code is one participant."""
    from investor_standard import LocalGovernment  # noqa: PLC0415 - only this test

    by_county = decide(compliant_audit(LocalGovernment("0663", "Lublin")), LUBELSKIE_2019)
    by_gmina = decide(compliant_audit(LocalGovernment("0663011", "Lublin")), LUBELSKIE_2019)
    result = indicators_from([by_county, by_gmina], target=1)
    assert (result.participants, result.implemented) == (1, 1)


def test_the_share_of_the_region_that_took_part() -> None:
    """100 of Lubelskie's 233 gminas and counties (the voivodeship itself not counted) took
    part; other kinds can be asked for; a share above one is refused."""
    assert participation_share(LUBELSKIE_RESULTS, "06") == Fraction(100, 233)
    assert JstKind.VOIVODESHIP not in ELIGIBLE_KINDS
    gminas = [kind for kind in ELIGIBLE_KINDS if kind.is_gmina]
    assert participation_share(LUBELSKIE_RESULTS, "06", gminas) == Fraction(100, 213)
    with pytest.raises(InvalidRulesError, match="100 participants cannot be a share of the 14"):
        participation_share(LUBELSKIE_RESULTS, "0608")


def test_the_target_reading_is_marked_derived() -> None:
    """Comparing the target with the number that implemented is our reading of the source."""
    assert TARGET_READING.is_derived
    assert "at least 50" in TARGET_READING.note
