"""The published JSON Schemas and the loader agree: what the schema accepts, the loader
reads, or refuses only for a rule listed in ``BEYOND_THE_SCHEMA``; what the library
writes, the schema accepts.

Documents are generated from the committed schema files with ``hypothesis-jsonschema``,
as a user in another language would read them, not from the library's own classes.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from hypothesis_jsonschema import from_schema

from investor_standard.documents.codec import (
    DocumentKind,
    dump_document,
    dump_edition,
    dump_timeline,
    load_document,
)
from investor_standard.documents.schema import BEYOND_THE_SCHEMA, json_schema
from investor_standard.foundation.errors import DocumentProblem, InvalidDocumentError
from investor_standard.strategies import decisions, editions, timelines

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

#: Examples per kind: an edition's schema is large, and each example costs seconds.
_EXAMPLES = {DocumentKind.EDITION: 8, DocumentKind.DECISION: 20}

#: What the loader adds when it stops listing problems in a long array.
_CUT_SHORT = re.compile(r"^… and [0-9]+ more items? not checked$")


def _committed(kind: DocumentKind) -> dict[str, Any]:
    """The committed schema file, without its ``$id`` (hypothesis-jsonschema would try to
    fetch the URN to resolve the local ``#/$defs`` references against it)."""
    schema = json.loads((SCHEMAS / f"{kind.value}.schema.json").read_text(encoding="utf-8"))
    return {key: value for key, value in schema.items() if key != "$id"}


def _validator(kind: DocumentKind) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        json_schema(kind), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _listed(problem: DocumentProblem, kind: DocumentKind) -> bool:
    """Whether ``problem`` is one the list of rules beyond the schema explains."""
    return _CUT_SHORT.match(problem.message) is not None or any(
        kind in rule.kinds and re.search(rule.message, problem.message)
        for rule in BEYOND_THE_SCHEMA
    )


@pytest.mark.parametrize("kind", list(DocumentKind), ids=lambda kind: kind.value)
def test_what_the_schema_accepts_is_read_or_refused_for_a_listed_reason(
    kind: DocumentKind,
) -> None:
    """A document generated from the committed schema loads; or every problem the loader
    names is a rule listed in BEYOND_THE_SCHEMA for that kind. A document that loads is
    written back in a form its schema accepts."""
    validator = _validator(kind)

    @settings(
        max_examples=_EXAMPLES.get(kind, 25),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(from_schema(_committed(kind)))
    def check(document: Any) -> None:
        assert validator.is_valid(document) or not _valid_dates(document)
        try:
            value = load_document(json.dumps(document), kind)
        except InvalidDocumentError as error:
            unlisted = [str(p) for p in error.problems if not _listed(p, kind)]
            assert unlisted == [], unlisted
        else:
            written = json.loads(dump_document(value, kind))
            assert list(validator.iter_errors(written)) == []

    check()


def _valid_dates(document: Any) -> bool:
    """Whether every YYYY-MM-DD string in ``document`` is a real day (the generator may
    ignore the ``date`` format; the validator with a format checker does not)."""
    if isinstance(document, dict):
        return all(_valid_dates(value) for value in document.values())
    if isinstance(document, list):
        return all(_valid_dates(value) for value in document)
    if isinstance(document, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", document):
        try:
            dt.date.fromisoformat(document)
        except ValueError:
            return False
    return True


@pytest.mark.parametrize("kind", list(DocumentKind), ids=lambda kind: kind.value)
def test_every_rule_beyond_the_schema_is_about_kinds_that_exist(kind: DocumentKind) -> None:
    """Each listed rule names the kinds it concerns, in both languages, and the list
    covers each kind the schema cannot fully describe."""
    for rule in BEYOND_THE_SCHEMA:
        assert rule.kinds, rule
        assert rule.rule.pl != rule.rule.en
    assert any(kind in rule.kinds for rule in BEYOND_THE_SCHEMA)


@given(
    st.one_of(
        editions().map(lambda value: (DocumentKind.EDITION, dump_edition(value))),
        timelines().map(lambda value: (DocumentKind.TIMELINE, dump_timeline(value))),
        decisions().map(
            lambda value: (DocumentKind.DECISION, dump_document(value, DocumentKind.DECISION))
        ),
    )
)
def test_what_the_library_writes_the_schema_accepts(written: tuple[DocumentKind, str]) -> None:
    """Editions, timelines and decisions the library writes are valid under their schemas,
    formats checked (audits have their own property in test_schema)."""
    kind, text = written
    assert list(_validator(kind).iter_errors(json.loads(text))) == []


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.offer.json")), ids=lambda p: p.name)
def test_the_example_site_cards_pass_their_schema(path: Path) -> None:
    """The shipped site cards are valid under the offer schema, as written back too."""
    data = json.loads(path.read_text(encoding="utf-8"))
    assert list(_validator(DocumentKind.OFFER).iter_errors(data)) == []
    offer = load_document(path.read_bytes(), DocumentKind.OFFER)
    written = json.loads(dump_document(offer, DocumentKind.OFFER))
    assert list(_validator(DocumentKind.OFFER).iter_errors(written)) == []
