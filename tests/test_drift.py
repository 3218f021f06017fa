"""`make check-generated` notices when the committed client and the spec disagree."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.regenerate import TARGET, check, diff_trees

SPEC = Path(__file__).resolve().parent.parent / "spec" / "dockerhub.yaml"


@pytest.fixture
def committed_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "committed" / "dockerhub_client"
    shutil.copytree(TARGET, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_unchanged_spec_shows_no_drift(committed_copy: Path) -> None:
    assert check(committed_copy, SPEC) == []


def test_changed_spec_is_detected(tmp_path: Path, committed_copy: Path) -> None:
    changed = tmp_path / "dockerhub.yaml"
    text = SPEC.read_text()
    assert "operationId: get_user\n" in text
    changed.write_text(text.replace("operationId: get_user\n", "operationId: fetch_user\n", 1))
    lines = check(committed_copy, changed)
    joined = "".join(lines)
    assert "generated/api/users/fetch_user.py" in joined
    assert "committed/api/users/get_user.py" in joined


def test_hand_edit_of_the_client_is_detected(committed_copy: Path) -> None:
    module = committed_copy / "api" / "users" / "get_user.py"
    module.write_text(module.read_text() + "\n# a hand edit\n")
    lines = check(committed_copy, SPEC)
    assert any(line.startswith("-# a hand edit") for line in lines)


def test_diff_trees_reports_extra_files(tmp_path: Path) -> None:
    fresh, committed = tmp_path / "fresh", tmp_path / "committed"
    fresh.mkdir()
    committed.mkdir()
    (fresh / "a.py").write_text("x = 1\n")
    (committed / "a.py").write_text("x = 1\n")
    (committed / "stale.py").write_text("y = 2\n")
    lines = diff_trees(fresh, committed)
    assert "--- committed/stale.py\n" in lines
