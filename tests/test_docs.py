"""The documentation describes what exists: every public name is in the reference, the
pictures are drawn from the data, and the command reference comes from the parser."""

from __future__ import annotations

import doctest
import importlib
import inspect
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sphinx.pycode import ModuleAnalyzer

from investor_standard import LUBELSKIE_RESULTS

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PACKAGE = ROOT / "src" / "investor_standard"
sys.path.insert(0, str(DOCS))
_generate = importlib.import_module("_generate")  # docs/ is not a package: found on the path

PARTS = ("foundation", "jst", "workdays", "assessment", "offer", "programme", "documents")


def public_modules() -> list[str]:
    """Every public module of every part, and the public modules at the package root."""
    found = ["investor_standard.cli", "investor_standard.facts", "investor_standard.strategies"]
    for part in PARTS:
        for path in sorted((PACKAGE / part).iterdir()):
            if path.name.startswith("_"):
                continue
            if path.suffix == ".py":
                found.append(f"investor_standard.{part}.{path.stem}")
            elif (path / "__init__.py").exists():
                found.append(f"investor_standard.{part}.{path.name}")
    return found


REFERENCE = (DOCS / "api.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("module_name", public_modules())
def test_every_public_module_is_in_the_reference(module_name: str) -> None:
    """Each public module has an automodule directive on the reference page (the editions
    package is documented through its edition module)."""
    if module_name == "investor_standard.assessment.editions":
        module_name = "investor_standard.assessment.editions.lubelskie_2019"
    assert f".. automodule:: {module_name}\n" in REFERENCE


@pytest.mark.parametrize("module_name", public_modules())
def test_every_public_name_is_documented_where_it_is_defined(module_name: str) -> None:
    """Autodoc shows a member only when it has documentation: a docstring of its own (a
    class or a function), or a ``#:`` comment (a constant). Every name in a public module's
    ``__all__`` has one, so every public name appears in the reference with a summary."""
    module = importlib.import_module(module_name)
    attribute_docs = ModuleAnalyzer.for_module(module_name).find_attr_docs()
    undocumented = []
    for name in module.__all__:
        value = getattr(module, name)
        defined_here = getattr(value, "__module__", module_name) == module_name
        if inspect.isclass(value) or inspect.isroutine(value) or hasattr(value, "__wrapped__"):
            if defined_here and not (value.__doc__ or "").strip():
                undocumented.append(name)
        elif ("", name) not in attribute_docs and defined_here:
            undocumented.append(name)
    assert undocumented == []


def _examples(module_name: str) -> dict[str, list[str]]:
    """The source of every doctest example in a module, by the dotted name of the docstring
    that holds it (the module's own docstring under the module's name)."""
    module = importlib.import_module(module_name)
    found: dict[str, list[str]] = {}
    for test in doctest.DocTestFinder().find(module):
        if test.examples:
            found.setdefault(test.name, []).extend(example.source for example in test.examples)
    return found


@pytest.mark.parametrize("module_name", public_modules())
def test_every_public_name_has_an_example(module_name: str) -> None:
    """Every public name is shown in use where the reference documents it: a class or a
    function by a doctest in its own docstring (a class's may be in its methods'), a
    constant by a doctest of its module that uses it. The examples run with the tests."""
    module = importlib.import_module(module_name)
    attribute_docs = ModuleAnalyzer.for_module(module_name).find_attr_docs()
    examples = _examples(module_name)
    in_module = "\n".join(source for sources in examples.values() for source in sources)
    without = []
    for name in module.__all__:
        value = getattr(module, name)
        if inspect.isclass(value) or inspect.isroutine(value) or hasattr(value, "__wrapped__"):
            if getattr(value, "__module__", None) != module_name:
                continue  # imported: documented, with its example, where it is defined
            own = f"{module_name}.{name}"
            if not any(key == own or key.startswith(f"{own}.") for key in examples):
                without.append(name)
        elif ("", name) in attribute_docs and not re.search(
            rf"(?<![\w.]){re.escape(name)}\b", in_module
        ):
            without.append(name)
    assert without == []


def test_the_pictures_are_drawn_from_the_data() -> None:
    """The indicators chart shows LUBELSKIE_RESULTS' numbers; both pictures are valid SVG."""
    chart = ET.fromstring(_generate.indicators_svg())
    texts = [element.text for element in chart.iter("{http://www.w3.org/2000/svg}text")]
    for number in (
        LUBELSKIE_RESULTS.participants,
        LUBELSKIE_RESULTS.implemented,
        LUBELSKIE_RESULTS.target,
    ):
        assert str(number) in texts
    diagram = ET.fromstring(_generate.decision_svg())
    labels = [element.text for element in diagram.iter("{http://www.w3.org/2000/svg}text")]
    assert [label for label in labels if label in {"findings", "score", "tallies", "outcome"}] == [
        "findings",
        "score",
        "tallies",
        "outcome",
    ]


def test_the_command_reference_is_generated_from_the_parser() -> None:
    """The CLI page documents the parser itself (sphinx-argparse), not a retyped list."""
    page = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert re.search(r":module: investor_standard\.cli\s+:func: build_parser", page)


def test_the_navigation_keeps_the_four_kinds_of_page_apart() -> None:
    """Tutorial, how-to guides, explanation and reference each have their own section, and
    every page is in exactly one of them."""
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    captions = re.findall(r":caption: (.+)", index)
    assert captions == ["Tutorial", "How-to guides", "Explanation", "Reference"]
    listed = re.findall(r"^([a-z-]+)$", index, re.MULTILINE)
    pages = sorted(path.stem for path in DOCS.glob("*.md") if path.stem != "index")
    assert sorted(listed) == pages


def test_what_we_know_and_what_we_derived_is_generated_from_the_facts() -> None:
    """The page counts the facts by basis, shows both accounts of who issues the
    certificate with their sources, and lists our defaults, the missing validity period
    among them."""
    from investor_standard.assessment.certificate import LUBELSKIE_ISSUERS  # noqa: PLC0415
    from investor_standard.facts import encoded_facts  # noqa: PLC0415

    page = _generate.known_and_derived()
    facts = encoded_facts()
    stated = sum(not fact.provenance.is_derived for fact in facts)
    assert page.startswith(f"Of the {len(facts)} facts the library encodes, {stated} are stated")
    for account in LUBELSKIE_ISSUERS:
        assert str(account.provenance.sources[0].url) in page
    assert "| certificate validity | a certificate does not expire |" in page
    ours = [f for f in facts if f.provenance.is_derived and not f.provenance.sources]
    assert all(f"| {fact.subject} | {fact.statement} |" in page for fact in ours)


def test_the_history_page_is_drawn_from_the_projects_the_stages_and_the_study() -> None:
    """Every project is in the table with its period and its first source; the path lists
    every stage in order; the study's figures and the three best units are the data's."""
    from investor_standard.programme.projects import PROJECTS, UNDATED_PROJECTS  # noqa: PLC0415
    from investor_standard.programme.stages import LUBELSKIE_STAGES  # noqa: PLC0415
    from investor_standard.programme.study import MYSTERY_CLIENT_STUDY  # noqa: PLC0415

    table = _generate.projects_table()
    for project in PROJECTS.values():
        assert f"| {project.name.en} | {project.start} to {project.end} |" in table
        assert str(project.provenance.sources[0].url) in table
    assert all(f"| {p.name.en} | not found |" in table for p in UNDATED_PROJECTS.values())
    path = _generate.participant_path()
    numbered = [f"{n}. {stage.name.en}" for n, stage in enumerate(LUBELSKIE_STAGES, 1)]
    assert path.splitlines()[: len(numbered)] == numbered
    assert f"tested {MYSTERY_CLIENT_STUDY.beneficiaries} of the participants" in path
    assert "Lublin, Zamość, Lubartów" in path


def test_the_formats_page_shows_each_kind_with_its_schema_and_an_example_that_loads() -> None:
    """Every document kind has a section with its committed schema and an example; each
    example is a document the library reads, of its kind."""
    from investor_standard.documents.codec import DocumentKind, load_document  # noqa: PLC0415

    page = (DOCS / "formats.md").read_text(encoding="utf-8")
    examples = _generate.format_examples()
    for kind in DocumentKind:
        assert f"## `{kind.value}`" in page
        assert f"../schemas/{kind.value}.schema.json" in page
        assert f"_generated/example-{kind.value}.json" in page
        assert load_document(examples[kind.value], kind) is not None
