"""Benchmark: load and decide audits from JSON, and the cost of importing the library.

Run with ``python benchmarks/bench_documents.py``. Two measurements:

1. **Throughput.** N audits (the shipped examples, varied) as compact JSON bytes;
   each is loaded with :func:`load_audit` and decided with :func:`decide`. Reported
   as audits per second and as a ratio to plain ``json.loads`` of the same bytes
   (target: at most 4x). Also reported: load alone, and decide alone.
2. **Import cost.** ``from investor_standard import decide, load_audit,
   LUBELSKIE_2019`` against ``import attrs, cattrs, dateutil`` (the runtime
   dependencies themselves), each in a fresh interpreter with the garbage collector
   off, alternating the two, best of several (target: at most 1.3x). The script also
   checks that the import does not load hypothesis.

Timings use the best of several alternating rounds with the collector off.
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from investor_standard import LUBELSKIE_2019, decide, load_audit

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

_IMPORT_OURS = "from investor_standard import decide, load_audit, LUBELSKIE_2019"
_IMPORT_BASE = "import attrs, cattrs, dateutil"
_TIMED = (
    "import gc, time, sys; gc.disable(); t = time.perf_counter(); {stmt}; "
    "print(time.perf_counter() - t, 'hypothesis' in sys.modules)"
)


def corpus(n: int) -> list[bytes]:
    """N compact audit documents, cycling through the examples with varied auditors."""
    bases = [json.loads(path.read_bytes()) for path in sorted(EXAMPLES.glob("*.audit.json"))]
    documents = []
    for index in range(n):
        data = dict(bases[index % len(bases)])
        data["auditor"] = f"auditor {index}"
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
    def once(stmt: str) -> tuple[float, bool]:
        out = subprocess.run(
            [sys.executable, "-c", _TIMED.format(stmt=stmt)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        return float(out[0]), out[1] == "True"

    ours, base = [], []
    hypothesis_loaded = False
    for _ in range(rounds):
        seconds, loaded = once(_IMPORT_OURS)
        ours.append(seconds)
        hypothesis_loaded |= loaded
        base.append(once(_IMPORT_BASE)[0])
    print(f"import: {_IMPORT_OURS!r}: {min(ours) * 1e3:.1f} ms")
    print(f"        {_IMPORT_BASE!r}: {min(base) * 1e3:.1f} ms")
    print(f"        ratio {min(ours) / min(base):.2f}x; hypothesis imported: {hypothesis_loaded}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("-n", type=int, default=2000, help="audits per round")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--import-rounds", type=int, default=15)
    args = parser.parse_args(argv)
    throughput(args.n, args.rounds)
    import_cost(args.import_rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
