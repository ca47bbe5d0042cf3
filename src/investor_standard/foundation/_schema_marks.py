"""Marks that tell the JSON Schema what a check checks.

A validator, a converter or a class marked with :func:`schema_says` carries the rule it
enforces in the words of JSON Schema; :mod:`investor_standard.documents.schema` adds it
to the schema of the field (or class). The rule is written once, beside its check, so
the published schemas say what the loader refuses wherever JSON Schema can say it.
Imports nothing, so that any module, :mod:`~investor_standard.foundation.text` too,
can mark its checks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["NON_BLANK", "mark_converter", "schema_rules", "schema_says"]

_Checked = TypeVar("_Checked")

#: The attribute :func:`schema_says` sets on a validator, a converter or a class.
_SCHEMA_ATTRIBUTE = "__json_schema__"

#: A text with at least one character that is not white space (what ``str.strip`` keeps).
NON_BLANK = r"\S"


def schema_says(**rules: Any) -> Callable[[_Checked], _Checked]:
    """Mark a validator, a converter or a class with what it checks, in JSON Schema's words.

    >>> @schema_says(pattern=NON_BLANK)
    ... def non_blank(instance, attribute, value): ...
    >>> schema_rules(non_blank)
    {'pattern': '\\\\S'}
    """

    def mark(checked: _Checked) -> _Checked:
        setattr(checked, _SCHEMA_ATTRIBUTE, rules)
        return checked

    return mark


def mark_converter(converter: Callable[..., Any], **rules: Any) -> None:
    """Mark a converter as :func:`schema_says` does, as a statement after its definition:
    mypy's attrs plugin reads a converter only as a plain named function, not a decorated
    one."""
    setattr(converter, _SCHEMA_ATTRIBUTE, rules)


def schema_rules(checked: object) -> dict[str, Any]:
    """What :func:`schema_says` marked ``checked`` with (nothing when it is unmarked)."""
    return dict(getattr(checked, _SCHEMA_ATTRIBUTE, {}))
