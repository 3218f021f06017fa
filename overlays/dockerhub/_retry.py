"""Retrying failed requests, as an httpx transport.

Hand-written on purpose. ``httpx-retries`` 0.6.0 was evaluated first and cannot express
these rules: its policy is a list of retryable methods crossed with retryable statuses and
exceptions, and a method outside the list bypasses the retry loop entirely, so "POST and
PATCH only on a connect error or a 429" cannot be said. Its ``Retry-After`` parser reads a
bare unix timestamp as that many seconds (then caps it), rejects fractional seconds, and
knows nothing of ``X-RateLimit-Reset``. A wait longer than its cap is shortened and slept,
never refused, so it cannot raise :class:`~dockerhub.errors.RateLimitError` at once. Its
sleeps are hard-wired to ``time.sleep``/``asyncio.sleep`` and its dates to the wall clock,
and it offers no hook that sees every response, which a ``RateLimitTracker`` needs.

The rules (:class:`RetryPolicy` holds them; the two transports only loop):

============================  ===============================  ====================
outcome                       GET, HEAD, PUT, DELETE, OPTIONS  POST, PATCH
============================  ===============================  ====================
429                           retried                          retried
502, 503, 504                 retried                          no: may have applied
500 and any other status      no                               no
``ConnectError``,             retried                          retried: never sent
``ConnectTimeout``
``ReadTimeout``               retried                          no: may have applied
any other transport error     no                               no
============================  ===============================  ====================

The wait is ``Retry-After`` (seconds, HTTP date or unix timestamp), else for a 429
``X-RateLimit-Reset``, else exponential backoff with full jitter. A wait above ``max_wait``
is never slept: a 429 raises :class:`~dockerhub.errors.RateLimitError` at once, another
status is returned as it is. Only requests whose body is in memory are re-sent (bodies
built from ``json=``, ``data=`` or ``content=bytes`` are); a streamed upload is sent once.

A blocking request made for a concurrent walk that was left is not sent again and its wait
is cut short (:mod:`dockerhub._cancel`): the sync transport checks before every attempt.

With a tracker that shares its view through Redis (``CacheOptions(url=...)``), each attempt
first asks how long another process using the same credential was told to wait by a 429,
and waits that long too, or raises :class:`~dockerhub.errors.RateLimitError` without
sending when it is above ``max_wait`` (:meth:`RetryPolicy.shared_wait`).
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from . import _cancel
from ._ratelimit import describe_wait, server_wait_seconds
from ._validation import check_non_negative
from .errors import RateLimitError, hub_message

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from ._ratelimit import RateLimitTracker

__all__ = ["AsyncRetryTransport", "RetryOptions", "RetryPolicy", "RetryTransport"]

_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
_UNSAFE = frozenset({"POST", "PATCH"})
_RETRY_STATUSES = frozenset({429, 502, 503, 504})
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout)
_MAYBE_SENT = (httpx.ReadTimeout,)


@dataclass(frozen=True, slots=True)
class RetryOptions:
    """How failed requests are retried.

    Attributes:
        max_retries: retries after the first attempt (0 disables retrying).
        max_wait: longest single wait in seconds; a longer demand is not waited for.
        backoff_base: first backoff ceiling in seconds, doubled at each retry.
        backoff_max: highest backoff ceiling in seconds.
    """

    max_retries: int = 3
    max_wait: float = 60.0
    backoff_base: float = 0.5
    backoff_max: float = 30.0

    def __post_init__(self) -> None:
        for name in ("max_retries", "max_wait", "backoff_base", "backoff_max"):
            check_non_negative(name, getattr(self, name))


class RetryPolicy:
    """The pure decision of whether, and how long, to wait before retrying.

    ``clock`` (unix seconds) reads HTTP dates and timestamps; ``uniform(low, high)`` draws the
    jitter. Both are injectable for tests.
    """

    def __init__(
        self,
        options: RetryOptions | None = None,
        *,
        clock: Callable[[], float] = time.time,
        uniform: Callable[[float, float], float] = random.uniform,
    ) -> None:
        self.options = options if options is not None else RetryOptions()
        self._clock = clock
        self._uniform = uniform

    def decide(
        self, method: str, outcome: httpx.Response | Exception, attempt: int
    ) -> float | None:
        """Seconds to wait before retry number ``attempt + 1``, or ``None`` to stop here.

        ``outcome`` is the response or the exception of attempt ``attempt`` (0 is the first).
        Raises :class:`RateLimitError` for a 429 whose wait exceeds ``max_wait``; the response
        body should be read first so the error carries the Hub's message.
        """
        if attempt >= self.options.max_retries or not _retryable(method.upper(), outcome):
            return None
        wait = None
        if isinstance(outcome, httpx.Response):
            wait = server_wait_seconds(outcome.status_code, outcome.headers, now=self._clock)
        if wait is None:
            ceiling = min(self.options.backoff_max, self.options.backoff_base * 2**attempt)
            wait = self._uniform(0.0, ceiling)
        if wait <= self.options.max_wait:
            return wait
        if isinstance(outcome, httpx.Response) and outcome.status_code == 429:
            raise _rate_limit_error(outcome, wait, self.options.max_wait)
        return None

    def shared_wait(self, request: httpx.Request, wait: float) -> float:
        """The wait before sending ``request`` while another process sharing the credential
        was told to hold off for ``wait`` seconds; raises :class:`RateLimitError` (nothing
        sent) when that is longer than ``max_wait``."""
        if wait <= self.options.max_wait:
            return wait
        raise RateLimitError(
            f"another client of this credential was told to wait {describe_wait(wait)}, more "
            f"than max_wait={self.options.max_wait:g}s (shared rate-limit view; nothing was sent)",
            status=None,
            method=request.method,
            url=request.url,
            retry_after=wait,
        )

    def __repr__(self) -> str:
        return f"RetryPolicy({self.options!r})"


def _retryable(method: str, outcome: httpx.Response | Exception) -> bool:
    if isinstance(outcome, httpx.Response):
        if outcome.status_code == 429:
            return method in _IDEMPOTENT or method in _UNSAFE
        return outcome.status_code in _RETRY_STATUSES and method in _IDEMPOTENT
    if isinstance(outcome, _NEVER_SENT):
        return method in _IDEMPOTENT or method in _UNSAFE
    return isinstance(outcome, _MAYBE_SENT) and method in _IDEMPOTENT


def _rate_limit_error(response: httpx.Response, wait: float, max_wait: float) -> RateLimitError:
    message = (
        f"{hub_message(response)} (asked to wait {describe_wait(wait)}, "
        f"more than max_wait={max_wait:g}s)"
    )
    error = RateLimitError.from_response(response, message)
    error.retry_after = wait
    return error


def _replayable(request: httpx.Request) -> bool:
    try:
        request.content  # noqa: B018 - raises when the body is a stream not held in memory
    except httpx.RequestNotRead:
        return False
    return True


class RetryTransport(httpx.BaseTransport):
    """Sends through ``transport``, retrying as :class:`RetryPolicy` decides.

    Every response, retried or not, is shown to ``tracker`` (this is the lowest layer, so it
    sees them all). ``sleep`` is injectable for tests; the default wakes up early, and the
    loop sends nothing more, once the walk the request belongs to was left.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport,
        options: RetryOptions | None = None,
        *,
        tracker: RateLimitTracker | None = None,
        sleep: Callable[[float], None] = _cancel.sleep,
        clock: Callable[[], float] = time.time,
        uniform: Callable[[float, float], float] = random.uniform,
    ) -> None:
        self._inner = transport
        self.policy = RetryPolicy(options, clock=clock, uniform=uniform)
        self.tracker = tracker
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying transient failures; return the last response."""
        replayable = _replayable(request)
        attempt = 0
        while True:
            if self.tracker is not None and (hold := self.tracker.shared_wait(request)):
                self._sleep(self.policy.shared_wait(request, hold))
            _cancel.checkpoint()
            try:
                response = self._inner.handle_request(request)
            except httpx.TransportError as exc:
                wait = self.policy.decide(request.method, exc, attempt) if replayable else None
                if wait is None:
                    raise
            else:
                response.request = request  # errors name it
                if self.tracker is not None:
                    self.tracker.record(request, response)
                if not replayable or response.status_code not in _RETRY_STATUSES:
                    return response
                try:
                    response.read()
                    wait = self.policy.decide(request.method, response, attempt)
                finally:
                    response.close()
                if wait is None:
                    return response
            self._sleep(wait)
            attempt += 1

    def close(self) -> None:
        """Close the wrapped transport."""
        self._inner.close()


async def _anyio_sleep(seconds: float) -> None:
    # anyio is imported on first async use only: a sync client never needs it.
    import anyio

    await anyio.sleep(seconds)


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryTransport` (``sleep`` defaults to ``anyio.sleep``)."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        options: RetryOptions | None = None,
        *,
        tracker: RateLimitTracker | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] = time.time,
        uniform: Callable[[float, float], float] = random.uniform,
    ) -> None:
        self._inner = transport
        self.policy = RetryPolicy(options, clock=clock, uniform=uniform)
        self.tracker = tracker
        self._sleep = sleep if sleep is not None else _anyio_sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying transient failures; return the last response."""
        replayable = _replayable(request)
        attempt = 0
        while True:
            if self.tracker is not None and (hold := await self.tracker.ashared_wait(request)):
                await self._sleep(self.policy.shared_wait(request, hold))
            try:
                response = await self._inner.handle_async_request(request)
            except httpx.TransportError as exc:
                wait = self.policy.decide(request.method, exc, attempt) if replayable else None
                if wait is None:
                    raise
            else:
                response.request = request  # errors name it
                if self.tracker is not None:
                    await self.tracker.arecord(request, response)
                if not replayable or response.status_code not in _RETRY_STATUSES:
                    return response
                try:
                    await response.aread()
                    wait = self.policy.decide(request.method, response, attempt)
                finally:
                    await response.aclose()
                if wait is None:
                    return response
            await self._sleep(wait)
            attempt += 1

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._inner.aclose()
