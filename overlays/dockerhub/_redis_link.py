"""One Redis server as the SDK uses it: clients, fault policy, and credential names.

The shared cache (:mod:`dockerhub._cache_redis`) and the shared rate-limit view
(:mod:`dockerhub._ratelimit`) write each operation once, as a *flow*: a generator that
yields Redis commands (one tuple, or a list of tuples sent as one pipeline) and receives
their replies. :meth:`RedisLink.run` drives a flow with the blocking ``redis.Redis`` client,
:meth:`RedisLink.arun` with ``redis.asyncio.Redis``, so sync and async share every line
of logic (the same shape as an ``httpx.Auth`` flow).

Faults never reach a Hub call: any error (unreachable, timeout, a full server refusing
writes) makes the flow answer its fallback (no entry, nothing kept, no wait). The link
then stays *down* for ``RETRY_AFTER`` seconds, answering fallbacks without trying, and
logs one warning per outage (at most one per ``WARN_EVERY`` seconds); the first success
after that logs that Redis is back. Operations use short socket timeouts and no client
retries, so a stuck server costs at most ``timeout`` per call.

Credentials are named by :meth:`RedisLink.credential_id`: an HMAC-SHA256 of the cache's
credential fingerprint, keyed by ``CacheOptions.secret``, or when none is configured by a
random key kept in Redis under ``<prefix>secret`` (created by the first process, adopted by
the rest, re-created after a flush). Tokens never reach Redis.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import threading
import time
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, TypeVar

from ._cache_options import display_url

if TYPE_CHECKING:
    import redis
    import redis.asyncio

    from ._cache_options import CacheOptions

__all__ = ["PREFIX", "Command", "Flow", "RedisLink", "Step"]

logger = logging.getLogger("dockerhub.cache")

PREFIX = "dockerhub:1:"
RETRY_AFTER = 1.0
WARN_EVERY = 60.0

Command = tuple[Any, ...]
Step = Command | list[Command]
T = TypeVar("T")
Flow = Generator[Step, Any, T]


class RedisLink:
    """The Redis server named by ``CacheOptions.url``, shared by a cache and a rate-limit
    view. Clients are made lazily (the async one on first async use); ``clock`` (monotonic
    seconds) is injectable for tests."""

    def __init__(
        self, options: CacheOptions, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if options.url is None:
            raise ValueError("RedisLink needs CacheOptions(url=...)")
        try:
            import redis  # noqa: F401 - fail here, with the hint, rather than on first use
        except ImportError as exc:
            raise ImportError(
                "a redis:// cache needs the redis package: pip install 'dockerhub-sdk[redis]'"
            ) from exc
        self._url = options.url
        self._timeout = options.timeout
        self._configured_secret = options.secret
        self._secret: bytes | None = options.secret
        self._clock = clock
        self._lock = threading.Lock()
        self._sync: redis.Redis | None = None
        self._async: redis.asyncio.Redis | None = None
        self._down_until: float | None = None
        self._last_warning = -WARN_EVERY

    @property
    def display(self) -> str:
        """The URL without credentials."""
        return display_url(self._url)

    @property
    def available(self) -> bool:
        """False while the link waits out an outage before trying again."""
        return self._down_until is None or self._clock() >= self._down_until

    def key(self, *parts: str) -> str:
        """A Redis key in the SDK's namespace."""
        return PREFIX + ":".join(parts)

    # -- credentials -------------------------------------------------------------------------

    def secret_flow(self) -> Flow[bytes]:
        """The HMAC key: configured, already known, or fetched (and created when missing)."""
        if self._secret is None:
            yield from self.refresh_secret_flow()
        assert self._secret is not None
        return self._secret

    def refresh_secret_flow(self, *extra: Command) -> Flow[list[Any]]:
        """Make sure Redis holds this process's key when none is configured, adopt the one it
        holds (a flush or another process may have changed it) and run ``extra`` commands in
        the same round trip; their replies are returned."""
        if self._configured_secret is not None:
            return (yield list(extra)) if extra else []
        candidate = self._secret or secrets.token_hex(32).encode()
        name = self.key("secret")
        replies = yield [("SET", name, candidate, "NX"), ("GET", name), *extra]
        held = replies[1]
        self._secret = held if isinstance(held, bytes) and held else candidate
        return list(replies[2:])

    def credential_id(self, secret: bytes, fingerprint: str) -> str:
        """The name of a credential in Redis keys: HMAC-SHA256(secret, fingerprint)."""
        return hmac.new(secret, fingerprint.encode(), hashlib.sha256).hexdigest()[:32]

    # -- running flows -----------------------------------------------------------------------

    def run(self, flow: Flow[T], fallback: T) -> T:
        """Drive ``flow`` with the blocking client; ``fallback`` on any fault."""
        if not self.available:
            flow.close()
            return fallback
        try:
            step = next(flow)
            while True:
                step = flow.send(self._execute(step))
        except StopIteration as done:
            self._succeeded()
            return done.value  # type: ignore[no-any-return]
        except Exception as exc:  # no Redis fault may fail a Hub call
            self._failed(exc)
            return fallback

    async def arun(self, flow: Flow[T], fallback: T) -> T:
        """Drive ``flow`` with the async client; ``fallback`` on any fault."""
        if not self.available:
            flow.close()
            return fallback
        try:
            step = next(flow)
            while True:
                step = flow.send(await self._aexecute(step))
        except StopIteration as done:
            self._succeeded()
            return done.value  # type: ignore[no-any-return]
        except Exception as exc:  # no Redis fault may fail a Hub call
            self._failed(exc)
            return fallback

    def _execute(self, step: Step) -> Any:
        client: Any = self._client()  # redis-py's execute_command is untyped
        if isinstance(step, tuple):
            return client.execute_command(*step)
        pipe = client.pipeline(transaction=False)
        for command in step:
            pipe.execute_command(*command)
        return pipe.execute()

    async def _aexecute(self, step: Step) -> Any:
        client: Any = self._aclient()
        if isinstance(step, tuple):
            return await client.execute_command(*step)
        pipe = client.pipeline(transaction=False)
        for command in step:
            pipe.execute_command(*command)
        return await pipe.execute()

    def _client(self) -> redis.Redis:
        if self._sync is None:
            import redis
            import redis.backoff
            import redis.retry

            with self._lock:
                if self._sync is None:
                    self._sync = redis.Redis.from_url(
                        self._url,
                        socket_timeout=self._timeout,
                        socket_connect_timeout=self._timeout,
                        retry=redis.retry.Retry(redis.backoff.NoBackoff(), 0),
                        health_check_interval=0,
                    )
        return self._sync

    def _aclient(self) -> redis.asyncio.Redis:
        if self._async is None:
            import redis.asyncio
            import redis.asyncio.retry
            import redis.backoff

            self._async = redis.asyncio.Redis.from_url(
                self._url,
                socket_timeout=self._timeout,
                socket_connect_timeout=self._timeout,
                retry=redis.asyncio.retry.Retry(redis.backoff.NoBackoff(), 0),
                health_check_interval=0,
            )
        return self._async

    # -- health ------------------------------------------------------------------------------

    def _failed(self, exc: Exception) -> None:
        now = self._clock()
        first = self._down_until is None
        self._down_until = now + RETRY_AFTER
        if first and now - self._last_warning >= WARN_EVERY:
            self._last_warning = now
            logger.warning(
                "Redis cache at %s failed (%s); Docker Hub calls go uncached until it answers",
                self.display,
                type(exc).__name__,
            )

    def _succeeded(self) -> None:
        if self._down_until is not None:
            self._down_until = None
            logger.info("Redis cache at %s answers again; shared caching resumed", self.display)

    def close(self) -> None:
        """Close the blocking client's connections (a later call reconnects)."""
        client, self._sync = self._sync, None
        if client is not None:
            client.close()

    async def aclose(self) -> None:
        """Close both clients' connections."""
        self.close()
        client, self._async = self._async, None
        if client is not None:
            await client.aclose()

    def __repr__(self) -> str:
        state = "up" if self._down_until is None else "down"
        return f"RedisLink({self.display!r}, {state})"
