"""The one place the CLI builds a :class:`~dockerhub.DockerHub`.

The root command stores a :class:`CliSettings` as the typer context object; every command
asks :func:`hub_from_context` for a client. Tests inject a transport (for example
``FakeHub().transport()``) without a socket by passing their own settings object::

    CliRunner().invoke(app, ["repo", "ls", "alice"], obj=CliSettings(transport=hub.transport()))

The root callback fills in the global options and keeps the injected transport.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import typer

from .._defaults import DEFAULT_BASE_URL
from . import _credentials

if TYPE_CHECKING:  # imported when a command runs, so `dockerhub --help` stays quick
    import httpx

    from .._client import DockerHub

__all__ = ["CliSettings", "OutputFormat", "build_client", "hub_from_context", "settings_of"]

_ENV_CREDENTIALS = ("DOCKER_HUB_USERNAME", "DOCKER_HUB_PASSWORD", "DOCKER_HUB_TOKEN")


class OutputFormat(enum.StrEnum):
    """How commands print results."""

    table = "table"
    json = "json"


@dataclass
class CliSettings:
    """The global options of one CLI run, and the transport tests may inject.

    Attributes:
        base_url: the Hub's base URL.
        output: table (rich) or json (plain JSON on stdout).
        no_cache: whether the response cache is off.
        timeout: seconds for each network step of a request (``None``: the SDK's default).
        verbose: whether each HTTP attempt is reported on stderr (and the cache's counters
            when the command ends).
        transport: an httpx transport to send requests through instead of the network.
        registry_url: the OCI registry of ``tag inspect`` and ``pull-limit`` (``None``:
            Docker Hub's).
    """

    base_url: str = DEFAULT_BASE_URL
    output: OutputFormat = OutputFormat.table
    no_cache: bool = False
    timeout: float | None = None
    verbose: bool = False
    transport: httpx.BaseTransport | None = None
    registry_url: str | None = None

    @property
    def json(self) -> bool:
        """Whether the output format is JSON."""
        return self.output is OutputFormat.json


def normalize_base_url(base_url: str, option: str = "--base-url") -> str:
    """The base URL as the SDK stores it (and as credentials are keyed)."""
    import httpx

    url = httpx.URL(base_url.strip())
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"{option} must be an http(s) URL, got {base_url!r}")
    return str(url).rstrip("/")


def build_client(
    settings: CliSettings,
    *,
    authenticated: bool = True,
    env: Mapping[str, str] | None = None,
    retries: int | None = None,
) -> DockerHub:
    """A client for ``settings``, logged in lazily when credentials are found.

    Credentials come from ``DOCKER_HUB_USERNAME`` with ``DOCKER_HUB_PASSWORD`` or
    ``DOCKER_HUB_TOKEN`` (as :meth:`DockerHub.from_env` reads them) first, else from what
    ``dockerhub login`` stored for this base URL. ``authenticated=False`` gives an anonymous
    client (``login`` uses it); ``retries`` replaces the SDK's default number of retries.
    ``DOCKER_HUB_CACHE_URL`` shares the cache through Redis.
    Nothing is sent until the first call.
    """

    from .._cache_options import cache_from_env
    from .._client import DockerHub

    source = os.environ if env is None else env
    options: dict[str, Any] = {
        "base_url": settings.base_url,
        "cache": False if settings.no_cache else cache_from_env(source),
        "transport": settings.transport,
    }
    if settings.timeout is not None:
        options["timeout"] = settings.timeout
    if settings.registry_url is not None:
        options["registry_url"] = settings.registry_url
    if retries is not None:
        options["retries"] = retries
    if settings.verbose:
        from .._network import network_transport
        from ._verbose import VerboseTransport

        options["transport"] = VerboseTransport(settings.transport or network_transport())
    login: dict[str, str] = {}
    stored = None
    if authenticated:
        login = {key: source[key] for key in _ENV_CREDENTIALS if source.get(key)}
        if not login:
            stored = _credentials.load(settings.base_url)
        if stored is not None and stored.secret:
            login = {"DOCKER_HUB_USERNAME": stored.username, "DOCKER_HUB_PASSWORD": stored.secret}
    # from_env reads only the mapping given: the variables above, or nothing (anonymous).
    hub = DockerHub.from_env(login, **options)
    if stored is not None and stored.secret is None and stored.token:
        hub.set_login_token(stored.token)  # a second-factor login: the token is all there is
    return hub


def settings_of(ctx: typer.Context) -> CliSettings:
    """The :class:`CliSettings` of this run (the root command's context object)."""
    obj = ctx.find_root().obj
    if not isinstance(obj, CliSettings):
        obj = CliSettings()
        ctx.find_root().obj = obj
    return obj


def hub_from_context(
    ctx: typer.Context, *, authenticated: bool = True, retries: int | None = None
) -> DockerHub:
    """A client for this run's settings; close it (``with``) when done. With ``--verbose``
    its cache counters are printed to stderr when the command ends."""
    settings = settings_of(ctx)
    hub = build_client(settings, authenticated=authenticated, retries=retries)
    if settings.verbose:
        ctx.call_on_close(lambda: typer.echo(f"> cache: {hub.cache_info()!r}", err=True))
    return hub
