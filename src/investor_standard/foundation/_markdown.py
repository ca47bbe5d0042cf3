"""Markdown tables and one-line texts, written one way for every renderer."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = ["inline", "markdown_table"]


def inline(text: str) -> str:
    """``text`` on one line (runs of white space, line breaks included, become one space).

    For headings and table cells, which a line break from the data would cut short.
    """
    return " ".join(text.split())


def _cell(text: str) -> str:
    # A pipe would end the cell; a line break, the row.
    return inline(text.replace("|", "\\|"))


def markdown_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """The lines of a GitHub-flavoured Markdown table, pipes and line breaks in cells escaped.

    >>> print("\\n".join(markdown_table(["id", "title"], [["A-1", "yes | no"]])))
    | id | title |
    |---|---|
    | A-1 | yes \\| no |
    """

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(_cell(cell) for cell in cells) + " |"

    return [line(header), "|" + "---|" * len(header), *(line(row) for row in rows)]
