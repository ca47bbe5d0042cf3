"""The concrete editions of the standard, as data, and a registry to find them by id.

>>> sorted(EDITIONS)
['LUBELSKIE-2019']
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from investor_standard.assessment.catalogue import Edition
from investor_standard.assessment.editions.lubelskie_2019 import LUBELSKIE_2019
from investor_standard.foundation.errors import UnknownEditionError

__all__ = ["EDITIONS", "LUBELSKIE_2019", "find_edition", "resolve_edition"]

#: Every edition the library ships, by id.
EDITIONS: Mapping[str, Edition] = MappingProxyType({LUBELSKIE_2019.id: LUBELSKIE_2019})


def find_edition(edition_id: str) -> Edition:
    """The shipped edition with ``edition_id``; refused, with the known ids, when none has it.

    >>> find_edition("LUBELSKIE-2019") is LUBELSKIE_2019
    True
    >>> find_edition("LUBELSKIE-2020")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    investor_standard.foundation.errors.UnknownEditionError: no edition 'LUBELSKIE-2020'; ...
    """
    found = EDITIONS.get(edition_id) if isinstance(edition_id, str) else None
    if found is None:
        shipped = ", ".join(sorted(EDITIONS))
        raise UnknownEditionError(
            f"no edition {edition_id!r}; the library ships {shipped}",
            pl=f"nie ma edycji {edition_id!r}; biblioteka zawiera: {shipped}",
        )
    return found


def resolve_edition(named: str, edition: Edition | str | None = None) -> Edition:
    """The edition to use for an audit that names ``named``: ``edition`` when it is one, the
    shipped edition it names when it is an id, and otherwise the one the audit names.

    >>> resolve_edition("LUBELSKIE-2019").id
    'LUBELSKIE-2019'
    >>> resolve_edition("LUBELSKIE-2019", "LUBELSKIE-2018")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.UnknownEditionError: no edition 'LUBELSKIE-2018'; the
    library ships LUBELSKIE-2019
    """
    if isinstance(edition, Edition):
        return edition
    return find_edition(named if edition is None else edition)
