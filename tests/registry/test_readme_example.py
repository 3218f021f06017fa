"""The registry example of README.md, run against the fake registry."""

from __future__ import annotations

from dockerhub import DockerHub
from dockerhub.testing import FakeHub

from .conftest import ALICE_PAT


def test_readme_registry_example(fake_hub: FakeHub) -> None:
    env = {"DOCKER_HUB_USERNAME": "alice", "DOCKER_HUB_TOKEN": ALICE_PAT}
    printed = []
    with DockerHub.from_env(env, transport=fake_hub.transport()) as hub:
        for platform in hub.platforms("nginx", "latest"):
            printed.append((str(platform), platform.digest, platform.size))
        digest = hub.digest("nginx", "latest")
        config = hub.image_config("nginx", digest, platform="linux/arm64")
        limit = hub.pull_rate_limit()

    assert [name for name, _, _ in printed] == ["linux/amd64", "linux/arm64/v8", "linux/arm/v7"]
    assert config.platform.variant == "v8"
    assert config.cmd == ("nginx", "-g", "daemon off;")
    # Pulls: the index once (the digest GET is served from the cache) and the arm64 manifest.
    assert (limit.limit, limit.remaining, limit.source) == (200, 198, "account:alice")
    text = "unlimited" if limit.unlimited else f"{limit.remaining}/{limit.limit} left"
    assert text == "198/200 left"
