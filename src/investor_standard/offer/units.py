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


def _plain(value: float) -> str:
    """``value`` as people write an amount: whole amounts without a decimal point or an
    exponent (``1250000``, not ``1.25e+06``), others with every digit they have (``2.5``).

    >>> _plain(1_250_000.0), _plain(1234567.89), _plain(-1.0), _plain(float("nan"))
    ('1250000', '1234567.89', '-1', 'nan')
    """
    if value.is_integer() and abs(value) < _WHOLE_LIMIT:
        return str(int(value))
    return repr(value)


#: Below this, every whole float is exact, so it can be written as an integer.
_WHOLE_LIMIT = 2.0**53


def _non_negative(instance: Quantity, attribute: attrs.Attribute[float], value: float) -> None:
    if not math.isfinite(value) or value < 0:
        raise InvalidQuantityError(
            f"{type(instance).__name__} cannot be {_plain(value)}: quantities are finite and "
            "not negative"
        )


@attrs.frozen(order=False)
class Quantity:
    """A non-negative amount of one unit; subclasses fix the unit.

    >>> issubclass(Hectares, Quantity), Hectares.symbol
    (True, 'ha')
    >>> Hectares(-1)  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidQuantityError: Hectares cannot be -1: quantities
    are finite and not negative
    """

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
        return f"{_plain(self.value)} {self.symbol}"


@attrs.frozen(order=False)
class Hectares(Quantity):
    """Land area in hectares (1 ha = 10 000 m²).

    >>> print(Hectares(2.5) + Hectares(1))
    3.5 ha
    >>> Hectares(2.5).square_metres
    25000.0
    >>> Hectares(1) < Hectares(2)
    True
    """

    symbol: ClassVar[str] = "ha"

    @property
    def square_metres(self) -> float:
        """The same area in square metres."""
        return self.value * 10_000


@attrs.frozen(order=False)
class Metres(Quantity):
    """A length or distance in metres (distance to the site boundary, depth, height).

    >>> print(Metres(250) + Metres(50))  # to the site boundary
    300 m
    """

    symbol: ClassVar[str] = "m"


@attrs.frozen(order=False)
class Kilometres(Quantity):
    """A distance in kilometres (to a motorway junction, a railway, an airport).

    >>> print(Kilometres(12))  # to the nearest motorway
    12 km
    >>> Kilometres(12) + Metres(500)  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.UnitMismatchError: cannot add Metres (m) to Kilometres
    (km)
    """

    symbol: ClassVar[str] = "km"


@attrs.frozen(order=False)
class Millimetres(Quantity):
    """A pipe diameter in millimetres.

    >>> print(Millimetres(110))  # a gas pipe
    110 mm
    """

    symbol: ClassVar[str] = "mm"


@attrs.frozen(order=False)
class Kilovolts(Quantity):
    """An electrical voltage in kilovolts.

    >>> print(Kilovolts(15))  # a medium-voltage line
    15 kV
    """

    symbol: ClassVar[str] = "kV"


@attrs.frozen(order=False)
class Megawatts(Quantity):
    """Available electrical power in megawatts.

    >>> print(Megawatts(2.5))
    2.5 MW
    """

    symbol: ClassVar[str] = "MW"


@attrs.frozen(order=False)
class NormalCubicMetresPerHour(Quantity):
    """A gas flow in normal cubic metres per hour.

    >>> print(NormalCubicMetresPerHour(300))
    300 Nm³/h
    """

    symbol: ClassVar[str] = "Nm³/h"


@attrs.frozen(order=False)
class CubicMetresPerDay(Quantity):
    """A water supply or sewage capacity in cubic metres per day.

    >>> print(CubicMetresPerDay(120))  # water supply
    120 m³/day
    """

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
    """An amount of money in Polish złoty.

    >>> print(Zloty(1_250_000))
    1250000 PLN
    """

    symbol: ClassVar[str] = "PLN"


@attrs.frozen(order=False)
class ZlotyPerSquareMetre(Quantity):
    """A price or tax rate in złoty per square metre.

    >>> print(ZlotyPerSquareMetre(1.08))  # property tax on land
    1.08 PLN/m²
    """

    symbol: ClassVar[str] = "PLN/m²"


@attrs.frozen(order=False)
class Percent(Quantity):
    """A share in percent (local unemployment).

    >>> print(Percent(7.9))  # local unemployment
    7.9 %
    """

    symbol: ClassVar[str] = "%"
