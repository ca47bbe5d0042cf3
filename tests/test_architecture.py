"""The shape of the package: its parts, what each may import, and its lists of public names.

The architecture page of the documentation draws the same picture; these tests keep the
picture true by reading the modules' own imports and stubs.
"""

from __future__ import annotations

import ast
import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

import investor_standard
from investor_standard.foundation._lazy import stub_exports

PACKAGE = Path(investor_standard.__file__).parent

#: The parts, in the order they build on each other.
PARTS = ("foundation", "jst", "workdays", "assessment", "offer", "programme", "documents")


def may_import(part: str) -> frozenset[str]:
    """What a part may import besides itself, read from the "May import:" paragraph of its
    ``__init__`` docstring: the rules are written once, where a reader of the part (and the
    architecture page, which shows these docstrings) sees them. The edge (the package root's
    modules: the command, the reports over every part, the strategies) may import anything."""
    doc = importlib.import_module(f"investor_standard.{part}").__doc__ or ""
    assert "May import:" in doc, f"{part}'s docstring does not say what it may import"
    rule = doc.split("May import:", 1)[1].split("\n\n", 1)[0]
    words = set(re.findall(r"[a-z_]+", rule))
    return frozenset(words & set(PARTS))


ALLOWED: dict[str, frozenset[str]] = {part: may_import(part) for part in PARTS}


def test_the_import_rules_read_from_the_docstrings() -> None:
    """The rules the docstrings state are the ones the architecture page describes."""
    rules = {part: may_import(part) for part in PARTS}
    assert rules == {
        "foundation": frozenset(),
        "jst": {"foundation"},
        "workdays": {"foundation"},
        "assessment": {"foundation", "jst", "workdays"},
        "offer": {"foundation", "jst", "workdays", "assessment"},
        "programme": {"foundation", "jst", "workdays", "assessment"},
        "documents": {"foundation", "jst", "workdays", "assessment", "offer", "programme"},
    }


#: The names ../shared/design.md promises at the top level (its public API contract).
CONTRACT = frozenset(
    {
        "Text", "Teryt", "JstKind", "LocalGovernment", "Edition", "Area", "Requirement",
        "Level", "EvidenceKind", "LUBELSKIE_2019", "checklist_for", "Result", "Evidence",
        "Finding", "Audit", "score", "decide", "Decision", "Outcome", "public_holidays",
        "is_working_day", "add_working_days", "working_days_between", "kpa_deadline",
        "LUBELSKIE_PROJECT", "phase_on", "LUBELSKIE_RESULTS", "load_audit", "dump_audit",
        "json_schema", "InvalidDocumentError", "InvestorStandardError",
    }
)  # fmt: skip


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def part_of(module: str) -> str | None:
    """The part a module belongs to, or None for the edge at the package root."""
    pieces = module.split(".")
    return pieces[1] if len(pieces) > 2 and pieces[1] in ALLOWED else None


def imported_modules(path: Path) -> set[str]:
    """Every module of this package that ``path`` imports, anywhere in it (lazy imports too)."""
    found: set[str] = set()
    here = module_name(path)
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here if is_package else here.rpartition(".")[0]
                for _ in range(node.level - 1):
                    base = base.rpartition(".")[0]
                name = f"{base}.{node.module}" if node.module else base
            else:
                name = node.module or ""
            found.add(name)
            found.update(f"{name}.{alias.name}" for alias in node.names)
    return {name for name in found if name.split(".")[0] == "investor_standard"}


SOURCES = sorted(PACKAGE.rglob("*.py"))


def test_the_tree_shows_the_parts() -> None:
    """The package root holds the parts as subpackages and only the edge as modules."""
    parts = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    assert parts == set(ALLOWED)
    modules = {p.stem for p in PACKAGE.glob("*.py")}
    assert modules == {
        "__init__", "__main__", "_version", "_hypothesis", "cli", "facts", "strategies",
    }  # fmt: skip


@pytest.mark.parametrize("path", SOURCES, ids=module_name)
def test_each_module_imports_only_what_its_part_may(path: Path) -> None:
    """A module of a part imports only its own part and the parts that part may build on."""
    part = part_of(module_name(path))
    if part is None:
        return  # the edge may import anything
    allowed = ALLOWED[part] | {part}
    for name in imported_modules(path):
        target = part_of(name)
        if name in {"investor_standard", "investor_standard._version"}:
            pytest.fail(f"{module_name(path)} imports {name}, the package root")
        assert target in allowed, f"{module_name(path)} imports {name} (part {target})"


def test_the_import_rules_form_no_circle() -> None:
    """Parts may only build on parts that do not build on them: the rules are a one-way flow."""
    done: set[str] = set()
    for part in PARTS:
        assert ALLOWED[part] <= done, f"{part} builds on a part that comes after it"
        done.add(part)


def test_no_two_modules_import_each_other_even_through_others() -> None:
    """The modules' imports, lazy ones included, form no circle (such as the one the old
    alias of the certificate names made between certification and certificate)."""
    graph = {module_name(path): imported_modules(path) for path in SOURCES}
    packages = {module_name(p) for p in SOURCES if p.name == "__init__.py"}
    edges = {
        module: {t for t in targets if t in graph and t not in packages and t != module}
        for module, targets in graph.items()
        if module not in packages
    }
    state: dict[str, str] = {}

    def visit(module: str, path: tuple[str, ...]) -> None:
        if state.get(module) == "done":
            return
        assert state.get(module) != "open", " -> ".join((*path, module))
        state[module] = "open"
        for target in sorted(edges.get(module, ())):
            visit(target, (*path, module))
        state[module] = "done"

    for module in sorted(edges):
        visit(module, ())


def test_no_module_of_a_part_imports_hypothesis_or_the_edge() -> None:
    """Hypothesis is imported only by the strategies; no part imports the command or reports."""
    for path in SOURCES:
        if part_of(module_name(path)) is None:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        roots = {
            alias.name.split(".")[0]
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        } | {
            (node.module or "").split(".")[0]
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and not node.level
        }
        assert "hypothesis" not in roots, module_name(path)


def part_stub(part: str) -> dict[str, tuple[str, str]]:
    stub = PACKAGE / part / "__init__.pyi"
    return stub_exports(f"investor_standard.{part}", stub.read_text(encoding="utf-8"))


@pytest.mark.parametrize("part", sorted(ALLOWED))
def test_a_part_lists_exactly_the_public_names_of_its_modules(part: str) -> None:
    """A part's stub re-exports every name its public modules declare in ``__all__``, from the
    module that defines it, and nothing else; so a new public name is written in one module's
    ``__all__`` and one stub line, and this test says which is missing."""
    exports = part_stub(part)
    declared: dict[str, str] = {}
    for path in sorted((PACKAGE / part).iterdir()):
        is_module = path.suffix == ".py" or (path / "__init__.py").exists()
        if path.name.startswith("_") or not is_module:
            continue
        module = importlib.import_module(f"investor_standard.{part}.{path.stem}")
        for name in module.__all__:
            declared[name] = module.__name__
    assert {name: module for name, (module, _) in exports.items()} == declared


@pytest.mark.parametrize("part", sorted(ALLOWED))
def test_every_name_of_a_part_loads_as_the_object_its_module_defines(part: str) -> None:
    """Each listed name resolves, lazily, to the very object of the module it comes from."""
    package = importlib.import_module(f"investor_standard.{part}")
    assert package.__all__ == sorted(part_stub(part))
    for name, (module, attribute) in part_stub(part).items():
        assert getattr(package, name) is getattr(importlib.import_module(module), attribute)
        assert name in dir(package)


def test_the_top_level_is_a_short_list_that_keeps_the_contract() -> None:
    """The top level re-exports the main flow, keeps every name the design's contract
    promises, and each of its names is one its part exports, from the same module."""
    top = stub_exports("investor_standard", (PACKAGE / "__init__.pyi").read_text(encoding="utf-8"))
    assert set(importlib.import_module("investor_standard").__all__) == set(top)
    assert set(top) >= CONTRACT
    assert len(top) <= 60  # a curated list, not everything
    for name, (source, attribute) in top.items():
        assert getattr(investor_standard, name) is getattr(
            importlib.import_module(source), attribute
        )
        if name == "__version__":
            continue
        part = part_of(source)
        assert part is not None, f"{name} does not come from a part"
        assert part_stub(part)[name] == (source, attribute)


def test_specialised_families_are_imported_from_their_part() -> None:
    """The site card's sub-records, the units and the study's probes are not at the top level,
    and asking for them there is an ordinary AttributeError."""
    for name in ("Gas", "Telecom", "Hectares", "Probe", "PROJECTS"):
        with pytest.raises(AttributeError, match=f"no attribute '{name}'"):
            getattr(investor_standard, name)
    assert "Gas" in dir(importlib.import_module("investor_standard.offer"))


def test_importing_the_package_loads_no_part_module_until_a_name_is_used() -> None:
    """``import investor_standard`` costs only the package and the loader; asking for
    ``Teryt`` loads the TERYT module and not the catalogue, the converter or the calendar."""
    code = (
        "import sys, investor_standard\n"
        "mine = lambda: sorted(m for m in sys.modules if m.startswith('investor_standard.'))\n"
        "print(mine())\n"
        "investor_standard.Teryt\n"
        "print(mine())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    first, second = done.stdout.splitlines()
    assert first == "['investor_standard.foundation', 'investor_standard.foundation._lazy']"
    assert "investor_standard.jst.teryt" in second
    for heavy in ("assessment.catalogue", "documents.converter", "workdays.days_off"):
        assert f"investor_standard.{heavy}" not in second


def test_a_stub_holds_only_re_exports() -> None:
    """A stub line that is not an explicit re-export (an assignment, a bare import) is refused
    with its line number, so the list cannot silently grow anything the loader would skip."""
    with pytest.raises(ValueError, match="stub line 2: only re-exports belong here"):
        stub_exports("pkg", '"""Doc."""\nX = 1\n')
    with pytest.raises(ValueError, match="stub line 1: write 'f as f'"):
        stub_exports("pkg", "from .a import f as g\n")
    assert stub_exports("pkg.part", "from ..other import f as f\n") == {"f": ("pkg.other", "f")}
