"""Reading Docker Hub's rate-limit headers.

The Hub reports its budget in ``X-RateLimit-Limit``, ``X-RateLimit-Remaining`` and
``X-RateLimit-Reset`` (a unix time), and says how long to wait after a 429 in
``Retry-After``. That header has been seen in three forms: delta seconds (as the HTTP spec
says), an HTTP date, and a bare unix timestamp; older documentation also named
``X-Retry-After``. :func:`retry_after_seconds` understands all of them.

A value that is not a finite number (``inf``, ``1e999``, ``nan``, garbage) is ignored, as
if the header were absent. An absurd but finite wait (``1e308``) is kept as a number and
described in words by :func:`describe_wait` (``"a year or more"``), so messages stay short.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping
from email.utils import parsedate_to_datetime

import attrs

__all__ = ["LONGEST_WAIT", "RateLimit", "RateLimitTracker", "describe_wait", "retry_after_seconds"]

LONGEST_WAIT = 366 * 86_400.0
"""Waits from this many seconds on are described as ``"a year or more"``."""

# A number above this is a unix timestamp rather than a delay in seconds (2001-09-09).
_UNIX_TIME_FLOOR = 1_000_000_000
# A timestamp further in the past than this is not a timestamp (clocks do not drift a day).
_STALE_TIMESTAMP = 86_400


@attrs.frozen
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
        limit = _int_header(headers, "x-ratelimit-limit")
        remaining = _int_header(headers, "x-ratelimit-remaining")
        reset = _int_header(headers, "x-ratelimit-reset")
        if limit is None and remaining is None and reset is None:
            return None
        return cls(limit=limit, remaining=remaining, reset=reset)


class RateLimitTracker:
    """Thread-safe holder of the most recent :class:`RateLimit` seen on any response."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._latest: RateLimit | None = None

    @property
    def latest(self) -> RateLimit | None:
        """The last values seen, or ``None`` before any response carried them."""
        return self._latest

    def observe(self, headers: Mapping[str, str]) -> None:
        """Record the headers of a response, if it has rate-limit headers."""
        seen = RateLimit.from_headers(headers)
        if seen is not None:
            with self._lock:
                self._latest = seen

    def __repr__(self) -> str:
        return f"RateLimitTracker(latest={self._latest!r})"


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
