"""Pages generated from the library's data when the documentation is built.

Nothing here is retyped: the catalogue table comes from ``LUBELSKIE_2019``, the
sources page from :func:`investor_standard.facts.encoded_facts`, and the timeline
picture from ``LUBELSKIE_PROJECT``.
"""

from __future__ import annotations

from pathlib import Path

import investor_standard
from investor_standard import LUBELSKIE_2019, LUBELSKIE_PROJECT, Provenance
from investor_standard.facts import EncodedFact, encoded_facts, enforced_rules
from investor_standard.foundation._lazy import stub_exports
from investor_standard.programme.pictures import timeline_svg

PACKAGE = Path(investor_standard.__file__).parent


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _sources(provenance: Provenance) -> str:
    return "; ".join(
        f"[{_cell(source.title)}]({source.url})" if source.url else _cell(source.title)
        for source in provenance.sources
    )


def catalogue_table() -> str:
    """A bilingual Markdown table of the Lubelskie edition's requirements."""
    lines = [
        "| id | obszar / area | wymaganie | requirement | level | applies to | evidence | duty "
        "| level set | applies to set | evidence set |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in LUBELSKIE_2019.requirements:
        kinds = ", ".join(kind.label.en for kind in r.applies_to)
        evidence = ", ".join(kind.value for kind in r.evidence)
        lines.append(
            f"| {r.id} | {r.area} | {_cell(r.title.pl)} | {_cell(r.title.en)} | "
            f"{r.level.value} | {kinds} | {evidence} | {r.provenance.basis.value} | "
            f"{r.level_provenance.basis.value} | {r.applies_to_provenance.basis.value} | "
            f"{r.evidence_provenance.basis.value} |"
        )
    return "\n".join(lines) + "\n"


def facts_table(facts: tuple[EncodedFact, ...] | None = None) -> str:
    """Every encoded fact (or the ``facts`` given) with its basis, sources and note."""
    lines = ["| fact | value | basis | sources | note |", "|---|---|---|---|---|"]
    for fact in encoded_facts() if facts is None else facts:
        p = fact.provenance
        lines.append(
            f"| {_cell(fact.subject)} | {_cell(fact.statement)} | **{p.basis.value}** | "
            f"{_sources(p)} | {_cell(p.note)} |"
        )
    return "\n".join(lines) + "\n"


def top_level_table() -> str:
    """The names ``investor_standard`` re-exports, each with the module that defines it."""
    stub = PACKAGE.joinpath("__init__.pyi").read_text(encoding="utf-8")
    exports = stub_exports("investor_standard", stub)
    lines = ["| name | defined in |", "|---|---|"]
    lines += [f"| `{name}` | `{exports[name][0]}` |" for name in sorted(exports, key=str.lower)]
    return "\n".join(lines) + "\n"


def generate(folder: Path) -> None:
    """Write the generated pages into ``folder``."""
    folder.mkdir(exist_ok=True)
    (folder / "catalogue-table.md").write_text(catalogue_table(), encoding="utf-8")
    (folder / "facts-table.md").write_text(facts_table(), encoding="utf-8")
    (folder / "rules-table.md").write_text(facts_table(enforced_rules()), encoding="utf-8")
    (folder / "top-level-table.md").write_text(top_level_table(), encoding="utf-8")
    (folder / "timeline-en.svg").write_text(timeline_svg(LUBELSKIE_PROJECT, "en"), encoding="utf-8")
    (folder / "timeline-pl.svg").write_text(timeline_svg(LUBELSKIE_PROJECT, "pl"), encoding="utf-8")
