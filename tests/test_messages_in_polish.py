"""--lang pl speaks Polish in the errors too: every line the command writes on standard
error for a bad sheet, document, unit, date or count, and the library's errors and problems
through their ``in_`` method."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

from investor_standard import InvestorStandardError, decide, load_audit
from investor_standard.cli import main
from investor_standard.foundation.errors import (
    AuditProblem,
    DocumentProblem,
    InvalidAuditError,
    InvalidDocumentError,
)
from investor_standard.jst.teryt import Teryt

ROOT = Path(__file__).resolve().parent.parent
LUBARTOW = ROOT / "examples" / "lubartow-2023.audit.json"
CARD = ROOT / "examples" / "przykladowa-industrial.offer.json"

_HEAD = "edition,LUBELSKIE-2019\nteryt,0608011\nname,Lubartów\naudited on,2023-03-08\n\n"
_COLUMNS = (
    "no,requirement,area,question,level,expected evidence,result,evidence,reference,"
    "collected on,evidence note,note\n"
)


def _sheet(tmp_path: Path, name: str, head: str, *rows: str) -> str:
    path = tmp_path / f"{name}.csv"
    path.write_text(head + _COLUMNS + "\n".join(rows) + "\n", encoding="utf-8")
    return str(path)


def _audit_json(tmp_path: Path, name: str, change: Callable[[dict[str, object]], None]) -> str:
    data = json.loads(LUBARTOW.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / f"{name}.audit.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def _bad_findings(data: dict[str, object]) -> None:
    findings = data["findings"]
    assert isinstance(findings, list)
    findings[0]["result"] = "done"
    findings[3]["colour"] = "blue"
    del findings[4]["result"]
    findings[5]["note"] = 7


def _late_evidence(data: dict[str, object]) -> None:
    findings = data["findings"]
    assert isinstance(findings, list)
    findings[1]["evidence"][0]["collected_on"] = "2024-01-01"
    findings[2]["requirement"] = findings[1]["requirement"]


def _cases(tmp_path: Path) -> dict[str, list[str]]:
    """The command lines of every kind of bad input an auditor meets, by name."""
    bad_sheet = _sheet(
        tmp_path,
        "bad",
        "edition,LUBELSKIE-2019\nteryt,0608011\ncolour,red\n\n",
        "1,PROC-01,,,,,met!,webpage,,2023-13-01,,",
        "2,PROC-02,,,,,met,sheet of paper,x,,,",
        "3,PROC-02,,,,,met,,,,,",
        "4,,,,,,,,,,,",
        "5,,,,,,met,,,,,",
        "6,PROC-03,,,,,,,,,,a note",
    )
    unknown_column = tmp_path / "column.csv"
    unknown_column.write_text(_HEAD + _COLUMNS.replace("note\n", "note,colour\n"), "utf-8")
    no_table = tmp_path / "no-table.csv"
    no_table.write_text(_HEAD, encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": 1,', encoding="utf-8")
    newer = _audit_json(tmp_path, "newer", lambda data: data.update(schema_version=99))
    many = _sheet(tmp_path, "many", _HEAD, *(f"{n},PROC-01,,,,,met!,,,,," for n in range(12)))
    return {
        "bad sheet": ["evaluate", bad_sheet],
        "unknown column": ["evaluate", str(unknown_column)],
        "no table": ["evaluate", str(no_table)],
        "site card": ["evaluate", str(CARD)],
        "malformed JSON": ["evaluate", str(broken)],
        "missing file": ["evaluate", str(tmp_path / "none.json")],
        "newer document": ["evaluate", newer],
        "bad findings": ["evaluate", _audit_json(tmp_path, "findings", _bad_findings)],
        "unknown edition": [
            "evaluate",
            _audit_json(tmp_path, "edition", lambda data: data.update(edition="LUBELSKIE-2020")),
        ],
        "wrong unit kind": [
            "evaluate",
            _audit_json(
                tmp_path, "unit", lambda data: data.update(jst={"teryt": "06", "name": "L"})
            ),
        ],
        "many problems": ["evaluate", many],
        "late evidence": ["evaluate", _audit_json(tmp_path, "late", _late_evidence)],
        "unknown name": ["audit", "new", "Lubartowo"],
        "ambiguous name": ["audit", "new", "Lubartów"],
        "unregistered code": ["audit", "new", "0608992"],
        "malformed code": ["checklist", "06080"],
        "bad day": ["deadline", "2025-02-30", "--days", "1"],
        "bad date form": ["deadline", "2023-W01-1", "--days", "1"],
        "bad count": ["deadline", "2023-01-02", "--days", "1_0"],
        "no term": ["deadline", "2023-01-02", "--days", "0"],
        "unsupported year": ["deadline", "1900-01-02", "--days", "3"],
        "not UTF-8": ["evaluate", "caf\udce9.json"],
    }


def _errors(argv: list[str], lang: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """The lines the command writes on stderr for ``argv`` in ``lang`` (status 2)."""
    try:
        status = main(["--lang", lang, *argv], out=io.StringIO())
    except SystemExit as stop:  # argparse refuses a value while parsing
        status = int(str(stop.code))
    assert status == 2
    return [
        re.sub(r"^investor-standard( [a-z]+)?: error: ", "", line)
        for line in capsys.readouterr().err.splitlines()
        if not line.startswith(("usage:", " "))
    ]


def test_every_error_line_the_command_writes_is_in_polish_with_lang_pl(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """For each kind of bad input, --lang pl writes as many lines as --lang en, and each
    differs from its English line: nothing is left untranslated."""
    for name, argv in _cases(tmp_path).items():
        english = _errors(argv, "en", capsys)
        polish = _errors(argv, "pl", capsys)
        assert english, name
        assert len(polish) == len(english), (name, polish, english)
        for pl_line, en_line in zip(polish, english, strict=True):
            assert pl_line != en_line, (name, pl_line)


def test_the_polish_lines_say_what_the_english_ones_say(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Pinned examples: a sheet's row and column, a result's Polish labels, another kind of
    document, a register look-up, a date and the cut-off after ten problems."""
    cases = _cases(tmp_path)
    sheet = _errors(cases["bad sheet"], "pl", capsys)
    assert (
        "wiersz 6, kolumna wynik: 'met!' nie jest żadnym z: spełnione, spełnione częściowo, "
        "niespełnione, nie dotyczy"
    ) in {line.partition(": ")[2] for line in sheet}
    assert any(line.endswith("data audytu: brak wartości: wpisz ją nad tabelą") for line in sheet)
    assert _errors(cases["site card"], "pl", capsys) == [
        f"{CARD}: $: to jest dokument karty terenu, nie audyt (sprawdź go poleceniem 'offer check')"
    ]
    assert _errors(cases["unknown name"], "pl", capsys) == [
        "żadna jednostka rejestru ze stanu na 2020-01-01 nie nazywa się 'Lubartowo'; "
        "czy chodzi o Lubartów, Łubowo, powiat lubartowski?"
    ]
    assert _errors(cases["bad day"], "pl", capsys) == [
        "argument DATE: 2025-02-30 nie jest dniem kalendarza"
    ]
    many = _errors(cases["many problems"], "pl", capsys)
    assert many[-1] == "… i 2 więcej (użyj --all)"
    findings = _errors(cases["bad findings"], "pl", capsys)
    assert any(line.endswith("$.findings[3].colour: nieoczekiwany klucz") for line in findings), (
        findings
    )


def test_errors_and_problems_give_their_message_in_either_language() -> None:
    """``in_`` picks the Polish message where one was written, the English otherwise; the
    Polish wording plays no part in equality."""
    plain = InvestorStandardError("only English")
    assert plain.in_("pl") == plain.in_("en") == "only English"
    assert Teryt("0608").code == "0608"
    with pytest.raises(InvestorStandardError) as caught:
        Teryt("06080")
    assert caught.value.in_("pl").startswith("błędny kod TERYT '06080': ma 5 znaków")
    assert str(caught.value).startswith("invalid TERYT code '06080': it is 5 characters long")
    problem = DocumentProblem("$.x", "bad", pl="zły")
    assert problem == DocumentProblem("$.x", "bad")
    assert (problem.in_("pl"), problem.in_("en")) == ("$.x: zły", "$.x: bad")
    cell = DocumentProblem(
        "row 2, column result", "bad", pl="zły", path_pl="wiersz 2, kolumna wynik"
    )
    assert (cell.in_("pl"), str(cell)) == (
        "wiersz 2, kolumna wynik: zły",
        "row 2, column result: bad",
    )
    assert cell == DocumentProblem("row 2, column result", "bad")
    two = InvalidDocumentError([problem, DocumentProblem("$.y", "worse")])
    assert two.in_("pl") == "2 problemy w dokumencie:\n  $.x: zły\n  $.y: worse"
    assert str(two) == "2 problems in the document:\n  $.x: bad\n  $.y: worse"
    audit_problems = [AuditProblem("findings[0]", "bad", "PROC-01", pl="źle")] * 5
    assert (
        InvalidAuditError(audit_problems)
        .in_("pl")
        .startswith("5 problemów w audycie:\n  findings[0] (wymaganie PROC-01): źle")
    )
    assert InvalidAuditError(audit_problems[:1]).in_("en") == (
        "1 problem in the audit:\n  findings[0] (requirement PROC-01): bad"
    )


def test_a_document_problem_from_the_loader_is_in_both_languages() -> None:
    """The loader's problems carry Polish (a missing field, a wrong type), and so does
    deciding an audit that names an unknown requirement, with its suggestion."""
    data = json.loads(LUBARTOW.read_text(encoding="utf-8"))
    data["auditor"] = 5
    del data["audited_on"]
    with pytest.raises(InvalidDocumentError) as caught:
        load_audit(json.dumps(data))
    polish = {problem.in_("pl") for problem in caught.value.problems}
    assert polish == {
        "$.audited_on: brak wymaganego pola",
        "$.auditor: oczekiwano: tekst (string); otrzymano number 5",
    }
    audit = load_audit(LUBARTOW)
    renamed = audit.findings[0].requirement[:-2] + "1"  # PROC-01 -> PROC-1
    unknown = (attrs.evolve(audit.findings[0], requirement=renamed), *audit.findings[1:])
    with pytest.raises(InvalidAuditError) as refused:
        decide(attrs.evolve(audit, findings=unknown))
    assert refused.value.in_("pl").splitlines()[1] == (
        f"  findings[0] (wymaganie {renamed}): edycja LUBELSKIE-2019 nie ma wymagania "
        f"{renamed!r}; czy chodzi o PROC-01, PROC-03, PROC-02?"
    )


def test_lang_is_found_in_either_spelling_and_not_after_a_double_dash(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--lang=pl speaks Polish while the arguments are parsed, as --lang pl does; a --lang
    after ``--`` is an operand, not the option."""
    with pytest.raises(SystemExit):
        main(["--lang=pl", "deadline", "2025-02-30", "--days", "1"])
    assert "2025-02-30 nie jest dniem kalendarza" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["deadline", "2025-02-30", "--days", "1", "--", "--lang", "pl"])
    assert "2025-02-30 is not a day of the calendar" in capsys.readouterr().err


def test_an_audit_problem_reads_as_text_in_english() -> None:
    """str() of an audit problem is its English line, with the requirement it is about."""
    problem = AuditProblem("findings[2]", "bad", "PROC-02", pl="źle")
    assert str(problem) == "findings[2] (requirement PROC-02): bad"
    assert str(AuditProblem("edition", "wrong")) == "edition: wrong"


def test_an_argument_that_is_not_utf8_is_one_line_and_status_2_in_a_real_process() -> None:
    """Bytes that are not UTF-8, as a shell passes them, give one line and status 2."""
    run = subprocess.run(
        [sys.executable, "-m", "investor_standard", "evaluate", b"caf\xe9.json"],
        capture_output=True,
        check=False,
    )
    assert run.returncode == 2
    assert run.stderr.decode("utf-8", "replace").splitlines() == [
        "investor-standard: error: argument 2 ('caf\\udce9.json') is not valid UTF-8"
    ]
