"""The retry transport: which failures are retried, how long it waits, when it gives up."""

from __future__ import annotations

from email.utils import formatdate
from typing import TYPE_CHECKING

import httpx
import pytest

from dockerhub._cache import AsyncCacheTransport, CacheStore, CacheTransport
from dockerhub._ratelimit import RateLimitTracker
from dockerhub._retry import AsyncRetryTransport, RetryOptions, RetryPolicy, RetryTransport
from dockerhub.errors import RateLimitError

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

BASE = "https://hub.docker.com"
NOW = 1_800_000_000.0
Outcome = httpx.Response | int | type[httpx.TransportError]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Script:
    """An upstream that answers each request with the next scripted outcome (the last repeats):
    a status, a response, or a transport error class to raise."""

    def __init__(self, *outcomes: Outcome) -> None:
        self.outcomes = list(outcomes)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        outcome = self.outcomes[min(len(self.requests), len(self.outcomes)) - 1]
        if isinstance(outcome, type):
            raise outcome("scripted failure", request=request)
        if isinstance(outcome, int):
            return httpx.Response(outcome, json={"detail": f"status {outcome}"})
        return outcome

    @property
    def calls(self) -> int:
        return len(self.requests)


def highest(low: float, high: float) -> float:
    """A 'random' jitter that always picks the ceiling, so waits are predictable."""
    return high


def make_client(
    script: Script,
    options: RetryOptions | None = None,
    tracker: RateLimitTracker | None = None,
) -> tuple[httpx.Client, list[float]]:
    sleeps: list[float] = []
    transport = RetryTransport(
        httpx.MockTransport(script),
        options,
        tracker=tracker,
        sleep=sleeps.append,
        clock=lambda: NOW,
        uniform=highest,
    )
    return httpx.Client(transport=transport, base_url=BASE), sleeps


def limited(retry_after: str | None = None, **headers: str) -> httpx.Response:
    if retry_after is not None:
        headers["Retry-After"] = retry_after
    return httpx.Response(429, json={"detail": "Too Many Requests"}, headers=headers)


# --- what is retried -------------------------------------------------------------------


def test_get_on_503_is_retried_with_backoff_until_success() -> None:
    script = Script(503, 503, 503, 200)
    client, sleeps = make_client(script)
    response = client.get("/v2/x")
    assert response.status_code == 200
    assert script.calls == 4
    assert sleeps == [0.5, 1.0, 2.0]


def test_exhausted_retries_return_the_last_response() -> None:
    script = Script(503)
    client, sleeps = make_client(script, RetryOptions(max_retries=2))
    response = client.get("/v2/x")
    assert response.status_code == 503
    assert response.json() == {"detail": "status 503"}
    assert script.calls == 3
    assert len(sleeps) == 2


@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"])
@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_idempotent_methods_are_retried_on_transient_statuses(method: str, status: int) -> None:
    script = Script(status, 200)
    client, _ = make_client(script)
    assert client.request(method, "/v2/x").status_code == 200
    assert script.calls == 2


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "POST", "PATCH"])
@pytest.mark.parametrize("status", [400, 401, 404, 409, 500, 501])
def test_other_statuses_are_never_retried(method: str, status: int) -> None:
    script = Script(status, 200)
    client, sleeps = make_client(script)
    assert client.request(method, "/v2/x").status_code == status
    assert script.calls == 1
    assert sleeps == []


@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize("status", [502, 503, 504])
def test_post_and_patch_are_not_retried_on_5xx(method: str, status: int) -> None:
    script = Script(status, 200)
    client, _ = make_client(script)
    assert client.request(method, "/v2/x", json={"a": 1}).status_code == status
    assert script.calls == 1


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_post_and_patch_are_retried_on_429(method: str) -> None:
    script = Script(limited("2"), 201)
    client, sleeps = make_client(script)
    assert client.request(method, "/v2/x", json={"a": 1}).status_code == 201
    assert script.calls == 2
    assert sleeps == [2.0]
    assert script.requests[1].content == b'{"a":1}'


@pytest.mark.parametrize("method", ["GET", "DELETE", "POST", "PATCH"])
@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout])
def test_connect_failures_are_retried_for_every_method(
    method: str, error: type[httpx.TransportError]
) -> None:
    script = Script(error, 200)
    client, sleeps = make_client(script)
    assert client.request(method, "/v2/x", json={"a": 1}).status_code == 200
    assert script.calls == 2
    assert sleeps == [0.5]


def test_post_read_timeout_is_not_retried() -> None:
    script = Script(httpx.ReadTimeout, 200)
    client, sleeps = make_client(script)
    with pytest.raises(httpx.ReadTimeout):
        client.post("/v2/x", json={"a": 1})
    assert script.calls == 1
    assert sleeps == []


def test_get_read_timeout_is_retried() -> None:
    script = Script(httpx.ReadTimeout, 200)
    client, _ = make_client(script)
    assert client.get("/v2/x").status_code == 200
    assert script.calls == 2


@pytest.mark.parametrize("error", [httpx.ReadError, httpx.RemoteProtocolError, httpx.WriteTimeout])
def test_other_transport_errors_are_not_retried(error: type[httpx.TransportError]) -> None:
    script = Script(error, 200)
    client, _ = make_client(script)
    with pytest.raises(error):
        client.get("/v2/x")
    assert script.calls == 1


def test_exhausted_retries_reraise_the_last_transport_error() -> None:
    script = Script(httpx.ConnectError)
    client, sleeps = make_client(script)
    with pytest.raises(httpx.ConnectError):
        client.get("/v2/x")
    assert script.calls == 4
    assert sleeps == [0.5, 1.0, 2.0]


def test_streamed_upload_is_sent_once() -> None:
    def body() -> Iterator[bytes]:
        yield b"chunk"

    script = Script(503, 200)
    client, _ = make_client(script)
    assert client.put("/v2/x", content=body()).status_code == 503
    assert script.calls == 1


def test_retried_response_is_closed_before_the_next_attempt() -> None:
    closed: list[bool] = []

    class Body(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield b"{}"

        def close(self) -> None:
            closed.append(True)

    script = Script(httpx.Response(503, stream=Body()), 200)
    client, _ = make_client(script)
    assert client.get("/v2/x").status_code == 200
    assert closed == [True]


# --- how long it waits -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("retry_after", "expected"),
    [
        ("7", 7.0),
        ("1.5", 1.5),
        (formatdate(NOW + 12, usegmt=True), 12.0),
        (str(int(NOW + 20)), 20.0),
        (formatdate(NOW - 100, usegmt=True), 0.0),
    ],
    ids=["seconds", "fractional", "http-date", "unix-timestamp", "date-in-the-past"],
)
def test_retry_after_in_every_form_sets_the_wait(retry_after: str, expected: float) -> None:
    script = Script(limited(retry_after), 200)
    client, sleeps = make_client(script)
    assert client.get("/v2/x").status_code == 200
    assert sleeps == [pytest.approx(expected)]


def test_retry_after_is_honoured_on_503_too() -> None:
    script = Script(httpx.Response(503, headers={"Retry-After": "4"}), 200)
    client, sleeps = make_client(script)
    assert client.get("/v2/x").status_code == 200
    assert sleeps == [4.0]


def test_rate_limit_reset_is_the_fallback_for_429() -> None:
    script = Script(limited(**{"X-RateLimit-Reset": str(int(NOW + 9))}), 200)
    client, sleeps = make_client(script)
    assert client.get("/v2/x").status_code == 200
    assert sleeps == [9.0]


def test_rate_limit_reset_is_ignored_for_503() -> None:
    reset = {"X-RateLimit-Reset": str(int(NOW + 9))}
    script = Script(httpx.Response(503, headers=reset), 200)
    client, sleeps = make_client(script)
    client.get("/v2/x")
    assert sleeps == [0.5]


def test_backoff_uses_full_jitter_under_a_capped_ceiling() -> None:
    drawn: list[tuple[float, float]] = []

    def uniform(low: float, high: float) -> float:
        drawn.append((low, high))
        return high / 2

    policy = RetryPolicy(RetryOptions(max_retries=6, backoff_max=3.0), uniform=uniform)
    error = httpx.ConnectError("refused")
    waits = [policy.decide("GET", error, attempt) for attempt in range(7)]
    assert drawn == [(0.0, 0.5), (0.0, 1.0), (0.0, 2.0), (0.0, 3.0), (0.0, 3.0), (0.0, 3.0)]
    assert waits == [0.25, 0.5, 1.0, 1.5, 1.5, 1.5, None]


def test_real_jitter_stays_within_bounds() -> None:
    policy = RetryPolicy()
    for attempt in range(3):
        for _ in range(50):
            wait = policy.decide("GET", httpx.ConnectError("refused"), attempt)
            assert wait is not None
            assert 0.0 <= wait <= 0.5 * 2**attempt


# --- waits too long to take ------------------------------------------------------------


def test_429_asking_more_than_max_wait_raises_at_once() -> None:
    headers = {"X-RateLimit-Limit": "200", "X-RateLimit-Remaining": "0"}
    script = Script(limited("3600", **headers), 200)
    client, sleeps = make_client(script, RetryOptions(max_wait=60))
    with pytest.raises(RateLimitError) as caught:
        client.get("/v2/x")
    error = caught.value
    assert sleeps == []
    assert script.calls == 1
    assert error.status == 429
    assert error.retry_after == 3600.0
    assert (error.limit, error.remaining) == (200, 0)
    assert error.method == "GET"
    assert error.url == f"{BASE}/v2/x"
    assert "Too Many Requests" in error.message
    assert "max_wait=60" in error.message


def test_429_rate_limit_reset_beyond_max_wait_raises_with_that_wait() -> None:
    script = Script(limited(**{"X-RateLimit-Reset": str(int(NOW + 600))}))
    client, sleeps = make_client(script)
    with pytest.raises(RateLimitError) as caught:
        client.get("/v2/x")
    assert caught.value.retry_after == 600.0
    assert caught.value.reset == int(NOW + 600)
    assert sleeps == []


def test_a_timestamp_decades_in_the_past_is_read_as_seconds_and_refused() -> None:
    script = Script(limited("1000000000"), 200)
    client, sleeps = make_client(script)
    with pytest.raises(RateLimitError) as caught:
        client.get("/v2/x")
    assert caught.value.retry_after == 1_000_000_000.0
    assert sleeps == []
    assert len(script.requests) == 1


def test_503_asking_more_than_max_wait_is_returned_without_waiting() -> None:
    script = Script(httpx.Response(503, headers={"Retry-After": "3600"}), 200)
    client, sleeps = make_client(script)
    assert client.get("/v2/x").status_code == 503
    assert script.calls == 1
    assert sleeps == []


def test_exhausted_retries_on_429_return_the_last_429() -> None:
    script = Script(limited("1"))
    client, sleeps = make_client(script, RetryOptions(max_retries=2))
    response = client.get("/v2/x")
    assert response.status_code == 429
    assert response.json() == {"detail": "Too Many Requests"}
    assert script.calls == 3
    assert sleeps == [1.0, 1.0]


# --- rate-limit tracking ---------------------------------------------------------------


def test_tracker_sees_every_response_including_retried_ones() -> None:
    class Recording(RateLimitTracker):
        def __init__(self) -> None:
            super().__init__()
            self.remaining: list[int | None] = []

        def observe(self, headers: Mapping[str, str]) -> None:
            super().observe(headers)
            self.remaining.append(self.latest.remaining if self.latest else None)

    def quota(status: int, remaining: int) -> httpx.Response:
        headers = {"X-RateLimit-Limit": "200", "X-RateLimit-Remaining": str(remaining)}
        return httpx.Response(status, headers={**headers, "Retry-After": "0"})

    tracker = Recording()
    script = Script(quota(429, 3), quota(503, 2), quota(200, 1))
    client, _ = make_client(script, tracker=tracker)
    assert client.get("/v2/x").status_code == 200
    assert tracker.remaining == [3, 2, 1]
    assert tracker.latest is not None
    assert (tracker.latest.limit, tracker.latest.remaining) == (200, 1)


# --- options ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "options",
    [{"max_retries": -1}, {"max_wait": -1}, {"backoff_base": -0.1}, {"backoff_max": -1}],
)
def test_options_refuse_negative_values(options: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="must be >= 0"):
        RetryOptions(**options)  # type: ignore[arg-type]


def test_zero_retries_sends_once() -> None:
    script = Script(503, 200)
    client, _ = make_client(script, RetryOptions(max_retries=0))
    assert client.get("/v2/x").status_code == 503
    assert script.calls == 1


# --- async -----------------------------------------------------------------------------


def make_async_transport(
    script: Script, options: RetryOptions | None = None
) -> tuple[AsyncRetryTransport, list[float]]:
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    transport = AsyncRetryTransport(
        httpx.MockTransport(script), options, sleep=sleep, clock=lambda: NOW, uniform=highest
    )
    return transport, sleeps


def make_async_client(
    script: Script, options: RetryOptions | None = None
) -> tuple[httpx.AsyncClient, list[float]]:
    transport, sleeps = make_async_transport(script, options)
    return httpx.AsyncClient(transport=transport, base_url=BASE), sleeps


@pytest.mark.anyio
async def test_async_get_on_503_is_retried_until_success() -> None:
    script = Script(503, 503, 503, 200)
    client, sleeps = make_async_client(script)
    async with client:
        assert (await client.get("/v2/x")).status_code == 200
    assert script.calls == 4
    assert sleeps == [0.5, 1.0, 2.0]


@pytest.mark.anyio
async def test_async_post_read_timeout_is_not_retried() -> None:
    script = Script(httpx.ReadTimeout, 200)
    client, _ = make_async_client(script)
    async with client:
        with pytest.raises(httpx.ReadTimeout):
            await client.post("/v2/x", json={})
    assert script.calls == 1


@pytest.mark.anyio
async def test_async_429_beyond_max_wait_raises_at_once() -> None:
    script = Script(limited(formatdate(NOW + 7200, usegmt=True)))
    client, sleeps = make_async_client(script)
    async with client:
        with pytest.raises(RateLimitError) as caught:
            await client.get("/v2/x")
    assert caught.value.retry_after == pytest.approx(7200.0)
    assert sleeps == []


# --- layering --------------------------------------------------------------------------


def test_cache_over_retry_retries_then_serves_the_success_from_cache() -> None:
    script = Script(503, 200)
    sleeps: list[float] = []
    retry = RetryTransport(httpx.MockTransport(script), sleep=sleeps.append, uniform=highest)
    client = httpx.Client(transport=CacheTransport(retry, CacheStore()), base_url=BASE)
    first = client.get("/v2/repositories/library/ubuntu")
    second = client.get("/v2/repositories/library/ubuntu")
    assert (first.status_code, second.status_code) == (200, 200)
    assert second.json() == first.json() == {"detail": "status 200"}
    assert script.calls == 2
    assert sleeps == [0.5]


@pytest.mark.anyio
async def test_async_cache_over_retry_retries_then_serves_the_success_from_cache() -> None:
    script = Script(503, 200)
    retry, sleeps = make_async_transport(script)
    transport = AsyncCacheTransport(retry, CacheStore())
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
        first = await client.get("/v2/x")
        second = await client.get("/v2/x")
    assert (first.status_code, second.status_code) == (200, 200)
    assert script.calls == 2
    assert sleeps == [0.5]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Content-Type": "application/json"}, None),
        ({"X-RateLimit-Remaining": "7"}, (None, 7, None)),
        ({"x-ratelimit-limit": "180", "X-RATELIMIT-RESET": "1800000000"}, (180, None, 1800000000)),
        ({"X-RateLimit-Limit": "many"}, None),
        ({"X-RateLimited": "yes"}, None),
    ],
)
def test_rate_limit_headers_are_read_in_any_case_from_httpx_headers_and_dicts(
    headers: dict[str, str], expected: tuple[int | None, int | None, int | None] | None
) -> None:
    from dockerhub._ratelimit import RateLimit

    for source in (httpx.Headers(headers), {k.lower(): v for k, v in headers.items()}):
        seen = RateLimit.from_headers(source)
        assert (None if seen is None else (seen.limit, seen.remaining, seen.reset)) == expected
