"""Problems say what was expected and what was found, in the document's terms, never in
Python's ("'int' object has no attribute 'keys'", "argument of type 'int' is not
iterable")."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from investor_standard.assessment.editions import LUBELSKIE_2019
from investor_standard.documents.codec import (
    DocumentKind,
    dump_edition,
    dump_timeline,
    load_document,
)
from investor_standard.foundation.errors import InvalidDocumentError
from investor_standard.programme.projects import LUBELSKIE_PROJECT

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
#: Python's words, which a document's reader should never see.
_INTERNALS = re.compile(
    r"object has no attribute|is not iterable|NoneType|object is not subscriptable"
    r"|unhashable|takes [0-9]+ positional|missing [0-9]+ required|Traceback"
)
#: A value of each JSON type, to put where another is expected.
_WRONG: tuple[Any, ...] = (5, "x", [], {}, None, True, 1.5, [1], {"a": 1})


def _documents() -> list[tuple[DocumentKind, Any]]:
    return [
        (DocumentKind.AUDIT, json.loads((EXAMPLES / "lubartow-2023.audit.json").read_text())),
        (
            DocumentKind.OFFER,
            json.loads((EXAMPLES / "przykladowa-industrial.offer.json").read_text()),
        ),
        (DocumentKind.EDITION, json.loads(dump_edition(LUBELSKIE_2019))),
        (DocumentKind.TIMELINE, json.loads(dump_timeline(LUBELSKIE_PROJECT))),
    ]


def _places(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in ``data`` (two items of each array, to keep the count down)."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield (*path, key)
            yield from _places(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data[:2]):
            yield (*path, index)
            yield from _places(value, (*path, index))


@pytest.mark.parametrize(
    ("kind", "document"), _documents(), ids=lambda value: getattr(value, "value", "")
)
def test_a_value_of_the_wrong_type_anywhere_is_named_in_the_documents_terms(
    kind: DocumentKind, document: Any
) -> None:
    """Each place of a real document, given a value of each wrong JSON type in turn, is
    refused (or read) with problems that never speak Python."""
    said: set[str] = set()
    for place in _places(document):
        for wrong in _WRONG:
            changed = copy.deepcopy(document)
            parent = changed
            for step in place[:-1]:
                parent = parent[step]
            parent[place[-1]] = wrong
            try:
                load_document(json.dumps(changed), kind)
            except InvalidDocumentError as error:
                said.update(problem.message for problem in error.problems)
                said.update(problem.in_("pl") for problem in error.problems)
    leaking = sorted(message for message in said if _INTERNALS.search(message))
    assert leaking == []
    assert said  # the changes were refused, and looked at
