"""Provenance of encoded facts."""

from __future__ import annotations

import pytest

from investor_standard import Basis, Provenance, Source
from investor_standard.foundation import InvalidProvenanceError, derived, stated

SOURCE = Source("A report", "https://example.org/report")


def test_stated_needs_a_source() -> None:
    """A fact cannot be stated by nobody."""
    with pytest.raises(InvalidProvenanceError, match="at least one source"):
        Provenance(Basis.STATED)


def test_derived_needs_a_note() -> None:
    """A derived fact must say how it was derived."""
    with pytest.raises(InvalidProvenanceError, match="note"):
        Provenance(Basis.DERIVED, (SOURCE,), " ")


def test_helpers_build_the_two_bases() -> None:
    """stated() and derived() build the records they name, keeping sources in order."""
    other = Source("Another")
    assert stated(SOURCE, other) == Provenance(Basis.STATED, (SOURCE, other))
    made = derived("ours", SOURCE)
    assert made.is_derived
    assert made.sources == (SOURCE,)
    assert not stated(SOURCE).is_derived


@pytest.mark.parametrize("bad", ["", "   ", None])
def test_source_needs_a_title(bad: object) -> None:
    """A source without a title cannot be cited."""
    with pytest.raises(InvalidProvenanceError, match=r"Source\.title"):
        Source(bad)  # type: ignore[arg-type]  # deliberately wrong type


def test_source_url_must_be_web_address() -> None:
    """A source's address must be an http(s) URL."""
    with pytest.raises(InvalidProvenanceError, match="ftp://x"):
        Source("t", "ftp://x")


@pytest.mark.parametrize(
    ("bad", "where"),
    [("not a tuple", r"Provenance\.sources: expected"), (("x",), r"Provenance\.sources\[0\]")],
)
def test_sources_must_be_sources(bad: object, where: str) -> None:
    """Provenance.sources holds Source values only; the error names the place."""
    with pytest.raises(InvalidProvenanceError, match=where):
        Provenance(Basis.STATED, bad)


def test_sources_given_as_list_become_a_tuple() -> None:
    """Sources are stored as a tuple, so a record stays immutable and hashable."""
    record = Provenance(Basis.STATED, [SOURCE])
    assert record.sources == (SOURCE,)
    assert hash(record) == hash(stated(SOURCE))
