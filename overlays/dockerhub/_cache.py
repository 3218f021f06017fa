"""An in-memory cache of Docker Hub reads, as an httpx transport.

Hand-written on purpose. hishel, the caching library for httpx, was evaluated first. Used
without a wrapper it serves one credential's response to another caller (or to an anonymous
one); it never invalidates on writes, so a PATCH is followed by minutes of stale reads; its
default storage writes a cache folder into the working directory; and a hit costs 2–4× more
than one from this store. Wrapping it to fix all that would have left little of it in use.
The rules below are the whole cache, kept in one place:

- **What is cached**: ``GET`` and ``HEAD`` answered 2xx, unless the request sends
  ``Cache-Control: no-cache``/``no-store`` or the extension ``{"dockerhub_cache": False}``, or
  the response sends ``Cache-Control: no-store``. Docker Hub's other response cache headers
  are unreliable and are ignored.
- **The key**: method, normalised URL (a trailing slash does not matter, query parameters are
  sorted) and a SHA-256 fingerprint of the ``Authorization`` and ``Cookie`` headers. One
  credential's entries are never served to another nor to anonymous callers, and the secret
  itself is kept nowhere.
- **Freshness and size**: an entry lives ``ttl`` seconds; a hit carries an ``Age`` header. The
  store is an LRU bounded by entry count and by bytes (body plus headers). Bodies are kept
  decoded, so ``Content-Encoding``/``Transfer-Encoding`` are dropped and ``Content-Length``
  is fixed: httpx must not decode them twice.
- **Invalidation**: a write (POST, PUT, PATCH, DELETE) that may have taken effect drops, for
  every credential, whatever it could have changed (see :func:`drops_for_write`).
- **Concurrency**: simultaneous misses for one key make one upstream request; the others wait
  and are served what it stored. Sync callers and async callers coalesce separately.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs
import httpx

from ._cache_rules import (
    Entry,
    Key,
    directives,
    drops_for_write,
    fingerprint,
    json_body,
    snapshot,
    split_url,
    storable,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable

    import anyio

__all__ = ["AsyncCacheTransport", "CacheInfo", "CacheOptions", "CacheStore", "CacheTransport"]

_CACHEABLE_METHODS = frozenset({"GET", "HEAD"})
_WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_EXTENSION = "dockerhub_cache"
_Signal = TypeVar("_Signal", threading.Event, "anyio.Event")


def _async_event() -> anyio.Event:
    # anyio is imported on first async use only: a sync client never needs it.
    import anyio

    return anyio.Event()


def _non_negative(_instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if not value >= 0:  # also refuses NaN
        raise ValueError(f"{attribute.name} must be >= 0, got {value!r}")


@attrs.frozen
class CacheOptions:
    """How the response cache behaves.

    Attributes:
        enabled: cache reads at all.
        ttl: seconds an entry stays fresh.
        max_entries: most entries kept; the least recently used go first.
        max_bytes: most bytes (bodies plus headers) kept; a larger response is not cached.
    """

    enabled: bool = True
    ttl: float = attrs.field(default=300.0, validator=_non_negative)
    max_entries: int = attrs.field(default=1024, validator=_non_negative)
    max_bytes: int = attrs.field(default=32 * 1024 * 1024, validator=_non_negative)


@attrs.frozen(repr=False)
class CacheInfo:
    """Counters of a :class:`CacheStore`: hits (served from the store), misses (cacheable
    requests that went to the network), and the entries and bytes held now."""

    hits: int
    misses: int
    entries: int
    bytes: int

    @property
    def hit_rate(self) -> float:
        """Hits as a share of cacheable requests (0.0 before any)."""
        total = self.hits + self.misses
        return self.hits / total if total else 0.0

    def __repr__(self) -> str:
        return (
            f"CacheInfo(hits={self.hits}, misses={self.misses}, hit_rate={self.hit_rate:.0%}, "
            f"entries={self.entries}, bytes={self.bytes})"
        )


class CacheStore:
    """The one response store: its key function, freshness rules, bounds and invalidation.

    Thread-safe; its lock is never held across network I/O or an ``await``. ``clock`` (seconds,
    monotonic) is injectable for tests. One store may be shared by several transports.
    """

    def __init__(
        self, options: CacheOptions | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._options = options if options is not None else CacheOptions()
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: OrderedDict[Key, Entry] = OrderedDict()
        self._bytes = self._hits = self._misses = 0
        self._epoch = 0  # bumped by clear() and every invalidation
        self._flights: dict[Hashable, threading.Event | anyio.Event] = {}

    @property
    def options(self) -> CacheOptions:
        """The options in force."""
        return self._options

    def configure(self, options: CacheOptions) -> None:
        """Switch to new options and empty the store (as the original ``setCacheOptions`` did)."""
        with self._lock:
            self._options = options
            self._clear_locked()

    def clear(self) -> None:
        """Drop every entry and reset the counters."""
        with self._lock:
            self._clear_locked()

    def info(self) -> CacheInfo:
        """A snapshot of the counters and of the store's size."""
        with self._lock:
            return CacheInfo(self._hits, self._misses, len(self._entries), self._bytes)

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
        builds the request nor rebuilds a response."""
        if not self._options.enabled:
            return None
        return self._fresh(Key(*target, fingerprint(credentials)), self._clock())

    def lookup(self, key: Key) -> httpx.Response | None:
        """A fresh response rebuilt from the entry under ``key`` (a hit), else ``None``."""
        now = self._clock()
        entry = self._fresh(key, now)
        if entry is None:
            return None
        return entry.to_response(age=entry.upstream_age + int(now - entry.stored_at))

    def _fresh(self, key: Key, now: float) -> Entry | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if now - entry.stored_at >= self._options.ttl:
                self._drop_locked(key)
                return None
            self._entries.move_to_end(key)
            self._hits += 1
        return entry

    def begin_miss(self) -> int:
        """Count a cacheable request going to the network; pass the result to :meth:`store`."""
        with self._lock:
            self._misses += 1
            return self._epoch

    def store(
        self, key: Key, response: httpx.Response, *, epoch: int | None = None
    ) -> httpx.Response:
        """Keep a read 2xx ``response`` under ``key`` and return a copy to serve in its place.

        Nothing is kept for a non-2xx or ``no-store`` response, one larger than ``max_bytes``,
        or when the store was cleared or invalidated since :meth:`begin_miss` returned
        ``epoch`` (the response may predate a write).
        """
        entry = snapshot(key.method, response, self._clock())
        if storable(response):
            with self._lock:
                if self._options.enabled and epoch in (None, self._epoch):
                    self._drop_locked(key)
                    if entry.size <= self._options.max_bytes:
                        self._entries[key] = entry
                        self._bytes += entry.size
                        self._evict_locked()
        return entry.to_response()

    def invalidate_for_write(self, request: httpx.Request) -> int:
        """Drop, for every credential, the entries a write may have changed; return how many."""
        origin, path, _ = split_url(request.url)
        drop = drops_for_write(path, json_body(request))
        with self._lock:
            self._epoch += 1
            doomed = [
                key for key in self._entries if key.origin == origin and drop.matches(key.path)
            ]
            for key in doomed:
                self._drop_locked(key)
        return len(doomed)

    def after_uncached(self, request: httpx.Request, outcome: httpx.Response | Exception) -> None:
        """Invalidate after a write that may have taken effect: a 2xx or 5xx answer, or a
        failure after the request may have left (anything but a connect error)."""
        if request.method not in _WRITE_METHODS:
            return
        if isinstance(outcome, httpx.Response):
            applied = outcome.is_success or outcome.status_code >= 500
        else:
            applied = not isinstance(outcome, httpx.ConnectError | httpx.ConnectTimeout)
        if applied:
            self.invalidate_for_write(request)

    def _join_flight(self, flight: Hashable, make: Callable[[], _Signal]) -> tuple[_Signal, bool]:
        """The signal of the request in flight for ``flight`` and whether the caller leads it."""
        with self._lock:
            current = self._flights.get(flight)
            if current is not None:
                return cast("_Signal", current), False
            signal = self._flights[flight] = make()
            return signal, True

    def _end_flight(self, flight: Hashable, signal: threading.Event | anyio.Event) -> None:
        with self._lock:
            if self._flights.get(flight) is signal:
                del self._flights[flight]
        signal.set()

    def _clear_locked(self) -> None:
        self._entries.clear()
        self._bytes = self._hits = self._misses = 0
        self._epoch += 1

    def _drop_locked(self, key: Key) -> None:
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._bytes -= entry.size

    def _evict_locked(self) -> None:
        options = self._options
        while self._entries and (
            len(self._entries) > options.max_entries or self._bytes > options.max_bytes
        ):
            _, entry = self._entries.popitem(last=False)
            self._bytes -= entry.size

    def __repr__(self) -> str:
        return f"CacheStore({self._options!r}, {self.info()!r})"


class CacheTransport(httpx.BaseTransport):
    """Serves cacheable requests from a :class:`CacheStore`, sending the rest to ``transport``."""

    def __init__(self, transport: httpx.BaseTransport, store: CacheStore | None = None) -> None:
        self._inner = transport
        self.store = store if store is not None else CacheStore()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer from the store, else from the wrapped transport (one request per key)."""
        store = self.store
        key = store.key_for(request)
        if key is None:
            try:
                response = self._inner.handle_request(request)
            except Exception as exc:
                store.after_uncached(request, exc)
                raise
            store.after_uncached(request, response)
            return response
        cached = store.lookup(key)
        if cached is not None:
            return cached
        done, leader = store._join_flight(key, threading.Event)
        if not leader:
            done.wait()
            cached = store.lookup(key)
            return cached if cached is not None else self._fetch(key, request)
        try:
            return self._fetch(key, request)
        finally:
            store._end_flight(key, done)

    def _fetch(self, key: Key, request: httpx.Request) -> httpx.Response:
        epoch = self.store.begin_miss()
        response = self._inner.handle_request(request)
        if not storable(response):
            return response
        try:
            response.read()
        finally:
            response.close()
        return self.store.store(key, response, epoch=epoch)

    def close(self) -> None:
        """Close the wrapped transport."""
        self._inner.close()


class AsyncCacheTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`CacheTransport`; coalescing uses anyio events."""

    def __init__(
        self, transport: httpx.AsyncBaseTransport, store: CacheStore | None = None
    ) -> None:
        self._inner = transport
        self.store = store if store is not None else CacheStore()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer from the store, else from the wrapped transport (one request per key)."""
        store = self.store
        key = store.key_for(request)
        if key is None:
            try:
                response = await self._inner.handle_async_request(request)
            except Exception as exc:
                store.after_uncached(request, exc)
                raise
            store.after_uncached(request, response)
            return response
        cached = store.lookup(key)
        if cached is not None:
            return cached
        # An anyio event belongs to one event loop, hence one thread: flights are per thread.
        flight = (threading.get_ident(), key)
        done, leader = store._join_flight(flight, _async_event)
        if not leader:
            await done.wait()
            cached = store.lookup(key)
            return cached if cached is not None else await self._fetch(key, request)
        try:
            return await self._fetch(key, request)
        finally:
            store._end_flight(flight, done)

    async def _fetch(self, key: Key, request: httpx.Request) -> httpx.Response:
        epoch = self.store.begin_miss()
        response = await self._inner.handle_async_request(request)
        if not storable(response):
            return response
        try:
            await response.aread()
        finally:
            await response.aclose()
        return self.store.store(key, response, epoch=epoch)

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._inner.aclose()
