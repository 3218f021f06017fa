"""``dockerhub repo``: ls, show, create, rm, set-description."""

from __future__ import annotations

from pathlib import Path

import pytest

from dockerhub.cli import _prompt
from dockerhub.testing import FakeHub

from .helpers import Run, as_json, paths


@pytest.fixture
def interactive(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend stdin is a terminal, so destructive commands ask instead of refusing."""
    monkeypatch.setattr(_prompt, "stdin_is_interactive", lambda: True)


def test_ls_table_has_the_expected_columns(run: Run, as_alice: None) -> None:
    result = run("repo", "ls", "alice")

    assert result.exit_code == 0, result.stderr
    header = result.stdout.splitlines()[1]
    for column in ("Name", "Private", "Stars", "Pulls", "Last updated"):
        assert column in header
    assert "alice/web" in result.stdout
    assert "alice/private-app" in result.stdout


def test_ls_json_is_the_models_to_dict(run: Run) -> None:
    data = as_json(run("--format", "json", "repo", "ls", "alice"))

    assert [repo["name"] for repo in data] == ["web"]  # anonymous: no private repositories
    assert data[0]["namespace"] == "alice"
    assert "pull_count" in data[0]


def test_ls_one_page_at_a_time(run: Run, fake: FakeHub, as_alice: None) -> None:
    first = as_json(run("--format", "json", "repo", "ls", "alice", "--per-page", "1"))
    second = as_json(
        run("--format", "json", "repo", "ls", "alice", "--per-page", "1", "--page", "2")
    )

    assert len(first) == len(second) == 1
    assert first[0]["name"] != second[0]["name"]
    assert fake.requests[-1].query["page"] == ["2"]
    assert fake.requests[-1].query["page_size"] == ["1"]


def test_ls_all_walks_every_page(run: Run, fake: FakeHub, as_alice: None) -> None:
    data = as_json(run("--format", "json", "repo", "ls", "alice", "--all", "--per-page", "1"))

    assert sorted(repo["name"] for repo in data) == ["private-app", "web"]
    listed = [p for p in paths(fake, "GET") if p.startswith("/v2/namespaces/alice/repositories")]
    assert len(listed) == 2


def test_ls_rejects_a_bad_page_size(run: Run) -> None:
    result = run("repo", "ls", "alice", "--per-page", "500")

    assert result.exit_code == 2


def test_show_table_and_json(run: Run) -> None:
    table = run("repo", "show", "nginx")
    data = as_json(run("--format", "json", "repo", "show", "library/nginx"))

    assert table.exit_code == 0, table.stderr
    assert "library/nginx" in table.stdout
    assert "# Nginx" in table.stdout  # the full description follows the fields
    assert data["name"] == "nginx"
    assert data["namespace"] == "library"


def test_show_missing_or_hidden_repository_exits_5(run: Run) -> None:
    missing = run("repo", "show", "alice/nope")
    private = run("repo", "show", "alice/private-app")  # anonymous caller

    assert missing.exit_code == 5
    assert private.exit_code == 5
    assert "Traceback" not in missing.stdout + missing.stderr


def test_show_rejects_a_malformed_name(run: Run) -> None:
    result = run("repo", "show", "a/b/c")

    assert result.exit_code == 2
    assert "NAMESPACE/NAME" in result.stderr


def test_create_then_conflict(run: Run, fake: FakeHub, as_alice: None) -> None:
    created = run("--format", "json", "repo", "create", "alice/demo", "--private", "-d", "a demo")
    again = run("repo", "create", "alice/demo")

    data = as_json(created)
    assert data["is_private"] is True
    assert data["description"] == "a demo"
    assert fake.state.repos[("alice", "demo")].is_private
    assert again.exit_code == 6
    assert "already exists" in again.stderr


def test_create_needs_a_namespace_and_a_login(run: Run) -> None:
    assert run("repo", "create", "demo").exit_code == 2
    assert run("repo", "create", "alice/demo").exit_code == 3


def test_rm_without_terminal_or_yes_refuses(run: Run, fake: FakeHub, as_alice: None) -> None:
    result = run("repo", "rm", "alice/web")

    assert result.exit_code == 2
    assert "--yes" in result.stderr
    assert ("alice", "web") in fake.state.repos
    assert "DELETE" not in {r.method for r in fake.requests}


def test_rm_answered_no_deletes_nothing(
    run: Run, fake: FakeHub, as_alice: None, interactive: None
) -> None:
    result = run("repo", "rm", "alice/web", input="n\n")

    assert result.exit_code == 1
    assert "Delete repository alice/web" in result.stderr
    assert "nothing was deleted" in result.stderr
    assert ("alice", "web") in fake.state.repos


def test_rm_answered_yes_deletes(
    run: Run, fake: FakeHub, as_alice: None, interactive: None
) -> None:
    result = run("repo", "rm", "alice/web", input="y\n")

    assert result.exit_code == 0, result.stderr
    assert ("alice", "web") not in fake.state.repos


def test_rm_with_yes_deletes_without_asking(run: Run, fake: FakeHub, as_alice: None) -> None:
    result = run("--format", "json", "repo", "rm", "alice/web", "--yes")

    assert as_json(result) == {"deleted": "alice/web"}
    assert ("alice", "web") not in fake.state.repos


def test_rm_of_someone_elses_repository_exits_4(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKER_HUB_USERNAME", "carol")
    monkeypatch.setenv("DOCKER_HUB_PASSWORD", "carol-password")

    result = run("repo", "rm", "alice/web", "--yes")

    assert result.exit_code == 4


def test_set_description_short_and_full(run: Run, fake: FakeHub, as_alice: None) -> None:
    result = run("repo", "set-description", "alice/web", "--short", "Web app", "--full", "# Web\n")

    assert result.exit_code == 0, result.stderr
    assert "short and full description" in result.stdout
    repo = fake.state.repos[("alice", "web")]
    assert (repo.description, repo.full_description) == ("Web app", "# Web\n")


def test_set_description_from_a_file(
    run: Run, fake: FakeHub, as_alice: None, tmp_path: Path
) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# From a file\n", encoding="utf-8")

    data = as_json(
        run("--format", "json", "repo", "set-description", "alice/web", "--full-file", str(readme))
    )

    assert data["full_description"] == "# From a file\n"


def test_set_description_from_stdin(run: Run, fake: FakeHub, as_alice: None) -> None:
    result = run("repo", "set-description", "alice/web", "--full-file", "-", input="# stdin\n")

    assert result.exit_code == 0, result.stderr
    assert fake.state.repos[("alice", "web")].full_description == "# stdin\n"


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--full", "x", "--full-file", "README.md"],
        ["--full-file", "/nonexistent/README.md"],
    ],
)
def test_set_description_bad_input_exits_2(run: Run, as_alice: None, args: list[str]) -> None:
    result = run("repo", "set-description", "alice/web", *args)

    assert result.exit_code == 2
    assert "Error:" in result.stderr
