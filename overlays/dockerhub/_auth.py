"""Token handling in one place: an :class:`httpx.Auth` for Docker Hub.

The Hub authenticates API calls with a short-lived JWT (about ten minutes) sent as
``Authorization: Bearer <jwt>``. :class:`HubAuth` holds that JWT and, when it was given
the secret that produced it (a password, a personal access token or an organization
access token), exchanges the secret again at ``/v2/auth/token``:

- before the JWT's ``exp`` (a margin ahead), and
- once after a 401, never twice for one request, so a refused secret cannot loop.

Concurrent callers share one exchange: the first takes a lock and refreshes, the others
wait for it and reuse the new token (a generation counter tells them it changed).
The token is attached only to requests for the client's own origin, and never to the
login endpoints themselves. Nothing here logs, and ``repr`` shows no secret; every secret
and token is registered with the redactor (:mod:`dockerhub._redact`) as soon as it is held.
A token that could not be sent as a header value (control characters, spaces, non-ASCII)
is refused when it arrives, with :class:`~dockerhub.errors.UnexpectedResponseError`.

The JWT's ``exp`` claim is read without verifying the signature (the SDK is not the token's
audience; the Hub verifies it). That is a base64 decode of the payload, so it is written
here rather than adding a JWT library as a dependency.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import httpx

from ._redact import register
from .errors import AuthenticationError, UnexpectedResponseError, error_for_response

if TYPE_CHECKING:
    import anyio

__all__ = ["HubAuth", "jwt_expiry", "valid_token"]

_TOKEN_PATH = "/v2/auth/token"
_LOGIN_PATHS = frozenset({"/v2/auth/token", "/v2/users/login", "/v2/users/2fa-login"})
_SCIM_PREFIX = "/v2/scim/"
# What a token may hold to be sent after "Bearer ": visible ASCII, no spaces.
_HEADER_SAFE = re.compile(r"[\x21-\x7e]+")


def valid_token(token: str) -> bool:
    """Whether ``token`` can be sent as ``Authorization: Bearer <token>`` unchanged."""
    return bool(_HEADER_SAFE.fullmatch(token))


@dataclass(slots=True, repr=False)  # repr: object's default, nothing of the secret
class _Credentials:
    identifier: str
    secret: str


def jwt_expiry(token: str) -> float | None:
    """The ``exp`` claim of a JWT as a unix time, or ``None`` when it has none or is not a JWT."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload))
    except (binascii.Error, ValueError):
        return None
    exp = claims.get("exp") if isinstance(claims, dict) else None
    if isinstance(exp, int | float) and not isinstance(exp, bool):
        return float(exp)
    return None


class HubAuth(httpx.Auth):
    """Attach, refresh and retry Docker Hub JWTs for one client.

    Args:
        base_url: the Hub's base URL; the token is only ever sent to this origin.
        clock: unix-time source (injectable for tests).
        refresh_margin: seconds before ``exp`` at which the token is renewed.
    """

    requires_response_body = True

    def __init__(
        self,
        base_url: httpx.URL | str,
        *,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = 60.0,
    ) -> None:
        url = httpx.URL(str(base_url))
        self._origin = (url.scheme, url.host, url.port)
        self._token_url = url.join(_TOKEN_PATH)
        self._clock = clock
        self._margin = refresh_margin
        self._token: str | None = None
        self._expires_at: float | None = None
        self._credentials: _Credentials | None = None
        self._generation = 0
        self._sync_lock = threading.Lock()
        self._async_lock: anyio.Lock | None = None  # created on first async use
        self._on_clear: list[Callable[[], None]] = []
        self._scim_token: str | None = None
        self.refresh_count = 0
        """How many times the secret was exchanged for a new token after the first login."""

    # -- state -----------------------------------------------------------------------------

    @property
    def token(self) -> str | None:
        """The current JWT, or ``None`` when anonymous."""
        return self._token

    @property
    def identifier(self) -> str | None:
        """The username (or organization) whose secret is held, if any."""
        return self._credentials.identifier if self._credentials else None

    @property
    def expires_at(self) -> float | None:
        """Unix time at which the current JWT expires, when it says."""
        return self._expires_at

    @property
    def can_refresh(self) -> bool:
        """Whether the secret is held, so the token can be renewed without the caller."""
        return self._credentials is not None

    def basic_credentials(self) -> tuple[str, str] | None:
        """The identifier and secret held, for a registry's token realm (HTTP Basic), or
        ``None`` when only a JWT (or nothing) is held: the JWT never leaves the Hub."""
        if self._credentials is None:
            return None
        return self._credentials.identifier, self._credentials.secret

    def set_credentials(self, identifier: str, secret: str, token: str) -> None:
        """Remember the secret and the token it was just exchanged for.

        Raises :class:`UnexpectedResponseError` when ``token`` is not a valid header value.
        """
        register(secret, token)
        self._check_received(token)
        self._credentials = _Credentials(identifier, secret)
        self._accept_token(token)

    def set_secret(self, identifier: str, secret: str) -> None:
        """Hold a secret to exchange for a token on the first request (a lazy login)."""
        register(secret)
        self._credentials = _Credentials(identifier, secret)
        self._token = None
        self._expires_at = None
        self._generation += 1

    def set_token(self, token: str) -> None:
        """Use ``token`` as is; it cannot be renewed automatically.

        Raises :class:`UnexpectedResponseError` when ``token`` is not a valid header value.
        """
        register(token)
        self._check_received(token)
        self._credentials = None
        self._accept_token(token)

    def set_scim_token(self, token: str | None) -> None:
        """Send ``token`` (an organization's SCIM token) on ``/v2/scim/`` requests instead of
        the session JWT; ``None`` goes back to the JWT. It is never renewed."""
        if token is not None:
            register(token)
            self._check_received(token)
        self._scim_token = token

    def _scim(self, url: httpx.URL) -> bytes | None:
        """The SCIM ``Authorization`` for ``url``, when one applies."""
        if self._scim_token is None or not url.path.startswith(_SCIM_PREFIX):
            return None
        return f"Bearer {self._scim_token}".encode()

    def on_clear(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` whenever :meth:`clear` runs (the client drops its cookies)."""
        self._on_clear.append(callback)

    def clear(self) -> None:
        """Forget the token and any secret (back to anonymous), and the session around them."""
        self._credentials = None
        self._token = None
        self._expires_at = None
        self._scim_token = None
        self._generation += 1
        for callback in self._on_clear:
            callback()

    def __repr__(self) -> str:
        state = "anonymous"
        if self._token is not None:
            state = "refreshable token" if self._credentials else "token"
        return f"HubAuth(origin={self._origin[0]}://{self._origin[1]}, {state})"

    # -- decisions shared by both flows ----------------------------------------------------

    @staticmethod
    def _check_received(token: str) -> None:
        if not valid_token(token):
            raise UnexpectedResponseError(
                "the login reply's token is not a valid header value (it holds spaces, "
                "control or non-ASCII characters); it was not used"
            )

    def _accept_token(self, token: str) -> None:
        self._token = token
        self._expires_at = jwt_expiry(token)
        self._generation += 1

    def _applies_to(self, url: httpx.URL) -> bool:
        """Whether the token goes with a request to ``url``: own origin, not a login path."""
        if (url.scheme, url.host, url.port) != self._origin:
            return False
        return url.path.rstrip("/") not in _LOGIN_PATHS

    def _expiring(self) -> bool:
        if self._credentials is None:
            return False
        if self._token is None:
            return True
        return self._expires_at is not None and self._clock() >= self._expires_at - self._margin

    def _refresh_request(self) -> httpx.Request:
        assert self._credentials is not None
        body = {"identifier": self._credentials.identifier, "secret": self._credentials.secret}
        return httpx.Request("POST", self._token_url, json=body)

    def _accept_refresh(self, response: httpx.Response) -> None:
        if not response.is_success:
            error = error_for_response(response)
            if isinstance(error, AuthenticationError):
                # The secret itself was refused: stop trying it.
                self._credentials = None
                self._token = None
            raise error
        try:
            token = response.json()["access_token"]
        except (ValueError, KeyError, TypeError, RecursionError):
            token = None
        if not isinstance(token, str) or not token:
            raise UnexpectedResponseError.from_response(
                response, "the token endpoint answered without an access_token"
            )
        register(token)
        if not valid_token(token):
            raise UnexpectedResponseError.from_response(
                response,
                "the token endpoint's access_token is not a valid header value; it was not used",
            )
        self.refresh_count += 1
        self._accept_token(token)

    def _authorize_other(self, request: httpx.Request) -> None:
        """Another origin or a login gets no credential; a SCIM path its own token."""
        scim = self._scim(request.url) if self._applies_to(request.url) else None
        if scim is None:
            request.headers.pop("Authorization", None)
        else:
            request.headers["Authorization"] = scim.decode()

    def _authorize(self, request: httpx.Request) -> None:
        if self._token is not None:
            request.headers["Authorization"] = f"Bearer {self._token}"
        elif any(name.lower() == b"authorization" for name, _ in request.headers.raw):
            del request.headers["Authorization"]  # (the scan costs less than a missed pop)

    def authorization_for(self, url: httpx.URL) -> bytes | Literal[False] | None:
        """The ``Authorization`` value the flow would send to ``url``, for a cache lookup.

        ``None`` when it would send none; ``False`` when it would first renew the token,
        so the request must take the normal path.
        """
        if not self._applies_to(url):
            return None
        scim = self._scim(url)
        if scim is not None:
            return scim
        if self._expiring():
            return False
        return None if self._token is None else f"Bearer {self._token}".encode()

    def _retry_on_401(self, response: httpx.Response) -> bool:
        return response.status_code == 401 and self._credentials is not None

    # -- flows -----------------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        """Blocking flow: refresh when due, send, refresh once on 401 and resend."""
        if not self._applies_to(request.url) or self._scim(request.url) is not None:
            self._authorize_other(request)
            yield request
            return
        seen = self._generation  # read before deciding, so a refresh meanwhile is noticed
        if self._expiring():
            yield from self._sync_refresh(seen)
        sent_with = self._generation
        self._authorize(request)
        response = yield request
        if self._retry_on_401(response):
            yield from self._sync_refresh(sent_with)
            self._authorize(request)
            yield request

    def _sync_refresh(self, seen: int) -> Generator[httpx.Request, httpx.Response]:
        with self._sync_lock:
            if self._generation != seen or self._credentials is None:
                return  # another caller refreshed (or logged out) meanwhile
            response = yield self._refresh_request()
            response.read()
            self._accept_refresh(response)

    def _lock_for_async(self) -> anyio.Lock:
        # anyio is imported on first async use only: a sync client never needs it. No
        # await separates the check from the assignment, so one loop makes one lock.
        if self._async_lock is None:
            import anyio

            self._async_lock = anyio.Lock()
        return self._async_lock

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Async flow: the same steps as :meth:`sync_auth_flow`, under an async lock.

        (An async generator cannot delegate with ``yield from``, so the refresh step is
        spelled out at both places it happens.)
        """
        if not self._applies_to(request.url) or self._scim(request.url) is not None:
            self._authorize_other(request)
            yield request
            return
        seen = self._generation
        if self._expiring():
            async with self._lock_for_async():
                if self._generation == seen and self._credentials is not None:
                    refreshed = yield self._refresh_request()
                    await refreshed.aread()
                    self._accept_refresh(refreshed)
        sent_with = self._generation
        self._authorize(request)
        response = yield request
        if self._retry_on_401(response):
            async with self._lock_for_async():
                if self._generation == sent_with and self._credentials is not None:
                    refreshed = yield self._refresh_request()
                    await refreshed.aread()
                    self._accept_refresh(refreshed)
            self._authorize(request)
            yield request
