"""Knobs that make the fake misbehave on purpose: rate limiting and injected failures."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._http import FakeResponse, reason_phrase

__all__ = ["DEFAULT_RATE_LIMIT", "FailureInjector", "RateLimiter"]

#: The generous limit used when none is configured: (requests, window seconds).
DEFAULT_RATE_LIMIT = (10_000, 3600.0)


class RateLimiter:
    """A fixed-window counter that stamps ``X-RateLimit-*`` headers and answers 429."""

    def __init__(self, limit: int, window: float) -> None:
        self.configure(limit, window)

    def configure(self, limit: int, window: float) -> None:
        """Set the limit and window and start a fresh window."""
        if limit < 0 or window <= 0:
            raise ValueError("limit must be >= 0 and window_seconds > 0")
        self.limit, self.window = limit, window
        self._start: float | None = None
        self._count = 0

    def admit(self, now: float) -> tuple[bool, dict[str, str]]:
        """Count one request; return whether it is allowed and the headers to send."""
        if self._start is None or now >= self._start + self.window:
            self._start, self._count = now, 0
        self._count += 1
        reset = self._start + self.window
        headers = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(max(0, self.limit - self._count)),
            "X-RateLimit-Reset": str(math.ceil(reset)),
        }
        if self._count <= self.limit:
            return True, headers
        headers["Retry-After"] = str(max(1, math.ceil(reset - now)))
        return False, headers

    @staticmethod
    def rejection(headers: Mapping[str, str]) -> FakeResponse:
        """The Hub's 429 answer."""
        response = FakeResponse.json(429, {"detail": "Rate limit exceeded", "error": False})
        response.headers.update(headers)
        return response


@dataclass
class _Failure:
    status: int
    times: int
    path: str | None
    body: Any
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = None

    def matches(self, path: str) -> bool:
        if self.path is None:
            return True
        return path.startswith(self.path) or re.search(self.path, path) is not None

    def response(self) -> FakeResponse:
        body = self.body
        if body is None:
            body = {"detail": reason_phrase(self.status)}
        if isinstance(body, Mapping | list):
            content, default_type = json.dumps(body).encode(), "application/json"
        elif isinstance(body, str):
            content, default_type = body.encode(), "text/html; charset=utf-8"
        else:
            content, default_type = bytes(body), "text/html; charset=utf-8"
        headers = {"Content-Type": self.content_type or default_type}
        if self.status == 429:
            headers["Retry-After"] = "1"
        headers.update(self.headers)
        return FakeResponse(self.status, content, headers)


class FailureInjector:
    """A queue of failures to answer instead of the real handler."""

    def __init__(self) -> None:
        self._pending: list[_Failure] = []

    def add(
        self,
        status: int,
        *,
        times: int,
        path: str | None,
        body: Any,
        headers: Mapping[str, str] | None,
        content_type: str | None,
    ) -> None:
        """Queue ``times`` failures for requests whose path matches ``path``."""
        if times < 1:
            raise ValueError("times must be >= 1")
        failure = _Failure(status, times, path, body, dict(headers or {}), content_type)
        self._pending.append(failure)

    def take(self, path: str) -> FakeResponse | None:
        """Consume and return the first matching failure, if any."""
        for failure in self._pending:
            if failure.matches(path):
                failure.times -= 1
                if failure.times == 0:
                    self._pending.remove(failure)
                return failure.response()
        return None

    def clear(self) -> None:
        """Forget every pending failure."""
        self._pending.clear()
