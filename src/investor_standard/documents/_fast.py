"""A fast path for reading audit documents, tried before the converter.

It handles only well-formed audits and gives up (returns None) at the first
surprise: a missing or extra key, a value of another JSON type, an unknown enum
value, a blank string where text is required, or any error the classes raise. The
converter then reads the document again and reports every problem with its path,
so the fast path never decides what is invalid; a property test checks that on
every valid document it builds exactly what the converter builds, and that on
mutated documents it either gives up or agrees.

Speed: findings and evidence make up most of an audit's objects, so they are
built directly from values this module has already checked (the same checks their
validators make: the enum values, ISO dates, strings, non-blank text), without
running the validators a second time. The audit itself, its local government and
TERYT code are built through their constructors, so the audit-wide checks (a
repeated requirement, evidence collected after the audit) stay in one place.

The reader also returns two counts that let :mod:`~investor_standard.documents.codec`
prove a document has no repeated keys without a per-object hook (see there).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from investor_standard.assessment.audit import Audit, Evidence, Finding, Result
from investor_standard.assessment.catalogue import EvidenceKind
from investor_standard.foundation._memo import Memo
from investor_standard.jst.teryt import LocalGovernment, Teryt

__all__ = ["EVIDENCE_FIELDS", "FINDING_FIELDS", "ReadAudit", "read_audit"]

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_AUDIT_REQUIRED = frozenset({"jst", "edition", "audited_on", "findings"})
_AUDIT_KEYS = _AUDIT_REQUIRED | {"auditor"}
_FINDING_KEYS = frozenset({"requirement", "result", "evidence", "note"})
_EVIDENCE_KEYS = frozenset({"kind", "reference", "collected_on", "note"})
_JST_KEYS = frozenset({"teryt", "name"})
_RESULTS = {result.value: result for result in Result}
_KINDS = {kind.value: kind for kind in EvidenceKind}

#: The fields set on findings and evidence, in order. Each is set through its slot's
#: descriptor, which skips the frozen classes' ``__setattr__``; a test checks these are
#: exactly the classes' fields, so a new field cannot be left unset.
EVIDENCE_FIELDS = ("kind", "reference", "collected_on", "note")
FINDING_FIELDS = ("requirement", "result", "evidence", "note")
_new = object.__new__
_set_kind, _set_reference, _set_collected, _set_remark = (
    Evidence.__dict__[name].__set__ for name in EVIDENCE_FIELDS
)
_set_requirement, _set_result, _set_evidence, _set_note = (
    Finding.__dict__[name].__set__ for name in FINDING_FIELDS
)

#: An audit, the number of keys in every object read (the top level included), and the
#: number of colons inside the free-text strings read.
ReadAudit = tuple[Audit, int, int]


class _GiveUpError(Exception):
    """The document is not a plain, valid audit: leave it to the converter."""


def _parse_date(text: str) -> dt.date:
    if not _DATE.fullmatch(text):
        raise _GiveUpError
    return dt.date.fromisoformat(text)


def _make_unit(key: tuple[str, str]) -> LocalGovernment:
    return LocalGovernment(Teryt(key[0]), key[1])


#: Dates and local governments already read, by their text: documents repeat the same few
#: (see :mod:`investor_standard.foundation._memo`).
_DATES: Memo[str, dt.date] = Memo(_parse_date)
_UNITS: Memo[tuple[str, str], LocalGovernment] = Memo(_make_unit)


def _date(value: Any) -> dt.date:
    if value.__class__ is not str:
        raise _GiveUpError
    return _DATES[value]


def _text(value: Any) -> str:
    if value.__class__ is not str:
        raise _GiveUpError
    return value


def _labelled(data: Any, allowed: frozenset[str], label: str) -> tuple[str, str]:
    """The text at ``label`` and the note of an object of ``allowed`` keys (a finding or a
    piece of evidence); the text must not be blank, as the classes' validators require."""
    if data.__class__ is not dict or not data.keys() <= allowed:
        raise _GiveUpError
    text, note = data[label], data.get("note", "")
    if text.__class__ is not str or note.__class__ is not str or not text.strip():
        raise _GiveUpError
    return text, note


def _read(data: Any) -> ReadAudit:
    # Written for speed: this is most of the time spent reading an audit.
    if data.__class__ is not dict or not (_AUDIT_REQUIRED <= data.keys() <= _AUDIT_KEYS):
        raise _GiveUpError
    jst, findings = data["jst"], data["findings"]
    if jst.__class__ is not dict or jst.keys() != _JST_KEYS or findings.__class__ is not list:
        raise _GiveUpError
    # built through the constructors, which refuse a code or a name that is not text
    jst_unit = _UNITS[jst["teryt"], jst["name"]]
    name = jst_unit.name
    edition = _text(data["edition"])
    auditor = _text(data.get("auditor", ""))
    keys = len(data) + 2
    texts = [name, edition, auditor]  # free text, whose colons are counted once at the end
    built: list[Finding] = []
    for item in findings:
        requirement, note = _labelled(item, _FINDING_KEYS, "requirement")
        keys += len(item)
        texts += (requirement, note)
        entries = item.get("evidence", [])
        if entries.__class__ is not list:
            raise _GiveUpError
        evidence: list[Evidence] = []
        for entry in entries:
            reference, remark = _labelled(entry, _EVIDENCE_KEYS, "reference")
            keys += len(entry)
            texts += (reference, remark)
            collected = entry.get("collected_on")
            made: Evidence = _new(Evidence)
            _set_kind(made, _KINDS[entry["kind"]])
            _set_reference(made, reference)
            _set_collected(made, None if collected is None else _date(collected))
            _set_remark(made, remark)
            evidence.append(made)
        finding: Finding = _new(Finding)
        _set_requirement(finding, requirement)
        _set_result(finding, _RESULTS[item["result"]])
        _set_evidence(finding, tuple(evidence))
        _set_note(finding, note)
        built.append(finding)
    audit = Audit(
        jst_unit,
        edition,
        _date(data["audited_on"]),
        tuple(built),
        auditor,
    )
    return audit, keys, "".join(texts).count(":")


def read_audit(data: Any) -> ReadAudit | None:
    """The audit ``data`` (decoded JSON, without ``schema_version``) holds, with its counts.

    None when the fast path gives up. The counts: keys in every object read, and colons
    in the free-text strings read (enum values, dates and TERYT codes hold none).
    """
    try:
        return _read(data)
    except Exception:
        return None
