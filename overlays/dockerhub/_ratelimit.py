"""Reading Docker Hub's rate-limit headers.

The Hub reports its budget in ``X-RateLimit-Limit``, ``X-RateLimit-Remaining`` and
``X-RateLimit-Reset`` (a unix time), and says how long to wait after a 429 in
``Retry-After``. That header has been seen in three forms: delta seconds (as the HTTP spec
says), an HTTP date, and a bare unix timestamp; older documentation also named
``X-Retry-After``. :func:`retry_after_seconds` understands all of them.

A value that is not a finite number (``inf``, ``1e999``, ``nan``, garbage) is ignored, as
if the header were absent. An absurd but finite wait (``1e308``) is kept as a number and
described in words by :func:`describe_wait` (``"a year or more"``), so messages stay short.

A :class:`RateLimitTracker` given a Redis link (``CacheOptions(url=...)``) also keeps the
view every process shares (:mod:`dockerhub._ratelimit_shared`): what it records there and
what it reads before each request, so ``hub.rate_limit`` shows what any process saw last.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from ._cache_rules import fingerprint

if TYPE_CHECKING:
    import httpx

    from ._redis_link import RedisLink

__all__ = [
    "LONGEST_WAIT",
    "RateLimit",
    "RateLimitTracker",
    "describe_wait",
    "retry_after_seconds",
    "server_wait_seconds",
]

LONGEST_WAIT = 366 * 86_400.0
"""Waits from this many seconds on are described as ``"a year or more"``."""

# A number above this is a unix timestamp rather than a delay in seconds (2001-09-09).
_UNIX_TIME_FLOOR = 1_000_000_000
# A timestamp further in the past than this is not a timestamp (clocks do not drift a day).
_STALE_TIMESTAMP = 86_400


@dataclass(frozen=True, slots=True)
class RateLimit:
    """The latest ``X-RateLimit-*`` values seen on a response.

    Attributes:
        limit: requests allowed in the window.
        remaining: requests left in the window.
        reset: unix time at which the window resets.
    """

    limit: int | None
    remaining: int | None
    reset: int | None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimit | None:
        """Parse the three headers; ``None`` when none of them is present and numeric."""
        raw = getattr(headers, "raw", None)  # httpx.Headers: one pass over the raw names
        if raw is not None and not any(name[:12].lower() == b"x-ratelimit-" for name, _ in raw):
            return None  # most responses: three lookups by name would cost more than this
        limit = _int_header(headers, "x-ratelimit-limit")
        remaining = _int_header(headers, "x-ratelimit-remaining")
        reset = _int_header(headers, "x-ratelimit-reset")
        if limit is None and remaining is None and reset is None:
            return None
        return cls(limit=limit, remaining=remaining, reset=reset)


class RateLimitTracker:
    """Thread-safe holder of the most recent :class:`RateLimit` seen on any response, and,
    with a Redis ``shared`` link, of the view every process shares (per credential).

    The retry transports call :meth:`record` with each response and :meth:`shared_wait`
    before each request; ``clock`` (unix seconds) is injectable for tests.
    """

    def __init__(
        self, shared: RedisLink | None = None, *, clock: Callable[[], float] = time.time
    ) -> None:
        self._lock = threading.Lock()
        self._latest: RateLimit | None = None
        self._clock = clock
        self._shared = None
        if shared is not None:
            from ._ratelimit_shared import SharedRateLimits

            self._shared = SharedRateLimits(shared, clock=clock)

    @property
    def latest(self) -> RateLimit | None:
        """The last values seen (shared: by any process, as of this one's last request), or
        ``None`` before any response carried them."""
        return self._latest

    def observe(self, headers: Mapping[str, str]) -> None:
        """Record the headers of a response, if it has rate-limit headers."""
        seen = RateLimit.from_headers(headers)
        if seen is not None:
            with self._lock:
                self._latest = seen

    def record(self, request: httpx.Request, response: httpx.Response) -> None:
        """:meth:`observe` a response; share its values and a 429's wait."""
        self.observe(response.headers)
        if self._shared is not None:
            self._shared.write(*self._to_share(request, response))

    async def arecord(self, request: httpx.Request, response: httpx.Response) -> None:
        """Async :meth:`record`."""
        self.observe(response.headers)
        if self._shared is not None:
            await self._shared.awrite(*self._to_share(request, response))

    def shared_wait(self, request: httpx.Request) -> float:
        """Seconds another process was told to wait before this credential sends again
        (0.0 without a shared view); refreshes :attr:`latest` from the shared view."""
        if self._shared is None:
            return 0.0
        return self._adopt(self._shared.read(fingerprint(request.headers.raw)))

    async def ashared_wait(self, request: httpx.Request) -> float:
        """Async :meth:`shared_wait`."""
        if self._shared is None:
            return 0.0
        return self._adopt(await self._shared.aread(fingerprint(request.headers.raw)))

    def _to_share(
        self, request: httpx.Request, response: httpx.Response
    ) -> tuple[str, RateLimit | None, float | None]:
        until = None
        if response.status_code == 429:
            wait = server_wait_seconds(response.status_code, response.headers, now=self._clock)
            until = None if wait is None else self._clock() + wait
        seen = RateLimit.from_headers(response.headers)
        return fingerprint(request.headers.raw), seen, until

    def _adopt(self, view: tuple[RateLimit | None, float]) -> float:
        seen, until = view
        if seen is not None:
            with self._lock:
                self._latest = seen
        return max(0.0, until - self._clock())

    def __repr__(self) -> str:
        shared = "" if self._shared is None else f", shared={self._shared.link.display!r}"
        return f"RateLimitTracker(latest={self._latest!r}{shared})"


def retry_after_seconds(
    headers: Mapping[str, str], *, now: Callable[[], float] = time.time
) -> float | None:
    """Seconds to wait according to ``Retry-After`` (or ``X-Retry-After``), else ``None``.

    Accepts delta seconds (``"30"``, ``"1.5"``), an HTTP date
    (``"Wed, 21 Oct 2026 07:28:00 GMT"``) and a unix timestamp (``"1793000000"``).
    A moment in the past gives ``0.0``; an unreadable value gives ``None``.
    """
    raw = headers.get("retry-after") or headers.get("x-retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        number = float(raw)
    except ValueError:
        number = None
    if number is not None:
        if not math.isfinite(number):
            return None
        if number >= _UNIX_TIME_FLOOR:
            delta = number - now()
            if delta >= -_STALE_TIMESTAMP:
                return _capped(delta)
            # Long past as a timestamp: it can only have meant (absurdly many) seconds.
        return _capped(number)
    try:
        moment = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        return None
    return _capped(moment.timestamp() - now())


def server_wait_seconds(
    status: int, headers: Mapping[str, str], *, now: Callable[[], float] = time.time
) -> float | None:
    """The wait the Hub asked for: ``Retry-After``, else for a 429 ``X-RateLimit-Reset``."""
    wait = retry_after_seconds(headers, now=now)
    if wait is None and status == 429:
        wait = reset_wait_seconds(headers, now=now)
    return wait


def reset_wait_seconds(
    headers: Mapping[str, str], *, now: Callable[[], float] = time.time
) -> float | None:
    """Seconds until ``X-RateLimit-Reset``, when the header is present."""
    reset = _int_header(headers, "x-ratelimit-reset")
    if reset is None:
        return None
    return _capped(reset - now())


def describe_wait(seconds: float) -> str:
    """A short reading of a wait: ``"42s"``, ``"3.5h"``, ``"12 days"``, ``"a year or more"``."""
    if seconds >= LONGEST_WAIT:
        return "a year or more"
    if seconds >= 2 * 86_400:
        return f"{seconds / 86_400:.0f} days"
    if seconds >= 3_600:
        return f"{seconds / 3_600:.1f}h"
    return f"{seconds:.0f}s"


def _capped(seconds: float) -> float:
    return max(0.0, seconds)


def _int_header(headers: Mapping[str, str], name: str) -> int | None:
    """The header as an integer; ``None`` when absent or not a finite number."""
    value = headers.get(name)
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    if not math.isfinite(number):
        return None
    return int(number)
