"""The edition of the standard used in the Lubelskie project (2019-2023).

The Lubelskie project's own list of requirements is not public, and neither is
the pilot's municipal handbook. The standard itself is PAIH's (the Polish Investment
and Trade Agency developed it in the 2016-2019 pilot in Warmia-Masuria, and the
regional projects follow its rules). This edition is therefore a reconstruction:

* its five areas are the areas of the MSWiA call that funded every regional
  project (stated);
* its requirements are the concrete duties that the pilot and the regional
  projects are reported to have asked of local governments (each stated, with
  its sources);
* the level of each requirement is ours (derived): the sources list duties but do
  not grade them. We mark a duty mandatory when it is the core of one of the five
  areas, or the investment offer that the MSWiA calls the standard's key element;
* three requirements the brief lists as *not found in any source* (an investor
  caretaker, a reply deadline, bilingual offer cards) are included as derived,
  recommended and configurable, so that a user can drop them with
  :meth:`~investor_standard.assessment.catalogue.Edition.without` or re-parameterise them
  with :meth:`~investor_standard.assessment.catalogue.Edition.with_parameters`.
"""

from __future__ import annotations

from investor_standard.assessment.catalogue import (
    Area,
    Edition,
    EvidenceKind,
    Level,
    OfferLanguages,
    ReplyDeadline,
    Requirement,
)
from investor_standard.foundation.provenance import Provenance, derived, stated
from investor_standard.foundation.sources import (
    KOHESIO_PILOT,
    LODZKIE_PROJECT,
    MARKA_KONSKOWOLA_RECRUITMENT,
    MSWIA_CALL_AREAS,
    MSWIA_PILOT_SUMMARY,
    MSWIA_PROJECT_ASSUMPTIONS,
    NOWY_TYDZIEN_STAGES,
    PAIH_DATABASE_INSTRUCTIONS,
    SEED_ARTICLE,
    ZAMOSC_INVEST_GALA,
)
from investor_standard.foundation.text import Lang, Text
from investor_standard.jst.teryt import JstKind

__all__ = ["LUBELSKIE_2019"]

_ALL_PARTICIPANTS = (
    JstKind.URBAN_GMINA,
    JstKind.RURAL_GMINA,
    JstKind.URBAN_RURAL_GMINA,
    JstKind.CITY_WITH_COUNTY_RIGHTS,
    JstKind.COUNTY,
)
"""Gmina and city offices and county offices took part (recruitment texts); voivodeships did not."""

_GMINAS = (
    JstKind.URBAN_GMINA,
    JstKind.RURAL_GMINA,
    JstKind.URBAN_RURAL_GMINA,
    JstKind.CITY_WITH_COUNTY_RIGHTS,
)

_PARTICIPANTS_BASIS = stated(
    MARKA_KONSKOWOLA_RECRUITMENT,
    note="the project was open to gmina and city offices and to county offices",
)
_GMINAS_BASIS = derived(
    "ours: PAIH gives a gmina user a profile for offers inside its own gmina (and a regional "
    "user one for its region); a county has no gmina of its own to enter sites for",
    PAIH_DATABASE_INSTRUCTIONS,
)


def _evidence(how: str) -> Provenance:
    """The basis of a requirement's evidence kinds: ours, for no source says how a duty is
    proved; so an audit treats them as advice, not as a condition (see review_audit)."""
    return derived(f"ours: no source says how the duty is proved; {how}")


_AREA_CALL = stated(MSWIA_CALL_AREAS, note="one of the five areas of the MSWiA call")

_CORE_OF_AREA = derived(
    "ours: the sources do not grade duties; we make the core duty of each of the five areas "
    "of the MSWiA call mandatory"
)
_KEY_ELEMENT = derived(
    "ours: the sources do not grade duties; the MSWiA calls the investment offer the key "
    "element of the standard, so its parts are mandatory here",
    MSWIA_PROJECT_ASSUMPTIONS,
)
_SUPPORTING = derived(
    "ours: the sources do not grade duties; a duty that supports a mandatory one is recommended"
)
_NOT_FOUND = derived(
    "ours: no source found names this duty; included as a recommended, configurable "
    "requirement that an edition may drop"
)

AREAS = (
    Area(
        "PROC",
        Text("Procedury współpracy z inwestorem", "Procedures for cooperating with investors"),
        Text(
            "Minimalny zestaw procedur, według których urząd współpracuje z inwestorami.",
            "A minimum set of procedures by which the office works with investors.",
        ),
        _AREA_CALL,
    ),
    Area(
        "STAFF",
        Text("Kompetencje kadr", "Staff competences"),
        Text(
            "Umiejętności pracowników w przygotowaniu ofert inwestycyjnych i obsłudze inwestorów.",
            "Staff skills in preparing investment offers and in serving investors.",
        ),
        _AREA_CALL,
    ),
    Area(
        "NET",
        Text("Lokalna sieć współpracy", "Local cooperation network"),
        Text(
            "Współpraca z instytucjami otoczenia biznesu i publicznymi służbami zatrudnienia.",
            "Cooperation with business-support institutions and public employment services.",
        ),
        _AREA_CALL,
    ),
    Area(
        "ONLINE",
        Text("Elektroniczna obsługa inwestora", "Electronic investor service"),
        Text(
            "Obsługa inwestora przez internet, przede wszystkim oferta inwestycyjna online.",
            "Serving investors online, above all an investment offer available on the web.",
        ),
        _AREA_CALL,
    ),
    Area(
        "STRAT",
        Text("Strategiczne podejście do rozwoju", "Strategic approach to development"),
        Text(
            "Strategiczne podejście do lokalnego rozwoju gospodarczego, w tym szkolenie kadry "
            "kierowniczej.",
            "A strategic approach to local economic development, including training managers.",
        ),
        _AREA_CALL,
    ),
)

REQUIREMENTS = (
    Requirement(
        id="PROC-01",
        area="PROC",
        title=Text(
            "Procedury współpracy z inwestorem przyjęte w urzędzie",
            "Investor cooperation procedures adopted by the office",
        ),
        description=Text(
            "Urząd przyjął własne procedury obsługi inwestora i stosuje je.",
            "The office has adopted its own procedures for serving investors and applies them.",
        ),
        question=Text(
            "Czy urząd przyjął i stosuje procedury współpracy z inwestorem?",
            "Has the office adopted, and does it apply, procedures for cooperating with investors?",
        ),
        level=Level.MANDATORY,
        applies_to=_ALL_PARTICIPANTS,
        evidence=(EvidenceKind.INTERNAL_DOCUMENT,),
        provenance=stated(
            MSWIA_CALL_AREAS,
            SEED_ARTICLE,
            note="procedures implemented or modernised in the participating offices",
        ),
        level_provenance=_CORE_OF_AREA,
        applies_to_provenance=_PARTICIPANTS_BASIS,
        evidence_provenance=_evidence(
            "an adopted procedure is shown by the office's document that adopts it"
        ),
    ),
    Requirement(
        id="PROC-02",
        area="PROC",
        title=Text("Wyznaczony opiekun inwestora", "A named investor caretaker"),
        description=Text(
            "Urząd wskazuje osobę, która prowadzi inwestora przez sprawy w urzędzie.",
            "The office names a person who guides an investor through their matters.",
        ),
        question=Text(
            "Czy urząd wyznaczył opiekuna inwestora i podał go do wiadomości?",
            "Has the office named an investor caretaker and made the name known?",
        ),
        level=Level.RECOMMENDED,
        applies_to=_ALL_PARTICIPANTS,
        evidence=(EvidenceKind.INTERNAL_DOCUMENT, EvidenceKind.WEBPAGE),
        provenance=_NOT_FOUND,
        level_provenance=_NOT_FOUND,
        applies_to_provenance=_PARTICIPANTS_BASIS,
        evidence_provenance=_evidence(
            "a named caretaker is shown by the act that names them "
            "or the web page that makes the name known"
        ),
    ),
    Requirement(
        id="PROC-03",
        area="PROC",
        title=Text(
            "Termin odpowiedzi na zapytanie inwestora", "Reply deadline for investor enquiries"
        ),
        description=Text(
            "Urząd odpowiada na zapytania inwestorów w określonej liczbie dni roboczych.",
            "The office answers investor enquiries within a set number of working days.",
        ),
        question=Text(
            "Czy urząd odpowiada na zapytania inwestorów w ustalonym terminie dni roboczych?",
            "Does the office answer investor enquiries within the set number of working days?",
        ),
        level=Level.RECOMMENDED,
        applies_to=_ALL_PARTICIPANTS,
        evidence=(EvidenceKind.INTERNAL_DOCUMENT, EvidenceKind.INTERVIEW),
        provenance=_NOT_FOUND,
        level_provenance=_NOT_FOUND,
        applies_to_provenance=_PARTICIPANTS_BASIS,
        evidence_provenance=_evidence(
            "a reply deadline is shown by the document that sets it "
            "or by asking the staff who apply it"
        ),
        parameters=(
            ReplyDeadline(
                7,
                derived(
                    "placeholder default of ours: no source gives a reply deadline; "
                    "set your own with Edition.with_parameters"
                ),
            ),
        ),
    ),
    Requirement(
        id="STAFF-01",
        area="STAFF",
        title=Text("Przeszkoleni pracownicy obsługi inwestora", "Trained investor-service staff"),
        description=Text(
            "Pracownicy obsługujący inwestorów ukończyli szkolenia z przygotowania ofert i "
            "obsługi inwestora.",
            "The staff who serve investors have been trained in preparing offers and in "
            "investor service.",
        ),
        question=Text(
            "Czy pracownicy obsługi inwestora ukończyli szkolenia specjalistyczne?",
            "Have the investor-service staff completed specialist training?",
        ),
        level=Level.MANDATORY,
        applies_to=_ALL_PARTICIPANTS,
        evidence=(EvidenceKind.TRAINING_RECORD,),
        provenance=stated(
            MSWIA_CALL_AREAS,
            NOWY_TYDZIEN_STAGES,
            note="training of specialist staff is a stage of the project",
        ),
        level_provenance=_CORE_OF_AREA,
        applies_to_provenance=_PARTICIPANTS_BASIS,
        evidence_provenance=_evidence("training is shown by its certificates or attendance lists"),
    ),
    Requirement(
        id="NET-01",
        area="NET",
        title=Text(
            "Współpraca z otoczeniem biznesu i urzędem pracy",
            "Cooperation with business support and the employment office",
        ),
        description=Text(
            "Urząd współdziała z instytucjami otoczenia biznesu i publicznymi służbami "
            "zatrudnienia w obsłudze inwestorów.",
            "The office works with business-support institutions and public employment "
            "services in serving investors.",
        ),
        question=Text(
            "Czy urząd ma ustaloną współpracę z instytucjami otoczenia biznesu i urzędem pracy?",
            "Does the office have settled cooperation with business-support institutions and "
            "the employment office?",
        ),
        level=Level.MANDATORY,
        applies_to=_ALL_PARTICIPANTS,
        evidence=(EvidenceKind.AGREEMENT, EvidenceKind.INTERNAL_DOCUMENT),
        provenance=stated(MSWIA_CALL_AREAS),
        level_provenance=_CORE_OF_AREA,
        applies_to_provenance=_PARTICIPANTS_BASIS,
        evidence_provenance=_evidence(
            "cooperation is shown by the agreements or the office's documents that set it up"
        ),
    ),
    Requirement(
        id="ONLINE-01",
        area="ONLINE",
        title=Text(
            "Zakładka dla inwestora na stronie urzędu", "Investor tab on the office website"
        ),
        description=Text(
            "Strona internetowa urzędu ma wydzieloną część przeznaczoną dla inwestorów.",
            "The office website has a section set aside for investors.",
        ),
        question=Text(
            "Czy strona urzędu ma zakładkę dla inwestora?",
            "Does the office website have an investor tab?",
        ),
        level=Level.MANDATORY,
        applies_to=_ALL_PARTICIPANTS,
        evidence=(EvidenceKind.WEBPAGE,),
        provenance=stated(MSWIA_PROJECT_ASSUMPTIONS, MSWIA_PILOT_SUMMARY),
        level_provenance=_KEY_ELEMENT,
        applies_to_provenance=_PARTICIPANTS_BASIS,
        evidence_provenance=_evidence("an investor tab is shown by the web page itself"),
    ),
    Requirement(
        id="ONLINE-02",
        area="ONLINE",
        title=Text(
            "Opublikowana oferta terenów inwestycyjnych", "Published offer of investment sites"
        ),
        description=Text(
            "Urząd publikuje profesjonalną ofertę nieruchomości na sprzedaż, zabudowanych i "
            "niezabudowanych.",
            "The office publishes a professional offer of property for sale, built and unbuilt.",
        ),
        question=Text(
            "Czy urząd publikuje ofertę terenów i nieruchomości inwestycyjnych?",
            "Does the office publish an offer of investment sites and property?",
        ),
        level=Level.MANDATORY,
        applies_to=_ALL_PARTICIPANTS,
        evidence=(EvidenceKind.WEBPAGE, EvidenceKind.PUBLICATION),
        provenance=stated(MSWIA_PROJECT_ASSUMPTIONS, SEED_ARTICLE),
        level_provenance=_KEY_ELEMENT,
        applies_to_provenance=_PARTICIPANTS_BASIS,
        evidence_provenance=_evidence(
            "a published offer is shown by the web page or publication that carries it"
        ),
    ),
    Requirement(
        id="ONLINE-03",
        area="ONLINE",
        title=Text("Opis warunków prowadzenia działalności", "Description of business conditions"),
        description=Text(
            "Oferta opisuje infrastrukturę techniczną i społeczną, rynek pracy, lokalne podatki "
            "i opłaty, zwolnienia oraz lokalne firmy do współpracy.",
            "The offer describes technical and social infrastructure, the labour market, local "
            "taxes and fees, exemptions and local firms to work with.",
        ),
        question=Text(
            "Czy oferta opisuje warunki prowadzenia działalności w JST?",
            "Does the offer describe the conditions for doing business in the local government?",
        ),
        level=Level.MANDATORY,
        applies_to=_ALL_PARTICIPANTS,
        evidence=(EvidenceKind.WEBPAGE, EvidenceKind.PUBLICATION),
        provenance=stated(MSWIA_PROJECT_ASSUMPTIONS),
        level_provenance=_KEY_ELEMENT,
        applies_to_provenance=_PARTICIPANTS_BASIS,
        evidence_provenance=_evidence(
            "a description of business conditions is shown by the web page "
            "or publication that carries it"
        ),
    ),
    Requirement(
        id="ONLINE-04",
        area="ONLINE",
        title=Text(
            "Oferty w bazie terenów inwestycyjnych PAIH",
            "Offers in the PAIH investment-site database",
        ),
        description=Text(
            "Gmina wprowadza swoje oferty do krajowej bazy terenów inwestycyjnych prowadzonej "
            "przez PAIH.",
            "The gmina enters its offers into the national investment-site database run by PAIH.",
        ),
        question=Text(
            "Czy oferty gminy są wprowadzone do bazy PAIH?",
            "Are the gmina's offers entered in the PAIH database?",
        ),
        level=Level.RECOMMENDED,
        applies_to=_GMINAS,
        evidence=(EvidenceKind.DATABASE_ENTRY,),
        provenance=stated(
            PAIH_DATABASE_INSTRUCTIONS,
            ZAMOSC_INVEST_GALA,
            note="PAIH gives gmina users a profile for offers inside their own gmina; Zamość's "
            "offer there is numbered 06-213",
        ),
        level_provenance=_SUPPORTING,
        applies_to_provenance=_GMINAS_BASIS,
        evidence_provenance=_evidence("an offer in the PAIH database is shown by its entry there"),
    ),
    Requirement(
        id="ONLINE-05",
        area="ONLINE",
        title=Text(
            "Materiały promocyjne po polsku i angielsku",
            "Promotional material in Polish and English",
        ),
        description=Text(
            "Urząd ma materiały promujące ofertę inwestycyjną w wymaganych językach.",
            "The office has material promoting its investment offer in the required languages.",
        ),
        question=Text(
            "Czy materiały promocyjne oferty są dostępne w wymaganych językach?",
            "Is promotional material for the offer available in the required languages?",
        ),
        level=Level.RECOMMENDED,
        applies_to=_ALL_PARTICIPANTS,
        evidence=(EvidenceKind.PUBLICATION,),
        provenance=stated(LODZKIE_PROJECT, note="seen in the Łódzkie regional project"),
        level_provenance=_SUPPORTING,
        applies_to_provenance=_PARTICIPANTS_BASIS,
        evidence_provenance=_evidence("promotional material is shown by the material itself"),
        parameters=(
            OfferLanguages(
                (Lang.PL, Lang.EN),
                stated(LODZKIE_PROJECT, note="Polish and English in the Łódzkie project"),
            ),
        ),
    ),
    Requirement(
        id="ONLINE-06",
        area="ONLINE",
        title=Text("Dwujęzyczne karty ofert", "Bilingual offer cards"),
        description=Text(
            "Karty ofert inwestycyjnych są dostępne w wymaganych językach.",
            "Investment-offer cards are available in the required languages.",
        ),
        question=Text(
            "Czy karty ofert są dostępne w wymaganych językach?",
            "Are the offer cards available in the required languages?",
        ),
        level=Level.RECOMMENDED,
        applies_to=_ALL_PARTICIPANTS,
        evidence=(EvidenceKind.WEBPAGE, EvidenceKind.PUBLICATION),
        provenance=_NOT_FOUND,
        level_provenance=_NOT_FOUND,
        applies_to_provenance=_PARTICIPANTS_BASIS,
        evidence_provenance=_evidence(
            "offer cards are shown by the web pages or publications that carry them"
        ),
        parameters=(
            OfferLanguages(
                (Lang.PL, Lang.EN),
                derived("our default, after the Polish and English material seen in Łódzkie"),
            ),
        ),
    ),
    Requirement(
        id="STRAT-01",
        area="STRAT",
        title=Text(
            "Kadra kierownicza przeszkolona w rozwoju gospodarczym",
            "Managers trained in economic development",
        ),
        description=Text(
            "Kierownictwo urzędu ukończyło szkolenie ze strategicznego podejścia do lokalnego "
            "rozwoju gospodarczego.",
            "The office's managers have been trained in a strategic approach to local economic "
            "development.",
        ),
        question=Text(
            "Czy kadra kierownicza ukończyła szkolenie ze strategicznego rozwoju gospodarczego?",
            "Have the managers completed training in strategic economic development?",
        ),
        level=Level.MANDATORY,
        applies_to=_ALL_PARTICIPANTS,
        evidence=(EvidenceKind.TRAINING_RECORD,),
        provenance=stated(MSWIA_CALL_AREAS, NOWY_TYDZIEN_STAGES),
        level_provenance=_CORE_OF_AREA,
        applies_to_provenance=_PARTICIPANTS_BASIS,
        evidence_provenance=_evidence(
            "managers' training is shown by its certificates or attendance lists"
        ),
    ),
)

#: The standard as used in the Lubelskie project, 1 Oct 2019 - 29 Jun 2023.
LUBELSKIE_2019 = Edition(
    id="LUBELSKIE-2019",
    title=Text(
        "Standardy Obsługi Inwestora w Województwie Lubelskim",
        "Investor Service Standards in the Lublin Voivodeship",
    ),
    areas=AREAS,
    requirements=REQUIREMENTS,
    provenance=derived(
        "reconstructed: the project's own list is not public; areas from the MSWiA call, "
        "duties from the pilot and regional projects, levels ours. The standard is PAIH's: "
        "developed in the pilot, whose rules the regional projects follow",
        KOHESIO_PILOT,
        MSWIA_CALL_AREAS,
        MSWIA_PROJECT_ASSUMPTIONS,
        SEED_ARTICLE,
    ),
)
