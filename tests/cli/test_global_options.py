"""Global options go before or after the sub-command, as with docker, gh and hub-tool."""

from __future__ import annotations

import re
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from dockerhub.cli import CliSettings, app
from dockerhub.cli._globals import GLOBAL_OPTIONS
from dockerhub.testing import FakeHub

from .helpers import ALICE_PAT, Run, as_json


def _invoke(fake: FakeHub, *args: str, **kwargs: Any) -> tuple[CliSettings, Any]:
    settings = CliSettings(transport=fake.transport())
    result = CliRunner().invoke(app, list(args), obj=settings, **kwargs)
    return settings, result


@pytest.mark.parametrize(
    "args",
    [
        ("--format", "json", "tag", "ls", "library/nginx"),
        ("tag", "--format", "json", "ls", "library/nginx"),
        ("tag", "ls", "--format", "json", "library/nginx"),
        ("tag", "ls", "library/nginx", "--format", "json"),
        ("tag", "ls", "--format=json", "--", "library/nginx"),
    ],
)
def test_format_is_accepted_anywhere(run: Run, args: tuple[str, ...]) -> None:
    tags = as_json(run(*args))

    assert [tag["name"] for tag in tags][:2] == ["latest", "stable"]


def test_the_option_nearest_the_command_wins(run: Run) -> None:
    result = run("--format", "json", "repo", "show", "library/nginx", "--format", "table")

    assert result.exit_code == 0, result.stderr
    assert result.stdout.lstrip().startswith("Repository")


def test_after_double_dash_an_option_is_an_argument(run: Run) -> None:
    result = run("tag", "ls", "--", "--format")

    assert result.exit_code == 2
    assert "not a valid" in result.stderr


def test_every_global_option_reaches_the_settings_after_the_command(fake: FakeHub) -> None:
    settings, result = _invoke(
        fake,
        "repo",
        "show",
        "library/nginx",
        "--base-url",
        "http://127.0.0.1:9/",
        "--timeout",
        "2.5",
        "--no-cache",
        "--format",
        "json",
    )

    assert result.exit_code == 0, result.stderr
    assert settings.base_url == "http://127.0.0.1:9"
    assert settings.timeout == 2.5
    assert settings.no_cache is True
    assert settings.json is True
    assert fake.requests[-1].path == "/v2/repositories/library/nginx/"


def test_timeout_from_the_environment(fake: FakeHub, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKER_HUB_TIMEOUT", "7")

    settings, result = _invoke(fake, "repo", "show", "library/nginx")

    assert result.exit_code == 0, result.stderr
    assert settings.timeout == 7.0


def test_timeout_reaches_the_client(fake: FakeHub, monkeypatch: pytest.MonkeyPatch) -> None:
    from dockerhub import DockerHub

    seen: list[Any] = []
    original = DockerHub.from_env

    def spy(env: Any = None, **kwargs: Any) -> Any:
        seen.append(kwargs.get("timeout"))
        return original(env, **kwargs)

    monkeypatch.setattr(DockerHub, "from_env", spy)

    _, result = _invoke(fake, "repo", "show", "library/nginx", "--timeout", "1.5")

    assert result.exit_code == 0, result.stderr
    assert seen == [1.5]


@pytest.mark.parametrize(
    ("args", "text"),
    [
        (("--timeout", "0"), "--timeout"),
        (("--timeout", "-1"), "--timeout"),
        (("--timeout", "nan"), "--timeout"),
        (("--timeout", "soon"), "--timeout"),
        (("--format", "xml"), "--format"),
        (("--base-url", "ftp://example.com"), "--base-url"),
    ],
)
def test_bad_global_values_are_usage_errors_anywhere(
    run: Run, args: tuple[str, ...], text: str
) -> None:
    for where in (("repo", "show", "nginx", *args), (*args, "repo", "show", "nginx")):
        result = run(*where)

        assert result.exit_code == 2, where
        assert text in result.stderr
        assert "Traceback" not in result.stderr


def _leaf_paths(command: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    children = getattr(command, "commands", None)
    if not isinstance(children, dict):
        return [prefix]
    found: list[tuple[str, ...]] = []
    for name, child in children.items():
        found += _leaf_paths(child, (*prefix, name))
    return found


def test_every_command_lists_the_global_options_in_its_help() -> None:
    root = typer.main.get_command(app)
    leaves = _leaf_paths(root)
    assert ("tag", "ls") in leaves and ("rate-limit",) in leaves

    for path in leaves:
        result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "200"})
        assert result.exit_code == 0, path
        for option in GLOBAL_OPTIONS:
            assert option.decls[0] in result.stdout, (path, option.decls[0])


LINE = re.compile(r"> (GET|POST) (\S+) -> (\d{3}) in \d+\.\d\d s")


def test_verbose_reports_each_request_without_credentials(
    run: Run, fake: FakeHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOCKER_HUB_USERNAME", "alice")
    monkeypatch.setenv("DOCKER_HUB_TOKEN", ALICE_PAT)
    fake.fail_next(503, path="/v2/repositories/alice/web", headers={"Retry-After": "0"})

    result = run("repo", "show", "alice/web", "-v")

    assert result.exit_code == 0, result.stderr
    *lines, cache = result.stderr.splitlines()
    assert cache.startswith("> cache: CacheInfo(hits=0, misses=1, "), result.stderr
    attempts = [LINE.fullmatch(line) for line in lines]
    assert all(attempts), result.stderr
    assert [match.groups() for match in attempts if match] == [
        ("POST", "https://hub.docker.com/v2/auth/token", "200"),
        ("GET", "https://hub.docker.com/v2/repositories/alice/web/", "503"),
        ("GET", "https://hub.docker.com/v2/repositories/alice/web/", "200"),
    ]
    assert ALICE_PAT not in result.stderr
    assert "Bearer" not in result.stderr


def test_without_verbose_nothing_is_reported(run: Run) -> None:
    result = run("repo", "show", "library/nginx")

    assert result.exit_code == 0
    assert result.stderr == ""
