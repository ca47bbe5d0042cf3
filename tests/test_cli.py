"""The investor-standard command."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from investor_standard import LUBELSKIE_2019, __version__
from investor_standard.cli import main


def run(*argv: str) -> str:
    out = io.StringIO()
    assert main(list(argv), out=out) == 0
    return out.getvalue()


def test_catalogue_lists_every_requirement_in_english() -> None:
    """The default catalogue is English plain text and names every requirement."""
    text = run("catalogue")
    assert text.startswith(LUBELSKIE_2019.title.en)
    for requirement in LUBELSKIE_2019.requirements:
        assert f"{requirement.id}  {requirement.title.en}" in text


def test_catalogue_in_polish_markdown() -> None:
    """--lang pl --format md gives Markdown tables with Polish labels."""
    text = run("catalogue", "--lang", "pl", "--format", "md")
    assert text.startswith(f"# {LUBELSKIE_2019.title.pl}")
    assert "| id | wymaganie | poziom |" in text
    assert "| ONLINE-04 | Oferty w bazie terenów inwestycyjnych PAIH | zalecany |" in text


def test_bad_option_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown language is refused by the command with status 2 and a one-line reason."""
    with pytest.raises(SystemExit) as caught:
        main(["catalogue", "--lang", "de"])
    assert caught.value.code == 2
    assert "invalid choice: 'de'" in capsys.readouterr().err


def test_module_runs_as_a_program() -> None:
    """python -m investor_standard is the same command, with --version."""
    done = subprocess.run(
        [sys.executable, "-m", "investor_standard", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == f"investor-standard {__version__}"


def test_main_writes_to_stdout_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    """Without an explicit stream, output goes to standard output."""
    assert main(["catalogue", "--format", "text"]) == 0
    assert "PROC-01" in capsys.readouterr().out
