"""Concurrency soak: 16 threads / 200 tasks share one client through cache misses and hits,
a token refresh and 429 bursts. No errors, one login per refresh, consistent counters."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import anyio
import pytest

from dockerhub import AsyncDockerHub, CacheOptions, DockerHub, RetryOptions
from dockerhub.testing import FakeHub

SOAK_RETRIES = RetryOptions(max_retries=20, backoff_base=0.001, backoff_max=0.005, max_wait=1)
REPOS = [("library", "nginx"), ("library", "alpine"), ("alice", "web"), ("alice", "private-app")]
MAX_ENTRIES = 6


class Clock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


def _logins(fake: FakeHub) -> int:
    return sum(1 for r in fake.requests if r.method == "POST" and r.path == "/v2/auth/token")


def _gets(fake: FakeHub) -> int:
    return sum(1 for r in fake.requests if r.method == "GET")


def _check_cache(hub: Any, calls: int) -> None:
    info = hub.cache_info()
    assert info.entries <= MAX_ENTRIES
    assert info.hits > 0 and info.misses > 0
    # The counters were zeroed before a round without 401s: every facade read is counted
    # exactly once, as a hit or as a miss.
    assert info.hits + info.misses == calls


def _work(index: int) -> tuple[str, str, int]:
    namespace, name = REPOS[index % len(REPOS)]
    return namespace, name, 1 + index % 3


def test_sixteen_threads_share_one_client() -> None:
    clock = Clock()
    fake = FakeHub(clock=clock)
    hub = DockerHub(
        transport=fake.transport(),
        retries=SOAK_RETRIES,
        cache=CacheOptions(max_entries=MAX_ENTRIES),
    )
    calls = 0

    def round_(count: int) -> None:
        nonlocal calls

        def one(index: int) -> None:
            namespace, name, page = _work(index)
            assert hub.repository(namespace, name).name == name
            assert len(hub.tags("library", "nginx", per_page=5, page=page)) == 5

        with ThreadPoolExecutor(16) as pool:
            list(pool.map(one, range(count)))  # re-raises the first error
        calls += 2 * count

    with hub:
        start = time.monotonic()
        hub.login("alice", "alice-password")
        round_(64)  # cold: misses, then hits
        round_(64)  # warm: hits
        assert _logins(fake) == 1
        clock.now += 700  # the fake refuses the JWT from now on
        round_(64)
        assert _logins(fake) == 2  # exactly one refresh for 16 threads
        fake.fail_next(429, times=12, headers={"Retry-After": "0"})
        hub.clear_cache()  # also zeroes the counters
        calls = 0
        before = hub.cache_info()
        round_(64)
        assert _logins(fake) == 2
        assert hub.cache_info().hits >= 0 and before.entries == 0
        _check_cache(hub, calls)
        assert time.monotonic() - start < 10


@pytest.mark.anyio
async def test_two_hundred_tasks_share_one_client() -> None:
    clock = Clock()
    fake = FakeHub(clock=clock)
    calls = 0
    async with AsyncDockerHub(
        transport=fake.async_transport(),
        retries=SOAK_RETRIES,
        cache=CacheOptions(max_entries=MAX_ENTRIES),
    ) as hub:

        async def round_(count: int) -> None:
            nonlocal calls

            async def one(index: int) -> None:
                namespace, name, page = _work(index)
                assert (await hub.repository(namespace, name)).name == name
                assert len(await hub.tags("library", "nginx", per_page=5, page=page)) == 5

            async with anyio.create_task_group() as group:
                for index in range(count):
                    group.start_soon(one, index)
            calls += 2 * count

        start = time.monotonic()
        await hub.login("alice", "alice-password")
        await round_(200)
        await round_(200)
        assert _logins(fake) == 1
        clock.now += 700
        await round_(200)
        assert _logins(fake) == 2
        fake.fail_next(429, times=30, headers={"Retry-After": "0"})
        hub.clear_cache()  # also zeroes the counters
        calls = 0
        await round_(200)
        assert _logins(fake) == 2
        _check_cache(hub, calls)
        assert time.monotonic() - start < 10
