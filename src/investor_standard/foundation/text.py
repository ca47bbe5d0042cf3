"""Bilingual labels: every user-facing string exists in Polish and in English."""

from __future__ import annotations

import math
from typing import Any

import attrs

from investor_standard.foundation._enum import FastEnum
from investor_standard.foundation._schema_marks import NON_BLANK, schema_says
from investor_standard.foundation.errors import InvalidTextError

__all__ = ["Lang", "Text", "a_or_an", "parse_lang", "shown"]


class Lang(FastEnum):
    """The languages every label is available in.

    >>> Lang("pl"), parse_lang("en")
    (<Lang.PL: 'pl'>, <Lang.EN: 'en'>)
    >>> Text("spełnione", "met").in_(Lang.PL)
    'spełnione'
    """

    PL = "pl"
    EN = "en"


@schema_says(pattern=NON_BLANK)
def _non_empty(instance: Any, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidTextError(
            f"Text.{attribute.name} must be a string, not {type(value).__name__}"
        )
    if not value.strip():
        raise InvalidTextError(f"Text.{attribute.name} must not be empty")


def parse_lang(value: Lang | str) -> Lang:
    """``value`` as a :class:`Lang`; a clear :class:`InvalidTextError` when it names none.

    >>> parse_lang("pl")
    <Lang.PL: 'pl'>
    """
    try:
        return Lang(value)
    except ValueError:
        raise InvalidTextError(
            f"unknown language {value!r}: expected one of "
            + ", ".join(repr(member.value) for member in Lang)
        ) from None


@attrs.frozen
class Text:
    """A label in Polish (``pl``) and English (``en``); both are required and non-empty.

    >>> label = Text(pl="Obsługa inwestora", en="Investor service")
    >>> label.in_(Lang.EN)
    'Investor service'
    >>> label.in_("pl")
    'Obsługa inwestora'
    """

    pl: str = attrs.field(validator=_non_empty)
    en: str = attrs.field(validator=_non_empty)

    def in_(self, lang: Lang | str) -> str:
        """Return the label in ``lang`` (a :class:`Lang` or its value, ``"pl"``/``"en"``)."""
        return self.pl if parse_lang(lang) is Lang.PL else self.en


def a_or_an(phrase: str) -> str:
    """``phrase`` with the English indefinite article it takes (by its first letter).

    >>> a_or_an("urban gmina"), a_or_an("county")
    ('an urban gmina', 'a county')
    """
    return ("an " if phrase[:1].lower() in "aeiou" else "a ") + phrase


#: Whole numbers from this size up are shown by their length in messages.
_LONG_NUMBER = 10**30


def shown(value: object) -> str:
    """``value`` as a message shows it: ``repr``, but a huge whole number by its size, since
    Python refuses to write out one of more than 4300 digits (and nobody would read it).

    >>> shown(12), shown("x"), shown(-(10**5000))
    ('12', "'x'", 'a whole number of about 5001 digits')
    """
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= _LONG_NUMBER:
        return f"a whole number of about {int(math.log10(abs(value))) + 1} digits"
    return repr(value)
