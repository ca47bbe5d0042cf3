"""Project timelines: the Lubelskie project, the registry, and timeline validation."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, strategies as st

from investor_standard import LUBELSKIE_PROJECT, Text, phase_on
from investor_standard.foundation import (
    InvalidTimelineError,
    UnknownMilestoneError,
    UnknownProjectError,
    derived,
)
from investor_standard.programme import (
    PROJECTS,
    Milestone,
    Phase,
    ProjectTimeline,
    milestones_between,
    project,
    working_days_left,
    working_days_until,
)

D = dt.date
OURS = derived("a test fixture")
T = Text("x", "x")
lubelskie_days = st.dates(LUBELSKIE_PROJECT.start, LUBELSKIE_PROJECT.end)


def test_lubelskie_period_and_milestones() -> None:
    """The project ran 1 Oct 2019 - 29 Jun 2023 with the dated events the sources give."""
    assert (LUBELSKIE_PROJECT.start, LUBELSKIE_PROJECT.end) == (D(2019, 10, 1), D(2023, 6, 29))
    days = {m.id: m.day for m in LUBELSKIE_PROJECT.milestones}
    assert days == {
        "START": D(2019, 10, 1),
        "RECRUITMENT": D(2020, 1, 27),
        "SUPPORT_END": D(2023, 3, 31),
        "STUDY_END": D(2023, 5, 31),
        "GALA": D(2023, 6, 20),
        "END": D(2023, 6, 29),
    }


def test_stated_and_derived_as_the_brief_says() -> None:
    """The year of the end, of the study's end and of the end of support is ours (derived,
    from the articles' dates); the other dates are stated."""
    derived_ids = {m.id for m in LUBELSKIE_PROJECT.milestones if m.provenance.is_derived}
    assert derived_ids == {"SUPPORT_END", "STUDY_END", "END"}
    assert not LUBELSKIE_PROJECT.provenance.is_derived
    assert all(phase.provenance.is_derived for phase in LUBELSKIE_PROJECT.phases)


def test_phases_cover_every_day_without_gaps_or_overlaps() -> None:
    """Walking every day of the project, each lies in exactly one phase."""
    day = LUBELSKIE_PROJECT.start
    while day <= LUBELSKIE_PROJECT.end:
        holding = [p for p in LUBELSKIE_PROJECT.phases if p.contains(day)]
        assert len(holding) == 1, day
        assert phase_on(LUBELSKIE_PROJECT, day) is holding[0]
        day += dt.timedelta(days=1)


@given(lubelskie_days)
def test_phase_on_agrees_with_contains(day: dt.date) -> None:
    """phase_on returns the phase whose bounds hold the day."""
    phase = phase_on(LUBELSKIE_PROJECT, day)
    assert phase is not None
    assert phase.start <= day <= phase.end


def test_phase_on_outside_and_without_phases() -> None:
    """Outside the project, or for a project without recorded phases, there is no phase."""
    assert phase_on(LUBELSKIE_PROJECT, D(2019, 9, 30)) is None
    assert phase_on(LUBELSKIE_PROJECT, D(2023, 6, 30)) is None
    assert phase_on(PROJECTS["PILOT"], D(2017, 1, 2)) is None
    assert [p.id for p in LUBELSKIE_PROJECT.phases] == [
        "PREPARATION",
        "SUPPORT",
        "STUDY",
        "CERTIFICATION",
    ]


def test_milestones_between_is_inclusive() -> None:
    """Both ends of the range are included; a reversed range is refused."""
    found = milestones_between(LUBELSKIE_PROJECT, D(2023, 3, 31), D(2023, 6, 20))
    assert [m.id for m in found] == ["SUPPORT_END", "STUDY_END", "GALA"]
    assert milestones_between(LUBELSKIE_PROJECT, D(2021, 1, 1), D(2021, 12, 31)) == ()
    with pytest.raises(InvalidTimelineError, match="before it starts"):
        milestones_between(LUBELSKIE_PROJECT, D(2023, 1, 2), D(2023, 1, 1))


def test_working_days_left_and_until() -> None:
    """Working days remaining count days after the given day up to the target, inclusive."""
    # 21-23 and 26-29 June 2023 are working days.
    assert working_days_left(LUBELSKIE_PROJECT, D(2023, 6, 20)) == 7
    assert working_days_left(LUBELSKIE_PROJECT, D(2023, 6, 29)) == 0
    assert working_days_left(LUBELSKIE_PROJECT, D(2023, 7, 3)) == -2  # 30 Jun and 3 Jul
    assert working_days_until(LUBELSKIE_PROJECT, "GALA", D(2023, 6, 9)) == 7
    with pytest.raises(UnknownMilestoneError, match="'GALLA'; known: START"):
        working_days_until(LUBELSKIE_PROJECT, "GALLA", D(2023, 6, 9))


def test_registry_of_projects() -> None:
    """The pilot and the dated sister projects are in the registry with their periods."""
    periods = {pid: (p.start, p.end) for pid, p in PROJECTS.items()}
    assert periods == {
        "PILOT": (D(2016, 8, 1), D(2019, 2, 28)),
        "LUBUSKIE": (D(2019, 9, 1), D(2021, 12, 31)),
        "POMORSKIE": (D(2019, 10, 1), D(2022, 3, 31)),
        "OPOLSKIE": (D(2019, 9, 1), D(2023, 6, 30)),
        "MAZOWIECKIE": (D(2019, 10, 1), D(2023, 9, 30)),
        "LUBELSKIE": (D(2019, 10, 1), D(2023, 6, 29)),
    }
    assert project("lubelskie") is LUBELSKIE_PROJECT
    for item in PROJECTS.values():
        assert not item.provenance.is_derived
        for source in item.provenance.sources:  # an unrecorded address is said so
            assert source.url or "address was not recorded" in source.title
    with pytest.raises(UnknownProjectError, match="known: LUBELSKIE"):
        project("LODZKIE")
    with pytest.raises(UnknownProjectError):
        project(None)  # type: ignore[arg-type]  # deliberately wrong type


def phase(pid: str, start: dt.date, end: dt.date) -> Phase:
    return Phase(pid, T, start, end, OURS)


def timeline(**changes: object) -> ProjectTimeline:
    base = ProjectTimeline("P", T, D(2020, 1, 1), D(2020, 12, 31), T, OURS)
    return attrs.evolve(base, **changes)  # type: ignore[arg-type]  # bad values on purpose


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"end": D(2019, 12, 31)}, "ends .* before it starts"),
        (
            {
                "phases": (
                    phase("A", D(2020, 1, 1), D(2020, 5, 1)),
                    phase("B", D(2020, 5, 3), D(2020, 12, 31)),
                )
            },
            "phase B starts on 2020-05-03, leaving a gap",
        ),
        (
            {
                "phases": (
                    phase("A", D(2020, 1, 1), D(2020, 5, 1)),
                    phase("B", D(2020, 5, 1), D(2020, 12, 31)),
                )
            },
            "leaving an overlap",
        ),
        ({"phases": (phase("A", D(2020, 1, 2), D(2020, 12, 31)),)}, "leaving a gap"),
        (
            {"phases": (phase("A", D(2020, 1, 1), D(2020, 12, 30)),)},
            "last phase ends on 2020-12-30",
        ),
        ({"phases": ("A",)}, r"phases\[0\]: expected Phase"),
        ({"milestones": "M"}, "sequence of Milestone"),
        ({"milestones": (Milestone("M", T, D(2021, 1, 1), OURS),)}, "outside the project"),
        (
            {
                "milestones": (
                    Milestone("M", T, D(2020, 2, 1), OURS),
                    Milestone("M", T, D(2020, 3, 1), OURS),
                )
            },
            "milestone M repeats",
        ),
        ({"id": " "}, "ProjectTimeline.id: must be a non-empty string"),
    ],
)
def test_inconsistent_timelines_are_refused(changes: dict[str, object], message: str) -> None:
    """Gaps, overlaps, phases short of the end, stray or repeated milestones are refused."""
    with pytest.raises(InvalidTimelineError, match=message):
        timeline(**changes)


def test_reversed_phase_is_refused() -> None:
    """A phase cannot end before it starts."""
    with pytest.raises(InvalidTimelineError, match="phase A ends"):
        phase("A", D(2020, 2, 1), D(2020, 1, 1))


def test_milestones_are_kept_in_date_order() -> None:
    """Milestones given out of order are stored by date."""
    late = Milestone("LATE", T, D(2020, 9, 1), OURS)
    early = Milestone("EARLY", T, D(2020, 2, 1), OURS)
    assert [m.id for m in timeline(milestones=(late, early)).milestones] == ["EARLY", "LATE"]


def test_the_three_2023_dates_are_inferred_alike() -> None:
    """The end, the study's end and the support's end state a day without its year; all
    three are marked derived for the same reason."""
    from investor_standard.programme import LUBELSKIE_PROJECT as P  # noqa: PLC0415

    for milestone_id in ("END", "STUDY_END", "SUPPORT_END"):
        provenance = P.milestone(milestone_id).provenance
        assert provenance.is_derived
        assert provenance.note.endswith("the year 2023 is ours, from the article's date")


def test_the_sister_projects_and_their_conflicts() -> None:
    """Mazowieckie is dated (with the other reported end noted); Opolskie keeps both
    accounts with both sources; Łódzkie and Śląskie have stated figures and no period; the
    pilot names PAIH as the standard's author."""
    from investor_standard.foundation import sources  # noqa: PLC0415
    from investor_standard.programme import PROJECTS, UNDATED_PROJECTS  # noqa: PLC0415

    mazowieckie = PROJECTS["MAZOWIECKIE"]
    assert (mazowieckie.start.isoformat(), mazowieckie.end.isoformat()) == (
        "2019-10-01",
        "2023-09-30",
    )
    assert "141" in mazowieckie.summary.en
    assert "28 December 2023" in mazowieckie.provenance.note
    opolskie = PROJECTS["OPOLSKIE"]
    assert opolskie.provenance.sources == (sources.OPOLSKIE_PROJECT, sources.OPOLSKIE_COI_2020)
    assert "37" in opolskie.summary.en
    assert "38" in opolskie.summary.en
    assert "46 gminas certified" in UNDATED_PROJECTS["SLASKIE"].summary.en
    assert "81 in stage I, 41 in stage II" in UNDATED_PROJECTS["LODZKIE"].summary.en
    assert "PAIH is the standard's author" in PROJECTS["PILOT"].provenance.note
    assert sources.KOHESIO_PILOT in PROJECTS["PILOT"].provenance.sources


def test_the_participants_stages_start_with_the_attractiveness_audit() -> None:
    """Every participant's way starts with the investment-attractiveness audit and its report
    of recommendations, which the standard's audit can cite as evidence."""
    from investor_standard import Evidence, EvidenceKind  # noqa: PLC0415
    from investor_standard.programme import LUBELSKIE_STAGES, STAGES_PROVENANCE  # noqa: PLC0415

    assert LUBELSKIE_STAGES[0].id == "ATTRACTIVENESS_AUDIT"
    assert LUBELSKIE_STAGES[-1].id == "CERTIFICATE"
    assert not STAGES_PROVENANCE.is_derived
    report = Evidence(EvidenceKind.ATTRACTIVENESS_REPORT, "raport-2020.pdf")
    assert report.kind.label.en.startswith("report of the investment-attractiveness audit")
