"""Smoke test of the installed wheel, run by .ci/run from outside the source tree.

Usage: python smoke.py WHEEL EXAMPLE_AUDIT_JSON
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from importlib import resources
from pathlib import Path

import investor_standard as package
from investor_standard import (
    LUBELSKIE_2019,
    Outcome,
    decide,
    is_registered,
    json_schema,
    load_audit,
    lookup_unit,
)


def main(wheel: str, example: str) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "investor_standard/py.typed",
        "investor_standard/schemas/audit.schema.json",
        "investor_standard/__init__.pyi",
        "investor_standard/assessment/__init__.pyi",
        "investor_standard/jst/data/terc-2020-01-01.csv.gz",
    ):
        assert required in names, f"{required} missing from the wheel"

    location = Path(package.__file__).resolve()
    assert "site-packages" in location.parts, f"not the installed package: {location}"
    assert "hypothesis" not in sys.modules

    audit = load_audit(Path(example).read_bytes())
    assert decide(audit, LUBELSKIE_2019).outcome is Outcome.CERTIFIED

    assert lookup_unit("0608011").name == "Lubartów", "the register does not read"
    assert not is_registered("0608992")

    shipped = resources.files("investor_standard") / "schemas" / "audit.schema.json"
    assert json.loads(shipped.read_text(encoding="utf-8")) == json_schema("audit")
    assert (resources.files("investor_standard") / "py.typed").is_file()

    command = shutil.which("investor-standard", path=str(Path(sys.executable).parent))
    assert command is not None, "the investor-standard command is not installed"
    done = subprocess.run(
        [command, "evaluate", example], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    version = subprocess.run([command, "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.strip() == f"investor-standard {package.__version__}"
    sys.stdout.write(
        f"smoke test passed: investor-standard {package.__version__} from {location.parent}\n"
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
