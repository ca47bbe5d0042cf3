"""Certification: rules as data, and the decision with its reasons.

No source states the Lubelskie project's certification criteria, so the default
rules, :data:`LUBELSKIE_RULES`, are ours (derived) and configurable:

* a requirement is *fulfilled* by MET, and by PARTIALLY_MET only when
  ``partially_met_counts`` is set;
* every applicable mandatory requirement must be fulfilled
  (``mandatory_share = 1``), and at least half of the applicable recommended ones
  (``recommended_share = 1/2``); recommended requirements the auditor found
  NOT_APPLICABLE are left out of that share;
* an applicable requirement with no finding makes the decision INCOMPLETE, whatever
  else the audit shows: the audit is not finished.

A decision's reasons name exactly the applicable requirements that fell short (not
fulfilled, or not assessed); each says whether it blocks certification.

>>> LUBELSKIE_RULES.mandatory_share, LUBELSKIE_RULES.recommended_share
(Fraction(1, 1), Fraction(1, 2))
>>> LUBELSKIE_RULES.provenance.is_derived
True
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs

from investor_standard.assessment.audit import Audit, JudgementNote, Result, review_audit
from investor_standard.assessment.catalogue import Edition, Level, Requirement
from investor_standard.assessment.editions import resolve_edition
from investor_standard.assessment.scoring import (
    DEFAULT_SCORING,
    Score,
    ScoringModel,
    score_findings,
)
from investor_standard.foundation._enum import FastEnum
from investor_standard.foundation._memo import Memo
from investor_standard.foundation._validate import fraction, instance_of, raising, zero_to_one
from investor_standard.foundation.errors import InvalidRulesError
from investor_standard.foundation.provenance import Provenance, derived
from investor_standard.foundation.text import Lang, Text, parse_lang
from investor_standard.jst.teryt import LocalGovernment

__all__ = [
    "LUBELSKIE_RULES",
    "CertificationRules",
    "Decision",
    "LevelTally",
    "Outcome",
    "Reason",
    "decide",
]


_SHARE = fraction(raising(InvalidRulesError))
_FROM_ZERO_TO_ONE = zero_to_one(raising(InvalidRulesError))


@attrs.frozen
class CertificationRules:
    """What certification needs, as data (see the module's docstring for the defaults).

    >>> rules = CertificationRules(recommended_share="2/3", partially_met_counts=True)
    >>> rules.share(Level.RECOMMENDED), rules.fulfils(Result.PARTIALLY_MET)
    (Fraction(2, 3), True)
    >>> LUBELSKIE_RULES.fulfils(Result.PARTIALLY_MET)
    False
    """

    mandatory_share: Fraction = attrs.field(
        default=Fraction(1),
        converter=_SHARE,  # type: ignore[misc]  # mypy's attrs plugin cannot read a Converter
        validator=_FROM_ZERO_TO_ONE,
    )
    recommended_share: Fraction = attrs.field(
        default=Fraction(1, 2),
        converter=_SHARE,  # type: ignore[misc]  # mypy's attrs plugin cannot read a Converter
        validator=_FROM_ZERO_TO_ONE,
    )
    partially_met_counts: bool = attrs.field(
        default=False, validator=instance_of(bool, InvalidRulesError)
    )
    scoring: ScoringModel = attrs.field(
        default=DEFAULT_SCORING, validator=instance_of(ScoringModel, InvalidRulesError)
    )
    provenance: Provenance = attrs.field(
        default=derived(
            "ours: no source states the certification criteria; every mandatory requirement "
            "and half of the recommended ones must be met, and partly met does not count"
        ),
        validator=instance_of(Provenance, InvalidRulesError),
    )
    #: Refuse MET on evidence of unlisted kinds even where the kinds are only our advice.
    strict_evidence: bool = attrs.field(
        default=False, validator=instance_of(bool, InvalidRulesError)
    )
    _fulfilling: frozenset[Result] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        # The results that fulfil a requirement, worked out once for decide().
        fulfilling = frozenset(result for result in Result if self.fulfils(result))
        object.__setattr__(self, "_fulfilling", fulfilling)

    def share(self, level: Level) -> Fraction:
        """The share of applicable requirements of ``level`` that must be fulfilled."""
        return self.mandatory_share if level is Level.MANDATORY else self.recommended_share

    def fulfils(self, result: Result) -> bool:
        """True when ``result`` fulfils a requirement under these rules."""
        return result is Result.MET or (
            result is Result.PARTIALLY_MET and self.partially_met_counts
        )


#: The default rules for the Lubelskie edition (derived; see the module's docstring).
LUBELSKIE_RULES = CertificationRules()


class Outcome(FastEnum):
    """The outcome of a certification decision.

    >>> Outcome("not_certified").label.pl
    'certyfikat nieprzyznany'
    >>> [outcome.value for outcome in Outcome]
    ['certified', 'not_certified', 'incomplete']
    """

    CERTIFIED = "certified"
    NOT_CERTIFIED = "not_certified"
    INCOMPLETE = "incomplete"

    @property
    def label(self) -> Text:
        """The outcome in Polish and English."""
        return {
            Outcome.CERTIFIED: Text("certyfikat przyznany", "certified"),
            Outcome.NOT_CERTIFIED: Text("certyfikat nieprzyznany", "not certified"),
            Outcome.INCOMPLETE: Text("audyt niekompletny", "incomplete audit"),
        }[self]


@attrs.frozen
class Reason:
    """An applicable requirement that fell short: its result (None when not assessed), its
    title, and whether it blocks certification on its own.

    *Blocking* means one thing: without fixing this requirement the unit cannot be
    certified, whatever else it fixes. A requirement not assessed blocks (the audit is
    unfinished), and so does a shortfall at a level where every shortfall must be fixed
    (every mandatory one, under the default rules). Where any k of n shortfalls would do
    (recommended requirements), none blocks on its own; the decision says "k more of these
    n are needed" instead (:attr:`LevelTally.short_by`).
    """

    requirement: str
    level: Level
    result: Result | None
    blocking: bool
    title: Text | None = None

    @property
    def text(self) -> Text:
        """What fell short, in Polish and English."""
        if self.result is None:
            return Text("brak oceny", "not assessed")
        return Text(f"wynik: {self.result.label.pl}", f"result: {self.result.label.en}")

    def explain(self, lang: Lang | str = Lang.EN) -> str:
        """The reason in one line: the requirement, its title and level, what fell short.

        >>> from investor_standard import Level
        >>> title = Text("Procedury", "Procedures")
        >>> Reason("PROC-01", Level.MANDATORY, None, True, title).explain()
        'PROC-01 Procedures [mandatory]: not assessed (blocks certification)'
        """
        chosen = parse_lang(lang)
        title = f" {self.title.in_(chosen)}" if self.title is not None else ""
        blocks = _PHRASES[chosen]["blocking"] if self.blocking else ""
        return (
            f"{self.requirement}{title} [{self.level.label.in_(chosen)}]: "
            f"{self.text.in_(chosen)}{blocks}"
        )


@attrs.frozen
class LevelTally:
    """How many applicable requirements of one level were fulfilled, against what was needed.

    ``counted`` are the assessed ones that count (not those found not applicable);
    ``not_assessed`` those with no finding, which the tally never hides.
    """

    level: Level
    fulfilled: int
    counted: int
    required_share: Fraction
    not_assessed: int = 0

    @property
    def required(self) -> int:
        """The smallest number of fulfilled requirements that reaches the share."""
        share = self.required_share  # the ceiling of share * counted, in integers
        return -(-share.numerator * self.counted // share.denominator)

    @property
    def reached(self) -> bool:
        """True when enough requirements of this level are fulfilled."""
        return self.fulfilled >= self.required

    @property
    def short_by(self) -> int:
        """How many more requirements of this level must be fulfilled (0 when reached)."""
        return max(self.required - self.fulfilled, 0)

    def explain(self, lang: Lang | str = Lang.EN) -> str:
        """The tally in one line, with what was not assessed.

        >>> from investor_standard import Level
        >>> LevelTally(Level.MANDATORY, 6, 7, Fraction(1), not_assessed=1).explain()
        'mandatory: 6 of 7 fulfilled, 7 needed, 1 not assessed.'
        """
        chosen = parse_lang(lang)
        say = _PHRASES[chosen]
        line = say["tally"].format(
            level=self.level.label.in_(chosen),
            fulfilled=self.fulfilled,
            counted=self.counted,
            required=self.required,
        )
        if self.not_assessed:
            line += say["not_assessed"].format(count=self.not_assessed)
        return line + "."


@attrs.frozen
class Decision:
    """The certification decision for one audit, with everything that explains it."""

    jst: LocalGovernment
    edition: str
    audited_on: dt.date
    outcome: Outcome
    score: Score
    reasons: tuple[Reason, ...]
    tallies: tuple[LevelTally, ...]
    notes: tuple[JudgementNote, ...]
    rules: CertificationRules

    def explain(self, lang: Lang | str = Lang.EN) -> str:
        """A readable account of the decision in Polish (``"pl"``) or English (``"en"``).

        >>> from investor_standard import LUBELSKIE_2019, LocalGovernment, Audit, decide
        >>> import datetime
        >>> audit = Audit(LocalGovernment("0608011", "Lubartów"), "LUBELSKIE-2019",
        ...               datetime.date(2023, 3, 1), [])
        >>> print(decide(audit, LUBELSKIE_2019).explain())  # doctest: +ELLIPSIS
        Lubartów (urban gmina, TERYT 0608011), edition LUBELSKIE-2019, audited on 2023-03-01: ...
        Overall score: 0%.
        mandatory: 0 of 0 fulfilled, 0 needed, 7 not assessed.
        recommended: 0 of 0 fulfilled, 0 needed, 5 not assessed.
        Shortfalls:
          PROC-01 Investor cooperation procedures adopted by the office [mandatory]: ...
        ...
        """
        chosen = parse_lang(lang)
        say = _PHRASES[chosen]
        jst = self.jst.describe(chosen)
        lines = [
            say["head"].format(
                jst=jst,
                edition=self.edition,
                day=self.audited_on.isoformat(),
                outcome=self.outcome.label.in_(chosen),
            ),
            say["score"].format(score=self.score.overall),
        ]
        lines.extend(tally.explain(chosen) for tally in self.tallies)
        if self.reasons:
            lines.append(say["shortfalls"])
            lines.extend(f"  {reason.explain(chosen)}" for reason in self.reasons)
        lines.extend(self._choices(chosen))
        if self.notes:
            lines.append(say["notes"])
            lines.extend(f"  {n.requirement}: {n.text.in_(chosen)}" for n in self.notes)
        return "\n".join(lines)

    def _choices(self, lang: Lang) -> list[str]:
        """For each level where any k of n shortfalls would do: "k more of these n"."""
        say = _PHRASES[lang]
        lines = []
        for tally in self.tallies:
            open_ = [
                r.requirement
                for r in self.reasons
                if r.level is tally.level and r.result is not None and not r.blocking
            ]
            if tally.short_by and open_:
                lines.append(
                    say["choice"].format(
                        level=tally.level.label.in_(lang),
                        more=tally.short_by,
                        of=len(open_),
                        ids=", ".join(open_),
                    )
                )
        return lines


_PHRASES = {
    Lang.PL: {
        "head": "{jst}, edycja {edition}, audyt z {day}: {outcome}.",
        "score": "Wynik ogólny: {score:.0%}.",
        "tally": "{level}: spełnione {fulfilled} z {counted}, wymagane {required}",
        "not_assessed": ", bez oceny: {count}",
        "choice": "{level}: potrzeba jeszcze {more} z tych {of}: {ids}",
        "shortfalls": "Braki:",
        "blocking": " (blokuje certyfikację)",
        "notes": "Uwagi:",
    },
    Lang.EN: {
        "head": "{jst}, edition {edition}, audited on {day}: {outcome}.",
        "score": "Overall score: {score:.0%}.",
        "tally": "{level}: {fulfilled} of {counted} fulfilled, {required} needed",
        "not_assessed": ", {count} not assessed",
        "choice": "{level}: {more} more of these {of} are needed: {ids}",
        "shortfalls": "Shortfalls:",
        "blocking": " (blocks certification)",
        "notes": "Notes:",
    },
}


_LEVELS = tuple(Level)


def _reason(key: tuple[str, Level, Result | None, bool, str, str]) -> Reason:
    requirement, level, result, blocking, title_pl, title_en = key
    return Reason(requirement, level, result, blocking, Text(title_pl, title_en))


#: Reasons by their fields, shared (see :mod:`investor_standard.foundation._memo`); the
#: title is keyed by its two strings, whose hashes Python keeps.
_REASONS: Memo[tuple[str, Level, Result | None, bool, str, str], Reason] = Memo(_reason)


def decide(
    audit: Audit,
    edition: Edition | str | None = None,
    rules: CertificationRules = LUBELSKIE_RULES,
) -> Decision:
    """Decide whether ``audit`` earns certification under ``rules``.

    Without ``edition``, the shipped edition the audit names (``audit.edition``) is used;
    an edition's id picks a shipped edition; an id the library does not ship is refused
    with :class:`~investor_standard.foundation.errors.UnknownEditionError`.

    Raises :class:`~investor_standard.foundation.errors.InvalidAuditError` listing every problem
    when the audit does not fit the edition. The same input always gives the same
    decision.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Evidence, Finding, LocalGovernment
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> proof = Evidence("internal_document", "Zarządzenie 12/2022")
    >>> findings = [Finding("PROC-01", "met", [proof]), Finding("NET-01", "not_met")]
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), findings)
    >>> decision = decide(audit)
    >>> decision.outcome, len(decision.reasons)
    (<Outcome.INCOMPLETE: 'incomplete'>, 11)
    >>> print(decision.reasons[0].explain())
    PROC-02 A named investor caretaker [recommended]: not assessed (blocks certification)
    """
    if not isinstance(edition, Edition):
        edition = resolve_edition(audit.edition, edition)
    findings, notes = review_audit(audit, edition, strict_evidence=rules.strict_evidence)
    kind = audit.jst.kind
    scored = score_findings(kind, findings, edition, rules.scoring)
    shortfalls: list[tuple[Requirement, Result | None]] = []
    counts = {level: [0, 0, 0] for level in _LEVELS}  # fulfilled, counted, not assessed
    fulfilling = rules._fulfilling
    for requirement in edition.applicable_to(kind):
        finding = findings.get(requirement.id)
        if finding is None:
            counts[requirement.level][2] += 1
            shortfalls.append((requirement, None))
            continue
        if finding.result is Result.NOT_APPLICABLE:
            continue
        counts[requirement.level][1] += 1
        if finding.result in fulfilling:
            counts[requirement.level][0] += 1
        else:
            shortfalls.append((requirement, finding.result))
    tallies = tuple(
        LevelTally(level, counts[level][0], counts[level][1], rules.share(level), counts[level][2])
        for level in _LEVELS
    )
    short = any(tally.short_by > 0 for tally in tallies)
    # A shortfall blocks on its own when its level needs every one of its shortfalls fixed
    # (read only for levels with shortfalls, so a level with none may say anything).
    every_one_needed = {
        tally.level: tally.short_by == tally.counted - tally.fulfilled for tally in tallies
    }
    reasons = tuple(
        _REASONS[
            requirement.id,
            requirement.level,
            result,
            result is None or every_one_needed[requirement.level],
            requirement.title.pl,
            requirement.title.en,
        ]
        for requirement, result in shortfalls
    )
    if any(reason.result is None for reason in reasons):
        outcome = Outcome.INCOMPLETE
    elif not short:
        outcome = Outcome.CERTIFIED
    else:
        outcome = Outcome.NOT_CERTIFIED
    return Decision(
        audit.jst,
        edition.id,
        audit.audited_on,
        outcome,
        scored,
        reasons,
        tallies,
        notes,
        rules,
    )
