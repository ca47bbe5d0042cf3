"""Loading and deciding in many threads at once gives exactly the single-threaded results,
although the threads share the bounded memo of dates, units, reasons and score items."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from investor_standard import Decision, decide, dump_decision, load_audit

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def documents() -> list[str]:
    """Forty audit documents that differ in their day, unit and results."""
    base = json.loads((EXAMPLES / "lubartow-2023.audit.json").read_text(encoding="utf-8"))
    results = ("partially_met", "not_met")
    made = []
    for n in range(40):
        data = json.loads(json.dumps(base))
        data["audited_on"] = f"2023-03-{n % 28 + 1:02d}"
        data["jst"] = {"teryt": ("0608011", "0663011", "0664011")[n % 3], "name": f"J{n}"}
        for index, finding in enumerate(data["findings"]):
            if n % 4 and (n + index) % 5 == 0:
                finding["result"] = results[(n + index) % 2]
                finding["evidence"] = []
            for evidence in finding["evidence"]:
                evidence["collected_on"] = data["audited_on"]
        made.append(json.dumps(data))
    return made


def work(texts: list[str]) -> list[str]:
    decisions: list[Decision] = [decide(load_audit(text)) for text in texts]
    return [dump_decision(decision) for decision in decisions]


def test_threads_get_the_single_threaded_results() -> None:
    """Eight threads, each loading and deciding every document five times, in a shuffled
    order, produce the very documents one thread produces."""
    texts = documents()
    expected = work(texts)
    orders = [texts[k:] + texts[:k] for k in range(0, 40, 5)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        runs = list(pool.map(lambda order: [work(order) for _ in range(5)], orders))
    for k, (order, rounds) in enumerate(zip(orders, runs, strict=True)):
        shift = k * 5
        for produced in rounds:
            assert produced == expected[shift:] + expected[:shift], order[0][:40]
