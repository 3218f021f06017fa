"""``dockerhub tag inspect`` and ``dockerhub pull-limit`` against the fake registry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from dockerhub.cli import CliSettings, app
from dockerhub.testing import FakeHub

from .conftest import ALICE_PAT


@pytest.fixture(autouse=True)
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No stored or ambient credentials; wide tables."""
    monkeypatch.setenv("DOCKERHUB_SDK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("DOCKERHUB_SDK_KEYRING", "0")
    monkeypatch.setenv("COLUMNS", "200")
    for name in ("DOCKER_HUB_USERNAME", "DOCKER_HUB_PASSWORD", "DOCKER_HUB_TOKEN"):
        monkeypatch.delenv(name, raising=False)


def run(fake: FakeHub, *args: str) -> Result:
    return CliRunner().invoke(app, list(args), obj=CliSettings(transport=fake.transport()))


def test_tag_inspect_table(fake_hub: FakeHub) -> None:
    result = run(fake_hub, "tag", "inspect", "library/nginx:latest")

    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    rows = [line for line in lines if line.startswith("│")]
    assert [row.split("│")[1].strip() for row in rows] == [
        "linux/amd64",
        "linux/arm64/v8",
        "linux/arm/v7",
    ]
    assert all("sha256:" in row and " B" in row for row in rows)
    assert "unknown/unknown" not in result.stdout


def test_tag_inspect_json_matches_the_sdk(fake_hub: FakeHub, hub: object) -> None:
    result = run(fake_hub, "tag", "inspect", "nginx:stable", "--format", "json", "--attestations")

    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    platforms = hub.platforms("nginx", "stable", include_attestations=True)  # type: ignore[attr-defined]
    assert data["name"] == "library/nginx"
    assert data["reference"] == "stable"
    assert data["media_type"] == "application/vnd.oci.image.index.v1+json"
    assert [
        (p["platform"], p["digest"], p["size"], p["attestation"]) for p in data["platforms"]
    ] == [(str(p), p.digest, p.size, p.is_attestation) for p in platforms]
    # One pull by the command (its platforms come from the manifest it fetched), one by hub.
    assert fake_hub.registry.pulls.pulls == {"192.0.2.10": 2}


def test_tag_inspect_platform_shows_config_and_layers(fake_hub: FakeHub) -> None:
    result = run(fake_hub, "tag", "inspect", "nginx", "--platform", "linux/arm64", "--format=json")

    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["config"]["platform"] == "linux/arm64/v8"
    assert data["config"]["cmd"] == ["nginx", "-g", "daemon off;"]
    assert data["config"]["exposed_ports"] == ["80/tcp"]
    assert len(data["layers"]) == 2
    assert all(layer["digest"].startswith("sha256:") for layer in data["layers"])

    table = run(fake_hub, "tag", "inspect", "nginx:latest", "--platform", "linux/arm64")
    assert table.exit_code == 0, table.output
    assert "Entrypoint   /docker-entrypoint.sh" in table.stdout
    assert "Layers       2 (" in table.stdout


def test_tag_inspect_by_digest_and_missing_platform(fake_hub: FakeHub, hub: object) -> None:
    digest = hub.digest("alpine", "latest")  # type: ignore[attr-defined]
    result = run(fake_hub, "tag", "inspect", f"alpine@{digest}", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["digest"] == digest

    missing = run(fake_hub, "tag", "inspect", "nginx", "--platform", "linux/s390x")
    assert missing.exit_code == 5
    assert "has no linux/s390x image (it has: linux/amd64" in missing.output


def test_pull_limit_for_the_account_and_anonymous(
    fake_hub: FakeHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOCKER_HUB_USERNAME", "alice")
    monkeypatch.setenv("DOCKER_HUB_TOKEN", ALICE_PAT)

    mine = run(fake_hub, "pull-limit", "--format", "json")
    anonymous = run(fake_hub, "pull-limit", "--anonymous")

    assert mine.exit_code == 0, mine.output
    assert json.loads(mine.stdout) == {
        "limit": 200,
        "remaining": 200,
        "window": 21600,
        "source": "account:alice",
        "unlimited": False,
    }
    assert anonymous.exit_code == 0, anonymous.output
    assert "Remaining  100" in anonymous.stdout
    assert "Source     192.0.2.10" in anonymous.stdout
    assert [t.account for t in fake_hub.registry.tokens.issued] == ["alice", None]


def test_pull_limit_unlimited(fake_hub: FakeHub) -> None:
    fake_hub.registry.set_pull_limit(None)
    result = run(fake_hub, "pull-limit")

    assert result.exit_code == 0, result.output
    assert "Limit   unlimited" in result.stdout


def test_pull_limit_error_exit_code(fake_hub: FakeHub) -> None:
    fake_hub.registry.set_pull_limit(0)
    result = run(fake_hub, "tag", "inspect", "nginx")

    assert result.exit_code != 0
    assert "TOOMANYREQUESTS" in result.output
    assert "Traceback" not in result.output


def test_registry_url_points_tag_inspect_at_a_served_fake_hub(
    fake_hub: FakeHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = fake_hub.serve()
    try:
        monkeypatch.setenv("DOCKER_HUB_REGISTRY_URL", server.url)
        settings = CliSettings()
        from_env = CliRunner().invoke(
            app, ["--base-url", server.url, "tag", "inspect", "nginx:latest"], obj=settings
        )
        monkeypatch.delenv("DOCKER_HUB_REGISTRY_URL")
        given = CliRunner().invoke(
            app,
            ["tag", "inspect", "nginx:latest", "--format", "json", "--registry-url", server.url],
            obj=CliSettings(base_url=server.url),
        )
    finally:
        server.stop()
    assert from_env.exit_code == 0, from_env.output
    assert settings.registry_url == server.url
    assert "linux/amd64" in from_env.stdout
    assert given.exit_code == 0, given.output
    assert json.loads(given.stdout)["name"] == "library/nginx"
    manifests = [r.host for r in fake_hub.requests if "/manifests/" in r.path]
    assert manifests and set(manifests) == {server.url.removeprefix("http://")}


def test_a_registry_url_that_is_not_http_is_a_usage_error(fake_hub: FakeHub) -> None:
    result = run(fake_hub, "pull-limit", "--registry-url", "ftp://example.com")

    assert result.exit_code == 2
    assert "--registry-url" in result.stderr
    assert "Traceback" not in result.stderr
