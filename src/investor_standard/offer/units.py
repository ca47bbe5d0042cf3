"""Quantities that carry their unit in their type.

Each unit is its own class, so a kilometre can never be added to a hectare: mypy
rejects ``Kilometres(1) + Hectares(1)`` (the operand must be of the same class),
and at run time it raises :class:`~investor_standard.foundation.errors.UnitMismatchError`.
A quantity is a finite, non-negative number; anything else raises
:class:`~investor_standard.foundation.errors.InvalidQuantityError`.

>>> Hectares(2.5) + Hectares(1)
Hectares(value=3.5)
>>> Hectares(2.5).square_metres
25000.0
>>> Kilometres(1) + Hectares(1)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
investor_standard.foundation.errors.UnitMismatchError: cannot add Hectares (ha) to Kilometres (km)
"""

from __future__ import annotations

import math
import numbers
from typing import ClassVar, Self

import attrs

from investor_standard.foundation.errors import InvalidQuantityError, UnitMismatchError
from investor_standard.foundation.text import shown

__all__ = [
    "CubicMetresPerDay",
    "Hectares",
    "Kilometres",
    "Kilovolts",
    "LitresPerSecond",
    "Megawatts",
    "Metres",
    "Millimetres",
    "NormalCubicMetresPerHour",
    "Percent",
    "Quantity",
    "Zloty",
    "ZlotyPerSquareMetre",
]


def _to_float(value: float) -> float:
    """``value`` as a float; only real numbers are quantities (not bool, not str).

    Typed ``float`` so that mypy refuses a string; checked at run time for untyped callers.
    """
    given: object = value
    if isinstance(given, bool) or not isinstance(given, numbers.Real):
        raise InvalidQuantityError(
            f"a quantity needs a number, got {type(given).__name__} {shown(given)}"
        )
    try:
        return float(value)
    except OverflowError:
        raise InvalidQuantityError(
            f"{shown(given)} is too large for a quantity (at most about 1.8e308)"
        ) from None


def _non_negative(instance: Quantity, attribute: attrs.Attribute[float], value: float) -> None:
    if not math.isfinite(value) or value < 0:
        raise InvalidQuantityError(
            f"{type(instance).__name__} cannot be {value:g}: quantities are finite and not negative"
        )


@attrs.frozen(order=False)
class Quantity:
    """A non-negative amount of one unit; subclasses fix the unit."""

    symbol: ClassVar[str] = ""
    value: float = attrs.field(converter=_to_float, validator=_non_negative)

    def _same_unit(self, other: object, verb: str) -> None:
        if type(other) is not type(self):
            other_name = type(other).__name__
            other_symbol = getattr(other, "symbol", "")
            shown = f"{other_name} ({other_symbol})" if other_symbol else other_name
            raise UnitMismatchError(
                f"cannot {verb} {shown} to {type(self).__name__} ({self.symbol})"
                if verb == "add"
                else f"cannot {verb} {type(self).__name__} ({self.symbol}) with {shown}"
            )

    def __add__(self, other: Self) -> Self:
        self._same_unit(other, "add")
        return type(self)(self.value + other.value)

    def __lt__(self, other: Self) -> bool:
        self._same_unit(other, "compare")
        return self.value < other.value

    def __le__(self, other: Self) -> bool:
        self._same_unit(other, "compare")
        return self.value <= other.value

    def __gt__(self, other: Self) -> bool:
        self._same_unit(other, "compare")
        return self.value > other.value

    def __ge__(self, other: Self) -> bool:
        self._same_unit(other, "compare")
        return self.value >= other.value

    def __str__(self) -> str:
        return f"{self.value:g} {self.symbol}"


@attrs.frozen(order=False)
class Hectares(Quantity):
    """Land area in hectares (1 ha = 10 000 m²)."""

    symbol: ClassVar[str] = "ha"

    @property
    def square_metres(self) -> float:
        """The same area in square metres."""
        return self.value * 10_000


@attrs.frozen(order=False)
class Metres(Quantity):
    """A length or distance in metres (distance to the site boundary, depth, height)."""

    symbol: ClassVar[str] = "m"


@attrs.frozen(order=False)
class Kilometres(Quantity):
    """A distance in kilometres (to a motorway junction, a railway, an airport)."""

    symbol: ClassVar[str] = "km"


@attrs.frozen(order=False)
class Millimetres(Quantity):
    """A pipe diameter in millimetres."""

    symbol: ClassVar[str] = "mm"


@attrs.frozen(order=False)
class Kilovolts(Quantity):
    """An electrical voltage in kilovolts."""

    symbol: ClassVar[str] = "kV"


@attrs.frozen(order=False)
class Megawatts(Quantity):
    """Available electrical power in megawatts."""

    symbol: ClassVar[str] = "MW"


@attrs.frozen(order=False)
class NormalCubicMetresPerHour(Quantity):
    """A gas flow in normal cubic metres per hour."""

    symbol: ClassVar[str] = "Nm³/h"


@attrs.frozen(order=False)
class CubicMetresPerDay(Quantity):
    """A water supply or sewage capacity in cubic metres per day."""

    symbol: ClassVar[str] = "m³/day"


@attrs.frozen(order=False)
class LitresPerSecond(Quantity):
    """A water supply or sewage flow in litres per second (site cards use it beside m³/day).

    >>> LitresPerSecond(1).cubic_metres_per_day
    CubicMetresPerDay(value=86.4)
    """

    symbol: ClassVar[str] = "l/s"

    @property
    def cubic_metres_per_day(self) -> CubicMetresPerDay:
        """The same flow in cubic metres per day (86.4 m³ a day for each litre a second)."""
        return CubicMetresPerDay(self.value * 86.4)


@attrs.frozen(order=False)
class Zloty(Quantity):
    """An amount of money in Polish złoty."""

    symbol: ClassVar[str] = "PLN"


@attrs.frozen(order=False)
class ZlotyPerSquareMetre(Quantity):
    """A price or tax rate in złoty per square metre."""

    symbol: ClassVar[str] = "PLN/m²"


@attrs.frozen(order=False)
class Percent(Quantity):
    """A share in percent (local unemployment)."""

    symbol: ClassVar[str] = "%"
