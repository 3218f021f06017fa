"""``dockerhub org`` and ``dockerhub team``."""

from __future__ import annotations

import pytest

from .helpers import Run, as_json


def test_org_ls(run: Run, as_alice: None) -> None:
    table = run("org", "ls")
    data = as_json(run("--format", "json", "org", "ls", "--all"))

    assert table.exit_code == 0, table.stderr
    assert "acme" in table.stdout
    assert "owner" in table.stdout
    assert [org["orgname"] for org in data] == ["acme"]


def test_org_members(run: Run, as_alice: None) -> None:
    table = run("org", "members", "acme")
    data = as_json(run("--format", "json", "org", "members", "acme", "--all"))
    owners = as_json(run("--format", "json", "org", "members", "acme", "--role", "owner"))

    assert table.exit_code == 0, table.stderr
    for name in ("alice", "bob", "carol"):
        assert name in table.stdout
    assert sorted(member["username"] for member in data) == ["alice", "bob", "carol"]
    assert [member["username"] for member in owners] == ["alice"]


def test_org_members_role_is_one_the_hub_knows(run: Run, as_alice: None) -> None:
    result = run("org", "members", "acme", "--role", "admin")
    assert result.exit_code == 2
    assert "'admin' is not one of editor, member, owner" in result.stderr


def test_team_ls(run: Run, as_alice: None) -> None:
    table = run("team", "ls", "acme")
    data = as_json(run("--format", "json", "team", "ls", "acme", "--all"))

    assert table.exit_code == 0, table.stderr
    assert "developers" in table.stdout
    assert sorted(team["name"] for team in data) == ["developers", "owners"]


def test_org_members_of_an_unknown_org_exits_5(run: Run, as_alice: None) -> None:
    assert run("org", "members", "no-such-org").exit_code == 5


def test_org_members_needs_a_login(run: Run) -> None:
    assert run("org", "members", "acme").exit_code == 3


@pytest.mark.parametrize("command", [["org", "ls"], ["team", "ls", "acme"]])
def test_org_commands_without_login_exit_3(run: Run, command: list[str]) -> None:
    assert run(*command).exit_code == 3
