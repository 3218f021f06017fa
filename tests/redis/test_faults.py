"""Redis down, stuck or flushed never fails a Hub call: it goes uncached, with one warning."""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Iterator

import pytest
import redis
from _server import RedisServer

from dockerhub import CacheOptions, DockerHub
from dockerhub import _redis_link as link_module
from dockerhub.testing import FakeHub

NGINX = "/v2/repositories/library/nginx"


def reads(hub: FakeHub) -> int:
    return sum(1 for r in hub.requests if r.method == "GET")


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "dockerhub.cache" and r.levelno == logging.WARNING
    ]


@pytest.fixture
def quick_recovery(monkeypatch: pytest.MonkeyPatch) -> None:
    """Try Redis again 50 ms after a failure instead of a second."""
    monkeypatch.setattr(link_module, "RETRY_AFTER", 0.05)


@pytest.fixture
def stuck_port() -> Iterator[int]:
    """A port that accepts connections and never answers."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(64)
        yield sock.getsockname()[1]


def test_redis_killed_mid_run_calls_go_on_uncached_with_one_warning_then_recover(
    served_hub: tuple[FakeHub, str],
    own_redis: RedisServer,
    caplog: pytest.LogCaptureFixture,
    quick_recovery: None,
) -> None:
    fake, url = served_hub
    caplog.set_level(logging.INFO, logger="dockerhub.cache")
    with DockerHub(url, cache=own_redis.url) as hub:
        assert hub.repository("library", "nginx").name == "nginx"
        assert hub.repository("library", "nginx").name == "nginx"
        assert (reads(fake), hub.cache_info().hits) == (1, 1)

        own_redis.kill()
        names = [hub.repository("library", "nginx").name for _ in range(5)]
        time.sleep(0.1)
        names += [hub.repository("library", "nginx").name for _ in range(3)]

        assert names == ["nginx"] * 8
        assert reads(fake) == 1 + 8
        assert warnings(caplog) == [
            f"Redis cache at {own_redis.url} failed (ConnectionError); "
            "Docker Hub calls go uncached until it answers"
        ]

        own_redis.start()
        time.sleep(0.1)
        hub.repository("library", "nginx")  # a miss: Redis came back empty
        hub.repository("library", "nginx")  # served from Redis again
        assert reads(fake) == 1 + 8 + 1
    assert len(warnings(caplog)) == 1
    assert any("answers again" in r.getMessage() for r in caplog.records)


def test_unreachable_redis_from_the_start(
    served_hub: tuple[FakeHub, str], caplog: pytest.LogCaptureFixture
) -> None:
    fake, url = served_hub
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens there
    with DockerHub(url, cache=f"redis://:hunter2@127.0.0.1:{port}/0") as hub:
        assert [hub.repository("library", "nginx").name for _ in range(3)] == ["nginx"] * 3
        assert reads(fake) == 3
        assert "hunter2" not in repr(hub._cache)
    assert len(warnings(caplog)) == 1
    assert "hunter2" not in caplog.text


def test_a_stuck_redis_costs_one_short_timeout_not_one_per_call(
    served_hub: tuple[FakeHub, str], stuck_port: int, caplog: pytest.LogCaptureFixture
) -> None:
    fake, url = served_hub
    options = CacheOptions(url=f"redis://127.0.0.1:{stuck_port}/0", timeout=0.2)
    with DockerHub(url, cache=options) as hub:
        began = time.monotonic()
        assert [hub.repository("library", "nginx").name for _ in range(10)] == ["nginx"] * 10
        elapsed = time.monotonic() - began
    assert reads(fake) == 10
    assert elapsed < 3.0  # ten stalls would be 2 s of timeouts alone, plus the calls
    assert [m.split(" failed ")[1] for m in warnings(caplog)] == [
        "(TimeoutError); Docker Hub calls go uncached until it answers"
    ]


def test_a_flushed_redis_starts_over_and_processes_share_again(
    served_hub: tuple[FakeHub, str], redis_url: str
) -> None:
    fake, url = served_hub
    with DockerHub(url, cache=redis_url) as first:
        first.repository("library", "nginx")
        with redis.Redis.from_url(redis_url) as client:
            client.flushall()
        first.repository("library", "nginx")  # a miss; puts its credential key back
        with DockerHub(url, cache=redis_url) as second:
            second.repository("library", "nginx")
            assert second.cache_info().hits == 1
    assert reads(fake) == 2


def test_warnings_are_rate_limited_across_outages(
    own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    from dockerhub._cache_redis import RedisStorage
    from dockerhub._cache_store import CacheStore
    from dockerhub._redis_link import RedisLink

    caplog.set_level(logging.INFO, logger="dockerhub.cache")
    now = [1000.0]
    options = CacheOptions(url=own_redis.url)
    store = CacheStore(
        options, storage=RedisStorage(RedisLink(options, clock=lambda: now[0]), options)
    )

    def outage_then_recovery() -> None:
        own_redis.kill()
        store.begin_miss()  # fails: the link goes down
        now[0] += 2  # past RETRY_AFTER
        own_redis.start()
        store.begin_miss()  # answers: the link is up again

    outage_then_recovery()
    now[0] += 10
    outage_then_recovery()  # within a minute of the first warning: no second one
    assert len(warnings(caplog)) == 1
    now[0] += 60
    outage_then_recovery()
    assert len(warnings(caplog)) == 2
    assert sum("answers again" in r.getMessage() for r in caplog.records) == 3
