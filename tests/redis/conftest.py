"""A real ``redis-server`` for the shared-cache tests, and a fake Hub served on 127.0.0.1.

Without ``redis-server`` these tests are skipped on a developer machine and fail under
``CI=true`` (``.ci/run`` installs it from Debian's package)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
import redis
from _server import RedisServer, redis_server_binary

from dockerhub.testing import FakeHub


@pytest.fixture(scope="session")
def redis_binary() -> str:
    """The ``redis-server`` path; its absence fails under CI."""
    binary = redis_server_binary()
    if binary is None:
        message = "redis-server is not installed (apt-get install redis-server)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return binary


@pytest.fixture(scope="session")
def redis_session_server(redis_binary: str) -> Iterator[RedisServer]:
    """One server for the session, stopped by PID at the end."""
    server = RedisServer(redis_binary)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_session_server: RedisServer) -> str:
    """The session server's URL, emptied before each test."""
    with redis.Redis.from_url(redis_session_server.url) as client:
        client.flushall()
    return redis_session_server.url


@pytest.fixture
def own_redis(redis_binary: str) -> Iterator[RedisServer]:
    """A server of this test's own, to kill and restart."""
    server = RedisServer(redis_binary)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def served_hub() -> Iterator[tuple[FakeHub, str]]:
    """A seeded fake Hub over real HTTP on 127.0.0.1, and its URL."""
    hub = FakeHub()
    with hub.serve() as server:
        yield hub, server.url
