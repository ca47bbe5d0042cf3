"""JSON documents: round trips, schema versions and precise errors."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, strategies as st

from investor_standard import (
    LUBELSKIE_2019,
    LUBELSKIE_PROJECT,
    Audit,
    Decision,
    Edition,
    InvalidDocumentError,
    InvestorStandardError,
    LocalGovernment,
    decide,
)
from investor_standard.documents.codec import (
    MAX_DOCUMENT_BYTES,
    DocumentKind,
    dump_audit,
    dump_decision,
    dump_document,
    dump_edition,
    dump_timeline,
    load_audit,
    load_decision,
    load_document,
    load_edition,
    load_offer,
    load_timeline,
)
from investor_standard.programme import ProjectTimeline
from investor_standard.strategies import audits, decisions, editions, timelines

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
LUBARTOW = (EXAMPLES / "lubartow-2023.audit.json").read_text(encoding="utf-8")


def example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(LUBARTOW)
    return data


# --- round trips ---------------------------------------------------------------------------------


@given(audits())
def test_audit_round_trip(audit: Audit) -> None:
    """load_audit(dump_audit(a)) == a for every audit."""
    assert load_audit(dump_audit(audit)) == audit


@given(editions())
def test_edition_round_trip(edition: Edition) -> None:
    """Editions survive dumping and loading, parameters and provenance included."""
    assert load_edition(dump_edition(edition)) == edition


@given(decisions())
def test_decision_round_trip(decision: Decision) -> None:
    """Decisions, with their scores, reasons and rules, survive dumping and loading."""
    assert load_decision(dump_decision(decision)) == decision


@given(timelines())
def test_timeline_round_trip(timeline: ProjectTimeline) -> None:
    """Timelines survive dumping and loading."""
    assert load_timeline(dump_timeline(timeline)) == timeline


def test_shipped_values_round_trip_and_bytes_are_accepted() -> None:
    """The shipped edition and timeline round-trip; documents load from str and UTF-8 bytes."""
    assert load_edition(dump_edition(LUBELSKIE_2019)) == LUBELSKIE_2019
    assert load_timeline(dump_timeline(LUBELSKIE_PROJECT).encode()) == LUBELSKIE_PROJECT
    audit = load_audit(LUBARTOW.encode("utf-8"))
    assert load_audit(bytearray(LUBARTOW.encode())) == audit
    assert load_audit(memoryview(LUBARTOW.encode())) == audit
    assert dump_audit(audit) == LUBARTOW


def test_dump_puts_schema_version_first() -> None:
    """Every document starts with its schema_version, for readers that sniff it."""
    text = dump_decision(decide(load_audit(LUBARTOW), LUBELSKIE_2019))
    assert text.startswith('{\n  "schema_version": 1,')
    with pytest.raises(InvalidDocumentError, match="expected a Audit to dump"):
        dump_document(LUBELSKIE_2019, DocumentKind.AUDIT)


def test_optional_fields_may_be_left_out() -> None:
    """Fields with defaults (auditor, notes, evidence, collected_on) need not be written."""
    minimal = {
        "schema_version": 1,
        "jst": {"teryt": "0608011", "name": "Lubartów"},
        "edition": "LUBELSKIE-2019",
        "audited_on": "2023-03-08",
        "findings": [{"requirement": "PROC-02", "result": "not_met"}],
    }
    audit = load_audit(json.dumps(minimal))
    assert audit.auditor == ""
    assert audit.findings[0].evidence == ()


# --- the bad-document corpus ---------------------------------------------------------------------


def mutate(path: str, value: Any) -> str:
    """The Lubartów example with the value at ``path`` (dotted, [n] for indices) replaced;
    the special value DELETE removes the key."""
    data = example()
    parts = path.replace("[", ".").replace("]", "").split(".")
    target: Any = data
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target[part]
    last = parts[-1]
    if value is DELETE:
        del target[last]
    elif last.isdigit():
        target[int(last)] = value
    else:
        target[last] = value
    return json.dumps(data, ensure_ascii=False)


DELETE = object()

#: (name, document text, the exact problems expected, whether the JSON Schema rejects it too)
CORPUS: list[tuple[str, str | bytes, list[str], bool]] = [
    (
        "bad enum value",
        mutate("findings[3].result", "met!"),
        ["$.findings[3].result: 'met!' is not one of met, partially_met, not_met, not_applicable"],
        True,
    ),
    (
        "impossible date",
        mutate("audited_on", "2023-02-30"),
        ["$.audited_on: '2023-02-30' is not a valid date: day is out of range for month"],
        False,
    ),
    (
        "date in another format",
        mutate("findings[0].evidence[0].collected_on", "14.11.2022"),
        [
            "$.findings[0].evidence[0].collected_on: '14.11.2022' is not a date in the form "
            "YYYY-MM-DD"
        ],
        True,
    ),
    (
        "unknown key",
        mutate("findings[1].evidence[1].url", "x"),
        ["$.findings[1].evidence[1].url: unexpected key"],
        True,
    ),
    ("missing key", mutate("edition", DELETE), ["$.edition: required field missing"], True),
    (
        "string where an array belongs",
        mutate("findings", "PROC-01"),
        ["$.findings: expected an array, got string 'PROC-01'"],
        True,
    ),
    (
        "number where a string belongs",
        mutate("jst.name", 7),
        ["$.jst.name: expected a string, got number 7"],
        True,
    ),
    (
        "boolean where an integer belongs",
        mutate("schema_version", True),
        ["$.schema_version: expected an integer, got boolean True"],
        True,
    ),
    (
        "null where a string belongs",
        mutate("auditor", None),
        ["$.auditor: expected a string, got null"],
        True,
    ),
    (
        "blank name",
        mutate("jst.name", " "),
        ["$.jst.name: must be a non-empty string"],
        False,
    ),
    (
        "TERYT of a town within an urban-rural gmina",
        mutate("jst.teryt", "0608014"),
        [
            "$.jst.teryt: invalid TERYT code '0608014': the type digit '4' marks the town within "
            "an urban-rural gmina, which is not a self-governing unit"
        ],
        False,
    ),
    (
        "two findings for one requirement",
        mutate("findings[1].requirement", "PROC-01"),
        ["$.findings[1]: a second finding for the requirement; the first is findings[0]"],
        False,
    ),
    (
        "evidence after the audit date",
        mutate("findings[0].evidence[0].collected_on", "2024-01-01"),
        [
            "$.findings[0].evidence[0].collected_on: collected on 2024-01-01, after the audit "
            "date 2023-03-08"
        ],
        False,
    ),
    (
        "newer schema version",
        mutate("schema_version", 2),
        [
            "$.schema_version: version 2 is not supported; this library reads version 1 (a newer "
            "document needs a newer investor-standard)"
        ],
        True,
    ),
    (
        "no schema version",
        mutate("schema_version", DELETE),
        ["$.schema_version: required field missing"],
        True,
    ),
    ("top-level array", "[]", ["$: expected a JSON object, got array"], True),
    ("top-level string", '"audit"', ["$: expected a JSON object, got string"], True),
    (
        "malformed JSON",
        '{\n  "schema_version": 1,\n  "jst": }',
        ["$: malformed JSON at line 3, column 10: Expecting value"],
        False,
    ),
    ("NaN", '{"schema_version": NaN}', ["$: NaN is not allowed in JSON documents"], False),
    (
        "Infinity",
        '{"schema_version": -Infinity}',
        ["$: -Infinity is not allowed in JSON documents"],
        False,
    ),
    ("non-UTF-8 bytes", b'{"a": "\xc5"}', ["$: not UTF-8: byte 0xc5 at offset 7"], False),
    (
        "byte order mark",
        b"\xef\xbb\xbf" + LUBARTOW.encode(),
        ["$: malformed JSON at line 1, column 1: Unexpected UTF-8 BOM (decode using utf-8-sig)"],
        False,
    ),
    (
        "repeated key",
        '{"schema_version": 1, "schema_version": 1}',
        ["$: repeated key 'schema_version' in an object"],
        False,
    ),
    (
        "very deep nesting",
        "[" * 200_000 + "]" * 200_000,
        ["$: the JSON is nested too deeply"],
        False,
    ),
]


@pytest.mark.parametrize(
    ("source", "expected"),
    [(source, expected) for _, source, expected, _ in CORPUS],
    ids=[name for name, *_ in CORPUS],
)
def test_bad_documents_name_the_exact_path(source: str | bytes, expected: list[str]) -> None:
    """Each bad document raises InvalidDocumentError with exactly the expected problems."""
    with pytest.raises(InvalidDocumentError) as caught:
        load_audit(source)
    assert [str(problem) for problem in caught.value.problems] == expected
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, InvestorStandardError)


def test_all_problems_are_listed_together() -> None:
    """Several problems in one document are all reported, in document order."""
    data = example()
    data["findings"][0]["result"] = "yes"
    data["findings"][2]["evidence"][0]["kind"] = "photo"
    data["audited_on"] = 20230308
    with pytest.raises(InvalidDocumentError) as caught:
        load_audit(json.dumps(data))
    assert [problem.path for problem in caught.value.problems] == [
        "$.audited_on",
        "$.findings[0].result",
        "$.findings[2].evidence[0].kind",
    ]
    assert str(caught.value).startswith("3 problems in the document:\n  $.audited_on: ")


def test_size_limit() -> None:
    """Input above the documented limit is refused before it is parsed, as bytes or str."""
    big = b" " * (MAX_DOCUMENT_BYTES + 1)
    with pytest.raises(InvalidDocumentError, match="the limit is"):
        load_audit(big)
    with pytest.raises(InvalidDocumentError, match="larger than the limit"):
        load_audit(big.decode())


def test_dump_refuses_what_could_not_be_read_back() -> None:
    """A value whose document would pass the size limit is refused when dumped, naming
    its size, rather than written and then refused on reading; just below the limit, the
    document is written and reads back."""
    audit = load_audit(LUBARTOW)
    room = MAX_DOCUMENT_BYTES - len(dump_audit(audit).encode())
    # "ł" takes two bytes in UTF-8: the limit counts bytes, not characters
    fits = attrs.evolve(audit, auditor=audit.auditor + "ł" * (room // 2))
    assert load_audit(dump_audit(fits)) == fits
    too_big = attrs.evolve(audit, auditor=audit.auditor + "ł" * (room // 2 + 1))
    with pytest.raises(InvalidDocumentError, match=r"would be [0-9]+ bytes, more than the"):
        dump_audit(too_big)


def test_wrong_input_types() -> None:
    """Only str and bytes-like input is JSON text."""
    with pytest.raises(InvalidDocumentError, match="expected JSON text as str or bytes, got dict"):
        load_audit({"schema_version": 1})  # type: ignore[arg-type]  # on purpose


def test_huge_integer_is_a_document_error() -> None:
    """An integer too long for Python's int conversion limit is a document error too."""
    with pytest.raises(InvalidDocumentError, match=r"Exceeds the limit"):
        load_audit('{"schema_version": ' + "9" * 5000 + "}")


def test_audit_problems_from_an_edition_are_not_document_problems() -> None:
    """A well-formed audit of an unknown requirement loads; deciding it reports the problem."""
    audit = load_audit(mutate("findings[0].requirement", "PROC-9"))
    assert audit.findings[0].requirement == "PROC-9"


def test_other_kinds_report_paths_too() -> None:
    """Editions, decisions and timelines report problems with paths in the same way."""
    edition = json.loads(dump_edition(LUBELSKIE_2019))
    edition["requirements"][2]["parameters"][0]["type"] = "deadline"
    with pytest.raises(InvalidDocumentError) as caught:
        load_edition(json.dumps(edition))
    assert str(caught.value).startswith("$.requirements[2].parameters[0]: 'type' must be one of")
    timeline = json.loads(dump_timeline(LUBELSKIE_PROJECT))
    timeline["phases"][1]["start"] = "2020-01-28"
    with pytest.raises(InvalidDocumentError, match=r"^\$: project LUBELSKIE: phase SUPPORT"):
        load_timeline(json.dumps(timeline))
    decision = json.loads(dump_decision(decide(load_audit(LUBARTOW), LUBELSKIE_2019)))
    decision["score"]["earned"] = "1/0"
    with pytest.raises(InvalidDocumentError, match=r"\$\.score\.earned: '1/0' divides by zero"):
        load_decision(json.dumps(decision))
    decision["score"]["earned"] = "half"
    with pytest.raises(InvalidDocumentError, match=r"\$\.score\.earned: 'half' is not a fraction"):
        load_decision(json.dumps(decision))


# --- fuzzing -------------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children) | st.dictionaries(st.text(), children),
    max_leaves=30,
)


@given(json_values)
def test_arbitrary_json_values_only_raise_document_errors(value: object) -> None:
    """Any JSON value either loads or raises InvalidDocumentError, nothing else."""
    with contextlib.suppress(InvalidDocumentError):
        load_audit(json.dumps(value))


@given(st.binary(max_size=300))
def test_arbitrary_bytes_only_raise_document_errors(data: bytes) -> None:
    """Any bytes either load or raise InvalidDocumentError, nothing else."""
    with contextlib.suppress(InvalidDocumentError):
        load_audit(data)


def _paths(value: Any, prefix: str = "") -> list[str]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, f"{prefix}.{key}" if prefix else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, f"{prefix}[{index}]")
    return found


@given(st.sampled_from(_paths(example())), json_values)
def test_replacing_any_part_of_a_valid_audit(path: str, value: object) -> None:
    """Putting any JSON value anywhere in a valid audit loads or raises InvalidDocumentError,
    and when it raises, a problem's path lies on the path that was changed."""
    try:
        load_audit(mutate(path, value))
    except InvalidDocumentError as error:
        problems = error.problems
    else:
        return
    changed = "$." + path
    assert any(changed.startswith(p.path) or p.path.startswith(changed) for p in problems), (
        changed,
        problems,
    )


def test_type_names_for_messages() -> None:
    """Messages name JSON types; a Python value that JSON never makes keeps its own name."""
    from investor_standard.documents.converter import json_type_name  # noqa: PLC0415 - helper under test

    values: tuple[object, ...] = (None, True, 1, 1.5, "x", [], {})
    assert [json_type_name(v) for v in values] == [
        "null",
        "boolean",
        "number",
        "number",
        "string",
        "array",
        "object",
    ]
    assert json_type_name(()) == "tuple"


def test_load_document_by_kind() -> None:
    """load_document reads any kind by its DocumentKind."""
    assert load_document(LUBARTOW, DocumentKind.AUDIT) == load_audit(LUBARTOW)


# --- the fast path agrees with the converter -----------------------------------------------------


def _fast_result(data: dict[str, Any]) -> Audit | None:
    from investor_standard.documents._fast import read_audit  # noqa: PLC0415 - private, tested here

    read = read_audit(data)
    return None if read is None else read[0]


def _converter_result(data: dict[str, Any]) -> Audit | None:
    from investor_standard.documents.converter import FAST  # noqa: PLC0415 - the reference reader

    try:
        audit: Audit = FAST.structure(data, Audit)
    except Exception:
        return None
    return audit


@given(audits())
def test_fast_path_reads_every_valid_audit_as_the_converter_does(audit: Audit) -> None:
    """For every valid audit document the fast path succeeds with the converter's value."""
    data = json.loads(dump_audit(audit))
    del data["schema_version"]
    assert _fast_result(data) == _converter_result(data) == audit


@given(st.sampled_from(_paths(example())), json_values)
def test_fast_path_never_accepts_what_the_converter_refuses(path: str, value: object) -> None:
    """On a mutated document, the fast path either gives up or agrees with the converter."""
    data = json.loads(mutate(path, value))
    data.pop("schema_version", None)
    fast = _fast_result(data)
    if fast is not None:
        assert fast == _converter_result(data)


def _bare() -> dict[str, Any]:
    """The Lubartów example without its version and every optional key: no auditor, and
    findings and evidence with no note, no evidence list and no collection date."""
    data = example()
    del data["schema_version"], data["auditor"]
    for item in data["findings"]:
        item.pop("note", None)
        for entry in item.get("evidence", ()):
            entry.pop("note", None)
            entry.pop("collected_on", None)
    del data["findings"][0]["evidence"]
    return data


def test_fast_path_reads_a_document_without_its_optional_keys() -> None:
    """A document that leaves out every optional key is still read by the fast path, with
    the defaults the classes have: an empty auditor and notes, no evidence."""
    data = _bare()
    fast = _fast_result(data)
    assert fast is not None
    assert fast == _converter_result(data)
    assert fast.auditor == ""
    assert fast.findings[0].evidence == ()
    assert {finding.note for finding in fast.findings} == {""}
    assert {item.note for finding in fast.findings for item in finding.evidence} == {""}


def _set(path: tuple[str | int, ...], value: object) -> dict[str, Any]:
    data = _bare()
    place: Any = data
    for key in path[:-1]:
        place = place[key]
    place[path[-1]] = value
    return data


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(_set(("extra",), 1), id="an-unexpected-top-level-key"),
        pytest.param(_set(("jst", "extra"), 1), id="an-unexpected-key-in-the-unit"),
        pytest.param(_set(("jst", "teryt"), 608011), id="a-units-code-that-is-not-text"),
        pytest.param(_set(("jst", "name"), 5), id="a-units-name-that-is-not-text"),
        pytest.param(_set(("findings",), {}), id="findings-that-are-not-a-list"),
        pytest.param(_set(("findings", 0, "requirement"), "  "), id="a-blank-requirement"),
        pytest.param(_set(("findings", 0, "note"), 5), id="a-findings-note-that-is-not-text"),
        pytest.param(_set(("auditor",), None), id="an-auditor-that-is-not-text"),
        pytest.param(_set(("findings", 0, "evidence"), {}), id="evidence-that-is-not-a-list"),
        pytest.param(_set(("findings", 1, "evidence", 0, "reference"), ""), id="a-blank-reference"),
        pytest.param(
            _set(("findings", 1, "evidence", 0, "note"), 1), id="an-evidence-note-that-is-not-text"
        ),
    ],
)
def test_fast_path_gives_up_at_each_surprise(data: dict[str, Any]) -> None:
    """The fast path decides nothing invalid: at each surprise (named by the test's id) it
    gives up, and the converter, which reports problems, refuses the document."""
    assert _fast_result(data) is None
    assert _converter_result(data) is None


def test_older_versions_pass_through_the_migrations(monkeypatch: pytest.MonkeyPatch) -> None:
    """When a newer schema version exists, an older document is upgraded step by step.

    Only version 1 exists today, so this pretends the library reads version 3 and that
    version 1 named the auditor 'inspector' and version 2 wrote no auditor at all.
    """
    from investor_standard.documents import codec as documents  # noqa: PLC0415 - patched

    def one_to_two(data: dict[str, Any]) -> dict[str, Any]:
        data["auditor"] = data.pop("inspector")
        return data

    def two_to_three(data: dict[str, Any]) -> dict[str, Any]:
        data["auditor"] = data["auditor"].upper()
        return data

    monkeypatch.setattr(documents, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(
        documents,
        "MIGRATIONS",
        {**documents.MIGRATIONS, DocumentKind.AUDIT: {1: one_to_two, 2: two_to_three}},
    )
    old = example()
    old["schema_version"] = 1
    old["inspector"] = old.pop("auditor")
    assert load_audit(json.dumps(old)).auditor == example()["auditor"].upper()
    with pytest.raises(
        InvalidDocumentError, match="version 4 is not supported; this library reads versions 1 to 3"
    ):
        load_audit(json.dumps({**example(), "schema_version": 4}))


# --- repeated keys are found without the per-object hook -----------------------------------------


def _objects(value: Any, prefix: str = "$") -> list[tuple[str, dict[str, Any]]]:
    """Every JSON object inside ``value``, with its path."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(value, dict):
        found.append((prefix, value))
        for key, item in value.items():
            found += _objects(item, f"{prefix}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _objects(item, f"{prefix}[{index}]")
    return found


def with_repeated_key(data: dict[str, Any], path: str, key: str, first: object) -> str:
    """JSON text of ``data`` where the object at ``path`` writes ``key`` twice.

    The first occurrence carries ``first``; the second the object's own value, so a
    parser that silently keeps the last one sees a valid document.
    """
    target = dict(_objects(data))[path]
    marker = "\x00repeated\x00"
    items = list(target.items())
    target.clear()
    target[marker] = first
    target.update(items)
    return json.dumps(data, ensure_ascii=False).replace(json.dumps(marker), json.dumps(key), 1)


_colon_heavy = st.text(alphabet=': "\\ał\n', max_size=12)
_finite_json = json_values.filter(lambda value: "Infinity" not in json.dumps(value))
_first_values = _finite_json | _colon_heavy | st.lists(_colon_heavy, max_size=3)


@given(st.data(), _first_values)
def test_a_repeated_key_anywhere_is_refused(data: st.DataObject, first: object) -> None:
    """Writing any key of any object of a valid audit twice is refused, whatever the first
    value holds (colons, quotes, escapes), even though the last value alone would be valid."""
    document = example()
    path, target = data.draw(st.sampled_from(_objects(document)), label="object")
    key = data.draw(st.sampled_from(sorted(target)), label="key")
    source = with_repeated_key(document, path, key, first)
    with pytest.raises(InvalidDocumentError, match=f"repeated key {key!r} in an object"):
        load_audit(source)


@pytest.mark.parametrize(
    ("name", "transform"),
    [
        ("compact", lambda text: json.dumps(json.loads(text), separators=(",", ":"))),
        ("ASCII escapes", lambda text: json.dumps(json.loads(text))),
        ("space before colons", lambda text: text.replace('":', '" :')),
        ("escaped colons", lambda text: text.replace("https:", "https\\u003a")),
        ("escaped slashes", lambda text: text.replace("/", "\\/")),
    ],
)
def test_every_spelling_of_a_valid_audit_loads_alike(name: str, transform: Any) -> None:
    """Whitespace, escapes and escaped colons change the text, not the audit it holds
    (some of these take the long way, which must read them all the same)."""
    source = transform(LUBARTOW)
    assert source != LUBARTOW, name
    assert load_audit(source) == load_audit(LUBARTOW)


def test_the_fast_path_sets_exactly_the_fields_of_findings_and_evidence() -> None:
    """The fast path builds findings and evidence field by field; its field lists must be
    the classes' own, or a new field would be left unset."""
    import attrs  # noqa: PLC0415 - only this test needs it

    from investor_standard.assessment.audit import Evidence, Finding  # noqa: PLC0415 - checked here
    from investor_standard.documents._fast import EVIDENCE_FIELDS, FINDING_FIELDS  # noqa: PLC0415 - private

    assert tuple(a.name for a in attrs.fields(Evidence)) == EVIDENCE_FIELDS
    assert tuple(a.name for a in attrs.fields(Finding)) == FINDING_FIELDS


def test_plain_audits_take_the_quick_path() -> None:
    """The shipped examples, pretty or compact, are read without the repeated-key hook (the
    speed the benchmark shows depends on it); a text that may hide a colon in an escape
    takes the long way."""
    from investor_standard.documents.codec import _quick_audit  # noqa: PLC0415 - private, tested here

    for path in sorted(EXAMPLES.glob("*.audit.json")):
        text = path.read_text(encoding="utf-8")
        compact = json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":"))
        assert _quick_audit(text) == _quick_audit(compact) == load_audit(text), path.name
        assert _quick_audit(text) is not None
    assert _quick_audit(LUBARTOW.replace("https:", "https\\u003a")) is None


def test_the_reader_remembers_dates_and_units_within_a_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Dates and local governments read are remembered by their text, to save building them
    again, but only up to a bound; past it they are still read correctly, just not kept."""
    from investor_standard.documents import _fast  # noqa: PLC0415 - private, tested here
    from investor_standard.foundation._memo import Memo  # noqa: PLC0415 - private, tested here

    monkeypatch.setattr(_fast, "_DATES", Memo(_fast._parse_date, limit=3))
    monkeypatch.setattr(_fast, "_UNITS", Memo(_fast._make_unit, limit=3))
    for day in range(1, 8):
        data = example()
        data["findings"][0]["evidence"][0]["collected_on"] = f"2022-01-{day:02d}"
        data["jst"]["name"] = f"Lubartów {day}"
        audit = load_audit(json.dumps(data, ensure_ascii=False))
        assert audit.findings[0].evidence[0].collected_on == dt.date(2022, 1, day)
        assert audit.jst == LocalGovernment("0608011", f"Lubartów {day}")
    assert len(_fast._DATES) == len(_fast._UNITS) == 3
    monkeypatch.setattr(_fast, "_UNITS", Memo(_fast._make_unit))
    assert load_audit(LUBARTOW).jst is load_audit(LUBARTOW).jst  # one value, shared


def test_reading_and_deciding_a_valid_audit_does_not_import_cattrs() -> None:
    """The import cost the benchmark shows rests on this: a plain valid audit is read and
    decided without cattrs, which a bad document or a dump then loads."""
    code = (
        "import sys\n"
        "from investor_standard import LUBELSKIE_2019, decide, load_audit, InvalidDocumentError\n"
        f"decide(load_audit(open({str(EXAMPLES / 'lubartow-2023.audit.json')!r}, 'rb').read()),"
        " LUBELSKIE_2019)\n"
        "print('cattrs' in sys.modules, end=' ')\n"
        "try:\n"
        "    load_audit('{\"schema_version\": 1}')\n"
        "except InvalidDocumentError:\n"
        "    print('cattrs' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False True"


def test_a_lone_surrogate_is_refused_wherever_it_is() -> None:
    """A string escaped as a lone surrogate (not Unicode, and impossible to write as UTF-8)
    is refused with its path in every kind of document; so is such a character in text given
    directly, and a released memoryview is the library's error too."""
    data = json.loads((EXAMPLES / "lubartow-2023.audit.json").read_text(encoding="utf-8"))
    data["findings"][2]["note"] = "\udddd"
    with pytest.raises(InvalidDocumentError, match=r"^\$\.findings\[2\]\.note: a lone surro"):
        load_audit(json.dumps(data))
    with pytest.raises(InvalidDocumentError, match="lone surrogate"):
        load_offer('{"id": "\\ud800"}')
    with pytest.raises(InvalidDocumentError, match=r"^\$: not valid Unicode"):
        load_audit('{"auditor": "' + chr(0xDC00) + '"}')
    paired = json.loads((EXAMPLES / "lubartow-2023.audit.json").read_text(encoding="utf-8"))
    paired["auditor"] = "\U0001f600"  # a pair, written as two escapes, is fine
    assert load_audit(json.dumps(paired)).auditor == "\U0001f600"
    view = memoryview(b"{}")
    view.release()
    with pytest.raises(InvalidDocumentError, match="cannot be read"):
        load_audit(view)


def _decision_document() -> dict[str, Any]:
    audit = load_audit((EXAMPLES / "przykladowa-2023.audit.json").read_bytes())
    document: dict[str, Any] = json.loads(dump_decision(decide(audit)))
    return document


def test_a_decision_record_must_be_consistent_in_itself() -> None:
    """A record is not decided again, but it cannot contradict itself: certified beside a
    blocking reason, incomplete with everything assessed, or a negative score is refused."""
    certified = _decision_document()
    certified["outcome"] = "certified"
    with pytest.raises(InvalidDocumentError, match=r"\$\.outcome: certified, yet reasons block"):
        load_decision(json.dumps(certified))
    incomplete = _decision_document()
    incomplete["outcome"] = "incomplete"
    with pytest.raises(InvalidDocumentError, match=r"\$\.outcome: incomplete, yet all assessed"):
        load_decision(json.dumps(incomplete))
    negative = _decision_document()
    negative["score"]["earned"] = "-1"
    with pytest.raises(InvalidDocumentError, match=r"\$\.score: earned -1 of"):
        load_decision(json.dumps(negative))


def test_a_fraction_or_date_with_a_trailing_line_break_is_refused() -> None:
    """The patterns match whole values: '1/2\\n' is not a fraction, '2023-03-10\\n' no date."""
    document = _decision_document()
    document["rules"]["recommended_share"] = "1/2\n"
    with pytest.raises(InvalidDocumentError, match="recommended_share"):
        load_decision(json.dumps(document))
    data = json.loads((EXAMPLES / "lubartow-2023.audit.json").read_text(encoding="utf-8"))
    data["audited_on"] += "\n"
    with pytest.raises(InvalidDocumentError, match=r"\$\.audited_on"):
        load_audit(json.dumps(data))


def test_verifying_a_recorded_decision() -> None:
    """A record holds when its audit gets the same outcome and score now; under stricter
    rules it may not; the audit of another unit or day is refused."""
    from investor_standard.assessment import CertificationRules, verify_decision  # noqa: PLC0415
    from investor_standard.foundation import CertificationError  # noqa: PLC0415

    audit = load_audit((EXAMPLES / "lubartow-2023.audit.json").read_bytes())
    record = load_decision(dump_decision(decide(audit)))
    held = verify_decision(record, audit)
    assert held.holds
    assert held.explain() == "the recorded decision holds: certified, 92%"
    strict = CertificationRules(recommended_share=1)
    changed = verify_decision(record, audit, rules=strict)
    assert changed.score_holds
    assert not changed.outcome_holds
    assert changed.explain("pl").startswith("zapisana decyzja nie jest już aktualna")
    other = load_audit((EXAMPLES / "przykladowa-2023.audit.json").read_bytes())
    with pytest.raises(CertificationError, match="not the audit of Gmina"):
        verify_decision(record, other)


def test_refusing_a_huge_array_of_bad_items_collects_a_bounded_number_of_problems() -> None:
    """An audit whose finding holds 50 000 invalid evidence entries is refused with at most
    about a hundred problems, the last saying how many items were not checked; the budget is
    per document, so the next document gets its own."""
    from investor_standard.documents._structure import MAX_PROBLEMS  # noqa: PLC0415

    data = json.loads((EXAMPLES / "lubartow-2023.audit.json").read_text(encoding="utf-8"))
    data["findings"][0]["evidence"] = [0] * 50_000
    for _ in range(2):
        with pytest.raises(InvalidDocumentError) as caught:
            load_audit(json.dumps(data))
        problems = [str(problem) for problem in caught.value.problems]
        assert MAX_PROBLEMS <= len(problems) <= MAX_PROBLEMS + 3
        assert problems[0].startswith("$.findings[0].evidence[0]: ")
        assert "$.findings[0].evidence: … and 49900 more items not checked" in problems
