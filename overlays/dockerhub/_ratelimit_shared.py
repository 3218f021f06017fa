"""The rate-limit view shared through Redis, per credential.

Every process using one credential spends one Hub budget, so each records what it learns
in one Redis hash, ``dockerhub:1:rl:<credential HMAC>``: the latest ``X-RateLimit-*``
values and, after a 429, ``until``, the unix time the Hub said to wait for. Before sending,
a process reads the hash; while ``until`` is ahead it waits (or raises at once when the wait
is longer than ``max_wait``) instead of spending a request to be told the same. The hash
expires a minute after the later of the window's reset and ``until``. As for the cache, a
Redis fault means "no shared view": the call goes on as if it were alone.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from ._ratelimit import RateLimit

if TYPE_CHECKING:
    from collections.abc import Callable

    from ._redis_link import Flow, RedisLink

__all__ = ["SharedRateLimits", "SharedView"]

_FIELDS = ("limit", "remaining", "reset", "until")
_KEEP_AFTER = 60  # seconds a record outlives its reset and its wait
_KEEP_AT_MOST = 86_400

SharedView = tuple[RateLimit | None, float]
"""The latest values any process recorded (or ``None``) and the unix time to wait until."""


class SharedRateLimits:
    """Reads and writes the per-credential records of ``link``'s server."""

    def __init__(self, link: RedisLink, *, clock: Callable[[], float] = time.time) -> None:
        self.link = link
        self._now = clock

    def read(self, fingerprint: str) -> SharedView:
        """What was recorded for the credential with this cache fingerprint."""
        return self.link.run(self._read(fingerprint), (None, 0.0))

    async def aread(self, fingerprint: str) -> SharedView:
        """Async :meth:`read`."""
        return await self.link.arun(self._read(fingerprint), (None, 0.0))

    def write(self, fingerprint: str, seen: RateLimit | None, until: float | None) -> None:
        """Record the values a response carried and, for a 429, the time to wait until."""
        self.link.run(self._write(fingerprint, seen, until), None)

    async def awrite(self, fingerprint: str, seen: RateLimit | None, until: float | None) -> None:
        """Async :meth:`write`."""
        await self.link.arun(self._write(fingerprint, seen, until), None)

    def _key(self, secret: bytes, fingerprint: str) -> str:
        return self.link.key("rl", self.link.credential_id(secret, fingerprint))

    def _read(self, fingerprint: str) -> Flow[SharedView]:
        secret = yield from self.link.secret_flow()
        values = yield ("HMGET", self._key(secret, fingerprint), *_FIELDS)
        limit, remaining, reset, until = (_number(value) for value in values)
        seen = None
        if limit is not None or remaining is not None or reset is not None:
            seen = RateLimit(
                limit=None if limit is None else int(limit),
                remaining=None if remaining is None else int(remaining),
                reset=None if reset is None else int(reset),
            )
        return seen, until or 0.0

    def _write(self, fingerprint: str, seen: RateLimit | None, until: float | None) -> Flow[None]:
        fields: list[object] = []
        if seen is not None:
            for name in ("limit", "remaining", "reset"):
                value = getattr(seen, name)
                if value is not None:
                    fields += [name, value]
        if until is not None:
            fields += ["until", repr(until)]
        if not fields:
            return
        secret = yield from self.link.secret_flow()
        key = self._key(secret, fingerprint)
        now = self._now()
        horizon = max(until or 0.0, float(seen.reset or 0) if seen else 0.0) - now
        keep = int(min(_KEEP_AT_MOST, max(0.0, horizon) + _KEEP_AFTER))
        yield [("HSET", key, *fields), ("EXPIRE", key, keep)]

    def __repr__(self) -> str:
        return f"SharedRateLimits({self.link.display!r})"


def _number(value: object) -> float | None:
    if not isinstance(value, bytes):
        return None
    try:
        return float(value)
    except ValueError:
        return None
