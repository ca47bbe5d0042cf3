"""The investor-standard command, through main(argv) and once as a real process."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from investor_standard import LUBELSKIE_2019, __version__, decide
from investor_standard.cli import main
from investor_standard.documents.codec import load_decision, load_edition, load_timeline
from investor_standard.documents.schema import json_schema
from investor_standard.documents.sheets import read_audit_file

ROOT = Path(__file__).resolve().parent.parent
LUBARTOW = str(ROOT / "examples" / "lubartow-2023.audit.json")
FICTIONAL = str(ROOT / "examples" / "przykladowa-2023.audit.json")


def run(*argv: str, status: int = 0) -> str:
    out = io.StringIO()
    assert main(list(argv), out=out) == status
    return out.getvalue()


def test_catalogue_lists_every_requirement_in_english() -> None:
    """The default catalogue is English plain text and names every requirement."""
    text = run("catalogue")
    assert text.startswith(LUBELSKIE_2019.title.en)
    for requirement in LUBELSKIE_2019.requirements:
        assert f"{requirement.id}  {requirement.title.en}" in text


def test_catalogue_in_polish_markdown_and_json() -> None:
    """--format md gives Markdown tables; --format json the edition document."""
    text = run("catalogue", "--lang", "pl", "--format", "md")
    assert text.startswith(f"# {LUBELSKIE_2019.title.pl}")
    assert "| ONLINE-04 | Oferty w bazie terenów inwestycyjnych PAIH | zalecany |" in text
    assert load_edition(run("catalogue", "--format", "json")) == LUBELSKIE_2019


def test_checklist_formats() -> None:
    """checklist TERYT prints the unit's questions as text, Markdown or CSV."""
    text = run("checklist", "0608", "--name", "Powiat lubartowski")
    assert text.startswith("Checklist: Powiat lubartowski (county, TERYT 0608)")
    assert "ONLINE-04" not in text
    assert "| nr | wymaganie |" in run("checklist", "0608011", "--format", "md", "--lang", "pl")
    assert run("checklist", "0608011", "--format", "csv").startswith("no,requirement,area,")


def test_checklist_takes_a_registered_unit_by_code_or_name() -> None:
    """A code takes the register's official name; a unique name finds its unit; --name
    still overrides the name shown."""
    assert run("checklist", "0608011").startswith(
        "Checklist: Lubartów (urban gmina, TERYT 0608011)"
    )
    assert run("checklist", "Kock", "--lang", "pl").startswith(
        "Lista kontrolna: Kock (gmina miejsko-wiejska, TERYT 0608063)"
    )
    assert run("checklist", "0663").startswith(
        "Checklist: Lublin (city with county rights, TERYT 0663011)"
    )


def test_checklist_refuses_an_ambiguous_name_or_an_unregistered_code(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A name two units share lists both to choose from; a code the register lacks is refused
    with a hint, and accepted with --allow-unregistered (the fictional example gmina)."""
    assert main(["checklist", "Zamość"]) == 2
    err = capsys.readouterr().err
    assert "2 units are named 'Zamość'" in err
    assert "TERYT 0620142" in err
    assert "TERYT 0664011" in err
    assert main(["checklist", "0608992"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "investor-standard: error: TERYT 0608992 is well formed but names no unit of the "
        "register as of 2020-01-01 (a fictional unit, or one created later)",
        "investor-standard: error: use --allow-unregistered to go on with it",
    ]
    text = run("checklist", "0608992", "--allow-unregistered", "--name", "Przykładowa")
    assert text.startswith("Checklist: Przykładowa (rural gmina, TERYT 0608992)")
    assert run("checklist", "0608992", "--allow-unregistered").startswith(
        "Checklist: 0608992 (rural gmina"
    )


def test_jst_finds_both_lubartow_units_by_name() -> None:
    """'jst Lubartów' shows the town and the rural gmina with their official names and kinds,
    and says which register it read."""
    assert run("jst", "Lubartów").splitlines() == [
        "Lubartów (urban gmina, TERYT 0608011), powiat lubartowski, województwo lubelskie",
        "Lubartów (rural gmina, TERYT 0608072), powiat lubartowski, województwo lubelskie",
        "(2 from the GUS TERC register as of 2020-01-01)",
    ]
    assert run("jst", "lubartow", "--lang", "pl").splitlines()[-1] == (
        "(2 z rejestru TERC GUS, stan na 2020-01-01)"
    )


def test_jst_by_code_as_json_and_listing_an_area() -> None:
    """A code gives its one unit (either code of a city); --list gives the units inside a
    voivodeship or county, of the kinds asked for; JSON carries every field."""
    assert run("jst", "0663").startswith("Lublin (city with county rights, TERYT 0663011)")
    [unit] = json.loads(run("jst", "0663", "--format", "json"))
    assert unit == {
        "teryt": "0663011",
        "codes": ["0663", "0663011"],
        "name": "Lublin",
        "official_name": "Lublin",
        "kind": "city_with_county_rights",
        "register_kind": "gmina miejska",
        "county": None,
        "voivodeship": "lubelskie",
    }
    listed = run("jst", "powiat lubartowski", "--list", "--kind", "urban_gmina").splitlines()
    assert listed[0].startswith("Lubartów (urban gmina, TERYT 0608011)")
    assert len(listed) == 2
    cities = run("jst", "06", "--list", "--kind", "city_with_county_rights").splitlines()
    assert [line.split(" (")[0] for line in cities[:-1]] == [
        "Biała Podlaska",
        "Chełm",
        "Lublin",
        "Zamość",
    ]
    assert len(run("jst", "lubelskie", "--list").splitlines()) == 234 + 1


def test_jst_near_miss_suggests(capsys: pytest.CaptureFixture[str]) -> None:
    """A misspelt name is one line with the closest names, status 2."""
    assert main(["jst", "Lubartuw"]) == 2
    assert capsys.readouterr().err == (
        "investor-standard: error: no unit of the register as of 2020-01-01 is named "
        "'Lubartuw'; did you mean Lubartów?\n"
    )


def test_evaluate_certified_example() -> None:
    """The Lubartów example is certified: exit status 0, with the area breakdown."""
    text = run("evaluate", LUBARTOW)
    assert "audited on 2023-03-08: certified." in text
    assert "  ONLINE  Electronic investor service: 89% (8 of 9)" in text


def test_evaluate_shortfall_gives_status_1_in_every_format() -> None:
    """One audit that falls short makes the status 1; JSON and Markdown carry the same."""
    text = run("evaluate", LUBARTOW, FICTIONAL, status=1)
    assert "not certified" in text
    payload = json.loads(run("evaluate", LUBARTOW, FICTIONAL, "--format", "json", status=1))
    assert [item["outcome"] for item in payload] == ["certified", "not_certified"]
    assert payload[1]["decision"]["reasons"][0]["requirement"] == "PROC-01"
    markdown = run("evaluate", FICTIONAL, "--format", "md", "--lang", "pl", status=1)
    assert "**certyfikat nieprzyznany**" in markdown


def test_evaluate_json_holds_decision_documents() -> None:
    """Each decision evaluate writes as JSON is a decision document: it has its schema
    version, the published schema accepts it, and load_decision reads it back."""
    import jsonschema  # noqa: PLC0415 - only this test validates against the schema

    payload = json.loads(run("evaluate", LUBARTOW, FICTIONAL, "--format", "json", status=1))
    schema = json_schema("decision")
    for item in payload:
        document = item["decision"]
        assert document["schema_version"] == 1
        jsonschema.validate(document, schema)
        decision = load_decision(json.dumps(document))
        assert decision.outcome.value == item["outcome"]
        assert decision == decide(read_audit_file(item["file"]))


def test_evaluate_invalid_input_gives_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Unreadable and invalid files are reported on stderr, one line each, with status 2."""
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "jst": {"teryt": "0608014", "name": "X"}}')
    other = tmp_path / "other.json"
    audit = json.loads(Path(LUBARTOW).read_text(encoding="utf-8"))
    audit["findings"][0]["requirement"] = "PROC-9"
    other.write_text(json.dumps(audit))
    assert main(["evaluate", str(bad), str(tmp_path / "missing.json"), str(other)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"investor-standard: error: {bad}: $.jst.teryt: invalid TERYT code")
    assert err[1] == f"investor-standard: error: {bad}: $.edition: required field missing"
    assert err[4].endswith("missing.json: $: cannot read: No such file or directory")
    assert err[5].startswith(f"investor-standard: error: {other}: findings[0] (requirement PROC-9)")
    assert "Traceback" not in "\n".join(err)


def test_deadline() -> None:
    """deadline DATE --days N prints the end date and how it was reached."""
    text = run("deadline", "2025-12-10", "--days", "14")
    assert text.splitlines()[0] == "2025-12-29"
    assert "Christmas Eve" in text
    assert run("deadline", "2023-01-31", "--months", "1", "--lang", "pl").startswith("2023-02-28")


def test_deadline_errors(capsys: pytest.CaptureFixture[str]) -> None:
    """A zero term is the library's error on one line; a bad date is argparse's, status 2."""
    assert main(["deadline", "2023-01-01", "--days", "0"]) == 2
    assert capsys.readouterr().err == (
        "investor-standard: error: days must be a positive integer, got 0\n"
    )
    with pytest.raises(SystemExit) as caught:
        main(["deadline", "2023-02-30", "--days", "1"])
    assert caught.value.code == 2
    assert "2023-02-30 is not a day of the calendar" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["deadline", "20230101", "--weeks", "1"])


def test_timeline() -> None:
    """timeline lists phases and milestones, says where a day falls, or dumps JSON."""
    text = run("timeline", "--on", "2023-06-20")
    assert "2023-06-20  GALA  Certificate gala" in text
    assert text.rstrip().endswith(
        "2023-06-20: Certification and closing; working days to the project's end: 7"
    )
    after = run("timeline", "--on", "2023-07-03", "--lang", "pl").splitlines()[-1]
    assert after == "2023-07-03: po projekcie: 2 dni robocze po jego zakończeniu (2023-06-29)"
    before = run("timeline", "--on", "2019-09-30").splitlines()[-1]
    assert before == "2019-09-30: before the project: 1 working day to its start (2019-10-01)"
    assert load_timeline(run("timeline", "--project", "PILOT", "--format", "json")).id == "PILOT"


def test_timeline_of_a_project_without_phases() -> None:
    """A day inside a project that records no phases is inside it, not outside."""
    last = run("timeline", "--project", "POMORSKIE", "--on", "2020-01-01").splitlines()[-1]
    assert last.startswith("2020-01-01: inside the project (no phases recorded);")


def test_schema() -> None:
    """schema NAME prints the JSON Schema of that document kind."""
    schema = json.loads(run("schema", "decision"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_bad_option_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown language is refused by argparse with status 2 and a one-line reason."""
    with pytest.raises(SystemExit) as caught:
        main(["catalogue", "--lang", "de"])
    assert caught.value.code == 2
    assert "invalid choice: 'de'" in capsys.readouterr().err


def test_checklist_bad_teryt(capsys: pytest.CaptureFixture[str]) -> None:
    """A TERYT code naming no self-governing unit is one line on stderr, status 2."""
    assert main(["checklist", "0608014"]) == 2
    assert capsys.readouterr().err.startswith("investor-standard: error: invalid TERYT code")


def test_main_writes_to_stdout_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    """Without an explicit stream, output goes to standard output."""
    assert main(["catalogue", "--format", "text"]) == 0
    assert "PROC-01" in capsys.readouterr().out


def test_the_installed_command_runs_as_a_process() -> None:
    """python -m investor_standard evaluates the example in a real process: status and output."""
    done = subprocess.run(
        [sys.executable, "-m", "investor_standard", "evaluate", LUBARTOW, FICTIONAL],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "certified." in done.stdout
    assert done.stderr == ""
    version = subprocess.run(
        [sys.executable, "-m", "investor_standard", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert version.stdout.strip() == f"investor-standard {__version__}"


FULL_OFFER = str(ROOT / "examples" / "przykladowa-industrial.offer.json")
PARTIAL_OFFER = str(ROOT / "examples" / "przykladowa-incomplete.offer.json")


def test_offer_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """offer check: 0 when every card is complete, 1 when one is not, 2 on an invalid card."""
    assert run("offer", "check", FULL_OFFER) == "PRZ-2023-01: 100% complete (30 of 30 fields)\n"
    text = run("offer", "check", FULL_OFFER, PARTIAL_OFFER, "--lang", "pl", status=1)
    assert "PRZ-2023-02: kompletność 23% (7 z 30 pól)" in text
    assert "  description.en: opis po angielsku" in text
    payload = json.loads(run("offer", "check", PARTIAL_OFFER, "--format", "json", status=1))
    assert payload[0]["share"] == "7/30"
    assert "price" in payload[0]["missing"]
    bad = tmp_path / "bad.offer.json"
    data = json.loads(Path(FULL_OFFER).read_text(encoding="utf-8"))
    data["largest_piece"] = 100
    bad.write_text(json.dumps(data))
    assert main(["offer", "check", str(bad), str(tmp_path / "none.json")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        f"investor-standard: error: {bad}: $.largest_piece: 100 ha is larger than the "
        "available area 8.5 ha"
    )
    assert err[1].endswith("none.json: $: cannot read: No such file or directory")


def test_a_document_of_another_kind_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A site card, a decision or an edition given to evaluate is named in one line, not
    as every field an audit lacks."""
    card = ROOT / "examples" / "przykladowa-industrial.offer.json"
    edition = tmp_path / "edition.json"
    edition.write_text(run("catalogue", "--format", "json"), encoding="utf-8")
    assert main(["evaluate", str(card), str(edition)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"investor-standard: error: {card}: $: this is a site-card document, not an audit "
        "(check it with 'offer check')",
        f"investor-standard: error: {edition}: $: this is an edition document, not an audit",
    ]


def test_many_problems_are_cut_short_unless_all_are_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """More than ten problems print the first ten and how many more; --all prints them all,
    before or after the command, as --lang may be."""
    sheet = tmp_path / "bad.csv"
    rows = [f"{n},PROC-0{n},,,,,met!,,,,," for n in range(1, 10)] * 2
    header = "edition,LUBELSKIE-2019\nteryt,0608011\nname,L\naudited on,2023-03-08\n\n"
    columns = "no,requirement,area,question,level,expected evidence,result,evidence,"
    sheet.write_text(
        header + columns + "reference,collected on,evidence note,note\n" + "\n".join(rows),
        encoding="utf-8",
    )
    assert main(["evaluate", str(sheet)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 11
    assert err[-1] == "investor-standard: error: … and 8 more (use --all)"
    assert main(["evaluate", str(sheet), "--all"]) == 2
    assert len(capsys.readouterr().err.splitlines()) == 18
    assert main(["--all", "evaluate", str(sheet)]) == 2
    assert len(capsys.readouterr().err.splitlines()) == 18


def test_options_before_the_command_and_strict_dates_and_counts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--lang before the command works; a date must be a calendar day written YYYY-MM-DD
    (no week dates), a count plain ASCII digits; timeline JSON honours --on."""
    assert "dni robocze" in run("--lang", "pl", "timeline", "--on", "2023-07-03")
    for argv, message in (
        (["deadline", "2025-02-30", "--days", "1"], "2025-02-30 is not a day of the calendar"),
        (["deadline", "2023-W01-1", "--days", "1"], "is not a date in the form YYYY-MM-DD"),
        (["deadline", "2023-01-02", "--days", "1_0"], "'1_0' is not a whole number"),
    ):
        with pytest.raises(SystemExit):
            main(argv)
        assert message in capsys.readouterr().err
    where = json.loads(run("timeline", "--format", "json", "--on", "2020-01-01"))["where"]
    assert where == {
        "on": "2020-01-01",
        "inside": True,
        "phase": "PREPARATION",
        "working_days_left": 885,
    }


def test_evaluate_with_the_remediation_plan() -> None:
    """--plan adds the remediation plan after each decision, counted from the audit's day or
    from --as-of, in every format."""
    text = run("evaluate", FICTIONAL, "--plan", status=1)
    assert "Remediation plan: " in text
    assert "(3 months) (blocks certification)" in text
    later = run("evaluate", FICTIONAL, "--plan", "--as-of", "2023-12-01", status=1)
    assert "as of 2023-12-01" in later
    assert "## Remediation plan" in run("evaluate", FICTIONAL, "--plan", "--format", "md", status=1)
    [item] = json.loads(run("evaluate", FICTIONAL, "--plan", "--format", "json", status=1))
    assert item["plan"][0]["blocking"] is True
    assert "plan" not in json.loads(run("evaluate", LUBARTOW, "--format", "json"))[0]


def test_verify_a_recorded_decision(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """verify re-decides the audit behind a decision document: 0 when the record holds,
    2 with the reason when the audit is another, or the document not a decision."""
    record = tmp_path / "decision.json"
    payload = json.loads(run("evaluate", LUBARTOW, "--format", "json"))
    record.write_text(json.dumps(payload[0]["decision"]), encoding="utf-8")
    assert run("verify", str(record), LUBARTOW) == "the recorded decision holds: certified, 92%\n"
    assert main(["verify", str(record), FICTIONAL]) == 2
    assert "not the audit of" in capsys.readouterr().err
    assert main(["verify", LUBARTOW, LUBARTOW]) == 2
    assert capsys.readouterr().err.startswith(f"investor-standard: error: {LUBARTOW}: ")
    assert main(["verify", str(record), str(tmp_path / "none.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_evaluate_reads_each_audit_under_the_edition_it_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --edition an audit is decided under the edition it names, so an audit of an
    edition the library does not ship is refused as such; --edition holds every audit to
    one edition, and an audit of another is refused for the mismatch."""
    audit = json.loads(Path(LUBARTOW).read_text(encoding="utf-8"))
    audit["edition"] = "MAZOWIECKIE-2021"
    other = tmp_path / "other.json"
    other.write_text(json.dumps(audit), encoding="utf-8")
    assert main(["evaluate", str(other)]) == 2
    assert capsys.readouterr().err.strip() == (
        f"investor-standard: error: {other}: no edition 'MAZOWIECKIE-2021'; "
        "the library ships LUBELSKIE-2019"
    )
    assert main(["evaluate", "--edition", "LUBELSKIE-2019", str(other)]) == 2
    assert capsys.readouterr().err.strip() == (
        f"investor-standard: error: {other}: edition: the audit is of edition "
        "'MAZOWIECKIE-2021', not 'LUBELSKIE-2019'"
    )
    assert "certified" in run("evaluate", LUBARTOW)


def test_offer_check_says_a_failed_check_in_the_language_asked_for(tmp_path: Path) -> None:
    """A card over PAIH's attachment limit fails the export profile's check; the command
    says so in Polish or English, in text and in JSON."""
    data = json.loads(Path(FULL_OFFER).read_text(encoding="utf-8"))
    data["attachments"] = [
        {"reference": f"plan-{n}.pdf", "description": "plan", "order": n} for n in range(1, 12)
    ]
    crowded = tmp_path / "crowded.offer.json"
    crowded.write_text(json.dumps(data), encoding="utf-8")
    check = ("offer", "check", str(crowded), "--profile", "paih-export")
    assert run(*check, status=1).endswith(
        "Failed checks:\n  11 attachments; the PAIH database takes at most 10\n"
    )
    assert run(*check, "--lang", "pl", status=1).endswith(
        "Niespełnione sprawdzenia:\n  11 załączników; baza PAIH przyjmuje najwyżej 10\n"
    )
    payload = json.loads(run(*check, "--lang", "pl", "--format", "json", status=1))
    assert payload[0]["failed"] == ["11 załączników; baza PAIH przyjmuje najwyżej 10"]
