"""The bounded memo behind the shared dates, local governments and score items."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from investor_standard.foundation._memo import Memo


@given(st.lists(st.integers(-50, 50)), st.integers(0, 10))
def test_a_memo_gives_what_make_gives_and_keeps_at_most_its_limit(
    keys: list[int], limit: int
) -> None:
    """Every look-up equals make(key); no more than ``limit`` values are ever kept, and a
    kept value is the very object returned again."""
    built: list[int] = []

    def make(key: int) -> str:
        built.append(key)
        return f"value {key}"

    memo = Memo(make, limit=limit)
    for key in keys:
        value = memo[key]
        assert value == f"value {key}"
        assert len(memo) <= limit
        if key in memo:
            assert memo[key] is value
    if limit >= len(set(keys)):
        assert sorted(built) == sorted(set(keys))  # within the limit, each is built once


def test_an_error_in_make_propagates_and_nothing_is_kept() -> None:
    """A key whose value cannot be built raises make's error every time and is not kept."""

    def make(key: str) -> int:
        return int(key)

    memo = Memo(make)
    with pytest.raises(ValueError, match="invalid literal"):
        memo["x"]
    assert "x" not in memo
    assert memo["7"] == 7
    assert list(memo) == ["7"]
