"""The facade's shortcut to the response cache.

A read whose answer is already cached needs neither the httpx client nor an
``httpx.Response``: :class:`CachedLookup` finds the entry in the same store the cache
transport fills and hands the stored bytes to the generated parser. That makes a hit a
fraction of the cost of even an in-memory httpx call (see ``benchmarks/``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, cast

import httpx

if TYPE_CHECKING:
    from dockerhub_client.client import Client

    from ._auth import HubAuth
    from ._cache import CacheStore
    from ._cache_rules import Entry

__all__ = ["MISS", "CachedLookup", "base_prefix", "build_request"]


MISS: Any = object()
"""What :meth:`CachedLookup.lookup` returns when the call must take the normal path."""


def base_prefix(http: httpx.Client | httpx.AsyncClient) -> str:
    """The client's base URL as text ending in ``/``, for :func:`build_request`."""
    prefix = str(http.base_url)  # without the "/" of an empty path
    return prefix if prefix.endswith("/") else prefix + "/"


def build_request(
    http: httpx.Client | httpx.AsyncClient, prefix: str, arguments: Mapping[str, Any]
) -> httpx.Request:
    """The request ``http.request(**arguments)`` would send, its URL parsed once.

    ``arguments`` are a generated endpoint's ``request_arguments`` (method, a path relative
    to the base URL, params, body); ``prefix`` is :func:`base_prefix` of ``http``. httpx
    parses a relative URL with query parameters three times (the path, the path on the
    base URL, then with the query merged in); here the full URL is put together as text and
    parsed once. The cache shortcut and the runner both build requests this way, so the
    shortcut's key is the one the cache transport sees.
    """
    rest = dict(arguments)
    method, path, params = rest.pop("method"), rest.pop("url"), rest.pop("params", None)
    text = prefix + path.lstrip("/")
    if not params:
        url = httpx.URL(text)
    else:
        query = _plain_query(params)
        url = httpx.URL(text, params=params) if query is None else httpx.URL(f"{text}?{query}")
    return http.build_request(method, url, **rest)


_PLAIN = re.compile(r"[A-Za-z0-9_.~-]*")


def _plain_query(params: Mapping[str, Any]) -> str | None:
    """``params`` as the query httpx would write, when every name and value is plain (no
    character to escape; ints and bools as httpx writes them), else ``None`` for httpx's
    own encoding. Building ``httpx.QueryParams`` costs more than the rest of a request's
    URL; page numbers, page sizes and names never need it."""
    parts = []
    for name, value in params.items():
        if value is True:
            text = "true"
        elif value is False:
            text = "false"
        elif value.__class__ is int:
            text = str(value)
        elif value.__class__ is str and _PLAIN.fullmatch(value):
            text = value
        else:
            return None
        if name.__class__ is not str or not _PLAIN.fullmatch(name):
            return None
        parts.append(f"{name}={text}")
    return "&".join(parts)


class CachedLookup:
    """The facade's shortcut to the response cache: a read already in the cache is answered
    without passing through the httpx client at all.

    For each endpoint and arguments it remembers the URL the generated function requests
    and the store's key target for it; a lookup adds the ``Authorization`` the auth flow
    would attach and asks the one :class:`~dockerhub._cache.CacheStore` (same key
    function, same rules as the cache transport), then runs the generated parser on the
    stored bytes. Anything else (a write, a bypass, cookies, a token due for renewal, a
    body that does not parse) takes the normal path.
    """

    _MAX_TARGETS = 4096

    def __init__(
        self,
        http: httpx.Client | httpx.AsyncClient,
        store: CacheStore,
        auth: HubAuth,
        bypassing: Callable[[], bool],
    ) -> None:
        self._http = http
        self._store = store
        self._auth = auth
        self._bypassing = bypassing
        self._prefix = base_prefix(http)
        # (endpoint, arguments) -> (the URL httpx would request, the store's target for it).
        # Building the request parses URLs, which costs more than the whole lookup.
        self._targets: dict[
            tuple[str, tuple[tuple[str, Any], ...]],
            tuple[httpx.URL, tuple[str, str, str, str]] | None,
        ] = {}

    def _target(
        self, endpoint: Any, arguments: Mapping[str, Any]
    ) -> tuple[httpx.URL, tuple[str, str, str, str]] | None:
        try:
            ident = (endpoint.__name__, tuple(sorted(arguments.items())))
            if ident in self._targets:
                return self._targets[ident]
        except TypeError:  # an unhashable argument: a write's body, never cached
            return None
        kwargs = endpoint.request_arguments(**arguments)
        if "json" in kwargs:
            target = None
        else:
            shape = {key: kwargs[key] for key in ("method", "url", "params") if key in kwargs}
            request = build_request(self._http, self._prefix, shape)
            target = self._store.target_of(request)
        found = (request.url, target) if target is not None else None
        if len(self._targets) >= self._MAX_TARGETS:
            self._targets.clear()
        self._targets[ident] = found
        return found

    def lookup(self, client: Client, endpoint: Any, arguments: Mapping[str, Any]) -> Any:
        """The parsed cached body for ``endpoint`` called with ``arguments``, or ``MISS``."""
        found = self._where(endpoint, arguments)
        if found is None:
            return MISS
        return self._parsed(client, endpoint, self._store.entry_for(*found))

    async def alookup(self, client: Client, endpoint: Any, arguments: Mapping[str, Any]) -> Any:
        """Async :meth:`lookup`: a shared (Redis) cache is read without blocking the loop."""
        found = self._where(endpoint, arguments)
        if found is None:
            return MISS
        return self._parsed(client, endpoint, await self._store.aentry_for(*found))

    def _where(
        self, endpoint: Any, arguments: Mapping[str, Any]
    ) -> tuple[tuple[str, str, str, str], list[tuple[bytes, bytes]]] | None:
        """The store's target and the credential headers of the call, or ``None`` when it
        must take the normal path."""
        if not self._store.options.enabled or self._http.cookies or self._bypassing():
            return None  # with cookies, only the transport knows the exact credential
        found = self._target(endpoint, arguments)
        if found is None:
            return None
        url, target = found
        authorization = self._auth.authorization_for(url)
        if authorization is False:
            return None  # a renewal is due: let the auth flow run
        return target, [] if authorization is None else [(b"authorization", authorization)]

    @staticmethod
    def _parsed(client: Client, endpoint: Any, entry: Entry | None) -> Any:
        if entry is None:
            return MISS
        try:
            stored = cast("httpx.Response", _StoredResponse(entry.status, entry.body))
            return endpoint.parse_response(client=client, response=stored)
        except Exception:
            # Not the documented body: the normal path serves the same entry as a real
            # response and raises the typed error with everything a caller needs.
            return MISS


class _StoredResponse:
    """What the generated parsers read of a response (its status and body), straight
    from a cache entry: building a full ``httpx.Response`` would cost more than the rest of
    a hit. Only used on the shortcut; failures retry through the real response path."""

    __slots__ = ("content", "status_code")

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
