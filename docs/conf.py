"""Sphinx configuration for the investor-standard documentation."""

from __future__ import annotations

import enum
import inspect
import sys
from pathlib import Path
from typing import Any

import attrs

from investor_standard import __version__

sys.path.insert(0, str(Path(__file__).parent))
from _generate import generate

generate(Path(__file__).parent / "_generated")

project = "investor-standard"
author = "investor-standard developers"
copyright = "2026, investor-standard developers"
release = __version__
version = __version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx_copybutton",
    "sphinxarg.ext",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "_generated"]
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
nitpicky = True
# Other projects' names cannot resolve: the build is offline, so intersphinx has no
# inventories to read. Every name of ours must resolve.
nitpick_ignore_regex = [
    (
        r"py:.*",
        r"(datetime|fractions|collections\.abc|os|typing|enum|pathlib|re|argparse|contextvars)"
        r"\..*",
    ),
    (r"py:.*", r"(hypothesis|cattrs|attrs|attr|dateutil)(\..*)?"),
    (r"py:.*", r"st\.SearchStrategy"),
    # names in private modules (a base class such as FastEnum, a type variable) are left
    # out of the reference on purpose
    (r"py:.*", r"investor_standard(\.\w+)*\._\w+(\.\w+)*"),
]
autodoc_preserve_defaults = True
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}
html_theme = "furo"
html_title = "investor-standard"
doctest_global_setup = "import investor_standard"
# The docstrings' examples run under pytest --doctest-modules, in their modules' namespaces;
# Sphinx runs the examples written in the documentation pages themselves.
doctest_test_doctest_blocks = ""


class _Shown:
    """A default value as a signature shows it: an enum member by its name, a value of
    ours by its class (their reprs hold '<', ':' and quotes, which the signature parser
    would read as names to link)."""

    def __init__(self, value: object) -> None:
        self.value = value

    def __repr__(self) -> str:
        value = self.value
        if isinstance(value, enum.Enum):
            return f"{type(value).__name__}.{value.name}"
        if isinstance(value, tuple) and value and all(isinstance(v, enum.Enum) for v in value):
            return "(" + ", ".join(repr(_Shown(v)) for v in value) + ")"
        if attrs.has(type(value)):
            return f"{type(value).__name__}(...)"
        return repr(value)


def _short_defaults(  # noqa: PLR0917 - the arguments of Sphinx's event, in its order
    app: object,
    what: str,
    name: str,
    obj: object,
    options: object,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str, str | None] | None:
    """Show the defaults of a signature by :class:`_Shown`, leaving the rest as it is."""
    if signature is None or what not in ("class", "function", "method"):
        return None
    try:
        found = inspect.signature(obj)  # type: ignore[arg-type]  # autodoc gives callables here
    except (TypeError, ValueError):
        return None
    if not any(p.default is not p.empty for p in found.parameters.values()):
        return None
    parameters = [
        p.replace(
            annotation=p.empty, default=p.default if p.default is p.empty else _Shown(p.default)
        )
        for p in found.parameters.values()
    ]
    return str(found.replace(parameters=parameters, return_annotation=found.empty)), (
        return_annotation
    )


def _public_name(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve ``investor_standard.decide`` (a top-level name) and a bare ``InvalidAuditError``
    to the one documented object of that name, where it is defined; a name that fits
    none or several stays unresolved, and the build fails on it."""
    if node.get("refdomain") != "py":
        return None
    target: str = node["reftarget"]
    if target.count(".") > 1 and not target.startswith("investor_standard."):
        return None
    short = target.rsplit(".", 1)[-1] if target.startswith("investor_standard.") else target
    domain = env.get_domain("py")
    fits = [
        full
        for full in domain.objects
        if full.startswith("investor_standard.") and full.endswith("." + short)
    ]
    if len(fits) != 1:
        return None
    return domain.resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], fits[0], node, contnode
    )


def setup(app: Any) -> None:
    app.connect("autodoc-process-signature", _short_defaults)
    app.connect("missing-reference", _public_name)
