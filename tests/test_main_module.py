"""``python -m investor_standard`` runs the command in-process too (for coverage of __main__)."""

from __future__ import annotations

import runpy
import sys

import pytest


def test_dunder_main_exits_with_the_commands_status(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Running the package as a module calls main() and exits with its status."""
    monkeypatch.setattr(sys, "argv", ["investor-standard", "catalogue", "--lang", "pl"])
    with pytest.raises(SystemExit) as caught:
        runpy.run_module("investor_standard", run_name="__main__")
    assert caught.value.code == 0
    assert "Procedury współpracy z inwestorem" in capsys.readouterr().out
