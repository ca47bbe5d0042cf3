"""From what an investor tab shows to suggested findings for the audit.

An auditor can start from the data: :func:`suggest_findings` measures an investor
tab and its offers and proposes a :class:`~investor_standard.Finding`, with
evidence, for each requirement of the edition that the data speaks to. The
auditor's own finding still decides; these are suggestions.

Which fields speak to which requirement (:data:`OFFER_RULES`), and the shares that
make a suggestion MET or PARTIALLY_MET (:class:`SuggestionThresholds`), are ours
(derived) and configurable.

>>> DEFAULT_THRESHOLDS.met, DEFAULT_THRESHOLDS.partial
(Fraction(1, 1), Fraction(1, 2))
>>> OFFER_RULES["ONLINE-01"]
('url', 'contact')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from fractions import Fraction
from types import MappingProxyType

import attrs

from investor_standard.assessment.audit import Evidence, Finding, Result
from investor_standard.assessment.catalogue import Edition, EvidenceKind
from investor_standard.foundation._validate import fraction, instance_of, raising, zero_to_one
from investor_standard.foundation.errors import InvalidRulesError
from investor_standard.foundation.provenance import Provenance, derived
from investor_standard.offer.completeness import (
    CompletenessReport,
    completeness_report,
    is_present,
    value_at,
)
from investor_standard.offer.investor_tab import InvestorTab
from investor_standard.workdays.arithmetic import check_date

__all__ = [
    "DEFAULT_THRESHOLDS",
    "OFFER_RULES",
    "OFFER_RULES_PROVENANCE",
    "SuggestedFinding",
    "SuggestionThresholds",
    "suggest_findings",
]

#: For each requirement, the investor-tab fields that show it (ours, derived).
OFFER_RULES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "ONLINE-01": ("url", "contact"),
        "ONLINE-02": ("offers",),
        "ONLINE-03": (
            "infrastructure.pl",
            "labour_market.pl",
            "local_taxes.pl",
            "exemptions.pl",
            "cooperating_firms.pl",
        ),
    }
)
OFFER_RULES_PROVENANCE = derived(
    "ours: the tab's address and contact show ONLINE-01, its offers ONLINE-02 (weighed by "
    "their completeness), its business conditions ONLINE-03, and the offers' descriptions in "
    "both languages ONLINE-06"
)


_THRESHOLDS_PROVENANCE = derived("ours: everything present suggests met, at least half partly met")
_FRACTION = fraction(raising(InvalidRulesError))
_FROM_ZERO_TO_ONE = zero_to_one(raising(InvalidRulesError))


@attrs.frozen
class SuggestionThresholds:
    """A share of fields present at or above ``met`` suggests MET; at or above ``partial``,
    PARTIALLY_MET; below it, NOT_MET.

    >>> from fractions import Fraction
    >>> DEFAULT_THRESHOLDS.result(Fraction(2, 3)), DEFAULT_THRESHOLDS.result(Fraction(1, 3))
    (<Result.PARTIALLY_MET: 'partially_met'>, <Result.NOT_MET: 'not_met'>)
    """

    met: Fraction = attrs.field(
        default=Fraction(1),
        converter=_FRACTION,  # type: ignore[misc]  # mypy's attrs plugin cannot read a Converter
        validator=_FROM_ZERO_TO_ONE,
    )
    partial: Fraction = attrs.field(
        default=Fraction(1, 2),
        converter=_FRACTION,  # type: ignore[misc]  # mypy's attrs plugin cannot read a Converter
        validator=_FROM_ZERO_TO_ONE,
    )
    provenance: Provenance = attrs.field(
        default=_THRESHOLDS_PROVENANCE, validator=instance_of(Provenance, InvalidRulesError)
    )

    def __attrs_post_init__(self) -> None:
        if self.partial > self.met:
            raise InvalidRulesError(
                f"SuggestionThresholds: partial ({self.partial}) must not exceed met ({self.met})"
            )

    def result(self, share: Fraction) -> Result:
        """The result a share of present fields suggests."""
        if share >= self.met:
            return Result.MET
        return Result.PARTIALLY_MET if share >= self.partial else Result.NOT_MET


#: The thresholds used unless others are given (derived; see :class:`SuggestionThresholds`).
DEFAULT_THRESHOLDS = SuggestionThresholds()


@attrs.frozen
class SuggestedFinding:
    """A finding the data suggests, the share of expected fields behind it, and what is missing.

    >>> from investor_standard import LocalGovernment
    >>> from investor_standard.offer import InvestorTab
    >>> gmina = LocalGovernment("0608072", "Lubartów")
    >>> from investor_standard import LUBELSKIE_2019
    >>> import datetime as dt
    >>> [first] = suggest_findings(InvestorTab(gmina), LUBELSKIE_2019, dt.date(2023, 3, 8))[:1]
    >>> first.share, first.finding.result
    (Fraction(0, 1), <Result.NOT_MET: 'not_met'>)
    """

    finding: Finding
    share: Fraction
    missing: tuple[str, ...]


def _share(tab: InvestorTab, paths: tuple[str, ...]) -> tuple[Fraction, tuple[str, ...]]:
    missing = tuple(path for path in paths if not is_present(value_at(tab, path)))
    return Fraction(len(paths) - len(missing), len(paths)), missing


def _offers_share(reports: tuple[CompletenessReport, ...]) -> Fraction:
    """The mean completeness of the offers (0 when there are none: nothing is published)."""
    if not reports:
        return Fraction(0)
    return sum((r.share for r in reports), Fraction(0)) / len(reports)


def suggest_findings(
    tab: InvestorTab,
    edition: Edition,
    as_of: dt.date,
    thresholds: SuggestionThresholds = DEFAULT_THRESHOLDS,
) -> tuple[SuggestedFinding, ...]:
    """Suggested findings, in catalogue order, for the requirements the tab's data shows.

    Only requirements of ``edition`` that apply to the tab's local government are
    suggested. Each finding carries evidence of a kind the requirement lists,
    dated ``as_of``, whose note gives the share of fields present.

    >>> from investor_standard import LocalGovernment
    >>> from investor_standard.offer import InvestorTab
    >>> gmina = LocalGovernment("0608072", "Lubartów")
    >>> from investor_standard import LUBELSKIE_2019
    >>> import datetime as dt
    >>> tab = InvestorTab(gmina, url="https://lubartow.pl/inwestor")
    >>> first = suggest_findings(tab, LUBELSKIE_2019, dt.date(2023, 3, 8))[0]
    >>> first.finding.requirement, first.finding.result.value, first.missing
    ('ONLINE-01', 'partially_met', ('contact',))
    """
    check_date(as_of, "as_of")
    reports = tuple(completeness_report(offer) for offer in tab.offers)
    shares: dict[str, tuple[Fraction, tuple[str, ...]]] = {
        rid: _share(tab, paths) for rid, paths in OFFER_RULES.items()
    }
    offers_missing = tuple(f"{r.subject}: {p}" for r in reports for p in r.missing)
    shares["ONLINE-02"] = (_offers_share(reports), offers_missing)
    bilingual = [
        f"{offer.id}: description.{lang}"
        for offer in tab.offers
        for lang in ("pl", "en")
        if not is_present(getattr(offer.description, lang))
    ]
    expected = 2 * len(tab.offers)
    shares["ONLINE-06"] = (
        Fraction(expected - len(bilingual), expected) if expected else Fraction(0),
        tuple(bilingual),
    )
    suggestions = []
    for requirement in edition.applicable_to(tab.jst.kind):
        if requirement.id not in shares:
            continue
        share, missing = shares[requirement.id]
        kind = (
            EvidenceKind.WEBPAGE
            if EvidenceKind.WEBPAGE in requirement.evidence
            else requirement.evidence[0]
        )
        note = f"{float(share):.0%} of the expected fields present"
        if missing:
            note += "; missing: " + ", ".join(missing)
        evidence = Evidence(kind, tab.url or f"investor tab of {tab.jst.name}", as_of, note)
        finding = Finding(requirement.id, thresholds.result(share), (evidence,), "suggested")
        suggestions.append(SuggestedFinding(finding, share, missing))
    return tuple(suggestions)
