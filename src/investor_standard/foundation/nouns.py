"""Nouns that count: ``1 month``, ``3 miesiące``, ``5 miesięcy``.

Kept apart from :mod:`investor_standard.foundation.text` so that reading and deciding an
audit, which never counts in words, does not pay for building this class.
"""

from __future__ import annotations

import attrs

from investor_standard.foundation._plural import polish_form
from investor_standard.foundation.text import Lang, parse_lang

__all__ = ["Noun"]


@attrs.frozen
class Noun:
    """A noun's forms for counting: Polish has three (1; 2-4, 22-24, ...; the rest), English
    two. :meth:`count` picks the right one.

    >>> month = Noun(("miesiąc", "miesiące", "miesięcy"), ("month", "months"))
    >>> [month.count(n, Lang.PL) for n in (1, 3, 5, 12, 22)]
    ['1 miesiąc', '3 miesiące', '5 miesięcy', '12 miesięcy', '22 miesiące']
    >>> month.count(1, Lang.EN), month.count(6, "en")
    ('1 month', '6 months')
    """

    pl: tuple[str, str, str]
    en: tuple[str, str]

    def count(self, number: int, lang: Lang | str = Lang.EN) -> str:
        """``number`` with the noun in the form that number takes."""
        if parse_lang(lang) is Lang.EN:
            return f"{number} {self.en[0] if number == 1 else self.en[1]}"
        return f"{number} {polish_form(number, self.pl)}"
