"""Where the response cache keeps its entries: the :class:`Storage` interface and the
in-memory store, the default.

A storage holds :class:`~dockerhub._cache_rules.Entry` objects under
:class:`~dockerhub._cache_rules.Key` objects and nothing more: what is cacheable, when an
entry is fresh and what a write makes stale are decided by :mod:`dockerhub._cache_rules`
and applied by :class:`~dockerhub._cache_store.CacheStore`. The one coordination a storage
provides is the *epoch*: :meth:`Storage.epoch` is read before a miss goes to the network and
handed back to :meth:`Storage.put`, which keeps nothing if an invalidation or a clear came
in between (the response may predate a write). The other backend is
:class:`~dockerhub._cache_redis.RedisStorage`.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ._cache_options import CacheOptions
    from ._cache_rules import Drop, Entry, Key

__all__ = ["MemoryStorage", "Storage"]


class Storage(Protocol):
    """The operations :class:`~dockerhub._cache_store.CacheStore` needs from a backend.

    Every ``a``-prefixed method is the async form of the one without. None of them raises
    for a backend fault: a storage that cannot reach its data answers as an empty store
    (no entry, nothing kept).
    """

    @property
    def shared(self) -> bool:
        """Whether other processes see these entries (then nothing is read synchronously
        outside the transports, and one process's options do not wipe the others' entries)."""
        ...

    def configure(self, options: CacheOptions) -> None:
        """Apply new bounds (entry count, bytes, TTL)."""

    def get(self, key: Key) -> Entry | None:
        """The entry under ``key``, fresh or not, else ``None``."""

    async def aget(self, key: Key) -> Entry | None:
        """Async :meth:`get`."""

    def discard(self, key: Key) -> None:
        """Forget the entry under ``key`` (the store found it stale)."""

    def epoch(self) -> object:
        """A token naming the current epoch, for :meth:`put`."""

    async def aepoch(self) -> object:
        """Async :meth:`epoch`."""

    def put(self, key: Key, entry: Entry, epoch: object) -> None:
        """Keep ``entry`` under ``key`` unless the epoch moved on since ``epoch``."""

    async def aput(self, key: Key, entry: Entry, epoch: object) -> None:
        """Async :meth:`put`."""

    def invalidate(self, origin: str, drop: Drop) -> int:
        """Start a new epoch and drop, for every credential, each entry of ``origin`` whose
        path ``drop.matches``; return how many were dropped."""

    async def ainvalidate(self, origin: str, drop: Drop) -> int:
        """Async :meth:`invalidate`."""

    def clear(self) -> None:
        """Drop every entry and start a new epoch."""

    def size(self) -> tuple[int, int]:
        """(entries, bytes) held now."""

    def close(self) -> None:
        """Release connections (a later call reconnects)."""

    async def aclose(self) -> None:
        """Async :meth:`close`."""


class MemoryStorage:
    """An LRU of entries in this process, bounded by entry count and by bytes. Thread-safe;
    its lock is never held across I/O or an ``await`` (there is none)."""

    shared = False

    def __init__(self, options: CacheOptions) -> None:
        self._lock = threading.Lock()
        self._entries: OrderedDict[Key, Entry] = OrderedDict()
        self._bytes = 0
        self._epoch = 0
        self._max_entries = options.max_entries
        self._max_bytes = options.max_bytes

    def configure(self, options: CacheOptions) -> None:
        with self._lock:
            self._max_entries = options.max_entries
            self._max_bytes = options.max_bytes
            self._evict_locked()

    def get(self, key: Key) -> Entry | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    async def aget(self, key: Key) -> Entry | None:
        return self.get(key)

    def discard(self, key: Key) -> None:
        with self._lock:
            self._drop_locked(key)

    def epoch(self) -> object:
        return self._epoch

    async def aepoch(self) -> object:
        return self._epoch

    def put(self, key: Key, entry: Entry, epoch: object) -> None:
        with self._lock:
            if epoch != self._epoch:
                return
            self._drop_locked(key)
            if entry.size <= self._max_bytes:
                self._entries[key] = entry
                self._bytes += entry.size
                self._evict_locked()

    async def aput(self, key: Key, entry: Entry, epoch: object) -> None:
        self.put(key, entry, epoch)

    def invalidate(self, origin: str, drop: Drop) -> int:
        with self._lock:
            self._epoch += 1
            doomed = [k for k in self._entries if k.origin == origin and drop.matches(k.path)]
            for key in doomed:
                self._drop_locked(key)
        return len(doomed)

    async def ainvalidate(self, origin: str, drop: Drop) -> int:
        return self.invalidate(origin, drop)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0
            self._epoch += 1

    def size(self) -> tuple[int, int]:
        with self._lock:
            return len(self._entries), self._bytes

    def close(self) -> None:
        """Nothing to release."""

    async def aclose(self) -> None:
        """Nothing to release."""

    def _drop_locked(self, key: Key) -> None:
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._bytes -= entry.size

    def _evict_locked(self) -> None:
        while self._entries and (
            len(self._entries) > self._max_entries or self._bytes > self._max_bytes
        ):
            _, entry = self._entries.popitem(last=False)
            self._bytes -= entry.size

    def __repr__(self) -> str:
        entries, size = self.size()
        return f"MemoryStorage(entries={entries}, bytes={size})"
