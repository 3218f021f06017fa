"""What ``mypy --strict`` tells a user of the SDK: real signatures, never ``Any``.

``tests/data/typing/user_script.py`` reads model fields (narrowed with
``dockerhub.models.or_none``/``is_set``), calls module-level functions, the facades and
``hub.call``: it must type-check cleanly. ``user_mistakes.py`` makes one mistake per line,
and each must be reported, which proves the functions are not typed ``Any``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "typing"

pytestmark = pytest.mark.e2e


def test_a_strict_user_script_type_checks_and_mistakes_are_caught(tmp_path: Path) -> None:
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(DATA / "user_script.py"),
            str(DATA / "user_mistakes.py"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    errors = [line for line in run.stdout.splitlines() if ": error:" in line]
    assert not [e for e in errors if "user_script.py" in e], run.stdout
    flagged = {int(m.group(1)) for e in errors if (m := re.search(r"user_mistakes\.py:(\d+):", e))}
    assert flagged == {5, 6, 8, 9, 10, 14, 15}, run.stdout
    assert 'expression has type "Repository", variable has type "int"' in run.stdout
    assert 'expression has type "int | Unset", variable has type "int"' in run.stdout
