"""A bounded memo for immutable values that documents and decisions repeat.

Reading many audits builds the same dates, local governments and score items over
and over. They are immutable, so one built value can be shared by every place that
needs an equal one. A look-up is a plain dictionary look-up; a value is built
(and kept) only when it is missing, and at most ``limit`` values are kept, so that
a long-running process does not grow the memo without end. Threads may share a
memo: at worst two of them build the same missing value once each.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

__all__ = ["Memo"]

_K = TypeVar("_K", bound=Hashable)
_V = TypeVar("_V")


class Memo(dict[_K, _V]):
    """``memo[key]`` is ``make(key)``, built once and kept (up to ``limit`` values).

    An error raised by ``make`` propagates, and nothing is kept for that key.

    >>> squares = Memo(lambda n: n * n, limit=2)
    >>> squares[3], squares[4], squares[5], len(squares)
    (9, 16, 25, 2)
    """

    __slots__ = ("_limit", "_make")

    def __init__(self, make: Callable[[_K], _V], limit: int = 4096) -> None:
        super().__init__()
        self._make = make
        self._limit = limit

    def __reduce__(self) -> tuple[type[Memo[_K, _V]], tuple[Callable[[_K], _V], int]]:
        # A copy or an unpickled memo starts empty: what it holds can always be built again.
        return type(self), (self._make, self._limit)

    def __missing__(self, key: _K) -> _V:
        value = self._make(key)
        if len(self) < self._limit:
            self[key] = value
        return value
