"""JSON's names for the types of decoded values, and refusals said in two languages, for
the messages of the document readers."""

from __future__ import annotations

__all__ = ["BilingualTypeError", "BilingualValueError", "json_type_name"]


class _BilingualError(Exception):
    """An exception said in English (the message) and in Polish (``pl``); the problem list
    carries both."""

    def __init__(self, message: str, pl: str) -> None:
        super().__init__(message)
        self.pl = pl


class BilingualValueError(_BilingualError, ValueError):
    """A value a reader refuses, in both languages."""


class BilingualTypeError(_BilingualError, TypeError):
    """A value of the wrong JSON type, in both languages."""


_JSON_TYPE_NAMES: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (bool, "boolean"),
    ((int, float), "number"),
    (str, "string"),
    (list, "array"),
    (dict, "object"),
)


def json_type_name(value: object) -> str:
    """The JSON name of a decoded value's type (a Python type's own name if JSON has none).

    >>> json_type_name(True), json_type_name(1.5), json_type_name(None), json_type_name(())
    ('boolean', 'number', 'null', 'tuple')
    """
    if value is None:
        return "null"
    for kind, name in _JSON_TYPE_NAMES:
        if isinstance(value, kind):
            return name
    return type(value).__name__
