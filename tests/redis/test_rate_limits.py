"""The rate-limit view shared through Redis: one process's 429 makes the others wait."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis

from dockerhub import AsyncDockerHub, DockerHub, RetryOptions
from dockerhub.errors import NotFoundError, RateLimitError
from dockerhub.testing import FakeHub

WORKER = Path(__file__).with_name("_worker.py")
NO_RETRY = RetryOptions(max_retries=0)


def reads(hub: FakeHub) -> int:
    return sum(1 for r in hub.requests if r.method == "GET")


def told_to_wait(fake: FakeHub, url: str, redis_url: str, seconds: int) -> None:
    """One client is answered 429 with ``Retry-After: seconds`` and does not retry."""
    fake.fail_next(429, headers={"Retry-After": str(seconds), "X-RateLimit-Remaining": "0"})
    with DockerHub(url, cache=redis_url, retries=NO_RETRY) as first, pytest.raises(RateLimitError):
        first.repository("library", "nginx")


def test_another_process_waits_out_the_shared_429_instead_of_asking(
    served_hub: tuple[FakeHub, str], redis_url: str
) -> None:
    fake, url = served_hub
    until = time.time() + 3  # no later than the moment the Hub named
    told_to_wait(fake, url, redis_url, 3)
    spec = {"base_url": url, "cache": redis_url, "reads": ["library/alpine"]}

    done = subprocess.run(
        [sys.executable, str(WORKER), json.dumps(spec)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )

    report = json.loads(done.stdout)
    assert report["errors"] == []
    assert report["reads"][0][1] == "A minimal Docker image based on Alpine Linux."
    assert until - 0.05 <= report["finished_at"] < until + 10
    assert reads(fake) == 2  # the 429 and the one read after the wait: nothing spent to learn it


def test_a_shared_wait_longer_than_max_wait_raises_without_sending(
    served_hub: tuple[FakeHub, str], redis_url: str
) -> None:
    fake, url = served_hub
    told_to_wait(fake, url, redis_url, 120)
    with DockerHub(url, cache=redis_url, retries=RetryOptions(max_wait=5)) as second:
        with pytest.raises(RateLimitError) as raised:
            second.repository("library", "alpine")
        assert raised.value.status is None
        assert raised.value.retry_after is not None and 110 < raised.value.retry_after <= 120
        assert "shared rate-limit view; nothing was sent" in str(raised.value)
        assert "GET http://127.0.0.1" in str(raised.value)
        # hub.rate_limit shows what the other client was told.
        assert second.rate_limit is not None and second.rate_limit.remaining == 0
    assert reads(fake) == 1


def test_the_wait_is_per_credential(served_hub: tuple[FakeHub, str], redis_url: str) -> None:
    fake, url = served_hub
    told_to_wait(fake, url, redis_url, 120)  # anonymous was told to wait
    with DockerHub(url, cache=redis_url, retries=RetryOptions(max_wait=5)) as alice:
        alice.set_login_token(fake.token_for("alice"))
        assert alice.repository("library", "alpine").name == "alpine"
    assert reads(fake) == 2


def test_rate_limit_values_are_shared_per_credential_hash(
    served_hub: tuple[FakeHub, str], redis_url: str
) -> None:
    fake, url = served_hub
    fake.set_rate_limit(100, 60)
    with DockerHub(url, cache=redis_url) as first:
        for name in ("nginx", "alpine", "nginx"):
            first.repository("library", name)
        assert first.rate_limit is not None and first.rate_limit.remaining == 98
    with DockerHub(url, cache=redis_url) as second:
        assert second.rate_limit is None  # nothing sent yet
        with pytest.raises(NotFoundError):  # sent: its headers and the shared view
            second.repository("library", "no-such-repository")
        assert second.rate_limit is not None and second.rate_limit.remaining == 97
    with redis.Redis.from_url(redis_url) as client:
        (key,) = client.keys("dockerhub:1:rl:*")
        assert client.hgetall(key)[b"remaining"] == b"97"
        assert 0 < client.ttl(key) <= 60 + 60


@pytest.mark.anyio
async def test_async_clients_share_the_wait_too(
    served_hub: tuple[FakeHub, str], redis_url: str
) -> None:
    fake, url = served_hub
    until = time.time() + 1  # no later than the moment the Hub named
    told_to_wait(fake, url, redis_url, 1)
    async with AsyncDockerHub(url, cache=redis_url) as second:
        repo = await second.repository("library", "alpine")
    assert repo.name == "alpine"
    assert time.time() >= until - 0.05
    assert reads(fake) == 2
    told_to_wait(fake, url, redis_url, 120)
    async with AsyncDockerHub(url, cache=redis_url, retries=RetryOptions(max_wait=5)) as third:
        with pytest.raises(RateLimitError, match="nothing was sent"):
            await third.repository("alice", "web")
    assert reads(fake) == 3
