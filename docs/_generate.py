"""Pages generated from the library's data when the documentation is built.

Nothing here is retyped: the catalogue table comes from ``LUBELSKIE_2019``, the
sources page from :func:`investor_standard.facts.encoded_facts`, and the timeline
picture from ``LUBELSKIE_PROJECT``.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import investor_standard
from investor_standard import LUBELSKIE_2019, LUBELSKIE_PROJECT, LUBELSKIE_RESULTS, Provenance
from investor_standard.assessment.certificate import LUBELSKIE_ISSUERS
from investor_standard.documents.codec import load_document
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


def known_and_derived() -> str:
    """What the sources state, where they disagree, and what we derived where they are
    silent or leave a gap: the encoded facts sorted by how much of them is ours."""
    facts = encoded_facts()
    ours = [f for f in facts if f.provenance.is_derived and not f.provenance.sources]
    read = [f for f in facts if f.provenance.is_derived and f.provenance.sources]
    stated = [f for f in facts if not f.provenance.is_derived]
    parts = [
        f"Of the {len(facts)} facts the library encodes, {len(stated)} are stated by a "
        f"source, {len(read)} are read from sources with a step of ours, and {len(ours)} "
        "are ours alone, where no source says anything.",
        "",
        "## Where the sources disagree",
        "",
        "Who issued the Lubelskie certificates: the sources name different bodies. Both",
        "accounts are kept, each with its source "
        "({data}`~investor_standard.assessment.certificate.LUBELSKIE_ISSUERS`), and a",
        "certificate carries both; the library does not choose.",
        "",
        *(
            f"- {' and '.join(issuer.en for issuer in account.issuers)}: "
            f"{_sources(account.provenance)} ({_cell(account.provenance.note)})"
            for account in LUBELSKIE_ISSUERS
        ),
        "",
    ]
    parts += [
        "## Where the sources are silent: our defaults",
        "",
        "Each of these is a choice of ours, made so that the library can work, and each",
        "can be replaced (an edition's parameters, the rules, the profiles, a certificate's",
        "validity). The note says why we chose it.",
        "",
        "| fact | our value | why |",
        "|---|---|---|",
        *(
            f"| {_cell(f.subject)} | {_cell(f.statement)} | {_cell(f.provenance.note)} |"
            for f in ours
        ),
        "",
        "## Read from the sources, with a step of ours",
        "",
        "A source states part of each; the note says which part is ours (a year the",
        "article implies, a name for a period, a reading of a goal).",
        "",
        "| fact | value | sources | our step |",
        "|---|---|---|---|",
        *(
            f"| {_cell(f.subject)} | {_cell(f.statement)} | {_sources(f.provenance)} | "
            f"{_cell(f.provenance.note)} |"
            for f in read
        ),
        "",
    ]
    return "\n".join(parts)


def projects_table() -> str:
    """The projects that spread the standard, with their periods, figures and sources."""
    from investor_standard.programme.projects import PROJECTS, UNDATED_PROJECTS  # noqa: PLC0415

    rows = ["| project | period | figures | sources |", "|---|---|---|---|"]
    rows += [
        f"| {_cell(project.name.en)} | {project.start} to {project.end} | "
        f"{_cell(project.summary.en)} | {_sources(project.provenance)} |"
        for project in PROJECTS.values()
    ]
    rows += [
        f"| {_cell(undated.name.en)} | not found | {_cell(undated.summary.en)} | "
        f"{_sources(undated.provenance)} |"
        for undated in UNDATED_PROJECTS.values()
    ]
    return "\n".join(rows) + "\n"


def participant_path() -> str:
    """The stages a local government went through in the Lubelskie project, and the study."""
    from investor_standard.foundation.sources import SEED_ARTICLE  # noqa: PLC0415
    from investor_standard.programme.stages import (  # noqa: PLC0415
        LUBELSKIE_STAGES,
        STAGES_PROVENANCE,
    )
    from investor_standard.programme.study import (  # noqa: PLC0415
        BEST_SERVING,
        MYSTERY_CLIENT_STUDY,
    )

    study = MYSTERY_CLIENT_STUDY
    channels = " and ".join(c.value.replace("email", "e-mail") for c in study.channels)
    languages = ", ".join("English" if lang.value == "en" else "Polish" for lang in study.languages)
    seed = f"[{_cell(SEED_ARTICLE.title)}]({SEED_ARTICLE.url})"
    lines = [f"{number}. {stage.name.en}" for number, stage in enumerate(LUBELSKIE_STAGES, 1)]
    lines += [
        "",
        f"(Sources: {_sources(STAGES_PROVENANCE)}.)",
        "",
        f"The mystery-client study tested {study.beneficiaries} of the participants by "
        f"{channels}, in {languages}, "
        f"with {study.scenarios_per_channel} scenarios per channel, until {study.ends_on} "
        f"({_sources(study.provenance)}). The units it named the best at serving investors: "
        f"{', '.join(unit.name for unit in BEST_SERVING)} ({seed}).",
    ]
    return "\n".join(lines) + "\n"


def format_examples() -> dict[str, str]:
    """One example document of each kind, by kind: the shipped examples where there are
    some, and documents written from the library's data for the rest (an edition cut to
    one requirement, to stay readable)."""
    from investor_standard import decide, load_audit  # noqa: PLC0415
    from investor_standard.documents.codec import DocumentKind, dump_document  # noqa: PLC0415
    from investor_standard.offer.investor_tab import InvestorTab  # noqa: PLC0415
    from investor_standard.offer.site import Descriptions  # noqa: PLC0415

    examples = Path(__file__).resolve().parent.parent / "examples"
    audit_text = (examples / "lubartow-2023.audit.json").read_text(encoding="utf-8")
    offer_text = (examples / "przykladowa-industrial.offer.json").read_text(encoding="utf-8")
    offer = load_document(offer_text, DocumentKind.OFFER)
    others = [r.id for r in LUBELSKIE_2019.requirements if r.area != "PROC"]
    one_area = LUBELSKIE_2019.without(*others)
    tab = InvestorTab(
        offer.publisher,
        url="https://example.org/dla-inwestora",
        offers=(offer,),
        labour_market=Descriptions("Rynek pracy (przykład)", "Labour market (example)"),
    )
    return {
        "audit": audit_text,
        "decision": dump_document(decide(load_audit(audit_text)), DocumentKind.DECISION),
        "edition": dump_document(one_area, DocumentKind.EDITION),
        "timeline": dump_document(LUBELSKIE_PROJECT, DocumentKind.TIMELINE),
        "offer": offer_text,
        "investor_tab": dump_document(tab, DocumentKind.INVESTOR_TAB),
    }


def top_level_table() -> str:
    """The names ``investor_standard`` re-exports, each with the module that defines it."""
    stub = PACKAGE.joinpath("__init__.pyi").read_text(encoding="utf-8")
    exports = stub_exports("investor_standard", stub)
    lines = ["| name | defined in |", "|---|---|"]
    lines += [f"| `{name}` | `{exports[name][0]}` |" for name in sorted(exports, key=str.lower)]
    return "\n".join(lines) + "\n"


def indicators_svg() -> str:
    """A bar chart of the Lubelskie project's indicators: took part, implemented, the target."""
    results = LUBELSKIE_RESULTS
    bars = (
        ("took part", results.participants, "#4c72b0"),
        ("implemented", results.implemented, "#55a868"),
        ("target (at least)", results.target, "#c44e52"),
    )
    width, left, bar, gap = 520, 150, 28, 16
    scale = (width - left - 60) / max(value for _, value, _ in bars)
    rows = []
    for index, (label, value, colour) in enumerate(bars):
        y = 30 + index * (bar + gap)
        rows.append(
            f'<text x="{left - 10}" y="{y + bar * 0.7:.0f}" text-anchor="end">'
            f"{escape(label)}</text>"
            f'<rect x="{left}" y="{y}" width="{value * scale:.1f}" height="{bar}" '
            f'fill="{colour}"/>'
            f'<text x="{left + value * scale + 6:.1f}" y="{y + bar * 0.7:.0f}">{value}</text>'
        )
    height = 30 + len(bars) * (bar + gap) + 10
    title = "Lubelskie project: local governments (LUBELSKIE_RESULTS)"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'font-family="sans-serif" font-size="13"><title>{escape(title)}</title>'
        f'<text x="10" y="18" font-weight="bold">{escape(title)}</text>{"".join(rows)}</svg>\n'
    )


def decision_svg() -> str:
    """The path from findings to an outcome, as boxes and arrows."""
    steps = (
        ("findings", "one per requirement:", "result + evidence"),
        ("score", "weights by level,", "exclusions shown"),
        ("tallies", "fulfilled of counted,", "per level"),
        ("outcome", "certified / not", "certified / incomplete"),
    )
    box, gap, top = 150, 40, 20
    parts = []
    for index, (name, first, second) in enumerate(steps):
        x = 10 + index * (box + gap)
        parts.append(
            f'<rect x="{x}" y="{top}" width="{box}" height="70" rx="8" fill="#eef2f8" '
            f'stroke="#4c72b0"/>'
            f'<text x="{x + box / 2}" y="{top + 22}" text-anchor="middle" '
            f'font-weight="bold">{name}</text>'
            f'<text x="{x + box / 2}" y="{top + 42}" text-anchor="middle">{escape(first)}</text>'
            f'<text x="{x + box / 2}" y="{top + 58}" text-anchor="middle">{escape(second)}</text>'
        )
        if index:
            start = x - gap + 4
            parts.append(
                f'<line x1="{start}" y1="{top + 35}" x2="{x - 6}" y2="{top + 35}" '
                f'stroke="#333" marker-end="url(#arrow)"/>'
            )
    width = 20 + len(steps) * box + (len(steps) - 1) * gap
    marker = (
        '<defs><marker id="arrow" markerWidth="8" markerHeight="8" refX="6" refY="3" '
        'orient="auto"><path d="M0,0 L6,3 L0,6 z" fill="#333"/></marker></defs>'
    )
    note = (
        f'<text x="10" y="{top + 95}">reasons name each requirement that fell short; '
        "a shortfall blocks when certification is impossible without it</text>"
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{top + 105}" '
        f'font-family="sans-serif" font-size="12"><title>From findings to a decision</title>'
        f"{marker}{''.join(parts)}{note}</svg>\n"
    )


def beyond_the_schema_table() -> str:
    """The rules the loader enforces that the JSON Schemas cannot say, as a Markdown table."""
    from investor_standard.documents.schema import BEYOND_THE_SCHEMA  # noqa: PLC0415

    rows = ["| rule | documents |", "|---|---|"]
    for rule in BEYOND_THE_SCHEMA:
        kinds = ", ".join(f"`{kind.value}`" for kind in rule.kinds)
        rows.append(f"| {_cell(rule.rule.en)} | {kinds} |")
    return "\n".join(rows) + "\n"


def generate(folder: Path) -> None:
    """Write the generated pages into ``folder``."""
    folder.mkdir(exist_ok=True)
    (folder / "catalogue-table.md").write_text(catalogue_table(), encoding="utf-8")
    (folder / "facts-table.md").write_text(facts_table(), encoding="utf-8")
    (folder / "rules-table.md").write_text(facts_table(enforced_rules()), encoding="utf-8")
    (folder / "top-level-table.md").write_text(top_level_table(), encoding="utf-8")
    (folder / "beyond-the-schema.md").write_text(beyond_the_schema_table(), encoding="utf-8")
    (folder / "known-and-derived.md").write_text(known_and_derived(), encoding="utf-8")
    (folder / "projects-table.md").write_text(projects_table(), encoding="utf-8")
    (folder / "participant-path.md").write_text(participant_path(), encoding="utf-8")
    for kind, text in format_examples().items():
        (folder / f"example-{kind}.json").write_text(text, encoding="utf-8")
    (folder / "timeline-en.svg").write_text(timeline_svg(LUBELSKIE_PROJECT, "en"), encoding="utf-8")
    (folder / "indicators.svg").write_text(indicators_svg(), encoding="utf-8")
    (folder / "decision.svg").write_text(decision_svg(), encoding="utf-8")
    (folder / "timeline-pl.svg").write_text(timeline_svg(LUBELSKIE_PROJECT, "pl"), encoding="utf-8")
