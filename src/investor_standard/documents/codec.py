"""JSON documents: audits, editions, decisions, timelines, site cards and investor tabs.

Every document is a JSON object with a ``schema_version`` (an integer, now
:data:`SCHEMA_VERSION`) beside the fields of the value it carries. Loading:

1. accepts ``str`` or UTF-8 ``bytes`` of at most :data:`MAX_DOCUMENT_BYTES`;
2. parses strict JSON: no ``NaN`` or ``Infinity``, no repeated keys, not nested
   deeper than the parser allows;
3. checks ``schema_version``: a newer or unknown version is refused, an older one is
   passed through the registered migrations (:data:`MIGRATIONS`) up to the current;
4. builds the value with the library's converter (:mod:`investor_standard.documents.converter`),
   fast first, and with a detailed pass only when that fails.

Whatever goes wrong raises :class:`~investor_standard.foundation.errors.InvalidDocumentError`
listing every problem with its JSON path, and never another exception.

>>> from investor_standard import LUBELSKIE_PROJECT
>>> load_timeline(dump_timeline(LUBELSKIE_PROJECT)) == LUBELSKIE_PROJECT
True
>>> load_audit('{"schema_version": 1, "jst": {"teryt": "0608011", "name": "Lubartów"}}')
Traceback (most recent call last):
...
investor_standard.foundation.errors.InvalidDocumentError: 3 problems in the document:
  $.edition: required field missing
  $.audited_on: required field missing
  $.findings: required field missing

>>> SCHEMA_VERSION, MAX_DOCUMENT_BYTES // 2**20  # the version written; the limit in MiB
(1, 8)
>>> sorted(kind.value for kind, steps in MIGRATIONS.items() if steps)  # none yet: version 1
[]
>>> from investor_standard import LUBELSKIE_PROJECT
>>> text = dump_timeline(LUBELSKIE_PROJECT)
>>> forms = (text, text.encode(), memoryview(text.encode()))  # a DocumentSource each
>>> all(load_timeline(form) == LUBELSKIE_PROJECT for form in forms)
True
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable, Mapping
from os import PathLike
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from investor_standard.assessment.audit import Audit
from investor_standard.assessment.catalogue import Edition
from investor_standard.assessment.certification import Decision, Outcome
from investor_standard.documents._fast import read_audit
from investor_standard.documents._json import BilingualValueError, json_type_name
from investor_standard.foundation._enum import FastEnum
from investor_standard.foundation.errors import (
    DocumentProblem,
    InvalidDocumentError,
)

if TYPE_CHECKING:
    from investor_standard.offer.investor_tab import InvestorTab
    from investor_standard.offer.site import SiteOffer
    from investor_standard.programme.timeline import ProjectTimeline

#: What a loader reads: JSON text, its UTF-8 bytes, or the path of a file holding them.
DocumentSource = str | bytes | bytearray | memoryview | PathLike[str]

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "DocumentKind",
    "DocumentSource",
    "check_unicode",
    "document_text",
    "dump_audit",
    "dump_decision",
    "dump_edition",
    "dump_investor_tab",
    "dump_offer",
    "dump_timeline",
    "load_audit",
    "load_decision",
    "load_edition",
    "load_investor_tab",
    "load_offer",
    "load_timeline",
    "lone_surrogates",
    "parse_json",
    "read_limited",
]

#: The version of the document format this library writes and reads.
SCHEMA_VERSION = 1
#: The largest document accepted, in bytes of UTF-8 (a large audit is a few tens of kB).
MAX_DOCUMENT_BYTES = 8 * 1024 * 1024


class DocumentKind(FastEnum):
    """The kinds of document the library reads and writes, and the class each one carries.

    >>> DocumentKind.AUDIT.value, DocumentKind.AUDIT.value_type.__name__
    ('audit', 'Audit')
    >>> [kind.value for kind in DocumentKind]
    ['audit', 'edition', 'decision', 'timeline', 'offer', 'investor_tab']
    """

    AUDIT = "audit"
    EDITION = "edition"
    DECISION = "decision"
    TIMELINE = "timeline"
    OFFER = "offer"
    INVESTOR_TAB = "investor_tab"

    @property
    def value_type(self) -> type[Any]:
        """The class a document of this kind holds (its module is imported on first use)."""
        module, name = _VALUE_TYPES[self]
        value_type: type[Any] = getattr(importlib.import_module(module), name)
        return value_type


#: Where each kind's class lives; imported on first use, so that reading audits does not
#: load the calendar and timeline modules.
_VALUE_TYPES: Mapping[DocumentKind, tuple[str, str]] = MappingProxyType(
    {
        DocumentKind.AUDIT: ("investor_standard.assessment.audit", "Audit"),
        DocumentKind.EDITION: ("investor_standard.assessment.catalogue", "Edition"),
        DocumentKind.DECISION: ("investor_standard.assessment.certification", "Decision"),
        DocumentKind.TIMELINE: ("investor_standard.programme.timeline", "ProjectTimeline"),
        DocumentKind.OFFER: ("investor_standard.offer.site", "SiteOffer"),
        DocumentKind.INVESTOR_TAB: ("investor_standard.offer.investor_tab", "InvestorTab"),
    }
)

Migration = Callable[[dict[str, Any]], dict[str, Any]]

#: Migrations by kind and by the version they upgrade *from* (to that version + 1). Only
#: version 1 exists so far, so there are none yet; a future version 2 adds ``{1: upgrade}``.
MIGRATIONS: Mapping[DocumentKind, Mapping[int, Migration]] = MappingProxyType(
    {kind: MappingProxyType({}) for kind in DocumentKind}
)


def _fail(path: str, message: str, pl: str) -> InvalidDocumentError:
    """A document's one problem, in English (``message``) and in Polish (``pl``)."""
    return InvalidDocumentError([DocumentProblem(path, message, pl=pl)])


def _reject_constant(name: str) -> Any:
    raise BilingualValueError(
        f"{name} is not allowed in JSON documents", f"{name} nie jest dozwolone w dokumentach JSON"
    )


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:  # pragma: no branch - the lengths differ, so a key repeats
            if key in seen:
                raise BilingualValueError(
                    f"repeated key {key!r} in an object", f"powtórzony klucz {key!r} w obiekcie"
                )
            seen.add(key)
    return result


def read_limited(path: PathLike[str] | str) -> bytes:
    """The bytes of the file at ``path``, reading no more than one byte past the size limit
    (so that a huge or endless file is refused without being read whole).

    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as name:
    ...     folder = pathlib.Path(name)
    ...     _ = (folder / "audit.json").write_bytes(b"{}")
    ...     print(read_limited(folder / "audit.json"))
    b'{}'
    >>> read_limited("missing.json")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidDocumentError: $: cannot read: No such file or
    directory
    """
    try:
        with open(path, "rb") as file:
            return file.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as error:
        reason = error.strerror or error
        raise _fail("$", f"cannot read: {reason}", f"nie można odczytać: {reason}") from None


def document_text(source: DocumentSource) -> str:
    """``source`` as text, within the size limit; every failure is an InvalidDocumentError.

    A path (:class:`os.PathLike`) is read as UTF-8 bytes.

    >>> document_text(b'{"schema_version": 1}')
    '{"schema_version": 1}'
    >>> document_text(b'\\xff')  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidDocumentError: $: not UTF-8: byte 0xff at offset
    0
    """
    if isinstance(source, PathLike):
        source = read_limited(source)
    if isinstance(source, bytearray | memoryview):
        try:
            source = bytes(source)
        except ValueError as error:  # a released memoryview
            raise _fail(
                "$", f"the bytes cannot be read: {error}", f"nie można odczytać bajtów: {error}"
            ) from None
    if isinstance(source, bytes):
        if len(source) > MAX_DOCUMENT_BYTES:
            raise _fail(
                "$",
                f"the document is {len(source)} bytes; the limit is {MAX_DOCUMENT_BYTES}",
                f"dokument ma {len(source)} bajtów; limit to {MAX_DOCUMENT_BYTES}",
            )
        try:
            return source.decode("utf-8")
        except UnicodeDecodeError as error:
            byte = error.object[error.start]
            raise _fail(
                "$",
                f"not UTF-8: byte {byte:#04x} at offset {error.start}",
                f"to nie UTF-8: bajt {byte:#04x} na pozycji {error.start}",
            ) from None
    if isinstance(source, str):
        try:
            size = len(source) if len(source) > MAX_DOCUMENT_BYTES else len(source.encode())
        except UnicodeEncodeError as error:
            lone = source[error.start]
            raise _fail(
                "$",
                f"not valid Unicode: a lone surrogate {lone!r} at offset {error.start}",
                f"niepoprawny Unicode: samotny surogat {lone!r} na pozycji {error.start}",
            ) from None
        if size > MAX_DOCUMENT_BYTES:
            raise _fail(
                "$",
                f"the document is larger than the limit of {MAX_DOCUMENT_BYTES} bytes",
                f"dokument przekracza limit {MAX_DOCUMENT_BYTES} bajtów",
            )
        return source
    raise _fail(
        "$",
        f"expected JSON text as str or bytes, got {type(source).__name__}",
        f"oczekiwano tekstu JSON jako str lub bytes, otrzymano {type(source).__name__}",
    )


def parse_json(text: str) -> Any:
    """Parse strict JSON; every failure becomes an :class:`InvalidDocumentError`.

    >>> parse_json('{"a": [1, 2]}')
    {'a': [1, 2]}
    >>> parse_json('{"a": 1, "a": 2}')
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidDocumentError: $: repeated key 'a' in an object
    """
    try:
        return json.loads(
            text, parse_constant=_reject_constant, object_pairs_hook=_no_repeated_keys
        )
    except json.JSONDecodeError as error:
        raise _fail(
            "$",
            f"malformed JSON at line {error.lineno}, column {error.colno}: {error.msg}",
            f"błędny JSON w wierszu {error.lineno}, kolumnie {error.colno}: {error.msg}",
        ) from None
    except RecursionError:
        raise _fail(
            "$", "the JSON is nested too deeply", "JSON jest zagnieżdżony zbyt głęboko"
        ) from None
    except BilingualValueError as error:
        raise _fail("$", str(error), error.pl) from None
    except ValueError as error:  # a number of more digits than Python converts
        raise _fail("$", str(error), f"nieczytelny JSON: {error}") from None


#: A decoder made once: ``json.loads`` with arguments makes a new one on every call.
_PLAIN_JSON = json.JSONDecoder(parse_constant=_reject_constant)


def _quick_audit(text: str) -> Audit | None:
    """The audit in ``text`` when it is a plain, valid, current one; None to take the long way.

    It parses without the repeated-key hook, which costs a Python call per object,
    and proves the absence of repeated keys by counting instead. In JSON, a colon
    outside strings always separates a key from its value. So the colons in the text,
    less those inside the strings the reader kept, are at least the number of keys
    written. When that equals the number of keys the parsed objects hold, no key was
    written twice (a repeated key leaves its object with fewer keys than were
    written). An escaped colon (``\\u003a``) would hide from the count, so a text that
    may hold one never comes here (see :func:`load_document`), and one whose counts
    differ for any reason takes the long way, which reports what is wrong, or reads it.
    """
    try:
        data = _PLAIN_JSON.decode(text)
    except (ValueError, RecursionError):
        return None
    version = data.pop("schema_version", None) if data.__class__ is dict else None
    read = read_audit(data) if version.__class__ is int and version == SCHEMA_VERSION else None
    # + 1: the schema_version key, which the reader did not see
    if read is None or text.count(":") - read[2] != read[1] + 1:
        return None
    return read[0]


def _upgrade(data: dict[str, Any], kind: DocumentKind) -> dict[str, Any]:
    """Check ``schema_version`` and bring ``data`` to the current version."""
    if "schema_version" not in data:
        raise _fail("$.schema_version", "required field missing", "brak wymaganego pola")
    version = data.pop("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        got = f"{json_type_name(version)} {version!r}"
        raise _fail(
            "$.schema_version",
            f"expected an integer, got {got}",
            f"oczekiwano liczby całkowitej, otrzymano {got}",
        )
    if version > SCHEMA_VERSION or version < 1:
        readable = "version 1" if SCHEMA_VERSION == 1 else f"versions 1 to {SCHEMA_VERSION}"
        readable_pl = "wersję 1" if SCHEMA_VERSION == 1 else f"wersje od 1 do {SCHEMA_VERSION}"
        raise _fail(
            "$.schema_version",
            f"version {version} is not supported; this library reads {readable} "
            "(a newer document needs a newer investor-standard)",
            f"wersja {version} nie jest obsługiwana; ta biblioteka czyta {readable_pl} "
            "(nowszy dokument wymaga nowszego investor-standard)",
        )
    migrations = MIGRATIONS[kind]
    while version < SCHEMA_VERSION:
        data = migrations[version](data)
        version += 1
    return data


def lone_surrogates(data: Any, path: str = "$") -> list[str]:
    """The paths of every key or string in parsed JSON that holds a lone surrogate (which
    JSON can write as ``"\\udddd"``, but which is not Unicode and cannot be written as UTF-8).

    >>> lone_surrogates({"a": ["ok", "\\udddd"], "\\ud800": 1})
    ['$.a[1]', "$['\\\\ud800']"]
    """
    found: list[str] = []
    if isinstance(data, str):
        if any("\ud800" <= char <= "\udfff" for char in data):
            found.append(path)
    elif isinstance(data, list):
        for index, item in enumerate(data):
            found += lone_surrogates(item, f"{path}[{index}]")
    elif isinstance(data, dict):
        for key, value in data.items():
            inner = f"{path}.{key}" if key.isidentifier() else f"{path}[{key!r}]"
            if lone_surrogates(key):
                found.append(inner)  # the key's repr shows the surrogate as an escape
            found += lone_surrogates(value, inner)
    return found


def check_unicode(text: str) -> None:
    """Refuse a document whose JSON escapes make a lone surrogate (looked for only when an
    escape of the surrogate range appears at all, so a plain document pays one search).

    >>> check_unicode('{"note": "\\\\u0142"}')  # an escaped ł: fine
    >>> check_unicode('{"note": "\\\\udc00"}')  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidDocumentError: $.note: a lone surrogate
    (\\ud800-\\udfff) is not valid Unicode
    """
    if "\\ud" in text or "\\uD" in text:
        paths = lone_surrogates(parse_json(text))
        if paths:
            raise InvalidDocumentError(
                DocumentProblem(
                    path,
                    "a lone surrogate (\\ud800-\\udfff) is not valid Unicode",
                    pl="samotny surogat (\\ud800-\\udfff) to niepoprawny Unicode",
                )
                for path in paths
            )


#: The escapes that need a closer look: ``\\u003x`` (an escaped colon would hide from the
#: quick reader's count of keys) and ``\\udxxx`` (a surrogate, perhaps a lone one). One
#: search for both, since most documents hold neither.
_NOTABLE_ESCAPE = re.compile(r"\\u(?:003|[dD])")


def load_document(source: DocumentSource, kind: DocumentKind) -> Any:
    """Load a document of ``kind`` from JSON text (see the module's docstring)."""
    text = document_text(source)
    notable = _NOTABLE_ESCAPE.search(text) is not None
    if notable:
        check_unicode(text)
    if kind is DocumentKind.AUDIT and not notable:
        quick = _quick_audit(text)
        if quick is not None:
            return quick
    data = parse_json(text)
    if not isinstance(data, dict):
        got = json_type_name(data)
        raise _fail(
            "$", f"expected a JSON object, got {got}", f"oczekiwano obiektu JSON, otrzymano {got}"
        )
    data = _upgrade(data, kind)
    if kind is DocumentKind.AUDIT:
        read = read_audit(data)
        if read is not None:
            return read[0]
    # The converter, and cattrs with it, is loaded only when the quick paths do not serve.
    from investor_standard.documents._structure import structure  # noqa: PLC0415 - see the comment above

    return structure(data, kind.value_type)


def dump_document(value: object, kind: DocumentKind) -> str:
    """JSON text for ``value`` as a document of ``kind``, with ``schema_version`` first."""
    if not isinstance(value, kind.value_type):
        wanted, got = kind.value_type.__name__, type(value).__name__
        raise _fail(
            "$",
            f"expected a {wanted} to dump, got {got}",
            f"oczekiwano do zapisu wartości {wanted}, otrzymano {got}",
        )
    from investor_standard.documents.converter import FAST  # noqa: PLC0415 - loads cattrs on first dump

    data = FAST.unstructure(value, kind.value_type)
    text = (
        json.dumps(
            {"schema_version": SCHEMA_VERSION, **data},
            ensure_ascii=False,
            indent=2,
            allow_nan=False,
        )
        + "\n"
    )
    # A character takes at most 4 bytes in UTF-8: only a long text needs counting.
    if len(text) * 4 > MAX_DOCUMENT_BYTES and len(text.encode()) > MAX_DOCUMENT_BYTES:
        size = len(text.encode())
        raise _fail(
            "$",
            f"the document would be {size} bytes, more than the {MAX_DOCUMENT_BYTES} "
            "a document may have to be read back",
            f"dokument miałby {size} bajtów, więcej niż {MAX_DOCUMENT_BYTES}, które może "
            "mieć dokument, by dało się go odczytać",
        )
    return text


def load_audit(source: DocumentSource) -> Audit:
    """An :class:`~investor_standard.Audit` from a JSON document.

    >>> import pathlib, tempfile
    >>> text = '''{"schema_version": 1, "jst": {"teryt": "0608011", "name": "Lubartów"},
    ...     "edition": "LUBELSKIE-2019", "audited_on": "2023-03-08", "findings": []}'''
    >>> audit = load_audit(text)
    >>> audit.jst.name, audit.findings
    ('Lubartów', ())
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder) / "audit.json"
    ...     _ = path.write_text(text, encoding="utf-8")
    ...     print(load_audit(path) == load_audit(text.encode()) == audit)
    True
    """
    audit: Audit = load_document(source, DocumentKind.AUDIT)
    return audit


def dump_audit(audit: Audit) -> str:
    """The JSON document of ``audit``.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Finding, LocalGovernment
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), [Finding("PROC-01", "not_met")])
    >>> text = dump_audit(audit)
    >>> text.splitlines()[:3]
    ['{', '  "schema_version": 1,', '  "jst": {']
    >>> load_audit(text) == audit
    True
    """
    return dump_document(audit, DocumentKind.AUDIT)


def load_edition(source: DocumentSource) -> Edition:
    """An :class:`~investor_standard.Edition` from a JSON document.

    >>> from investor_standard import LUBELSKIE_2019
    >>> edition = load_edition(dump_edition(LUBELSKIE_2019))
    >>> edition.id, len(edition.requirements)
    ('LUBELSKIE-2019', 12)
    """
    edition: Edition = load_document(source, DocumentKind.EDITION)
    return edition


def dump_edition(edition: Edition) -> str:
    """The JSON document of ``edition``.

    >>> from investor_standard import LUBELSKIE_2019
    >>> text = dump_edition(LUBELSKIE_2019)
    >>> len(text) > 10_000, load_edition(text) == LUBELSKIE_2019
    (True, True)
    """
    return dump_document(edition, DocumentKind.EDITION)


def load_decision(source: DocumentSource) -> Decision:
    """A :class:`~investor_standard.Decision` from a JSON document.

    A decision is a record: it is not decided again (see
    :func:`~investor_standard.assessment.verification.verify_decision` for that), but it must be
    consistent in itself, or it is refused: no negative or excessive score, and an outcome
    that its reasons allow (a certified decision with a blocking reason, or an incomplete
    one with every requirement assessed, is a contradiction).

    >>> import datetime as dt
    >>> from investor_standard import Audit, Finding, LocalGovernment
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), [Finding("PROC-01", "not_met")])
    >>> import json
    >>> from investor_standard import decide
    >>> record = json.loads(dump_decision(decide(audit)))
    >>> record["outcome"]
    'incomplete'
    >>> record["outcome"] = "certified"  # beside the reasons that block it
    >>> try:
    ...     load_decision(json.dumps(record))
    ... except InvalidDocumentError as error:
    ...     print(error.problems[0].message[:40])
    certified, yet reasons block it: PROC-01
    """
    decision: Decision = load_document(source, DocumentKind.DECISION)
    problems = _contradictions(decision)
    if problems:
        raise InvalidDocumentError(problems)
    return decision


def _contradictions(decision: Decision) -> list[DocumentProblem]:
    problems = []
    score = decision.score
    if score.earned < 0 or score.possible < 0 or score.earned > score.possible:
        problems.append(
            DocumentProblem(
                "$.score",
                f"earned {score.earned} of {score.possible} is not a score",
                pl=f"{score.earned} z {score.possible} nie jest wynikiem punktowym",
            )
        )
    blocking = [reason.requirement for reason in decision.reasons if reason.blocking]
    unassessed = [reason.requirement for reason in decision.reasons if reason.result is None]
    if decision.outcome is Outcome.CERTIFIED and blocking:
        problems.append(
            DocumentProblem(
                "$.outcome",
                f"certified, yet reasons block it: {', '.join(blocking)}",
                pl=f"certyfikowano, choć blokują to: {', '.join(blocking)}",
            )
        )
    if (decision.outcome is Outcome.INCOMPLETE) != bool(unassessed):
        problems.append(
            DocumentProblem(
                "$.outcome",
                f"{decision.outcome.value}, yet "
                + (f"{', '.join(unassessed)} not assessed" if unassessed else "all assessed"),
                pl=f"{decision.outcome.value}, choć "
                + (f"nie oceniono: {', '.join(unassessed)}" if unassessed else "oceniono wszystko"),
            )
        )
    return problems


def dump_decision(decision: Decision) -> str:
    """The JSON document of ``decision``.

    >>> import datetime as dt
    >>> from investor_standard import Audit, Finding, LocalGovernment
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> audit = Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), [Finding("PROC-01", "not_met")])
    >>> from investor_standard import decide
    >>> decision = decide(audit)
    >>> dump_decision(decision).splitlines()[:3]
    ['{', '  "schema_version": 1,', '  "jst": {']
    >>> load_decision(dump_decision(decision)) == decision
    True
    """
    return dump_document(decision, DocumentKind.DECISION)


def load_timeline(source: DocumentSource) -> ProjectTimeline:
    """A :class:`~investor_standard.ProjectTimeline` from a JSON document.

    >>> from investor_standard.programme import LUBELSKIE_PROJECT
    >>> import json
    >>> data = json.loads(dump_timeline(LUBELSKIE_PROJECT))
    >>> data["end"] = "2019-01-01"
    >>> try:
    ...     load_timeline(json.dumps(data))
    ... except InvalidDocumentError as error:
    ...     print(error.problems[0])
    $: project LUBELSKIE ends (2019-01-01) before it starts (2019-10-01)
    """
    timeline: ProjectTimeline = load_document(source, DocumentKind.TIMELINE)
    return timeline


def dump_timeline(timeline: ProjectTimeline) -> str:
    """The JSON document of ``timeline``.

    >>> from investor_standard.programme import LUBELSKIE_PROJECT
    >>> text = dump_timeline(LUBELSKIE_PROJECT)
    >>> load_timeline(text) == LUBELSKIE_PROJECT, '"id": "LUBELSKIE"' in text
    (True, True)
    """
    return dump_document(timeline, DocumentKind.TIMELINE)


def load_offer(source: DocumentSource) -> SiteOffer:
    """A :class:`~investor_standard.offer.site.SiteOffer` (a site card) from a JSON document.

    >>> from investor_standard import LocalGovernment
    >>> from investor_standard.offer import Location, OfferType, SiteOffer
    >>> gmina = LocalGovernment("0608072", "Lubartów")
    >>> offer = SiteOffer("LUB-1", OfferType.INVESTMENT_SITE, gmina, Location(gmina.teryt))
    >>> load_offer(dump_offer(offer)).location.gmina
    Teryt(code='0608072')
    >>> load_offer('{"schema_version": 1, "id": "LUB-1"}')
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidDocumentError: 3 problems in the document:
      $.offer_type: required field missing
      $.publisher: required field missing
      $.location: required field missing
    """
    offer: SiteOffer = load_document(source, DocumentKind.OFFER)
    return offer


def dump_offer(offer: SiteOffer) -> str:
    """The JSON document of a site card.

    >>> from investor_standard import LocalGovernment
    >>> from investor_standard.offer import Location, OfferType, SiteOffer
    >>> gmina = LocalGovernment("0608072", "Lubartów")
    >>> offer = SiteOffer("LUB-1", OfferType.INVESTMENT_SITE, gmina, Location(gmina.teryt))
    >>> text = dump_offer(offer)
    >>> load_offer(text) == offer
    True
    """
    return dump_document(offer, DocumentKind.OFFER)


def load_investor_tab(source: DocumentSource) -> InvestorTab:
    """An :class:`~investor_standard.offer.investor_tab.InvestorTab` from a JSON document.

    >>> text = '{"schema_version": 1, "jst": {"teryt": "0608072", "name": "Lubartów"}}'
    >>> tab = load_investor_tab(text)
    >>> tab.jst.kind, tab.offers
    (<JstKind.RURAL_GMINA: 'rural_gmina'>, ())
    """
    tab: InvestorTab = load_document(source, DocumentKind.INVESTOR_TAB)
    return tab


def dump_investor_tab(tab: InvestorTab) -> str:
    """The JSON document of an investor tab.

    >>> from investor_standard import LocalGovernment
    >>> from investor_standard.offer import InvestorTab
    >>> tab = InvestorTab(LocalGovernment("0608072", "Lubartów"))
    >>> load_investor_tab(dump_investor_tab(tab)) == tab
    True
    """
    return dump_document(tab, DocumentKind.INVESTOR_TAB)
