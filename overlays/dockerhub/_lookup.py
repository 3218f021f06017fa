"""The facade's shortcut to the response cache.

A read whose answer is already cached needs neither the httpx client nor an
``httpx.Response``: :class:`CachedLookup` finds the entry in the same store the cache
transport fills and hands the stored bytes to the generated parser. That makes a hit a
fraction of the cost of even an in-memory httpx call (see ``benchmarks/``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, cast

import httpx

if TYPE_CHECKING:
    from dockerhub_client.client import Client

    from ._auth import HubAuth
    from ._cache import CacheStore

__all__ = ["MISS", "CachedLookup"]


MISS: Any = object()
"""What :meth:`CachedLookup.lookup` returns when the call must take the normal path."""


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
        request = self._http.build_request(
            kwargs["method"], kwargs["url"], params=kwargs.get("params")
        )
        target = self._store.target_of(request) if "json" not in kwargs else None
        found = (request.url, target) if target is not None else None
        if len(self._targets) >= self._MAX_TARGETS:
            self._targets.clear()
        self._targets[ident] = found
        return found

    def lookup(self, client: Client, endpoint: Any, arguments: Mapping[str, Any]) -> Any:
        """The parsed cached body for ``endpoint`` called with ``arguments``, or ``MISS``."""
        if not self._store.options.enabled or self._http.cookies or self._bypassing():
            return MISS  # with cookies, only the transport knows the exact credential
        found = self._target(endpoint, arguments)
        if found is None:
            return MISS
        url, target = found
        authorization = self._auth.authorization_for(url)
        if authorization is False:
            return MISS  # a renewal is due: let the auth flow run
        credentials = [] if authorization is None else [(b"authorization", authorization)]
        entry = self._store.entry_for(target, credentials)
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
    """What the generated parsers read of a response (its status, body and JSON), straight
    from a cache entry: building a full ``httpx.Response`` would cost more than the rest of
    a hit. Only used on the shortcut; failures retry through the real response path."""

    __slots__ = ("content", "status_code")

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content

    def json(self) -> Any:
        return json.loads(self.content)
