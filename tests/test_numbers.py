"""Any whole number given to a function that takes one gives a result or the library's own
error: never a foreign ValueError (Python refuses to write out a number of more than 4300
digits) or OverflowError (from a conversion to float)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, strategies as st

from investor_standard import (
    InvestorStandardError,
    add_working_days,
    kpa_deadline,
    public_holidays,
)
from investor_standard.assessment import Term, TermKind
from investor_standard.offer import Hectares, Kilometres
from investor_standard.workdays import statutory_days_off

DAY = dt.date(2023, 3, 8)
NUMBERS = st.integers() | st.sampled_from([10**5000, -(10**5000), 10**400, 2**1100])

CALLS: dict[str, Callable[[int], Any]] = {
    "kpa_deadline days": lambda n: kpa_deadline(DAY, days=n),
    "kpa_deadline weeks": lambda n: kpa_deadline(DAY, weeks=n),
    "kpa_deadline months": lambda n: kpa_deadline(DAY, months=n),
    "kpa_deadline years": lambda n: kpa_deadline(DAY, years=n),
    "add_working_days": lambda n: add_working_days(DAY, n),
    "public_holidays": public_holidays,
    "statutory_days_off": statutory_days_off,
    "Hectares": Hectares,
    "Kilometres": Kilometres,
    "Term": lambda n: Term(TermKind.MONTHS, n).due(DAY),
}


@pytest.mark.parametrize("name", sorted(CALLS))
@given(number=NUMBERS)
def test_any_whole_number_gives_a_result_or_the_librarys_error(name: str, number: int) -> None:
    """Whatever the number, the call returns or raises an InvestorStandardError, whose
    message stays short (a huge number is shown by its size)."""
    try:
        CALLS[name](number)
    except InvestorStandardError as error:
        assert len(str(error)) < 300  # noqa: PT017 - the call may succeed: no pytest.raises
