"""The registry's error bodies as the SDK's typed errors, and the registry's own errors.

A registry answers errors as ``{"errors": [{"code": ..., "message": ..., "detail": ...}]}``.
The code decides the class where it is more precise than the status (Docker Hub answers a
missing repository with 401 ``UNAUTHORIZED`` to anonymous callers, for example):

=====================================  ==========================================
code                                   error
=====================================  ==========================================
``MANIFEST_UNKNOWN``, ``NAME_UNKNOWN``  :class:`~dockerhub.errors.NotFoundError`
``BLOB_UNKNOWN``
``DENIED``                             :class:`~dockerhub.errors.PermissionDeniedError`
``UNAUTHORIZED``                       :class:`~dockerhub.errors.AuthenticationError`
``TOOMANYREQUESTS``                    :class:`PullRateLimitError` (a ``RateLimitError``)
anything else                          by status, as for the Hub's own API
=====================================  ==========================================
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from ..errors import (
    AuthenticationError,
    DockerHubError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnexpectedResponseError,
    error_for_response,
)
from ._models import PullRateLimit
from ._ratelimit import parse_pull_limit

__all__ = ["DigestMismatchError", "PullRateLimitError", "registry_error"]

_BY_CODE: dict[str, type[DockerHubError]] = {
    "MANIFEST_UNKNOWN": NotFoundError,
    "NAME_UNKNOWN": NotFoundError,
    "BLOB_UNKNOWN": NotFoundError,
    "DENIED": PermissionDeniedError,
    "UNAUTHORIZED": AuthenticationError,
    "TOOMANYREQUESTS": RateLimitError,
}
_MAX_MESSAGE = 300


class DigestMismatchError(UnexpectedResponseError):
    """The bytes received do not hash to the digest the registry stated or the caller asked
    for: the content was altered or truncated on the way, and is refused.

    Attributes:
        expected: the digest the bytes had to match.
        actual: the digest of the bytes received.
    """

    def __init__(
        self,
        expected: str,
        actual: str,
        *,
        what: str = "content",
        method: str | None = None,
        url: str | httpx.URL | None = None,
    ) -> None:
        super().__init__(
            f"the {what} received has digest {actual}, not {expected}; refused",
            method=method,
            url=url,
        )
        self.expected = expected
        self.actual = actual


class PullRateLimitError(RateLimitError):
    """429 ``TOOMANYREQUESTS``: the pull rate limit is used up.

    Attributes:
        pull_limit: the limit the registry reported with the refusal (``remaining`` 0),
            or the unlimited value when it sent no limit headers.
    """

    def __init__(self, message: str, *, pull_limit: PullRateLimit, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.pull_limit = pull_limit

    def __repr__(self) -> str:
        return (
            f"PullRateLimitError(status={self.status!r}, url={self.url!r}, "
            f"message={self.message!r}, pull_limit={self.pull_limit!r})"
        )


def _errors_of(response: httpx.Response) -> list[tuple[str, str]]:
    try:
        body = json.loads(response.content)
    except (ValueError, RecursionError, httpx.ResponseNotRead):
        return []
    items = body.get("errors") if isinstance(body, dict) else None
    if not isinstance(items, list):
        return []
    found = []
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("code"), str):
            message = item.get("message")
            found.append((item["code"], message if isinstance(message, str) else ""))
    return found


def _message(errors: list[tuple[str, str]]) -> str:
    text = "; ".join(f"{code}: {message}" if message else code for code, message in errors)
    text = " ".join(text.split())
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"


def registry_error(response: httpx.Response) -> DockerHubError:
    """The typed error for a registry's non-2xx ``response`` (its body already read)."""
    errors = _errors_of(response)
    if not errors:
        return error_for_response(response)
    message = _message(errors)
    codes = [code for code, _ in errors]
    if "TOOMANYREQUESTS" in codes or (response.status_code == 429):
        return pull_limit_error(response, message)
    cls = next((_BY_CODE[code] for code in codes if code in _BY_CODE), None)
    if cls is None:
        return error_for_response(response)
    if cls is AuthenticationError and response.status_code == 401:
        message += " (the repository may not exist, or be private to other accounts)"
    return cls.from_response(response, message)


def pull_limit_error(response: httpx.Response, message: str | None = None) -> PullRateLimitError:
    """A :class:`PullRateLimitError` for a 429 answer, with the limit it reported."""
    limit = parse_pull_limit(response.headers)
    text = message or _message(_errors_of(response)) or "TOOMANYREQUESTS"
    if not limit.unlimited:
        text += f" (pull limit {limit.limit} per {limit.window}s, {limit.remaining} left)"
    request = response.request if _has_request(response) else None
    return PullRateLimitError(
        text,
        pull_limit=limit,
        status=response.status_code,
        method=request.method if request is not None else None,
        url=request.url if request is not None else None,
        limit=limit.limit,
        remaining=limit.remaining,
    )


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises when the response has no request
    except RuntimeError:
        return False
    return True
