"""JSON Schemas of the documents: generated, committed, and checked against real documents."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given

from investor_standard import (
    LUBELSKIE_2019,
    LUBELSKIE_PROJECT,
    Audit,
    decide,
    json_schema,
    load_audit,
)
from investor_standard.documents.codec import (
    DocumentKind,
    dump_audit,
    dump_decision,
    dump_edition,
    dump_timeline,
)
from investor_standard.foundation import UnknownDocumentKindError
from investor_standard.strategies import audits
from test_documents import CORPUS

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"
EXAMPLES = sorted((ROOT / "examples").glob("*.audit.json"))


def validator(kind: DocumentKind) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json_schema(kind))


@pytest.mark.parametrize("kind", list(DocumentKind), ids=lambda k: k.value)
def test_schemas_are_valid_draft_2020_12(kind: DocumentKind) -> None:
    """Each generated schema is itself a valid draft 2020-12 schema."""
    jsonschema.Draft202012Validator.check_schema(json_schema(kind))


@pytest.mark.parametrize("kind", list(DocumentKind), ids=lambda k: k.value)
def test_committed_schemas_are_up_to_date(kind: DocumentKind) -> None:
    """schemas/KIND.schema.json equals what the code generates.

    To refresh: ``investor-standard schema KIND > schemas/KIND.schema.json``.
    """
    committed = json.loads((SCHEMAS / f"{kind.value}.schema.json").read_text(encoding="utf-8"))
    assert committed == json_schema(kind), f"schemas/{kind.value}.schema.json is out of date"


def test_real_documents_pass_their_schema() -> None:
    """The examples, the shipped edition and timeline, and a decision all validate."""
    audits_ = [load_audit(path.read_bytes()) for path in EXAMPLES]
    documents: list[tuple[DocumentKind, str]] = [
        *((DocumentKind.AUDIT, dump_audit(a)) for a in audits_),
        *((DocumentKind.DECISION, dump_decision(decide(a, LUBELSKIE_2019))) for a in audits_),
        (DocumentKind.EDITION, dump_edition(LUBELSKIE_2019)),
        (DocumentKind.TIMELINE, dump_timeline(LUBELSKIE_PROJECT)),
    ]
    for kind, text in documents:
        errors = list(validator(kind).iter_errors(json.loads(text)))
        assert errors == [], (kind, errors)


@given(audits())
def test_generated_audits_pass_the_schema(audit: Audit) -> None:
    """Every audit the library writes is valid under the audit schema."""
    assert list(validator(DocumentKind.AUDIT).iter_errors(json.loads(dump_audit(audit)))) == []


@pytest.mark.parametrize(
    "source",
    [source for _, source, _, schema_rejects in CORPUS if schema_rejects],
    ids=[name for name, _, _, schema_rejects in CORPUS if schema_rejects],
)
def test_schema_rejects_the_bad_shapes(source: str) -> None:
    """Bad documents whose problem is one of shape are rejected by the schema too."""
    data: Any = json.loads(source)
    assert list(validator(DocumentKind.AUDIT).iter_errors(data)) != []


def test_schema_by_name_class_or_kind() -> None:
    """json_schema accepts a DocumentKind, its name or its class; others are refused."""
    assert json_schema("audit") == json_schema(DocumentKind.AUDIT) == json_schema(Audit)
    with pytest.raises(UnknownDocumentKindError, match="known: audit, edition"):
        json_schema("certificate")
