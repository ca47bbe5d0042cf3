"""The project's own promises: README and CI agree, the version is single-sourced."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import investor_standard

ROOT = Path(__file__).resolve().parent.parent


def test_readme_test_command_is_what_ci_runs() -> None:
    """The README's test command appears verbatim in .ci/run, so the two cannot drift apart."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Tests", 1)[1]
    command = re.search(r"```console\n(.+?)\n```", section, re.DOTALL)
    assert command is not None
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert command.group(1).strip() in ci


def test_readme_main_command_is_what_ci_runs() -> None:
    """The README's main command (after the install) is run by .ci/run too."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = re.search(r"```console\npip install -e \. && (.+?)\n```", readme)
    assert first is not None
    assert first.group(1) in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_version_is_single_sourced() -> None:
    """pyproject takes the version from the package, and the changelog has an Unreleased section."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["hatch"]["version"]["path"] == "src/investor_standard/_version.py"
    assert re.fullmatch(r"\d+\.\d+\.\d+(\.dev\d+)?", investor_standard.__version__)
    assert "## [Unreleased]" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
