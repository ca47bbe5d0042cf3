"""Audit sheets: a checklist to fill in as a spreadsheet (CSV), a Markdown table or JSON,
and the filled sheet read back into an :class:`~investor_standard.assessment.audit.Audit`.

A sheet is a table with a few lines about the audit before it (the edition, the
unit's TERYT code and name, the audit's date and the auditor) and one row for each
applicable requirement, in catalogue order. The auditor fills in the ``result``, and
for each piece of evidence its kind, where to find it (``reference``), when it was
collected and a note; a second piece of evidence takes a second row with the same
requirement and an empty result. A row whose result is empty is a requirement not
assessed (the decision is then *incomplete*).

Results and evidence kinds are read in English or Polish, by label or by value, in any
case (``met``, ``partially met``, ``spełnione``, ``częściowo spełnione``,
``nie dotyczy``, ``webpage``, ``strona internetowa urzędu``); the column headings and
the lines before the table may be in either language too. CSV is read as a spreadsheet
saves it: UTF-8 with or without a byte order mark, with ``,`` or ``;`` between cells.
Every problem is reported at once, each naming its row and column:
``row 7, column result: 'met!' is not one of met, partially met, not met, not
applicable``.

>>> import datetime
>>> from investor_standard import LUBELSKIE_2019, LocalGovernment
>>> town = LocalGovernment("0608011", "Lubartów")
>>> sheet = audit_template(LUBELSKIE_2019, town, datetime.date(2023, 3, 8), "A. Nowak")
>>> csv_text = dump_sheet(sheet, "csv")
>>> csv_text.splitlines()[6].split(",")[5:]
['expected evidence', 'result', 'evidence', 'reference', 'collected on', 'evidence note', 'note']
>>> blank = 'ordinance)",,,'
>>> filled = csv_text.replace(blank, 'ordinance)",met,internal_document,zarzadzenie-12.pdf', 1)
>>> audit = read_sheet(filled)
>>> [(f.requirement, f.result.value, f.evidence[0].reference) for f in audit.findings]
[('PROC-01', 'met', 'zarzadzenie-12.pdf')]

>>> SHEET_FORMATS
('csv', 'md', 'json')
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from os import PathLike, fspath
from typing import Any

import attrs

from investor_standard.assessment.audit import Audit, Evidence, Finding, Result
from investor_standard.assessment.catalogue import Edition, EvidenceKind
from investor_standard.assessment.checklist import checklist_for
from investor_standard.documents.codec import (
    DocumentSource,
    check_unicode,
    document_text,
    load_audit,
    parse_json,
    read_limited,
)
from investor_standard.documents.converter import PROBLEM_BUDGET
from investor_standard.foundation._markdown import inline, markdown_table
from investor_standard.foundation.errors import (
    DocumentProblem,
    InvalidDocumentError,
    InvestorStandardError,
)
from investor_standard.foundation.nouns import Noun
from investor_standard.foundation.text import Lang, Text, parse_lang
from investor_standard.jst.teryt import LocalGovernment

__all__ = [
    "SHEET_FORMATS",
    "AuditSheet",
    "audit_sheet",
    "audit_template",
    "dump_sheet",
    "read_audit_file",
    "read_sheet",
    "sheet_format_of",
]

#: The forms a sheet is written and read in.
SHEET_FORMATS = ("csv", "md", "json")

_FORMAT_NAMES = ", ".join(SHEET_FORMATS)

#: The lines before the table: (key, Polish heading, English heading).
_META = (
    ("edition", "edycja", "edition"),
    ("teryt", "teryt", "teryt"),
    ("name", "nazwa", "name"),
    ("audited_on", "data audytu", "audited on"),
    ("auditor", "audytor", "auditor"),
)
#: The table's columns: (key, Polish heading, English heading).
_COLUMNS = (
    ("no", "nr", "no"),
    ("requirement", "wymaganie", "requirement"),
    ("area", "obszar", "area"),
    ("question", "pytanie", "question"),
    ("level", "poziom", "level"),
    ("expected", "oczekiwane dowody", "expected evidence"),
    ("result", "wynik", "result"),
    ("evidence", "dowód", "evidence"),
    ("reference", "odnośnik", "reference"),
    ("collected_on", "data dowodu", "collected on"),
    ("evidence_note", "uwagi do dowodu", "evidence note"),
    ("note", "uwagi", "note"),
)
_TITLE = Text("Arkusz audytu", "Audit sheet")


def _fold(text: str) -> str:
    return " ".join(text.replace("_", " ").casefold().split())


def _headings(table: Iterable[tuple[str, str, str]]) -> dict[str, str]:
    """Every accepted spelling of a heading (either language, folded) and its key."""
    return {_fold(spelling): key for key, pl, en in table for spelling in (key, pl, en)}


_META_KEYS = _headings(_META)
_COLUMN_KEYS = _headings(_COLUMNS)


def _spellings(values: Iterable[Any]) -> dict[str, Any]:
    """Each value of an enum under its value and its labels in both languages, folded."""
    found: dict[str, Any] = {}
    for value in values:
        for spelling in (value.value, value.label.pl, value.label.en):
            found[_fold(spelling)] = value
    return found


_RESULTS = _spellings(Result)
_RESULTS["częściowo spełnione"] = Result.PARTIALLY_MET  # the word order in common use
_EVIDENCE_KINDS = _spellings(EvidenceKind)


@attrs.frozen
class AuditSheet:
    """A sheet: the lines about the audit (by key), then the table's rows (by column key).

    >>> import datetime as dt
    >>> from investor_standard import Audit, Evidence, Finding, LocalGovernment, decide
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> proof = Evidence("internal_document", "Zarządzenie 12/2022")
    >>> findings = [Finding("PROC-01", "met", [proof]), Finding("NET-01", "not_met")]
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), findings)
    >>> from investor_standard import LUBELSKIE_2019
    >>> sheet = audit_sheet(audit, LUBELSKIE_2019, "pl")
    >>> sheet.meta["teryt"], len(sheet.rows)
    ('0608011', 12)
    >>> sheet.rows[0]["requirement"], sheet.rows[0]["level"], sheet.rows[0]["result"]
    ('PROC-01', 'obowiązkowy', 'spełnione')
    """

    meta: Mapping[str, str]
    rows: tuple[Mapping[str, str], ...]


def _blank_row(number: int, item: Any, lang: Lang) -> dict[str, str]:
    return {
        "no": str(number),
        "requirement": item.requirement,
        "area": item.area,
        "question": item.question.in_(lang),
        "level": item.level.label.in_(lang),
        "expected": "; ".join(kind.label.in_(lang) for kind in item.evidence),
        **{key: "" for key, _, _ in _COLUMNS[6:]},
    }


def audit_template(
    edition: Edition,
    jst: LocalGovernment,
    audited_on: dt.date | None = None,
    auditor: str = "",
    lang: Lang | str = Lang.EN,
) -> AuditSheet:
    """A blank sheet for auditing ``jst`` against ``edition``: one row per applicable
    requirement, with its question, level and the evidence it expects.

    >>> import datetime as dt
    >>> from investor_standard import LUBELSKIE_2019, LocalGovernment
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> sheet = audit_template(LUBELSKIE_2019, unit, dt.date(2023, 3, 8), "A. Nowak", "pl")
    >>> sheet.meta["auditor"], len(sheet.rows), sheet.rows[0]["result"]
    ('A. Nowak', 12, '')
    """
    day = audited_on.isoformat() if audited_on else ""
    return _sheet(edition, jst, audited_on=day, auditor=auditor, findings=(), lang=parse_lang(lang))


def audit_sheet(audit: Audit, edition: Edition, lang: Lang | str = Lang.EN) -> AuditSheet:
    """The sheet of ``audit``: its findings written into the rows of the edition's checklist
    (a requirement with several pieces of evidence takes several rows).

    >>> import datetime as dt
    >>> from investor_standard import Audit, Evidence, Finding, LocalGovernment, decide
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> proof = Evidence("internal_document", "Zarządzenie 12/2022")
    >>> findings = [Finding("PROC-01", "met", [proof]), Finding("NET-01", "not_met")]
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), findings)
    >>> from investor_standard import LUBELSKIE_2019
    >>> sheet = audit_sheet(audit, LUBELSKIE_2019)
    >>> read_sheet(dump_sheet(sheet, "md"), "md") == audit
    True
    """
    day = audit.audited_on.isoformat()
    return _sheet(
        edition,
        audit.jst,
        audited_on=day,
        auditor=audit.auditor,
        findings=audit.findings,
        lang=parse_lang(lang),
    )


def _sheet(
    edition: Edition,
    jst: LocalGovernment,
    *,
    audited_on: str,
    auditor: str,
    findings: Iterable[Finding],
    lang: Lang,
) -> AuditSheet:
    by_requirement = {finding.requirement: finding for finding in findings}
    rows: list[dict[str, str]] = []
    for item in checklist_for(edition, jst).items:
        row = _blank_row(item.number, item, lang)
        rows.append(row)
        finding = by_requirement.get(item.requirement)
        if finding is None:
            continue
        row["result"] = finding.result.label.in_(lang)
        row["note"] = finding.note
        for index, evidence in enumerate(finding.evidence):
            # The first piece of evidence shares the requirement's row; others get their own.
            current = row if index == 0 else dict.fromkeys(row, "")
            if index:
                current["requirement"] = item.requirement
                rows.append(current)
            current["evidence"] = evidence.kind.value
            current["reference"] = evidence.reference
            current["collected_on"] = (
                evidence.collected_on.isoformat() if evidence.collected_on else ""
            )
            current["evidence_note"] = evidence.note
    meta = {
        "edition": edition.id,
        "teryt": jst.teryt.code,
        "name": jst.name,
        "audited_on": audited_on,
        "auditor": auditor,
    }
    return AuditSheet(meta, tuple(rows))


def _heading(table: tuple[tuple[str, str, str], ...], key: str, lang: Lang) -> str:
    for name, pl, en in table:
        if name == key:
            return pl if lang is Lang.PL else en
    raise KeyError(key)  # pragma: no cover - every key is in its table


def dump_sheet(sheet: AuditSheet, form: str = "csv", lang: Lang | str = Lang.EN) -> str:
    """The sheet as CSV, a Markdown table or JSON (``form``), headed in ``lang``.

    >>> from investor_standard import LUBELSKIE_2019, LocalGovernment
    >>> sheet = audit_template(LUBELSKIE_2019, LocalGovernment("0608011", "Lubartów"))
    >>> print(dump_sheet(sheet, "md", "pl").splitlines()[0])
    # Arkusz audytu: Lubartów
    """
    chosen = parse_lang(lang)
    meta = [(_heading(_META, key, chosen), sheet.meta[key]) for key, _, _ in _META]
    headings = [_heading(_COLUMNS, key, chosen) for key, _, _ in _COLUMNS]
    cells = [[row[key] for key, _, _ in _COLUMNS] for row in sheet.rows]
    if form == "csv":
        buffer = io.StringIO()
        # CRLF, as spreadsheets write it; it also makes the writer quote any cell with a
        # line break of either kind, so every cell reads back whole.
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerows([*meta, [], headings, *cells])
        return buffer.getvalue()
    if form == "md":
        lines = [f"# {_TITLE.in_(chosen)}: {inline(sheet.meta['name'])}", ""]
        lines += [f"- {key}: {inline(value)}" for key, value in meta]
        return "\n".join([*lines, "", *markdown_table(headings, cells)]) + "\n"
    if form == "json":
        payload = {
            "sheet": dict(meta),
            "rows": [dict(zip(headings, row, strict=True)) for row in cells],
        }
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    raise _not_a_format(form)


def _not_a_format(form: str) -> InvalidDocumentError:
    return _refused(
        Text(
            f"{form!r} nie jest formatem arkusza; użyj {_FORMAT_NAMES}",
            f"{form!r} is not a sheet format; use {_FORMAT_NAMES}",
        )
    )


#: The whole document, as a problem's place.
_WHOLE = Text("$", "$")


def _refused(message: Text, where: Text = _WHOLE) -> InvalidDocumentError:
    """The error of a sheet with one problem, in both languages."""
    return InvalidDocumentError([_problem(where, message)])


def _problem(where: Text, message: Text) -> DocumentProblem:
    return DocumentProblem(where.en, message.en, pl=message.pl, path_pl=where.pl)


def sheet_format_of(name: str) -> str | None:
    """The sheet format a file name's ending says (``.csv``, ``.md``), or None.

    >>> sheet_format_of("audyt.CSV"), sheet_format_of("audit.md"), sheet_format_of("audit.json")
    ('csv', 'md', None)
    >>> sheet_format_of("audit.xlsx") is None
    True
    """
    lowered = name.lower()
    for ending, form in ((".csv", "csv"), (".md", "md"), (".markdown", "md")):
        if lowered.endswith(ending):
            return form
    return None


# --- reading ----------------------------------------------------------------------------------


class _Problems:
    """The problems found while reading, each at a row and a column."""

    def __init__(self) -> None:
        self.found: list[DocumentProblem] = []

    def add(self, where: Text, message: Text) -> None:
        self.found.append(_problem(where, message))

    def rows(self, first: int, end: int) -> Iterator[int]:
        """The indices ``first`` to ``end - 1`` of the records to read, until as many problems
        are found as one refusal lists (``PROBLEM_BUDGET``); the rows left then are counted
        in one last problem, not read, so no sheet costs more to refuse than that."""
        for index in range(first, end):
            if len(self.found) >= PROBLEM_BUDGET.get():
                rest = end - index
                self.add(
                    _row(index + 1),
                    Text(
                        f"… i {_MORE_ROWS.count(rest, Lang.PL)}",
                        f"… and {_MORE_ROWS.count(rest, Lang.EN)}",
                    ),
                )
                return
            yield index


_MORE_ROWS = Noun(
    (
        "dalszy wiersz niesprawdzony",
        "dalsze wiersze niesprawdzone",
        "dalszych wierszy niesprawdzonych",
    ),
    ("more row not checked", "more rows not checked"),
)


def _row(number: int, column: str | None = None) -> Text:
    """``row 7`` or ``row 7, column result``, the column by its heading (a key of
    ``_COLUMNS``), in both languages."""
    if column is None:
        return Text(f"wiersz {number}", f"row {number}")
    return Text(
        f"wiersz {number}, kolumna {_heading(_COLUMNS, column, Lang.PL)}",
        f"row {number}, column {_heading(_COLUMNS, column, Lang.EN)}",
    )


def _meta(key: str) -> Text:
    """A line before the table, by its heading in both languages."""
    return Text(_heading(_META, key, Lang.PL), _heading(_META, key, Lang.EN))


def _split_markdown_row(line: str) -> list[str]:
    """The cells of a Markdown table row, with escaped pipes kept in their cells."""
    inner = line.strip()
    inner = inner.removeprefix("|").removesuffix("|")
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", inner)]


def _csv_records(text: str) -> list[list[str]]:
    """The records of a CSV sheet, with ``,`` or ``;`` between cells: whichever comes first
    on the first line (a heading, so never inside a quoted value)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    positions = [(first.find(mark), mark) for mark in ",;" if mark in first]
    delimiter = min(positions)[1] if positions else ","
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise _refused(
            Text(f"nieczytelny arkusz CSV: {error}", f"not a readable CSV sheet: {error}")
        ) from None


def _markdown_records(text: str) -> list[list[str]]:
    records: list[list[str]] = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("- ") and ":" in stripped:
            key, _, value = stripped[2:].partition(":")
            records.append([key.strip(), value.strip()])
        elif stripped.startswith("|"):
            cells = _split_markdown_row(stripped)
            if all(re.fullmatch(r":?-{3,}:?", cell) for cell in cells):
                continue  # the line under the headings
            records.append(cells)
        elif not stripped or stripped.startswith("#"):
            records.append([])
    return records


def _json_records(text: str) -> list[list[str]]:
    data = parse_json(text)
    if not isinstance(data, dict) or not isinstance(data.get("sheet"), dict):
        raise _refused(
            Text(
                "arkusz audytu w JSON ma obiekt 'sheet' i listę 'rows'",
                "an audit sheet in JSON has a 'sheet' object and 'rows'",
            )
        )
    records: list[list[str]] = [[str(k), _cell(v)] for k, v in data["sheet"].items()]
    rows = data.get("rows")
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise _refused(
            Text("oczekiwano listy obiektów", "expected a list of objects"),
            Text("$.rows", "$.rows"),
        )
    headings = list(rows[0]) if rows else [en for _, _, en in _COLUMNS]
    records.append([])
    records.append(headings)
    records.extend([_cell(row.get(heading)) for heading in headings] for row in rows)
    return records


def _cell(value: object) -> str:
    return "" if value is None else value if isinstance(value, str) else json.dumps(value)


_READERS: Mapping[str, Callable[[str], list[list[str]]]] = {
    "csv": _csv_records,
    "md": _markdown_records,
    "json": _json_records,
}


def read_sheet(source: DocumentSource, form: str | None = None) -> Audit:
    """The audit a filled sheet records, in the ``form`` given (``csv``, ``md`` or ``json``)
    or, without one, the form its text opens with: JSON with ``{``, Markdown with ``#`` or
    ``|``, CSV otherwise (see the module's docstring).

    Raises :class:`~investor_standard.foundation.errors.InvalidDocumentError` listing every
    problem, each as ``row N, column C``.

    >>> import datetime as dt
    >>> from investor_standard import LUBELSKIE_2019, LocalGovernment
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> sheet = audit_template(LUBELSKIE_2019, unit, dt.date(2023, 3, 8))
    >>> read_sheet(dump_sheet(sheet, "json")).findings  # nothing filled in yet
    ()
    >>> read_sheet(dump_sheet(sheet, "md")) == read_sheet(dump_sheet(sheet, "csv"))
    True
    >>> read_sheet("edition,LUBELSKIE-2019\\n", "csv")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidDocumentError: $: no table with a 'requirement'
    column
    """
    if form is not None and form not in _READERS:
        raise _not_a_format(form)
    text = document_text(source).removeprefix("\ufeff")
    check_unicode(text)
    return _audit_from(_READERS[form or _form_of(text)](text))


_OPENING = re.compile(r"\s*(\S)")


def _form_of(text: str) -> str:
    """The form a sheet's text is in, by how it opens: JSON with ``{``, Markdown with a
    heading or a table (``#``, ``|``), CSV otherwise (the forms :func:`dump_sheet` writes
    open so)."""
    opening = _OPENING.match(text)
    first = opening.group(1) if opening else ""
    return "json" if first == "{" else "md" if first in ("#", "|") else "csv"


def read_audit_file(path: PathLike[str] | str) -> Audit:
    """The audit in the file at ``path``: a sheet (``.csv``, ``.md``, or JSON with a
    ``sheet`` object) or an audit document (any other JSON).

    >>> import datetime as dt
    >>> from investor_standard import Audit, Evidence, Finding, LocalGovernment, decide
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> proof = Evidence("internal_document", "Zarządzenie 12/2022")
    >>> findings = [Finding("PROC-01", "met", [proof]), Finding("NET-01", "not_met")]
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), findings)
    >>> from investor_standard import LUBELSKIE_2019
    >>> import pathlib, tempfile
    >>> sheet = dump_sheet(audit_sheet(audit, LUBELSKIE_2019), "csv")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder) / "lubartow.csv"
    ...     _ = path.write_text(sheet, encoding="utf-8")
    ...     print(read_audit_file(path) == audit)
    True
    """
    data = read_limited(path)
    form = sheet_format_of(fspath(path))
    if form is not None:
        return read_sheet(data, form)
    text = document_text(data)
    try:
        return load_audit(text)
    except InvalidDocumentError as error:
        refused = error
    # Only a text that is not an audit is looked at again, to say what it is instead.
    parsed = parse_json(text)
    if isinstance(parsed, dict) and "findings" not in parsed:
        if "sheet" in parsed:
            return read_sheet(text, "json")
        for key, what in _OTHER_DOCUMENTS:
            if key in parsed:  # one line, rather than every field an audit lacks
                raise _refused(Text(f"to jest {what.pl}", f"this is {what.en}"))
    raise refused


#: A key that only another kind of document has, and what that document is.
_OTHER_DOCUMENTS = (
    (
        "offer_type",
        Text(
            "dokument karty terenu, nie audyt (sprawdź go poleceniem 'offer check')",
            "a site-card document, not an audit (check it with 'offer check')",
        ),
    ),
    (
        "labour_market",
        Text("dokument zakładki inwestora, nie audyt", "an investor-tab document, not an audit"),
    ),
    ("outcome", Text("dokument decyzji, nie audyt", "a decision document, not an audit")),
    ("areas", Text("dokument edycji standardu, nie audyt", "an edition document, not an audit")),
    ("phases", Text("dokument harmonogramu, nie audyt", "a timeline document, not an audit")),
)


def _audit_from(records: Sequence[Sequence[str]]) -> Audit:
    problems = _Problems()
    meta: dict[str, str] = {}
    header_at = None
    for index, record in enumerate(records):
        cells = [cell.strip() for cell in record]
        if not any(cells):
            continue
        folded = [_fold(cell) for cell in cells]
        if "requirement" in {_COLUMN_KEYS.get(cell) for cell in folded}:
            header_at = index
            break
        key = _META_KEYS.get(folded[0])
        if key is None:
            problems.add(
                _row(index + 1),
                Text(
                    f"{cells[0]!r} nie jest żadnym z: {_meta_names(Lang.PL)}",
                    f"{cells[0]!r} is not one of {_meta_names(Lang.EN)}",
                ),
            )
        else:
            meta[key] = cells[1] if len(cells) > 1 else ""
    if header_at is None:
        no_table = Text("brak tabeli z kolumną 'wymaganie'", "no table with a 'requirement' column")
        raise InvalidDocumentError([*problems.found, _problem(_WHOLE, no_table)])
    columns = [_COLUMN_KEYS.get(_fold(cell)) for cell in records[header_at]]
    unknown = [
        cell
        for cell, key in zip(records[header_at], columns, strict=True)
        if key is None and cell.strip()
    ]
    for cell in unknown:
        problems.add(
            _row(header_at + 1),
            Text(
                f"{cell!r} nie jest kolumną arkusza audytu",
                f"{cell!r} is not a column of an audit sheet",
            ),
        )
    jst, edition, audited_on = _head(meta, problems)
    findings = _findings(records, header_at, columns, audited_on, problems)
    if problems.found or jst is None or edition is None or audited_on is None:
        raise InvalidDocumentError(problems.found)  # _head reports whatever is missing
    try:
        return Audit(jst, edition, audited_on, findings, meta.get("auditor", ""))
    except InvestorStandardError as error:
        raise InvalidDocumentError(
            [DocumentProblem("$", str(error), pl=error.in_(Lang.PL))]
        ) from None


def _meta_names(lang: Lang) -> str:
    return ", ".join(_heading(_META, key, lang) for key, _, _ in _META)


def _head(
    meta: Mapping[str, str], problems: _Problems
) -> tuple[LocalGovernment | None, str | None, dt.date | None]:
    for key, _, _ in _META[:4]:
        if not meta.get(key):
            problems.add(
                _meta(key),
                Text(
                    "brak wartości: wpisz ją nad tabelą", "is missing: fill it in above the table"
                ),
            )
    jst = None
    if meta.get("teryt"):
        try:
            jst = LocalGovernment(meta["teryt"], meta.get("name") or meta["teryt"])
        except InvestorStandardError as error:
            problems.add(_meta("teryt"), Text(error.in_(Lang.PL), str(error)))
    audited_on = _date(meta.get("audited_on", ""), _meta("audited_on"), problems)
    return jst, meta.get("edition") or None, audited_on


def _date(text: str, where: Text, problems: _Problems) -> dt.date | None:
    if not text:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        problems.add(
            where,
            Text(
                f"{text!r} nie jest dniem kalendarza w postaci RRRR-MM-DD",
                f"{text!r} is not a day of the calendar in the form YYYY-MM-DD",
            ),
        )
        return None


def _findings(
    records: Sequence[Sequence[str]],
    header_at: int,
    columns: Sequence[str | None],
    audited_on: dt.date | None,
    problems: _Problems,
) -> tuple[Finding, ...]:
    found: dict[str, list[Any]] = {}  # requirement -> [result, note, [evidence]]
    order: list[str] = []
    answered: set[str] = set()  # a result was written, even one that could not be read
    for index in problems.rows(header_at + 1, len(records)):
        cells = {
            key: cell.strip() for key, cell in zip(columns, records[index], strict=False) if key
        }
        if not any(cells.values()):
            continue
        row = index + 1
        requirement = cells.get("requirement", "")
        if not requirement:
            problems.add(_row(row, "requirement"), Text("jest puste", "is empty"))
            continue
        entry = found.get(requirement)
        if cells.get("result"):
            answered.add(requirement)
        result = _choice(cells.get("result", ""), _RESULTS, Result, _row(row, "result"), problems)
        if entry is None:
            entry = found[requirement] = [result, cells.get("note", ""), []]
            order.append(requirement)
        elif result is not None and entry[0] is not None:
            problems.add(
                _row(row, "result"),
                Text(
                    f"{requirement} ma już wynik wyżej", f"{requirement} already has a result above"
                ),
            )
        elif result is not None:
            entry[0] = result
        evidence = _evidence(cells, row, problems)
        if evidence is not None:
            entry[2].append(evidence)
    findings = []
    for requirement in order:
        result, note, evidence = found[requirement]
        if result is None:
            if (evidence or note) and requirement not in answered:
                problems.add(
                    Text(requirement, requirement),
                    Text(
                        "ma dowód lub uwagę, lecz nie ma wyniku",
                        "has evidence or a note but no result",
                    ),
                )
            continue
        try:
            findings.append(Finding(requirement, result, tuple(evidence), note))
        except InvestorStandardError as error:  # pragma: no cover - the cells were checked
            problems.add(Text(requirement, requirement), Text(error.in_(Lang.PL), str(error)))
    return tuple(findings)


def _choice(
    text: str, spellings: Mapping[str, Any], kind: Any, where: Text, problems: _Problems
) -> Any:
    if not text:
        return None
    value = spellings.get(_fold(text))
    if value is None:
        problems.add(
            where,
            Text(
                f"{text!r} nie jest żadnym z: {', '.join(member.label.pl for member in kind)}",
                f"{text!r} is not one of {', '.join(member.label.en for member in kind)}",
            ),
        )
    return value


def _evidence(cells: Mapping[str, str], row: int, problems: _Problems) -> Evidence | None:
    kind_text, reference = cells.get("evidence", ""), cells.get("reference", "")
    dated, note = cells.get("collected_on", ""), cells.get("evidence_note", "")
    if not (kind_text or reference or dated or note):
        return None
    kind = _choice(kind_text, _EVIDENCE_KINDS, EvidenceKind, _row(row, "evidence"), problems)
    if not kind_text:
        problems.add(
            _row(row, "evidence"),
            Text("jest puste: wpisz, jaki to dowód", "is empty: say what kind of evidence this is"),
        )
    if not reference:
        problems.add(
            _row(row, "reference"),
            Text("jest puste: wpisz, gdzie jest dowód", "is empty: say where the evidence is"),
        )
    collected_on = _date(dated, _row(row, "collected_on"), problems)
    if kind is None or not reference or (dated and collected_on is None):
        return None
    return Evidence(kind, reference, collected_on, note)
