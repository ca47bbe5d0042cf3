"""A fast path for reading audit documents, tried before the converter.

It handles only well-formed audits and gives up (returns None) at the first
surprise: a missing or extra key, a value of another JSON type, an unknown enum
value, or any error raised by the classes' own validators. The converter then
reads the document again and reports every problem with its path, so the fast
path never decides what is valid: the classes' validators still run on every
value it builds, and a test checks it agrees with the converter.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from investor_standard.audit import Audit, Evidence, Finding, Result
from investor_standard.catalogue import EvidenceKind
from investor_standard.jst import LocalGovernment, Teryt

__all__ = ["fast_audit"]

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_AUDIT_REQUIRED = frozenset({"jst", "edition", "audited_on", "findings"})
_AUDIT_KEYS = _AUDIT_REQUIRED | {"auditor"}
_FINDING_KEYS = frozenset({"requirement", "result", "evidence", "note"})
_EVIDENCE_KEYS = frozenset({"kind", "reference", "collected_on", "note"})
_JST_KEYS = frozenset({"teryt", "name"})
_RESULTS = {result.value: result for result in Result}
_KINDS = {kind.value: kind for kind in EvidenceKind}


class _GiveUpError(Exception):
    """The document is not a plain, valid audit: leave it to the converter."""


def _date(value: Any) -> dt.date:
    if value.__class__ is not str or not _DATE.fullmatch(value):
        raise _GiveUpError
    return dt.date.fromisoformat(value)


def _text(value: Any) -> str:
    if value.__class__ is not str:
        raise _GiveUpError
    return value


def _evidence(data: Any) -> Evidence:
    if data.__class__ is not dict or not data.keys() <= _EVIDENCE_KEYS:
        raise _GiveUpError
    collected = data.get("collected_on")
    return Evidence(
        _KINDS[data["kind"]],
        _text(data["reference"]),
        None if collected is None else _date(collected),
        _text(data.get("note", "")),
    )


def _finding(data: Any) -> Finding:
    if data.__class__ is not dict or not data.keys() <= _FINDING_KEYS:
        raise _GiveUpError
    evidence = data.get("evidence", [])
    if evidence.__class__ is not list:
        raise _GiveUpError
    return Finding(
        _text(data["requirement"]),
        _RESULTS[data["result"]],
        tuple(_evidence(item) for item in evidence),
        _text(data.get("note", "")),
    )


def fast_audit(data: dict[str, Any]) -> Audit | None:
    """The audit ``data`` (decoded JSON, without ``schema_version``) holds, or None."""
    try:
        keys = data.keys()
        if not (_AUDIT_REQUIRED <= keys <= _AUDIT_KEYS):
            return None
        jst, findings = data["jst"], data["findings"]
        if jst.__class__ is not dict or jst.keys() != _JST_KEYS or findings.__class__ is not list:
            return None
        return Audit(
            LocalGovernment(Teryt(_text(jst["teryt"])), _text(jst["name"])),
            _text(data["edition"]),
            _date(data["audited_on"]),
            tuple(_finding(item) for item in findings),
            _text(data.get("auditor", "")),
        )
    except Exception:
        return None
