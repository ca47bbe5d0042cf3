"""Every value type survives pickle and deepcopy: tools send values between processes."""

from __future__ import annotations

import copy
import importlib
import pickle

import pytest
from hypothesis import given, settings, strategies as st

from investor_standard import LUBELSKIE_2019, LUBELSKIE_PROJECT, LUBELSKIE_RULES, decide, load_audit
from investor_standard._hypothesis import TYPE_STRATEGIES
from investor_standard.assessment import DEFAULT_SCORING
from test_documents import LUBARTOW

TYPES = [
    getattr(importlib.import_module(f"investor_standard.{module}"), name)
    for module, name, _ in TYPE_STRATEGIES
]


@pytest.mark.parametrize("kind", TYPES, ids=[kind.__name__ for kind in TYPES])
@settings(max_examples=10)
@given(data=st.data())
def test_every_type_pickles_and_deep_copies(kind: type, data: st.DataObject) -> None:
    """A generated value of each type comes back equal from pickle and from deepcopy."""
    value = data.draw(st.from_type(kind))
    assert pickle.loads(pickle.dumps(value)) == value
    assert copy.deepcopy(value) == value


def test_the_shipped_values_pickle_and_still_work() -> None:
    """The edition, rules, model and timeline pickle (their look-up tables and memos with
    them), and an unpickled edition and rules decide as the originals do."""
    for value in (LUBELSKIE_2019, LUBELSKIE_RULES, DEFAULT_SCORING, LUBELSKIE_PROJECT):
        assert pickle.loads(pickle.dumps(value)) == value
    edition = pickle.loads(pickle.dumps(LUBELSKIE_2019))
    rules = copy.deepcopy(LUBELSKIE_RULES)
    audit = load_audit(LUBARTOW)
    assert decide(audit, edition, rules) == decide(audit, LUBELSKIE_2019)
    assert edition.requirement("PROC-01") is not LUBELSKIE_2019.requirement("PROC-01")
