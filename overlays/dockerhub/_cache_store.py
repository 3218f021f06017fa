"""The response store: the cache's rules (:mod:`dockerhub._cache_rules`) applied over a
storage backend (:mod:`dockerhub._cache_backend`: this process's memory, or Redis).

:class:`CacheStore` is what the cache transports (:mod:`dockerhub._cache`) and the facade's
shortcut (:mod:`dockerhub._lookup`) talk to: keys, freshness, hit and miss counters,
coalescing of simultaneous misses, and invalidation after writes. Every operation that
touches the backend has a blocking and an ``a``-prefixed async form; the rule logic around
the backend call is shared.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import TYPE_CHECKING, TypeVar, cast

import httpx

from ._cache_backend import MemoryStorage, Storage
from ._cache_options import CacheInfo, CacheOptions
from ._cache_rules import (
    Entry,
    Key,
    age_of,
    directives,
    drops_for_write,
    fingerprint,
    is_fresh,
    json_body,
    snapshot,
    split_url,
    storable,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable

    import anyio

    from ._cache_rules import Drop
    from ._redis_link import RedisLink

__all__ = ["CacheStore"]

_CACHEABLE_METHODS = frozenset({"GET", "HEAD"})
_WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_EXTENSION = "dockerhub_cache"
_Signal = TypeVar("_Signal", threading.Event, "anyio.Event")


def _storage_for(options: CacheOptions) -> Storage:
    if options.url is None:
        return MemoryStorage(options)
    from ._cache_redis import RedisStorage
    from ._redis_link import RedisLink

    return RedisStorage(RedisLink(options), options)


class CacheStore:
    """The one response store: its key function, freshness rules and invalidation, over a
    :class:`~dockerhub._cache_backend.Storage` (memory, or Redis for ``options.url``).

    Thread-safe; its lock is never held across network I/O or an ``await``. ``clock``
    (seconds) is injectable for tests; it defaults to the monotonic clock in memory and to
    the wall clock in Redis (entries there are compared across processes and machines). One
    store may be shared by several transports. Hit and miss counters are this process's.
    """

    def __init__(
        self,
        options: CacheOptions | None = None,
        *,
        clock: Callable[[], float] | None = None,
        storage: Storage | None = None,
    ) -> None:
        self._options = options if options is not None else CacheOptions()
        self._storage = storage if storage is not None else _storage_for(self._options)
        self._clock = clock if clock is not None else self._default_clock()
        self._lock = threading.Lock()
        self._hits = self._misses = 0
        self._flights: dict[Hashable, threading.Event | anyio.Event] = {}

    def _default_clock(self) -> Callable[[], float]:
        return time.time if self._storage.shared else time.monotonic

    @property
    def options(self) -> CacheOptions:
        """The options in force."""
        return self._options

    @property
    def link(self) -> RedisLink | None:
        """The Redis server entries live in (the rate-limit view shares it), else ``None``."""
        link: RedisLink | None = getattr(self._storage, "link", None)
        return link

    def configure(self, options: CacheOptions) -> None:
        """Switch to new options and reset the counters. An in-memory store is emptied (as
        the original ``setCacheOptions`` did); a shared one keeps the other processes'
        entries unless the URL changes."""
        with self._lock:
            if options.url != self._options.url:
                self._storage.close()
                self._storage = _storage_for(options)
                self._clock = self._default_clock()
            else:
                self._storage.configure(options)
                if not self._storage.shared:
                    self._storage.clear()
            self._options = options
            self._hits = self._misses = 0

    def clear(self) -> None:
        """Drop every entry (in Redis: every process's) and reset the counters."""
        self._storage.clear()
        with self._lock:
            self._hits = self._misses = 0

    def info(self) -> CacheInfo:
        """A snapshot of the counters and of the store's size (Redis is asked, briefly)."""
        entries, size = self._storage.size()
        backend = "memory" if self.link is None else f"redis {self.link.display}"
        with self._lock:
            return CacheInfo(self._hits, self._misses, entries, size, backend)

    def key_for(self, request: httpx.Request) -> Key | None:
        """The cache key of ``request``, or ``None`` when it must bypass the cache."""
        target = self.target_of(request) if self._options.enabled else None
        if target is None:
            return None
        return Key(*target, fingerprint(request.headers.raw))

    @staticmethod
    def target_of(request: httpx.Request) -> tuple[str, str, str, str] | None:
        """What a key says besides the credential: method, origin, path and query.

        ``None`` for a request that is never cached (not a read, or it asks to bypass).
        """
        if (
            request.method not in _CACHEABLE_METHODS
            or request.extensions.get(_EXTENSION) is False
            or directives(request.headers) & {"no-cache", "no-store"}
        ):
            return None
        return (request.method, *split_url(request.url))

    def entry_for(
        self, target: tuple[str, str, str, str], credentials: list[tuple[bytes, bytes]]
    ) -> Entry | None:
        """The fresh entry for a :meth:`target_of` and the credential headers that request
        would carry (counted as a hit), else ``None``: the facade's shortcut, which neither
        builds the request nor rebuilds a response. A shared storage is only read here
        from a thread that runs no event loop (its blocking read would stall the loop);
        async callers use :meth:`aentry_for`."""
        if not self._options.enabled or (self._storage.shared and _in_event_loop()):
            return None
        key = Key(*target, fingerprint(credentials))
        return self._fresh(key, self._storage.get(key), self._clock())

    async def aentry_for(
        self, target: tuple[str, str, str, str], credentials: list[tuple[bytes, bytes]]
    ) -> Entry | None:
        """Async :meth:`entry_for`: a shared storage is read without blocking the loop."""
        if not self._options.enabled:
            return None
        key = Key(*target, fingerprint(credentials))
        return self._fresh(key, await self._storage.aget(key), self._clock())

    def lookup(self, key: Key) -> httpx.Response | None:
        """A fresh response rebuilt from the entry under ``key`` (a hit), else ``None``."""
        return self._served(key, self._storage.get(key))

    async def alookup(self, key: Key) -> httpx.Response | None:
        """Async :meth:`lookup`."""
        return self._served(key, await self._storage.aget(key))

    def _served(self, key: Key, entry: Entry | None) -> httpx.Response | None:
        now = self._clock()
        entry = self._fresh(key, entry, now)
        return None if entry is None else entry.to_response(age=age_of(entry, now))

    def _fresh(self, key: Key, entry: Entry | None, now: float) -> Entry | None:
        if entry is None:
            return None
        if not is_fresh(entry, now, self._options.ttl):
            self._storage.discard(key)
            return None
        with self._lock:
            self._hits += 1
        return entry

    def begin_miss(self) -> object:
        """Count a cacheable request going to the network; pass the result to :meth:`store`."""
        self._count_miss()
        return self._storage.epoch()

    async def abegin_miss(self) -> object:
        """Async :meth:`begin_miss`."""
        self._count_miss()
        return await self._storage.aepoch()

    def _count_miss(self) -> None:
        with self._lock:
            self._misses += 1

    def store(self, key: Key, response: httpx.Response, *, epoch: object = None) -> httpx.Response:
        """Keep a read 2xx ``response`` under ``key`` and return a copy to serve in its place.

        Nothing is kept for a non-2xx or ``no-store`` response, one larger than
        ``max_entry_bytes``, or when the store was cleared or invalidated since
        :meth:`begin_miss` returned ``epoch`` (the response may predate a write); ``None``
        means "now".
        """
        entry, keep = self._entry_to_keep(key, response)
        if keep:
            self._storage.put(key, entry, self._storage.epoch() if epoch is None else epoch)
        return entry.to_response()

    async def astore(
        self, key: Key, response: httpx.Response, *, epoch: object = None
    ) -> httpx.Response:
        """Async :meth:`store`."""
        entry, keep = self._entry_to_keep(key, response)
        if keep:
            if epoch is None:
                epoch = await self._storage.aepoch()
            await self._storage.aput(key, entry, epoch)
        return entry.to_response()

    def _entry_to_keep(self, key: Key, response: httpx.Response) -> tuple[Entry, bool]:
        entry = snapshot(key.method, response, self._clock())
        options = self._options
        keep = storable(response) and options.enabled and entry.size <= options.max_entry_bytes
        return entry, keep

    def invalidate_for_write(self, request: httpx.Request) -> int:
        """Drop, for every credential, the entries a write may have changed; return how many."""
        return self._storage.invalidate(*_drop_of(request))

    async def ainvalidate_for_write(self, request: httpx.Request) -> int:
        """Async :meth:`invalidate_for_write`."""
        return await self._storage.ainvalidate(*_drop_of(request))

    def after_uncached(self, request: httpx.Request, outcome: httpx.Response | Exception) -> None:
        """Invalidate after a write that may have taken effect: a 2xx or 5xx answer, or a
        failure after the request may have left (anything but a connect error)."""
        if _write_applied(request, outcome):
            self.invalidate_for_write(request)

    async def aafter_uncached(
        self, request: httpx.Request, outcome: httpx.Response | Exception
    ) -> None:
        """Async :meth:`after_uncached`."""
        if _write_applied(request, outcome):
            await self.ainvalidate_for_write(request)

    def join_flight(self, flight: Hashable, make: Callable[[], _Signal]) -> tuple[_Signal, bool]:
        """The signal of the request in flight for ``flight`` and whether the caller leads it."""
        with self._lock:
            current = self._flights.get(flight)
            if current is not None:
                return cast("_Signal", current), False
            signal = self._flights[flight] = make()
            return signal, True

    def end_flight(self, flight: Hashable, signal: threading.Event | anyio.Event) -> None:
        """Release the followers waiting on ``flight`` (the leader got its answer)."""
        with self._lock:
            if self._flights.get(flight) is signal:
                del self._flights[flight]
        signal.set()

    def close(self) -> None:
        """Release the storage's connections (a later call reconnects)."""
        self._storage.close()

    async def aclose(self) -> None:
        """Async :meth:`close`."""
        await self._storage.aclose()

    def __repr__(self) -> str:
        return f"CacheStore({self._options!r}, {self._storage!r})"


def _in_event_loop() -> bool:
    """Whether this thread is running an asyncio or a trio event loop (a library that was
    never imported runs none)."""
    asyncio = sys.modules.get("asyncio")
    if asyncio is not None:
        try:
            asyncio.get_running_loop()
            return True
        except RuntimeError:
            pass
    trio = sys.modules.get("trio")
    if trio is not None:
        try:
            trio.lowlevel.current_trio_token()
            return True
        except RuntimeError:
            pass
    return False


def _drop_of(request: httpx.Request) -> tuple[str, Drop]:
    origin, path, _ = split_url(request.url)
    return origin, drops_for_write(path, json_body(request))


def _write_applied(request: httpx.Request, outcome: httpx.Response | Exception) -> bool:
    if request.method not in _WRITE_METHODS:
        return False
    if isinstance(outcome, httpx.Response):
        return outcome.is_success or outcome.status_code >= 500
    return not isinstance(outcome, httpx.ConnectError | httpx.ConnectTimeout)
