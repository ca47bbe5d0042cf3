"""Bilingual labels."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from investor_standard import InvestorStandardError, Lang, Text
from investor_standard.foundation import InvalidTextError
from investor_standard.foundation.text import parse_lang

non_blank = st.text(min_size=1).filter(lambda s: bool(s.strip()))


@given(non_blank, non_blank)
def test_text_returns_each_language(pl: str, en: str) -> None:
    """A label built from two non-blank strings gives each back by language, enum or value."""
    label = Text(pl, en)
    assert label.in_(Lang.PL) == label.in_("pl") == pl
    assert label.in_(Lang.EN) == label.in_("en") == en


@pytest.mark.parametrize(
    ("pl", "en", "field"),
    [("", "x", "pl"), ("x", "   ", "en"), (None, "x", "pl"), ("x", 3, "en")],
)
def test_text_refuses_a_missing_language(pl: object, en: object, field: str) -> None:
    """An empty, blank or non-string language is refused, naming the field."""
    with pytest.raises(InvalidTextError, match=rf"Text\.{field}"):
        Text(pl, en)  # type: ignore[arg-type]  # deliberately wrong types


def test_unknown_language_is_a_library_error() -> None:
    """Asking for a language the library does not know raises its own error, listing the known."""
    with pytest.raises(InvestorStandardError, match=r"'de'.*'pl', 'en'"):
        Text("a", "b").in_("de")
    assert parse_lang(Lang.EN) is Lang.EN
