"""One authenticated registry request as a flow, and the session state it works with.

A *flow* is a generator that yields :class:`httpx.Request` objects and receives each one's
:class:`httpx.Response` (body read, within the request's size cap); its return value is
the result. Flows never touch the network: :mod:`._driver` runs them with a blocking or an
async client, so the sync and async methods share every decision made here:

- attach the cached bearer token for the scope, or fetch one first when the realm is
  already known (a cached token makes a call cost exactly one request);
- on a 401 with a challenge, drop the refused token, fetch a new one from the challenge's
  realm (anonymously or with Basic credentials) and repeat the request once;
- follow a blob's redirect to its storage (a CDN) without any ``Authorization`` header.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any, TypeVar

import attrs
import httpx

from .._redact import register
from ..errors import AuthenticationError, UnexpectedResponseError
from ._cache import RegistryCache
from ._errors import registry_error
from ._parse import MalformedError, load_json
from ._token import Challenge, Identity, TokenCache, parse_challenge, read_token, token_request

__all__ = ["MAX_BYTES", "Flow", "RegistrySession", "checked", "exchange", "follow_redirects"]

T = TypeVar("T")
Flow = Generator[httpx.Request, httpx.Response, T]
"""A registry operation, run by :func:`~._driver.drive_sync` or ``drive_async``."""

MAX_BYTES = "dockerhub_max_bytes"
"""Request extension: the largest body the driver reads for this request."""
TOKEN_MAX_BYTES = 64 * 1024
_MAX_REDIRECTS = 5


@attrs.define(repr=False)
class RegistrySession:
    """What every registry flow of one client shares.

    Attributes:
        url: the registry's base URL (``https://registry-1.docker.io``).
        tokens: bearer tokens per identity and scope, and the realm last seen.
        cache: parsed manifests and configs (immutable by digest, a TTL by tag).
        identity: returns the credentials to offer the realm, or ``None`` (anonymous).
        bypass: returns whether this call must skip the cache (``hub.fresh()``).
        headers: sent with every request (``User-Agent``).
    """

    url: httpx.URL
    tokens: TokenCache
    cache: RegistryCache
    identity: Callable[[], Identity | None]
    bypass: Callable[[], bool]
    headers: dict[str, str] = attrs.field(factory=dict)

    def url_for(self, path: str, params: dict[str, Any] | None = None) -> httpx.URL:
        """An absolute URL on the registry for ``path`` (which starts with ``/v2/``)."""
        base = str(self.url).rstrip("/")
        return httpx.URL(base + path, params=params)

    def same_origin(self, url: httpx.URL) -> bool:
        """Whether ``url`` is on the registry's own scheme, host and port."""
        return (url.scheme, url.host, url.port) == (self.url.scheme, self.url.host, self.url.port)

    def __repr__(self) -> str:
        return f"RegistrySession({str(self.url)!r}, {self.tokens!r}, {self.cache!r})"


def _request(
    session: RegistrySession,
    method: str,
    url: httpx.URL,
    *,
    authorization: str | None,
    accept: str | None,
    max_bytes: int,
) -> httpx.Request:
    headers = dict(session.headers)
    headers["Accept"] = accept or "application/json"
    if authorization is not None:
        headers["Authorization"] = authorization
    return httpx.Request(method, url, headers=headers, extensions={MAX_BYTES: max_bytes})


def fetch_token(
    session: RegistrySession, challenge: Challenge, scope: str, identity: Identity | None
) -> Flow[str]:
    """Ask the challenge's realm for a token for ``scope``; cache and return it."""
    realm = httpx.URL(challenge.realm or "")
    if realm.scheme not in ("http", "https") or not realm.host:
        raise UnexpectedResponseError(f"the registry's token realm is not an http(s) URL: {realm}")
    request = token_request(challenge, scope, identity, session.headers)
    request.extensions[MAX_BYTES] = TOKEN_MAX_BYTES
    response = yield request
    if not response.is_success:
        error = registry_error(response)
        if isinstance(error, AuthenticationError):
            error.message = "the registry's token service refused the credentials: " + (
                error.message
            )
        raise error
    try:
        found = read_token(load_json(response.content, "token answer"))
    except MalformedError:
        found = None
    if found is None:
        raise UnexpectedResponseError.from_response(
            response, "the registry's token service answered without a token"
        )
    token, lifetime = found
    register(token)  # never shown in an error, repr or log line
    session.tokens.put(identity, scope, token, lifetime)
    return token


def _authorization(
    session: RegistrySession, scope: str, identity: Identity | None
) -> Flow[str | None]:
    """The ``Authorization`` to send first: a cached token, one fetched from the known
    realm, Basic for a registry that asked for Basic, or none before any challenge."""
    known = session.tokens.challenge
    if known is not None and known.scheme == "basic":
        return identity.basic() if identity is not None else None
    token = session.tokens.get(identity, scope)
    if token is None and known is not None:
        token = yield from fetch_token(session, known, scope, identity)
    return f"Bearer {token}" if token is not None else None


def exchange(
    session: RegistrySession,
    method: str,
    url: httpx.URL,
    *,
    scope: str,
    identity: Identity | None,
    accept: str | None = None,
    max_bytes: int,
) -> Flow[httpx.Response]:
    """Send one request with the registry's auth; answer a challenge once. Returns the
    final response whatever its status (see :func:`checked`)."""
    authorization = yield from _authorization(session, scope, identity)
    options: dict[str, Any] = {"accept": accept, "max_bytes": max_bytes}
    response = yield _request(session, method, url, authorization=authorization, **options)
    if response.status_code != 401:
        return response
    challenge = parse_challenge(response.headers.get("www-authenticate"))
    if challenge is None:
        return response
    session.tokens.drop(identity, scope)
    session.tokens.challenge = challenge
    if challenge.scheme == "basic":
        if identity is None or authorization == identity.basic():
            return response
        retry_with: str | None = identity.basic()
    else:
        retry_with = "Bearer " + (yield from fetch_token(session, challenge, scope, identity))
    return (yield _request(session, method, url, authorization=retry_with, **options))


def checked(response: httpx.Response) -> httpx.Response:
    """``response`` when it is a 2xx, else the typed error for it."""
    if response.is_success:
        return response
    raise registry_error(response)


def follow_redirects(session: RegistrySession, response: httpx.Response) -> Flow[httpx.Response]:
    """Follow a blob's redirects (to a CDN, usually) without credentials; return the end."""
    hops = 0
    while response.is_redirect:
        hops += 1
        location = response.headers.get("location")
        if not location or hops > _MAX_REDIRECTS:
            raise UnexpectedResponseError.from_response(
                response, "the registry's redirect has no Location, or loops"
            )
        target = response.request.url.join(location)
        if target.scheme not in ("http", "https"):
            raise UnexpectedResponseError.from_response(response, "redirect to a non-http URL")
        max_bytes = response.request.extensions.get(MAX_BYTES, TOKEN_MAX_BYTES)
        headers = dict(session.headers)  # the storage gets no Authorization, ever
        response = yield httpx.Request(
            "GET", target, headers=headers, extensions={MAX_BYTES: max_bytes}
        )
    return response
