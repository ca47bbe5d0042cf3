"""Benchmark: working-day arithmetic costs grow with years spanned, not with days.

Run with ``python benchmarks/bench_workdays.py``. It times ``add_working_days`` for
n = 10 and n = 25 000 (about a century of working days) and
``working_days_between`` over the matching spans, with the per-year tables warm
(they are computed once per year and cached), the garbage collector off, and the
best of several alternating rounds. The target is that the large case costs at most
a few times the small one; the script exits with status 1 when the ratio passes
``--max-ratio`` (default 5).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import sys
import timeit
from collections.abc import Callable

from investor_standard import add_working_days, working_days_between

START = dt.date(1995, 1, 2)


def best_time(call: Callable[[], object], number: int, rounds: int) -> float:
    """The best per-call time, in microseconds, over ``rounds`` rounds of ``number`` calls."""
    timer = timeit.Timer(call)
    return min(timer.repeat(repeat=rounds, number=number)) / number * 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--number", type=int, default=2000, help="calls per round")
    parser.add_argument("--rounds", type=int, default=7, help="rounds; the best is kept")
    parser.add_argument("--max-ratio", type=float, default=5.0)
    args = parser.parse_args(argv)

    small_end = add_working_days(START, 10)
    large_end = add_working_days(START, 25_000)  # also warms every year's table
    cases = {
        "add_working_days n=10": lambda: add_working_days(START, 10),
        "add_working_days n=25000": lambda: add_working_days(START, 25_000),
        "working_days_between 10": lambda: working_days_between(START, small_end),
        "working_days_between 25000": lambda: working_days_between(START, large_end),
    }
    gc.disable()
    try:
        timings: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.rounds):  # alternate the cases so drift hits them alike
            for name, call in cases.items():
                timings[name].append(best_time(call, args.number, 1))
    finally:
        gc.enable()
    best = {name: min(values) for name, values in timings.items()}
    print(f"span: {START} + 25000 working days = {large_end}")
    for name, micros in best.items():
        print(f"{name:30s} {micros:9.2f} µs/call")
    failed = False
    for function in ("add_working_days", "working_days_between"):
        small = best[next(n for n in best if n.startswith(function) and "25000" not in n)]
        large = best[next(n for n in best if n.startswith(function) and "25000" in n)]
        ratio = large / small
        verdict = "ok" if ratio <= args.max_ratio else "TOO SLOW"
        failed |= ratio > args.max_ratio
        print(f"{function}: 25000 / 10 = {ratio:.2f}x (target <= {args.max_ratio}x) {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
