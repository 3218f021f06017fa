"""The installed ``dockerhub`` console script, run as a user runs it (subprocesses)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).with_name("dockerhub")


def _env(config: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOCKER_HUB_")}
    env.update(DOCKERHUB_SDK_CONFIG_DIR=str(config), DOCKERHUB_SDK_KEYRING="0")
    return env


@pytest.mark.skipif(not SCRIPT.exists(), reason="the console script is not installed")
def test_help_lists_the_commands_and_exit_codes(cli_env: Path) -> None:
    done = subprocess.run(
        [str(SCRIPT), "--help"], capture_output=True, text=True, timeout=60, env=_env(cli_env)
    )

    assert done.returncode == 0, done.stderr
    for command in (
        "login",
        "logout",
        "whoami",
        "repo",
        "tag",
        "token",
        "org",
        "team",
        "rate-limit",
        "fake-hub",
    ):
        assert command in done.stdout
    assert "Exit codes" in done.stdout


@pytest.mark.e2e
@pytest.mark.skipif(not SCRIPT.exists(), reason="the console script is not installed")
def test_fake_hub_command_serves_the_cli_over_http(cli_env: Path) -> None:
    env = _env(cli_env)
    server = subprocess.Popen(
        [str(SCRIPT), "fake-hub", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")

        def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [str(SCRIPT), "--base-url", url, *args],
                input=stdin,
                capture_output=True,
                text=True,
                timeout=60,
                env=env,
            )

        login = cli("login", "alice", "--password-stdin", stdin="alice-password\n")
        assert login.returncode == 0, login.stderr
        assert "alice-password" not in login.stdout + login.stderr
        repos = cli("--format", "json", "repo", "ls", "alice")
        assert repos.returncode == 0, repos.stderr
        assert sorted(r["name"] for r in json.loads(repos.stdout)) == ["private-app", "web"]
        assert cli("logout").returncode == 0
        assert cli("whoami").returncode == 3
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert server.returncode == 0
