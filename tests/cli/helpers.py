"""Helpers shared by the CLI tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from typer.testing import Result

from dockerhub.testing import FakeHub

ALICE_PASSWORD = "alice-password"
ALICE_PAT = "dckr_pat_alice_seed_ci_0000000000"

Run = Callable[..., Result]


def as_json(result: Result) -> Any:
    """The command's stdout parsed as JSON (fails the test when it is anything else)."""
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def paths(fake: FakeHub, method: str | None = None) -> list[str]:
    """The paths the fake received, optionally only those of one HTTP method."""
    return [r.path for r in fake.requests if method is None or r.method == method]
