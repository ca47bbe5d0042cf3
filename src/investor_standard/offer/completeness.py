"""Completeness of an offer or an investor tab, measured against a profile that is data.

A :class:`CompletenessProfile` lists the fields a reader expects, each by its
dotted path (``utilities.electricity.power``; ``a|b`` when either will do). A
field is *present* when it is not None, not an empty sequence and not a blank
string; ``False`` is an answer, so it counts as present. Descriptions are checked
per language (``description.pl``, ``description.en``), so a report says in which
language a description is missing.

No source lists PAIH's mandatory fields, so the default profiles
(:data:`DEFAULT_SITE_PROFILE`, :data:`DEFAULT_TAB_PROFILE`) are ours, built from
the fields the sources show, and marked derived; define your own for other rules.

>>> from investor_standard.offer.site import SiteOffer, OfferType, Location
>>> from investor_standard import LocalGovernment, Teryt
>>> gmina = LocalGovernment("0608072", "Lubartów")
>>> bare = SiteOffer("S-1", OfferType.INVESTMENT_SITE, gmina, Location(Teryt("0608072")))
>>> report = completeness_report(bare)
>>> report.complete, len(report.present), len(report.missing)
(False, 0, 30)

>>> DEFAULT_SITE_PROFILE.target, len(DEFAULT_SITE_PROFILE.fields)
('SiteOffer', 30)
>>> DEFAULT_TAB_PROFILE.target, PAIH_EXPORT_PROFILE.checks
('InvestorTab', (<CardCheck.PAIH_ATTACHMENT_LIMIT: 'paih_attachment_limit'>,))
"""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction
from typing import Any

import attrs

from investor_standard.foundation._validate import instance_of, raising, sequence_of
from investor_standard.foundation.errors import InvalidOfferError
from investor_standard.foundation.provenance import Provenance, derived
from investor_standard.foundation.sources import PAIH_DATABASE_INSTRUCTIONS, SILESIAN_DATABASE
from investor_standard.foundation.text import Lang, Text, parse_lang
from investor_standard.offer.checks import CardCheck

__all__ = [
    "DEFAULT_SITE_PROFILE",
    "DEFAULT_TAB_PROFILE",
    "PAIH_EXPORT_PROFILE",
    "CompletenessProfile",
    "CompletenessReport",
    "FieldRule",
    "completeness_report",
    "completeness_text",
    "is_present",
    "value_at",
]


@attrs.frozen
class FieldRule:
    """One expected field: its dotted path (``a|b`` for alternatives) and its label.

    >>> rule = DEFAULT_SITE_PROFILE.fields[0]
    >>> rule.path, rule.label.pl
    ('location.address', 'adres')
    """

    path: str = attrs.field(validator=instance_of(str, InvalidOfferError))
    label: Text = attrs.field(validator=instance_of(Text, InvalidOfferError))


def _to_rules(value: object) -> tuple[FieldRule, ...]:
    value = sequence_of(value, FieldRule, "CompletenessProfile.fields", raising(InvalidOfferError))
    paths = [rule.path for rule in value]
    if len(set(paths)) != len(paths):
        raise InvalidOfferError("CompletenessProfile.fields: a path is listed twice")
    return tuple(value)


def _to_checks(value: object) -> tuple[CardCheck, ...]:
    return sequence_of(
        value, CardCheck, "CompletenessProfile.checks", raising(InvalidOfferError), distinct=True
    )


@attrs.frozen
class CompletenessProfile:
    """The fields expected of one kind of value (``target``: the class's name), and the
    consistency checks (:class:`~investor_standard.offer.checks.CardCheck`) a site card
    must pass in this profile's setting.

    >>> mine = CompletenessProfile(
    ...     "MINE",
    ...     "SiteOffer",
    ...     (FieldRule("price", Text("cena", "price")),),
    ...     derived("our county's own minimum"),
    ... )
    >>> from investor_standard import LocalGovernment
    >>> from investor_standard.offer import Location, OfferType, SiteOffer
    >>> gmina = LocalGovernment("0608072", "Lubartów")
    >>> card = SiteOffer("LUB-1", OfferType.INVESTMENT_SITE, gmina, Location(gmina.teryt))
    >>> completeness_report(card, mine).missing
    ('price',)
    """

    id: str = attrs.field(validator=instance_of(str, InvalidOfferError))
    target: str = attrs.field(validator=instance_of(str, InvalidOfferError))
    fields: tuple[FieldRule, ...] = attrs.field(converter=_to_rules)
    provenance: Provenance = attrs.field(validator=instance_of(Provenance, InvalidOfferError))
    checks: tuple[CardCheck, ...] = attrs.field(default=(), converter=_to_checks)


@attrs.frozen
class CompletenessReport:
    """Which fields of a profile are present and which are missing, in profile order, and
    what the profile's checks found wrong (``failed``, one line each, in Polish and English).

    >>> report = CompletenessReport("SITE-DEFAULT", "LUB-1", ("price",), ("contact",))
    >>> report.share, report.complete
    (Fraction(1, 2), False)
    """

    profile: str
    subject: str
    present: tuple[str, ...]
    missing: tuple[str, ...]
    failed: tuple[Text, ...] = ()

    @property
    def share(self) -> Fraction:
        """Present fields over expected fields (1 when the profile expects nothing)."""
        total = len(self.present) + len(self.missing)
        return Fraction(len(self.present), total) if total else Fraction(1)

    @property
    def complete(self) -> bool:
        """True when nothing the profile expects is missing and every check passed."""
        return not self.missing and not self.failed

    @property
    def missing_languages(self) -> tuple[tuple[str, Lang], ...]:
        """(field, language) for each description missing in a language."""
        found = []
        for path in self.missing:
            head, _, last = path.rpartition(".")
            if last in {lang.value for lang in Lang}:
                found.append((head, Lang(last)))
        return tuple(found)


def value_at(value: object, path: str) -> Any:
    """The attribute of ``value`` at a dotted ``path`` (a library error names a bad path).

    >>> from investor_standard import LocalGovernment
    >>> from investor_standard.offer import InvestorTab
    >>> gmina = LocalGovernment("0608072", "Lubartów")
    >>> tab = InvestorTab(gmina, url="https://lubartow.pl/inwestor")
    >>> value_at(tab, "url"), value_at(tab, "jst.teryt.code")
    ('https://lubartow.pl/inwestor', '0608072')
    """
    current: Any = value
    for part in path.split("."):
        if not attrs.has(type(current)) or part not in attrs.fields_dict(type(current)):
            raise InvalidOfferError(
                f"profile path {path!r}: {type(current).__name__} has no field {part!r}"
            )
        current = getattr(current, part)
    return current


def is_present(item: object) -> bool:
    """True for an answered field: not None, not empty, not a blank string.

    >>> is_present(None), is_present("  "), is_present(()), is_present(0)
    (False, False, False, True)
    """
    if item is None:
        return False
    if isinstance(item, str):
        return bool(item.strip())
    if isinstance(item, tuple):
        return bool(item)
    return True


def _field_present(value: object, path: str) -> bool:
    return any(is_present(value_at(value, option)) for option in path.split("|"))


def completeness_report(
    value: Any, profile: CompletenessProfile | None = None
) -> CompletenessReport:
    """Measure ``value`` (a site offer or an investor tab) against ``profile``.

    Without a profile, the default one for the value's class is used. A profile
    meant for another class, or naming a field the class lacks, is an error.

    >>> from investor_standard import LocalGovernment
    >>> from investor_standard.offer import InvestorTab
    >>> tab = InvestorTab(LocalGovernment("0608072", "Lubartów"), url="https://lubartow.pl/inwestor")
    >>> report = completeness_report(tab)
    >>> report.profile, report.present[:1], len(report.missing)
    ('TAB-DEFAULT', ('url',), 12)
    >>> f"{float(report.share):.0%}", report.complete
    ('8%', False)
    """
    chosen = profile if profile is not None else _default_for(value)
    if type(value).__name__ != chosen.target:
        raise InvalidOfferError(
            f"profile {chosen.id} is for {chosen.target}, not {type(value).__name__}"
        )
    present: list[str] = []
    missing: list[str] = []
    for rule in chosen.fields:
        (present if _field_present(value, rule.path) else missing).append(rule.path)
    subject = getattr(value, "id", None) or str(getattr(value, "jst", ""))
    failures = (check.failure(value) for check in chosen.checks)
    failed = tuple(failure for failure in failures if failure is not None)
    return CompletenessReport(chosen.id, subject, tuple(present), tuple(missing), failed)


def _default_for(value: object) -> CompletenessProfile:
    for profile in (DEFAULT_SITE_PROFILE, DEFAULT_TAB_PROFILE):
        if type(value).__name__ == profile.target:
            return profile
    raise InvalidOfferError(f"no completeness profile for {type(value).__name__}")


def _rules(pairs: Iterable[tuple[str, str, str]]) -> tuple[FieldRule, ...]:
    return tuple(FieldRule(path, Text(pl, en)) for path, pl, en in pairs)


_SITE_FIELDS = (
    ("location.address", "adres", "address"),
    ("location.plots", "działki i własność", "plots and ownership"),
    ("available_area", "powierzchnia dostępna", "available area"),
    ("largest_piece", "największa zwarta część", "largest single piece"),
    ("plot_shape", "kształt działki", "plot shape"),
    ("room_to_extend", "możliwość powiększenia", "room to extend"),
    ("price", "cena", "price"),
    ("zoning.plan", "miejscowy plan zagospodarowania", "local zoning plan"),
    ("zoning.land_use|zoning.study_land_use", "przeznaczenie terenu", "land use"),
    ("terrain.land_class", "klasa gruntu", "land class"),
    ("terrain.level_difference", "różnica poziomów", "level difference"),
    ("terrain.groundwater_depth", "poziom wód gruntowych", "groundwater depth"),
    ("terrain.flood_risk", "zagrożenie powodziowe", "flood risk"),
    ("utilities.electricity.power", "moc elektryczna", "electric power"),
    ("utilities.electricity.distance", "odległość przyłącza energii", "electricity distance"),
    ("utilities.gas.distance", "odległość przyłącza gazu", "gas distance"),
    ("utilities.water.distance", "odległość przyłącza wody", "water distance"),
    ("utilities.sewage.distance", "odległość kanalizacji", "sewage distance"),
    ("utilities.telecom.distance", "odległość telekomunikacji", "telecom distance"),
    ("transport.access_road", "droga dojazdowa", "access road"),
    (
        "transport.motorway_or_national_road",
        "odległość do autostrady lub drogi krajowej",
        "distance to a motorway or national road",
    ),
    ("transport.railway_line", "odległość do linii kolejowej", "distance to a railway"),
    ("transport.airport", "odległość do lotniska", "distance to an airport"),
    ("special_economic_zone", "specjalna strefa ekonomiczna", "special economic zone"),
    ("unemployment", "bezrobocie", "unemployment"),
    ("property_tax", "podatek od nieruchomości", "property tax"),
    ("contact", "osoba do kontaktu", "contact person"),
    ("attachments", "załączniki", "attachments"),
    ("description.pl", "opis po polsku", "description in Polish"),
    ("description.en", "opis po angielsku", "description in English"),
)

#: The default profile for site cards (derived: no source lists mandatory fields).
DEFAULT_SITE_PROFILE = CompletenessProfile(
    "SITE-DEFAULT",
    "SiteOffer",
    _rules(_SITE_FIELDS),
    derived(
        "ours: the fields seen on published site cards; no source lists PAIH's mandatory "
        "fields, so every field here is expected and none is mandatory by law; no source "
        "requires an English version, so expecting a description in English is ours too",
        SILESIAN_DATABASE,
        PAIH_DATABASE_INSTRUCTIONS,
    ),
)

#: The profile of a site card about to be exported to PAIH's investment-site database: the
#: default fields, and PAIH's limit on attachments.
PAIH_EXPORT_PROFILE = CompletenessProfile(
    "SITE-PAIH-EXPORT",
    "SiteOffer",
    _rules(_SITE_FIELDS),
    derived(
        "ours: the default fields, and the database's own limit of 10 attachments (stated "
        "in PAIH's instructions)",
        PAIH_DATABASE_INSTRUCTIONS,
    ),
    checks=(CardCheck.PAIH_ATTACHMENT_LIMIT,),
)

_TAB_FIELDS = (
    ("url", "adres zakładki", "address of the tab"),
    ("offers", "oferty terenów", "site offers"),
    ("infrastructure.pl", "infrastruktura po polsku", "infrastructure in Polish"),
    ("infrastructure.en", "infrastruktura po angielsku", "infrastructure in English"),
    ("labour_market.pl", "rynek pracy po polsku", "labour market in Polish"),
    ("labour_market.en", "rynek pracy po angielsku", "labour market in English"),
    ("local_taxes.pl", "podatki lokalne po polsku", "local taxes in Polish"),
    ("local_taxes.en", "podatki lokalne po angielsku", "local taxes in English"),
    ("exemptions.pl", "zwolnienia po polsku", "exemptions in Polish"),
    ("exemptions.en", "zwolnienia po angielsku", "exemptions in English"),
    ("cooperating_firms.pl", "firmy do współpracy po polsku", "cooperating firms in Polish"),
    ("cooperating_firms.en", "firmy do współpracy po angielsku", "cooperating firms in English"),
    ("contact", "osoba obsługująca inwestorów", "investor-service contact"),
)

#: The default profile for investor tabs (derived from the MSWiA description of the offer).
DEFAULT_TAB_PROFILE = CompletenessProfile(
    "TAB-DEFAULT",
    "InvestorTab",
    _rules(_TAB_FIELDS),
    derived(
        "ours: the business conditions the MSWiA lists as part of the investment offer, in "
        "Polish and English, plus the offers and a contact"
    ),
)


def completeness_text(
    report: CompletenessReport, profile: CompletenessProfile, lang: Lang | str = Lang.EN
) -> str:
    """A completeness report for people: the share present and each missing field's label.

    >>> from investor_standard import LocalGovernment
    >>> from investor_standard.offer import InvestorTab
    >>> gmina = LocalGovernment("0608072", "Lubartów")
    >>> report = completeness_report(InvestorTab(gmina))
    >>> print(completeness_text(report, DEFAULT_TAB_PROFILE).splitlines()[0])
    Lubartów (rural gmina, TERYT 0608072): 0% complete (0 of 13 fields)
    """
    chosen = parse_lang(lang)
    labels = {rule.path: rule.label.in_(chosen) for rule in profile.fields}
    total = len(report.present) + len(report.missing)
    if chosen is Lang.PL:
        head = f"{report.subject}: kompletność {float(report.share):.0%}"
        counts = f"({len(report.present)} z {total} pól)"
        missing_head = "Brakuje:"
        failed_head = "Niespełnione sprawdzenia:"
    else:
        head = f"{report.subject}: {float(report.share):.0%} complete"
        counts = f"({len(report.present)} of {total} fields)"
        missing_head = "Missing:"
        failed_head = "Failed checks:"
    lines = [f"{head} {counts}"]
    if report.missing:
        lines.append(missing_head)
        lines.extend(f"  {path}: {labels[path]}" for path in report.missing)
    if report.failed:
        lines.append(failed_head)
        lines.extend(f"  {failure.in_(chosen)}" for failure in report.failed)
    return "\n".join(lines)
