"""The words a user reads, pinned: a decision explained (not certified, in both languages;
certified) and a site card's completeness, for the shipped examples. A change to any
of them shows here first, to be made on purpose."""

from __future__ import annotations

from pathlib import Path

import pytest

from investor_standard import decide, load_audit
from investor_standard.documents.codec import load_offer
from investor_standard.offer.completeness import (
    DEFAULT_SITE_PROFILE,
    completeness_report,
    completeness_text,
)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

FICTIONAL_EN = (
    "Gmina Przykładowa (fictional) (rural gmina, TERYT 0608992), edition LUBELSKIE-2019, audited on 2023-03-10: not certified.\n"
    "Overall score: 44%.\n"
    "mandatory: 3 of 7 fulfilled, 7 needed.\n"
    "recommended: 0 of 4 fulfilled, 2 needed.\n"
    "Shortfalls:\n"
    "  PROC-01 Investor cooperation procedures adopted by the office [mandatory]: result: partially met (blocks certification)\n"
    "  PROC-02 A named investor caretaker [recommended]: result: not met\n"
    "  NET-01 Cooperation with business support and the employment office [mandatory]: result: not met (blocks certification)\n"
    "  ONLINE-02 Published offer of investment sites [mandatory]: result: partially met (blocks certification)\n"
    "  ONLINE-03 Description of business conditions [mandatory]: result: not met (blocks certification)\n"
    "  ONLINE-04 Offers in the PAIH investment-site database [recommended]: result: not met\n"
    "  ONLINE-05 Promotional material in Polish and English [recommended]: result: not met\n"
    "  ONLINE-06 Bilingual offer cards [recommended]: result: not met\n"
    "recommended: 2 more of these 4 are needed: PROC-02, ONLINE-04, ONLINE-05, ONLINE-06\n"
    "Notes:\n"
    "  PROC-03: the auditor judged this recommended requirement not applicable here; it is left out of the count"
)

FICTIONAL_PL = (
    "Gmina Przykładowa (fictional) (gmina wiejska, TERYT 0608992), edycja LUBELSKIE-2019, audyt z 2023-03-10: certyfikat nieprzyznany.\n"
    "Wynik ogólny: 44%.\n"
    "obowiązkowy: spełnione 3 z 7, wymagane 7.\n"
    "zalecany: spełnione 0 z 4, wymagane 2.\n"
    "Braki:\n"
    "  PROC-01 Procedury współpracy z inwestorem przyjęte w urzędzie [obowiązkowy]: wynik: spełnione częściowo (blokuje certyfikację)\n"
    "  PROC-02 Wyznaczony opiekun inwestora [zalecany]: wynik: niespełnione\n"
    "  NET-01 Współpraca z otoczeniem biznesu i urzędem pracy [obowiązkowy]: wynik: niespełnione (blokuje certyfikację)\n"
    "  ONLINE-02 Opublikowana oferta terenów inwestycyjnych [obowiązkowy]: wynik: spełnione częściowo (blokuje certyfikację)\n"
    "  ONLINE-03 Opis warunków prowadzenia działalności [obowiązkowy]: wynik: niespełnione (blokuje certyfikację)\n"
    "  ONLINE-04 Oferty w bazie terenów inwestycyjnych PAIH [zalecany]: wynik: niespełnione\n"
    "  ONLINE-05 Materiały promocyjne po polsku i angielsku [zalecany]: wynik: niespełnione\n"
    "  ONLINE-06 Dwujęzyczne karty ofert [zalecany]: wynik: niespełnione\n"
    "zalecany: potrzeba jeszcze 2 z tych 4: PROC-02, ONLINE-04, ONLINE-05, ONLINE-06\n"
    "Uwagi:\n"
    "  PROC-03: audytor uznał zalecane wymaganie za niedotyczące tej JST; pominięto je w ocenie"
)

LUBARTOW_EN = (
    "Lubartów (urban gmina, TERYT 0608011), edition LUBELSKIE-2019, audited on 2023-03-08: certified.\n"
    "Overall score: 92%.\n"
    "mandatory: 7 of 7 fulfilled, 7 needed.\n"
    "recommended: 3 of 5 fulfilled, 3 needed.\n"
    "Shortfalls:\n"
    "  PROC-03 Reply deadline for investor enquiries [recommended]: result: partially met\n"
    "  ONLINE-06 Bilingual offer cards [recommended]: result: not met"
)

CARD_EN = (
    "PRZ-2023-02: 23% complete (7 of 30 fields)\n"
    "Missing:\n"
    "  location.plots: plots and ownership\n"
    "  largest_piece: largest single piece\n"
    "  plot_shape: plot shape\n"
    "  room_to_extend: room to extend\n"
    "  price: price\n"
    "  terrain.land_class: land class\n"
    "  terrain.level_difference: level difference\n"
    "  terrain.groundwater_depth: groundwater depth\n"
    "  terrain.flood_risk: flood risk\n"
    "  utilities.electricity.power: electric power\n"
    "  utilities.gas.distance: gas distance\n"
    "  utilities.water.distance: water distance\n"
    "  utilities.sewage.distance: sewage distance\n"
    "  utilities.telecom.distance: telecom distance\n"
    "  transport.motorway_or_national_road: distance to a motorway or national road\n"
    "  transport.railway_line: distance to a railway\n"
    "  transport.airport: distance to an airport\n"
    "  special_economic_zone: special economic zone\n"
    "  unemployment: unemployment\n"
    "  property_tax: property tax\n"
    "  contact: contact person\n"
    "  attachments: attachments\n"
    "  description.en: description in English"
)

CARD_PL = (
    "PRZ-2023-02: kompletność 23% (7 z 30 pól)\n"
    "Brakuje:\n"
    "  location.plots: działki i własność\n"
    "  largest_piece: największa zwarta część\n"
    "  plot_shape: kształt działki\n"
    "  room_to_extend: możliwość powiększenia\n"
    "  price: cena\n"
    "  terrain.land_class: klasa gruntu\n"
    "  terrain.level_difference: różnica poziomów\n"
    "  terrain.groundwater_depth: poziom wód gruntowych\n"
    "  terrain.flood_risk: zagrożenie powodziowe\n"
    "  utilities.electricity.power: moc elektryczna\n"
    "  utilities.gas.distance: odległość przyłącza gazu\n"
    "  utilities.water.distance: odległość przyłącza wody\n"
    "  utilities.sewage.distance: odległość kanalizacji\n"
    "  utilities.telecom.distance: odległość telekomunikacji\n"
    "  transport.motorway_or_national_road: odległość do autostrady lub drogi krajowej\n"
    "  transport.railway_line: odległość do linii kolejowej\n"
    "  transport.airport: odległość do lotniska\n"
    "  special_economic_zone: specjalna strefa ekonomiczna\n"
    "  unemployment: bezrobocie\n"
    "  property_tax: podatek od nieruchomości\n"
    "  contact: osoba do kontaktu\n"
    "  attachments: załączniki\n"
    "  description.en: opis po angielsku"
)


@pytest.mark.parametrize(
    ("example", "lang", "expected"),
    [
        ("przykladowa-2023.audit.json", "en", FICTIONAL_EN),
        ("przykladowa-2023.audit.json", "pl", FICTIONAL_PL),
        ("lubartow-2023.audit.json", "en", LUBARTOW_EN),
    ],
)
def test_a_decision_explains_itself_in_these_words(example: str, lang: str, expected: str) -> None:
    """The unit, edition and day; the outcome; the score; each level's tally; every
    shortfall with its title, level and result, and whether it blocks on its own; how many
    more of the recommended ones are needed; the notes."""
    decision = decide(load_audit(EXAMPLES / example))
    assert decision.explain(lang) == expected


@pytest.mark.parametrize(("lang", "expected"), [("en", CARD_EN), ("pl", CARD_PL)])
def test_a_site_cards_completeness_reads_in_these_words(lang: str, expected: str) -> None:
    """The card, its share of expected fields, and each missing field by its label."""
    card = load_offer(EXAMPLES / "przykladowa-incomplete.offer.json")
    report = completeness_report(card, DEFAULT_SITE_PROFILE)
    assert completeness_text(report, DEFAULT_SITE_PROFILE, lang) == expected


def test_a_failed_check_is_listed_under_its_heading_in_either_language() -> None:
    """A card over PAIH's attachment limit is complete, yet fails the export profile's
    check, listed under "Failed checks" / "Niespełnione sprawdzenia"."""
    import attrs  # noqa: PLC0415

    from investor_standard.offer.completeness import PAIH_EXPORT_PROFILE  # noqa: PLC0415
    from investor_standard.offer.site import Attachment  # noqa: PLC0415

    card = load_offer(EXAMPLES / "przykladowa-industrial.offer.json")
    crowded = attrs.evolve(
        card, attachments=tuple(Attachment(f"a{n}.pdf", f"plik {n}", n) for n in range(1, 12))
    )
    report = completeness_report(crowded, PAIH_EXPORT_PROFILE)
    assert completeness_text(report, PAIH_EXPORT_PROFILE, "en") == (
        "PRZ-2023-01: 100% complete (30 of 30 fields)\nFailed checks:\n"
        "  11 attachments; the PAIH database takes at most 10"
    )
    assert completeness_text(report, PAIH_EXPORT_PROFILE, "pl") == (
        "PRZ-2023-01: kompletność 100% (30 z 30 pól)\nNiespełnione sprawdzenia:\n"
        "  11 załączników; baza PAIH przyjmuje najwyżej 10"
    )
    few = attrs.evolve(crowded, attachments=crowded.attachments[:10])
    assert completeness_report(few, PAIH_EXPORT_PROFILE).failed == ()


def test_a_report_names_its_profile_and_its_subject() -> None:
    """A card is named by its id, an investor tab by its unit; the report by its profile."""
    from investor_standard.offer.completeness import DEFAULT_TAB_PROFILE  # noqa: PLC0415
    from investor_standard.offer.investor_tab import InvestorTab  # noqa: PLC0415

    card = load_offer(EXAMPLES / "przykladowa-industrial.offer.json")
    report = completeness_report(card, DEFAULT_SITE_PROFILE)
    assert (report.profile, report.subject) == ("SITE-DEFAULT", "PRZ-2023-01")
    tab = completeness_report(InvestorTab(card.publisher), DEFAULT_TAB_PROFILE)
    assert (tab.profile, tab.subject) == (
        "TAB-DEFAULT",
        "Gmina Przykładowa (fictional) (rural gmina, TERYT 0608992)",
    )


def test_a_profile_says_what_is_wrong_with_its_fields_and_checks() -> None:
    """A field that is no rule, a path listed twice and a check given twice are each
    named, with the profile's field."""
    from investor_standard.foundation.errors import InvalidOfferError  # noqa: PLC0415
    from investor_standard.offer.checks import CardCheck  # noqa: PLC0415
    from investor_standard.offer.completeness import CompletenessProfile  # noqa: PLC0415

    rule, basis = DEFAULT_SITE_PROFILE.fields[0], DEFAULT_SITE_PROFILE.provenance
    cases = [
        ((1,), (), r"^CompletenessProfile\.fields\[0\]: expected FieldRule, got 1$"),
        ((rule, rule), (), r"^CompletenessProfile\.fields: a path is listed twice$"),
        (
            (rule,),
            (CardCheck.PLOTS_ADD_UP, CardCheck.PLOTS_ADD_UP),
            r"^CompletenessProfile\.checks\[1\]: plots_add_up repeats item 0; CardCheck values "
            r"must not repeat$",
        ),
    ]
    for fields, checks, message in cases:
        with pytest.raises(InvalidOfferError, match=message):
            CompletenessProfile("X", "SiteOffer", fields, basis, checks=checks)
