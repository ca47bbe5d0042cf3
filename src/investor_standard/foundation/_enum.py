"""A base for the library's enums that hashes by identity.

``enum.Enum`` hashes a member by hashing its name in Python code, which shows up
in profiles wherever members are dictionary keys. Members are singletons compared
by identity, so identity hashing is equivalent, and it is done in C.
"""

from __future__ import annotations

import enum

__all__ = ["FastEnum"]


class FastEnum(enum.Enum):
    """An :class:`enum.Enum` whose members hash by identity (see the module's docstring)."""

    __hash__ = object.__hash__
