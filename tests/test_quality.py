"""The mystery-client study model."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given, strategies as st

from investor_standard import Lang
from investor_standard.foundation import InvalidDateError, InvalidStudyError, InvalidTerytError
from investor_standard.programme import (
    BEST_SERVING,
    MYSTERY_CLIENT_STUDY,
    Channel,
    Probe,
    ProbeOutcome,
    QualityScoring,
    quality_by_jst,
    rank_local_governments,
)
from investor_standard.programme.study import BEST_SERVING_PROVENANCE, StudyDesign
from investor_standard.strategies import teryt_codes

MON = dt.date(2023, 5, 8)


def call(jst: str, scenario: int, answered: bool) -> ProbeOutcome:
    return ProbeOutcome(Probe(jst, Channel.PHONE, scenario, MON), answered)


def mail(jst: str, scenario: int, replied_on: dt.date | None) -> ProbeOutcome:
    return ProbeOutcome(
        Probe(jst, Channel.EMAIL, scenario, MON), replied_on is not None, replied_on
    )


def test_study_design_is_what_the_source_states() -> None:
    """35 beneficiaries, phone and e-mail, in English, three scenarios each, until May 2023."""
    design = MYSTERY_CLIENT_STUDY
    assert design.beneficiaries == 35
    assert design.channels == (Channel.PHONE, Channel.EMAIL)
    assert [c.label.pl for c in design.channels] == ["telefon", "e-mail"]
    assert design.languages == (Lang.EN,)
    assert design.scenarios_per_channel == 3
    assert design.ends_on == dt.date(2023, 5, 31)
    assert not design.provenance.is_derived


def test_best_serving_three_are_stated_without_scores() -> None:
    """Lublin, Zamość and Lubartów (the town) are named, from the seed report, with no scores."""
    assert [(j.name, str(j.teryt)) for j in BEST_SERVING] == [
        ("Lublin", "0663011"),
        ("Zamość", "0664011"),
        ("Lubartów", "0608011"),
    ]
    assert not BEST_SERVING_PROVENANCE.is_derived
    assert "no order or scores" in BEST_SERVING_PROVENANCE.note


def test_scoring_of_probes() -> None:
    """Calls score 1 when answered; e-mails 1 by the next working day, 1/2 within five, else 0."""
    scoring = QualityScoring()
    assert scoring.provenance.is_derived
    assert scoring.points(call("0608011", 1, True)) == 1
    assert scoring.points(call("0608011", 1, False)) == 0
    assert scoring.points(mail("0608011", 1, dt.date(2023, 5, 9))) == 1
    assert scoring.points(mail("0608011", 1, dt.date(2023, 5, 15))) == Fraction(1, 2)
    assert scoring.points(mail("0608011", 1, dt.date(2023, 5, 16))) == 0
    assert scoring.points(mail("0608011", 1, None)) == 0
    assert mail("0608011", 1, dt.date(2023, 5, 15)).reply_working_days == 5
    assert call("0608011", 1, True).reply_working_days is None


def test_ranking_shares_places_on_ties() -> None:
    """Ties share a place and the next place is skipped (1, 1, 3); ties then order by TERYT."""
    outcomes = [
        call("0664011", 1, True),
        call("0663011", 1, True),
        call("0608011", 1, False),
        mail("0608011", 1, dt.date(2023, 5, 9)),
    ]
    ranked = rank_local_governments(outcomes)
    assert [(r.rank, str(r.quality.jst), r.quality.score) for r in ranked] == [
        (1, "0663011", 1.0),
        (1, "0664011", 1.0),
        (3, "0608011", 0.5),
    ]
    assert [str(q.jst) for q in quality_by_jst(outcomes)] == ["0608011", "0663011", "0664011"]


def test_inconsistent_probes_are_refused() -> None:
    """Outcomes must agree with their channel, dates and the study's design."""
    probe = Probe("0608011", Channel.EMAIL, 1, MON)
    with pytest.raises(InvalidStudyError, match="needs replied_on"):
        ProbeOutcome(probe, True)
    with pytest.raises(InvalidStudyError, match="only an answered e-mail"):
        ProbeOutcome(Probe("0608011", Channel.PHONE, 1, MON), True, MON)
    with pytest.raises(InvalidStudyError, match="precedes the e-mail"):
        ProbeOutcome(probe, True, dt.date(2023, 5, 7))
    with pytest.raises(InvalidDateError):
        ProbeOutcome(probe, True, "2023-05-09")  # type: ignore[arg-type]  # on purpose
    with pytest.raises(InvalidStudyError, match="scenario 4 but the study has 3"):
        quality_by_jst([call("0608011", 4, True)])
    with pytest.raises(InvalidStudyError, match="repeats a probe"):
        quality_by_jst([call("0608011", 1, True), call("0608011", 1, False)])
    polish = ProbeOutcome(Probe("0608011", Channel.PHONE, 1, MON, Lang.PL), True)
    with pytest.raises(InvalidStudyError, match="outside the study's design"):
        quality_by_jst([polish])
    with pytest.raises(InvalidStudyError, match=r"outcomes\[0\] is not a ProbeOutcome"):
        quality_by_jst(["answered"])  # type: ignore[list-item]  # on purpose
    with pytest.raises(InvalidStudyError, match=r"Probe\.scenario must be a positive integer"):
        Probe("0608011", Channel.PHONE, 0, MON)
    with pytest.raises(InvalidStudyError, match=r"Probe\.channel"):
        Probe("0608011", "phone", 1, MON)  # type: ignore[arg-type]  # on purpose
    with pytest.raises(InvalidTerytError):
        Probe("0608014", Channel.PHONE, 1, MON)


@pytest.mark.parametrize(
    "changes",
    [
        {"email_full_within": 3, "email_partial_within": 2},
        {"partial": Fraction(2)},
        {"email_full_within": 0},
    ],
)
def test_bad_scoring_is_refused(changes: dict[str, object]) -> None:
    """Thresholds are ordered positive counts; partial credit lies from 0 to 1."""
    with pytest.raises(InvalidStudyError):
        QualityScoring(**changes)  # type: ignore[arg-type]  # bad values on purpose


def test_bad_design_is_refused() -> None:
    """A study design needs channels and languages of the right types."""
    with pytest.raises(InvalidStudyError, match=r"StudyDesign\.channels"):
        StudyDesign(1, (), (Lang.EN,), 1, MON, MYSTERY_CLIENT_STUDY.provenance)
    with pytest.raises(InvalidStudyError, match=r"StudyDesign\.languages"):
        StudyDesign(1, (Channel.PHONE,), ("en",), 1, MON, MYSTERY_CLIENT_STUDY.provenance)


outcome_lists = st.lists(
    st.builds(
        call,
        teryt_codes(),
        st.integers(1, 3),
        st.booleans(),
    ),
    max_size=30,
    unique_by=lambda o: o.probe,
)


@given(outcome_lists)
def test_ranking_is_ordered_and_complete(outcomes: list[ProbeOutcome]) -> None:
    """Every unit probed is ranked once; scores never rise down the ranking; ranks never fall."""
    ranked = rank_local_governments(outcomes)
    assert len(ranked) == len({o.probe.jst for o in outcomes})
    scores = [r.quality.score for r in ranked]
    assert scores == sorted(scores, reverse=True)
    ranks = [r.rank for r in ranked]
    assert ranks == sorted(ranks)
    assert all(1 <= r.rank <= index + 1 for index, r in enumerate(ranked))
