"""The fake-Hub example of README.md, exactly as a user would write it (plugin fixtures)."""

import pytest

from dockerhub import ConflictError


def test_my_release_script_creates_the_repository(hub, fake_hub):
    hub.login("alice", "alice-password")  # a seeded test user
    hub.create_repository("alice", "app")
    assert ("alice", "app") in fake_hub.state.repos
    with pytest.raises(ConflictError):
        hub.create_repository("alice", "app")


def test_survives_rate_limits(hub, fake_hub):
    fake_hub.fail_next(429, times=2, headers={"Retry-After": "0"})
    assert hub.repository("nginx").name == "nginx"  # retried, then served


@pytest.mark.anyio
async def test_async_code(async_hub, fake_hub):
    async with async_hub(cache=False) as client:  # async_hub is a factory: call it
        await client.login("alice", "alice-password")
        repo = await client.repository("alice", "private-app")
    assert repo.is_private
