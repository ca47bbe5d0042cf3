"""Reading a document's data through the converter, and locating what is wrong with it.

The long way of :mod:`investor_standard.documents.codec`: the fast converter first, and
when it fails, the detailed one, whose error tree is walked into one
:class:`~investor_standard.foundation.errors.DocumentProblem` per leaf, each with its JSON path.
Kept apart so that reading a valid audit never imports cattrs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, TypeVar

from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from investor_standard.documents.converter import (
    FAST,
    PROBLEM_BUDGET,
    TooManyProblems,
    detailed_converter,
)
from investor_standard.foundation.errors import (
    DocumentProblem,
    InvalidAuditError,
    InvalidDocumentError,
    InvestorStandardError,
)

__all__ = ["MAX_PROBLEMS", "structure"]

#: The most problems the detailed pass collects in a document's arrays before it stops.
MAX_PROBLEMS = 100

_T = TypeVar("_T")


def _path(base: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{base}[{key}]"
    return f"{base}.{key}" if key.isidentifier() else f"{base}[{key!r}]"


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text or type(error).__name__


def _problems(error: BaseException, path: str) -> Iterator[DocumentProblem]:
    """Walk a cattrs error tree, yielding each leaf problem with its JSON path."""
    if isinstance(error, ClassValidationError | IterableValidationError):
        with_notes, without = error.group_exceptions()
        for inner, note in with_notes:
            key = note.index if isinstance(note, IterableValidationNote) else note.name
            yield from _problems(inner, _path(path, key))
        for inner in without:
            yield from _problems(inner, path)
    elif isinstance(error, ForbiddenExtraKeysError):
        for key in sorted(error.extra_fields):
            yield DocumentProblem(_path(path, key), "unexpected key", pl="nieoczekiwany klucz")
    elif isinstance(error, TooManyProblems):
        yield DocumentProblem(path, str(error), pl=error.pl)
    elif isinstance(error, KeyError):
        yield DocumentProblem(path, "required field missing", pl="brak wymaganego pola")
    elif isinstance(error, InvalidAuditError):
        for problem in error.problems:
            yield _located(path, problem.where, problem.message, problem.pl)
    elif isinstance(error, InvestorStandardError):
        yield _located(path, "", _one_line(error), error.pl)
    else:
        yield DocumentProblem(path, _one_line(error), pl=getattr(error, "pl", None))


_FIELD_PREFIX = re.compile(r"^[A-Z][A-Za-z]*((?:\.[a-z_]+(?:\[[0-9]+\])?)+):? ")


def _located(path: str, where: str, message: str, pl: str | None) -> DocumentProblem:
    """A problem at ``path`` refined by a field the message or ``where`` names.

    ``where`` is a place inside the value (``findings[1].evidence[0]``) or a field
    (``Evidence.reference``); messages such as ``LocalGovernment.name must ...`` name
    their field too. Either moves the path down to that field. ``pl``, the message in
    Polish where there is one, never names a field.
    """
    if where and not where[0].isupper():
        return DocumentProblem(f"{path}.{where}", message, pl=pl)
    named = _FIELD_PREFIX.match(f"{where}: " if where else message)
    if named is None:
        return DocumentProblem(path, message, pl=pl)
    rest = message if where else message[named.end() :]
    return DocumentProblem(f"{path}{named.group(1)}", rest, pl=pl)


def structure(data: dict[str, Any], cls: type[_T]) -> _T:
    """``data`` (decoded JSON) as a ``cls``; :class:`InvalidDocumentError` listing every problem."""
    try:
        return FAST.structure(data, cls)
    except Exception:
        pass
    budget = PROBLEM_BUDGET.set(MAX_PROBLEMS)
    try:
        detailed_converter().structure(data, cls)
    except Exception as error:
        raise InvalidDocumentError(list(_problems(error, "$"))) from None
    finally:
        PROBLEM_BUDGET.reset(budget)
    # The detailed converter refuses whatever the fast one refused, so this is not reached.
    problem = DocumentProblem("$", "the document could not be read")  # pragma: no cover
    raise InvalidDocumentError([problem])  # pragma: no cover
