"""``dockerhub tag``: ls, show, rm."""

from __future__ import annotations

import pytest

from dockerhub.cli import _prompt
from dockerhub.testing import FakeHub

from .helpers import Run, as_json


def test_ls_table_shows_size_pushed_and_platforms(run: Run) -> None:
    result = run("tag", "ls", "nginx", "--per-page", "5")

    assert result.exit_code == 0, result.stderr
    header = result.stdout.splitlines()[1]
    for column in ("Tag", "Size", "Last pushed", "Platforms"):
        assert column in header
    assert "linux/amd64" in result.stdout
    assert " MB " in result.stdout


def test_ls_json_is_one_page_by_default(run: Run, fake: FakeHub) -> None:
    data = as_json(run("--format", "json", "tag", "ls", "library/nginx"))

    assert len(data) == 100
    assert {"name", "images", "full_size"} <= set(data[0])
    assert len(fake.requests) == 1


def test_ls_all_walks_every_page(run: Run) -> None:
    data = as_json(run("--format", "json", "tag", "ls", "nginx", "--all"))

    names = [tag["name"] for tag in data]
    assert len(names) == 300
    assert len(set(names)) == 300


@pytest.mark.parametrize(
    ("order", "key", "reverse"),
    [
        ("name", "name", False),
        ("-name", "name", True),
        ("last_updated", "last_updated", False),
        ("-last_updated", "last_updated", True),
    ],
)
def test_ls_sort(run: Run, order: str, key: str, reverse: bool) -> None:
    data = as_json(
        run("--format", "json", "tag", "ls", "nginx", "--per-page", "20", "--sort", order)
    )

    values = [tag[key] for tag in data]
    assert values == sorted(values, reverse=reverse)


def test_ls_rejects_an_unknown_sort(run: Run) -> None:
    assert run("tag", "ls", "nginx", "--sort", "size").exit_code == 2


def test_ls_of_a_missing_repository_exits_5(run: Run) -> None:
    assert run("tag", "ls", "alice/nope").exit_code == 5


def test_show_table_lists_each_platform(run: Run) -> None:
    result = run("tag", "show", "nginx:latest")

    assert result.exit_code == 0, result.stderr
    assert "sha256:" in result.stdout
    for platform in ("linux/amd64", "linux/arm64/v8", "linux/arm/v7"):
        assert platform in result.stdout


def test_show_json_and_default_tag(run: Run) -> None:
    data = as_json(run("--format", "json", "tag", "show", "library/nginx"))

    assert data["name"] == "latest"
    assert [image["architecture"] for image in data["images"]] == ["amd64", "arm64", "arm"]


def test_show_missing_tag_exits_5(run: Run) -> None:
    result = run("tag", "show", "nginx:does-not-exist")

    assert result.exit_code == 5
    assert "Error: 404" in result.stderr


def test_rm_needs_an_explicit_tag(run: Run) -> None:
    result = run("tag", "rm", "alice/web", "--yes")

    assert result.exit_code == 2
    assert "REPO:TAG" in result.stderr


def test_rm_refuses_without_terminal_then_asks_then_deletes(
    run: Run, fake: FakeHub, as_alice: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = fake.state.repos[("alice", "web")]
    tag = next(iter(repo.tags))

    refused = run("tag", "rm", f"alice/web:{tag}")
    monkeypatch.setattr(_prompt, "stdin_is_interactive", lambda: True)
    declined = run("tag", "rm", f"alice/web:{tag}", input="n\n")
    assert tag in repo.tags
    deleted = run("tag", "rm", f"alice/web:{tag}", "--yes")

    assert refused.exit_code == 2
    assert declined.exit_code == 1
    assert deleted.exit_code == 0, deleted.stderr
    assert f"Deleted tag alice/web:{tag}" in deleted.stdout
    assert tag not in repo.tags
