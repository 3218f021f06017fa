"""The pytest fixtures users get from the ``dockerhub`` plugin."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from dockerhub.testing import FakeHub


def test_fake_hub_fixture_is_fresh_and_seeded(fake_hub: FakeHub) -> None:
    assert ("library", "nginx") in fake_hub.state.repos
    assert fake_hub.requests == []


def test_hub_fixture_talks_to_the_fake(hub: Any, fake_hub: FakeHub) -> None:
    hub.login("alice", "alice-password")
    assert hub.logged_in_user().username == "alice"
    assert len(list(hub.iter_tags("library", "nginx"))) == 300
    assert fake_hub.requests[0].path.startswith("/v2/")


@pytest.mark.anyio
async def test_async_hub_factory(async_hub: Callable[..., Any]) -> None:
    async with async_hub() as client:
        repository = await client.repository("library", "alpine")
    assert repository.name == "alpine"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
