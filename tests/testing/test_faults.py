"""Knobs for unhappy paths: injected failures, rate limits, latency, request records."""

from __future__ import annotations

import time

import anyio
import httpx
import pytest

from dockerhub.testing import FakeHub

from .conftest import Clock


def test_fail_next_answers_once_then_recovers(fake: FakeHub, client: httpx.Client) -> None:
    fake.fail_next(503)
    first = client.get("/v2/repositories/library/nginx/")
    assert first.status_code == 503
    assert first.json() == {"detail": "Service Unavailable"}
    assert client.get("/v2/repositories/library/nginx/").status_code == 200


def test_fail_next_times_and_path(fake: FakeHub, client: httpx.Client) -> None:
    fake.fail_next(500, times=2, path="/v2/users/")
    assert client.get("/v2/repositories/library/nginx/").status_code == 200
    assert client.get("/v2/users/alice/").status_code == 500
    assert client.get("/v2/users/bob/").status_code == 500
    assert client.get("/v2/users/carol/").status_code == 200


def test_fail_next_path_regex(fake: FakeHub, client: httpx.Client) -> None:
    fake.fail_next(404, path=r"/tags/?$")
    assert client.get("/v2/repositories/library/nginx/").status_code == 200
    assert client.get("/v2/repositories/library/nginx/tags/").status_code == 404


def test_fail_next_html_body(fake: FakeHub, client: httpx.Client) -> None:
    fake.fail_next(502, body="<html><body>Bad gateway</body></html>")
    response = client.get("/v2/repositories/library/nginx/")
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert "Bad gateway" in response.text


def test_fail_next_custom_headers_and_json(fake: FakeHub, client: httpx.Client) -> None:
    fake.fail_next(429, body={"detail": "slow down"}, headers={"Retry-After": "7"})
    response = client.get("/v2/user/")
    assert response.headers["retry-after"] == "7"
    assert response.json() == {"detail": "slow down"}


def test_every_response_carries_rate_limit_headers(client: httpx.Client) -> None:
    for response in (client.get("/v2/repositories/library/nginx/"), client.get("/nope")):
        assert {"x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"} <= set(
            response.headers
        )


def test_rate_limit_429_and_window_reset(fake: FakeHub, client: httpx.Client, clock: Clock) -> None:
    fake.set_rate_limit(2, 60)
    first = client.get("/v2/repositories/library/nginx/")
    assert first.headers["x-ratelimit-limit"] == "2"
    assert first.headers["x-ratelimit-remaining"] == "1"
    assert first.headers["x-ratelimit-reset"] == str(int(clock.now + 60))
    client.get("/v2/repositories/library/nginx/")
    limited = client.get("/v2/repositories/library/nginx/")
    assert limited.status_code == 429
    assert limited.json() == {"detail": "Rate limit exceeded", "error": False}
    assert limited.headers["retry-after"] == "60"
    assert limited.headers["x-ratelimit-remaining"] == "0"
    clock.advance(60)
    assert client.get("/v2/repositories/library/nginx/").status_code == 200


def test_requests_are_recorded_without_credentials(fake: FakeHub, client: httpx.Client) -> None:
    token = fake.token_for("alice")
    client.get("/v2/user/", headers={"Authorization": f"Bearer {token}"}, params={"a": "1"})
    client.post("/v2/auth/token", json={"identifier": "alice", "secret": "alice-password"})
    get, post = fake.requests
    assert (get.method, get.path, get.query, get.has_authorization) == (
        "GET",
        "/v2/user/",
        {"a": ["1"]},
        True,
    )
    assert "authorization" not in get.headers
    assert post.json == {"identifier": "alice", "secret": "***"}
    assert token not in repr(fake.requests)
    assert "alice-password" not in repr(fake.requests)


def test_latency_applies_to_the_sync_transport(fake: FakeHub, client: httpx.Client) -> None:
    fake.latency = 0.05
    started = time.perf_counter()
    client.get("/v2/repositories/library/nginx/")
    assert time.perf_counter() - started >= 0.05


@pytest.mark.anyio
async def test_async_transport_with_latency(fake: FakeHub) -> None:
    fake.latency = 0.02
    async with httpx.AsyncClient(
        base_url="https://hub.docker.com", transport=fake.async_transport()
    ) as http:
        started = anyio.current_time()
        response = await http.get("/v2/repositories/library/nginx/tags/", params={"page_size": 3})
        assert anyio.current_time() - started >= 0.02
    assert response.status_code == 200
    assert len(response.json()["results"]) == 3


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
