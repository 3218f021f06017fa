"""Generated models parse what the Hub really sends and serialise it back."""

from __future__ import annotations

import datetime
import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from spec_data import load_spec

from dockerhub import models
from dockerhub_client.models import Repository, Tag, TagPage, User

SPEC_PATH = Path(__file__).resolve().parent.parent / "spec" / "dockerhub.yaml"


def _schema_examples() -> list[tuple[str, Any]]:
    schemas = load_spec()["components"]["schemas"]
    return [
        (name, example)
        for name, schema in schemas.items()
        for example in schema.get("examples", [])
        if isinstance(example, dict)
    ]


def _assert_same_json(produced: Any, original: Any) -> None:
    """Equal JSON text: every value, value type and timestamp digit as received."""
    assert json.dumps(produced, sort_keys=True) == json.dumps(original, sort_keys=True)


EXAMPLES = _schema_examples()


def test_the_original_readme_samples_are_in_the_spec() -> None:
    names = {name for name, _ in EXAMPLES}
    assert {"User", "CurrentUser", "Repository", "RepositorySummary", "Comment", "Tag"} <= names
    assert {"Collaborator", "BuildDetails", "BuildSettings", "Webhook", "BuildLink"} <= names
    assert len(EXAMPLES) >= 25


@pytest.mark.parametrize(("schema", "example"), EXAMPLES, ids=[name for name, _ in EXAMPLES])
def test_readme_sample_round_trips(schema: str, example: dict[str, Any]) -> None:
    model = getattr(models, schema)
    parsed = model.from_dict(example)
    _assert_same_json(parsed.to_dict(), example)


def test_timestamps_round_trip_exactly_with_six_digits_and_z() -> None:
    raw = {"name": "nginx", "namespace": "library", "last_updated": "2015-12-10T08:48:49.665081Z"}
    assert Repository.from_dict(raw).to_dict() == raw


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-01T10:20:30Z", datetime.datetime(2024, 5, 1, 10, 20, 30, tzinfo=datetime.UTC)),
        (
            "2024-05-01T10:20:30.123456Z",
            datetime.datetime(2024, 5, 1, 10, 20, 30, 123456, tzinfo=datetime.UTC),
        ),
        (
            "2024-05-01T10:20:30.123456789Z",
            datetime.datetime(2024, 5, 1, 10, 20, 30, 123456, tzinfo=datetime.UTC),
        ),
    ],
)
def test_timestamps_with_0_6_and_9_fraction_digits_parse(
    text: str, expected: datetime.datetime
) -> None:
    tag = Tag.from_dict({"name": "latest", "last_updated": text, "tag_last_pushed": text})
    assert tag.last_updated == expected
    assert tag.tag_last_pushed == expected
    assert tag.to_dict()["last_updated"] == text


def test_a_datetime_given_to_from_dict_is_kept() -> None:
    moment = datetime.datetime(2024, 5, 1, 10, 20, 30, tzinfo=datetime.UTC)
    tag = Tag.from_dict({"name": "latest", "last_updated": moment})
    assert tag.last_updated is moment
    assert tag.to_dict()["last_updated"] == "2024-05-01T10:20:30Z"


def test_unknown_fields_survive_and_nulls_parse() -> None:
    raw = {
        "count": 1,
        "next": None,
        "previous": "",
        "results": [
            {
                "name": "1.27",
                "id": 42,
                "repository": 7,
                "creator": 1,
                "last_updater": 2,
                "image_id": None,
                "tag_last_pulled": None,
                "v2": True,
                "brand_new_field": {"nested": [1, 2]},
                "images": [
                    {
                        "architecture": "arm",
                        "os": "linux",
                        "variant": None,
                        "os_version": None,
                        "last_pulled": None,
                        "features": None,
                        "size": 10,
                        "another_new_field": "kept",
                    },
                    {"architecture": "amd64", "os": "linux", "features": ""},
                ],
            }
        ],
        "extra_envelope_field": True,
    }
    page = TagPage.from_dict(raw)
    tag = page.results[0]
    assert tag.name == "1.27" and tag.id == 42 and tag.image_id is None
    assert tag.tag_last_pulled is None
    assert tag["brand_new_field"] == {"nested": [1, 2]}
    assert tag.images[0].variant is None and tag.images[0].features is None
    assert tag.images[1].features == ""
    assert page["extra_envelope_field"] is True
    assert page.to_dict() == raw


def test_missing_optional_fields_do_not_break_parsing() -> None:
    user = User.from_dict({"username": "someone"})
    assert user.username == "someone"


def test_importing_the_sdk_does_not_import_every_model() -> None:
    code = (
        "import sys, dockerhub, dockerhub_client.models as m; "
        "loaded = [n for n in sys.modules if n.startswith('dockerhub_client.models.')]; "
        "print(len(loaded)); m.Tag; "
        "print(len([n for n in sys.modules if n.startswith('dockerhub_client.models.')]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[0] == "0"
    assert 0 < int(out[1]) < 10


def _loaded_after(code: str, watched: tuple[str, ...]) -> list[str]:
    probe = f"{code}; import sys; print(' '.join(m for m in {watched!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_importing_the_client_class_loads_only_what_construction_needs() -> None:
    """Issue 16: attrs, the registry side, the Redis backend and the CLI's libraries are
    loaded when first needed, not by ``from dockerhub import DockerHub``."""
    watched = (
        "attrs",
        "dockerhub_client.client",
        "dockerhub.registry._models",
        "dockerhub.registry._flows",
        "dockerhub._cache_redis",
        "redis",
        "typer",  # (not rich: httpx imports it for its own command line when installed)
    )
    assert _loaded_after("from dockerhub import DockerHub", watched) == []
    built = _loaded_after("from dockerhub import DockerHub; DockerHub()", watched)
    assert built == ["attrs", "dockerhub_client.client"]


def test_the_cli_help_loads_neither_the_client_nor_rich() -> None:
    code = (
        "import sys; sys.argv = ['dockerhub', '--help']; from dockerhub.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    probe = (
        code
        + "\nprint(' '.join(m for m in ('rich', 'dockerhub._client', 'httpx') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "Usage: dockerhub" in done.stdout
    assert done.stdout.splitlines()[-1].split() == []


def test_dockerhub_models_reexports_generated_models() -> None:
    generated = importlib.import_module("dockerhub_client.models")
    assert models.Repository is generated.Repository
    assert "Tag" in dir(models)
