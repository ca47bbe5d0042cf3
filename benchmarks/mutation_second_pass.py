"""Mutation scores of the core, per module: mutmut's run, and a second pass for what it
left alive.

mutmut activates a mutant by an environment variable that its functions read when they
are called; code that runs while a module is imported (the table of days off, the
validators the value classes are built with) has run before the variable is read, in
every process mutmut uses, so its mutants survive whatever the tests assert. The second
pass runs each survivor again in a fresh interpreter with the mutant active from the
start, on the test files of its module, and counts it killed when they fail.

Run ``mutmut run`` first, then ``python benchmarks/mutation_second_pass.py``; it prints
each module's mutants, how many each pass killed, its score, and every survivor left,
and exits 1 when a module scores under the target (``--target``, default 90).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"

#: The test files that exercise each mutated module.
TESTS = {
    "assessment/audit": [
        "test_audit.py",
        "test_certification.py",
        "test_words_pinned.py",
        "test_messages_pinned.py",
    ],
    "assessment/certification": [
        "test_certification.py",
        "test_remediation.py",
        "test_words_pinned.py",
        "test_messages_pinned.py",
    ],
    "assessment/scoring": ["test_scoring.py", "test_certification.py", "test_messages_pinned.py"],
    "workdays/days_off": ["test_holidays.py", "test_workdays.py", "test_messages_pinned.py"],
    "workdays/arithmetic": ["test_workdays.py", "test_numbers.py", "test_messages_pinned.py"],
    "workdays/deadlines": ["test_deadlines.py", "test_numbers.py", "test_messages_pinned.py"],
    "jst/teryt": ["test_jst.py", "test_messages_pinned.py"],
    "offer/completeness": ["test_offer.py", "test_words_pinned.py"],
    "documents/_fast": ["test_documents.py"],
    "foundation/_validate": [
        "test_validate.py",
        "test_messages_pinned.py",
        "test_words_pinned.py",
        "test_provenance.py",
        "test_offer.py",
        "test_audit.py",
    ],
}
_KILLED = {1, 3}  # mutmut's exit codes for a kill (a failing test, an internal error)
_SURVIVED = 0


def _results() -> Iterator[tuple[str, str, int | None]]:
    """(module, mutant, mutmut's exit code) for every mutant of the last run."""
    for meta in sorted(MUTANTS.glob("src/investor_standard/**/*.py.meta")):
        module = meta.relative_to(MUTANTS / "src" / "investor_standard").as_posix()
        module = module.removesuffix(".py.meta")
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        for mutant, code in sorted(codes.items()):
            yield module, mutant, code


def _pytest(files: list[str], mutant: str) -> subprocess.CompletedProcess[bytes]:
    """The test ``files`` run in mutants/ in a fresh interpreter, ``mutant`` active ("" for
    none)."""
    environment = {**os.environ, "MUTANT_UNDER_TEST": mutant, "PYTHONPATH": "src"}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-x", "-q", "--no-cov", "-p", "no:cacheprovider", *files],
        cwd=MUTANTS,
        env=environment,
        capture_output=True,
        check=False,
        timeout=600,
    )


def _killed_afresh(module: str, mutant: str) -> bool:
    """Whether the module's tests fail with ``mutant`` active from the interpreter's start:
    a failing test, or a package the mutant keeps from importing at all (the baseline run
    has shown that the same tests pass without it)."""
    return _pytest([f"tests/{name}" for name in TESTS[module]], mutant).returncode != 0


def _check_baseline() -> None:
    """Stop unless every module's tests pass in mutants/ with no mutant active: otherwise a
    broken setup would count every survivor as killed."""
    files = sorted({f"tests/{name}" for names in TESTS.values() for name in names})
    run = _pytest(files, "")
    if run.returncode != 0:
        raise SystemExit(f"the tests fail with no mutant active:\n{run.stdout.decode()[-3000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", type=float, default=90.0, help="per-module score, in %%")
    args = parser.parse_args()
    if not MUTANTS.is_dir():
        parser.error("no mutants/ folder: run `mutmut run` first")
    # the second pass runs today's tests and today's unmutated modules (mutmut copied both
    # when its run began); the mutated modules stay as mutmut wrote them
    shutil.copytree(ROOT / "tests", MUTANTS / "tests", dirs_exist_ok=True)
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    mutated = {ROOT / path for path in settings["tool"]["mutmut"]["only_mutate"]}
    for source in (ROOT / "src").rglob("*.py"):
        if source not in mutated:
            shutil.copy2(source, MUTANTS / source.relative_to(ROOT))
    _check_baseline()
    table: dict[str, list[int]] = {}  # module -> [mutants, killed by mutmut, killed afresh]
    left: list[str] = []
    for module, mutant, code in _results():
        row = table.setdefault(module, [0, 0, 0])
        row[0] += 1
        if code in _KILLED or (code is not None and code not in (_SURVIVED, 5, 33, 34)):
            row[1] += 1  # killed, timed out or crashed
        elif code == _SURVIVED and _killed_afresh(module, mutant):
            row[2] += 1
        else:
            left.append(f"{mutant} ({'survived' if code == _SURVIVED else 'not tested'})")
    print(f"{'module':28} {'mutants':>8} {'mutmut':>8} {'afresh':>8} {'score':>7}")
    short = []
    for module, (total, first, second) in sorted(table.items()):
        score = 100 * (first + second) / total
        print(f"{module:28} {total:8} {first:8} {second:8} {score:6.1f}%")
        if score < args.target:
            short.append(module)
    print(f"\n{len(left)} mutants left:")
    print("\n".join(f"  {name}" for name in left))
    return 1 if short else 0


if __name__ == "__main__":
    sys.exit(main())
