"""Quantities with their unit in their type."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from investor_standard import InvestorStandardError
from investor_standard.foundation import InvalidQuantityError, UnitMismatchError
from investor_standard.offer import Hectares, Kilometres, Metres

amounts = st.floats(0, 1e9, allow_nan=False, allow_infinity=False)


@given(amounts, amounts)
def test_same_units_add_and_compare(a: float, b: float) -> None:
    """Quantities of one unit add up and compare by value."""
    total = Hectares(a) + Hectares(b)
    assert total == Hectares(a + b)
    assert (Hectares(a) < Hectares(b)) == (a < b)
    assert (Hectares(a) <= Hectares(b)) == (a <= b)
    assert (Hectares(a) > Hectares(b)) == (a > b)
    assert (Hectares(a) >= Hectares(b)) == (a >= b)


def test_mixing_units_is_a_runtime_error() -> None:
    """Adding or comparing different units raises UnitMismatchError (a TypeError)."""
    with pytest.raises(UnitMismatchError, match=r"cannot add Hectares \(ha\) to Kilometres"):
        Kilometres(1) + Hectares(1)  # type: ignore[operator]  # the mistake under test
    with pytest.raises(UnitMismatchError, match="cannot compare Metres"):
        assert Metres(1) < Kilometres(1)  # type: ignore[operator]  # the mistake under test
    with pytest.raises(TypeError):
        Metres(1) + 3  # type: ignore[operator]  # a bare number has no unit
    assert Kilometres(1) != Metres(1000)  # type: ignore[comparison-overlap]  # units never equal


def test_mixing_units_is_a_type_error_for_mypy(tmp_path: Path) -> None:
    """mypy rejects a kilometre added to a hectare before the code ever runs."""
    script = tmp_path / "mixing.py"
    script.write_text(
        textwrap.dedent(
            """
            from investor_standard.offer import Hectares, Kilometres
            total = Kilometres(1) + Hectares(1)
            fine = Hectares(1) + Hectares(2)
            """
        )
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert 'Unsupported operand types for + ("Kilometres" and "Hectares")' in done.stdout
    assert "mixing.py:3:" in done.stdout
    assert "mixing.py:4:" not in done.stdout


@pytest.mark.parametrize("bad", [-0.1, float("nan"), float("inf"), "3", None, True])
def test_impossible_quantities_are_refused(bad: object) -> None:
    """Negative, infinite, NaN and non-numeric quantities cannot be built."""
    with pytest.raises(InvalidQuantityError) as caught:
        Hectares(bad)  # type: ignore[arg-type]  # bad values on purpose
    assert isinstance(caught.value, InvestorStandardError)


def test_units_print_with_their_symbol() -> None:
    """A quantity prints its value and symbol; hectares convert to square metres."""
    assert str(Hectares(2.5)) == "2.5 ha"
    assert Hectares(1.5).square_metres == 15_000
