"""Field validators that raise the library's own errors (attrs' raise bare TypeErrors)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs

from investor_standard.errors import InvestorStandardError

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


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
                f"{type(instance).__name__}.{attribute.name} must be a {names}, "
                f"got {type(value).__name__} {value!r}"
            )

    return check
