"""The async client reads and writes the same shared entries through ``redis.asyncio``."""

from __future__ import annotations

import logging

import anyio
import pytest
from _server import RedisServer

from dockerhub import AsyncDockerHub, DockerHub
from dockerhub.testing import FakeHub

pytestmark = pytest.mark.anyio


def reads(hub: FakeHub, path: str) -> int:
    return sum(1 for r in hub.requests if r.method == "GET" and r.path.rstrip("/") == path)


async def test_async_and_sync_clients_share_entries(
    served_hub: tuple[FakeHub, str], redis_url: str
) -> None:
    fake, url = served_hub
    with DockerHub(url, cache=redis_url) as sync_hub:
        sync_hub.repository("library", "nginx")
    async with AsyncDockerHub(url, cache=redis_url) as async_hub:
        repo = await async_hub.repository("library", "nginx")
        await async_hub.repository("library", "alpine")
        assert repo.description == "Official build of Nginx."
        info = async_hub.cache_info()
        assert (info.hits, info.misses, info.entries) == (1, 1, 2)
        assert info.backend == f"redis {redis_url}"
    with DockerHub(url, cache=redis_url) as sync_hub:
        sync_hub.repository("library", "alpine")
        assert sync_hub.cache_info().hits == 1
    assert reads(fake, "/v2/repositories/library/nginx") == 1
    assert reads(fake, "/v2/repositories/library/alpine") == 1


async def test_an_async_write_drops_the_entry_for_a_sync_reader(
    served_hub: tuple[FakeHub, str], redis_url: str
) -> None:
    fake, url = served_hub
    token = fake.token_for("alice")
    with DockerHub(url, cache=redis_url) as reader:
        reader.set_login_token(token)
        reader.repository("alice", "web")
        async with AsyncDockerHub(url, cache=redis_url) as writer:
            writer.set_login_token(token)
            await writer.set_repository_description("alice", "web", short="from async")
        assert reader.repository("alice", "web").description == "from async"
    assert reads(fake, "/v2/repositories/alice/web") == 2


async def test_concurrent_async_misses_in_one_process_make_one_request(
    served_hub: tuple[FakeHub, str], redis_url: str
) -> None:
    fake, url = served_hub
    async with AsyncDockerHub(url, cache=redis_url) as hub:
        names: list[str] = []

        async def read() -> None:
            names.append((await hub.repository("library", "nginx")).name)

        async with anyio.create_task_group() as group:
            for _ in range(5):
                group.start_soon(read)
    assert names == ["nginx"] * 5
    assert reads(fake, "/v2/repositories/library/nginx") == 1


async def test_async_calls_survive_redis_killed_mid_run(
    served_hub: tuple[FakeHub, str], own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    fake, url = served_hub
    async with AsyncDockerHub(url, cache=own_redis.url) as hub:
        await hub.repository("library", "nginx")
        own_redis.kill()
        for _ in range(4):
            assert (await hub.repository("library", "nginx")).name == "nginx"
    assert reads(fake, "/v2/repositories/library/nginx") == 5
    assert [r.levelno for r in caplog.records if r.name == "dockerhub.cache"] == [logging.WARNING]


async def test_a_blocking_client_inside_an_event_loop_still_shares_entries(
    served_hub: tuple[FakeHub, str], redis_url: str
) -> None:
    fake, url = served_hub
    with DockerHub(url, cache=redis_url) as first:
        first.repository("library", "nginx")
    with DockerHub(url, cache=redis_url) as second:
        assert second.repository("library", "nginx").name == "nginx"
        assert second.cache_info().hits == 1
    assert reads(fake, "/v2/repositories/library/nginx") == 1


async def test_an_async_hit_is_read_from_redis_without_the_http_client(
    served_hub: tuple[FakeHub, str], redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, url = served_hub
    with DockerHub(url, cache=redis_url) as writer:
        writer.repository("library", "nginx")
    async with AsyncDockerHub(url, cache=redis_url) as hub:

        async def refuse(*args: object, **kwargs: object) -> None:
            raise AssertionError("the hit went through the httpx client")

        monkeypatch.setattr(hub._http, "send", refuse)
        repo = await hub.repository("library", "nginx")
        assert repo.name == "nginx"
        assert hub.cache_info().hits == 1
    assert reads(fake, "/v2/repositories/library/nginx") == 1
