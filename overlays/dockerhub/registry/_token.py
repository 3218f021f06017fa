"""The registry's token authentication, without I/O: challenges, token requests, a token cache.

A registry refuses an unauthenticated request with 401 and ``WWW-Authenticate: Bearer
realm="...",service="...",scope="..."``. The client then asks the realm for a token for a
scope (``repository:library/nginx:pull``), anonymously or with HTTP Basic credentials, and
repeats the request with ``Authorization: Bearer <token>``. :class:`TokenCache` keeps each
token per identity and scope until shortly before it expires, and remembers the realm, so
a later scope costs one token request and no refused attempt. The flows in
:mod:`._flows` decide when to use what; the credentials are the logged-in identity's
username with its password or access token, never the Hub's JWT.

Hand-written rather than taken from a registry library: the ones for Python (oras,
python-dxf) bring their own ``requests`` or sync-only HTTP stacks, and the steps above are
a header parser and a dictionary.
"""

from __future__ import annotations

import base64
import hashlib
import re
import threading
import time
from collections.abc import Callable
from typing import Any

import attrs
import httpx

__all__ = ["Challenge", "Identity", "TokenCache", "parse_challenge", "token_request"]

DEFAULT_LIFETIME = 60.0
"""Seconds a token lives when the realm does not say (the token spec's default)."""
_PARAM = re.compile(r'(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))')


@attrs.frozen
class Challenge:
    """What a 401's ``WWW-Authenticate`` asks for: a bearer token from ``realm``, or Basic."""

    scheme: str
    realm: str | None = None
    service: str | None = None
    scope: str | None = None


@attrs.frozen(repr=False)
class Identity:
    """Credentials for the realm: a username and its password or access token."""

    username: str
    secret: str

    @property
    def key(self) -> str:
        """A fingerprint naming this identity in cache keys (the secret itself is not kept)."""
        raw = f"{self.username}\0{self.secret}".encode()
        return hashlib.sha256(raw).hexdigest()[:32]

    def basic(self) -> str:
        """The ``Authorization`` value for HTTP Basic."""
        pair = f"{self.username}:{self.secret}".encode()
        return "Basic " + base64.b64encode(pair).decode("ascii")

    def __repr__(self) -> str:
        return f"Identity(username={self.username!r})"


def identity_key(identity: Identity | None) -> str:
    """The cache-key part for ``identity`` (``"anonymous"`` without one)."""
    return identity.key if identity is not None else "anonymous"


def parse_challenge(header: str | None) -> Challenge | None:
    """The challenge in a ``WWW-Authenticate`` value, or ``None`` when there is none."""
    if not header:
        return None
    scheme, _, rest = header.strip().partition(" ")
    scheme = scheme.lower()
    if scheme not in {"bearer", "basic"}:
        return None
    params: dict[str, str] = {}
    for match in _PARAM.finditer(rest):
        quoted, bare = match.group(2), match.group(3)
        value = quoted.replace('\\"', '"') if quoted is not None else bare
        params[match.group(1).lower()] = value
    if scheme == "bearer" and not params.get("realm"):
        return None
    return Challenge(scheme, params.get("realm"), params.get("service"), params.get("scope"))


def token_request(
    challenge: Challenge, scope: str, identity: Identity | None, headers: dict[str, str]
) -> httpx.Request:
    """The GET asking ``challenge.realm`` for a token for ``scope``."""
    assert challenge.realm is not None
    params = {"scope": scope}
    if challenge.service:
        params["service"] = challenge.service
    sent = dict(headers)
    if identity is not None:
        sent["Authorization"] = identity.basic()
    return httpx.Request("GET", httpx.URL(challenge.realm, params=params), headers=sent)


def read_token(body: Any) -> tuple[str, float] | None:
    """``(token, lifetime in seconds)`` from a realm's JSON answer, or ``None``."""
    if not isinstance(body, dict):
        return None
    token = body.get("token") or body.get("access_token")
    if not isinstance(token, str) or not token:
        return None
    lifetime = body.get("expires_in")
    if isinstance(lifetime, bool) or not isinstance(lifetime, int | float) or lifetime <= 0:
        lifetime = DEFAULT_LIFETIME
    return token, float(lifetime)


class TokenCache:
    """Bearer tokens per ``(identity, scope)`` until they expire, and the realm last seen.

    Thread-safe. ``clock`` is unix time (injectable); a token is dropped ``margin`` seconds
    before it expires so that it does not lapse in flight.
    """

    def __init__(self, *, clock: Callable[[], float] = time.time, margin: float = 5.0) -> None:
        self._clock = clock
        self._margin = margin
        self._lock = threading.Lock()
        self._tokens: dict[tuple[str, str], tuple[str, float]] = {}
        self.challenge: Challenge | None = None
        """The last bearer challenge seen: where tokens for new scopes come from."""

    def get(self, identity: Identity | None, scope: str) -> str | None:
        """A token for ``scope`` still valid for at least the margin, else ``None``."""
        key = (identity_key(identity), scope)
        with self._lock:
            held = self._tokens.get(key)
            if held is None:
                return None
            if self._clock() >= held[1] - self._margin:
                del self._tokens[key]
                return None
            return held[0]

    def put(self, identity: Identity | None, scope: str, token: str, lifetime: float) -> None:
        """Keep ``token`` for ``scope`` for ``lifetime`` seconds from now."""
        with self._lock:
            self._tokens[(identity_key(identity), scope)] = (token, self._clock() + lifetime)

    def drop(self, identity: Identity | None, scope: str) -> None:
        """Forget the token for ``scope`` (the registry refused it)."""
        with self._lock:
            self._tokens.pop((identity_key(identity), scope), None)

    def clear(self) -> None:
        """Forget every token and the realm."""
        with self._lock:
            self._tokens.clear()
            self.challenge = None

    def __len__(self) -> int:
        return len(self._tokens)

    def __repr__(self) -> str:
        realm = self.challenge.realm if self.challenge else None
        return f"TokenCache(tokens={len(self._tokens)}, realm={realm!r})"
