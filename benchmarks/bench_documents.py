"""Benchmark: load and decide audits from JSON, and the cost of importing the library.

Run with ``python benchmarks/bench_documents.py``. Two measurements:

1. **Throughput.** N audits (the shipped examples, varied) as compact JSON bytes;
   each is loaded with :func:`load_audit` and decided with :func:`decide`. Reported
   as audits per second and as a ratio to plain ``json.loads`` of the same bytes
   (target: at most 4x). Also reported: load alone, and decide alone.
2. **Import cost.** ``from investor_standard import decide, load_audit,
   LUBELSKIE_2019`` against ``import attrs, cattrs, dateutil`` (the runtime
   dependencies themselves), each in a fresh interpreter with the garbage collector
   off and bytecode caches written, alternating, best of several (target: at most
   1.3x). Also timed: that import followed by loading and deciding the Lubartów
   example, the whole of a first use. The script lists which of attrs, cattrs,
   dateutil and hypothesis each run loaded (hypothesis must never be among them;
   cattrs is loaded only when a document is not a plain valid audit, or on a dump).

Timings use the best of several alternating rounds with the collector off.
"""

from __future__ import annotations

import argparse
import copy
import csv
import gc
import io
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from investor_standard import LUBELSKIE_2019, InvalidDocumentError, decide, load_audit

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

_IMPORT_OURS = "from investor_standard import decide, load_audit, LUBELSKIE_2019"
_IMPORT_BASE = "import attrs, cattrs, dateutil"
_FIRST_USE = (
    f"{_IMPORT_OURS}; "
    f"decide(load_audit(open({str(EXAMPLES / 'lubartow-2023.audit.json')!r}, 'rb').read()), "
    "LUBELSKIE_2019)"
)
_WATCHED = ("attrs", "cattrs", "dateutil", "hypothesis")
_TIMED = (
    "import gc, time, sys; gc.disable(); t = time.perf_counter(); {stmt}; "
    "print(time.perf_counter() - t, *[m for m in " + repr(_WATCHED) + " if m in sys.modules])"
)


def corpus(n: int) -> list[bytes]:
    """N compact audit documents: the examples in turn, each with its own auditor and with
    met findings randomly turned partly met or not met (seeded), so that no two decisions
    need be alike."""
    bases = [json.loads(path.read_bytes()) for path in sorted(EXAMPLES.glob("*.audit.json"))]
    rng = random.Random(2023)
    documents = []
    for index in range(n):
        data = copy.deepcopy(bases[index % len(bases)])
        data["auditor"] = f"auditor {index}"
        for finding in data["findings"]:
            if finding["result"] == "met":
                finding["result"] = rng.choice(("met", "met", "partially_met", "not_met"))
        documents.append(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())
    return documents


def best(call: Callable[[], object], rounds: int) -> float:
    """The best wall time of ``call`` over ``rounds`` runs, with the collector off."""
    times = []
    gc.disable()
    try:
        for _ in range(rounds):
            start = time.perf_counter()
            call()
            times.append(time.perf_counter() - start)
    finally:
        gc.enable()
    return min(times)


def throughput(n: int, rounds: int) -> None:
    documents = corpus(n)
    loaded = [load_audit(d) for d in documents]  # warm the converters' generated code

    def parse() -> None:
        for document in documents:
            json.loads(document)

    def load_and_decide() -> None:
        for document in documents:
            decide(load_audit(document), LUBELSKIE_2019)

    def load_only() -> None:
        for document in documents:
            load_audit(document)

    def decide_only() -> None:
        for audit in loaded:
            decide(audit, LUBELSKIE_2019)

    results: dict[str, list[float]] = {"json": [], "full": [], "load": [], "decide": []}
    for _ in range(rounds):  # alternate, so that drift affects every case alike
        results["json"].append(best(parse, 1))
        results["full"].append(best(load_and_decide, 1))
        results["load"].append(best(load_only, 1))
        results["decide"].append(best(decide_only, 1))
    t = {name: min(values) for name, values in results.items()}
    size = sum(len(d) for d in documents) / n
    print(f"{n} audits, {size:.0f} bytes each (compact JSON)")
    print(f"  json.loads           {n / t['json']:>10.0f} audits/s")
    labels = {"full": "load_audit + decide", "load": "load_audit alone", "decide": "decide alone"}
    for key, label in labels.items():
        print(f"  {label:20s} {n / t[key]:>10.0f} audits/s  ratio {t[key] / t['json']:.2f}x")


def import_cost(rounds: int) -> None:
    # As installed from a wheel: with compiled bytecode. PYTHONDONTWRITEBYTECODE would
    # make every run compile the library from source, which no installed copy does.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def once(stmt: str) -> tuple[float, set[str]]:
        out = subprocess.run(
            [sys.executable, "-c", _TIMED.format(stmt=stmt)],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        ).stdout.split()
        return float(out[0]), set(out[1:])

    once(_FIRST_USE)  # writes the bytecode caches
    timings: dict[str, list[float]] = {_IMPORT_OURS: [], _IMPORT_BASE: [], _FIRST_USE: []}
    loaded: dict[str, set[str]] = {}
    for _ in range(rounds):  # alternate, so that drift affects every case alike
        for stmt, seconds in timings.items():
            took, modules = once(stmt)
            seconds.append(took)
            loaded[stmt] = modules
    ours, base, first = (min(timings[s]) for s in (_IMPORT_OURS, _IMPORT_BASE, _FIRST_USE))
    print(f"import: {_IMPORT_OURS!r}: {ours * 1e3:.1f} ms")
    print(f"        {_IMPORT_BASE!r}: {base * 1e3:.1f} ms")
    print(f"        ratio {ours / base:.2f}x; loads {', '.join(sorted(loaded[_IMPORT_OURS]))}")
    print(f"        and then loading and deciding the Lubartow example: {first * 1e3:.1f} ms")
    print(f"        ({first / base:.2f}x; loads {', '.join(sorted(loaded[_FIRST_USE]))})")


def _refusal(read: Callable[[], object]) -> tuple[int, float, int]:
    """The problems ``read`` is refused with, its best time of three, and the peak memory
    of one refusal: the figures both refusal cases print."""
    import tracemalloc  # noqa: PLC0415 - only these measurements need it

    def refuse() -> int:
        try:
            read()
        except InvalidDocumentError as error:
            return len(error.problems)
        raise AssertionError("the input was accepted")  # pragma: no cover

    count = refuse()
    refusing = best(refuse, 3)
    tracemalloc.start()
    refuse()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return count, refusing, peak


def refusal_cost(items: int) -> None:
    """Time and peak memory to refuse an audit whose one finding holds ``items`` invalid
    pieces of evidence, against parsing the same text: the detailed pass stops collecting
    problems after a bound, so refusing costs a small multiple of parsing."""
    data = json.loads((EXAMPLES / "lubartow-2023.audit.json").read_text("utf-8"))
    data["findings"][0]["evidence"] = [0] * items
    text = json.dumps(data, separators=(",", ":"))
    parse = best(lambda: json.loads(text), 3)
    count, refusing, peak = _refusal(lambda: load_audit(text))
    print(f"refusing a {len(text) / 1e3:.0f} kB audit with {items} bad evidence items:")
    print(f"  {refusing * 1e3:.0f} ms ({refusing / parse:.1f}x json.loads), {count} problems,")
    print(f"  peak memory {peak / 1e6:.1f} MB (the text: {len(text) / 1e6:.1f} MB)")


def sheet_refusal_cost(rows: int) -> None:
    """Time and peak memory to refuse a CSV sheet of ``rows`` rows with a wrong result each:
    reading stops after a bound of problems, so the cost is mostly the CSV parser's."""
    import datetime as dt  # noqa: PLC0415 - only this measurement needs it

    from investor_standard import LocalGovernment  # noqa: PLC0415
    from investor_standard.documents.sheets import (  # noqa: PLC0415
        audit_template,
        dump_sheet,
        read_sheet,
    )

    unit = LocalGovernment("0608011", "Lubartów")
    lines = dump_sheet(audit_template(LUBELSKIE_2019, unit, dt.date(2023, 3, 8))).splitlines()
    bad = lines[-1].replace(",,,", ",met!,letter,", 1)
    text = "\n".join([*lines, *[bad] * rows])
    parse = best(lambda: list(csv.reader(io.StringIO(text))), 3)
    count, refusing, peak = _refusal(lambda: read_sheet(text, "csv"))
    print(f"refusing a {len(text) / 1e6:.1f} MB CSV sheet of {rows} bad rows:")
    print(f"  {refusing * 1e3:.0f} ms ({refusing / parse:.1f}x csv.reader), {count} problems,")
    print(f"  peak memory {peak / 1e6:.1f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("-n", type=int, default=2000, help="audits per round")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--import-rounds", type=int, default=15, help="0 to skip")
    parser.add_argument(
        "--refuse-items", type=int, default=400_000, help="bad evidence items; 0 to skip"
    )
    parser.add_argument(
        "--sheet-rows", type=int, default=40_000, help="bad rows of a CSV sheet; 0 to skip"
    )
    args = parser.parse_args(argv)
    throughput(args.n, args.rounds)
    if args.import_rounds > 0:
        import_cost(args.import_rounds)
    if args.refuse_items > 0:
        refusal_cost(args.refuse_items)
    if args.sheet_rows > 0:
        sheet_refusal_cost(args.sheet_rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
