"""Checking a recorded decision: does it still hold under the current edition and rules?

A decision read back from a document is a record of what was decided then. Editions and
rules can change since; :func:`verify_decision` decides the audit the record came from
again and says whether the recorded outcome and score still hold.

>>> import datetime
>>> from investor_standard import LUBELSKIE_2019, LocalGovernment, Audit, Finding, decide
>>> audit = Audit(LocalGovernment("0608011", "Lubartów"), "LUBELSKIE-2019",
...               datetime.date(2023, 3, 1), [Finding("PROC-01", "not_met")])
>>> verify_decision(decide(audit), audit).holds
True
"""

from __future__ import annotations

import attrs

from investor_standard.assessment.audit import Audit
from investor_standard.assessment.catalogue import Edition
from investor_standard.assessment.certification import (
    LUBELSKIE_RULES,
    CertificationRules,
    Decision,
    decide,
)
from investor_standard.foundation.errors import CertificationError
from investor_standard.foundation.text import Lang, parse_lang

__all__ = ["Verification", "verify_decision"]


@attrs.frozen
class Verification:
    """A recorded decision beside the decision the same audit gets now.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Evidence, Finding, LocalGovernment, decide
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> proof = Evidence("internal_document", "Zarządzenie 12/2022")
    >>> findings = [Finding("PROC-01", "met", [proof]), Finding("NET-01", "not_met")]
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), findings)
    >>> from investor_standard import CertificationRules
    >>> recorded = decide(audit)
    >>> check = verify_decision(recorded, audit, rules=CertificationRules(recommended_share=0))
    >>> check.outcome_holds, check.score_holds, check.holds
    (True, True, True)
    >>> print(check.explain())
    the recorded decision holds: incomplete audit, 50%
    """

    recorded: Decision
    current: Decision

    @property
    def outcome_holds(self) -> bool:
        """True when the audit gets the recorded outcome now."""
        return self.recorded.outcome is self.current.outcome

    @property
    def score_holds(self) -> bool:
        """True when the audit gets the recorded score now (earned and possible weights)."""
        recorded, current = self.recorded.score, self.current.score
        return (recorded.earned, recorded.possible) == (current.earned, current.possible)

    @property
    def holds(self) -> bool:
        """True when both the outcome and the score still hold."""
        return self.outcome_holds and self.score_holds

    def explain(self, lang: Lang | str = Lang.EN) -> str:
        """One line: whether the record holds, and if not, what it says beside what is now."""
        chosen = parse_lang(lang)
        was, now = self.recorded, self.current
        if self.holds:
            return {
                Lang.EN: f"the recorded decision holds: {now.outcome.label.en}, "
                f"{now.score.overall:.0%}",
                Lang.PL: f"zapisana decyzja jest aktualna: {now.outcome.label.pl}, "
                f"{now.score.overall:.0%}",
            }[chosen]
        return {
            Lang.EN: f"the recorded decision no longer holds: recorded "
            f"{was.outcome.label.en}, {was.score.overall:.0%}; now {now.outcome.label.en}, "
            f"{now.score.overall:.0%}",
            Lang.PL: f"zapisana decyzja nie jest już aktualna: zapisano "
            f"{was.outcome.label.pl}, {was.score.overall:.0%}; teraz {now.outcome.label.pl}, "
            f"{now.score.overall:.0%}",
        }[chosen]


def verify_decision(
    decision: Decision,
    audit: Audit,
    edition: Edition | str | None = None,
    rules: CertificationRules = LUBELSKIE_RULES,
) -> Verification:
    """Decide ``audit`` again (under ``edition`` and ``rules``, by default the current ones)
    and set the result beside the recorded ``decision``.

    The audit must be the one the decision records (the same unit, edition and day);
    another is refused with :class:`~investor_standard.foundation.errors.CertificationError`.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Evidence, Finding, LocalGovernment, decide
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> proof = Evidence("internal_document", "Zarządzenie 12/2022")
    >>> findings = [Finding("PROC-01", "met", [proof]), Finding("NET-01", "not_met")]
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), findings)
    >>> recorded = decide(audit)
    >>> verify_decision(recorded, audit).holds
    True
    >>> import attrs
    >>> edited = attrs.evolve(audit, findings=audit.findings[:1])
    >>> print(verify_decision(recorded, edited).explain())  # doctest: +NORMALIZE_WHITESPACE
    the recorded decision no longer holds: recorded incomplete audit, 50%; now incomplete audit,
    100%
    """
    same = (audit.jst, audit.edition, audit.audited_on)
    recorded = (decision.jst, decision.edition, decision.audited_on)
    if same != recorded:
        raise CertificationError(
            f"the decision records {decision.jst.describe()} ({decision.edition}, "
            f"{decision.audited_on.isoformat()}), not the audit of {audit.jst.describe()} "
            f"({audit.edition}, {audit.audited_on.isoformat()})"
        )
    return Verification(decision, decide(audit, edition, rules))
