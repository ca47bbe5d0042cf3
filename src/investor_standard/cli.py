"""The ``investor-standard`` command: a thin shell over the public API.

Every sub-command calls one public function and prints its result; argparse
reports a bad option on standard error with exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from investor_standard._version import __version__
from investor_standard.editions import EDITIONS, LUBELSKIE_2019
from investor_standard.render import catalogue_markdown, catalogue_text
from investor_standard.text import Lang

__all__ = ["main"]

EXIT_OK = 0


def _catalogue(args: argparse.Namespace, out: TextIO) -> int:
    edition = EDITIONS[args.edition]
    render = catalogue_markdown if args.format == "md" else catalogue_text
    out.write(render(edition, args.lang) + "\n")
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="investor-standard",
        description="The Polish investor-service standard (Standardy Obsługi Inwestora).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    catalogue = commands.add_parser("catalogue", help="print the standard's requirements")
    catalogue.add_argument("--lang", choices=[lang.value for lang in Lang], default=Lang.EN.value)
    catalogue.add_argument("--format", choices=["text", "md"], default="text")
    catalogue.add_argument("--edition", choices=sorted(EDITIONS), default=LUBELSKIE_2019.id)
    catalogue.set_defaults(handler=_catalogue)
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command with ``argv`` (default: the process's arguments); return the exit status."""
    args = _parser().parse_args(argv)
    handler: Callable[[argparse.Namespace, TextIO], int] = args.handler
    return handler(args, out if out is not None else sys.stdout)
