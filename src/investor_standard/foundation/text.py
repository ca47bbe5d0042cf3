"""Bilingual labels: every user-facing string exists in Polish and in English."""

from __future__ import annotations

from typing import Any

import attrs

from investor_standard.foundation._enum import FastEnum
from investor_standard.foundation.errors import InvalidTextError

__all__ = ["Lang", "Text", "parse_lang"]


class Lang(FastEnum):
    """The languages every label is available in."""

    PL = "pl"
    EN = "en"


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
