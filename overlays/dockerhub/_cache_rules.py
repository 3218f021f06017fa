"""The cache's rules, apart from its storage: keys, stored entries, and what a write makes
stale. :mod:`dockerhub._cache` keeps the entries; this module decides what they are.

- A key is the method, the normalised URL (origin, path without a trailing slash, sorted
  query) and a digest of the credential headers (``Authorization``, ``Cookie``).
- An entry is a read's raw status, headers and decoded body, so a hit is indistinguishable
  from a fresh response except for its ``Age`` header.
- A write drops what it may have changed, for every credential (:func:`drops_for_write`).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any, NamedTuple
from urllib.parse import urlencode

import httpx

__all__ = [
    "Drop",
    "Entry",
    "Key",
    "directives",
    "drops_for_write",
    "fingerprint",
    "json_body",
    "snapshot",
    "split_url",
    "storable",
]


class Key(NamedTuple):
    method: str
    origin: str
    path: str
    query: str
    credential: str


@dataclass(frozen=True, slots=True)
class Entry:
    status: int
    headers: tuple[tuple[bytes, bytes], ...]
    body: bytes
    extensions: tuple[tuple[str, Any], ...]
    stored_at: float
    upstream_age: int
    size: int

    def to_response(self, age: int | None = None) -> httpx.Response:
        headers = list(self.headers)
        if age is not None:
            headers = [(name, value) for name, value in headers if name.lower() != b"age"]
            headers.append((b"Age", str(age).encode()))
        return httpx.Response(
            self.status, headers=headers, content=self.body, extensions=dict(self.extensions)
        )


# --- keys and entries ------------------------------------------------------------------


def split_url(url: httpx.URL) -> tuple[str, str, str]:
    """(origin, path without trailing slash, sorted query) of a URL."""
    port = f":{url.port}" if url.port is not None else ""
    path = url.path.rstrip("/") or "/"
    return f"{url.scheme}://{url.host}{port}", path, urlencode(sorted(url.params.multi_items()))


def fingerprint(headers: list[tuple[bytes, bytes]]) -> str:
    """A digest of the credential headers; equal for all anonymous requests."""
    digest = hashlib.sha256()
    for name, value in headers:
        if name.lower() in (b"authorization", b"cookie"):
            digest.update(name.lower() + b":" + value + b"\n")
    return digest.hexdigest()[:32]


def directives(headers: httpx.Headers) -> set[str]:
    return {
        part.split("=", 1)[0].strip().lower()
        for value in headers.get_list("cache-control")
        for part in value.split(",")
    }


def storable(response: httpx.Response) -> bool:
    return response.is_success and "no-store" not in directives(response.headers)


def snapshot(method: str, response: httpx.Response, now: float) -> Entry:
    """An entry from a read response: decoded body, encoding headers dropped, length fixed."""
    body = response.content
    raw = response.headers.raw
    encoded = any(name.lower() in (b"content-encoding", b"transfer-encoding") for name, _ in raw)
    keep_length = method == "HEAD" and not encoded  # a HEAD's length describes no body here
    headers: list[tuple[bytes, bytes]] = []
    length_seen = False
    for name, value in raw:
        lower = name.lower()
        if lower in (b"content-encoding", b"transfer-encoding"):
            continue
        if lower == b"content-length":
            if length_seen or (method == "HEAD" and not keep_length):
                continue
            length_seen = True
            value = value if keep_length else str(len(body)).encode()
        headers.append((name, value))
    if not length_seen and body:
        headers.append((b"Content-Length", str(len(body)).encode()))
    age = response.headers.get("age", "")
    extensions = tuple(
        (name, response.extensions[name])
        for name in ("http_version", "reason_phrase")
        if name in response.extensions
    )
    size = len(body) + sum(len(name) + len(value) for name, value in headers)
    return Entry(
        status=response.status_code,
        headers=tuple(headers),
        body=body,
        extensions=extensions,
        stored_at=now,
        upstream_age=int(age) if age.isdigit() else 0,
        size=size,
    )


# --- invalidation ----------------------------------------------------------------------

_ANY_NAMESPACE_LIST = re.compile(
    r"/v2/(?:namespaces/[^/]+/repositories|users/[^/]+/repositories|repositories/[^/]+)"
)
_STARRED_LIST = re.compile(r"/v2/users/[^/]+/repositories/starred")


@dataclass(frozen=True, slots=True)
class Drop:
    """Which cached paths a write makes stale (compared case-insensitively, query ignored)."""

    trees: tuple[str, ...]  # these paths and everything under them
    exact: frozenset[str]  # these paths only
    patterns: tuple[re.Pattern[str], ...]  # paths matching these wholly

    def matches(self, path: str) -> bool:
        path = path.lower()
        return (
            path in self.exact
            or any(path == tree or path.startswith(tree + "/") for tree in self.trees)
            or any(pattern.fullmatch(path) for pattern in self.patterns)
        )


def drops_for_write(path: str, body: Any) -> Drop:
    """The rule set. Any write drops its own path and its parent collection. A write that
    touches a repository, in either path style (``/v2/repositories/{ns}/{repo}`` and
    ``/v2/namespaces/{ns}/repositories/{repo}`` are one repository), drops that repository
    with everything under it in both styles, the namespace's repository lists and every
    starred list. Any other write at least three segments deep (``/v2/orgs/x/...``) also drops
    everything under its path; shallower ones (``/v2/repositories``) never drop a whole tree.
    """
    path = path.lower()
    segments = path.strip("/").split("/")
    exact = {path, "/" + "/".join(segments[:-1])}
    trees: list[str] = []
    patterns: list[re.Pattern[str]] = []
    target = _repository_target(segments, body)
    if target is None:
        if len(segments) >= 3:
            trees.append(path)
    else:
        namespace, repository = target
        if namespace is None:
            patterns.append(_ANY_NAMESPACE_LIST)
        else:
            exact |= {
                f"/v2/namespaces/{namespace}/repositories",
                f"/v2/users/{namespace}/repositories",
                f"/v2/repositories/{namespace}",
            }
            if repository is not None:
                trees += [
                    f"/v2/repositories/{namespace}/{repository}",
                    f"/v2/namespaces/{namespace}/repositories/{repository}",
                ]
                patterns.append(_STARRED_LIST)
    return Drop(tuple(trees), frozenset(exact), tuple(patterns))


def _repository_target(segments: list[str], body: Any) -> tuple[str | None, str | None] | None:
    """(namespace, repository) a write touches, from its path or a create's JSON body;
    ``None`` when the path is not about repositories."""
    match segments:
        case ["v2", "repositories", namespace, repository, *_]:
            return namespace, repository
        case ["v2", "namespaces", namespace, "repositories", repository, *_]:
            return namespace, repository
        case ["v2", "repositories", namespace] | ["v2", "namespaces", namespace, "repositories"]:
            return namespace, _body_field(body, "name")
        case ["v2", "repositories"]:
            return _body_field(body, "namespace"), _body_field(body, "name")
    return None


def _body_field(body: Any, name: str) -> str | None:
    value = body.get(name) if isinstance(body, dict) else None
    return value.lower() if isinstance(value, str) and value and "/" not in value else None


def json_body(request: httpx.Request) -> Any:
    try:
        content = request.content
    except httpx.RequestNotRead:
        return None
    try:
        return json.loads(content) if content else None
    except ValueError:
        return None
