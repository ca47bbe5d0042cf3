"""The mystery-client study of investor-service quality, as a model.

What the sources state (Dziennik Wschodni): the marshal's office commissioned the
study; 35 beneficiaries were tested, by phone and by e-mail, in English, with three
scenarios per channel; whether the caller got through and how long an e-mail reply
took were among the criteria; it ran until the end of May 2023. The seed report
names the three local governments that serve investors best: Lublin, Zamość and
Lubartów (:data:`BEST_SERVING`).

What the sources do not give: the scoring scale and the results. The scoring here,
:class:`QualityScoring`, is ours (derived) and configurable; no scores are invented
for real local governments, and none are fitted to reproduce the named three.

>>> import datetime
>>> from investor_standard.foundation.text import Lang
>>> call = Probe("0608011", Channel.PHONE, 1, datetime.date(2023, 5, 8))
>>> mail = Probe("0608011", Channel.EMAIL, 1, datetime.date(2023, 5, 8))
>>> results = [ProbeOutcome(call, True), ProbeOutcome(mail, True, datetime.date(2023, 5, 10))]
>>> [(r.rank, str(r.quality.jst), r.quality.score) for r in rank_local_governments(results)]
[(1, '0608011', 0.75)]

>>> [unit.name for unit in BEST_SERVING]
['Lublin', 'Zamość', 'Lubartów']
>>> MYSTERY_CLIENT_STUDY.beneficiaries, MYSTERY_CLIENT_STUDY.ends_on
(35, datetime.date(2023, 5, 31))

>>> DEFAULT_QUALITY_SCORING.email_full_within, DEFAULT_QUALITY_SCORING.partial
(1, Fraction(1, 2))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from fractions import Fraction

import attrs

from investor_standard.foundation._enum import FastEnum
from investor_standard.foundation._validate import (
    fraction,
    instance_of,
    raising,
    sequence_of,
    zero_to_one,
)
from investor_standard.foundation.errors import InvalidStudyError
from investor_standard.foundation.provenance import Provenance, derived, stated
from investor_standard.foundation.sources import DZIENNIK_WSCHODNI_MYSTERY_CLIENT, SEED_ARTICLE
from investor_standard.foundation.text import Lang, Text, shown
from investor_standard.jst.teryt import LocalGovernment, Teryt, as_teryt
from investor_standard.workdays.arithmetic import check_date, working_days_between

__all__ = [
    "BEST_SERVING",
    "DEFAULT_QUALITY_SCORING",
    "MYSTERY_CLIENT_STUDY",
    "Channel",
    "JstQuality",
    "Probe",
    "ProbeOutcome",
    "QualityScoring",
    "RankedJst",
    "StudyDesign",
    "quality_by_jst",
    "rank_local_governments",
]


class Channel(FastEnum):
    """How a mystery client contacted the office.

    >>> Channel("email"), [channel.value for channel in Channel]
    (<Channel.EMAIL: 'email'>, ['phone', 'email'])
    """

    PHONE = "phone"
    EMAIL = "email"

    @property
    def label(self) -> Text:
        """The channel's name in Polish and English."""
        return Text("telefon", "phone") if self is Channel.PHONE else Text("e-mail", "e-mail")


def _date(instance: object, attribute: attrs.Attribute[dt.date], value: object) -> None:
    check_date(value, f"{type(instance).__name__}.{attribute.name}")


def _positive(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidStudyError(
            f"{type(instance).__name__}.{attribute.name} must be a positive integer, "
            f"not {shown(value)}"
        )


_FAIL = raising(InvalidStudyError)


def _to_channels(value: object) -> tuple[Channel, ...]:
    return sequence_of(value, Channel, "StudyDesign.channels", _FAIL, non_empty=True)


def _to_languages(value: object) -> tuple[Lang, ...]:
    return sequence_of(value, Lang, "StudyDesign.languages", _FAIL, non_empty=True)


@attrs.frozen
class StudyDesign:
    """The design of a mystery-client study: who, how, in which language, how many scenarios.

    >>> [channel.value for channel in MYSTERY_CLIENT_STUDY.channels]
    ['phone', 'email']
    >>> MYSTERY_CLIENT_STUDY.provenance.is_derived
    False
    """

    beneficiaries: int = attrs.field(validator=_positive)
    channels: tuple[Channel, ...] = attrs.field(converter=_to_channels)
    languages: tuple[Lang, ...] = attrs.field(converter=_to_languages)
    scenarios_per_channel: int = attrs.field(validator=_positive)
    ends_on: dt.date = attrs.field(validator=_date)
    provenance: Provenance = attrs.field(validator=instance_of(Provenance, InvalidStudyError))


#: The Lubelskie study as the sources describe it.
MYSTERY_CLIENT_STUDY = StudyDesign(
    beneficiaries=35,
    channels=(Channel.PHONE, Channel.EMAIL),
    languages=(Lang.EN,),
    scenarios_per_channel=3,
    ends_on=dt.date(2023, 5, 31),
    provenance=stated(
        DZIENNIK_WSCHODNI_MYSTERY_CLIENT,
        note="35 beneficiaries; phone and e-mail; in English; three scenarios per channel; "
        "until the end of May 2023",
    ),
)

#: The three local governments the study named best at serving investors (stated, unranked).
BEST_SERVING: tuple[LocalGovernment, ...] = (
    LocalGovernment("0663011", "Lublin"),
    LocalGovernment("0664011", "Zamość"),
    LocalGovernment("0608011", "Lubartów"),
)
BEST_SERVING_PROVENANCE = stated(
    SEED_ARTICLE, note="named as the three that serve investors best; no order or scores given"
)


@attrs.frozen
class Probe:
    """One contact by a mystery client: the unit, channel, scenario number, day and language.

    >>> import datetime as dt
    >>> call = Probe("0608011", Channel.PHONE, 1, dt.date(2023, 5, 8))
    >>> call.jst, call.language.value
    (Teryt(code='0608011'), 'en')
    >>> Probe("0608011", Channel.PHONE, 0, dt.date(2023, 5, 8))  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidStudyError: Probe.scenario must be a positive
    integer, not 0
    """

    jst: Teryt = attrs.field(converter=as_teryt)
    channel: Channel = attrs.field(validator=instance_of(Channel, InvalidStudyError))
    scenario: int = attrs.field(validator=_positive)
    on: dt.date = attrs.field(validator=_date)
    language: Lang = attrs.field(default=Lang.EN, validator=instance_of(Lang, InvalidStudyError))


@attrs.frozen
class ProbeOutcome:
    """What happened: whether the client got through (a reply, for e-mail) and when.

    An e-mail that got a reply needs ``replied_on`` (not before the probe); a phone
    call or an unanswered e-mail must not have one.

    >>> import datetime as dt
    >>> call = Probe("0608011", Channel.PHONE, 1, dt.date(2023, 5, 8))
    >>> ProbeOutcome(call, got_through=False).replied_on is None
    True
    >>> mail = Probe("0608011", Channel.EMAIL, 1, dt.date(2023, 5, 8))
    >>> ProbeOutcome(mail, True)  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidStudyError: an answered e-mail probe needs
    replied_on
    """

    probe: Probe = attrs.field(validator=instance_of(Probe, InvalidStudyError))
    got_through: bool = attrs.field(validator=instance_of(bool, InvalidStudyError))
    replied_on: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        email_reply = self.probe.channel is Channel.EMAIL and self.got_through
        if email_reply and self.replied_on is None:
            raise InvalidStudyError("an answered e-mail probe needs replied_on")
        if not email_reply and self.replied_on is not None:
            raise InvalidStudyError("only an answered e-mail probe has replied_on")
        if self.replied_on is not None:
            check_date(self.replied_on, "ProbeOutcome.replied_on")
            if self.replied_on < self.probe.on:
                raise InvalidStudyError(
                    f"reply on {self.replied_on} precedes the e-mail of {self.probe.on}"
                )

    @property
    def reply_working_days(self) -> int | None:
        """Working days from the e-mail to the reply (None for calls and unanswered e-mails)."""
        if self.replied_on is None:
            return None
        return working_days_between(self.probe.on, self.replied_on)


_OUR_SCALE = derived(
    "ours: the study's scale is not public; a call that gets through earns 1; an e-mail "
    "answered by the next working day earns 1, within five working days 1/2"
)


@attrs.frozen
class QualityScoring:
    """Points per probe (ours, derived: the study's own scale is not public).

    A phone call that gets through earns 1, otherwise 0. An e-mail answered within
    ``email_full_within`` working days earns 1, within ``email_partial_within`` earns
    ``partial``, later or never 0. A unit's score is the mean of its probes' points.

    >>> import datetime as dt
    >>> call = Probe("0608011", Channel.PHONE, 1, dt.date(2023, 5, 8))
    >>> mail = Probe("0608011", Channel.EMAIL, 1, dt.date(2023, 5, 8))
    >>> DEFAULT_QUALITY_SCORING.points(ProbeOutcome(call, True))
    Fraction(1, 1)
    >>> late = ProbeOutcome(mail, True, dt.date(2023, 5, 12))  # after 4 days
    >>> DEFAULT_QUALITY_SCORING.points(late), QualityScoring(email_partial_within=3).points(late)
    (Fraction(1, 2), Fraction(0, 1))
    """

    email_full_within: int = attrs.field(default=1, validator=_positive)
    email_partial_within: int = attrs.field(default=5, validator=_positive)
    partial: Fraction = attrs.field(
        default=Fraction(1, 2),
        converter=fraction(_FAIL),  # type: ignore[misc]  # mypy's attrs plugin cannot read a Converter
        validator=zero_to_one(_FAIL),
    )
    provenance: Provenance = _OUR_SCALE

    def __attrs_post_init__(self) -> None:
        if self.email_partial_within < self.email_full_within:
            raise InvalidStudyError("email_partial_within must not be below email_full_within")

    def points(self, outcome: ProbeOutcome) -> Fraction:
        """The points one outcome earns."""
        if not outcome.got_through:
            return Fraction(0)
        days = outcome.reply_working_days
        if days is None or days <= self.email_full_within:
            return Fraction(1)
        return self.partial if days <= self.email_partial_within else Fraction(0)


#: The scoring used unless another is given (ours; see :class:`QualityScoring`).
DEFAULT_QUALITY_SCORING = QualityScoring()


@attrs.frozen
class JstQuality:
    """One unit's result: the number of probes, the points earned and the mean.

    >>> import datetime as dt
    >>> call = Probe("0608011", Channel.PHONE, 1, dt.date(2023, 5, 8))
    >>> mail = Probe("0608011", Channel.EMAIL, 1, dt.date(2023, 5, 8))
    >>> outcomes = [ProbeOutcome(call, True), ProbeOutcome(mail, True, dt.date(2023, 5, 12))]
    >>> [quality] = quality_by_jst(outcomes)
    >>> str(quality.jst), quality.probes, quality.points, quality.score
    ('0608011', 2, Fraction(3, 2), 0.75)
    """

    jst: Teryt
    probes: int
    points: Fraction

    @property
    def score(self) -> float:
        """Mean points per probe, from 0 to 1."""
        return float(self.points / self.probes)


@attrs.frozen
class RankedJst:
    """A unit's place in the ranking; units with equal scores share a place.

    >>> import datetime as dt
    >>> call = Probe("0608011", Channel.PHONE, 1, dt.date(2023, 5, 8))
    >>> mail = Probe("0608011", Channel.EMAIL, 1, dt.date(2023, 5, 8))
    >>> outcomes = [ProbeOutcome(call, True), ProbeOutcome(mail, True, dt.date(2023, 5, 12))]
    >>> [first] = rank_local_governments(outcomes)
    >>> first.rank, str(first.quality.jst)
    (1, '0608011')
    """

    rank: int
    quality: JstQuality


def quality_by_jst(
    outcomes: Iterable[ProbeOutcome],
    scoring: QualityScoring = DEFAULT_QUALITY_SCORING,
    design: StudyDesign = MYSTERY_CLIENT_STUDY,
) -> tuple[JstQuality, ...]:
    """Each unit's points and probe count, in TERYT order.

    Refuses an outcome that is not a :class:`ProbeOutcome`, a probe repeated, a channel
    or language outside ``design``, or a scenario number above its count.

    >>> import datetime as dt
    >>> call = Probe("0608011", Channel.PHONE, 1, dt.date(2023, 5, 8))
    >>> mail = Probe("0608011", Channel.EMAIL, 1, dt.date(2023, 5, 8))
    >>> outcomes = [ProbeOutcome(call, True), ProbeOutcome(mail, True, dt.date(2023, 5, 12))]
    >>> other = ProbeOutcome(Probe("0664011", Channel.PHONE, 1, dt.date(2023, 5, 8)), False)
    >>> [(str(q.jst), q.score) for q in quality_by_jst([*outcomes, other])]
    [('0608011', 0.75), ('0664011', 0.0)]
    """
    seen: set[Probe] = set()
    totals: dict[Teryt, list[Fraction]] = {}
    for index, outcome in enumerate(outcomes):
        where = f"outcomes[{index}]"
        if not isinstance(outcome, ProbeOutcome):
            raise InvalidStudyError(f"{where} is not a ProbeOutcome: {outcome!r}")
        probe = outcome.probe
        if probe in seen:
            raise InvalidStudyError(f"{where} repeats a probe already given")
        seen.add(probe)
        if probe.channel not in design.channels or probe.language not in design.languages:
            raise InvalidStudyError(f"{where}: channel or language outside the study's design")
        if probe.scenario > design.scenarios_per_channel:
            raise InvalidStudyError(
                f"{where}: scenario {probe.scenario} but the study has "
                f"{design.scenarios_per_channel} per channel"
            )
        totals.setdefault(probe.jst, []).append(scoring.points(outcome))
    return tuple(
        JstQuality(jst, len(points), sum(points, Fraction(0)))
        for jst, points in sorted(totals.items())
    )


def rank_local_governments(
    outcomes: Iterable[ProbeOutcome],
    scoring: QualityScoring = DEFAULT_QUALITY_SCORING,
    design: StudyDesign = MYSTERY_CLIENT_STUDY,
) -> tuple[RankedJst, ...]:
    """Units ranked by mean points, best first; ties share a place (1, 2, 2, 4), then TERYT.

    >>> import datetime as dt
    >>> call = Probe("0608011", Channel.PHONE, 1, dt.date(2023, 5, 8))
    >>> missed = ProbeOutcome(Probe("0664011", Channel.PHONE, 1, dt.date(2023, 5, 8)), False)
    >>> ranking = rank_local_governments([ProbeOutcome(call, True), missed])
    >>> [(r.rank, str(r.quality.jst), r.quality.score) for r in ranking]
    [(1, '0608011', 1.0), (2, '0664011', 0.0)]
    """
    qualities = sorted(
        quality_by_jst(outcomes, scoring, design),
        key=lambda q: (-(q.points / q.probes), q.jst),
    )
    ranked: list[RankedJst] = []
    for position, quality in enumerate(qualities, start=1):
        tied = ranked and ranked[-1].quality.points / ranked[-1].quality.probes == (
            quality.points / quality.probes
        )
        ranked.append(RankedJst(ranked[-1].rank if tied else position, quality))
    return tuple(ranked)
