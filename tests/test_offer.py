"""Site cards, investor tabs, completeness and suggested findings."""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, strategies as st

from investor_standard import (
    LUBELSKIE_2019,
    InvalidDocumentError,
    Lang,
    LocalGovernment,
    Result,
    Teryt,
    Text,
)
from investor_standard.assessment import check_audit
from investor_standard.documents import dump_investor_tab, dump_offer, load_investor_tab, load_offer
from investor_standard.foundation import InvalidOfferError, derived
from investor_standard.offer import (
    DEFAULT_SITE_PROFILE,
    DEFAULT_TAB_PROFILE,
    PAIH_EXPORT_PROFILE,
    Attachment,
    CardCheck,
    CompletenessProfile,
    CubicMetresPerDay,
    Descriptions,
    FieldRule,
    Hectares,
    InvestorTab,
    LitresPerSecond,
    Location,
    Metres,
    OfferType,
    Ownership,
    Plot,
    SiteOffer,
    Utilities,
    Utility,
    Zloty,
    completeness_report,
    completeness_text,
    suggest_findings,
)
from investor_standard.offer.completeness import is_present, value_at
from investor_standard.strategies import investor_tabs, site_offers

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
FULL = load_offer((EXAMPLES / "przykladowa-industrial.offer.json").read_bytes())
PARTIAL = load_offer((EXAMPLES / "przykladowa-incomplete.offer.json").read_bytes())
GMINA = FULL.publisher


def bare(**changes: Any) -> SiteOffer:
    offer = SiteOffer("S-1", OfferType.INVESTMENT_SITE, GMINA, Location(GMINA.teryt))
    return attrs.evolve(offer, **changes)


# --- refusals ------------------------------------------------------------------------------------


def test_largest_piece_cannot_exceed_the_area() -> None:
    """A largest single piece larger than the whole area is impossible."""
    with pytest.raises(InvalidOfferError, match=r"largest_piece: 5 ha is larger than .* 4 ha"):
        bare(available_area=Hectares(4), largest_piece=Hectares(5))


def test_plots_that_do_not_add_up_are_a_check_not_a_refusal() -> None:
    """A site may be offered as part of a plot, so a card whose plots add up to more than the
    area is built; a profile with the PLOTS_ADD_UP check reports it, to within 1 m²."""
    plots = (Plot("1", Hectares(1), Ownership.GMINA), Plot("2", Hectares(2), Ownership.PRIVATE))
    location = Location(GMINA.teryt, plots=plots)
    part = bare(location=location, available_area=Hectares(2.5))
    assert CardCheck.PLOTS_ADD_UP.failure(part) == Text(
        "działki sumują się do 3 ha, a nie do dostępnej powierzchni 2.5 ha",
        "the plots add up to 3 ha, not the available area 2.5 ha",
    )
    within = attrs.evolve(part, available_area=Hectares(3.00005))
    assert CardCheck.PLOTS_ADD_UP.failure(within) is None
    assert CardCheck.PLOTS_ADD_UP.failure(attrs.evolve(part, available_area=None)) is None
    strict = attrs.evolve(DEFAULT_SITE_PROFILE, checks=(CardCheck.PLOTS_ADD_UP,))
    assert completeness_report(part, strict).failed == (CardCheck.PLOTS_ADD_UP.failure(part),)
    assert completeness_report(part).failed == ()
    assert CardCheck.PLOTS_ADD_UP.provenance.is_derived


def test_the_attachment_limit_is_paihs_and_checked_for_an_export() -> None:
    """Eleven attachments make a card (a gmina's own website has no such limit); the PAIH
    export profile reports the database's limit of ten. Two attachments with one order are
    refused whatever the setting."""
    eleven = tuple(Attachment(f"f{i}", "file", i) for i in range(1, 12))
    card = bare(attachments=eleven)
    assert completeness_report(card).failed == ()
    report = completeness_report(card, PAIH_EXPORT_PROFILE)
    [failure] = report.failed
    assert failure.en == "11 attachments; the PAIH database takes at most 10"
    assert failure.pl == "11 załączników; baza PAIH przyjmuje najwyżej 10"
    many = tuple(Attachment(f"f{i}", "file", i) for i in range(1, 23))
    crowded = CardCheck.PAIH_ATTACHMENT_LIMIT.failure(bare(attachments=many))
    assert crowded is not None
    assert crowded.pl == "22 załączniki; baza PAIH przyjmuje najwyżej 10"  # Polish plural
    assert not report.complete
    assert completeness_report(bare(attachments=eleven[:10]), PAIH_EXPORT_PROFILE).failed == ()
    assert not CardCheck.PAIH_ATTACHMENT_LIMIT.provenance.is_derived
    text = completeness_text(report, PAIH_EXPORT_PROFILE)
    assert text.endswith("Failed checks:\n  11 attachments; the PAIH database takes at most 10")
    assert "Niespełnione sprawdzenia:" in completeness_text(report, PAIH_EXPORT_PROFILE, "pl")
    twice = (Attachment("a", "x", 1), Attachment("b", "y", 1))
    with pytest.raises(InvalidOfferError, match="share an order"):
        bare(attachments=twice)
    with pytest.raises(InvalidOfferError, match=r"CompletenessProfile\.checks"):
        attrs.evolve(DEFAULT_SITE_PROFILE, checks=("plots",))


def test_water_capacity_in_litres_per_second_or_cubic_metres_per_day() -> None:
    """Cards give water capacity as l/s or m³/day; both are kept as given and convert."""
    water = Utility(flow=LitresPerSecond(2))
    assert water.capacity is None
    assert water.flow is not None
    assert water.flow.cubic_metres_per_day == CubicMetresPerDay(172.8)
    card = bare(utilities=Utilities(water=water))
    assert load_offer(dump_offer(card)) == card
    assert json.loads(dump_offer(card))["utilities"]["water"]["flow"] == 2.0


def test_location_must_lie_in_the_publisher() -> None:
    """A gmina cannot publish a site in another gmina; its county can, and a city its own."""
    other = Location(Teryt("0608072"))
    with pytest.raises(InvalidOfferError, match="0608072 lies outside Gmina Przykładowa"):
        bare(location=other)
    county = LocalGovernment("0608", "Powiat lubartowski")
    assert bare(publisher=county, location=other).publisher == county
    lublin = LocalGovernment("0663", "Lublin")
    assert bare(publisher=lublin, location=Location(Teryt("0663011"))).publisher == lublin
    with pytest.raises(InvalidOfferError, match="seven-digit"):
        Location(Teryt("0608"))


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Plot("", Hectares(1), Ownership.GMINA), "Plot.number"),
        (lambda: Plot("1", 1.0, Ownership.GMINA), "Plot.area must be a Hectares"),  # type: ignore[arg-type]  # a bare number, no unit
        (lambda: bare(price=Hectares(3)), "SiteOffer.price must be a Zloty"),
        (lambda: Attachment("a", "x", 0), "Attachment.order"),
        (lambda: Location(GMINA.teryt, plots=["1"]), "Location.plots"),
        (lambda: Descriptions(pl=3), "Descriptions.pl"),  # type: ignore[arg-type]  # on purpose
        (lambda: InvestorTab(GMINA, url="lubartow.pl"), "InvestorTab.url: must be an http"),
    ],
)
def test_malformed_fields(build: Any, message: str) -> None:
    """Wrong types raise InvalidOfferError naming the field, including a wrong unit."""
    with pytest.raises(InvalidOfferError, match=message):
        build()


# --- completeness --------------------------------------------------------------------------------


def test_examples_completeness() -> None:
    """The full example card is complete; the partial one lacks, among others, English."""
    assert completeness_report(FULL).complete
    report = completeness_report(PARTIAL)
    assert not report.complete
    assert "description.en" in report.missing
    assert report.missing_languages == (("description", Lang.EN),)
    assert report.share == Fraction(7, 30)
    assert DEFAULT_SITE_PROFILE.provenance.is_derived


def test_custom_profile() -> None:
    """A profile is data: users can define their own, and bad ones are refused."""
    mine = CompletenessProfile(
        "MINE",
        "SiteOffer",
        (FieldRule("price", Text("cena", "price")),),
        derived("our municipal rule"),
    )
    assert completeness_report(PARTIAL, mine).missing == ("price",)
    wrong = attrs.evolve(mine, fields=(FieldRule("prize", Text("x", "x")),))
    with pytest.raises(InvalidOfferError, match="SiteOffer has no field 'prize'"):
        completeness_report(PARTIAL, wrong)
    with pytest.raises(InvalidOfferError, match="profile MINE is for SiteOffer, not InvestorTab"):
        completeness_report(InvestorTab(GMINA), mine)
    with pytest.raises(InvalidOfferError, match="listed twice"):
        attrs.evolve(mine, fields=mine.fields * 2)
    with pytest.raises(InvalidOfferError, match="sequence of FieldRule"):
        attrs.evolve(mine, fields="price")
    with pytest.raises(InvalidOfferError, match="no completeness profile for str"):
        completeness_report("card")
    empty = attrs.evolve(mine, fields=())
    assert completeness_report(PARTIAL, empty).share == 1


def _absent(offer: SiteOffer) -> set[str]:
    """The definition, restated: rules none of whose alternatives hold a value."""
    return {
        rule.path
        for rule in DEFAULT_SITE_PROFILE.fields
        if not any(is_present(value_at(offer, p)) for p in rule.path.split("|"))
    }


@given(site_offers())
def test_missing_fields_are_exactly_those_absent(offer: SiteOffer) -> None:
    """The report's missing fields are exactly the absent ones, and present + missing = all."""
    report = completeness_report(offer)
    assert set(report.missing) == _absent(offer)
    assert len(report.present) + len(report.missing) == len(DEFAULT_SITE_PROFILE.fields)


@given(site_offers(), st.data())
def test_adding_a_missing_field_never_lowers_completeness(
    offer: SiteOffer, data: st.DataObject
) -> None:
    """Filling in a missing field (taken from the complete example) never lowers the share."""
    report = completeness_report(offer)
    candidates = [p for p in report.missing if "." not in p and "|" not in p]
    if not candidates:
        return
    field = data.draw(st.sampled_from(candidates))
    try:
        better = attrs.evolve(offer, **{field: getattr(FULL, field)})
    except InvalidOfferError:
        return  # e.g. the example's largest piece exceeds this card's area
    assert completeness_report(better).share >= report.share
    assert field in completeness_report(better).present


# --- investor tab and suggested findings ---------------------------------------------------------


def full_tab() -> InvestorTab:
    both = Descriptions("opis", "description")
    return InvestorTab(
        GMINA,
        "https://example.org/przykladowa/investor",
        (FULL,),
        both,
        both,
        both,
        both,
        both,
        FULL.contact,
        (Lang.PL, Lang.EN),
    )


def test_full_tab_suggests_met_findings_that_pass_the_audit_checks() -> None:
    """A complete tab suggests MET for ONLINE-01/02/03/06, with evidence the audit accepts."""
    as_of = dt.date(2023, 3, 1)
    suggestions = suggest_findings(full_tab(), LUBELSKIE_2019, as_of)
    assert [(s.finding.requirement, s.finding.result) for s in suggestions] == [
        ("ONLINE-01", Result.MET),
        ("ONLINE-02", Result.MET),
        ("ONLINE-03", Result.MET),
        ("ONLINE-06", Result.MET),
    ]
    from investor_standard import Audit  # noqa: PLC0415 - used only here

    audit = Audit(GMINA, LUBELSKIE_2019.id, as_of, tuple(s.finding for s in suggestions))
    check_audit(audit, LUBELSKIE_2019)
    assert "100% of the expected fields present" in suggestions[0].finding.evidence[0].note


def test_partial_tab_suggests_partial_and_not_met() -> None:
    """Missing English descriptions and business conditions lower the suggestions."""
    tab = attrs.evolve(
        full_tab(),
        offers=(FULL, PARTIAL),
        url=None,
        labour_market=Descriptions(),
        local_taxes=Descriptions(),
        exemptions=Descriptions(),
    )
    got = {
        s.finding.requirement: s for s in suggest_findings(tab, LUBELSKIE_2019, dt.date(2023, 3, 1))
    }
    assert got["ONLINE-01"].finding.result is Result.PARTIALLY_MET
    assert got["ONLINE-01"].missing == ("url",)
    assert got["ONLINE-03"].finding.result is Result.NOT_MET
    assert got["ONLINE-06"].finding.result is Result.PARTIALLY_MET
    assert got["ONLINE-06"].missing == ("PRZ-2023-02: description.en",)
    assert got["ONLINE-02"].share == (1 + Fraction(7, 30)) / 2
    assert (
        got["ONLINE-01"].finding.evidence[0].reference
        == "investor tab of Gmina Przykładowa (fictional)"
    )


def test_empty_tab_and_offer_ownership() -> None:
    """A tab with no offers suggests NOT_MET for the offer requirements; a tab cannot list
    another government's offer."""
    empty = InvestorTab(GMINA)
    got = {
        s.finding.requirement: s.finding.result
        for s in suggest_findings(empty, LUBELSKIE_2019, dt.date(2023, 1, 2))
    }
    assert got["ONLINE-02"] is Result.NOT_MET
    assert got["ONLINE-06"] is Result.NOT_MET
    other = LocalGovernment("0608072", "Lubartów")
    with pytest.raises(InvalidOfferError, match=r"offers\[0\]: offer PRZ-2023-01 is published by"):
        InvestorTab(other, offers=(FULL,))
    with pytest.raises(InvalidOfferError, match="Lang values must not repeat"):
        InvestorTab(GMINA, languages=(Lang.PL, Lang.PL))
    with pytest.raises(InvalidOfferError, match=r"offers\[0\]: expected SiteOffer"):
        InvestorTab(GMINA, offers=("x",))
    with pytest.raises(InvalidOfferError, match=r"languages\[0\]: expected Lang"):
        InvestorTab(GMINA, languages=("pl",))


@given(investor_tabs())
def test_suggestions_always_pass_the_audit_checks(tab: InvestorTab) -> None:
    """Whatever the tab holds, the suggested findings form a valid (partial) audit."""
    from investor_standard import Audit  # noqa: PLC0415 - used only here

    as_of = dt.date(2024, 5, 6)
    findings = tuple(s.finding for s in suggest_findings(tab, LUBELSKIE_2019, as_of))
    check_audit(Audit(tab.jst, LUBELSKIE_2019.id, as_of, findings), LUBELSKIE_2019)


# --- documents -----------------------------------------------------------------------------------


@given(site_offers())
def test_offer_round_trip(offer: SiteOffer) -> None:
    """Site cards survive dumping and loading."""
    assert load_offer(dump_offer(offer)) == offer


@given(investor_tabs())
def test_investor_tab_round_trip(tab: InvestorTab) -> None:
    """Investor tabs survive dumping and loading."""
    assert load_investor_tab(dump_investor_tab(tab)) == tab


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ("available_area", -3),
            "$.available_area: Hectares cannot be -3: quantities are finite and not negative",
        ),
        (("price", "cheap"), "$.price: expected a number of PLN, got string 'cheap'"),
        (
            ("largest_piece", 100),
            "$.largest_piece: 100 ha is larger than the available area 8.5 ha",
        ),
        (("room_to_extend", 1), "$.room_to_extend: expected true or false, got number 1"),
        (("price", True), "$.price: expected a number of PLN, got boolean True"),
        (("special_economic_zone", None), None),
    ],
)
def test_offer_documents_name_the_path(change: tuple[str, Any], expected: str | None) -> None:
    """Bad site-card documents name the field; a null optional field is fine."""
    data = json.loads(dump_offer(FULL))
    key, value = change
    data[key] = value
    if expected is None:
        assert load_offer(json.dumps(data)).special_economic_zone is None
        return
    with pytest.raises(InvalidDocumentError) as caught:
        load_offer(json.dumps(data))
    assert [str(p) for p in caught.value.problems] == [expected]


def test_offer_document_with_an_impossible_largest_piece() -> None:
    """An impossible card is refused on load with the path of the field."""
    data = json.loads(dump_offer(FULL))
    data["largest_piece"] = data["available_area"] + 1
    with pytest.raises(InvalidDocumentError, match=r"^\$\.largest_piece: .* is larger than"):
        load_offer(json.dumps(data))


def test_a_report_names_its_profile_and_subject() -> None:
    """A site card's report names the card's id; an investor tab's, which has no id, names
    its unit; both name the profile they were measured against."""
    card = completeness_report(FULL)
    assert (card.profile, card.subject) == (DEFAULT_SITE_PROFILE.id, FULL.id)
    tab = completeness_report(InvestorTab(GMINA))
    assert (tab.profile, tab.subject) == (DEFAULT_TAB_PROFILE.id, str(GMINA))
    assert str(GMINA) == "Gmina Przykładowa (fictional) (rural gmina, TERYT 0608992)"
    export = completeness_report(FULL, PAIH_EXPORT_PROFILE)
    assert export.profile == PAIH_EXPORT_PROFILE.id != DEFAULT_SITE_PROFILE.id
    # a profile of your own may measure a value with neither: its subject is then empty
    label = CompletenessProfile(
        "LABEL", "Text", (FieldRule("pl", Text("pl", "pl")),), derived("a test")
    )
    assert completeness_report(Text("ok", "ok"), label).subject == ""


def test_a_quantity_is_written_as_people_write_amounts() -> None:
    """Whole amounts without an exponent or a decimal point, others with every digit: a
    price of 1 250 000 zł is not 1.25e+06, and 1 234 567.89 zł keeps its grosze."""
    assert str(Zloty(1_250_000)) == "1250000 PLN"
    assert str(Zloty(1234567.89)) == "1234567.89 PLN"
    assert str(Hectares(2.5)) == "2.5 ha"
    assert str(Metres(0)) == "0 m"
