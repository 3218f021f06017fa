"""What a user reads: one unwrapped line per error with the right exit code, whole IDs,
UTF-8 JSON, the 2FA hint naming --otp, and rate-limit while rate limited."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer

from dockerhub.cli import _prompt
from dockerhub.cli._errors import ExitCode, describe_error, exit_code_for
from dockerhub.testing import FakeHub

from .helpers import ALICE_PAT, Run, as_json

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def test_errors_are_one_line_and_never_wrapped(run: Run, fake: FakeHub) -> None:
    name = "a-repository-with-a-rather-long-name-so-that-the-url-passes-eighty-columns"
    result = run("repo", "show", f"alice/{name}")

    assert result.exit_code == 5
    assert result.stderr.count("\n") == 1
    assert f"https://hub.docker.com/v2/repositories/alice/{name}/" in result.stderr


def test_an_unreadable_reply_exits_8_with_one_line(run: Run, fake: FakeHub) -> None:
    nested = "[" * 5000 + "]" * 5000
    fake.fail_next(
        200, path="/v2/repositories/library/nginx", body=nested, content_type="application/json"
    )

    result = run("repo", "show", "library/nginx")

    assert result.exit_code == ExitCode.HUB_UNAVAILABLE
    assert result.stderr.startswith("Error: ")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def _raise_from(filename: str, error: Exception) -> Exception:
    """``error`` as raised by code in ``filename`` (to place it in a traceback)."""
    code = compile("def fail(error):\n    raise error\n", filename, "exec")
    scope: dict[str, object] = {}
    exec(code, scope)  # a two-line function compiled under a chosen file name
    try:
        scope["fail"](error)  # type: ignore[operator]
    except Exception as raised:  # handed back to the test
        return raised
    raise AssertionError("unreachable")


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (_raise_from("/site-packages/dockerhub/cli/_parse.py", ValueError("bad")), 2),
        (_raise_from("/site-packages/dockerhub_client/models/tag.py", ValueError("x")), 8),
        (_raise_from("/site-packages/dockerhub_client/models/tag.py", KeyError("name")), 8),
        (_raise_from("/site-packages/httpx/_models.py", TypeError("x")), 8),
        (RecursionError("maximum recursion depth exceeded"), 8),
        (OverflowError("cannot convert float infinity to integer"), 8),
        (_raise_from("/x/dockerhub/cli/_credentials.py", PermissionError(13, "denied")), 1),
    ],
)
def test_untyped_errors_get_an_exit_code_and_one_line(error: Exception, code: int) -> None:
    assert exit_code_for(error) == code
    text = describe_error(error)
    assert text.startswith("Error: ")
    assert "\n" not in text


def test_ctrl_c_at_a_prompt_exits_130(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object, **kwargs: object) -> str:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise typer.Abort() from None  # what click's prompt does on Ctrl-C

    monkeypatch.setattr(_prompt.typer, "prompt", interrupted)

    result = run("login", "alice")

    assert result.exit_code == 130
    assert "Traceback" not in result.stderr


def test_the_second_factor_hint_names_otp(run: Run, cli_env: Path) -> None:
    result = run("login", "bob", "--password-stdin", input="bob-password")

    assert result.exit_code == 3
    assert "--otp" in result.stderr
    assert result.stderr.count("\n") == 1
    assert not (cli_env / "credentials.json").exists()


def test_json_keeps_utf8(run: Run, fake: FakeHub, as_alice: None) -> None:
    fake.state.repos[("alice", "web")].description = "Grüße aus Köln 🐳"

    result = run("--format", "json", "repo", "show", "alice/web")

    assert "Grüße aus Köln 🐳" in result.stdout
    assert "\\u" not in result.stdout
    assert as_json(result)["description"] == "Grüße aus Köln 🐳"


def test_token_ids_are_never_wrapped(
    run: Run, as_alice: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "50")
    for label in ("first", "second"):
        created = run("token", "create", "--label", label, "--scope", "repo:read")
        assert created.exit_code == 0, created.stderr

    listing = run("token", "ls")

    assert listing.exit_code == 0, listing.stderr
    uuids = run("--format", "json", "token", "ls")
    expected = [token["uuid"] for token in as_json(uuids)]
    assert len(expected) == 3
    for uuid in expected:
        assert uuid in listing.stdout
    assert ALICE_PAT not in listing.stdout


def test_rate_limit_reports_the_limits_while_rate_limited(run: Run, fake: FakeHub) -> None:
    fake.set_rate_limit(2, 3600)
    assert run("repo", "show", "nginx").exit_code == 0
    assert run("repo", "show", "nginx").exit_code == 0

    data = as_json(run("--format", "json", "rate-limit"))
    table = run("rate-limit")

    assert data["limit"] == 2
    assert data["remaining"] == 0
    assert data["rate_limited"] is True
    assert data["retry_after"] is not None and data["retry_after"] > 0
    assert data["reset_at"] is not None
    assert table.exit_code == 0, table.stderr
    assert "Remaining" in table.stdout and "429" in table.stdout


def test_rate_limit_does_not_retry_while_limited(run: Run, fake: FakeHub) -> None:
    fake.set_rate_limit(1, 3600)
    assert run("repo", "show", "nginx").exit_code == 0
    before = len(fake.requests)

    assert run("rate-limit").exit_code == 0

    assert len(fake.requests) == before + 1


def test_printed_urls_are_never_wrapped(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    url = "http://127.0.0.1:8000/a/rather/long/path/to/a/fake/hub/for/this/test"

    result = run("--base-url", url, "logout")

    assert result.exit_code == 0
    assert url in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_reader_that_leaves_early_ends_the_command_quietly(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dockerhub.cli import _output

    def closed(data: object) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(_output, "print_json", closed)

    result = run("--format", "json", "repo", "show", "library/nginx")

    assert result.exit_code == 1
    assert result.stderr == ""
