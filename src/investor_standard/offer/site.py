"""The investment offer: a typed site card, as published by a local government.

The fields are those seen on published site cards (the Silesian regional database
and municipal cards; see ``sources.SILESIAN_DATABASE``); which of them are mandatory is
not known, so completeness is judged separately against a profile
(:mod:`investor_standard.offer.completeness`). Building a card refuses only what is
impossible (each rule with its basis in :data:`CARD_RULES`):

* a largest single piece larger than the whole available area;
* two attachments with one order;
* a location outside the local government that publishes the card.

What holds only in some settings, such as PAIH's limit of 10 attachments or plots that
add up to the available area, is a check a profile applies
(:mod:`investor_standard.offer.checks`).

Quantities carry their unit in their type (:mod:`investor_standard.offer.units`).

>>> len(CARD_RULES), CARD_RULES[0][0]
(3, 'the largest single piece is no larger than the available area')
>>> OFFER_TYPES_PROVENANCE.is_derived, len(OFFER_TYPES_PROVENANCE.sources)
(False, 1)
"""

from __future__ import annotations

from typing import Any

import attrs

from investor_standard.foundation._enum import FastEnum
from investor_standard.foundation._schema_marks import mark_converter, schema_says
from investor_standard.foundation._validate import instance_of, non_blank, raising, sequence_of
from investor_standard.foundation.errors import InvalidOfferError
from investor_standard.foundation.provenance import Provenance, derived, stated
from investor_standard.foundation.sources import PAIH_DATABASE_INSTRUCTIONS, SILESIAN_DATABASE
from investor_standard.foundation.text import Text, shown
from investor_standard.jst.teryt import GMINA_PATTERN, JstKind, LocalGovernment, Teryt
from investor_standard.offer.units import (
    CubicMetresPerDay,
    Hectares,
    Kilometres,
    Kilovolts,
    LitresPerSecond,
    Megawatts,
    Metres,
    Millimetres,
    NormalCubicMetresPerHour,
    Percent,
    Zloty,
    ZlotyPerSquareMetre,
)

__all__ = [
    "CARD_RULES",
    "OFFER_TYPES_PROVENANCE",
    "Attachment",
    "Contact",
    "Descriptions",
    "Electricity",
    "Gas",
    "LandUse",
    "Location",
    "OfferType",
    "Ownership",
    "Plot",
    "PlotShape",
    "SiteOffer",
    "Telecom",
    "Terrain",
    "Transport",
    "Utilities",
    "Utility",
    "Zoning",
]

#: The rules a site card must meet to be built at all, each with its basis. Rules that
#: hold only in some settings (PAIH's attachment limit, plots adding up to the area) are
#: checks a profile applies instead (:mod:`investor_standard.offer.checks`).
CARD_RULES: tuple[tuple[str, Provenance], ...] = (
    (
        "the largest single piece is no larger than the available area",
        derived("ours: a piece of the site cannot be larger than the site"),
    ),
    (
        "no two attachments share an order",
        stated(PAIH_DATABASE_INSTRUCTIONS, note="each attachment has its place in an order"),
    ),
    (
        "the site lies inside the unit that publishes it",
        stated(
            PAIH_DATABASE_INSTRUCTIONS,
            note="a gmina user adds offers inside its own gmina, a regional user in its region",
        ),
    ),
)


#: Where the kinds of offer come from.
OFFER_TYPES_PROVENANCE: Provenance = stated(
    SILESIAN_DATABASE,
    note="the Silesian regional database, built on the same model, offers investment sites, "
    "office space, production halls and tourist property",
)


class OfferType(FastEnum):
    """Kinds of offer seen in the regional databases (see :data:`OFFER_TYPES_PROVENANCE`).

    >>> OfferType("production_hall")
    <OfferType.PRODUCTION_HALL: 'production_hall'>
    >>> [kind.value for kind in OfferType]
    ['investment_site', 'office_space', 'production_hall', 'tourist_property']
    """

    INVESTMENT_SITE = "investment_site"
    OFFICE_SPACE = "office_space"
    PRODUCTION_HALL = "production_hall"
    TOURIST_PROPERTY = "tourist_property"


class Ownership(FastEnum):
    """Who owns a plot, as site cards record it.

    >>> Ownership("state_treasury")
    <Ownership.STATE_TREASURY: 'state_treasury'>
    """

    GMINA = "gmina"
    STATE_TREASURY = "state_treasury"
    STATE_AGRICULTURAL_AGENCY = "state_agricultural_agency"
    PRIVATE = "private"
    OTHER = "other"


class PlotShape(FastEnum):
    """The shape of the site.

    >>> PlotShape.REGULAR.value
    'regular'
    """

    REGULAR = "regular"
    IRREGULAR = "irregular"


class LandUse(FastEnum):
    """Land uses a zoning plan or planning study can allow.

    >>> Zoning(plan=True, land_use=(LandUse.INDUSTRIAL, LandUse.WAREHOUSING)).land_use[0]
    <LandUse.INDUSTRIAL: 'industrial'>
    """

    INDUSTRIAL = "industrial"
    SERVICES = "services"
    WAREHOUSING = "warehousing"
    RESIDENTIAL = "residential"
    AGRICULTURAL = "agricultural"
    OTHER = "other"


def _optional(kind: type | tuple[type, ...]) -> Any:
    return instance_of(kind, InvalidOfferError, optional=True)


def _required(kind: type | tuple[type, ...]) -> Any:
    return instance_of(kind, InvalidOfferError)


_FAIL = raising(InvalidOfferError)
_NON_BLANK = non_blank(_FAIL)


@attrs.frozen
class Descriptions:
    """A description in Polish and English, either of which may still be missing."""

    pl: str | None = attrs.field(default=None, validator=_optional(str))
    en: str | None = attrs.field(default=None, validator=_optional(str))

    def as_text(self) -> Text | None:
        """The description as :class:`Text` when both languages are present.

        >>> Descriptions("opis", "description").as_text()
        Text(pl='opis', en='description')
        >>> Descriptions("opis").as_text() is None
        True
        """
        return Text(self.pl, self.en) if self.pl and self.en else None


@attrs.frozen
class Plot:
    """A cadastral plot of the site: its number, area and owner.

    >>> plot = Plot("1234/5", Hectares(3.2), Ownership.GMINA)
    >>> print(plot.area)
    3.2 ha
    >>> plot.owner.value
    'gmina'
    """

    number: str = attrs.field(validator=_NON_BLANK)
    area: Hectares = attrs.field(validator=_required(Hectares))
    owner: Ownership = attrs.field(validator=_required(Ownership))


def _to_plots(value: object) -> tuple[Plot, ...]:
    return sequence_of(value, Plot, "Location.plots", _FAIL)


@schema_says(properties={"gmina": {"pattern": GMINA_PATTERN}})
@attrs.frozen
class Location:
    """Where the site lies: the gmina's TERYT code, an address and the plots.

    >>> from investor_standard import LocalGovernment
    >>> gmina = LocalGovernment("0608072", "Lubartów")
    >>> plot = Plot("12/3", Hectares(4), Ownership.GMINA)
    >>> site = Location(gmina.teryt, "ul. Przemysłowa", (plot,))
    >>> str(site.gmina), len(site.plots)
    ('0608072', 1)
    """

    gmina: Teryt = attrs.field(validator=_required(Teryt))
    address: str | None = attrs.field(default=None, validator=_optional(str))
    plots: tuple[Plot, ...] = attrs.field(default=(), converter=_to_plots)

    def __attrs_post_init__(self) -> None:
        if self.gmina.gmina is None:
            raise InvalidOfferError(
                f"Location.gmina must be a gmina's seven-digit code, not {self.gmina}"
            )


def _to_land_uses(value: object) -> tuple[LandUse, ...]:
    return sequence_of(value, LandUse, "Zoning.land_use", _FAIL, distinct=True)


mark_converter(_to_land_uses, uniqueItems=True)


@attrs.frozen
class Zoning:
    """Whether a local zoning plan covers the site, and the land use it or the study allows.

    >>> zoning = Zoning(plan=False, study_land_use=(LandUse.SERVICES,))
    >>> zoning.plan, zoning.land_use, zoning.study_land_use
    (False, (), (<LandUse.SERVICES: 'services'>,))
    """

    plan: bool | None = attrs.field(default=None, validator=_optional(bool))
    land_use: tuple[LandUse, ...] = attrs.field(default=(), converter=_to_land_uses)
    study_land_use: tuple[LandUse, ...] = attrs.field(default=(), converter=_to_land_uses)


@attrs.frozen
class Terrain:
    """Facts about the land and its environment.

    >>> terrain = Terrain(land_class="RIVa", flood_risk=False, groundwater_depth=Metres(3))
    >>> print(terrain.groundwater_depth)
    3 m
    >>> terrain.pollution is None  # not known
    True
    """

    land_class: str | None = attrs.field(default=None, validator=_optional(str))
    excluded_from_farm_use: bool | None = attrs.field(default=None, validator=_optional(bool))
    deforested: bool | None = attrs.field(default=None, validator=_optional(bool))
    level_difference: Metres | None = attrs.field(default=None, validator=_optional(Metres))
    current_use: str | None = attrs.field(default=None, validator=_optional(str))
    pollution: bool | None = attrs.field(default=None, validator=_optional(bool))
    groundwater_depth: Metres | None = attrs.field(default=None, validator=_optional(Metres))
    geological_survey: bool | None = attrs.field(default=None, validator=_optional(bool))
    flood_risk: bool | None = attrs.field(default=None, validator=_optional(bool))


@attrs.frozen
class Electricity:
    """The electricity connection: voltage, available power, distance to the boundary.

    >>> power = Electricity(Kilovolts(15), Megawatts(2), Metres(100))
    >>> print(power.voltage, power.power, power.distance)
    15 kV 2 MW 100 m
    """

    voltage: Kilovolts | None = attrs.field(default=None, validator=_optional(Kilovolts))
    power: Megawatts | None = attrs.field(default=None, validator=_optional(Megawatts))
    distance: Metres | None = attrs.field(default=None, validator=_optional(Metres))


@attrs.frozen
class Gas:
    """The gas connection: pipe diameter, flow, distance to the boundary.

    >>> gas = Gas(pipe_diameter=Millimetres(110), distance=Metres(400))
    >>> print(gas.pipe_diameter)
    110 mm
    >>> gas.flow is None  # not known
    True
    """

    pipe_diameter: Millimetres | None = attrs.field(default=None, validator=_optional(Millimetres))
    flow: NormalCubicMetresPerHour | None = attrs.field(
        default=None, validator=_optional(NormalCubicMetresPerHour)
    )
    distance: Metres | None = attrs.field(default=None, validator=_optional(Metres))


@attrs.frozen
class Utility:
    """A connection (water, sewage) with its capacity and its distance to the boundary.

    Site cards give a capacity either per day (m³/day) or as a flow (l/s): both are
    kept as given, in ``capacity`` and ``flow``, and either answers a profile that
    asks for the capacity.

    >>> water = Utility(capacity=CubicMetresPerDay(120), distance=Metres(50))
    >>> print(water.capacity)
    120 m³/day
    """

    capacity: CubicMetresPerDay | None = attrs.field(
        default=None, validator=_optional(CubicMetresPerDay)
    )
    distance: Metres | None = attrs.field(default=None, validator=_optional(Metres))
    flow: LitresPerSecond | None = attrs.field(default=None, validator=_optional(LitresPerSecond))


@attrs.frozen
class Telecom:
    """The telecommunications connection: its distance to the site boundary.

    >>> print(Telecom(Metres(20)).distance)
    20 m
    """

    distance: Metres | None = attrs.field(default=None, validator=_optional(Metres))


@attrs.frozen
class Utilities:
    """The site's utilities, each with its capacity and its distance to the boundary.

    >>> utilities = Utilities(telecom=Telecom(Metres(20)))
    >>> utilities.water == Utility()  # nothing known of the water supply
    True
    """

    electricity: Electricity = attrs.field(factory=Electricity, validator=_required(Electricity))
    gas: Gas = attrs.field(factory=Gas, validator=_required(Gas))
    water: Utility = attrs.field(factory=Utility, validator=_required(Utility))
    sewage: Utility = attrs.field(factory=Utility, validator=_required(Utility))
    storm_drainage: Utility = attrs.field(factory=Utility, validator=_required(Utility))
    telecom: Telecom = attrs.field(factory=Telecom, validator=_required(Telecom))


@attrs.frozen
class Transport:
    """Access road and distances to transport links and the nearest large city.

    >>> road = Transport(access_road=True, motorway_or_national_road=Kilometres(4))
    >>> print(road.motorway_or_national_road)
    4 km
    """

    access_road: bool | None = attrs.field(default=None, validator=_optional(bool))
    motorway_or_national_road: Kilometres | None = attrs.field(
        default=None, validator=_optional(Kilometres)
    )
    railway_line: Kilometres | None = attrs.field(default=None, validator=_optional(Kilometres))
    railway_siding: bool | None = attrs.field(default=None, validator=_optional(bool))
    airport: Kilometres | None = attrs.field(default=None, validator=_optional(Kilometres))
    port: Kilometres | None = attrs.field(default=None, validator=_optional(Kilometres))
    large_city: Kilometres | None = attrs.field(default=None, validator=_optional(Kilometres))


@attrs.frozen
class Contact:
    """The person who answers questions about the offer.

    >>> Contact("Anna Nowak", email="inwestor@example.pl").phone is None
    True
    """

    name: str = attrs.field(validator=_NON_BLANK)
    phone: str | None = attrs.field(default=None, validator=_optional(str))
    email: str | None = attrs.field(default=None, validator=_optional(str))


@schema_says(minimum=1)
def _positive_order(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidOfferError(f"Attachment.order must be a positive integer, not {shown(value)}")


@attrs.frozen
class Attachment:
    """A file attached to the offer: where it is, its description, order and visibility.

    >>> Attachment("https://example.pl/mapa.pdf", "Site map", 1).public
    True
    >>> Attachment("mapa.pdf", "Site map", 0)  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidOfferError: Attachment.order must be a positive
    integer, not 0
    """

    reference: str = attrs.field(validator=_NON_BLANK)
    description: str = attrs.field(validator=_NON_BLANK)
    order: int = attrs.field(validator=_positive_order)
    public: bool = attrs.field(default=True, validator=_required(bool))


def _to_attachments(value: object) -> tuple[Attachment, ...]:
    return sequence_of(value, Attachment, "SiteOffer.attachments", _FAIL)


@attrs.frozen
class SiteOffer:
    """An investment offer: one site card, published by one local government.

    Every field but the id, type, publisher and location may be left out (None or
    empty); how complete a card is, is measured by
    :func:`investor_standard.offer.completeness.completeness_report`.

    >>> from investor_standard import LocalGovernment
    >>> gmina = LocalGovernment("0608072", "Lubartów")
    >>> offer = SiteOffer("LUB-7", OfferType.INVESTMENT_SITE, gmina, Location(gmina.teryt))
    >>> offer.utilities == Utilities(), offer.price is None
    (True, True)
    >>> import attrs
    >>> priced = attrs.evolve(offer, available_area=Hectares(4), price=Zloty(1_000_000))
    >>> print(priced.price)
    1000000 PLN
    """

    id: str = attrs.field(validator=_NON_BLANK)
    offer_type: OfferType = attrs.field(validator=_required(OfferType))
    publisher: LocalGovernment = attrs.field(validator=_required(LocalGovernment))
    location: Location = attrs.field(validator=_required(Location))
    available_area: Hectares | None = attrs.field(default=None, validator=_optional(Hectares))
    largest_piece: Hectares | None = attrs.field(default=None, validator=_optional(Hectares))
    plot_shape: PlotShape | None = attrs.field(default=None, validator=_optional(PlotShape))
    room_to_extend: bool | None = attrs.field(default=None, validator=_optional(bool))
    price: Zloty | None = attrs.field(default=None, validator=_optional(Zloty))
    zoning: Zoning = attrs.field(factory=Zoning, validator=_required(Zoning))
    terrain: Terrain = attrs.field(factory=Terrain, validator=_required(Terrain))
    utilities: Utilities = attrs.field(factory=Utilities, validator=_required(Utilities))
    transport: Transport = attrs.field(factory=Transport, validator=_required(Transport))
    special_economic_zone: bool | None = attrs.field(default=None, validator=_optional(bool))
    unemployment: Percent | None = attrs.field(default=None, validator=_optional(Percent))
    property_tax: ZlotyPerSquareMetre | None = attrs.field(
        default=None, validator=_optional(ZlotyPerSquareMetre)
    )
    tax_exemptions: bool | None = attrs.field(default=None, validator=_optional(bool))
    contact: Contact | None = attrs.field(default=None, validator=_optional(Contact))
    attachments: tuple[Attachment, ...] = attrs.field(default=(), converter=_to_attachments)
    description: Descriptions = attrs.field(factory=Descriptions, validator=_required(Descriptions))

    def __attrs_post_init__(self) -> None:
        area, piece = self.available_area, self.largest_piece
        if area is not None and piece is not None and piece > area:
            raise InvalidOfferError(
                f"SiteOffer.largest_piece: {piece} is larger than the available area {area}"
            )
        orders = [attachment.order for attachment in self.attachments]
        if len(set(orders)) != len(orders):
            raise InvalidOfferError("SiteOffer.attachments: two attachments share an order")
        if not _publishes_for(self.publisher.teryt, self.location.gmina):
            raise InvalidOfferError(
                f"SiteOffer.location.gmina: {self.location.gmina} lies outside "
                f"{self.publisher.name} ({self.publisher.teryt}), which publishes the offer"
            )


def _publishes_for(publisher: Teryt, gmina: Teryt) -> bool:
    """True when ``gmina`` lies in the publisher's territory.

    A city with county rights is coded both as a county (``0663``) and as a gmina
    (``0663011``); either code covers the city.
    """
    if publisher.kind is JstKind.CITY_WITH_COUNTY_RIGHTS:
        return gmina.code.startswith(publisher.code[:4])
    return publisher.contains(gmina)
