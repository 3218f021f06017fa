"""Faults over real sockets on 127.0.0.1: the fake Hub's HTTP server and raw-socket servers
that refuse, reset, stall, drip or flood. Sync and async; every case has a wall-time bound."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import anyio
import pytest

from dockerhub import AsyncDockerHub, DockerHub, errors
from dockerhub.errors import DockerHubError
from dockerhub.testing import FakeHub

from . import _servers
from .conftest import FAST, SEED

TIMEOUT = 0.3


def run(
    mode: str, base_url: str, operation: Callable[[Any], Any], **kwargs: Any
) -> tuple[Any, float]:
    """``operation(hub)`` on a real-network client for ``base_url``: (outcome, elapsed)."""
    kwargs.setdefault("retries", FAST)
    kwargs.setdefault("timeout", TIMEOUT)
    start = time.monotonic()
    if mode == "sync":
        with DockerHub(base_url, **kwargs) as hub:
            try:
                outcome: Any = operation(hub)
            except DockerHubError as exc:
                outcome = exc
        return outcome, time.monotonic() - start

    async def main() -> Any:
        async with AsyncDockerHub(base_url, **kwargs) as hub:
            try:
                return await operation(hub)
            except DockerHubError as exc:
                return exc

    outcome = anyio.run(main)
    return outcome, time.monotonic() - start


def get_repo(hub: Any) -> Any:
    return hub.repository("library", "nginx")


@pytest.fixture
def served() -> Iterator[tuple[FakeHub, str]]:
    fake = FakeHub()
    server = fake.serve(port=0)
    try:
        yield fake, server.url
    finally:
        server.stop()


def _paths(fake: FakeHub, method: str, prefix: str) -> int:
    return sum(1 for r in fake.requests if r.method == method and r.path.startswith(prefix))


# -- the fake Hub over HTTP -----------------------------------------------------------------


def test_http_503_burst_then_success(mode: str, served: tuple[FakeHub, str]) -> None:
    fake, url = served
    fake.fail_next(503, times=2, path="/v2/repositories/library/nginx")
    outcome, elapsed = run(mode, url, get_repo)
    assert outcome.name == "nginx"
    assert _paths(fake, "GET", "/v2/repositories/library/nginx") == 3
    assert elapsed < 2.0


def test_http_429_retry_after_zero_then_success(mode: str, served: tuple[FakeHub, str]) -> None:
    fake, url = served
    fake.fail_next(429, times=2, headers={"Retry-After": "0"})
    outcome, elapsed = run(mode, url, get_repo)
    assert outcome.name == "nginx"
    assert len(fake.requests) == 3
    assert elapsed < 2.0


def test_http_429_absurd_retry_after(mode: str, served: tuple[FakeHub, str]) -> None:
    fake, url = served
    fake.fail_next(429, headers={"Retry-After": "999999999"})
    outcome, elapsed = run(mode, url, get_repo)
    assert isinstance(outcome, errors.RateLimitError)
    assert len(fake.requests) == 1
    assert elapsed < 3.0  # no real wait happens; generous for loaded CI machines


def test_http_html_502_is_a_server_error_without_the_html(
    mode: str, served: tuple[FakeHub, str]
) -> None:
    fake, url = served
    fake.fail_next(502, times=10, body="<html><body>edge says no</body></html>")
    outcome, elapsed = run(mode, url, get_repo)
    assert isinstance(outcome, errors.ServerError)
    assert "edge says no" not in f"{outcome} {outcome!r}"
    assert len(fake.requests) == 4
    assert elapsed < 2.0


@pytest.mark.parametrize("code", [500, 502, 503])
def test_http_post_sent_once_on_5xx(mode: str, served: tuple[FakeHub, str], code: int) -> None:
    fake, url = served

    def create(hub: Any) -> Any:
        if isinstance(hub, AsyncDockerHub):

            async def go() -> Any:
                await hub.login("alice", "alice-password")
                fake.fail_next(code, times=5, path="/v2/repositories/")
                return await hub.create_repository("alice", "demo")

            return go()
        hub.login("alice", "alice-password")
        fake.fail_next(code, times=5, path="/v2/repositories/")
        return hub.create_repository("alice", "demo")

    outcome, elapsed = run(mode, url, create)
    assert isinstance(outcome, errors.ServerError)
    assert _paths(fake, "POST", "/v2/repositories/") == 1
    assert elapsed < 2.0


# -- raw sockets ----------------------------------------------------------------------------


def test_connection_refused(mode: str) -> None:
    outcome, elapsed = run(mode, _servers.closed_port_url(), get_repo)
    assert isinstance(outcome, errors.TransportError), repr(outcome)
    assert outcome.status is None and outcome.method == "GET"
    assert elapsed < 2.0


def test_reset_mid_body(mode: str) -> None:
    with _servers.raw_server(_servers.reset_mid_body) as server:
        outcome, elapsed = run(mode, server.url, get_repo)
    assert isinstance(outcome, errors.TransportError | errors.UnexpectedResponseError), repr(
        outcome
    )
    # A broken body on a GET is not retried: the transport error came after the headers.
    assert 1 <= len(server.methods) <= 4
    assert elapsed < 2.0


def test_read_timeout_get_is_retried_then_fails(mode: str) -> None:
    with _servers.raw_server(_servers.never_answer) as server:
        outcome, elapsed = run(mode, server.url, get_repo)
        methods = list(server.methods)
    assert isinstance(outcome, errors.TransportError), repr(outcome)
    assert "timed out" in outcome.message
    assert methods == ["GET"] * 4
    assert elapsed < 4 * TIMEOUT + 1.5


def test_read_timeout_post_is_sent_once(mode: str) -> None:
    with _servers.raw_server(_servers.never_answer) as server:
        outcome, elapsed = run(mode, server.url, lambda hub: hub.create_repository("alice", "app"))
        methods = list(server.methods)
    assert isinstance(outcome, errors.TransportError), repr(outcome)
    assert methods == ["POST"]
    assert elapsed < TIMEOUT + 1.0


def test_slow_drip_slower_than_the_timeout(mode: str) -> None:
    body = json.dumps(SEED["repository"]).encode()
    with _servers.raw_server(_servers.slow_drip(1.0, body)) as server:
        outcome, elapsed = run(mode, server.url, get_repo, retries=0)
    assert isinstance(outcome, errors.TransportError), repr(outcome)
    assert elapsed < TIMEOUT + 1.0


def test_slow_drip_within_the_timeout_succeeds(mode: str) -> None:
    body = b'{"name": "nginx", "namespace": "library"}'
    with _servers.raw_server(_servers.slow_drip(0.005, body)) as server:
        outcome, elapsed = run(mode, server.url, get_repo, cache=False)
    assert not isinstance(outcome, Exception), repr(outcome)
    assert outcome.name == "nginx"
    assert elapsed < 3.0


def test_fifty_megabyte_body(mode: str) -> None:
    """50 MB that never closes its JSON: read in full, refused as UnexpectedResponseError."""
    with _servers.raw_server(_servers.big_body(50 * 1024 * 1024)) as server:
        outcome, elapsed = run(
            mode, server.url, lambda hub: hub.tags("library", "nginx"), timeout=5.0
        )
    assert isinstance(outcome, errors.UnexpectedResponseError), repr(outcome)
    assert len(str(outcome)) < 400
    assert elapsed < 10.0
