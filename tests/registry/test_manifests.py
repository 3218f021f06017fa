"""Manifests, platforms, digests and image configs against the fake registry (sync and async)."""

from __future__ import annotations

import hashlib
import json

import pytest

from dockerhub import CacheOptions
from dockerhub.errors import NotFoundError, UnexpectedResponseError
from dockerhub.registry import (
    DigestMismatchError,
    ImageConfig,
    ImageIndex,
    ImageManifest,
    Platform,
)
from dockerhub.testing import FakeHub

from .conftest import REGISTRY_HOST, Both, registry_requests

OCI_INDEX = "application/vnd.oci.image.index.v1+json"
OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json"
DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json"
CDN_HOST = "production.cloudflare.docker.com"


def sha256(content: bytes) -> str:
    return "sha256:" + hashlib.sha256(content).hexdigest()


def test_first_call_answers_the_challenge_then_a_cached_token_costs_one_request(
    client: Both, fake_hub: FakeHub
) -> None:
    platforms = client("platforms", "nginx", "latest")

    assert [str(p) for p in platforms] == ["linux/amd64", "linux/arm64/v8", "linux/arm/v7"]
    assert registry_requests(fake_hub) == [
        ("GET", REGISTRY_HOST, "/v2/library/nginx/manifests/latest"),
        ("GET", "auth.docker.io", "/token"),
        ("GET", REGISTRY_HOST, "/v2/library/nginx/manifests/latest"),
    ]
    token_request = fake_hub.requests[1]
    assert token_request.query == {
        "scope": ["repository:library/nginx:pull"],
        "service": ["registry.docker.io"],
    }
    assert not token_request.has_authorization  # anonymous

    before = len(fake_hub.requests)
    client("platforms", "nginx", "stable")
    assert registry_requests(fake_hub, before) == [
        ("GET", REGISTRY_HOST, "/v2/library/nginx/manifests/stable")
    ]
    assert fake_hub.requests[-1].has_authorization


def test_platforms_leave_attestations_out_unless_asked(client: Both) -> None:
    plain = client("platforms", "nginx")
    full = client("platforms", "nginx", include_attestations=True)

    assert all(isinstance(p, Platform) and not p.is_attestation for p in plain)
    assert full[:3] == plain
    extra = full[3:]
    assert len(extra) == 3
    assert all(p.is_attestation and (p.os, p.architecture) == ("unknown", "unknown") for p in extra)
    assert len({p.digest for p in full}) == 6


def test_platform_digests_and_sizes_are_the_index_entries(client: Both) -> None:
    index = client("manifest", "library/nginx", "latest")
    platforms = client("platforms", ("library", "nginx"), "latest")

    assert isinstance(index, ImageIndex)
    entries = json.loads(index.content)["manifests"]
    assert [(p.digest, p.size) for p in platforms] == [
        (e["digest"], e["size"]) for e in entries[:3]
    ]
    child = client("manifest", "nginx", platforms[1].digest)
    assert isinstance(child, ImageManifest)
    assert child.digest == platforms[1].digest
    assert len(child.content) == platforms[1].size


def test_manifest_is_typed_with_exact_bytes_and_verified_digest(
    client: Both, fake_hub: FakeHub
) -> None:
    index = client("manifest", "nginx")

    assert isinstance(index, ImageIndex)
    assert index.media_type == OCI_INDEX
    assert index.digest == sha256(index.content)
    assert index.json()["mediaType"] == OCI_INDEX
    sent_accept = fake_hub.requests[-1].headers["accept"].split(", ")
    assert sent_accept == [OCI_INDEX, OCI_MANIFEST, DOCKER_LIST, DOCKER_MANIFEST]
    assert not any("distribution.manifest.v1" in kind for kind in sent_accept)  # no schema 1


def test_docker_media_types_list_and_single_manifest(client: Both) -> None:
    listing = client("manifest", "alpine", "latest")
    single = client("manifest", "alpine", "edge")

    assert isinstance(listing, ImageIndex)
    assert listing.media_type == DOCKER_LIST
    assert [str(p) for p in listing.platforms()] == ["linux/amd64", "linux/arm64/v8"]
    assert isinstance(single, ImageManifest)
    assert single.media_type == DOCKER_MANIFEST
    assert single.config.media_type == "application/vnd.docker.container.image.v1+json"
    assert len(single.layers) == 2
    assert single.total_size == single.config.size + sum(x.size for x in single.layers)


def test_platforms_of_a_single_image_come_from_its_config(client: Both) -> None:
    (platform,) = client("platforms", "alpine", "edge")
    manifest = client("manifest", "alpine", "edge")

    assert str(platform) == "linux/amd64"
    assert platform.digest == manifest.digest
    assert platform.size == len(manifest.content)


def test_digest_sends_only_head_requests_and_costs_no_pull(client: Both, fake_hub: FakeHub) -> None:
    digest = client("digest", "nginx", "latest")

    registry = [r for r in fake_hub.requests if r.host == REGISTRY_HOST]
    assert registry and {r.method for r in registry} == {"HEAD"}
    assert fake_hub.registry.pulls.pulls == {}
    assert digest == client("manifest", "nginx", "latest").digest
    assert client("digest", "nginx", digest) == digest


def test_a_tampered_manifest_is_refused_and_not_cached(client: Both, fake_hub: FakeHub) -> None:
    fake_hub.registry.tamper("library/nginx", "latest")

    with pytest.raises(DigestMismatchError) as caught:
        client("manifest", "nginx", "latest")
    assert caught.value.expected != caught.value.actual
    assert isinstance(caught.value, UnexpectedResponseError)
    with pytest.raises(DigestMismatchError):
        client("platforms", "nginx", "latest")


def test_a_manifest_not_matching_the_digest_asked_for_is_refused(
    client: Both, fake_hub: FakeHub
) -> None:
    digest = client("digest", "nginx", "stable")
    fake_hub.registry.tamper("library/nginx", digest)

    with pytest.raises(DigestMismatchError) as caught:
        client("manifest", "nginx", digest)
    assert caught.value.expected == digest


def test_image_config_follows_the_redirect_to_the_cdn_without_authorization(
    client: Both, fake_hub: FakeHub
) -> None:
    config = client("image_config", "nginx", "latest", platform="linux/arm64")

    assert isinstance(config, ImageConfig)
    assert (config.os, config.architecture, config.variant) == ("linux", "arm64", "v8")
    assert config.cmd == ("nginx", "-g", "daemon off;")
    assert config.entrypoint == ("/docker-entrypoint.sh",)
    assert config.labels["org.opencontainers.image.version"] == "latest"
    assert [h.empty_layer for h in config.history] == [False, False, True]
    assert config.digest == sha256(config.content)
    blob = [r for r in fake_hub.requests if "/blobs/" in r.path]
    cdn = [r for r in fake_hub.requests if r.host == CDN_HOST]
    assert [r.has_authorization for r in blob] == [True]
    assert len(cdn) == 1 and not cdn[0].has_authorization
    assert cdn[0].path == f"/registry-cdn/{config.digest}"


def test_the_fake_cdn_refuses_authorization(fake_hub: FakeHub) -> None:
    """The CDN check above can fail: the fake's storage rejects credentials."""
    import httpx

    with httpx.Client(transport=fake_hub.transport()) as http:
        refused = http.get(
            f"https://{CDN_HOST}/registry-cdn/sha256:00", headers={"Authorization": "Bearer x"}
        )
    assert refused.status_code == 400
    assert b"Only one auth mechanism allowed" in refused.content


def test_image_config_for_a_missing_platform_names_the_ones_there(client: Both) -> None:
    with pytest.raises(NotFoundError, match=r"no linux/s390x image .*linux/arm/v7"):
        client("image_config", "nginx", "latest", platform="linux/s390x")


def test_cached_by_digest_for_good_by_tag_for_the_ttl(
    make_client: object, fake_hub: FakeHub
) -> None:
    client = make_client(cache=CacheOptions(ttl=0))  # type: ignore[operator]
    digest = client("digest", "nginx", "latest")
    client("manifest", "nginx", digest)
    client("manifest", "nginx", digest)
    client("manifest", "nginx", "latest")
    client("manifest", "nginx", "latest")

    gets = [r.path for r in fake_hub.requests if r.method == "GET" and r.host == REGISTRY_HOST]
    assert gets.count(f"/v2/library/nginx/manifests/{digest}") == 1
    assert gets.count("/v2/library/nginx/manifests/latest") == 2


def test_tag_cache_hit_and_fresh_bypass(client: Both, fake_hub: FakeHub) -> None:
    client("manifest", "nginx", "latest")
    client("manifest", "nginx", "latest")
    assert fake_hub.registry.pulls.pulls == {"192.0.2.10": 1}

    with client.hub.fresh():
        client("manifest", "nginx", "latest")
    assert fake_hub.registry.pulls.pulls == {"192.0.2.10": 2}


def test_clear_registry_cache_forgets_manifests_and_tokens(client: Both, fake_hub: FakeHub) -> None:
    client("manifest", "nginx", "latest")
    client.hub.clear_registry_cache()
    before = len(fake_hub.requests)
    client("manifest", "nginx", "latest")

    assert registry_requests(fake_hub, before) == [
        ("GET", REGISTRY_HOST, "/v2/library/nginx/manifests/latest"),
        ("GET", "auth.docker.io", "/token"),
        ("GET", REGISTRY_HOST, "/v2/library/nginx/manifests/latest"),
    ]
