"""The library's own cattrs converter: how its values become JSON data and back.

Never the global converter. :func:`make_converter` builds one that is strict in
the ways a file format needs:

* unknown keys are refused (a typo in a key is an error, not silently ignored);
* strings, integers and booleans must have those JSON types (cattrs would
  otherwise turn ``5`` into ``"5"`` or ``"5"`` into ``5``);
* arrays must be JSON arrays (a string is not a sequence of characters here);
* dates are ISO 8601 calendar dates, ``YYYY-MM-DD``, and must exist;
* enums are written by value; fractions as ``"n/d"`` strings; TERYT codes as strings;
* requirement parameters are tagged with ``"type"``;
* quantities (:mod:`investor_standard.offer.units`) are plain JSON numbers in their unit.

Two converters are kept: a fast one (``detailed_validation=False``) tried first,
and a detailed one used only when the fast one fails, to report every problem
with its path. Valid input never pays for the detailed pass.

>>> PROBLEM_BUDGET.get()  # problems collected in one list before the rest is counted
100
"""

from __future__ import annotations

import contextvars
import datetime as dt
import enum
import functools
import re
import sys
import typing
from collections.abc import Callable
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs
import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote

from investor_standard.assessment.catalogue import OfferLanguages, Parameter, ReplyDeadline
from investor_standard.documents._json import (
    BilingualTypeError,
    BilingualValueError,
    json_type_name,
)
from investor_standard.foundation.nouns import Noun
from investor_standard.foundation.text import Lang
from investor_standard.jst.teryt import Teryt

if TYPE_CHECKING:
    from investor_standard.offer.units import Quantity

__all__ = [
    "FAST",
    "PROBLEM_BUDGET",
    "TooManyProblems",
    "detailed_converter",
    "json_type_name",
    "make_converter",
]

_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_FRACTION = re.compile(r"^-?[0-9]{1,12}(/[0-9]{1,12})?$")
_PARAMETER_TAGS: dict[str, type[Any]] = {
    "reply_deadline": ReplyDeadline,
    "offer_languages": OfferLanguages,
}
_TAG_OF = {cls: tag for tag, cls in _PARAMETER_TAGS.items()}


def _expect(value: object, kind: type | tuple[type, ...], name: str, pl: str) -> None:
    """Refuse ``value`` unless it is a ``kind``: what was expected (``name``, in Polish
    ``pl``) and what was found."""
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        found = json_type_name(value) + ("" if value is None else f" {value!r}")
        raise BilingualTypeError(
            f"expected {name}, got {found}", f"oczekiwano: {pl}; otrzymano {found}"
        )


def _structure_str(value: Any, _: type) -> str:
    if not isinstance(value, str):
        _expect(value, str, "a string", "tekst (string)")
    return value  # type: ignore[no-any-return]  # checked just above


def _structure_int(value: Any, _: type) -> int:
    _expect(value, int, "an integer", "liczba całkowita")
    return value  # type: ignore[no-any-return]  # checked by _expect


def _structure_bool(value: Any, _: type) -> bool:
    _expect(value, bool, "true or false", "true lub false")
    return value  # type: ignore[no-any-return]  # checked by _expect


def _structure_date(value: object, _: type) -> dt.date:
    _expect(value, str, "a date as a YYYY-MM-DD string", "data jako tekst RRRR-MM-DD")
    text = typing.cast("str", value)
    if not _DATE.fullmatch(text):
        raise BilingualValueError(
            f"{text!r} is not a date in the form YYYY-MM-DD",
            f"{text!r} nie jest datą w postaci RRRR-MM-DD",
        )
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise BilingualValueError(
            f"{text!r} is not a valid date: {error}", f"{text!r} nie jest dniem kalendarza"
        ) from None


def _structure_fraction(value: object, _: type) -> Fraction:
    _expect(value, str, 'a fraction as a string such as "1/2"', 'ułamek jako tekst, np. "1/2"')
    text = typing.cast("str", value)
    if not _FRACTION.fullmatch(text):
        raise BilingualValueError(
            f"{text!r} is not a fraction such as '1/2'", f"{text!r} nie jest ułamkiem, np. '1/2'"
        )
    try:
        return Fraction(text)
    except ZeroDivisionError:
        raise BilingualValueError(
            f"{text!r} divides by zero", f"{text!r} to dzielenie przez zero"
        ) from None


def _structure_teryt(value: object, _: type) -> Teryt:
    _expect(value, str, "a TERYT code as a string", "kod TERYT jako tekst")
    return Teryt(typing.cast("str", value))


def _enum_hook(kind: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    by_value = {member.value: member for member in kind}
    allowed = ", ".join(str(value) for value in by_value)

    def structure(value: object, _: type) -> enum.Enum:
        if isinstance(value, str) and value in by_value:
            return by_value[value]
        raise BilingualValueError(
            f"{value!r} is not one of {allowed}", f"{value!r} nie jest żadnym z: {allowed}"
        )

    return structure


def _is_homogeneous_tuple(kind: Any) -> bool:
    args = typing.get_args(kind)
    return typing.get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


#: How many more problems the detailed pass may collect in arrays before it stops looking:
#: one document must never cost minutes and gigabytes to refuse (an array of 400 000 bad
#: items made one problem object each). :func:`~investor_standard.documents._structure.structure`
#: sets it for each document.
PROBLEM_BUDGET: contextvars.ContextVar[int] = contextvars.ContextVar("problem_budget", default=100)


class TooManyProblems(Exception):  # noqa: N818 - a note in the error tree, not an error raised
    """Where the detailed pass stopped collecting problems in an array, and how many items
    it left unchecked (``pl``: the same in Polish).

    >>> import json
    >>> from investor_standard import load_audit
    >>> from investor_standard.foundation import InvalidDocumentError
    >>> data = {"schema_version": 1, "jst": {"teryt": "0608011", "name": "Lubartów"},
    ...         "edition": "LUBELSKIE-2019", "audited_on": "2023-03-08", "findings": [0] * 500}
    >>> try:
    ...     load_audit(json.dumps(data))
    ... except InvalidDocumentError as error:
    ...     print(error.problems[-1])
    $.findings: … and 400 more items not checked
    """

    def __init__(self, unchecked: int) -> None:
        super().__init__(f"… and {_MORE_ITEMS.count(unchecked, Lang.EN)}")
        self.pl = f"… i {_MORE_ITEMS.count(unchecked, Lang.PL)}"


_MORE_ITEMS = Noun(
    (
        "dalszy element niesprawdzony",
        "dalsze elementy niesprawdzone",
        "dalszych elementów niesprawdzonych",
    ),
    ("more item not checked", "more items not checked"),
)


def _tuple_hook_factory(converter: cattrs.Converter, detailed: bool) -> Callable[[Any], Any]:
    def factory(kind: Any) -> Callable[[object, type], tuple[Any, ...]]:
        item_type = typing.get_args(kind)[0]

        def structure(value: object, _: type) -> tuple[Any, ...]:
            _expect(value, list, "an array", "tablica (array)")
            items = typing.cast("list[Any]", value)
            handler = converter.get_structure_hook(item_type)
            if not detailed:
                return tuple(handler(item, item_type) for item in items)
            out: list[Any] = []
            errors: list[Exception] = []
            for index, item in enumerate(items):
                if PROBLEM_BUDGET.get() <= 0:
                    rest = len(items) - index
                    errors.append(TooManyProblems(rest))
                    break
                try:
                    out.append(handler(item, item_type))
                except Exception as error:
                    PROBLEM_BUDGET.set(PROBLEM_BUDGET.get() - 1)
                    error.__notes__ = [
                        *getattr(error, "__notes__", []),
                        IterableValidationNote(f"@ index {index}", index, item_type),
                    ]
                    errors.append(error)
            if errors:
                raise IterableValidationError(f"while structuring {kind!r}", errors, kind)
            return tuple(out)

        return structure

    return factory


def _quantity_hook(kind: type[Quantity]) -> Callable[[object, type], Quantity]:
    def structure(value: object, _: type) -> Quantity:
        wanted, wanted_pl = f"a number of {kind.symbol}", f"liczba w jednostce {kind.symbol}"
        _expect(value, (int, float), wanted, wanted_pl)
        if isinstance(value, bool):
            _expect(value, (), wanted, wanted_pl)  # a boolean is no number here
        return kind(typing.cast("float", value))

    return structure


def _is_quantity(kind: Any) -> bool:
    """True for a unit class. Until the units module is imported no class can be one, so the
    converter does not import it (reading audits never needs it)."""
    units = sys.modules.get("investor_standard.offer.units")
    return units is not None and isinstance(kind, type) and issubclass(kind, units.Quantity)


def _parameter_hooks(converter: cattrs.Converter) -> None:
    def structure(value: object, _: type) -> Parameter:
        _expect(value, dict, "an object", "obiekt")
        data = dict(typing.cast("dict[str, Any]", value))
        tag = data.pop("type", None)
        if tag not in _PARAMETER_TAGS:
            tags = ", ".join(_PARAMETER_TAGS)
            raise BilingualValueError(
                f"'type' must be one of {tags}, got {tag!r}",
                f"'type' musi być jednym z: {tags}; otrzymano {tag!r}",
            )
        result: Parameter = converter.structure(data, _PARAMETER_TAGS[tag])
        return result

    def unstructure(value: Parameter) -> dict[str, Any]:
        data: dict[str, Any] = converter.unstructure(value, type(value))
        return {"type": _TAG_OF[type(value)], **data}

    converter.register_structure_hook(Parameter, structure)
    converter.register_unstructure_hook(Parameter, unstructure)


def _objects_only(converter: cattrs.Converter) -> Callable[[Any], Any]:
    """A hook factory for attrs classes that says "expected an object, got …" for a value
    that is no JSON object, rather than the error of a dict method cattrs would call on it
    ("'int' object has no attribute 'keys'"). For the detailed converter only: the fast
    one's failure is never shown."""

    def factory(cls: Any) -> Callable[[object, type], Any]:
        inner = converter.gen_structure_attrs_fromdict(cls)

        def structure(value: object, kind: type) -> Any:
            _expect(value, dict, "an object", "obiekt")
            return inner(typing.cast("dict[str, Any]", value), kind)

        return structure

    return factory


def make_converter(*, detailed: bool) -> cattrs.Converter:
    """A new converter for the library's types (see the module's docstring).

    >>> from investor_standard import Teryt
    >>> make_converter(detailed=False).structure("0608011", Teryt)
    Teryt(code='0608011')
    """
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(Fraction, _structure_fraction)
    converter.register_unstructure_hook(Fraction, str)
    converter.register_structure_hook(Teryt, _structure_teryt)
    converter.register_unstructure_hook(Teryt, str)
    converter.register_structure_hook_factory(
        lambda kind: isinstance(kind, type) and issubclass(kind, enum.Enum), _enum_hook
    )
    converter.register_structure_hook_factory(
        _is_homogeneous_tuple, _tuple_hook_factory(converter, detailed)
    )
    converter.register_structure_hook_factory(_is_quantity, _quantity_hook)
    converter.register_unstructure_hook_factory(_is_quantity, lambda _: lambda q: q.value)
    _parameter_hooks(converter)
    if detailed:
        converter.register_structure_hook_factory(
            lambda kind: attrs.has(kind) and not _is_quantity(kind), _objects_only(converter)
        )
    return converter


#: The fast converter, tried first.
FAST = make_converter(detailed=False)


@functools.cache
def detailed_converter() -> cattrs.Converter:
    """The detailed converter, built on first use: only invalid input needs it.

    >>> from investor_standard import Teryt
    >>> detailed_converter() is detailed_converter()
    True
    >>> FAST.unstructure(Teryt("06"))
    '06'
    """
    return make_converter(detailed=True)
