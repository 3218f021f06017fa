"""``dockerhub token``: ls, create, activate, deactivate, rm."""

from __future__ import annotations

import pytest

from dockerhub.testing import FakeHub

from .helpers import Run, as_json


@pytest.fixture
def alice_token(fake: FakeHub) -> str:
    """The uuid of alice's seeded access token."""
    return next(t.uuid for t in fake.state.pats.values() if t.owner == "alice")


def test_ls_table_and_json(run: Run, as_alice: None, alice_token: str) -> None:
    table = run("token", "ls")
    data = as_json(run("--format", "json", "token", "ls", "--all"))

    assert table.exit_code == 0, table.stderr
    assert alice_token in table.stdout
    assert "repo:admin" in table.stdout
    assert [token["uuid"] for token in data] == [alice_token]
    assert not data[0].get("token")  # values are never listed


def test_ls_needs_a_login(run: Run) -> None:
    result = run("token", "ls")

    assert result.exit_code == 3
    assert "dockerhub login" in result.stderr


def test_create_prints_the_value_once(run: Run, fake: FakeHub, as_alice: None) -> None:
    result = run(
        "token", "create", "--label", "cli-test", "--scope", "repo:read", "--scope", "repo:write"
    )

    assert result.exit_code == 0, result.stderr
    created = next(t for t in fake.state.pats.values() if t.label == "cli-test")
    assert created.scopes == ["repo:read", "repo:write"]
    assert created.secret in result.stdout
    assert "copy it now" in result.stderr


def test_create_json_with_expiry(run: Run, as_alice: None) -> None:
    data = as_json(
        run(
            "--format",
            "json",
            "token",
            "create",
            "-l",
            "ci",
            "-s",
            "repo:read",
            "--expires-at",
            "2031-01-01",
        )
    )

    assert data["token_label"] == "ci"
    assert data["token"].startswith("dckr_pat_")
    assert data["expires_at"].startswith("2031-01-01T00:00:00")


def test_create_with_a_bad_expiry_exits_2(run: Run, as_alice: None) -> None:
    result = run("token", "create", "-l", "ci", "-s", "repo:read", "--expires-at", "soon")

    assert result.exit_code == 2
    assert "--expires-at" in result.stderr


def test_deactivate_and_activate(run: Run, fake: FakeHub, as_alice: None, alice_token: str) -> None:
    other = run("token", "create", "-l", "spare", "-s", "repo:read")
    spare = next(t for t in fake.state.pats.values() if t.label == "spare")
    assert other.exit_code == 0

    off = run("token", "deactivate", spare.uuid)
    assert off.exit_code == 0, off.stderr
    assert "Deactivated" in off.stdout
    assert spare.is_active is False
    on = as_json(run("--format", "json", "token", "activate", spare.uuid))
    assert on["is_active"] is True
    assert spare.is_active is True


def test_rm_asks_unless_yes(run: Run, fake: FakeHub, as_alice: None) -> None:
    run("token", "create", "-l", "doomed", "-s", "repo:read")
    doomed = next(t for t in fake.state.pats.values() if t.label == "doomed")

    refused = run("token", "rm", doomed.uuid)
    assert refused.exit_code == 2
    assert doomed.uuid in fake.state.pats
    deleted = run("token", "rm", doomed.uuid, "--yes")
    assert deleted.exit_code == 0, deleted.stderr
    assert doomed.uuid not in fake.state.pats
    assert run("token", "rm", doomed.uuid, "--yes").exit_code == 5
