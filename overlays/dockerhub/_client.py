"""The ``DockerHub`` and ``AsyncDockerHub`` facades: construction, lifecycle, shared state.

The API methods come from the spec: ``dockerhub_client.facade`` (generated) holds one
blocking and one coroutine method per operation, :mod:`dockerhub._handwritten` the few
flows and aliases written by hand; :mod:`dockerhub._runner` runs them. This module only
assembles the layers a request passes through::

    facade → generated endpoint → httpx client (HubAuth) → cache → retry → network

and exposes what users look at: ``cache_info()``, ``rate_limit``, ``repr``, and the
low-level door :meth:`DockerHub.call` / :meth:`DockerHub.paginate` for any generated
endpoint.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from contextvars import ContextVar
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from dockerhub_client.facade import AsyncOperations, SyncOperations

from ._auth import HubAuth, jwt_expiry, valid_token
from ._cache import AsyncCacheTransport, CacheInfo, CacheOptions, CacheStore, CacheTransport
from ._cache_options import cache_from_env
from ._defaults import BASE_URL_VARIABLE, DEFAULT_BASE_URL
from ._door import AsyncDoor, SyncDoor
from ._handwritten import HandwrittenOperations
from ._limits import (
    ACCEPT_ENCODING,
    DEFAULT_MAX_RESPONSE_BYTES,
    AsyncBoundedTransport,
    BoundedTransport,
)
from ._lookup import CachedLookup
from ._methods import AsyncMethods, SyncMethods
from ._network import async_network_transport, network_transport
from ._ratelimit import RateLimit, RateLimitTracker
from ._redact import install_log_filters, redact
from ._retry import AsyncRetryTransport, RetryOptions, RetryTransport
from ._runner import AsyncRunner, SyncRunner
from ._validation import check_int
from ._version import __version__
from ._walk import walking
from .errors import ClientClosedError
from .registry._facade import DEFAULT_REGISTRY_URL, AsyncRegistryMethods, RegistryMethods

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from dockerhub_client.client import Client

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_MAX_RESPONSE_BYTES", "AsyncDockerHub", "DockerHub"]

T = TypeVar("T")

DEFAULT_TIMEOUT = 30.0

# The clients (by id) whose reads skip the cache in the current context (see fresh()).
_BYPASS: ContextVar[frozenset[int]] = ContextVar("dockerhub_bypass_cache", default=frozenset())

CacheArg = CacheOptions | str | bool | None
RetriesArg = RetryOptions | int | bool | None


# -- the cache argument (redis:// URLs: see dockerhub._cache_redis) ------------------------


def _cache_options(cache: CacheArg) -> CacheOptions:
    if cache is None or cache is True:
        return CacheOptions()
    if cache is False:
        return CacheOptions(enabled=False)
    if isinstance(cache, str):
        return CacheOptions(url=cache)
    if isinstance(cache, CacheOptions):
        return cache
    raise TypeError(
        f"cache must be CacheOptions, a redis:// URL, a bool or None, not {type(cache).__name__}"
    )


def _cache_from_env(source: Mapping[str, str], kwargs: dict[str, Any]) -> None:
    """``DOCKER_HUB_CACHE_URL`` as the cache, unless the caller passed ``cache``."""
    if "cache" not in kwargs:
        options = cache_from_env(source)
        if options is not None:
            kwargs["cache"] = options


# ------------------------------------------------------------------------------------------


def _retry_options(retries: RetriesArg) -> RetryOptions:
    if retries is None or retries is True:
        return RetryOptions()
    if retries is False:
        return RetryOptions(max_retries=0)
    if isinstance(retries, int):
        return RetryOptions(max_retries=retries)
    if isinstance(retries, RetryOptions):
        return retries
    raise TypeError(
        f"retries must be RetryOptions, an int, a bool or None, not {type(retries).__name__}"
    )


def _chosen_base_url(base_url: str | None) -> str:
    """An explicit ``base_url``, else ``$DOCKER_HUB_BASE_URL``, else Docker Hub's."""
    if base_url is not None:
        return base_url
    return os.environ.get(BASE_URL_VARIABLE) or DEFAULT_BASE_URL


class _HubBase(HandwrittenOperations):
    """State and configuration shared by the sync and async facades."""

    _api: Client
    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        base_url: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        cache: CacheArg = None,
        retries: RetriesArg = None,
        user_agent: str | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        base_url = _chosen_base_url(base_url)
        url = httpx.URL(base_url)
        if url.userinfo:
            raise ValueError(
                "base_url must not hold credentials (user:password@host); pass them to "
                "login() or set DOCKER_HUB_USERNAME and DOCKER_HUB_PASSWORD/TOKEN"
            )
        if url.scheme not in ("http", "https") or not url.host:
            raise ValueError(f"base_url must be an http(s) URL, got {redact(repr(base_url))}")
        if max_response_bytes is not None:
            check_int("max_response_bytes", max_response_bytes, 1)
        self._max_response_bytes = max_response_bytes
        install_log_filters()
        self._base_url = str(url).rstrip("/")
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._auth = HubAuth(self._base_url)
        self._cache = CacheStore(_cache_options(cache))
        self._retry_options = _retry_options(retries)
        self._rate_limits = RateLimitTracker(shared=self._cache.link)  # Redis: shared view
        self._headers = {
            "User-Agent": user_agent or f"dockerhub-sdk/{__version__} (+python httpx)",
            "Accept": "application/json",
            "Accept-Encoding": ACCEPT_ENCODING,  # what the size cap can inflate safely
        }

    def _http_options(self) -> dict[str, Any]:
        """What both httpx clients are built with, besides their transport."""
        return {
            "base_url": self._base_url,
            "timeout": self._timeout,
            "headers": self._headers,
            "auth": self._auth,
        }

    def _lookup(self) -> CachedLookup:
        """The cache shortcut over this client's httpx client, store and auth."""
        return CachedLookup(self._http, self._cache, self._auth, self._bypassing)

    def _generated_client(self) -> Client:
        # Imported here, with attrs (its base), when the first client is built: importing
        # the SDK does not need either.
        from dockerhub_client.client import Client

        return Client(
            base_url=self._base_url,
            timeout=self._timeout,
            raise_on_unexpected_status=True,
        )

    # -- public state ----------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The Hub's base URL every request goes to."""
        return self._base_url

    @property
    def rate_limit(self) -> RateLimit | None:
        """The latest ``X-RateLimit-*`` values seen, or ``None`` before any response had them."""
        return self._rate_limits.latest

    @property
    def is_authenticated(self) -> bool:
        """Whether requests carry a token (or will, once the held secret is exchanged)."""
        return self._auth.token is not None or self._auth.can_refresh

    @property
    def username(self) -> str | None:
        """The identifier whose secret is held, when logged in with a secret."""
        return self._auth.identifier

    def set_login_token(self, token: str) -> None:
        """Use an existing JWT for every later request, as it is (it is not renewed)."""
        if not isinstance(token, str) or not token.strip():
            raise ValueError("token must be a non-empty string")
        if not valid_token(token.strip()):
            raise ValueError("token holds spaces, control or non-ASCII characters")
        self._auth.set_token(token.strip())

    def set_scim_token(self, token: str | None) -> None:
        """Use an organization's SCIM token for the SCIM methods (``/v2/scim/2.0/...``).

        The SCIM API does not take the session JWT; every other request keeps using it.
        ``None`` forgets the SCIM token. It is redacted like every other secret.
        """
        if token is not None and (not isinstance(token, str) or not token.strip()):
            raise ValueError("set_scim_token(): token must be a non-empty string or None")
        self._auth.set_scim_token(None if token is None else token.strip())

    def set_cache_options(
        self,
        *,
        enabled: bool = True,
        ttl: float | None = None,
        max_entries: int | None = None,
        max_bytes: int | None = None,
        time: float | None = None,
    ) -> None:
        """Change the response cache (the names of :class:`CacheOptions`); clears it.

        ``ttl`` is the lifetime in seconds (300 when not given); ``time`` is the original
        Node library's name for it. Sizes not given stay as they are.
        """
        if ttl is not None and time is not None and ttl != time:
            raise ValueError("set_cache_options(): give ttl= or time= (the same thing), not both")
        lifetime = ttl if ttl is not None else time
        current = self._cache.options
        self._cache.configure(
            dataclasses.replace(
                current,
                enabled=enabled,
                ttl=float(300 if lifetime is None else lifetime),
                max_entries=current.max_entries if max_entries is None else max_entries,
                max_bytes=current.max_bytes if max_bytes is None else max_bytes,
            )
        )

    @contextlib.contextmanager
    def fresh(self) -> Iterator[None]:
        """Within this block, this client's reads skip the response cache.

        They are sent with ``Cache-Control: no-cache`` (the cache transport's per-request
        bypass), so they neither use nor replace cached entries. Works for threads and
        async tasks alike: the flag lives in a context variable.
        """
        token = _BYPASS.set(_BYPASS.get() | {id(self)})
        try:
            yield
        finally:
            _BYPASS.reset(token)

    def _bypassing(self) -> bool:
        """Whether the current read skips the cache: inside ``fresh()``, or a walked page."""
        return walking() or id(self) in _BYPASS.get()

    def _mark_bypass(self, request: httpx.Request) -> None:
        if self._bypassing():
            request.headers["Cache-Control"] = "no-cache"

    def cache_info(self) -> CacheInfo:
        """Hits, misses, entries and bytes of the response cache."""
        return self._cache.info()

    def clear_cache(self) -> None:
        """Drop every cached response (and reset the hit and miss counters)."""
        self._cache.clear()

    @property
    def max_response_bytes(self) -> int | None:
        """The largest decoded response body accepted, in bytes (``None``: no limit)."""
        return self._max_response_bytes

    def _forget_session(self) -> None:
        """Drop the cookies the Hub set (called whenever the auth state is cleared)."""
        self._http.cookies.clear()

    def _ensure_open(self) -> None:
        """Refuse to send (or answer from the cache) once the client is closed."""
        if not self._http.is_closed:
            return
        kind = type(self).__name__
        how = "aclose()" if kind.startswith("Async") else "close()"
        raise ClientClosedError(
            f"this {kind} client is closed ({how} was called); create a new one to make requests"
        )

    def __repr__(self) -> str:
        if self._auth.token is None and not self._auth.can_refresh:
            who = "anonymous"
        elif self._auth.identifier:
            who = f"user={self._auth.identifier!r}"
        else:
            who = "token"
        cache = "cache on" if self._cache.options.enabled else "cache off"
        closed = ", closed" if self._http.is_closed else ""
        return redact(f"{type(self).__name__}({self._base_url!r}, {who}, {cache}{closed})")

    # -- construction from the environment -------------------------------------------------

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **kwargs: Any) -> Self:
        """Build a client from ``DOCKER_HUB_*`` environment variables.

        ``DOCKER_HUB_BASE_URL`` sets the base URL. ``DOCKER_HUB_USERNAME`` with
        ``DOCKER_HUB_PASSWORD`` or ``DOCKER_HUB_TOKEN`` (a personal or organization access
        token) logs in lazily: the secret is exchanged on the first request and renewed
        before it expires. ``DOCKER_HUB_TOKEN`` alone must be a JWT, used as is.
        ``DOCKER_HUB_CACHE_URL`` (``redis://host:6379/0``) shares the cache between
        processes, with ``DOCKER_HUB_CACHE_SECRET`` as the key of its credential hash.
        Keyword arguments go to the constructor.
        """
        source = os.environ if env is None else env
        _cache_from_env(source, kwargs)
        given = kwargs.pop("base_url", None)
        base_url = source.get(BASE_URL_VARIABLE) or given or DEFAULT_BASE_URL
        hub = cls(base_url, **kwargs)
        username = source.get("DOCKER_HUB_USERNAME") or None
        secret = source.get("DOCKER_HUB_PASSWORD") or source.get("DOCKER_HUB_TOKEN") or None
        if username and secret:
            hub._auth.set_secret(username, secret)
        elif secret and not username:
            if jwt_expiry(secret) is None and secret.count(".") != 2:
                raise ValueError(
                    "DOCKER_HUB_TOKEN without DOCKER_HUB_USERNAME must be a JWT; an access "
                    "token must be exchanged, so set DOCKER_HUB_USERNAME too"
                )
            if not valid_token(secret):
                raise ValueError(
                    "DOCKER_HUB_TOKEN holds spaces, control or non-ASCII characters "
                    "(a stray newline?)"
                )
            hub._auth.set_token(secret)
        elif username:
            raise ValueError("DOCKER_HUB_USERNAME is set but neither DOCKER_HUB_PASSWORD nor TOKEN")
        return hub


class DockerHub(SyncOperations, _HubBase, SyncDoor, SyncMethods, RegistryMethods):
    """Blocking Docker Hub client.

    Use it as a context manager, or call :meth:`close`. Every API method is available
    with the same name and arguments on :class:`AsyncDockerHub`.

    Args:
        base_url: the Hub's base URL; by default ``$DOCKER_HUB_BASE_URL`` or
            ``https://hub.docker.com`` (a fake Hub's, in tests).
        timeout: seconds (or an ``httpx.Timeout``) for each request.
        cache: :class:`CacheOptions`, ``False`` to disable, ``None`` for the default
            (on, 300 seconds, in memory), or a ``redis://host:6379/0`` URL to share cached
            responses and the rate-limit view with every process pointed at that server.
        retries: :class:`RetryOptions`, a number of retries, ``False`` for none, ``None``
            for the default.
        transport: an httpx transport to send through instead of the network (tests,
            proxies, the fake Hub); caching and retries still wrap it.
        user_agent: the ``User-Agent`` header to send.
        max_response_bytes: the largest decoded response body accepted (default 64 MiB;
            ``None`` for no limit); a larger one raises ``UnexpectedResponseError``.
        registry_url: the OCI registry the registry methods (``manifest``, ``platforms``,
            ``digest``...) talk to; Docker Hub's by default.
    """

    _http: httpx.Client

    def __init__(
        self,
        base_url: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        cache: CacheArg = None,
        retries: RetriesArg = None,
        transport: httpx.BaseTransport | None = None,
        user_agent: str | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        registry_url: str = DEFAULT_REGISTRY_URL,
    ) -> None:
        super().__init__(
            base_url,
            timeout=timeout,
            cache=cache,
            retries=retries,
            user_agent=user_agent,
            max_response_bytes=max_response_bytes,
        )
        network = BoundedTransport(
            transport if transport is not None else network_transport(), max_response_bytes
        )
        retry = RetryTransport(network, self._retry_options, tracker=self._rate_limits)
        self._http = httpx.Client(
            transport=CacheTransport(retry, self._cache),
            event_hooks={"request": [self._mark_bypass]},
            **self._http_options(),
        )
        self._api = self._generated_client()
        self._api.set_httpx_client(self._http)
        self._runner = SyncRunner(self._api, self._lookup(), self._base_url, self._ensure_open)
        self._auth.on_clear(self._forget_session)
        self._init_registry(registry_url, transport)

    def close(self) -> None:
        """Close the connection pool; later calls raise :class:`ClientClosedError`."""
        self._http.close()
        self._close_registry()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncDockerHub(AsyncOperations, _HubBase, AsyncDoor, AsyncMethods, AsyncRegistryMethods):
    """Async Docker Hub client: the methods of :class:`DockerHub`, as coroutines.

    Use it with ``async with``, or await :meth:`aclose`. Arguments as for
    :class:`DockerHub`, with an ``httpx.AsyncBaseTransport`` as ``transport``.
    """

    _http: httpx.AsyncClient

    def __init__(
        self,
        base_url: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        cache: CacheArg = None,
        retries: RetriesArg = None,
        transport: httpx.AsyncBaseTransport | None = None,
        user_agent: str | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        registry_url: str = DEFAULT_REGISTRY_URL,
    ) -> None:
        super().__init__(
            base_url,
            timeout=timeout,
            cache=cache,
            retries=retries,
            user_agent=user_agent,
            max_response_bytes=max_response_bytes,
        )
        network = AsyncBoundedTransport(
            transport if transport is not None else async_network_transport(),
            max_response_bytes,
        )
        retry = AsyncRetryTransport(network, self._retry_options, tracker=self._rate_limits)

        async def mark_bypass(request: httpx.Request) -> None:
            self._mark_bypass(request)

        self._http = httpx.AsyncClient(
            transport=AsyncCacheTransport(retry, self._cache),
            event_hooks={"request": [mark_bypass]},
            **self._http_options(),
        )
        self._api = self._generated_client()
        self._api.set_async_httpx_client(self._http)
        self._runner = AsyncRunner(self._api, self._lookup(), self._base_url, self._ensure_open)
        self._auth.on_clear(self._forget_session)
        self._init_registry(registry_url, transport)

    async def aclose(self) -> None:
        """Close the connection pool; later calls raise :class:`ClientClosedError`."""
        await self._http.aclose()
        await self._close_registry()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
