"""Registry auth (anonymous, Basic, per-scope tokens), error mapping, pull limits, paging."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

import pytest

from dockerhub.errors import (
    AuthenticationError,
    ClientClosedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnexpectedResponseError,
)
from dockerhub.registry import PullRateLimitError
from dockerhub.testing import FakeHub

from .conftest import ALICE_PAT, REGISTRY_HOST, Both, registry_requests


def test_one_token_per_scope_and_the_known_realm_saves_the_refused_attempt(
    client: Both, fake_hub: FakeHub
) -> None:
    client("platforms", "nginx")
    before = len(fake_hub.requests)
    client("platforms", "alpine")
    client("digest", "nginx", "latest")

    assert registry_requests(fake_hub, before) == [
        ("GET", "auth.docker.io", "/token"),
        ("GET", REGISTRY_HOST, "/v2/library/alpine/manifests/latest"),
        ("HEAD", REGISTRY_HOST, "/v2/library/nginx/manifests/latest"),
    ]
    assert [t.scopes for t in fake_hub.registry.tokens.issued] == [
        ("repository:library/nginx:pull",),
        ("repository:library/alpine:pull",),
    ]


def test_logged_in_identity_goes_to_the_realm_as_basic_and_the_hub_is_never_asked(
    alice: Both, fake_hub: FakeHub
) -> None:
    (platform,) = alice("platforms", "alice/private-app")

    assert str(platform) == "linux/amd64"
    assert [t.account for t in fake_hub.registry.tokens.issued] == ["alice"]
    realm = [r for r in fake_hub.requests if r.path == "/token"]
    assert [r.has_authorization for r in realm] == [True]
    # No Hub login happened: the Hub's JWT does not exist, so it cannot reach the registry.
    assert all(r.host != "hub.docker.com" for r in fake_hub.requests)


def test_anonymous_cannot_see_a_private_repository(client: Both) -> None:
    with pytest.raises(AuthenticationError, match="UNAUTHORIZED"):
        client("platforms", "alice/private-app")


def test_another_account_is_denied(make_client: Callable[..., Both]) -> None:
    bob = make_client({"DOCKER_HUB_USERNAME": "bob", "DOCKER_HUB_PASSWORD": "bob-password"})
    with pytest.raises(PermissionDeniedError, match="DENIED"):
        bob("manifest", "alice/private-app", "latest")


def test_wrong_credentials_are_refused_by_the_realm(make_client: Callable[..., Both]) -> None:
    wrong = make_client({"DOCKER_HUB_USERNAME": "alice", "DOCKER_HUB_PASSWORD": "nope"})
    with pytest.raises(AuthenticationError, match="token service refused") as caught:
        wrong("digest", "nginx", "latest")
    assert "nope" not in str(caught.value)


def test_credentials_are_not_offered_to_another_registry(
    make_client: Callable[..., Both], fake_hub: FakeHub
) -> None:
    other = make_client(
        {"DOCKER_HUB_USERNAME": "alice", "DOCKER_HUB_TOKEN": ALICE_PAT},
        registry_url="https://registry.example.com",
    )
    other("digest", "nginx", "latest")

    assert [t.account for t in fake_hub.registry.tokens.issued] == [None]
    hosts = {r.host for r in fake_hub.requests}
    assert hosts == {"registry.example.com"}
    assert not next(r for r in fake_hub.requests if r.path == "/token").has_authorization


def test_missing_tag_and_missing_repository_are_not_found(client: Both) -> None:
    with pytest.raises(NotFoundError, match="MANIFEST_UNKNOWN"):
        client("manifest", "nginx", "no-such-tag")
    with pytest.raises(NotFoundError, match="NAME_UNKNOWN"):
        client("platforms", "nobody/nothing")
    with pytest.raises(NotFoundError) as caught:
        client("digest", "nginx", "no-such-tag")  # HEAD: no body, the status decides
    assert caught.value.status == 404


def test_gets_count_as_pulls_heads_do_not(client: Both, fake_hub: FakeHub) -> None:
    client("digest", "nginx", "latest")
    client("pull_rate_limit")
    client("manifest", "nginx", "latest")
    client("manifest", "nginx", "stable")

    assert fake_hub.registry.pulls.pulls == {"192.0.2.10": 2}
    limit = client("pull_rate_limit")
    assert (limit.limit, limit.remaining, limit.window) == (100, 98, 21600)
    assert limit.source == "192.0.2.10"


def test_an_exhausted_pull_limit_is_a_rate_limit_error_sent_once(
    client: Both, fake_hub: FakeHub
) -> None:
    fake_hub.registry.set_pull_limit(1)
    client("manifest", "nginx", "latest")
    before = len(fake_hub.requests)

    with pytest.raises(PullRateLimitError) as caught:
        client("manifest", "nginx", "stable")

    error = caught.value
    assert isinstance(error, RateLimitError)
    assert error.status == 429
    assert "TOOMANYREQUESTS" in error.message
    assert (error.pull_limit.limit, error.pull_limit.remaining) == (1, 0)
    assert error.pull_limit.window == 21600
    assert (error.limit, error.remaining) == (1, 0)
    assert len(fake_hub.requests) - before == 1  # not retried: it would not help for hours


def test_pull_rate_limit_for_the_account_or_anonymous(alice: Both, fake_hub: FakeHub) -> None:
    mine = alice("pull_rate_limit")
    anonymous = alice("pull_rate_limit", anonymous=True)

    assert (mine.limit, mine.source) == (200, "account:alice")
    assert (anonymous.limit, anonymous.source) == (100, "192.0.2.10")
    assert [t.account for t in fake_hub.registry.tokens.issued] == ["alice", None]
    assert {r.method for r in fake_hub.requests if r.host == REGISTRY_HOST} == {"HEAD"}


def test_pull_rate_limit_unlimited_without_headers(alice: Both, fake_hub: FakeHub) -> None:
    fake_hub.registry.set_pull_limit(None, account="alice")
    limit = alice("pull_rate_limit")

    assert limit.unlimited
    assert (limit.limit, limit.remaining, limit.window) == (None, None, None)
    assert repr(limit) == "PullRateLimit(unlimited)"


def test_registry_tags_follow_link_pages(client: Both, fake_hub: FakeHub) -> None:
    tags = client.tags("nginx", per_page=64)

    assert tags == sorted(fake_hub.state.repos[("library", "nginx")].tags)
    assert len(tags) == 300
    pages = [r for r in fake_hub.requests if r.path.endswith("/tags/list")]
    assert len(pages) == 5 + 1  # five pages, plus the first attempt the challenge refused
    assert pages[-1].query == {"n": ["64"], "last": [tags[255]]}


def test_a_next_page_on_another_origin_is_refused(client: Both, fake_hub: FakeHub) -> None:
    client("digest", "nginx", "latest")  # the token is cached: the next request is served
    fake_hub.fail_next(
        200,
        path="/v2/library/nginx/tags/list",
        body={"name": "library/nginx", "tags": ["a"]},
        headers={"Link": '<https://evil.example/v2/library/nginx/tags/list?n=1>; rel="next"'},
    )
    with pytest.raises(UnexpectedResponseError, match="another origin"):
        client.tags("nginx")


def test_transient_failures_are_retried_like_the_hub_s(client: Both, fake_hub: FakeHub) -> None:
    client("digest", "nginx", "latest")
    fake_hub.fail_next(503, path="/v2/library/nginx/manifests/latest", times=2)

    assert len(client("platforms", "nginx")) == 3


def test_a_manifest_larger_than_the_cap_is_not_read(client: Both, fake_hub: FakeHub) -> None:
    client("digest", "nginx", "latest")
    fake_hub.fail_next(
        200, path="/v2/library/nginx/manifests/", body=b"{" + b" " * (5 * 1024 * 1024) + b"}"
    )
    with pytest.raises(UnexpectedResponseError, match="larger than 4194304 bytes"):
        client("manifest", "nginx", "latest")


def test_a_schema1_answer_is_refused(client: Both, fake_hub: FakeHub) -> None:
    client("digest", "nginx", "latest")
    body = json.dumps({"schemaVersion": 1, "name": "library/nginx", "fsLayers": []}).encode()
    fake_hub.fail_next(
        200,
        path="/v2/library/nginx/manifests/",
        body=body,
        content_type="application/vnd.docker.distribution.manifest.v1+prettyjws",
        headers={"Docker-Content-Digest": "sha256:" + hashlib.sha256(body).hexdigest()},
    )
    with pytest.raises(UnexpectedResponseError, match="unsupported manifest media type"):
        client("manifest", "nginx", "latest")


def test_arguments_are_checked_before_any_request(client: Both, fake_hub: FakeHub) -> None:
    with pytest.raises(ValueError, match="not a valid tag"):
        client("manifest", "nginx", "bad tag")
    with pytest.raises(ValueError, match="not a valid digest"):
        client("digest", "nginx", "sha256:xyz")
    with pytest.raises(ValueError, match="os/architecture"):
        client("image_config", "nginx", platform="linux")
    with pytest.raises(ValueError, match="namespace"):
        client("platforms", "Not/Valid")
    assert fake_hub.requests == []


def test_the_client_s_response_cap_applies_to_the_registry(
    make_client: Callable[..., Both],
) -> None:
    small = make_client(max_response_bytes=500)
    with pytest.raises(UnexpectedResponseError, match="500"):
        small("manifest", "nginx", "latest")  # the index is about 2 KB


def test_a_closed_client_refuses_registry_calls(client: Both, fake_hub: FakeHub) -> None:
    client.close()
    with pytest.raises(ClientClosedError):
        client("digest", "nginx", "latest")
    assert fake_hub.requests == []
