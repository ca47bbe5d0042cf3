"""Checks of a site card's consistency that hold only in some settings, each with its basis.

A site card is built as long as its fields make sense on their own. Two rules that
once refused a card hold only in some settings, so they are checks that a
:class:`~investor_standard.offer.completeness.CompletenessProfile` applies when its
setting calls for them:

* ``CardCheck.PAIH_ATTACHMENT_LIMIT``: at most :data:`MAX_ATTACHMENTS` attachments.
  It is a limit of PAIH's investment-site database (stated), not a rule for the
  gmina's own website, so the PAIH export profile applies it and the default does not.
* ``CardCheck.PLOTS_ADD_UP``: the plots listed add up to the available area. A
  site may be offered as part of a plot, so no default profile applies it (derived).

>>> MAX_ATTACHMENTS, PLOT_TOLERANCE
(10, Hectares(value=0.0001))
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from investor_standard.foundation._enum import FastEnum
from investor_standard.foundation.nouns import Noun
from investor_standard.foundation.provenance import Provenance, derived, stated
from investor_standard.foundation.sources import PAIH_DATABASE_INSTRUCTIONS
from investor_standard.foundation.text import Lang, Text
from investor_standard.offer.site import SiteOffer
from investor_standard.offer.units import Hectares

__all__ = ["MAX_ATTACHMENTS", "PLOT_TOLERANCE", "CardCheck"]

#: At most this many attachments per offer in PAIH's database (see :class:`CardCheck`).
MAX_ATTACHMENTS = 10
#: Plot areas add up to the available area to within this many hectares (1 m²).
PLOT_TOLERANCE = Hectares(0.0001)


class CardCheck(FastEnum):
    """A consistency check a profile may apply to a site card.

    >>> from investor_standard import LocalGovernment
    >>> from investor_standard.offer import Attachment, Location, OfferType, SiteOffer
    >>> gmina = LocalGovernment("0608072", "Lubartów")
    >>> files = tuple(Attachment(f"plan-{n}.pdf", "plan", n) for n in range(1, 12))
    >>> card = SiteOffer(
    ...     "LUB-1", OfferType.INVESTMENT_SITE, gmina, Location(gmina.teryt), attachments=files
    ... )
    >>> failure = CardCheck.PAIH_ATTACHMENT_LIMIT.failure(card)
    >>> failure.en
    '11 attachments; the PAIH database takes at most 10'
    >>> failure.pl
    '11 załączników; baza PAIH przyjmuje najwyżej 10'
    >>> CardCheck.PLOTS_ADD_UP.failure(card) is None  # no plots given: nothing to add up
    True
    """

    PAIH_ATTACHMENT_LIMIT = "paih_attachment_limit"
    PLOTS_ADD_UP = "plots_add_up"

    @property
    def summary(self) -> str:
        """What the check asks, in a few words."""
        if self is CardCheck.PAIH_ATTACHMENT_LIMIT:
            return f"at most {MAX_ATTACHMENTS} attachments (PAIH's database)"
        return "the plots listed add up to the available area (to within 1 m²)"

    @property
    def provenance(self) -> Provenance:
        """Where the rule comes from."""
        return _PROVENANCE[self]

    def failure(self, card: SiteOffer) -> Text | None:
        """What is wrong with ``card`` under this check, in Polish and English, or None when
        it passes."""
        if self is CardCheck.PAIH_ATTACHMENT_LIMIT:
            count = len(card.attachments)
            if count > MAX_ATTACHMENTS:
                return Text(
                    f"{_ATTACHMENTS.count(count, Lang.PL)}; baza PAIH przyjmuje najwyżej "
                    f"{MAX_ATTACHMENTS}",
                    f"{_ATTACHMENTS.count(count, Lang.EN)}; the PAIH database takes at most "
                    f"{MAX_ATTACHMENTS}",
                )
            return None
        area, plots = card.available_area, card.location.plots
        if area is None or not plots:
            return None
        total = Hectares(sum((plot.area.value for plot in plots), 0.0))
        if abs(total.value - area.value) > PLOT_TOLERANCE.value:
            return Text(
                f"działki sumują się do {total}, a nie do dostępnej powierzchni {area}",
                f"the plots add up to {total}, not the available area {area}",
            )
        return None


_ATTACHMENTS = Noun(("załącznik", "załączniki", "załączników"), ("attachment", "attachments"))


_PROVENANCE: Mapping[CardCheck, Provenance] = MappingProxyType(
    {
        CardCheck.PAIH_ATTACHMENT_LIMIT: stated(
            PAIH_DATABASE_INSTRUCTIONS,
            note="an offer in PAIH's database has at most 10 attachments, about 1.5 MB each",
        ),
        CardCheck.PLOTS_ADD_UP: derived(
            "ours: a card that lists whole plots offers their whole area; a site offered as "
            "part of a plot is real, so the check is for cards that list exactly the site"
        ),
    }
)
