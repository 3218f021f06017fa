"""A cache of Docker Hub reads (in memory, or shared through Redis), as an httpx transport.

Hand-written on purpose. hishel, the caching library for httpx, was evaluated first. Used
without a wrapper it serves one credential's response to another caller (or to an anonymous
one); it never invalidates on writes, so a PATCH is followed by minutes of stale reads; its
default storage writes a cache folder into the working directory; and a hit costs 2–4× more
than one from this store. Wrapping it to fix all that would have left little of it in use;
its Redis storage shares those flaws, so the shared backend is written here too, over the
``redis`` client.
The rules below are the whole cache, kept in one place:

- **What is cached**: ``GET`` and ``HEAD`` answered 2xx, unless the request sends
  ``Cache-Control: no-cache``/``no-store`` or the extension ``{"dockerhub_cache": False}``, or
  the response sends ``Cache-Control: no-store``. Docker Hub's other response cache headers
  are unreliable and are ignored.
- **The key**: method, normalised URL (a trailing slash does not matter, query parameters are
  sorted) and a SHA-256 fingerprint of the ``Authorization`` and ``Cookie`` headers. One
  credential's entries are never served to another nor to anonymous callers, and the secret
  itself is kept nowhere.
- **Freshness and size**: an entry lives ``ttl`` seconds; a hit carries an ``Age`` header. A
  response above ``max_entry_bytes`` is not kept. In memory the store is an LRU bounded by
  entry count and by bytes (body plus headers); in Redis, by the server's ``maxmemory``.
  Bodies are kept decoded, so ``Content-Encoding``/``Transfer-Encoding`` are dropped and
  ``Content-Length`` is fixed: httpx must not decode them twice.
- **Invalidation**: a write (POST, PUT, PATCH, DELETE) that may have taken effect drops, for
  every credential, whatever it could have changed (see :func:`drops_for_write`).
- **Concurrency**: simultaneous misses for one key make one upstream request; the others wait
  and are served what it stored. Sync callers and async callers coalesce separately.
- **Storage**: :class:`CacheStore` applies these rules over a
  :class:`~dockerhub._cache_backend.Storage`: this process's memory by default, or with
  ``CacheOptions(url="redis://...")`` a Redis server shared by many processes
  (:mod:`dockerhub._cache_redis`). A Redis fault never fails a call; it goes uncached.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import httpx

from ._cache_options import CacheInfo, CacheOptions
from ._cache_rules import Key, storable
from ._cache_store import CacheStore

if TYPE_CHECKING:
    import anyio

__all__ = ["AsyncCacheTransport", "CacheInfo", "CacheOptions", "CacheStore", "CacheTransport"]


def _async_event() -> anyio.Event:
    # anyio is imported on first async use only: a sync client never needs it.
    import anyio

    return anyio.Event()


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
        done, leader = store.join_flight(key, threading.Event)
        if not leader:
            done.wait()
            cached = store.lookup(key)
            return cached if cached is not None else self._fetch(key, request)
        try:
            return self._fetch(key, request)
        finally:
            store.end_flight(key, done)

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
        """Close the wrapped transport and the store's connections."""
        self._inner.close()
        self.store.close()


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
                await store.aafter_uncached(request, exc)
                raise
            await store.aafter_uncached(request, response)
            return response
        cached = await store.alookup(key)
        if cached is not None:
            return cached
        # An anyio event belongs to one event loop, hence one thread: flights are per thread.
        flight = (threading.get_ident(), key)
        done, leader = store.join_flight(flight, _async_event)
        if not leader:
            await done.wait()
            cached = await store.alookup(key)
            return cached if cached is not None else await self._fetch(key, request)
        try:
            return await self._fetch(key, request)
        finally:
            store.end_flight(flight, done)

    async def _fetch(self, key: Key, request: httpx.Request) -> httpx.Response:
        epoch = await self.store.abegin_miss()
        response = await self._inner.handle_async_request(request)
        if not storable(response):
            return response
        try:
            await response.aread()
        finally:
            await response.aclose()
        return await self.store.astore(key, response, epoch=epoch)

    async def aclose(self) -> None:
        """Close the wrapped transport and the store's connections."""
        await self._inner.aclose()
        await self.store.aclose()
