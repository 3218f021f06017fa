"""Exit codes and messages for the SDK's typed errors, JSON hygiene and the progress bar."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from dockerhub.cli import CliSettings, _output, app, build_client
from dockerhub.cli._errors import describe_error, exit_code_for
from dockerhub.errors import DockerHubError, RateLimitError
from dockerhub.testing import FakeHub

from .helpers import ALICE_PAT, Run, as_json


@pytest.mark.parametrize(
    ("status", "code", "text"),
    [
        (401, 3, "dockerhub login"),
        (403, 4, "403"),
        (404, 5, "404"),
        (409, 6, "409"),
        (500, 8, "500"),
    ],
)
def test_hub_statuses_map_to_exit_codes(
    run: Run, fake: FakeHub, status: int, code: int, text: str
) -> None:
    fake.fail_next(status, path="/v2/repositories/library/nginx")

    result = run("repo", "show", "nginx")

    assert result.exit_code == code
    assert text in result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


def test_rate_limit_exits_7_and_says_when_to_retry(run: Run, fake: FakeHub) -> None:
    fake.fail_next(429, headers={"Retry-After": "120"})

    result = run("--format", "json", "tag", "ls", "nginx")

    assert result.exit_code == 7
    assert "retry after 120 seconds" in result.stderr
    assert result.stdout == ""


def test_real_rate_limit_of_the_fake(run: Run, fake: FakeHub) -> None:
    fake.set_rate_limit(1, 3600)
    assert run("repo", "show", "nginx").exit_code == 0

    limited = run("repo", "show", "library/alpine")

    assert limited.exit_code == 7
    assert "Rate limited" in limited.stderr


def test_html_instead_of_json_exits_8(run: Run, fake: FakeHub) -> None:
    fake.fail_next(200, body="<html><body>maintenance</body></html>")

    result = run("repo", "show", "nginx")

    assert result.exit_code == 8
    assert "<body>" not in result.stderr


def test_connection_failure_exits_8() -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("server hung up", request=request)

    settings = CliSettings(transport=httpx.MockTransport(broken))
    result = CliRunner().invoke(app, ["repo", "show", "nginx"], obj=settings)

    assert result.exit_code == 8
    assert "Error:" in result.stderr


def test_refused_credentials_never_echo_the_secret(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOCKER_HUB_USERNAME", "alice")
    monkeypatch.setenv("DOCKER_HUB_PASSWORD", "s3cret-that-is-wrong")

    result = run("whoami")

    assert result.exit_code == 3
    assert "s3cret-that-is-wrong" not in result.stdout + result.stderr


def test_bad_environment_credentials_exit_2(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKER_HUB_USERNAME", "alice")

    result = run("whoami")

    assert result.exit_code == 2
    assert "DOCKER_HUB_PASSWORD" in result.stderr


def test_bad_base_url_exits_2(run: Run) -> None:
    result = run("--base-url", "ftp://example.com", "repo", "show", "nginx")

    assert result.exit_code == 2
    assert "--base-url" in result.stderr


def test_other_hub_errors_exit_1() -> None:
    error = DockerHubError("something odd")

    assert exit_code_for(error) == 1
    assert exit_code_for(ValueError("bad")) == 2
    assert describe_error(RateLimitError("slow down")).endswith("retry later.")


def test_json_mode_prints_only_json_on_stdout(run: Run, as_alice: None) -> None:
    result = run("--format", "json", "repo", "create", "alice/json-only")

    data = json.loads(result.stdout)
    assert data["name"] == "json-only"
    assert ALICE_PAT not in result.stdout + result.stderr


def test_no_cache_turns_the_client_cache_off(fake: FakeHub) -> None:
    with_cache = build_client(CliSettings(transport=fake.transport()))
    without = build_client(CliSettings(transport=fake.transport(), no_cache=True))

    assert "cache on" in repr(with_cache)
    assert "cache off" in repr(without)
    with_cache.close()
    without.close()


def test_no_cache_option_reaches_the_settings(fake: FakeHub) -> None:
    settings = CliSettings(transport=fake.transport())

    result = CliRunner().invoke(app, ["--no-cache", "repo", "show", "nginx"], obj=settings)

    assert result.exit_code == 0, result.stderr
    assert settings.no_cache is True


def test_progress_bar_reports_pages_on_a_terminal(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rich.progress

    updates: list[tuple[Any, Any]] = []

    class Recording(rich.progress.Progress):
        def update(self, task: Any, **fields: Any) -> None:
            updates.append((fields.get("completed"), fields.get("total")))
            super().update(task, **fields)

    monkeypatch.setattr(_output, "stderr_is_terminal", lambda: True)
    monkeypatch.setattr(rich.progress, "Progress", Recording)  # _output imports it when drawing

    result = run("tag", "ls", "nginx", "--all", "--per-page", "100")

    assert result.exit_code == 0, result.stderr
    assert updates[-1] == (300, 300)
    assert len(updates) == 3


def test_no_progress_bar_in_json_mode(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_output, "stderr_is_terminal", lambda: True)

    data = as_json(run("--format", "json", "tag", "ls", "nginx", "--all"))

    assert len(data) == 300
