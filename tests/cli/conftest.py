"""Fixtures for the CLI tests: an isolated config dir, a fake Hub, and a runner bound to it.

Every command runs in-process through typer's ``CliRunner`` against ``FakeHub`` via an
injected transport (``obj=CliSettings(transport=...)``): no socket, no real keyring, no
real credentials file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from dockerhub.cli import CliSettings, app
from dockerhub.testing import FakeHub

from .helpers import ALICE_PAT, Run


@pytest.fixture(autouse=True)
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private config dir, the file credential backend, no ambient Hub credentials."""
    config = tmp_path / "config"
    monkeypatch.setenv("DOCKERHUB_SDK_CONFIG_DIR", str(config))
    monkeypatch.setenv("DOCKERHUB_SDK_KEYRING", "0")
    monkeypatch.setenv("COLUMNS", "200")
    for name in (
        "DOCKER_HUB_USERNAME",
        "DOCKER_HUB_PASSWORD",
        "DOCKER_HUB_TOKEN",
        "DOCKER_HUB_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)
    return config


@pytest.fixture
def fake() -> FakeHub:
    """A fresh, seeded fake Docker Hub."""
    return FakeHub()


@pytest.fixture
def run(fake: FakeHub) -> Run:
    """Run ``dockerhub ARGS...`` against ``fake``; keyword arguments go to ``invoke``."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None, **kwargs: Any) -> Result:
        settings = CliSettings(transport=fake.transport())
        return runner.invoke(app, list(args), input=input, obj=settings, **kwargs)

    return invoke


@pytest.fixture
def as_alice(monkeypatch: pytest.MonkeyPatch) -> None:
    """Credentials for alice in the environment, as CI jobs pass them."""
    monkeypatch.setenv("DOCKER_HUB_USERNAME", "alice")
    monkeypatch.setenv("DOCKER_HUB_TOKEN", ALICE_PAT)
