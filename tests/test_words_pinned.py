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
