"""The fake registry over real HTTP on 127.0.0.1: registry, realm and CDN on one origin."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dockerhub import AsyncDockerHub, DockerHub
from dockerhub.testing import FakeHub, RunningServer

from .conftest import ALICE_PAT


@pytest.fixture
def server(fake_hub: FakeHub) -> Iterator[RunningServer]:
    running = fake_hub.serve()
    try:
        yield running
    finally:
        running.stop()


def _env() -> dict[str, str]:
    return {"DOCKER_HUB_USERNAME": "alice", "DOCKER_HUB_TOKEN": ALICE_PAT}


def test_served_sync(server: RunningServer, fake_hub: FakeHub) -> None:
    with DockerHub.from_env(_env(), base_url=server.url, registry_url=server.url) as hub:
        assert hub.registry_url == server.url
        platforms = hub.platforms("nginx")
        config = hub.image_config("nginx", platforms[2].digest)
        private = hub.platforms("alice/private-app")

    assert [str(p) for p in platforms] == ["linux/amd64", "linux/arm64/v8", "linux/arm/v7"]
    assert str(config.platform) == "linux/arm/v7"
    assert len(private) == 1
    # Same host as base_url: the logged-in identity is offered to the realm.
    assert {t.account for t in fake_hub.registry.tokens.issued} == {"alice"}
    cdn = [r for r in fake_hub.requests if r.path.startswith("/registry-cdn/")]
    # nginx's arm/v7 config, and private-app's (a single image: its platform is in its config)
    assert len(cdn) == 2 and not any(r.has_authorization for r in cdn)


@pytest.mark.anyio
async def test_served_async(server: RunningServer, fake_hub: FakeHub) -> None:
    async with AsyncDockerHub(server.url, registry_url=server.url) as hub:
        digest = await hub.digest("alpine", "latest")
        manifest = await hub.manifest("alpine", digest)
        tags = [tag async for tag in hub.iter_registry_tags("alpine", per_page=2)]
        limit = await hub.pull_rate_limit()

    assert manifest.digest == digest
    assert tags == ["3.21", "3.22", "edge", "latest"]
    assert (limit.limit, limit.remaining) == (100, 99)
