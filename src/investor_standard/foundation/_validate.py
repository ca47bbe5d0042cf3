"""Field validators that raise the library's own errors (attrs' raise bare TypeErrors)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import Enum
from fractions import Fraction
from typing import Any, TypeVar

import attrs

from investor_standard.foundation._schema_marks import NON_BLANK, schema_says
from investor_standard.foundation.errors import InvestorStandardError
from investor_standard.foundation.text import a_or_an, shown

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]
#: Makes the error for a problem at ``where`` (a field such as ``Finding.evidence[2]``).
Fail = Callable[[str, str], Exception]
_T = TypeVar("_T")


def raising(error: type[InvestorStandardError]) -> Fail:
    """A :data:`Fail` that raises ``error`` with the place and the problem in its message."""

    def fail(where: str, message: str) -> Exception:
        return error(f"{where}: {message}")

    return fail


def non_blank(fail: Fail) -> Validator:
    """A validator refusing anything but text with a visible character, with the error
    ``fail`` makes at the field (``Source.title: must be a non-empty string``).

    >>> from investor_standard.foundation.errors import InvalidOfferError
    >>> @attrs.frozen
    ... class Label:
    ...     text: str = attrs.field(validator=non_blank(raising(InvalidOfferError)))
    >>> Label("  ")
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidOfferError: Label.text: must be a non-empty string
    """

    @schema_says(pattern=NON_BLANK)
    def check(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
        if not isinstance(value, str) or not value.strip():
            raise fail(f"{type(instance).__name__}.{attribute.name}", "must be a non-empty string")

    return check


def fraction(fail: Fail) -> Any:
    """A converter (an :class:`attrs.Converter` that knows its field) to a Fraction from a
    Fraction, an int or a string such as ``"1/2"``; anything else, a float above all (whose
    binary value is not the fraction it shows), gets the error ``fail`` makes at the field.

    >>> from investor_standard.foundation.errors import InvalidRulesError
    >>> fail = raising(InvalidRulesError)
    >>> @attrs.frozen
    ... class Rule:
    ...     share: Fraction = attrs.field(converter=fraction(fail), validator=zero_to_one(fail))
    >>> Rule("2/3").share, Rule(1).share
    (Fraction(2, 3), Fraction(1, 1))
    >>> Rule(0.5)  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidRulesError: Rule.share: must be a Fraction, an
    int or a string such as '1/2', not 0.5
    """

    def convert(value: object, instance: object, attribute: attrs.Attribute[Fraction]) -> Fraction:
        where = f"{type(instance).__name__}.{attribute.name}"
        if isinstance(value, bool) or not isinstance(value, int | Fraction | str):
            raise fail(
                where, f"must be a Fraction, an int or a string such as '1/2', not {shown(value)}"
            )
        try:
            return Fraction(value)
        except (ValueError, ZeroDivisionError):
            raise fail(where, f"{shown(value)} is not a fraction") from None

    return attrs.Converter(convert, takes_self=True, takes_field=True)


def zero_to_one(fail: Fail) -> Validator:
    """A validator refusing a fraction below 0 or above 1, with the error ``fail`` makes at
    the field (see :func:`fraction`)."""

    def check(instance: object, attribute: attrs.Attribute[Fraction], value: Fraction) -> None:
        if not 0 <= value <= 1:
            raise fail(f"{type(instance).__name__}.{attribute.name}", "must lie from 0 to 1")

    return check


def web_address(fail: Fail) -> Validator:
    """A validator for an optional web address: None, or text that starts ``http://`` or
    ``https://``; anything else gets the error ``fail`` makes at the field.

    >>> from investor_standard.foundation.errors import InvalidOfferError
    >>> address = web_address(raising(InvalidOfferError))
    >>> @attrs.frozen
    ... class Page:
    ...     url: str | None = attrs.field(default=None, validator=address)
    >>> Page("https://lubartow.pl").url, Page().url
    ('https://lubartow.pl', None)
    >>> Page(5)  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidOfferError: Page.url: must be an http(s)
    address, not 5
    """

    @schema_says(pattern="^https?://")
    def check(instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
        if value is None:
            return
        if not isinstance(value, str) or not value.startswith(("http://", "https://")):
            raise fail(
                f"{type(instance).__name__}.{attribute.name}",
                f"must be an http(s) address, not {shown(value)}",
            )

    return check


def sequence_of(
    value: object,
    kind: type[_T],
    where: str,
    fail: Fail,
    *,
    non_empty: bool = False,
    distinct: bool = False,
) -> tuple[_T, ...]:
    """``value`` (a tuple or list of ``kind``) as a tuple, or the error ``fail`` makes.

    The one check behind every sequence field of the library's classes: the items'
    type, and, when asked, that there is at least one and that none repeats.
    """
    if not isinstance(value, tuple | list):
        raise fail(where, f"expected a sequence of {kind.__name__}, got {shown(value)}")
    for index, item in enumerate(value):
        if not isinstance(item, kind):
            raise fail(f"{where}[{index}]", f"expected {kind.__name__}, got {shown(item)}")
    if non_empty and not value:
        raise fail(where, f"at least one {kind.__name__} is required")
    if distinct and len(set(value)) != len(value):
        first: dict[object, int] = {}
        for index, item in enumerate(value):
            if first.setdefault(item, index) != index:
                shown_item = item.value if isinstance(item, Enum) else shown(item)
                raise fail(
                    f"{where}[{index}]",
                    f"{shown_item} repeats item {first[item]}; {kind.__name__} values must "
                    "not repeat",
                )
    return tuple(value)


def instance_of(
    kind: type | tuple[type, ...], error: type[InvestorStandardError], *, optional: bool = False
) -> Validator:
    """A validator raising ``error`` unless the value is a ``kind`` (or None when ``optional``).

    A :class:`datetime.datetime` is not accepted where a date is asked for: it would
    carry a time of day that day-based rules silently drop.
    """
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = " or ".join(k.__name__ for k in kinds) + (" or None" if optional else "")

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if optional and value is None:
            return
        wrong = not isinstance(value, kinds) or (
            dt.date in kinds and isinstance(value, dt.datetime) and dt.datetime not in kinds
        )
        if wrong or (bool not in kinds and isinstance(value, bool) and int in kinds):
            raise error(
                f"{type(instance).__name__}.{attribute.name} must be {a_or_an(names)}, "
                f"got {type(value).__name__} {shown(value)}"
            )

    return check
