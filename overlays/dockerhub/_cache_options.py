"""The response cache's settings (:class:`CacheOptions`) and counters (:class:`CacheInfo`).

``CacheOptions(url="redis://host:6379/0")`` moves the entries from this process's memory to
a Redis server every process can share; :func:`cache_from_env` reads the same from
``DOCKER_HUB_CACHE_URL`` (and the key of the credential hash from
``DOCKER_HUB_CACHE_SECRET``), for ``from_env()`` and the CLI.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from ._validation import check_non_negative

__all__ = ["CacheInfo", "CacheOptions", "cache_from_env", "display_url"]

ENV_URL = "DOCKER_HUB_CACHE_URL"
ENV_SECRET = "DOCKER_HUB_CACHE_SECRET"
_SCHEMES = ("redis", "rediss", "unix")


def _positive(name: str, value: float) -> None:
    if not value > 0:
        raise ValueError(f"{name} must be > 0, got {value!r}")


def _redis_url(value: str | None) -> None:
    if value is not None and value.split("://", 1)[0].lower() not in _SCHEMES:
        raise ValueError(
            f"cache url must be redis://, rediss:// or unix://, got {display_url(value)!r}"
        )


def _secret_bytes(value: str | bytes | None) -> bytes | None:
    if value is None or isinstance(value, bytes):
        return value or None
    return value.encode() or None


def display_url(url: str) -> str:
    """``url`` without its user, password and query (which may carry ``password=``), for
    reprs and log lines."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url.split("?", 1)[0]
    authority, slash, path = rest.split("?", 1)[0].partition("/")
    host = authority.rpartition("@")[2]
    return f"{scheme}{sep}{host}{slash}{path}"


@dataclass(frozen=True, slots=True, repr=False, init=False)
class CacheOptions:
    """How the response cache behaves, and where it keeps its entries.

    Attributes:
        enabled: cache reads at all.
        ttl: seconds an entry stays fresh (in Redis: the key's expiry).
        max_entries: most entries kept in memory; the least recently used go first.
        max_bytes: most bytes (bodies plus headers) kept in memory.
        max_entry_bytes: a larger response is never cached (in memory or in Redis).
        url: ``redis://[:password@]host:port/db`` (or ``rediss://``, ``unix://``) to share
            entries and the rate-limit view between processes; ``None`` keeps them in this
            process. Needs ``pip install 'dockerhub-sdk[redis]'``. Shown without password.
        timeout: seconds any one Redis operation may take before it counts as a failure
            (the call then goes on uncached).
        secret: the key of the HMAC that names each credential in Redis (given as text or
            bytes, kept as bytes); every process sharing the cache needs the same one.
            ``None`` keeps a random one in Redis. Never shown.

    A frozen dataclass: ``dataclasses.replace(options, ttl=60)`` gives a changed copy.
    """

    enabled: bool
    ttl: float
    max_entries: int
    max_bytes: int
    max_entry_bytes: int
    url: str | None
    timeout: float
    secret: bytes | None

    def __init__(
        self,
        enabled: bool = True,
        ttl: float = 300.0,
        max_entries: int = 1024,
        max_bytes: int = 32 * 1024 * 1024,
        max_entry_bytes: int = 4 * 1024 * 1024,
        url: str | None = None,
        timeout: float = 0.25,
        secret: str | bytes | None = None,
    ) -> None:
        for name, size in (
            ("ttl", ttl),
            ("max_entries", max_entries),
            ("max_bytes", max_bytes),
            ("max_entry_bytes", max_entry_bytes),
        ):
            check_non_negative(name, size)
        _redis_url(url)
        _positive("timeout", timeout)
        values = {
            "enabled": enabled,
            "ttl": ttl,
            "max_entries": max_entries,
            "max_bytes": max_bytes,
            "max_entry_bytes": max_entry_bytes,
            "url": url,
            "timeout": timeout,
            "secret": _secret_bytes(secret),
        }
        for name, value in values.items():
            object.__setattr__(self, name, value)  # frozen: set once, here

    def __repr__(self) -> str:
        url = "None" if self.url is None else repr(display_url(self.url))
        return (
            f"CacheOptions(enabled={self.enabled!r}, ttl={self.ttl!r}, "
            f"max_entries={self.max_entries!r}, max_bytes={self.max_bytes!r}, "
            f"max_entry_bytes={self.max_entry_bytes!r}, url={url}, timeout={self.timeout!r})"
        )


def cache_from_env(env: Mapping[str, str] | None = None) -> CacheOptions | None:
    """``CacheOptions(url=...)`` from ``DOCKER_HUB_CACHE_URL`` (and ``DOCKER_HUB_CACHE_SECRET``),
    or ``None`` when the URL is not set."""
    source = os.environ if env is None else env
    url = (source.get(ENV_URL) or "").strip()
    if not url:
        return None
    return CacheOptions(url=url, secret=source.get(ENV_SECRET) or None)


@dataclass(frozen=True, slots=True, repr=False)
class CacheInfo:
    """Counters of a :class:`~dockerhub._cache_store.CacheStore`: hits (served from the store) and
    misses (cacheable requests that went to the network) of this process, and the entries and
    bytes held now (in Redis: by every process sharing it)."""

    hits: int
    misses: int
    entries: int
    bytes: int
    backend: str = "memory"

    @property
    def hit_rate(self) -> float:
        """Hits as a share of cacheable requests (0.0 before any)."""
        total = self.hits + self.misses
        return self.hits / total if total else 0.0

    def __repr__(self) -> str:
        backend = "" if self.backend == "memory" else f", backend={self.backend!r}"
        return (
            f"CacheInfo(hits={self.hits}, misses={self.misses}, hit_rate={self.hit_rate:.0%}, "
            f"entries={self.entries}, bytes={self.bytes}{backend})"
        )
