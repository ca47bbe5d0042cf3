"""The investor tab: what a local government publishes for investors on its website.

It holds the site offers and the wider business conditions that the MSWiA counts
as part of the investment offer (technical and social infrastructure, the labour
market, local taxes and fees, exemptions, local firms to work with), a contact to
the person who serves investors, and the languages the tab is published in.
"""

from __future__ import annotations

import attrs

from investor_standard.foundation._schema_marks import mark_converter
from investor_standard.foundation._validate import instance_of, raising, sequence_of, web_address
from investor_standard.foundation.errors import InvalidOfferError
from investor_standard.foundation.text import Lang
from investor_standard.jst.teryt import LocalGovernment
from investor_standard.offer.site import Contact, Descriptions, SiteOffer

__all__ = ["InvestorTab"]


_FAIL = raising(InvalidOfferError)


def _to_offers(value: object) -> tuple[SiteOffer, ...]:
    return sequence_of(value, SiteOffer, "InvestorTab.offers", _FAIL)


def _to_languages(value: object) -> tuple[Lang, ...]:
    return sequence_of(value, Lang, "InvestorTab.languages", _FAIL, distinct=True)


mark_converter(_to_languages, uniqueItems=True)


_DESCRIPTIONS = instance_of(Descriptions, InvalidOfferError)


@attrs.frozen
class InvestorTab:
    """A local government's investor tab. Every offer must be published by that government.

    >>> from investor_standard import LocalGovernment
    >>> from investor_standard.offer import InvestorTab
    >>> gmina = LocalGovernment("0608072", "Lubartów")
    >>> tab = InvestorTab(gmina, url="https://lubartow.pl/inwestor")
    >>> tab.offers, tab.languages
    ((), (<Lang.PL: 'pl'>,))
    >>> InvestorTab(gmina, url="lubartow.pl")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidOfferError: InvestorTab.url: must be an http(s)
    address, not 'lubartow.pl'
    """

    jst: LocalGovernment = attrs.field(validator=instance_of(LocalGovernment, InvalidOfferError))
    url: str | None = attrs.field(default=None, validator=web_address(_FAIL))
    offers: tuple[SiteOffer, ...] = attrs.field(default=(), converter=_to_offers)
    infrastructure: Descriptions = attrs.field(factory=Descriptions, validator=_DESCRIPTIONS)
    labour_market: Descriptions = attrs.field(factory=Descriptions, validator=_DESCRIPTIONS)
    local_taxes: Descriptions = attrs.field(factory=Descriptions, validator=_DESCRIPTIONS)
    exemptions: Descriptions = attrs.field(factory=Descriptions, validator=_DESCRIPTIONS)
    cooperating_firms: Descriptions = attrs.field(factory=Descriptions, validator=_DESCRIPTIONS)
    contact: Contact | None = attrs.field(
        default=None, validator=instance_of(Contact, InvalidOfferError, optional=True)
    )
    languages: tuple[Lang, ...] = attrs.field(default=(Lang.PL,), converter=_to_languages)

    def __attrs_post_init__(self) -> None:
        for index, offer in enumerate(self.offers):
            if offer.publisher != self.jst:
                raise InvalidOfferError(
                    f"InvestorTab.offers[{index}]: offer {offer.id} is published by "
                    f"{offer.publisher.name} ({offer.publisher.teryt}), not {self.jst.name}"
                )
