"""Sphinx configuration for the investor-standard documentation."""

from __future__ import annotations

import sys
from pathlib import Path

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
    "sphinx.ext.napoleon",
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
nitpicky = False  # not yet clean: other projects' names cannot resolve offline, and a few
# docstrings still read as types; every reference of ours resolves under -W all the same
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}
html_theme = "furo"
html_title = "investor-standard"
doctest_global_setup = "import investor_standard"
# The docstrings' examples run under pytest --doctest-modules, in their modules' namespaces;
# Sphinx runs the examples written in the documentation pages themselves.
doctest_test_doctest_blocks = ""
