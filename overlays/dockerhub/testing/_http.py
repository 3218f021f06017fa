"""The fake's own tiny HTTP vocabulary: request, response, error and router.

Why hand-written instead of a web framework: the fake must run in-process as an
``httpx`` transport (no socket) *and* behind ``http.server`` (a real socket) from the
same handler code, without adding a dependency to users' test suites. Both front ends
only need to turn their native request into a :class:`FakeRequest` and a
:class:`FakeResponse` back into bytes; routing is a list of compiled regular
expressions built from the spec's path templates, which is all the fake needs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

__all__ = ["FakeRequest", "FakeResponse", "HubError", "Route", "Router"]

_REASONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


def reason_phrase(status: int) -> str:
    """Return a short reason phrase for ``status`` (used in default error bodies)."""
    return _REASONS.get(status, "Error")


@dataclass(frozen=True)
class FakeRequest:
    """A transport-neutral HTTP request as the fake sees it.

    ``headers`` keys are lower-case; ``base_url`` is ``scheme://host[:port]`` of the
    request, used to build absolute pagination links.
    """

    method: str
    path: str
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]
    body: bytes
    base_url: str

    def param(self, name: str) -> str | None:
        """Return the first value of query parameter ``name``, or None."""
        values = self.query.get(name)
        return values[0] if values else None


@dataclass
class FakeResponse:
    """A transport-neutral HTTP response produced by the fake."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, payload: Any) -> FakeResponse:
        """Build a JSON response."""
        return cls(status, json.dumps(payload).encode(), {"Content-Type": "application/json"})

    @classmethod
    def empty(cls, status: int = 204) -> FakeResponse:
        """Build a response without a body."""
        return cls(status)


class HubError(Exception):
    """Raised by handlers to answer with an error status in one of the Hub's shapes.

    ``style="detail"`` renders ``{"detail": ...}``; ``style="message"`` renders
    ``{"message": ..., "errinfo": {}}`` like the newer endpoints; ``style="fields"``
    renders the access-token routes' validation error ``{"fields": {field: [...]},
    "text": ...}`` for the field named by ``field``.
    """

    def __init__(
        self,
        status: int,
        message: str,
        *,
        style: str = "detail",
        extra: Mapping[str, Any] | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.style = style
        self.extra = dict(extra or {})
        self.field = field

    def to_response(self) -> FakeResponse:
        """Render this error as a JSON response."""
        if self.style == "message":
            payload: dict[str, Any] = {"message": self.message, "errinfo": {}}
        elif self.style == "fields":
            payload = {"fields": {self.field or "non_field_errors": [self.message]}}
            payload["text"] = self.message
        else:
            payload = {"detail": self.message}
        payload.update(self.extra)
        return FakeResponse.json(self.status, payload)


Handler = Callable[..., FakeResponse]


@dataclass(frozen=True)
class Route:
    """One method + path template bound to a handler."""

    method: str
    template: str
    handler: Handler
    pattern: re.Pattern[str]


def _compile(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template.rstrip("/"))
    regex = "".join(
        f"(?P<{part}>[^/]+)" if index % 2 else re.escape(part) for index, part in enumerate(parts)
    )
    return re.compile(f"^{regex}/?$")


class Router:
    """Matches ``(method, path)`` against templates; a trailing slash is optional."""

    def __init__(self) -> None:
        self._routes: list[Route] = []

    def add(self, method: str, template: str, handler: Handler) -> None:
        """Register ``handler`` for ``method`` on the spec-style ``template``."""
        self._routes.append(Route(method.upper(), template, handler, _compile(template)))

    def route(self, method: str, template: str) -> Callable[[Handler], Handler]:
        """Decorator form of :meth:`add`."""

        def register(handler: Handler) -> Handler:
            self.add(method, template, handler)
            return handler

        return register

    def include(self, other: Router) -> None:
        """Append every route of ``other``."""
        self._routes.extend(other._routes)

    def match(self, method: str, path: str) -> tuple[Handler, dict[str, str]]:
        """Return the handler and decoded path parameters, or raise 404/405."""
        route, params = self.resolve(method, path)
        return route.handler, params

    def resolve(self, method: str, path: str) -> tuple[Route, dict[str, str]]:
        """Return the matching route and decoded path parameters, or raise 404/405."""
        lookup = "GET" if method == "HEAD" else method
        path_known = False
        for candidate in (method, lookup):
            for route in self._routes:
                found = route.pattern.match(path)
                if not found:
                    continue
                path_known = True
                if route.method == candidate:
                    params = {k: unquote(v) for k, v in found.groupdict().items()}
                    return route, params
        if path_known:
            raise HubError(405, f'Method "{method}" not allowed.')
        raise HubError(404, "Not found.")

    def templates(self) -> list[tuple[str, str]]:
        """Return every registered ``(method, template)`` pair."""
        return [(r.method, r.template) for r in self._routes]
