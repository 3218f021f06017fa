"""The response cache's settings (:class:`CacheOptions`) and counters (:class:`CacheInfo`).

``CacheOptions(url="redis://host:6379/0")`` moves the entries from this process's memory to
a Redis server every process can share; :func:`cache_from_env` reads the same from
``DOCKER_HUB_CACHE_URL`` (and the key of the credential hash from
``DOCKER_HUB_CACHE_SECRET``), for ``from_env()`` and the CLI.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import attrs

__all__ = ["CacheInfo", "CacheOptions", "cache_from_env", "display_url"]

ENV_URL = "DOCKER_HUB_CACHE_URL"
ENV_SECRET = "DOCKER_HUB_CACHE_SECRET"
_SCHEMES = ("redis", "rediss", "unix")


def _non_negative(_instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if not value >= 0:  # also refuses NaN
        raise ValueError(f"{attribute.name} must be >= 0, got {value!r}")


def _positive(_instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if not value > 0:
        raise ValueError(f"{attribute.name} must be > 0, got {value!r}")


def _redis_url(_instance: object, _attribute: attrs.Attribute[Any], value: str | None) -> None:
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


@attrs.frozen
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
        secret: the key of the HMAC that names each credential in Redis; every process
            sharing the cache needs the same one. ``None`` keeps a random one in Redis.
            Never shown.
    """

    enabled: bool = True
    ttl: float = attrs.field(default=300.0, validator=_non_negative)
    max_entries: int = attrs.field(default=1024, validator=_non_negative)
    max_bytes: int = attrs.field(default=32 * 1024 * 1024, validator=_non_negative)
    max_entry_bytes: int = attrs.field(default=4 * 1024 * 1024, validator=_non_negative)
    url: str | None = attrs.field(
        default=None,
        validator=_redis_url,
        repr=lambda url: "None" if url is None else repr(display_url(url)),
    )
    timeout: float = attrs.field(default=0.25, validator=_positive)
    secret: bytes | None = attrs.field(default=None, converter=_secret_bytes, repr=False)


def cache_from_env(env: Mapping[str, str] | None = None) -> CacheOptions | None:
    """``CacheOptions(url=...)`` from ``DOCKER_HUB_CACHE_URL`` (and ``DOCKER_HUB_CACHE_SECRET``),
    or ``None`` when the URL is not set."""
    source = os.environ if env is None else env
    url = (source.get(ENV_URL) or "").strip()
    if not url:
        return None
    return CacheOptions(url=url, secret=source.get(ENV_SECRET) or None)


@attrs.frozen(repr=False)
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
