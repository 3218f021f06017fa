"""Typed errors raised by the SDK.

Every failure a caller can meet surfaces as a :class:`DockerHubError` subclass, one per
case worth handling differently: authentication (401), permissions (403), missing
resources (404), conflicts (409), rate limits (429), server faults (5xx), bodies that do
not match the spec, and transport failures. Each error carries the HTTP method, the URL
(query string stripped of anything secret-looking) and the Hub's own message, taken from
whichever of its error body shapes the response used.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ._redact import redact, register

if (
    TYPE_CHECKING
):  # httpx is imported where a response is read: `import dockerhub.errors` stays light
    import httpx

__all__ = [
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "DockerHubError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "TransportError",
    "UnexpectedResponseError",
    "describe_cause",
    "error_for_response",
    "hub_message",
]

_SECRET_QUERY_KEYS = frozenset({"token", "access_token", "password", "secret", "code"})
_MAX_MESSAGE = 300


class DockerHubError(Exception):
    """Base class of every error the SDK raises on purpose.

    Attributes:
        status: the HTTP status code, or ``None`` when no response arrived.
        method: the HTTP method of the failed request, when known.
        url: the request URL, with secret-looking query values redacted.
        message: the Hub's message (``detail``/``message``/``error`` field), or a summary.

    The message, ``str`` and ``repr`` pass through the SDK's redactor: no password, access
    token or JWT the client held or received (nor anything shaped like one) appears in them.
    """

    status: int | None
    method: str | None
    url: str | None
    message: str

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        method: str | None = None,
        url: str | httpx.URL | None = None,
    ) -> None:
        self.message = redact(message)
        self.status = status
        self.method = method
        self.url = redact(_safe_url(url)) if url is not None else None
        super().__init__(self.message)

    def __str__(self) -> str:
        parts = []
        if self.status is not None:
            parts.append(str(self.status))
        if self.method and self.url:
            parts.append(f"{self.method} {self.url}")
        prefix = " ".join(parts)
        return redact(f"{prefix}: {self.message}" if prefix else self.message)

    def __repr__(self) -> str:
        return redact(
            f"{type(self).__name__}(status={self.status!r}, method={self.method!r}, "
            f"url={self.url!r}, message={self.message!r})"
        )

    @classmethod
    def from_response(cls, response: httpx.Response, message: str | None = None) -> DockerHubError:
        """Build this error class from a finished response (its request gives method and URL)."""
        method, url = _request_of(response)
        return cls(
            message if message is not None else hub_message(response),
            status=response.status_code,
            method=method,
            url=url,
        )


class BadRequestError(DockerHubError):
    """400 or 422: the Hub refused the request itself (a field it did not accept)."""


class AuthenticationError(DockerHubError):
    """401: missing, expired or refused credentials (also a failed login)."""

    login_2fa_token: str | None = None
    """Set when the Hub asks for a second factor (``/v2/users/login`` with 2FA on)."""


class PermissionDeniedError(DockerHubError):
    """403: the credential is valid but may not do this."""


class NotFoundError(DockerHubError):
    """404: the resource does not exist, or is private and hidden from this caller."""


class ConflictError(DockerHubError):
    """409: the resource already exists or is in a conflicting state."""


class RateLimitError(DockerHubError):
    """429: Docker Hub's rate limit was hit (and waiting was not possible or allowed).

    Attributes:
        retry_after: seconds to wait before retrying, when the Hub said so.
        limit, remaining, reset: the ``X-RateLimit-*`` values of the response
            (``reset`` is a unix timestamp), when present.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = 429,
        method: str | None = None,
        url: str | httpx.URL | None = None,
        retry_after: float | None = None,
        limit: int | None = None,
        remaining: int | None = None,
        reset: int | None = None,
    ) -> None:
        super().__init__(message, status=status, method=method, url=url)
        self.retry_after = retry_after
        self.limit = limit
        self.remaining = remaining
        self.reset = reset

    @classmethod
    def from_response(cls, response: httpx.Response, message: str | None = None) -> RateLimitError:
        """Build from a 429 response, reading ``Retry-After`` and ``X-RateLimit-*``."""
        # Imported here: _ratelimit imports this module for RateLimitError.
        from ._ratelimit import RateLimit, retry_after_seconds

        method, url = _request_of(response)
        seen = RateLimit.from_headers(response.headers)
        return cls(
            message if message is not None else hub_message(response),
            status=response.status_code,
            method=method,
            url=url,
            retry_after=retry_after_seconds(response.headers),
            limit=seen.limit if seen else None,
            remaining=seen.remaining if seen else None,
            reset=seen.reset if seen else None,
        )

    def __repr__(self) -> str:
        return redact(
            f"RateLimitError(status={self.status!r}, method={self.method!r}, url={self.url!r}, "
            f"message={self.message!r}, retry_after={self.retry_after!r}, limit={self.limit!r}, "
            f"remaining={self.remaining!r}, reset={self.reset!r})"
        )


class ServerError(DockerHubError):
    """5xx: Docker Hub (or its edge) failed; retried first where that is safe."""


class UnexpectedResponseError(DockerHubError):
    """The Hub answered something the spec does not allow: HTML, truncated JSON, a wrong shape,
    an unexpected status, or a pagination link to another origin."""


class TransportError(DockerHubError):
    """No usable response: connection refused or reset, DNS failure, timeout, TLS error."""


class ClientClosedError(DockerHubError):
    """The client was used after ``close()``/``aclose()``; create a new one."""


_BY_STATUS: dict[int, type[DockerHubError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: BadRequestError,
    429: RateLimitError,
}


def error_for_response(response: httpx.Response) -> DockerHubError:
    """Map a non-2xx response to the typed error a caller should see."""
    status = response.status_code
    cls = _BY_STATUS.get(status)
    if cls is None:
        cls = ServerError if status >= 500 else UnexpectedResponseError
    second_factor = None
    if status == 401:
        body = _json_body(response)
        token = body.get("login_2fa_token") if isinstance(body, dict) else None
        second_factor = token if isinstance(token, str) else None
        register(second_factor)  # before the message is built, so it cannot show it
    error = cls.from_response(response)
    if isinstance(error, AuthenticationError):
        error.login_2fa_token = second_factor
    return error


def hub_message(response: httpx.Response) -> str:
    """The Hub's message from any of its error body shapes, else a short summary.

    Handles ``{"detail": ...}``, ``{"message": ..., "errinfo": {...}}``, the access-token
    routes' ``{"fields": {...}, "text": ...}``,
    ``{"detail": ..., "error": false}``, ``{"error": "..."}`` and non-JSON bodies (an HTML page
    from the edge is summarised, never echoed whole).
    """
    body = _json_body(response)
    if isinstance(body, dict):
        for key in ("detail", "message", "error", "errors", "text"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return _clip(value)
            if isinstance(value, list | dict) and value:
                return _clip(json.dumps(value, sort_keys=True))
    reason = response.reason_phrase or "HTTP error"
    content_type = response.headers.get("content-type", "").split(";")[0].strip()
    if content_type == "text/html" or _looks_like_html(response):
        return f"{reason} (an HTML page, not the JSON the API sends)"
    if not response.content:
        return f"{reason} (empty body)"
    return f"{reason} (unrecognised body)"


def _json_body(response: httpx.Response) -> Any:
    import httpx

    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # not JSON, or nested too deeply to parse
        return None


_DESCRIPTIONS: dict[str, str] = {
    "ReadTimeout": "no data arrived within the read timeout",
    "WriteTimeout": "the request could not be sent within the write timeout",
    "ConnectTimeout": "no connection within the connect timeout",
    "PoolTimeout": "no free connection within the pool timeout",
    "ConnectError": "the connection could not be opened",
    "ReadError": "the connection failed while reading the response",
    "WriteError": "the connection failed while sending the request",
    "RemoteProtocolError": "the server broke the HTTP protocol",
    "LocalProtocolError": "the request could not be encoded as valid HTTP",
    "CancelledError": "the operation was cancelled",
}


def describe_cause(exc: BaseException) -> str:
    """``"<ExceptionType>: <what happened>"``, readable even when ``str(exc)`` is empty
    (httpx's async timeouts are), and redacted (an httpx message may quote a header)."""
    name = type(exc).__name__
    detail = " ".join(str(exc).split())
    if not detail:
        detail = _DESCRIPTIONS.get(name, "no further detail")
    return redact(f"{name}: {_clip(detail)}")


def _looks_like_html(response: httpx.Response) -> bool:
    import httpx

    try:
        head = response.content[:256].lstrip().lower()
    except httpx.ResponseNotRead:
        return False
    return head.startswith((b"<!doctype html", b"<html"))


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"


def _request_of(response: httpx.Response) -> tuple[str | None, httpx.URL | None]:
    try:
        request = response.request
    except RuntimeError:
        return None, None
    return request.method, request.url


def _safe_url(url: str | httpx.URL) -> str:
    """Drop credentials in the userinfo part and redact secret-looking query values."""
    import httpx

    parsed = httpx.URL(str(url))
    if parsed.userinfo:
        parsed = parsed.copy_with(username=None, password=None)
    if parsed.query:
        params = [
            (key, "***" if key.lower() in _SECRET_QUERY_KEYS else value)
            for key, value in parsed.params.multi_items()
        ]
        parsed = parsed.copy_with(params=params)
    return str(parsed)
