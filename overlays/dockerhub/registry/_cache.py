"""A cache of typed registry results: immutable by digest, a TTL by tag.

Not the Hub's response cache (:mod:`dockerhub._cache`), for two reasons. Its key includes
a fingerprint of the ``Authorization`` header, and registry bearer tokens are renewed every
few minutes, so every cached manifest would miss after each renewal. And its one TTL
cannot say that content addressed by digest never changes. This store keys by identity,
repository and reference instead, and keeps two parts:

- **by digest** (manifests and config blobs fetched by ``sha256:``): kept until evicted, an
  LRU bounded by entries and bytes, whatever the TTL;
- **by tag**: for the Hub cache's ``ttl`` (``CacheOptions.ttl``), because a tag moves.

Both follow the Hub cache's ``enabled`` switch, and ``hub.fresh()`` skips them.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

__all__ = ["RegistryCache"]


class RegistryCache:
    """Thread-safe store of parsed registry results (see the module docstring).

    ``settings`` returns ``(enabled, ttl_seconds)`` each time it is asked, so a change of
    the client's cache options applies at once. ``clock`` is monotonic seconds.
    """

    def __init__(
        self,
        settings: Callable[[], tuple[bool, float]],
        *,
        max_entries: int = 512,
        max_bytes: int = 32 * 1024 * 1024,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._settings = settings
        self._max_entries = max_entries
        self._max_bytes = max_bytes
        self._clock = clock
        self._lock = threading.Lock()
        self._immutable: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        self._bytes = 0
        self._by_tag: dict[Hashable, tuple[Any, float]] = {}
        self.hits = 0

    def get(self, key: Hashable, *, immutable: bool) -> Any | None:
        """The value under ``key``, or ``None`` (also when the cache is off)."""
        enabled, ttl = self._settings()
        if not enabled:
            return None
        with self._lock:
            if immutable:
                held = self._immutable.get(key)
                if held is None:
                    return None
                self._immutable.move_to_end(key)
                self.hits += 1
                return held[0]
            found = self._by_tag.get(key)
            if found is None:
                return None
            if self._clock() - found[1] >= ttl:
                del self._by_tag[key]
                return None
            self.hits += 1
            return found[0]

    def put(self, key: Hashable, value: Any, *, immutable: bool, size: int = 0) -> None:
        """Keep ``value``; ``size`` (bytes) counts against the bound of immutable entries."""
        enabled, _ = self._settings()
        if not enabled:
            return
        with self._lock:
            if not immutable:
                self._by_tag[key] = (value, self._clock())
                if len(self._by_tag) > self._max_entries:
                    self._by_tag.pop(next(iter(self._by_tag)))
                return
            if size > self._max_bytes:
                return
            old = self._immutable.pop(key, None)
            if old is not None:
                self._bytes -= old[1]
            self._immutable[key] = (value, size)
            self._bytes += size
            while len(self._immutable) > self._max_entries or self._bytes > self._max_bytes:
                _, (_, dropped) = self._immutable.popitem(last=False)
                self._bytes -= dropped

    def clear(self) -> None:
        """Drop everything."""
        with self._lock:
            self._immutable.clear()
            self._by_tag.clear()
            self._bytes = 0
            self.hits = 0

    def __len__(self) -> int:
        return len(self._immutable) + len(self._by_tag)

    def __repr__(self) -> str:
        return (
            f"RegistryCache(by_digest={len(self._immutable)}, by_tag={len(self._by_tag)}, "
            f"bytes={self._bytes})"
        )
