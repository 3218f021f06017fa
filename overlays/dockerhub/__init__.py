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

from ._lazy import module_attributes
from ._version import __version__

if TYPE_CHECKING:
    from dockerhub_client.functions import *  # noqa: F403  (typed module functions)

    from ._cache import CacheInfo, CacheOptions
    from ._client import AsyncDockerHub, DockerHub
    from ._handwritten import LoginResult
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
    "LoginResult": "._handwritten",
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


# Hand-written methods and the original library's local helpers, offered as functions
# beside the generated ones (dockerhub_client.functions).
_HANDWRITTEN_FUNCTIONS = (
    "add_group_member",
    "cache_info",
    "clear_cache",
    "create_automated_build",
    "create_repository",
    "login",
    "logout",
    "registry_settings",
    "set_cache_options",
    "set_login_token",
    "set_repository_description",
)

if TYPE_CHECKING:
    _hub = DockerHub()
    add_group_member = _hub.add_group_member
    cache_info = _hub.cache_info
    clear_cache = _hub.clear_cache
    create_automated_build = _hub.create_automated_build
    create_repository = _hub.create_repository
    login = _hub.login
    logout = _hub.logout
    registry_settings = _hub.registry_settings
    set_cache_options = _hub.set_cache_options
    set_login_token = _hub.set_login_token
    set_repository_description = _hub.set_repository_description


@functools.cache
def _module_function_names() -> frozenset[str]:
    """The API methods (and the original library's local helpers) offered as functions."""
    from dockerhub_client.functions import NAMES

    return NAMES | frozenset(_HANDWRITTEN_FUNCTIONS)


_lazy_attribute = module_attributes(__name__, _LAZY)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return _lazy_attribute(name)
    if name in _module_function_names():
        # Seed-style module functions: dockerhub.repository("nginx") and friends.
        return getattr(default_client(), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*__all__, *_module_function_names(), *globals()})
