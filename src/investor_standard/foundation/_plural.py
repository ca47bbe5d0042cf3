"""The Polish plural rule, in one place: 1 takes the first form; 2-4, 22-24, 32-34 … the
second (but not 12-14); every other number the third. Imports nothing, so that the
errors module, which everything imports, can use it too.

>>> [polish_form(n, ("znak", "znaki", "znaków")) for n in (1, 3, 5, 12, 22)]
['znak', 'znaki', 'znaków', 'znaków', 'znaki']
"""

from __future__ import annotations

__all__ = ["polish_form"]


def polish_form(number: int, forms: tuple[str, str, str]) -> str:
    """The form of a Polish noun that ``number`` takes (see the module's docstring)."""
    if number == 1:
        return forms[0]
    few = number % 10 in (2, 3, 4) and number % 100 not in (12, 13, 14)
    return forms[1] if few else forms[2]
