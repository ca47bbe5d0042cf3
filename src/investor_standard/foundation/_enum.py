"""A base for the library's enums that hashes by identity.

``enum.Enum`` hashes a member by hashing its name in Python code, which shows up
in profiles wherever members are dictionary keys. Members are singletons compared
by identity, so identity hashing is equivalent, and it is done in C.
"""

from __future__ import annotations

import enum
from typing import TypeVar

__all__ = ["FastEnum", "by_value"]


class FastEnum(enum.Enum):
    """An :class:`enum.Enum` whose members hash by identity (see the module's docstring)."""

    __hash__ = object.__hash__


_E = TypeVar("_E", bound=FastEnum)


def by_value(kind: type[_E], value: _E | str) -> _E:
    """``value`` as a member of ``kind``, when it is one or is one's value (``"met"``).

    Anything else is returned unchanged, for the field's validator to refuse with its
    place, so a converter built on this never raises a foreign error.

    >>> class Colour(FastEnum):
    ...     RED = "red"
    >>> by_value(Colour, "red"), by_value(Colour, Colour.RED), by_value(Colour, "blue")
    (<Colour.RED: 'red'>, <Colour.RED: 'red'>, 'blue')
    """
    if isinstance(value, str):
        try:
            return kind(value)
        except ValueError:
            pass
    return value  # type: ignore[return-value]  # not a member: the field's validator refuses it
