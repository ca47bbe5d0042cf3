"""Where an encoded fact comes from: a cited source, and whether it is stated or derived.

Every fact the library encodes (a date, a count, a requirement) carries a
:class:`Provenance`. A *stated* fact is said by at least one cited source; a
*derived* fact is our own inference or default where the sources are silent, and
must explain itself in a note so that a reader can judge it.
"""

from __future__ import annotations

import attrs

from investor_standard.foundation._enum import FastEnum
from investor_standard.foundation._schema_marks import NON_BLANK, schema_says
from investor_standard.foundation._validate import (
    instance_of,
    non_blank,
    raising,
    sequence_of,
    web_address,
)
from investor_standard.foundation.errors import InvalidProvenanceError

__all__ = ["Basis", "Provenance", "Source", "derived", "stated"]


class Basis(FastEnum):
    """Whether a fact is stated by a source (C in the brief) or derived by us (D).

    >>> stated(Source("GUS: TERC register")).basis, derived("ours").basis
    (<Basis.STATED: 'stated'>, <Basis.DERIVED: 'derived'>)
    """

    STATED = "stated"
    DERIVED = "derived"


_NON_BLANK = non_blank(raising(InvalidProvenanceError))


@attrs.frozen
class Source:
    """A public source: a short title and, where it has one, its address.

    >>> Source("A press report", "https://example.pl/article").url
    'https://example.pl/article'
    >>> Source("  ")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidProvenanceError: Source.title: must be a
    non-empty string
    """

    title: str = attrs.field(validator=_NON_BLANK)
    url: str | None = attrs.field(
        default=None, validator=web_address(raising(InvalidProvenanceError))
    )


def _sources(value: object) -> tuple[Source, ...]:
    return sequence_of(value, Source, "Provenance.sources", raising(InvalidProvenanceError))


@schema_says(
    allOf=[
        {
            "if": {"properties": {"basis": {"const": "stated"}}},
            "then": {"required": ["sources"], "properties": {"sources": {"minItems": 1}}},
        },
        {
            "if": {"properties": {"basis": {"const": "derived"}}},
            "then": {"required": ["note"], "properties": {"note": {"pattern": NON_BLANK}}},
        },
    ]
)
@attrs.frozen
class Provenance:
    """The basis of a fact, the sources it rests on, and a note.

    A stated fact needs at least one source; a derived fact needs a note saying
    how it was derived (its sources, if any, are what it was derived from).

    >>> from investor_standard.foundation.sources import SEED_ARTICLE
    >>> stated(SEED_ARTICLE).basis
    <Basis.STATED: 'stated'>
    >>> derived("our default: no source names a validity period").is_derived
    True
    """

    basis: Basis = attrs.field(validator=instance_of(Basis, InvalidProvenanceError))
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_sources)
    note: str = attrs.field(default="", validator=instance_of(str, InvalidProvenanceError))

    def __attrs_post_init__(self) -> None:
        if self.basis is Basis.STATED and not self.sources:
            raise InvalidProvenanceError("a stated fact must cite at least one source")
        if self.basis is Basis.DERIVED and not self.note.strip():
            raise InvalidProvenanceError("a derived fact must explain its derivation in a note")

    @property
    def is_derived(self) -> bool:
        """True when the fact is our inference or default rather than a source's statement."""
        return self.basis is Basis.DERIVED


def stated(*sources: Source, note: str = "") -> Provenance:
    """Provenance of a fact that ``sources`` state.

    >>> fact = stated(Source("Lubartowiak (2023)"), note="79 of 100 implemented")
    >>> fact.is_derived, fact.note
    (False, '79 of 100 implemented')
    >>> stated()  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidProvenanceError: a stated fact must cite at least
    one source
    """
    return Provenance(Basis.STATED, sources, note)


def derived(note: str, *sources: Source) -> Provenance:
    """Provenance of a fact we derived (explained by ``note``), optionally from ``sources``.

    >>> rule = derived("ours: half of the recommended requirements")
    >>> rule.is_derived, rule.sources
    (True, ())
    >>> derived("")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.InvalidProvenanceError: a derived fact must explain its
    derivation in a note
    """
    return Provenance(Basis.DERIVED, sources, note)
