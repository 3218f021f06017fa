"""The registry methods of :class:`~dockerhub.DockerHub` and :class:`~dockerhub.AsyncDockerHub`.

:class:`_RegistryBase` checks the arguments and builds each operation's flow (written once,
in :mod:`._flows`); :class:`RegistryMethods` runs flows with a blocking client and
:class:`AsyncRegistryMethods` with an async one. The shells hold no logic of their own.

The registry has its own httpx client: it sends through the SDK's retry transport and
response size cap with the client's retry options, ``max_response_bytes``, timeout and
``User-Agent``, but not through the Hub's auth (the registry has its own token scheme) nor
the Hub's response cache (see :mod:`._cache`). A closed client refuses registry calls
with :class:`~dockerhub.errors.ClientClosedError`, as it does Hub calls.

Nothing of the registry side is imported or built until a registry method is first called
(its session, token cache, models and httpx client): most programs never call one, and
``from dockerhub import DockerHub`` should not pay for them.

Credentials: the logged-in identity's username and password or access token are offered
to the registry's token realm only when ``registry_url`` is Docker Hub's registry or on the
same host as ``base_url`` (a fake Hub serving both); any other registry is asked
anonymously, so a Docker Hub secret never reaches a third party. The Hub's JWT is never
sent to a registry.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from .._limits import ACCEPT_ENCODING, AsyncBoundedTransport, BoundedTransport
from .._network import async_network_transport, network_transport
from .._retry import AsyncRetryTransport, RetryTransport
from .._validation import check_int

if TYPE_CHECKING:
    from .._auth import HubAuth
    from .._cache import CacheStore
    from .._retry import RetryOptions
    from ._exchange import Flow, RegistrySession
    from ._models import (
        ImageConfig,
        ImageIndex,
        ImageManifest,
        Platform,
        PlatformSpec,
        PullRateLimit,
    )

__all__ = ["DEFAULT_REGISTRY_URL", "AsyncRegistryMethods", "RegistryMethods"]

DEFAULT_REGISTRY_URL = "https://registry-1.docker.io"
_HUB_REGISTRIES = frozenset({"registry-1.docker.io", "registry.hub.docker.com", "index.docker.io"})
_MAX_TAGS_PER_PAGE = 1000

T = TypeVar("T")


class _RegistryBase:
    """Registry state and argument checking shared by the two shells."""

    if TYPE_CHECKING:  # provided by the facade's base class
        _auth: HubAuth
        _cache: CacheStore
        _headers: dict[str, str]
        _base_url: str
        _retry_options: RetryOptions
        _timeout: httpx.Timeout
        _max_response_bytes: int | None

        def _bypassing(self) -> bool: ...

        def _ensure_open(self) -> None: ...

    _registry_base: httpx.URL
    _registry_trusted: bool
    _registry_session: RegistrySession | None = None
    _registry_lock: threading.Lock

    def _registry_setup(self, registry_url: str) -> dict[str, Any]:
        """Check ``registry_url``; return the options of the registry's httpx client."""
        url = httpx.URL(registry_url)
        if url.scheme not in ("http", "https") or not url.host or url.userinfo:
            raise ValueError(f"registry_url must be an http(s) URL, got {registry_url!r}")
        self._registry_base = httpx.URL(str(url).rstrip("/"))
        self._registry_trusted = (
            url.host in _HUB_REGISTRIES or url.host == httpx.URL(self._base_url).host
        )
        self._registry_lock = threading.Lock()
        return {"timeout": self._timeout, "follow_redirects": False}

    @property
    def _registry(self) -> RegistrySession:
        """The registry session, built (and its modules imported) on first use."""
        session = self._registry_session
        if session is None:
            with self._registry_lock:
                session = self._registry_session
                if session is None:
                    session = self._registry_session = self._new_session()
        return session

    def _new_session(self) -> RegistrySession:
        from ._cache import RegistryCache
        from ._exchange import RegistrySession
        from ._token import Identity, TokenCache

        trusted = self._registry_trusted

        def identity() -> Identity | None:
            held = self._auth.basic_credentials() if trusted else None
            return Identity(*held) if held is not None else None

        def cache_settings() -> tuple[bool, float]:
            options = self._cache.options
            return options.enabled, options.ttl

        return RegistrySession(
            url=self._registry_base,
            tokens=TokenCache(),
            cache=RegistryCache(cache_settings),
            identity=identity,
            bypass=self._bypassing,
            headers={
                "User-Agent": self._headers["User-Agent"],
                "Accept-Encoding": ACCEPT_ENCODING,  # what the size cap can inflate safely
            },
        )

    @property
    def registry_url(self) -> str:
        """The registry's base URL (Docker Hub's, ``https://registry-1.docker.io``, by default)."""
        return str(self._registry_base)

    def clear_registry_cache(self) -> None:
        """Drop cached manifests, configs and registry tokens (``clear_cache()`` empties
        the Hub API's response cache only; ``hub.fresh()`` skips both)."""
        session = self._registry_session
        if session is not None:
            session.cache.clear()
            session.tokens.clear()

    # -- flows with checked arguments ---------------------------------------------------

    def _manifest(
        self, repository: str | tuple[str, str], reference: str
    ) -> Flow[ImageIndex | ImageManifest]:
        from ._flows import manifest_flow
        from ._names import registry_name, validate_reference

        name, ref = registry_name(repository), validate_reference(reference)
        return manifest_flow(self._registry, name, ref)

    def _platforms(
        self, repository: str | tuple[str, str], tag: str, include_attestations: bool
    ) -> Flow[list[Platform]]:
        from ._flows import platforms_flow
        from ._names import registry_name, validate_reference

        name, ref = registry_name(repository), validate_reference(tag, "tag")
        return platforms_flow(self._registry, name, ref, bool(include_attestations))

    def _digest(self, repository: str | tuple[str, str], reference: str) -> Flow[str]:
        from ._flows import digest_flow
        from ._names import registry_name, validate_reference

        name, ref = registry_name(repository), validate_reference(reference)
        return digest_flow(self._registry, name, ref)

    def _image_config(
        self, repository: str | tuple[str, str], reference: str, platform: str | PlatformSpec
    ) -> Flow[ImageConfig]:
        from ._flows import image_config_flow
        from ._names import parse_platform, registry_name, validate_reference

        name, ref = registry_name(repository), validate_reference(reference)
        return image_config_flow(self._registry, name, ref, parse_platform(platform))

    def _pull_limit(self, anonymous: bool) -> Flow[PullRateLimit]:
        from ._flows import pull_limit_flow

        return pull_limit_flow(self._registry, anonymous=bool(anonymous))

    def _tags_start(
        self, repository: str | tuple[str, str], per_page: int
    ) -> tuple[str, httpx.URL]:
        from ._names import registry_name

        check_int("per_page", per_page, 1, _MAX_TAGS_PER_PAGE)
        name = registry_name(repository)
        return name, self._registry.url_for(f"/v2/{name}/tags/list", {"n": per_page})


class RegistryMethods(_RegistryBase):
    """The registry side of :class:`~dockerhub.DockerHub` (blocking)."""

    _registry_http: httpx.Client | None = None
    _registry_transport: httpx.BaseTransport | None
    _registry_options: dict[str, Any]

    def _init_registry(self, registry_url: str, transport: httpx.BaseTransport | None) -> None:
        self._registry_options = self._registry_setup(registry_url)
        self._registry_transport = transport

    def _registry_client(self) -> httpx.Client:
        client = self._registry_http
        if client is None:
            with self._registry_lock:
                client = self._registry_http
                if client is None:
                    from ._driver import PullLimitGuard

                    raw = self._registry_transport or network_transport()
                    network = BoundedTransport(raw, self._max_response_bytes)
                    retry = RetryTransport(PullLimitGuard(network), self._retry_options)
                    client = httpx.Client(transport=retry, **self._registry_options)
                    self._registry_http = client
        return client

    def _close_registry(self) -> None:
        # A registry client never built holds nothing: a given transport is the Hub
        # client's too, and that one closes it.
        if self._registry_http is not None:
            self._registry_http.close()

    def _drive(self, flow: Flow[T]) -> T:
        from ._driver import drive_sync

        self._ensure_open()
        return drive_sync(self._registry_client(), flow)

    def manifest(
        self, repository: str | tuple[str, str], reference: str = "latest"
    ) -> ImageIndex | ImageManifest:
        """The manifest of a tag or digest: an :class:`ImageIndex` (multi-platform) or an
        :class:`ImageManifest`, with its verified ``digest``, ``media_type`` and ``content``.
        A GET of a manifest counts as a pull on Docker Hub (cached ones cost nothing)."""
        return self._drive(self._manifest(repository, reference))

    def platforms(
        self,
        repository: str | tuple[str, str],
        tag: str = "latest",
        *,
        include_attestations: bool = False,
    ) -> list[Platform]:
        """The platforms a tag is built for, with each image's digest and manifest size.
        BuildKit's ``unknown/unknown`` attestation entries are left out unless asked for."""
        return self._drive(self._platforms(repository, tag, include_attestations))

    def digest(self, repository: str | tuple[str, str], reference: str = "latest") -> str:
        """The manifest digest of a tag, from a HEAD request only (no pull is counted)."""
        return self._drive(self._digest(repository, reference))

    def image_config(
        self,
        repository: str | tuple[str, str],
        reference: str = "latest",
        *,
        platform: str | PlatformSpec = "linux/amd64",
    ) -> ImageConfig:
        """The image config (created, env, entrypoint, cmd, labels, history) of the image
        for ``platform`` (``os/arch[/variant]``); the blob is fetched from storage without
        credentials and checked against its digest."""
        return self._drive(self._image_config(repository, reference, platform))

    def pull_rate_limit(self, *, anonymous: bool = False) -> PullRateLimit:
        """Docker Hub's pull limit for this client's identity (or, with ``anonymous``, for
        its IP address), read from a HEAD request that costs no pull."""
        return self._drive(self._pull_limit(anonymous))

    def iter_registry_tags(
        self, repository: str | tuple[str, str], *, per_page: int = 100
    ) -> Iterator[str]:
        """Every tag name the registry lists for a repository, following ``Link`` pages."""
        from ._flows import tags_page_flow

        name, url = self._tags_start(repository, per_page)

        def walk(next_url: httpx.URL | None) -> Iterator[str]:
            while next_url is not None:
                tags, next_url = self._drive(tags_page_flow(self._registry, name, next_url))
                yield from tags

        return walk(url)


class AsyncRegistryMethods(_RegistryBase):
    """The registry side of :class:`~dockerhub.AsyncDockerHub`: the same methods, awaited."""

    _registry_http: httpx.AsyncClient | None = None
    _registry_transport: httpx.AsyncBaseTransport | None
    _registry_options: dict[str, Any]

    def _init_registry(self, registry_url: str, transport: httpx.AsyncBaseTransport | None) -> None:
        self._registry_options = self._registry_setup(registry_url)
        self._registry_transport = transport

    def _registry_client(self) -> httpx.AsyncClient:
        client = self._registry_http
        if client is None:
            with self._registry_lock:
                client = self._registry_http
                if client is None:
                    from ._driver import AsyncPullLimitGuard

                    raw = self._registry_transport or async_network_transport()
                    network = AsyncBoundedTransport(raw, self._max_response_bytes)
                    retry = AsyncRetryTransport(AsyncPullLimitGuard(network), self._retry_options)
                    client = httpx.AsyncClient(transport=retry, **self._registry_options)
                    self._registry_http = client
        return client

    async def _close_registry(self) -> None:
        if self._registry_http is not None:  # see RegistryMethods._close_registry
            await self._registry_http.aclose()

    async def _drive(self, flow: Flow[T]) -> T:
        from ._driver import drive_async

        self._ensure_open()
        return await drive_async(self._registry_client(), flow)

    async def manifest(
        self, repository: str | tuple[str, str], reference: str = "latest"
    ) -> ImageIndex | ImageManifest:
        """As :meth:`DockerHub.manifest`."""
        return await self._drive(self._manifest(repository, reference))

    async def platforms(
        self,
        repository: str | tuple[str, str],
        tag: str = "latest",
        *,
        include_attestations: bool = False,
    ) -> list[Platform]:
        """As :meth:`DockerHub.platforms`."""
        return await self._drive(self._platforms(repository, tag, include_attestations))

    async def digest(self, repository: str | tuple[str, str], reference: str = "latest") -> str:
        """As :meth:`DockerHub.digest` (HEAD only)."""
        return await self._drive(self._digest(repository, reference))

    async def image_config(
        self,
        repository: str | tuple[str, str],
        reference: str = "latest",
        *,
        platform: str | PlatformSpec = "linux/amd64",
    ) -> ImageConfig:
        """As :meth:`DockerHub.image_config`."""
        return await self._drive(self._image_config(repository, reference, platform))

    async def pull_rate_limit(self, *, anonymous: bool = False) -> PullRateLimit:
        """As :meth:`DockerHub.pull_rate_limit`."""
        return await self._drive(self._pull_limit(anonymous))

    def iter_registry_tags(
        self, repository: str | tuple[str, str], *, per_page: int = 100
    ) -> AsyncIterator[str]:
        """As :meth:`DockerHub.iter_registry_tags`, for ``async for``."""
        from ._flows import tags_page_flow

        name, url = self._tags_start(repository, per_page)

        async def walk(next_url: httpx.URL | None) -> AsyncIterator[str]:
            while next_url is not None:
                tags, next_url = await self._drive(tags_page_flow(self._registry, name, next_url))
                for tag in tags:
                    yield tag

        return walk(url)
