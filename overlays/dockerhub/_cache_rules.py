"""The cache's rules, apart from its storage: keys, stored entries, and what a write makes
stale. :mod:`dockerhub._cache` keeps the entries; this module decides what they are.

- A key is the method, the normalised URL (origin, path without a trailing slash, sorted
  query) and a digest of the credential headers (``Authorization``, ``Cookie``).
- An entry is a read's raw status, headers and decoded body, so a hit is indistinguishable
  from a fresh response except for its ``Age`` header.
- An entry is fresh for ``ttl`` seconds after it was stored (:func:`is_fresh`); a hit says
  how old it is in ``Age``.
- A write drops what it may have changed, for every credential (:func:`drops_for_write`),
  derived from its path read as a resource tree, so new endpoints follow by themselves.
  Storage is handed the :class:`Drop` and asks it :meth:`Drop.matches` for each path it
  holds; it never decides on its own what is stale.
- An entry that leaves the process (a shared store) keeps no secret: :data:`SECRET_HEADERS`
  are removed from it (:func:`shareable`).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, NamedTuple
from urllib.parse import urlencode

import httpx

__all__ = [
    "SECRET_HEADERS",
    "Drop",
    "Entry",
    "Key",
    "age_of",
    "directives",
    "drops_for_write",
    "fingerprint",
    "is_fresh",
    "json_body",
    "shareable",
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

SECRET_HEADERS = frozenset({b"authorization", b"cookie", b"proxy-authorization", b"set-cookie"})
"""Headers never kept in an entry that leaves the process."""


def is_fresh(entry: Entry, now: float, ttl: float) -> bool:
    """Whether ``entry`` may still be served at ``now`` (same clock as its ``stored_at``)."""
    return now - entry.stored_at < ttl


def age_of(entry: Entry, now: float) -> int:
    """The ``Age`` a hit served at ``now`` carries: upstream age plus time in the store."""
    return entry.upstream_age + max(0, int(now - entry.stored_at))


def shareable(entry: Entry) -> Entry:
    """``entry`` without :data:`SECRET_HEADERS` (its size recomputed)."""
    headers = tuple((n, v) for n, v in entry.headers if n.lower() not in SECRET_HEADERS)
    if len(headers) == len(entry.headers):
        return entry
    size = len(entry.body) + sum(len(name) + len(value) for name, value in headers)
    return replace(entry, headers=headers, size=size)


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
#
# What a write makes stale is derived from its path, read as a resource tree:
#
# 1. The *owner* of a write is the entity its path starts with: ``/v2/{kind}/{id}``, or for
#    repositories ``(namespace, repository)`` in either spelling
#    (``/v2/repositories/{ns}/{repo}`` and ``/v2/namespaces/{ns}/repositories/{repo}``). A
#    write anywhere under an owner may change anything under it (removing an org member
#    changes its teams' member lists), so the owner's whole tree is dropped, in every
#    spelling, plus the list the owner appears in (``/v2/{kind}``). A write to a bare
#    collection (``/v2/access-tokens``) drops that collection's tree.
# 2. *Around* an owner: the few places where an entity of one kind is listed under another
#    (:data:`_RELATED`): a repository in its namespace's lists and in starred lists, an
#    organization in the caller's organization list and as teams on its repositories.
#
# New endpoints under an existing kind follow these rules without being named anywhere.

_ANY_NAMESPACE_LIST = re.compile(
    r"/v2/(?:namespaces/[^/]+/repositories|users/[^/]+/repositories|repositories/[^/]+)"
)
_STARRED_LIST = re.compile(r"/v2/users/[^/]+/repositories/starred")
_ANY_ORG_INVITES_OR_MEMBERS = re.compile(r"/v2/orgs/[^/]+/(?:invites|members)(?:/.*)?")
_ANY_USER = re.compile(r"/v2/users/[^/]+")


@dataclass(frozen=True, slots=True)
class Drop:
    """Which cached paths a write makes stale (compared case-insensitively, query ignored).

    A value, so any storage can apply it: ``trees`` are path prefixes (the path and
    everything under it), ``exact`` single paths, ``patterns`` regular expressions a whole
    path must match.
    """

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


class _Scope:
    """The drop being assembled."""

    def __init__(self, path: str) -> None:
        parent = path.rsplit("/", 1)[0] or "/"
        self.trees: list[str] = []
        self.exact: set[str] = {path, parent}  # any write: its own path and its parent
        self.patterns: list[re.Pattern[str]] = []

    def drop(self) -> Drop:
        return Drop(tuple(dict.fromkeys(self.trees)), frozenset(self.exact), tuple(self.patterns))


def _repository_around(scope: _Scope, namespace: str | None, repository: str | None) -> None:
    if namespace is None:
        scope.patterns.append(_ANY_NAMESPACE_LIST)
        return
    scope.exact |= {
        f"/v2/namespaces/{namespace}/repositories",
        f"/v2/users/{namespace}/repositories",
        f"/v2/repositories/{namespace}",
    }
    if repository is not None:
        scope.trees += [
            f"/v2/repositories/{namespace}/{repository}",
            f"/v2/namespaces/{namespace}/repositories/{repository}",
        ]
        scope.patterns.append(_STARRED_LIST)


def _org_around(scope: _Scope, org: str) -> None:
    scope.exact.add("/v2/user/orgs")  # the caller's organizations (membership changed)
    # Teams shown on the organization's repositories (a team renamed or removed).
    scope.patterns.append(re.compile(rf"/v2/repositories/{re.escape(org)}/[^/]+/groups"))


def _invites_around(scope: _Scope, org: str | None) -> None:
    if org is None:  # an invite by id: whose organization is not in the path
        scope.patterns.append(_ANY_ORG_INVITES_OR_MEMBERS)
    else:
        scope.trees.append(f"/v2/orgs/{org}")


_RELATED: dict[str, Callable[[_Scope, str], None]] = {
    "orgs": _org_around,
    "users": lambda scope, _user: scope.trees.append("/v2/user"),  # the user may be the caller
    "user": lambda scope, _me: scope.patterns.append(_ANY_USER),  # the caller, by name
}


def drops_for_write(path: str, body: Any) -> Drop:
    """What a write to ``path`` (with JSON ``body``) makes stale, derived from the path.

    See the comment above: the write's owner entity is dropped whole, in every spelling,
    with the list it appears in and the lists related to it. A path outside ``/v2`` drops
    itself, everything under it and its parent.
    """
    path = path.lower()
    segments = path.strip("/").split("/")
    scope = _Scope(path)
    if segments[0] != "v2" or len(segments) < 2:
        scope.trees.append(path)
        return scope.drop()
    target = _repository_target(segments, body)
    if target is not None:
        _repository_around(scope, *target)
        return scope.drop()
    kind, ident = segments[1], segments[2] if len(segments) > 2 else None
    if kind == "namespaces" and ident is not None:
        # A namespace-level write that is not about one repository: all of its repositories.
        scope.trees += [f"/v2/namespaces/{ident}", f"/v2/repositories/{ident}"]
        _repository_around(scope, ident, None)
        return scope.drop()
    if kind == "invites":
        _invites_around(scope, _body_field(body, "org"))
        scope.trees.append("/v2/invites")
        return scope.drop()
    if ident is None or kind == "user":
        scope.trees.append(f"/v2/{kind}")  # a bare collection, or the caller's own tree
        ident = ""
    else:
        scope.trees.append(f"/v2/{kind}/{ident}")
        scope.exact.add(f"/v2/{kind}")
    related = _RELATED.get(kind)
    if related is not None:
        related(scope, ident)
    return scope.drop()


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
