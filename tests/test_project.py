"""The project's own promises: README and CI agree, the version is single-sourced."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

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


def test_public_names_are_exported() -> None:
    """Every name in __all__ is importable from the top-level package."""
    for name in investor_standard.__all__:
        assert hasattr(investor_standard, name), name


def test_lazy_exports_match_the_typed_imports() -> None:
    """The lazy-loading table and the imports mypy reads name the same names and modules."""
    import ast  # noqa: PLC0415 - only this test parses source

    source = (ROOT / "src" / "investor_standard" / "__init__.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    typed: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name):
            for stmt in node.body:
                assert isinstance(stmt, ast.ImportFrom)
                assert stmt.module is not None
                for alias in stmt.names:
                    typed[alias.name] = stmt.module.removeprefix("investor_standard.")
    assert typed == investor_standard._EXPORTS
    assert set(investor_standard.__all__) == {*typed, "__version__"}
    assert "load_audit" in dir(investor_standard)
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        investor_standard.nope  # noqa: B018 - the attribute access is the test
