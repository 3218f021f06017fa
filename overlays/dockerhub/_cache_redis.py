"""The shared cache backend: entries in Redis, seen by every process that points at it.

A :class:`~dockerhub._cache_backend.Storage` like the in-memory one, so the rules (keys,
freshness, what a write makes stale) stay in :mod:`dockerhub._cache_rules`. What is kept,
all under the prefix ``dockerhub:1:``:

``e:<sha256>``
    one entry: a JSON head (status, headers, stored-at time, upstream age) and the body.
    The name is a SHA-256 of method, origin, path, query and the credential's HMAC (see
    :mod:`dockerhub._redis_link`); no token, cookie or ``Set-Cookie`` is stored. Redis
    expires it after the TTL; a larger response than ``max_entry_bytes`` is never stored.
``index``
    a sorted set of ``[origin, path, entry name]`` scored by expiry time: what a write
    consults to find the entries it makes stale.
``epoch``
    a counter every invalidation and clear increments.
``secret``
    the HMAC key, unless ``CacheOptions.secret`` is set.

**Invalidation by key set, not by generation counters.** A write's
:class:`~dockerhub._cache_rules.Drop` may reach across namespaces (a repository created
with its namespace in the body drops every namespace's repository list), so no one
per-namespace counter can express it, and counters would add a second round trip to every
hit. Instead the writing process increments ``epoch``, reads the live index, asks
``drop.matches`` for each path and deletes what matched, for every process at once. A write
thus reads the whole live index (one round trip, O(entries)), which suits a cache of reads
far more frequent than writes; :meth:`RedisStorage.size` (``cache_info()``) reads it too. A read
that began before the write cannot store its possibly older answer afterwards: an entry is
stored by a Lua script that first checks ``epoch`` is still what it was when the read left.

Everything is plain commands plus that one short script, on one server (not Redis
Cluster: the script touches keys of several slots). Losing an entry costs one miss; losing
the index or the epoch to eviction could let an entry outlive a write, so a ``volatile-*``
``maxmemory-policy`` is the one to use: only keys with an expiry (entries, rate-limit
records) are evicted. A flush is harmless: every process starts over with misses.
"""

from __future__ import annotations

import hashlib
import json
import time
from typing import TYPE_CHECKING, Any

from ._cache_rules import Entry, shareable
from ._redis_link import RedisLink

if TYPE_CHECKING:
    from ._cache_options import CacheOptions
    from ._cache_rules import Drop, Key
    from ._redis_link import Flow

__all__ = ["RedisStorage"]

_MAX_NAMES = 4096
_NO_EPOCH = object()  # what epoch() answers when Redis did not: nothing will be stored

# KEYS: epoch, entry, index. ARGV: expected epoch, value, ttl ms, now ms, index member.
_STORE = """
if (redis.call('GET', KEYS[1]) or '0') ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', ARGV[4])
redis.call('ZADD', KEYS[3], tonumber(ARGV[4]) + tonumber(ARGV[3]), ARGV[5])
return 1
"""


class RedisStorage:
    """Entries in the Redis server of ``link`` (see the module docstring for the layout)."""

    shared = True

    def __init__(self, link: RedisLink, options: CacheOptions) -> None:
        self.link = link
        self._ttl = options.ttl
        self._epoch_key = link.key("epoch")
        self._index_key = link.key("index")
        # (key, secret) -> entry name: two hashes per hit are worth remembering.
        self._names: dict[tuple[Key, bytes], str] = {}

    def configure(self, options: CacheOptions) -> None:
        self._ttl = options.ttl

    # -- the Storage operations, each one flow run sync or async -------------------------------

    def get(self, key: Key) -> Entry | None:
        return self.link.run(self._get(key), None)

    async def aget(self, key: Key) -> Entry | None:
        return await self.link.arun(self._get(key), None)

    def discard(self, key: Key) -> None:
        """Nothing to do: Redis expires entries itself."""

    def epoch(self) -> object:
        return self.link.run(self._epoch(), _NO_EPOCH)

    async def aepoch(self) -> object:
        return await self.link.arun(self._epoch(), _NO_EPOCH)

    def put(self, key: Key, entry: Entry, epoch: object) -> None:
        self.link.run(self._put(key, entry, epoch), None)

    async def aput(self, key: Key, entry: Entry, epoch: object) -> None:
        await self.link.arun(self._put(key, entry, epoch), None)

    def invalidate(self, origin: str, drop: Drop) -> int:
        return self.link.run(self._invalidate(origin, drop), 0)

    async def ainvalidate(self, origin: str, drop: Drop) -> int:
        return await self.link.arun(self._invalidate(origin, drop), 0)

    def clear(self) -> None:
        self.link.run(self._clear(), None)

    def size(self) -> tuple[int, int]:
        return self.link.run(self._size(), (0, 0))

    def close(self) -> None:
        self.link.close()

    async def aclose(self) -> None:
        await self.link.aclose()

    # -- flows ---------------------------------------------------------------------------------

    def _name(self, key: Key, secret: bytes) -> str:
        name = self._names.get((key, secret))
        if name is None:
            credential = self.link.credential_id(secret, key.credential)
            parts = "\0".join((key.method, key.origin, key.path, key.query, credential))
            name = self.link.key("e", hashlib.sha256(parts.encode()).hexdigest()[:40])
            if len(self._names) >= _MAX_NAMES:
                self._names.clear()
            self._names[(key, secret)] = name
        return name

    def _get(self, key: Key) -> Flow[Entry | None]:
        secret = yield from self.link.secret_flow()
        raw = yield ("GET", self._name(key, secret))
        return _decode(raw) if isinstance(raw, bytes) else None

    def _epoch(self) -> Flow[object]:
        (epoch,) = yield from self.link.refresh_secret_flow(("GET", self._epoch_key))
        return epoch if isinstance(epoch, bytes) else b"0"

    def _put(self, key: Key, entry: Entry, epoch: object) -> Flow[None]:
        ttl_ms = int(self._ttl * 1000)
        if not isinstance(epoch, bytes) or ttl_ms <= 0:
            return
        secret = yield from self.link.secret_flow()
        name = self._name(key, secret)
        member = json.dumps([key.origin, key.path, name])
        now_ms = int(time.time() * 1000)
        keys = (self._epoch_key, name, self._index_key)
        yield ("EVAL", _STORE, len(keys), *keys, epoch, _encode(entry), ttl_ms, now_ms, member)

    def _invalidate(self, origin: str, drop: Drop) -> Flow[int]:
        now_ms = int(time.time() * 1000)
        _, members = yield [
            ("INCR", self._epoch_key),
            ("ZRANGEBYSCORE", self._index_key, now_ms, "+inf"),
        ]
        names: list[str] = []
        doomed: list[bytes] = []
        for member in members:
            entry_origin, path, name = json.loads(member)
            if entry_origin == origin and drop.matches(path):
                names.append(name)
                doomed.append(member)
        if doomed:
            yield [("UNLINK", *names), ("ZREM", self._index_key, *doomed)]
        return len(set(names))

    def _clear(self) -> Flow[None]:
        yield [("INCR", self._epoch_key), ("DEL", self._index_key)]
        cursor: Any = 0
        while True:
            cursor, names = yield ("SCAN", cursor, "MATCH", self.link.key("e", "*"), "COUNT", 500)
            if names:
                yield ("UNLINK", *names)
            if int(cursor) == 0:
                return

    def _size(self) -> Flow[tuple[int, int]]:
        now_ms = int(time.time() * 1000)
        members = yield ("ZRANGEBYSCORE", self._index_key, now_ms, "+inf")
        names = sorted({json.loads(member)[2] for member in members})
        if not names:
            return 0, 0
        lengths = yield [("STRLEN", name) for name in names]
        held = [length for length in lengths if length]
        return len(held), sum(held)

    def __repr__(self) -> str:
        return f"RedisStorage({self.link.display!r})"


def _encode(entry: Entry) -> bytes:
    entry = shareable(entry)
    head = {
        "s": entry.status,
        "h": [[n.decode("latin-1"), v.decode("latin-1")] for n, v in entry.headers],
        "x": [[n, v.decode("latin-1")] for n, v in entry.extensions if isinstance(v, bytes)],
        "t": entry.stored_at,
        "a": entry.upstream_age,
    }
    return json.dumps(head, separators=(",", ":")).encode() + b"\n" + entry.body


def _decode(raw: bytes) -> Entry | None:
    """The entry stored as ``raw``, or ``None`` for anything unreadable (an older format)."""
    try:
        text, _, body = raw.partition(b"\n")
        head = json.loads(text)
        headers = tuple((n.encode("latin-1"), v.encode("latin-1")) for n, v in head["h"])
        return Entry(
            status=int(head["s"]),
            headers=headers,
            body=body,
            extensions=tuple((n, v.encode("latin-1")) for n, v in head["x"]),
            stored_at=float(head["t"]),
            upstream_age=int(head["a"]),
            size=len(body) + sum(len(n) + len(v) for n, v in headers),
        )
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeError):
        return None
