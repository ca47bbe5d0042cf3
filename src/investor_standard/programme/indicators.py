"""Project indicators: how many local governments took part and implemented the standard.

:data:`LUBELSKIE_RESULTS` holds the Lubelskie figures the sources state: the goal
of raising investor-service quality in at least 50 local governments, 100 that took
part, 79 that implemented the standard. :func:`indicators_from` computes the same
figures from a collection of decisions.

>>> LUBELSKIE_RESULTS.target_met, LUBELSKIE_RESULTS.implementation_rate
(True, Fraction(79, 100))

With the register of local governments, the figures can be set against the region:
100 of Lubelskie's 233 gminas and counties took part.

>>> share = participation_share(LUBELSKIE_RESULTS, "06")
>>> share, f"{float(share):.0%}"
(Fraction(100, 233), '43%')

>>> sorted(kind.value for kind in ELIGIBLE_KINDS)
['city_with_county_rights', 'county', 'rural_gmina', 'urban_gmina', 'urban_rural_gmina']
>>> TARGET_READING.is_derived
True
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
from investor_standard.foundation.text import shown
from investor_standard.jst.register import units_in
from investor_standard.jst.teryt import JstKind, Teryt

__all__ = [
    "ELIGIBLE_KINDS",
    "LUBELSKIE_RESULTS",
    "TARGET_READING",
    "ProjectIndicators",
    "indicators_from",
    "participation_share",
]


def _count(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidRulesError(
            f"ProjectIndicators.{attribute.name} must be a count, not {shown(value)}"
        )


@attrs.frozen
class ProjectIndicators:
    """Participants, those that implemented the standard, and the target to reach.

    ``target`` is the least number of local governments that must implement the
    standard for the project to meet its goal.

    >>> lubelskie = ProjectIndicators(100, 79, 70, TARGET_READING)
    >>> lubelskie.target_met, lubelskie.implementation_rate
    (True, Fraction(79, 100))
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
        """True when at least ``target`` local governments implemented the standard.

        Comparing the target with ``implemented`` is our reading (see
        :data:`TARGET_READING`): the source sets the goal as raising the quality of
        investor service in at least 50 local governments.
        """
        return self.implemented >= self.target

    @property
    def implementation_rate(self) -> Fraction:
        """Implemented over participants (0 when there were none)."""
        return Fraction(self.implemented, self.participants) if self.participants else Fraction(0)


#: How :attr:`ProjectIndicators.target_met` reads a project's target. Derived.
TARGET_READING: Provenance = derived(
    "the source's goal is to raise the quality of investor service in at least 50 local "
    "governments; we read it as at least 50 that implemented the standard",
    SEED_ARTICLE,
)

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
    unit audited again after falling short counts once). A city with county rights is
    one unit whichever of its two codes a decision names.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Finding, LocalGovernment, decide
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> decision = decide(Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), []))
    >>> indicators = indicators_from([decision], target=1)
    >>> indicators.participants, indicators.implemented, indicators.target_met
    (1, 0, False)
    """
    participants: set[Teryt] = set()
    certified: set[Teryt] = set()
    for index, decision in enumerate(decisions):
        if not isinstance(decision, Decision):
            raise InvalidRulesError(f"decisions[{index}] is not a Decision: {decision!r}")
        unit = decision.jst.teryt.canonical
        participants.add(unit)
        if decision.outcome is Outcome.CERTIFIED:
            certified.add(unit)
    return ProjectIndicators(
        len(participants),
        len(certified),
        target,
        derived("computed from decisions: distinct units, and those with a certified decision"),
    )


#: The kinds of unit a regional project recruits by default: every gmina (a city with
#: county rights included, once) and every county, but not the voivodeship, which runs
#: the project. Derived: the sources name gminas and counties among the participants.
ELIGIBLE_KINDS: frozenset[JstKind] = frozenset(JstKind) - {JstKind.VOIVODESHIP}


def participation_share(
    indicators: ProjectIndicators,
    area: Teryt | str,
    kinds: Iterable[JstKind] = ELIGIBLE_KINDS,
) -> Fraction:
    """The share of the units of ``area`` (a voivodeship or county code) that took part.

    The units are counted in the shipped register (as of 1 January 2020), each city with
    county rights once; ``kinds`` chooses which units could have taken part.

    >>> share = participation_share(LUBELSKIE_RESULTS, "06")
    >>> share, f"{float(share):.0%}"
    (Fraction(100, 233), '43%')
    """
    eligible = len(units_in(area, kinds))
    if not eligible or indicators.participants > eligible:
        raise InvalidRulesError(
            f"{indicators.participants} participants cannot be a share of the "
            f"{eligible} units of {area} of the kinds asked for"
        )
    return Fraction(indicators.participants, eligible)
