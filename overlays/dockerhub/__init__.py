"""dockerhub: a typed, cached, rate-limit-aware client for the Docker Hub API.

Quick start::

    from dockerhub import DockerHub

    with DockerHub() as hub:
        nginx = hub.repository("nginx")
        print(nginx.pull_count)

The async twin is :class:`AsyncDockerHub`. Errors are in :mod:`dockerhub.errors`, models
in :mod:`dockerhub.models`, a fake Hub for tests in :mod:`dockerhub.testing`.

For people coming from the Node library, module-level functions act on a default client
created on first use: ``dockerhub.login(user, secret)``, ``dockerhub.repository("nginx")``.
"""

from __future__ import annotations

import functools
import threading
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from ._cache import CacheInfo, CacheOptions
    from ._client import AsyncDockerHub, DockerHub
    from ._operations.auth import LoginResult
    from ._ratelimit import RateLimit
    from ._retry import RetryOptions
    from .errors import (
        AuthenticationError,
        BadRequestError,
        ClientClosedError,
        ConflictError,
        DockerHubError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        ServerError,
        TransportError,
        UnexpectedResponseError,
    )

__all__ = [
    "AsyncDockerHub",
    "AuthenticationError",
    "BadRequestError",
    "CacheInfo",
    "CacheOptions",
    "ClientClosedError",
    "ConflictError",
    "DockerHub",
    "DockerHubError",
    "LoginResult",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RetryOptions",
    "ServerError",
    "TransportError",
    "UnexpectedResponseError",
    "__version__",
    "default_client",
]

# Public name -> module that defines it; imported on first access so that
# `import dockerhub` stays cheap (PEP 562).
_LAZY = {
    "AsyncDockerHub": "._client",
    "DockerHub": "._client",
    "CacheInfo": "._cache",
    "CacheOptions": "._cache",
    "RetryOptions": "._retry",
    "RateLimit": "._ratelimit",
    "LoginResult": "._operations.auth",
    **{
        name: ".errors"
        for name in (
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
        )
    },
}

_default: DockerHub | None = None
_default_lock = threading.Lock()


def default_client() -> DockerHub:
    """The module-level client used by ``dockerhub.<method>(...)``, created on first use.

    It is configured from the environment (see :meth:`DockerHub.from_env`).
    """
    global _default
    with _default_lock:
        if _default is None:
            from ._client import DockerHub

            _default = DockerHub.from_env()
        return _default


@functools.cache
def _module_function_names() -> frozenset[str]:
    """The API methods (and the original library's local helpers) offered as functions."""
    from ._operations import HubOperations

    names = {
        name
        for cls in HubOperations.__mro__
        for name in vars(cls)
        if not name.startswith("_") and cls is not object
    }
    return frozenset(names | {"set_login_token", "set_cache_options", "cache_info", "clear_cache"})


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is not None:
        from importlib import import_module

        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value
    if name in _module_function_names():
        # Seed-style module functions: dockerhub.repository("nginx") and friends.
        return getattr(default_client(), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
