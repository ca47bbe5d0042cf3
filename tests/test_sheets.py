"""Audit sheets: the blank template, a filled sheet read back, and every problem named by
row and column."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from investor_standard import (
    LUBELSKIE_2019,
    Audit,
    Evidence,
    EvidenceKind,
    Finding,
    LocalGovernment,
    Outcome,
    Result,
    decide,
    dump_audit,
    load_audit,
)
from investor_standard.cli import main
from investor_standard.documents import (
    audit_sheet,
    audit_template,
    dump_sheet,
    read_audit_file,
    read_sheet,
    sheet_format_of,
)
from investor_standard.documents.converter import PROBLEM_BUDGET
from investor_standard.foundation import InvalidDocumentError
from investor_standard.strategies import local_governments

ROOT = Path(__file__).resolve().parent.parent
LUBARTOW = LocalGovernment("0608011", "Lubartów")
DAY = dt.date(2023, 3, 8)


def test_the_template_lists_every_applicable_requirement_to_fill_in() -> None:
    """A blank sheet has the audit's lines, then one row per applicable requirement with its
    level and expected evidence, and empty cells for the result and the evidence."""
    sheet = audit_template(LUBELSKIE_2019, LUBARTOW, DAY, "A. Nowak")
    assert dict(sheet.meta) == {
        "edition": "LUBELSKIE-2019",
        "teryt": "0608011",
        "name": "Lubartów",
        "audited_on": "2023-03-08",
        "auditor": "A. Nowak",
    }
    ids = [r.id for r in LUBELSKIE_2019.applicable_to(LUBARTOW.kind)]
    assert [row["requirement"] for row in sheet.rows] == ids
    assert all(row["result"] == row["evidence"] == "" for row in sheet.rows)
    assert sheet.rows[0]["level"] == "mandatory"
    county = audit_template(LUBELSKIE_2019, LocalGovernment("0608", "powiat lubartowski"))
    assert "ONLINE-04" not in [row["requirement"] for row in county.rows]
    assert county.meta["audited_on"] == ""
    polish = dump_sheet(sheet, "csv", "pl").splitlines()
    assert polish[0] == "edycja,LUBELSKIE-2019"
    assert polish[6].startswith("nr,wymaganie,obszar,pytanie,poziom,oczekiwane dowody,wynik")


def test_a_blank_template_reads_as_an_audit_with_no_findings() -> None:
    """Read back unfilled, every requirement is not assessed: the decision is incomplete."""
    for form in ("csv", "md", "json"):
        text = dump_sheet(audit_template(LUBELSKIE_2019, LUBARTOW, DAY), form)
        audit = read_sheet(text, form)
        assert audit.findings == ()
        assert decide(audit).outcome is Outcome.INCOMPLETE


def _filled(form: str, lang: str = "en") -> str:
    findings = tuple(
        Finding(r.id, Result.MET, (Evidence(r.evidence[0], f"plik {r.id}.pdf", DAY, "ok"),))
        for r in LUBELSKIE_2019.applicable_to(LUBARTOW.kind)
    )
    audit = Audit(LUBARTOW, "LUBELSKIE-2019", DAY, findings, "A. Nowak")
    return dump_sheet(audit_sheet(audit, LUBELSKIE_2019, lang), form, lang)


@pytest.mark.parametrize("form", ["csv", "md", "json"])
@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_filled_sheet_in_either_language_decides_as_its_audit(form: str, lang: str) -> None:
    """The Lubartów audit written as a sheet in any form and language reads back to itself."""
    audit = read_sheet(_filled(form, lang), form)
    assert decide(audit).outcome is Outcome.CERTIFIED
    assert audit.auditor == "A. Nowak"
    assert audit.findings[0].evidence[0] == Evidence(
        EvidenceKind.INTERNAL_DOCUMENT, "plik PROC-01.pdf", DAY, "ok"
    )


def test_csv_as_a_spreadsheet_saves_it() -> None:
    """A byte order mark, semicolons between cells, CRLF line ends and Polish labels read."""
    text = _filled("csv", "pl")
    assert "spełnione" in text
    records = list(csv.reader(io.StringIO(text)))
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(records)
    audit = read_sheet(("\ufeff" + buffer.getvalue()).encode("utf-8"))
    assert len(audit.findings) == 12
    text = text.replace("spełnione", "częściowo spełnione", 1)
    assert read_sheet(text).findings[0].result is Result.PARTIALLY_MET


def test_every_problem_is_named_by_row_and_column() -> None:
    """A wrong result, an unknown evidence kind, a missing reference, an impossible date and a
    second result for one requirement are all reported at once, each with its row and column."""
    lines = _filled("csv").splitlines()
    lines[7] = lines[7].replace(",met,", ",met!,", 1)
    lines[8] = lines[8].replace(",internal_document,", ",letter,", 1)
    lines[9] = lines[9].replace("plik PROC-03.pdf", "", 1)
    lines[10] = lines[10].replace("2023-03-08", "2025-02-30", 1)
    lines.append("12,STAFF-01,,,,,not met,,,,,")
    with pytest.raises(InvalidDocumentError) as caught:
        read_sheet("\n".join(lines))
    assert [str(problem) for problem in caught.value.problems] == [
        "row 8, column result: 'met!' is not one of met, partially met, not met, not applicable",
        "row 9, column evidence: 'letter' is not one of internal office document (procedure, "
        "ordinance), office web page, entry in an investment-offer database, training "
        "certificate or attendance list, cooperation agreement, promotional material or "
        "publication, interview with staff, report of the investment-attractiveness audit "
        "(recommendations)",
        "row 10, column reference: is empty: say where the evidence is",
        "row 11, column collected on: '2025-02-30' is not a day of the calendar in the form "
        "YYYY-MM-DD",
        "row 20, column result: STAFF-01 already has a result above",
    ]


def test_a_sheet_with_no_table_or_missing_lines_is_refused() -> None:
    """Without the audit's lines or the table, the reader says what is missing."""
    with pytest.raises(InvalidDocumentError, match="no table with a 'requirement' column"):
        read_sheet("edition,LUBELSKIE-2019\n")
    text = _filled("csv").replace("teryt,0608011\r\n", "")
    with pytest.raises(InvalidDocumentError, match="teryt: is missing") as caught:
        read_sheet("colour,blue\n" + text)
    assert "row 1: 'colour' is not one of edition, teryt, name, audited on" in str(caught.value)
    with pytest.raises(InvalidDocumentError, match="'odd' is not a column"):
        read_sheet(_filled("csv").replace("evidence note", "odd"))
    with pytest.raises(InvalidDocumentError, match="'xls' is not a sheet format"):
        read_sheet(_filled("csv"), "xls")
    with pytest.raises(InvalidDocumentError, match="a 'sheet' object and 'rows'"):
        read_sheet("[]", "json")


def test_a_broken_csv_is_the_librarys_error() -> None:
    """A cell the CSV reader cannot take (one past its size limit) is a document problem."""
    with pytest.raises(InvalidDocumentError, match="not a readable CSV sheet: field larger"):
        read_sheet('edition,"' + "x" * 200_000 + '"\n')


def test_a_requirement_with_evidence_but_no_result_is_refused() -> None:
    """Evidence written for a requirement left without a result is a problem, not dropped."""
    sheet = audit_template(LUBELSKIE_2019, LUBARTOW, DAY)
    text = dump_sheet(sheet, "csv").replace(
        'ordinance)",,,,', 'ordinance)",,internal_document,x.pdf,', 1
    )
    with pytest.raises(InvalidDocumentError, match="PROC-01: has evidence or a note but no res"):
        read_sheet(text)


_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\\"),
    max_size=15,
).map(lambda text: " ".join(text.split()))


@st.composite
def filled_audits(draw: st.DrawFn) -> Audit:
    """Audits as an auditor fills a template: any subset of the applicable requirements,
    any allowed result, any evidence, texts as one line."""
    unit = draw(
        local_governments().filter(lambda unit: bool(LUBELSKIE_2019.applicable_to(unit.kind)))
    )
    jst = LocalGovernment(unit.teryt, draw(_TEXT.filter(bool)))
    day = draw(st.dates(dt.date(2016, 1, 1), dt.date(2030, 12, 31)))
    findings = []
    for requirement in LUBELSKIE_2019.applicable_to(jst.kind):
        if not draw(st.booleans()):
            continue
        evidence = draw(
            st.lists(
                st.builds(
                    Evidence,
                    st.sampled_from(requirement.evidence),
                    _TEXT.filter(bool),
                    st.none() | st.dates(dt.date(2010, 1, 1), day),
                    _TEXT,
                ),
                min_size=1,
                max_size=3,
            )
        )
        results = [Result.MET, Result.PARTIALLY_MET, Result.NOT_MET]
        findings.append(
            Finding(requirement.id, draw(st.sampled_from(results)), tuple(evidence), draw(_TEXT))
        )
    return Audit(jst, "LUBELSKIE-2019", day, tuple(findings), draw(_TEXT))


@given(filled_audits(), st.sampled_from(["csv", "md", "json"]), st.sampled_from(["en", "pl"]))
def test_a_filled_template_reads_back_to_the_same_audit(audit: Audit, form: str, lang: str) -> None:
    """Whatever an auditor writes into a template, in any form and language, reading the
    sheet back gives exactly the audit written."""
    text = dump_sheet(audit_sheet(audit, LUBELSKIE_2019, lang), form, lang)
    assert read_sheet(text, form) == audit


def test_files_by_their_ending_and_the_command(tmp_path: Path) -> None:
    """A file is read as a sheet by its ending (or as a JSON sheet by its content); the
    command writes a template, reads it back into an audit document, and evaluates sheets."""
    assert sheet_format_of("a.CSV") == "csv"
    assert sheet_format_of("a.markdown") == "md"
    assert sheet_format_of("a.json") is None
    sheet = tmp_path / "lubartow.csv"
    sheet.write_text(_filled("csv"), encoding="utf-8")
    as_json = tmp_path / "lubartow.sheet.json"
    as_json.write_text(_filled("json"), encoding="utf-8")
    assert read_audit_file(sheet) == read_audit_file(as_json)
    document = tmp_path / "lubartow.audit.json"
    document.write_text(dump_audit(read_audit_file(sheet)), encoding="utf-8")
    assert read_audit_file(document) == read_audit_file(sheet)
    assert main(["evaluate", str(sheet), str(as_json)]) == 0
    broken = tmp_path / "broken.audit.json"
    data = json.loads(dump_audit(read_audit_file(sheet)))
    data["findings"][0]["result"] = "met!"
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidDocumentError, match=r"\$\.findings\[0\]\.result"):
        read_audit_file(broken)


def test_the_command_writes_a_template_and_reads_a_sheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """audit new writes a blank sheet for a unit named by code or name; audit read turns a
    filled one into an audit document, or names each problem with the file."""
    assert main(["audit", "new", "Kock", "--date", "2023-03-08", "--format", "md"]) == 0
    template = capsys.readouterr().out
    assert template.startswith("# Audit sheet: Kock\n")
    assert "- teryt: 0608063" in template
    path = tmp_path / "kock.md"
    path.write_text(template, encoding="utf-8")
    assert main(["audit", "read", str(path)]) == 0
    audit = load_audit(capsys.readouterr().out)
    assert (audit.jst.teryt.code, audit.findings) == ("0608063", ())
    broken = tmp_path / "broken.csv"
    broken.write_text(_filled("csv").replace(",met,", ",met!,", 1), encoding="utf-8")
    assert main(["audit", "read", str(broken)]) == 2
    err = capsys.readouterr().err
    assert f"{broken}: row 8, column result: 'met!' is not one of" in err
    assert main(["audit", "new", "0608011", "--format", "json", "--lang", "pl"]) == 0
    assert json.loads(capsys.readouterr().out)["sheet"]["nazwa"] == "Lubartów"


def test_the_remaining_problems_of_a_sheet() -> None:
    """A bad TERYT code, a badly written date, a row without its requirement, evidence with no
    kind, a result given on a later row, rows that are not a list, an unknown form to write,
    and evidence dated after the audit: each is the library's error, named."""
    lines = _filled("csv").splitlines()
    lines[1] = "teryt,0608014"
    lines[3] = "audited on,8.3.2023"
    lines[7] = lines[7].replace("PROC-01", "", 1)
    lines[8] = lines[8].replace(",internal_document,", ",,", 1)
    with pytest.raises(InvalidDocumentError) as caught:
        read_sheet("\n".join(lines))
    found = [str(problem) for problem in caught.value.problems]
    assert found[0].startswith("teryt: invalid TERYT code '0608014'")
    assert found[1] == "audited on: '8.3.2023' is not a day of the calendar in the form YYYY-MM-DD"
    assert found[2] == "row 8, column requirement: is empty"
    assert found[3] == "row 9, column evidence: is empty: say what kind of evidence this is"
    later = _filled("csv").replace(",met,", ",,", 1) + "\r\n,PROC-01,,,,,met,,,,,\r\n"
    assert read_sheet(later).findings[0].result is Result.MET
    with pytest.raises(InvalidDocumentError, match=r"\$\.rows: expected a list of objects"):
        read_sheet('{"sheet": {}, "rows": 3}', "json")
    with pytest.raises(InvalidDocumentError, match="'xls' is not a sheet format"):
        dump_sheet(audit_template(LUBELSKIE_2019, LUBARTOW), "xls")
    early = _filled("csv").replace("audited on,2023-03-08", "audited on,2023-03-01")
    with pytest.raises(InvalidDocumentError, match="after the audit"):
        read_sheet(early)
    assert (
        read_sheet(
            '{"sheet": {"edition": "LUBELSKIE-2019", "teryt": "0608011", '
            '"name": "L", "audited on": "2023-03-08"}, "rows": []}',
            "json",
        ).findings
        == ()
    )


def test_a_sheet_full_of_mistakes_is_refused_after_a_bounded_number_of_problems() -> None:
    """Reading stops once as many problems are found as one refusal lists (PROBLEM_BUDGET,
    100), and the rows left are counted in one last problem, in both languages: a sheet of
    thousands of bad rows costs no more to refuse than its first hundred problems."""
    lines = _filled("csv").splitlines()
    bad = lines[7].replace(",met,", ",met!,", 1)
    with pytest.raises(InvalidDocumentError) as caught:
        read_sheet("\n".join([*lines, *[bad] * 5000]))
    problems = caught.value.problems
    assert len(problems) == 101
    first_unread = len(lines) + 100 + 1  # a row number: the rows before are read
    assert str(problems[-1]) == f"row {first_unread}: … and 4900 more rows not checked"
    assert problems[-1].in_("pl") == (
        f"wiersz {first_unread}: … i 4900 dalszych wierszy niesprawdzonych"
    )
    token = PROBLEM_BUDGET.set(3)
    try:
        with pytest.raises(InvalidDocumentError) as small:
            read_sheet("\n".join([*lines, *[bad] * 5]))
    finally:
        PROBLEM_BUDGET.reset(token)
    last = small.value.problems[-1]
    assert (last.message, last.pl) == (
        "… and 2 more rows not checked",
        "… i 2 dalsze wiersze niesprawdzone",  # Polish counts 2-4 apart
    )


@pytest.mark.parametrize("form", ["csv", "md", "json"])
@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_sheet_is_read_in_the_form_its_text_opens_with(form: str, lang: str) -> None:
    """Without a form, a sheet's text is read as JSON when it opens with '{', as Markdown
    when it opens with a heading, as CSV otherwise (leading blanks and a byte order mark
    aside), so each form written reads back without being named."""
    text = _filled(form, lang)
    assert read_sheet(text) == read_sheet(text, form)
    assert read_sheet("\ufeff\n  " + text) == read_sheet(text, form)
    with pytest.raises(InvalidDocumentError, match="'xlsx'"):
        read_sheet(text, "xlsx")
