"""The validators and converters every value class shares (foundation/_validate), each
refusal pinned: the place, the rule, the value shown, and the error of the caller's part."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from fractions import Fraction
from typing import Any

import attrs
import pytest

from investor_standard.foundation._schema_marks import NON_BLANK, schema_rules
from investor_standard.foundation._validate import (
    fraction,
    instance_of,
    non_blank,
    raising,
    sequence_of,
    web_address,
    zero_to_one,
)
from investor_standard.foundation.errors import InvalidOfferError, InvalidRulesError

FAIL = raising(InvalidOfferError)


class Colour(Enum):
    RED = "red"


@attrs.frozen
class Card:
    """A value class of the test's own, with one field of each kind of check."""

    title: str = attrs.field(default="t", validator=non_blank(FAIL))
    url: str | None = attrs.field(default=None, validator=web_address(FAIL))
    share: Fraction = attrs.field(
        default=Fraction(1, 2),
        converter=fraction(raising(InvalidRulesError)),  # type: ignore[misc]  # mypy's attrs plugin cannot read a Converter
        validator=zero_to_one(raising(InvalidRulesError)),
    )
    day: dt.date | None = attrs.field(
        default=None, validator=instance_of(dt.date, InvalidOfferError, optional=True)
    )
    count: int = attrs.field(default=1, validator=instance_of(int, InvalidOfferError))
    flag: bool | int = attrs.field(
        default=True, validator=instance_of((bool, int), InvalidOfferError)
    )
    moment: dt.datetime | dt.date = attrs.field(
        default=dt.date(2023, 1, 1),
        validator=instance_of((dt.date, dt.datetime), InvalidOfferError),
    )


def refused(error: type[Exception], **fields: Any) -> str:
    with pytest.raises(error) as caught:
        Card(**fields)
    return str(caught.value)


def test_raising_puts_the_place_before_the_problem() -> None:
    """A Fail makes the caller's error with 'place: problem'."""
    made = FAIL("Card.title", "is wrong")
    assert isinstance(made, InvalidOfferError)
    assert str(made) == "Card.title: is wrong"


@pytest.mark.parametrize("value", ["", "   ", "\n", 5, None])
def test_blank_or_non_text_is_refused(value: object) -> None:
    """Text must hold a visible character; anything else is refused at its field."""
    assert refused(InvalidOfferError, title=value) == "Card.title: must be a non-empty string"


def test_text_with_a_visible_character_is_kept_as_it_is() -> None:
    """Surrounding blanks are kept: the check does not edit the text."""
    assert Card(title=" x ").title == " x "
    assert schema_rules(attrs.fields(Card).title.validator) == {"pattern": NON_BLANK}


@pytest.mark.parametrize("value", ["http://a.pl", "https://a.pl/x?y=1", None])
def test_a_web_address_is_http_or_https_or_none(value: str | None) -> None:
    """An optional web address: None, or text starting with http:// or https://."""
    assert Card(url=value).url == value


@pytest.mark.parametrize(
    ("value", "shown"),
    [("ftp://a.pl", "'ftp://a.pl'"), ("a.pl", "'a.pl'"), ("", "''"), (5, "5"), (b"x", "b'x'")],
)
def test_anything_else_is_not_a_web_address(value: object, shown: str) -> None:
    """Any other value is refused with its place and the value shown."""
    assert refused(InvalidOfferError, url=value) == (
        f"Card.url: must be an http(s) address, not {shown}"
    )
    assert schema_rules(attrs.fields(Card).url.validator) == {"pattern": "^https?://"}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Fraction(1, 3), Fraction(1, 3)),
        (0, Fraction(0)),
        (1, Fraction(1)),
        ("2/3", Fraction(2, 3)),
        (" 3/4 ", Fraction(3, 4)),
        ("0.25", Fraction(1, 4)),
    ],
)
def test_a_fraction_from_a_fraction_an_int_or_a_string(value: object, expected: Fraction) -> None:
    """Fractions, ints and strings Python's Fraction reads are taken; 0 and 1 are within."""
    assert Card(share=value).share == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (0.5, "must be a Fraction, an int or a string such as '1/2', not 0.5"),
        (True, "must be a Fraction, an int or a string such as '1/2', not True"),
        (None, "must be a Fraction, an int or a string such as '1/2', not None"),
        ([1], "must be a Fraction, an int or a string such as '1/2', not [1]"),
        ("half", "'half' is not a fraction"),
        ("1/0", "'1/0' is not a fraction"),
        ("-1/2", "must lie from 0 to 1"),
        ("1001/1000", "must lie from 0 to 1"),
        (-1, "must lie from 0 to 1"),
    ],
)
def test_what_is_not_a_fraction_from_0_to_1_is_refused(value: object, message: str) -> None:
    """The converter names what it takes; the check names the range."""
    assert refused(InvalidRulesError, share=value) == f"Card.share: {message}"


def test_a_date_is_not_a_datetime_unless_both_are_allowed() -> None:
    """A datetime carries a time of day a date field would drop, so it is refused where a
    date is asked for, and kept where a datetime is allowed too; None only when optional."""
    assert Card(day=None).day is None
    assert Card(day=dt.date(2023, 3, 8)).day == dt.date(2023, 3, 8)
    assert refused(InvalidOfferError, day=dt.datetime(2023, 3, 8, 12, 0)) == (  # noqa: DTZ001 - naive on purpose
        "Card.day must be a date or None, got datetime datetime.datetime(2023, 3, 8, 12, 0)"
    )
    moment = dt.datetime(2023, 3, 8, 12, 0)  # noqa: DTZ001 - naive on purpose
    assert Card(moment=moment).moment == moment
    assert refused(InvalidOfferError, day="2023-03-08") == (
        "Card.day must be a date or None, got str '2023-03-08'"
    )


def test_a_bool_is_not_an_int_unless_bools_are_allowed() -> None:
    """True is an int to Python, not to a count; a field that takes bools takes it."""
    assert refused(InvalidOfferError, count=True) == "Card.count must be an int, got bool True"
    assert refused(InvalidOfferError, count=None) == "Card.count must be an int, got NoneType None"
    assert Card(flag=True).flag is True
    assert Card(flag=3).flag == 3
    assert refused(InvalidOfferError, flag="x") == "Card.flag must be a bool or int, got str 'x'"


def test_a_sequence_of_a_kind_becomes_a_tuple() -> None:
    """A list or a tuple of the kind is taken, as a tuple."""
    assert sequence_of([1, 2], int, "Card.items", FAIL) == (1, 2)
    assert sequence_of((), int, "Card.items", FAIL) == ()


@pytest.mark.parametrize(
    ("value", "options", "message"),
    [
        ("12", {}, "Card.items: expected a sequence of int, got '12'"),
        ({1}, {}, "Card.items: expected a sequence of int, got {1}"),
        ([1, "2"], {}, "Card.items[1]: expected int, got '2'"),
        ([10**5000], {}, None),
        ([], {"non_empty": True}, "Card.items: at least one int is required"),
        (
            [1, 2, 1],
            {"distinct": True},
            "Card.items[2]: 1 repeats item 0; int values must not repeat",
        ),
    ],
)
def test_a_sequence_is_refused_at_its_place(
    value: object, options: dict[str, bool], message: str | None
) -> None:
    """Each refusal names the sequence, or the item by its index."""
    if message is None:  # an item of another kind is named even when it is huge
        assert sequence_of(value, int, "Card.items", FAIL) == tuple(value)  # type: ignore[arg-type]
        with pytest.raises(
            InvalidOfferError,
            match=r"^Card\.items\[0\]: expected str, got a whole number of about 5001 digits$",
        ):
            sequence_of(value, str, "Card.items", FAIL)
        return
    with pytest.raises(InvalidOfferError) as caught:
        sequence_of(value, int, "Card.items", FAIL, **options)
    assert str(caught.value) == message


def test_a_repeated_enum_member_is_named_by_its_value() -> None:
    """A member repeated is named as the documents write it, not by its Python repr."""
    with pytest.raises(InvalidOfferError) as caught:
        sequence_of([Colour.RED, Colour.RED], Colour, "Card.colours", FAIL, distinct=True)
    assert str(caught.value) == "Card.colours[1]: red repeats item 0; Colour values must not repeat"
    assert sequence_of(
        [Colour.RED], Colour, "Card.colours", FAIL, non_empty=True, distinct=True
    ) == (Colour.RED,)
