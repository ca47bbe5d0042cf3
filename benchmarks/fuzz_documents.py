"""Fuzz every document loader and the command with mutated, arbitrary and broken input.

Usage: ``python benchmarks/fuzz_documents.py --inputs N [--seed S]``

Each input is one of: a mutation of a shipped example (a value swapped for another of any
JSON type, a key deleted, added or written twice, an escape, a byte order mark, a cut),
an arbitrary JSON value, or arbitrary bytes. Every loader gets it as text and as bytes;
audits also go through the fast reader and the converter separately, which must agree;
every hundredth input is also given to the command (``main(["evaluate", FILE])``). The
script prints how many inputs were tried, accepted, refused with the library's error,
escaped as a foreign exception, how often the two readers disagreed, and how many
refusals spoke Python's words ("'int' object has no attribute 'keys'") rather than the
document's; it exits 1 if any of the last three happened. It is not a timed test: CI
runs a short version.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from investor_standard import InvestorStandardError
from investor_standard.cli import main
from investor_standard.documents import (
    DocumentKind,
    load_audit,
    load_decision,
    load_edition,
    load_investor_tab,
    load_offer,
    load_timeline,
)
from investor_standard.documents._fast import read_audit
from investor_standard.documents._structure import structure

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))
LOADERS: dict[str, Callable[[Any], object]] = {
    "audit": load_audit,
    "decision": load_decision,
    "edition": load_edition,
    "offer": load_offer,
    "investor_tab": load_investor_tab,
    "timeline": load_timeline,
}
ODD_VALUES: list[Any] = [
    None, True, 0, -1, 10**40, 1.5, "", " ", "x", "met", "2023-02-30", "0608014", "\udddd",
    [], [None], {}, {"a": 1}, "9" * 5000,
]  # fmt: skip


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _set(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    container = value
    for step in path[:-1]:
        container = container[step]
    container[path[-1]] = new
    return value


def _mutated(rng: random.Random, bases: list[Any]) -> str | bytes:
    data = json.loads(json.dumps(rng.choice(bases)))
    path = rng.choice(_paths(data))
    how = rng.randrange(7)
    if how == 0:
        data = _set(data, path, rng.choice(ODD_VALUES))
    elif how == 1 and path:
        parent = data
        for step in path[:-1]:
            parent = parent[step]
        del parent[path[-1]]
    elif how == 2 and isinstance(data, dict):
        data[rng.choice(["extra", "schema_version", "findings", "x" * 3])] = rng.choice(ODD_VALUES)
    text = json.dumps(data, ensure_ascii=rng.random() < 0.3)
    if how == 3 and '": ' in text:  # write a key twice
        at = text.index('": ') + 3
        key_start = text.rindex('"', 0, at - 3)
        key = text[key_start : at - 1]
        text = text[:at] + "1, " + key + text[at:]
    elif how == 4:
        text = text.replace(":", "\\u003a", 1).replace('"', '"\\u0022', 1)
    elif how == 5:
        text = text[: rng.randrange(len(text) + 1)]
    if rng.random() < 0.3:
        return _as_bytes("\ufeff" * rng.randrange(2) + text)
    return text


def _arbitrary_json(rng: random.Random, depth: int = 0) -> Any:
    kind = rng.randrange(6 if depth < 4 else 4)
    if kind == 0:
        return rng.choice(ODD_VALUES)
    if kind == 1:
        return rng.randint(-(10**6), 10**6)
    if kind == 2:
        return "".join(chr(rng.randrange(32, 0x2FF)) for _ in range(rng.randrange(8)))
    if kind == 3:
        return rng.random()
    if kind == 4:
        return [_arbitrary_json(rng, depth + 1) for _ in range(rng.randrange(4))]
    keys = ["jst", "edition", "findings", "schema_version", "result", "teryt", "k"]
    return {rng.choice(keys): _arbitrary_json(rng, depth + 1) for _ in range(rng.randrange(4))}


def _an_input(rng: random.Random, bases: list[Any]) -> str | bytes:
    roll = rng.random()
    if roll < 0.7:
        return _mutated(rng, bases)
    if roll < 0.9:
        return json.dumps(_arbitrary_json(rng))
    return bytes(rng.randrange(256) for _ in range(rng.randrange(64)))


def _compare_readers(source: str | bytes, counts: Counter[str]) -> None:
    """The fast reader and the converter agree wherever the fast reader answers."""
    try:
        data = json.loads(source)
    except (ValueError, RecursionError):
        return
    if not isinstance(data, dict) or data.get("schema_version") != 1:
        return
    body = {key: value for key, value in data.items() if key != "schema_version"}
    try:
        quick = read_audit(body)
    except Exception:
        counts["foreign exceptions"] += 1
        return
    if quick is None:
        return
    try:
        slow = structure(body, DocumentKind.AUDIT.value_type)
    except InvestorStandardError:
        counts["disagreements"] += 1
        return
    if slow != quick[0]:
        counts["disagreements"] += 1


#: Python's words, which a problem should never show the reader of a document.
_INTERNALS = re.compile(
    r"object has no attribute|is not iterable|NoneType|object is not subscriptable"
    r"|unhashable type|positional argument|required positional"
)


def _as_bytes(source: str | bytes) -> bytes:
    """The input as bytes (a lone surrogate kept as its three bytes, which UTF-8 forbids)."""
    return source if isinstance(source, bytes) else source.encode("utf-8", "surrogatepass")


def run(inputs: int, seed: int) -> Counter[str]:
    rng = random.Random(seed)
    bases = [json.loads(path.read_text(encoding="utf-8")) for path in EXAMPLES]
    counts: Counter[str] = Counter()
    folder = Path(tempfile.mkdtemp())
    for number in range(inputs):
        source = _an_input(rng, bases)
        counts["inputs tried"] += 1
        as_bytes = _as_bytes(source)
        forms = (source,) if isinstance(source, bytes) else (source, as_bytes)
        for loader in LOADERS.values():
            for given in forms:
                try:
                    loader(given)
                    counts["accepted"] += 1
                except InvestorStandardError as error:
                    counts["refused"] += 1
                    if _INTERNALS.search(f"{error}\n{error.in_('pl')}"):
                        counts["messages in Python's words"] += 1
                        sys.stderr.write(f"input {number}: {error!s:.200}\n")
                except Exception as error:
                    counts["foreign exceptions"] += 1
                    sys.stderr.write(f"input {number}: {type(error).__name__}: {error!s:.200}\n")
        _compare_readers(source, counts)
        if number % 100 == 0:
            path = folder / "input.json"
            path.write_bytes(
                source if isinstance(source, bytes) else source.encode("utf-8", "surrogatepass")
            )
            with (
                contextlib.redirect_stderr(io.StringIO()),
                contextlib.redirect_stdout(io.StringIO()),
            ):
                try:
                    status = main(["evaluate", str(path)])
                except SystemExit as exit_:  # argparse's way out
                    status = int(exit_.code or 0)
                except Exception:
                    counts["foreign exceptions"] += 1
                    status = -1
            counts[f"command exit {status}"] += 1
    return counts


def cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2023)
    args = parser.parse_args(argv)
    counts = run(args.inputs, args.seed)
    keys = ("inputs tried", "accepted", "refused", "foreign exceptions", "disagreements")
    for key in (*keys, "messages in Python's words"):
        print(f"{key:>20}: {counts[key]}")
    for key in sorted(k for k in counts if k.startswith("command")):
        print(f"{key:>20}: {counts[key]}")
    failed = ("foreign exceptions", "disagreements", "messages in Python's words")
    return 1 if any(counts[key] for key in failed) else 0


if __name__ == "__main__":
    raise SystemExit(cli())
