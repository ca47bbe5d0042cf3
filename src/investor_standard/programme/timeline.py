"""Project timelines: periods, phases and milestones, and questions about them.

A :class:`ProjectTimeline` runs from its first day to its last, both included.
Its phases, when it records any, tile that period: in order, without gaps and
without overlaps, so that every day of the project lies in exactly one phase.
Milestones are single days inside the period.

>>> from datetime import date
>>> from investor_standard.programme.projects import LUBELSKIE_PROJECT
>>> phase_on(LUBELSKIE_PROJECT, date(2023, 4, 15)).id
'STUDY'
>>> [m.id for m in milestones_between(LUBELSKIE_PROJECT, date(2023, 6, 1), date(2023, 6, 30))]
['GALA', 'END']
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right

import attrs

from investor_standard.foundation._validate import instance_of, non_blank, raising, sequence_of
from investor_standard.foundation.errors import InvalidTimelineError, UnknownMilestoneError
from investor_standard.foundation.provenance import Provenance
from investor_standard.foundation.text import Text
from investor_standard.workdays.arithmetic import check_date, working_days_between

__all__ = [
    "Milestone",
    "Phase",
    "ProjectTimeline",
    "milestones_between",
    "phase_on",
    "working_days_left",
    "working_days_until",
]

_date = instance_of(dt.date, InvalidTimelineError)
_text = instance_of(Text, InvalidTimelineError)
_provenance = instance_of(Provenance, InvalidTimelineError)


_NON_BLANK = non_blank(raising(InvalidTimelineError))


@attrs.frozen
class Phase:
    """A stretch of a project, from ``start`` to ``end`` (both days included).

    >>> from investor_standard.programme import LUBELSKIE_PROJECT
    >>> first = LUBELSKIE_PROJECT.phases[0]
    >>> first.id, first.start, first.end
    ('PREPARATION', datetime.date(2019, 10, 1), datetime.date(2020, 1, 26))
    >>> first.contains(first.start)
    True
    """

    id: str = attrs.field(validator=_NON_BLANK)
    name: Text = attrs.field(validator=_text)
    start: dt.date = attrs.field(validator=_date)
    end: dt.date = attrs.field(validator=_date)
    provenance: Provenance = attrs.field(validator=_provenance)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidTimelineError(
                f"phase {self.id} ends ({self.end}) before it starts ({self.start})"
            )

    def contains(self, day: dt.date) -> bool:
        """True when ``day`` lies in the phase."""
        return self.start <= day <= self.end


@attrs.frozen
class Milestone:
    """A dated event of a project.

    >>> from investor_standard.programme import LUBELSKIE_PROJECT
    >>> gala = LUBELSKIE_PROJECT.milestone("GALA")
    >>> gala.day, gala.name.en
    (datetime.date(2023, 6, 20), 'Certificate gala')
    """

    id: str = attrs.field(validator=_NON_BLANK)
    name: Text = attrs.field(validator=_text)
    day: dt.date = attrs.field(validator=_date)
    provenance: Provenance = attrs.field(validator=_provenance)


def _phases(value: object) -> tuple[Phase, ...]:
    return sequence_of(value, Phase, "ProjectTimeline.phases", raising(InvalidTimelineError))


def _milestones(value: object) -> tuple[Milestone, ...]:
    fail = raising(InvalidTimelineError)
    value = sequence_of(value, Milestone, "ProjectTimeline.milestones", fail)
    return tuple(sorted(value, key=lambda milestone: milestone.day))


@attrs.frozen
class ProjectTimeline:
    """A project's period, its phases and milestones, a short summary and provenance.

    ``milestones`` are kept in date order. Construction refuses a timeline whose
    phases leave a gap, overlap, or reach outside the period, or whose milestones
    fall outside it or repeat an id.

    >>> from datetime import date
    >>> from investor_standard.programme import LUBELSKIE_PROJECT
    >>> LUBELSKIE_PROJECT.contains(date(2023, 6, 29)), LUBELSKIE_PROJECT.contains(date(2023, 6, 30))
    (True, False)
    >>> len(LUBELSKIE_PROJECT.phases), len(LUBELSKIE_PROJECT.milestones)
    (4, 6)
    """

    id: str = attrs.field(validator=_NON_BLANK)
    name: Text = attrs.field(validator=_text)
    start: dt.date = attrs.field(validator=_date)
    end: dt.date = attrs.field(validator=_date)
    summary: Text = attrs.field(validator=_text)
    provenance: Provenance = attrs.field(validator=_provenance)
    phases: tuple[Phase, ...] = attrs.field(default=(), converter=_phases)
    milestones: tuple[Milestone, ...] = attrs.field(default=(), converter=_milestones)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidTimelineError(
                f"project {self.id} ends ({self.end}) before it starts ({self.start})"
            )
        self._check_phases()
        ids: set[str] = set()
        for milestone in self.milestones:
            if milestone.id in ids:
                raise InvalidTimelineError(f"project {self.id}: milestone {milestone.id} repeats")
            ids.add(milestone.id)
            if not self.start <= milestone.day <= self.end:
                raise InvalidTimelineError(
                    f"project {self.id}: milestone {milestone.id} ({milestone.day}) lies outside "
                    f"the project ({self.start} to {self.end})"
                )

    def _check_phases(self) -> None:
        if not self.phases:
            return
        expected = self.start
        for phase in self.phases:
            if phase.start != expected:
                problem = "a gap" if phase.start > expected else "an overlap"
                raise InvalidTimelineError(
                    f"project {self.id}: phase {phase.id} starts on {phase.start}, leaving "
                    f"{problem}; the phases must run on from {expected}"
                )
            expected = phase.end + dt.timedelta(days=1)
        if self.phases[-1].end != self.end:
            raise InvalidTimelineError(
                f"project {self.id}: the last phase ends on {self.phases[-1].end}, "
                f"not on the project's last day {self.end}"
            )

    def milestone(self, milestone_id: str) -> Milestone:
        """The milestone with ``milestone_id``; :class:`UnknownMilestoneError` when none has it."""
        for milestone in self.milestones:
            if milestone.id == milestone_id:
                return milestone
        known = ", ".join(m.id for m in self.milestones) or "none"
        raise UnknownMilestoneError(
            f"project {self.id} has no milestone {milestone_id!r}; known: {known}"
        )

    def contains(self, day: dt.date) -> bool:
        """True when ``day`` lies in the project's period."""
        return self.start <= day <= self.end


def phase_on(project: ProjectTimeline, day: dt.date) -> Phase | None:
    """The phase ``day`` lies in, or None outside the project or when it records no phases.

    >>> from datetime import date
    >>> from investor_standard.programme import LUBELSKIE_PROJECT
    >>> phase_on(LUBELSKIE_PROJECT, date(2023, 4, 15)).id
    'STUDY'
    >>> phase_on(LUBELSKIE_PROJECT, date(2024, 1, 1)) is None  # after the project
    True
    """
    check_date(day)
    if not project.contains(day) or not project.phases:
        return None
    index = bisect_right([phase.start for phase in project.phases], day) - 1
    return project.phases[index]


def milestones_between(
    project: ProjectTimeline, start: dt.date, end: dt.date
) -> tuple[Milestone, ...]:
    """The milestones dated from ``start`` to ``end``, both included, in date order.

    >>> from datetime import date
    >>> from investor_standard.programme import LUBELSKIE_PROJECT
    >>> [m.id for m in milestones_between(LUBELSKIE_PROJECT, date(2023, 3, 1), date(2023, 5, 31))]
    ['SUPPORT_END', 'STUDY_END']
    """
    check_date(start, "start")
    check_date(end, "end")
    if end < start:
        raise InvalidTimelineError(f"the range ends ({end}) before it starts ({start})")
    return tuple(m for m in project.milestones if start <= m.day <= end)


def working_days_left(project: ProjectTimeline, day: dt.date) -> int:
    """Working days after ``day`` up to and including the project's last day.

    Negative once ``day`` is past the end (minus the working days since the end).

    >>> from datetime import date
    >>> from investor_standard.programme import LUBELSKIE_PROJECT
    >>> working_days_left(LUBELSKIE_PROJECT, date(2023, 6, 26))  # 27, 28 and 29 June
    3
    """
    return working_days_between(day, project.end)


def working_days_until(project: ProjectTimeline, milestone_id: str, day: dt.date) -> int:
    """Working days after ``day`` up to and including the milestone's day (negative after it).

    >>> from datetime import date
    >>> from investor_standard.programme import LUBELSKIE_PROJECT
    >>> working_days_until(LUBELSKIE_PROJECT, "GALA", date(2023, 6, 1))
    12
    """
    return working_days_between(day, project.milestone(milestone_id).day)
