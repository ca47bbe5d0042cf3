"""Project indicators: how many local governments took part and implemented the standard.

:data:`LUBELSKIE_RESULTS` holds the Lubelskie figures the sources state: the goal
of raising investor-service quality in at least 50 local governments, 100 that took
part, 79 that implemented the standard. :func:`indicators_from` computes the same
figures from a collection of decisions.

>>> LUBELSKIE_RESULTS.target_met, LUBELSKIE_RESULTS.implementation_rate
(True, Fraction(79, 100))
"""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction

import attrs

from investor_standard.assessment.certification import Decision, Outcome
from investor_standard.foundation._validate import instance_of
from investor_standard.foundation.errors import InvalidRulesError
from investor_standard.foundation.provenance import Provenance, derived, stated
from investor_standard.foundation.sources import SEED_ARTICLE
from investor_standard.jst.teryt import Teryt

__all__ = ["LUBELSKIE_RESULTS", "ProjectIndicators", "indicators_from"]


def _count(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidRulesError(
            f"ProjectIndicators.{attribute.name} must be a count, not {value!r}"
        )


@attrs.frozen
class ProjectIndicators:
    """Participants, those that implemented the standard, and the target to reach.

    ``target`` is the least number of local governments that must implement the
    standard for the project to meet its goal.
    """

    participants: int = attrs.field(validator=_count)
    implemented: int = attrs.field(validator=_count)
    target: int = attrs.field(validator=_count)
    provenance: Provenance = attrs.field(validator=instance_of(Provenance, InvalidRulesError))

    def __attrs_post_init__(self) -> None:
        if self.implemented > self.participants:
            raise InvalidRulesError(
                f"{self.implemented} implemented is more than the {self.participants} participants"
            )

    @property
    def target_met(self) -> bool:
        """True when at least ``target`` local governments implemented the standard."""
        return self.implemented >= self.target

    @property
    def implementation_rate(self) -> Fraction:
        """Implemented over participants (0 when there were none)."""
        return Fraction(self.implemented, self.participants) if self.participants else Fraction(0)


#: The Lubelskie project's stated figures.
LUBELSKIE_RESULTS = ProjectIndicators(
    participants=100,
    implemented=79,
    target=50,
    provenance=stated(
        SEED_ARTICLE,
        note="goal: at least 50 local governments; 100 took part; 79 implemented the standards",
    ),
)


def indicators_from(decisions: Iterable[Decision], target: int) -> ProjectIndicators:
    """The indicators of a collection of decisions.

    A participant is a distinct local government (by TERYT code) with at least one
    decision; it implemented the standard when any of its decisions is CERTIFIED (a
    unit audited again after falling short counts once).
    """
    participants: set[Teryt] = set()
    certified: set[Teryt] = set()
    for index, decision in enumerate(decisions):
        if not isinstance(decision, Decision):
            raise InvalidRulesError(f"decisions[{index}] is not a Decision: {decision!r}")
        participants.add(decision.jst.teryt)
        if decision.outcome is Outcome.CERTIFIED:
            certified.add(decision.jst.teryt)
    return ProjectIndicators(
        len(participants),
        len(certified),
        target,
        derived("computed from decisions: distinct units, and those with a certified decision"),
    )
