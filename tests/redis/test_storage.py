"""The Redis storage under the cache rules: epochs, the Drop contract, expiry, bounds, secrets."""

from __future__ import annotations

import re
import sys

import httpx
import pytest
import redis

from dockerhub import CacheOptions, DockerHub
from dockerhub._cache import CacheStore
from dockerhub._cache_options import cache_from_env, display_url
from dockerhub._cache_rules import Drop, Key

BASE = "https://hub.example"


def get(path: str, token: str | None = None) -> httpx.Request:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.Request("GET", f"{BASE}{path}", headers=headers)


def answer(body: bytes = b'{"name": "web"}', **headers: str) -> httpx.Response:
    return httpx.Response(
        200, content=body, headers={"Content-Type": "application/json", **headers}
    )


def keep(store: CacheStore, request: httpx.Request, body: bytes = b"{}") -> Key:
    key = store.key_for(request)
    assert key is not None
    store.store(key, answer(body), epoch=store.begin_miss())
    return key


def test_a_read_that_began_before_a_write_elsewhere_is_not_kept(redis_url: str) -> None:
    reader, writer = (
        CacheStore(CacheOptions(url=redis_url)),
        CacheStore(CacheOptions(url=redis_url)),
    )
    key = reader.key_for(get("/v2/repositories/alice/web"))
    assert key is not None

    epoch = reader.begin_miss()
    writer.after_uncached(
        httpx.Request("PATCH", f"{BASE}/v2/repositories/alice/web"), httpx.Response(200)
    )
    reader.store(key, answer(), epoch=epoch)
    assert reader.lookup(key) is None

    reader.store(key, answer(), epoch=reader.begin_miss())
    hit = writer.lookup(key)
    assert hit is not None and hit.content == b'{"name": "web"}'


def test_a_write_drops_what_its_drop_matches_for_every_credential(redis_url: str) -> None:
    store = CacheStore(CacheOptions(url=redis_url))
    web = [keep(store, get("/v2/repositories/alice/web", token)) for token in ("a", "b", None)]
    tags = keep(store, get("/v2/repositories/alice/web/tags?page_size=10"))
    other = keep(store, get("/v2/repositories/library/nginx"))

    dropped = CacheStore(CacheOptions(url=redis_url)).invalidate_for_write(
        httpx.Request("DELETE", f"{BASE}/v2/repositories/alice/web/tags/old")
    )

    assert dropped == 4
    assert [store.lookup(key) for key in [*web, tags]] == [None] * 4
    assert store.lookup(other) is not None


def test_storage_asks_the_drop_and_decides_nothing_itself(redis_url: str) -> None:
    store = CacheStore(CacheOptions(url=redis_url))
    keys = [keep(store, get(path)) for path in ("/v2/a/one", "/v2/a/two", "/v2/b/one")]
    asked: list[str] = []

    class Recording(Drop):
        def matches(self, path: str) -> bool:
            asked.append(path)
            return path.endswith("/one")

    storage = store._storage
    assert storage.invalidate(BASE, Recording((), frozenset(), ())) == 2
    assert sorted(asked) == ["/v2/a/one", "/v2/a/two", "/v2/b/one"]
    assert [store.lookup(key) is None for key in keys] == [True, False, True]
    assert storage.invalidate("https://elsewhere.example", Recording((), frozenset(), ())) == 0


def test_entries_expire_in_redis_after_the_ttl(redis_url: str) -> None:
    store = CacheStore(CacheOptions(url=redis_url, ttl=30))
    keep(store, get("/v2/repositories/library/nginx"))
    with redis.Redis.from_url(redis_url) as client:
        (name,) = client.keys("dockerhub:1:e:*")
        assert 29_000 < client.pttl(name) <= 30_000
        assert client.ttl("dockerhub:1:index") == -1  # never evicted by volatile-* policies


def test_a_response_above_max_entry_bytes_is_served_but_not_stored(redis_url: str) -> None:
    store = CacheStore(CacheOptions(url=redis_url, max_entry_bytes=1000))
    small = keep(store, get("/v2/small"), b"x" * 100)
    large = store.key_for(get("/v2/large"))
    assert large is not None
    served = store.store(large, answer(b"y" * 5000), epoch=store.begin_miss())
    assert served.content == b"y" * 5000
    assert store.lookup(large) is None
    assert store.lookup(small) is not None
    assert store.info().entries == 1


def test_set_cookie_is_served_to_the_caller_but_never_stored(redis_url: str) -> None:
    store = CacheStore(CacheOptions(url=redis_url))
    key = store.key_for(get("/v2/x"))
    assert key is not None
    served = store.store(key, answer(**{"Set-Cookie": "session=s3cret"}), epoch=store.begin_miss())
    assert served.headers["set-cookie"] == "session=s3cret"
    hit = CacheStore(CacheOptions(url=redis_url)).lookup(key)
    assert hit is not None and "set-cookie" not in hit.headers
    with redis.Redis.from_url(redis_url) as client:
        (name,) = client.keys("dockerhub:1:e:*")
        assert b"s3cret" not in client.get(name)


def test_clear_drops_every_processes_entries_but_keeps_the_credential_key(
    redis_url: str,
) -> None:
    one, two = CacheStore(CacheOptions(url=redis_url)), CacheStore(CacheOptions(url=redis_url))
    key = keep(one, get("/v2/x"))
    assert two.lookup(key) is not None
    two.clear()
    assert one.lookup(key) is None
    assert (one.info().entries, two.info().hits) == (0, 0)
    with redis.Redis.from_url(redis_url) as client:
        assert client.keys("dockerhub:1:e:*") == []
        assert client.exists("dockerhub:1:secret") == 1


def test_a_configured_secret_stays_out_of_redis_and_separates_deployments(
    redis_url: str,
) -> None:
    ours = CacheStore(CacheOptions(url=redis_url, secret="fleet-one"))
    same = CacheStore(CacheOptions(url=redis_url, secret=b"fleet-one"))
    theirs = CacheStore(CacheOptions(url=redis_url, secret="fleet-two"))
    key = keep(ours, get("/v2/x", "token"))
    assert same.lookup(key) is not None
    assert theirs.lookup(key) is None
    with redis.Redis.from_url(redis_url) as client:
        assert client.exists("dockerhub:1:secret") == 0


def test_options_never_show_the_password_or_the_secret() -> None:
    options = CacheOptions(url="redis://user:pa55word@cache.internal:6380/2", secret="k3y")
    assert "pa55word" not in repr(options) and "k3y" not in repr(options)
    assert "redis://cache.internal:6380/2" in repr(options)
    hidden = CacheOptions(url="redis://cache.internal/0?password=pa55word&db=1")
    assert repr(hidden).count("pa55word") == 0
    assert display_url("unix://:pa55word@/run/redis.sock?db=1") == "unix:///run/redis.sock"
    with pytest.raises(ValueError, match=re.escape("got 'http://cache.internal/'")):
        CacheOptions(url="http://me:pa55word@cache.internal/")


def test_the_environment_selects_the_shared_cache(redis_url: str) -> None:
    env = {"DOCKER_HUB_CACHE_URL": redis_url, "DOCKER_HUB_CACHE_SECRET": "s"}
    assert cache_from_env(env) == CacheOptions(url=redis_url, secret=b"s")
    assert cache_from_env({}) is None
    with DockerHub.from_env(env) as hub:
        assert hub.cache_info().backend == f"redis {redis_url}"
    with DockerHub.from_env(env, cache=False) as hub:
        assert hub.cache_info().backend == "memory"


def test_set_cache_options_keeps_the_url(redis_url: str) -> None:
    with DockerHub(cache=redis_url) as hub:
        hub.set_cache_options(time=60)
        assert hub.cache_info().backend == f"redis {redis_url}"


def test_a_redis_url_without_the_redis_package_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)
    with pytest.raises(ImportError, match=re.escape("pip install 'dockerhub-sdk[redis]'")):
        DockerHub(cache="redis://127.0.0.1:6379/0")
