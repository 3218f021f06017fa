"""Concurrent async registry calls on one client: one token per scope, no crossed results."""

from __future__ import annotations

import anyio
import pytest

from dockerhub import AsyncDockerHub
from dockerhub.testing import FakeHub


@pytest.mark.anyio
async def test_concurrent_async_calls_share_one_client(fake_hub: FakeHub) -> None:
    results: dict[str, int] = {}
    async with AsyncDockerHub(transport=fake_hub.async_transport()) as hub:

        async def count(repository: str) -> None:
            results[repository] = len(await hub.platforms(repository))

        async with anyio.create_task_group() as group:
            for repository in ("nginx", "alpine", "alice/web", "acme/website"):
                group.start_soon(count, repository)

    assert results == {"nginx": 3, "alpine": 2, "alice/web": 1, "acme/website": 1}
    scopes = sorted(t.scopes[0] for t in fake_hub.registry.tokens.issued)
    assert scopes == sorted(
        f"repository:{name}:pull"
        for name in ("library/nginx", "library/alpine", "alice/web", "acme/website")
    )
