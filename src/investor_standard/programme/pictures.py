"""A picture of a project timeline, as SVG text (no plotting library needed).

Phases are drawn as consecutive bars whose widths are proportional to their
lengths in days, explained in a legend; milestones are marked below them with their
dates and names.

>>> from investor_standard.programme.projects import LUBELSKIE_PROJECT
>>> svg = timeline_svg(LUBELSKIE_PROJECT)
>>> svg.startswith("<svg") and "Certificate gala" in svg
True
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from investor_standard.foundation.text import Lang, parse_lang
from investor_standard.programme.timeline import ProjectTimeline

__all__ = ["timeline_svg"]

_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948")


def timeline_svg(project: ProjectTimeline, lang: Lang | str = Lang.EN, width: int = 900) -> str:
    """An SVG picture of ``project``: its phases as bars and its milestones as marks.

    >>> from investor_standard.programme import LUBELSKIE_PROJECT
    >>> svg = timeline_svg(LUBELSKIE_PROJECT, "pl")
    >>> svg.startswith("<svg"), "Gala wręczenia certyfikatów" in svg
    (True, True)
    """
    chosen = parse_lang(lang)
    left, right, bar_top, bar_height = 20, 20, 50, 34
    span = (project.end - project.start).days + 1
    scale = (width - left - right) / span

    def x(offset_days: float) -> float:
        return round(left + offset_days * scale, 1)

    title = escape(f"{project.name.in_(chosen)}: {project.start} \u2013 {project.end}")
    parts = [f'<text x="{left}" y="24" font-size="15" font-weight="bold">{title}</text>']
    for index, phase in enumerate(project.phases):
        start = x((phase.start - project.start).days)
        end = x((phase.end - project.start).days + 1)
        colour = _COLOURS[index % len(_COLOURS)]
        parts.append(
            f'<rect x="{start}" y="{bar_top}" width="{round(end - start, 1)}" '
            f'height="{bar_height}" fill="{colour}"><title>{escape(phase.name.in_(chosen))} '
            f"({phase.start} \u2013 {phase.end})</title></rect>"
        )
    rows = 0
    for row, milestone in enumerate(project.milestones):
        mark = x((milestone.day - project.start).days + 0.5)
        y = bar_top + bar_height + 22 + row * 18
        anchor = "end" if mark > width / 2 else "start"
        shift = -4 if anchor == "end" else 4
        parts.append(
            f'<line x1="{mark}" y1="{bar_top}" x2="{mark}" y2="{y - 4}" stroke="#333" '
            'stroke-dasharray="2,2"/>'
        )
        label = escape(f"{milestone.day} {milestone.name.in_(chosen)}")
        parts.append(
            f'<text x="{mark + shift}" y="{y}" font-size="11" text-anchor="{anchor}">{label}</text>'
        )
        rows = row + 1
    legend_top = bar_top + bar_height + 22 + rows * 18 + 12
    for index, phase in enumerate(project.phases):
        y = legend_top + index * 18
        colour = _COLOURS[index % len(_COLOURS)]
        parts.append(f'<rect x="{left}" y="{y - 10}" width="12" height="12" fill="{colour}"/>')
        label = escape(f"{phase.start} \u2013 {phase.end}  {phase.name.in_(chosen)}")
        parts.append(f'<text x="{left + 18}" y="{y}" font-size="11">{label}</text>')
    height = legend_top + len(project.phases) * 18
    body = "\n  ".join(parts)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif">\n  {body}\n</svg>\n'
    )
