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
    """A source's address must be an http(s) URL; one that is not text at all is refused the
    same way (it raised Python's AttributeError before)."""
    with pytest.raises(
        InvalidProvenanceError, match=r"^Source\.url: must be an http\(s\) address, not 'ftp://x'$"
    ):
        Source("t", "ftp://x")
    with pytest.raises(
        InvalidProvenanceError, match=r"^Source\.url: must be an http\(s\) address, not 5$"
    ):
        Source("t", 5)  # type: ignore[arg-type]  # on purpose
    assert Source("t", "http://x").url == "http://x"


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


def _cited() -> list[Source]:
    from investor_standard.facts import encoded_facts  # noqa: PLC0415 - only these tests

    return [source for fact in encoded_facts() for source in fact.provenance.sources]


def test_every_cited_source_is_one_of_the_library_sources() -> None:
    """Every source any encoded fact cites (stated or derived) is a constant of the sources
    module, so each is described once and can be looked up."""
    from investor_standard.foundation import sources  # noqa: PLC0415 - the module under test

    known = {getattr(sources, name) for name in sources.__all__}
    assert set(_cited()) <= known
    assert all(fact_source in known for fact_source in _cited())


def test_each_source_appears_once() -> None:
    """No two source constants share a title or an address: a source is cited once and
    reused, never described twice (the Włodawa article is the Nowy Tydzień one)."""
    from investor_standard.foundation import sources  # noqa: PLC0415 - the module under test

    every = [getattr(sources, name) for name in sources.__all__]
    titles = [source.title for source in every]
    urls = [source.url for source in every if source.url is not None]
    assert len(set(titles)) == len(titles)
    assert len(set(urls)) == len(urls)
    assert "WLODAWA_ARTICLE_2020" not in sources.__all__
    assert "Włodawa" in sources.NOWY_TYDZIEN_STAGES.title


def test_the_corrected_citations() -> None:
    """The 2018 one-off day off rests on the act of 7 November 2018 (Dz.U. 2018 poz. 2117);
    the 1989 act established (did not restore) Independence Day; the second issuer account
    cites the Nowy Tydzień article, with its address."""
    from investor_standard.assessment.certificate import LUBELSKIE_ISSUERS  # noqa: PLC0415
    from investor_standard.foundation import sources  # noqa: PLC0415

    assert "7 November 2018" in sources.ACT_ON_DAY_OFF_2018.title
    assert "poz. 2117" in sources.ACT_ON_DAY_OFF_2018.title
    assert "establishing the National Independence Day" in sources.ACT_ON_DAYS_OFF_1989.title
    second = LUBELSKIE_ISSUERS[1].provenance.sources
    assert second == (sources.NOWY_TYDZIEN_STAGES,)
    assert second[0].url is not None
