"""The registry's pure parts: challenges, pull-limit headers, the token and result caches,
names and platforms."""

from __future__ import annotations

import pytest

from dockerhub.registry import UNLIMITED, PlatformSpec, PullRateLimit
from dockerhub.registry._cache import RegistryCache
from dockerhub.registry._names import parse_platform, registry_name
from dockerhub.registry._ratelimit import parse_pull_limit
from dockerhub.registry._token import Challenge, Identity, TokenCache, parse_challenge


def test_parse_bearer_challenge() -> None:
    header = (
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",'
        'scope="repository:library/nginx:pull"'
    )
    assert parse_challenge(header) == Challenge(
        "bearer", "https://auth.docker.io/token", "registry.docker.io",
        "repository:library/nginx:pull",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, None),
        ("", None),
        ('Bearer service="x"', None),  # no realm: nothing to ask
        ('Negotiate realm="x"', None),
        ('Basic realm="Registry"', Challenge("basic", "Registry")),
        ("bearer realm=https://r/t, service=s", Challenge("bearer", "https://r/t", "s")),
        (
            'Bearer realm="https://r/t",error="insufficient_scope",scope="repository:a/b:pull"',
            Challenge("bearer", "https://r/t", None, "repository:a/b:pull"),
        ),
    ],
)
def test_parse_other_challenges(header: str | None, expected: Challenge | None) -> None:
    assert parse_challenge(header) == expected


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            {
                "ratelimit-limit": "100;w=21600",
                "ratelimit-remaining": "76;w=21600",
                "docker-ratelimit-source": "203.0.113.9",
            },
            PullRateLimit(100, 76, 21600, "203.0.113.9"),
        ),
        ({"ratelimit-limit": "200", "ratelimit-remaining": "3"}, PullRateLimit(200, 3, None)),
        ({"ratelimit-limit": "100, 100;w=21600"}, PullRateLimit(100, None, None)),
        ({}, UNLIMITED),
        ({"ratelimit-limit": "lots"}, UNLIMITED),
        ({"docker-ratelimit-source": "x"}, PullRateLimit(None, None, None, "x")),
    ],
)
def test_parse_pull_limit(headers: dict[str, str], expected: PullRateLimit) -> None:
    assert parse_pull_limit(headers) == expected


def test_pull_limit_repr() -> None:
    assert repr(PullRateLimit(100, 76, 21600, "1.2.3.4")) == (
        "PullRateLimit(remaining=76, limit=100 per 21600s, source='1.2.3.4')"
    )
    assert repr(UNLIMITED) == "PullRateLimit(unlimited)"
    assert UNLIMITED.unlimited and not PullRateLimit(1, 0, 60).unlimited


def test_token_cache_per_identity_and_scope_until_expiry() -> None:
    now = [1000.0]
    cache = TokenCache(clock=lambda: now[0], margin=5)
    alice = Identity("alice", "secret")
    cache.put(None, "repository:a/b:pull", "anon", 60)
    cache.put(alice, "repository:a/b:pull", "mine", 300)

    assert cache.get(None, "repository:a/b:pull") == "anon"
    assert cache.get(alice, "repository:a/b:pull") == "mine"
    assert cache.get(Identity("alice", "other"), "repository:a/b:pull") is None
    assert cache.get(None, "repository:a/c:pull") is None
    now[0] = 1054.9
    assert cache.get(None, "repository:a/b:pull") == "anon"
    now[0] = 1055.0  # within the margin of expiry: renewed rather than sent
    assert cache.get(None, "repository:a/b:pull") is None
    assert cache.get(alice, "repository:a/b:pull") == "mine"


def test_identity_hides_its_secret() -> None:
    identity = Identity("alice", "dckr_pat_secret")
    assert "dckr_pat_secret" not in repr(identity)
    assert "dckr_pat_secret" not in identity.key
    assert identity.basic() == "Basic YWxpY2U6ZGNrcl9wYXRfc2VjcmV0"


def test_registry_cache_digest_entries_outlive_the_ttl_tag_entries_do_not() -> None:
    now = [0.0]
    cache = RegistryCache(lambda: (True, 10.0), max_entries=2, clock=lambda: now[0])
    cache.put("d1", "one", immutable=True, size=1)
    cache.put("t1", "tag", immutable=False)
    now[0] = 11.0
    assert cache.get("d1", immutable=True) == "one"
    assert cache.get("t1", immutable=False) is None
    cache.put("d2", "two", immutable=True, size=1)
    cache.put("d3", "three", immutable=True, size=1)  # over max_entries: d1 (oldest) goes
    assert cache.get("d1", immutable=True) is None
    assert cache.get("d3", immutable=True) == "three"


def test_registry_cache_bytes_bound_and_off_switch() -> None:
    enabled = [True]
    cache = RegistryCache(lambda: (enabled[0], 300.0), max_bytes=10)
    cache.put("big", "x", immutable=True, size=11)
    cache.put("a", "a", immutable=True, size=6)
    cache.put("b", "b", immutable=True, size=6)
    assert cache.get("big", immutable=True) is None
    assert cache.get("a", immutable=True) is None
    assert cache.get("b", immutable=True) == "b"
    enabled[0] = False
    assert cache.get("b", immutable=True) is None


@pytest.mark.parametrize(
    ("given", "name"),
    [
        ("nginx", "library/nginx"),
        ("library/nginx", "library/nginx"),
        (("library", "nginx"), "library/nginx"),
        (("_", "nginx"), "library/nginx"),
        ("alice/web", "alice/web"),
    ],
)
def test_repository_forms(given: str | tuple[str, str], name: str) -> None:
    assert registry_name(given) == name


def test_platform_parsing_and_matching() -> None:
    assert parse_platform("linux/arm64/v8") == PlatformSpec("linux", "arm64", "v8")
    arm64 = PlatformSpec("linux", "arm64")
    assert parse_platform("linux/arm64").matches(PlatformSpec("linux", "arm64", "v8"))
    assert parse_platform("linux/arm64/v8").matches(arm64)  # v8 is arm64's default
    assert not parse_platform("linux/arm/v6").matches(PlatformSpec("linux", "arm", "v7"))
    assert not parse_platform("windows/amd64").matches(PlatformSpec("linux", "amd64"))
    with pytest.raises(ValueError, match="os/architecture"):
        parse_platform("linux/arm64/v8/extra")
