"""The registry operations, each written once as a flow (see :mod:`._exchange`).

Every manifest and blob is checked against the digest the registry states
(``Docker-Content-Digest``) and the digest asked for, by hashing the exact bytes received;
a mismatch raises :class:`~._errors.DigestMismatchError` and nothing is cached.
"""

from __future__ import annotations

import hashlib

import httpx

from ..errors import NotFoundError, UnexpectedResponseError
from ._errors import DigestMismatchError
from ._exchange import Flow, RegistrySession, checked, exchange, follow_redirects
from ._models import ImageConfig, ImageIndex, ImageManifest, Platform, PlatformSpec, PullRateLimit
from ._names import is_digest
from ._parse import ACCEPT_MANIFESTS, MalformedError, load_json, parse_config, parse_manifest
from ._ratelimit import parse_pull_limit
from ._token import identity_key

__all__ = [
    "config_flow",
    "digest_flow",
    "image_config_flow",
    "manifest_flow",
    "platforms_flow",
    "pull_limit_flow",
    "tags_page_flow",
]

MAX_MANIFEST_BYTES = 4 * 1024 * 1024
"""The largest manifest read (the distribution spec's limit registries must accept)."""
MAX_CONFIG_BYTES = 8 * 1024 * 1024
"""The largest image config blob read."""
MAX_TAGS_PAGE_BYTES = 4 * 1024 * 1024
RATE_LIMIT_REPOSITORY = "ratelimitpreview/test"
"""The repository Docker documents for checking the pull limit (a HEAD costs no pull)."""
_HASHES = {"sha256": hashlib.sha256, "sha512": hashlib.sha512}

Manifest = ImageIndex | ImageManifest


def _scope(name: str) -> str:
    return f"repository:{name}:pull"


def verify_digest(response: httpx.Response, *expected: str | None, what: str) -> str:
    """The ``sha256:`` digest of the body, after checking it against each expected digest."""
    content = response.content
    actual = "sha256:" + hashlib.sha256(content).hexdigest()
    for digest in expected:
        if not digest:
            continue
        algorithm, _, _ = digest.partition(":")
        hasher = _HASHES.get(algorithm)
        if hasher is None:
            raise UnexpectedResponseError.from_response(
                response, f"unsupported digest algorithm {algorithm!r}"
            )
        mine = f"{algorithm}:{hasher(content).hexdigest()}"
        if mine != digest:
            request = response.request
            raise DigestMismatchError(
                digest, mine, what=what, method=request.method, url=request.url
            )
    return actual


def _malformed(response: httpx.Response, error: MalformedError) -> UnexpectedResponseError:
    return UnexpectedResponseError.from_response(response, str(error))  # type: ignore[return-value]


def manifest_flow(session: RegistrySession, name: str, reference: str) -> Flow[Manifest]:
    """GET one manifest (index or image), verified and parsed; cached by digest and tag."""
    identity = session.identity()
    immutable = is_digest(reference)
    key = ("manifest", identity_key(identity), name, reference)
    if not session.bypass():
        cached = session.cache.get(key, immutable=immutable)
        if cached is not None:
            return cached  # type: ignore[no-any-return]
    url = session.url_for(f"/v2/{name}/manifests/{reference}")
    response = yield from exchange(
        session,
        "GET",
        url,
        scope=_scope(name),
        identity=identity,
        accept=ACCEPT_MANIFESTS,
        max_bytes=MAX_MANIFEST_BYTES,
    )
    checked(response)
    stated = response.headers.get("docker-content-digest")
    digest = verify_digest(response, stated, reference if immutable else None, what="manifest")
    media_type = response.headers.get("content-type", "").split(";")[0].strip() or None
    try:
        manifest = parse_manifest(response.content, media_type, digest)
    except MalformedError as error:
        raise _malformed(response, error) from None
    size = len(response.content)
    session.cache.put(("manifest", key[1], name, digest), manifest, immutable=True, size=size)
    if not immutable:
        session.cache.put(key, manifest, immutable=False)
    return manifest


def digest_flow(session: RegistrySession, name: str, reference: str) -> Flow[str]:
    """HEAD the manifest and return ``Docker-Content-Digest`` (a HEAD costs no pull)."""
    url = session.url_for(f"/v2/{name}/manifests/{reference}")
    response = yield from exchange(
        session,
        "HEAD",
        url,
        scope=_scope(name),
        identity=session.identity(),
        accept=ACCEPT_MANIFESTS,
        max_bytes=0,
    )
    checked(response)
    stated = str(response.headers.get("docker-content-digest", "")).strip()
    if not is_digest(stated):
        raise UnexpectedResponseError.from_response(
            response, "the registry sent no valid Docker-Content-Digest header"
        )
    if is_digest(reference) and stated != reference:
        raise DigestMismatchError(reference, stated, what="manifest", method="HEAD", url=url)
    return stated


def config_flow(
    session: RegistrySession, name: str, digest: str, size: int | None = None
) -> Flow[ImageConfig]:
    """GET a config blob (following its redirect), verified and parsed; cached for good."""
    identity = session.identity()
    key = ("config", identity_key(identity), name, digest)
    cached = session.cache.get(key, immutable=True)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    url = session.url_for(f"/v2/{name}/blobs/{digest}")
    response = yield from exchange(
        session, "GET", url, scope=_scope(name), identity=identity, max_bytes=MAX_CONFIG_BYTES
    )
    response = checked((yield from follow_redirects(session, response)))
    verify_digest(response, digest, what="image config")
    if size is not None and len(response.content) != size:
        raise UnexpectedResponseError.from_response(
            response, f"the image config has {len(response.content)} bytes, not {size}"
        )
    try:
        config = parse_config(response.content, digest)
    except MalformedError as error:
        raise _malformed(response, error) from None
    session.cache.put(key, config, immutable=True, size=len(response.content))
    return config


def platforms_flow(
    session: RegistrySession, name: str, reference: str, include_attestations: bool
) -> Flow[list[Platform]]:
    """The platforms of a tag: from its index, or from the config of a single image."""
    manifest = yield from manifest_flow(session, name, reference)
    if isinstance(manifest, ImageIndex):
        return manifest.platforms(include_attestations=include_attestations)
    config = yield from config_flow(session, name, manifest.config.digest, manifest.config.size)
    platform = Platform(
        os=config.os,
        architecture=config.architecture,
        variant=config.variant,
        digest=manifest.digest,
        size=len(manifest.content),
        media_type=manifest.media_type,
    )
    return [platform]


def image_manifest_flow(
    session: RegistrySession, name: str, reference: str, platform: PlatformSpec
) -> Flow[ImageManifest]:
    """The single-platform manifest for ``platform`` (resolving an index when needed)."""
    manifest = yield from manifest_flow(session, name, reference)
    if isinstance(manifest, ImageManifest):
        return manifest
    offered = [
        entry
        for entry in manifest.manifests
        if not entry.is_attestation and entry.platform is not None
    ]
    chosen = next((e for e in offered if e.platform and platform.matches(e.platform)), None)
    if chosen is None:
        have = ", ".join(str(entry.platform) for entry in offered) or "none"
        raise NotFoundError(f"{name}:{reference} has no {platform} image (it has: {have})")
    child = yield from manifest_flow(session, name, chosen.digest)
    if not isinstance(child, ImageManifest):
        raise UnexpectedResponseError(f"{name}@{chosen.digest} is an index inside an index")
    return child


def image_config_flow(
    session: RegistrySession, name: str, reference: str, platform: PlatformSpec
) -> Flow[ImageConfig]:
    """The image config of ``reference`` for ``platform``."""
    manifest = yield from image_manifest_flow(session, name, reference, platform)
    descriptor = manifest.config
    return (yield from config_flow(session, name, descriptor.digest, descriptor.size))


def pull_limit_flow(session: RegistrySession, *, anonymous: bool) -> Flow[PullRateLimit]:
    """Docker's documented check: HEAD ``ratelimitpreview/test:latest``, read the headers."""
    name = RATE_LIMIT_REPOSITORY
    response = yield from exchange(
        session,
        "HEAD",
        session.url_for(f"/v2/{name}/manifests/latest"),
        scope=_scope(name),
        identity=None if anonymous else session.identity(),
        accept=ACCEPT_MANIFESTS,
        max_bytes=0,
    )
    return parse_pull_limit(checked(response).headers)


def _next_link(session: RegistrySession, response: httpx.Response) -> httpx.URL | None:
    for link in response.headers.get_list("link", split_commas=True):
        target, _, params = link.partition(";")
        if 'rel="next"' not in params.replace(" ", "") and "rel=next" not in params:
            continue
        url = response.request.url.join(target.strip().strip("<>"))
        if not session.same_origin(url):
            raise UnexpectedResponseError.from_response(
                response, f"the tag list's next page is on another origin: {url.host}"
            )
        return url
    return None


def tags_page_flow(
    session: RegistrySession, name: str, url: httpx.URL
) -> Flow[tuple[list[str], httpx.URL | None]]:
    """One page of the registry's tag list and the URL of the next (``Link``), if any."""
    response = yield from exchange(
        session,
        "GET",
        url,
        scope=_scope(name),
        identity=session.identity(),
        max_bytes=MAX_TAGS_PAGE_BYTES,
    )
    checked(response)
    try:
        body = load_json(response.content, "tag list")
    except MalformedError as error:
        raise _malformed(response, error) from None
    tags = body.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise UnexpectedResponseError.from_response(response, "the tag list is not strings")
    return tags, _next_link(session, response)
