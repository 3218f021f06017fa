"""The registry side of Docker Hub: manifests, platforms, digests, image configs, pull limits.

The methods live on :class:`~dockerhub.DockerHub` and :class:`~dockerhub.AsyncDockerHub`
(``hub.platforms("nginx")``, ``hub.digest("nginx", "1.27")``, ``hub.pull_rate_limit()``);
this package holds the types they return and the errors they add::

    from dockerhub.registry import Platform, PullRateLimit, DigestMismatchError

They speak the OCI distribution API of ``registry_url`` (Docker Hub's registry by default)
with its own token authentication; see the README's "Registry" section.

The names below are imported on first use (PEP 562), so that importing the client, which
needs this package's facade mixins, does not build the registry's models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import module_attributes
from ._facade import DEFAULT_REGISTRY_URL

if TYPE_CHECKING:
    from ._errors import DigestMismatchError, PullRateLimitError
    from ._models import (
        UNLIMITED,
        Descriptor,
        HistoryEntry,
        ImageConfig,
        ImageIndex,
        ImageManifest,
        Manifest,
        Platform,
        PlatformSpec,
        PullRateLimit,
    )

_HOMES = {
    "DigestMismatchError": "._errors",
    "PullRateLimitError": "._errors",
    **dict.fromkeys(
        (
            "UNLIMITED",
            "Descriptor",
            "HistoryEntry",
            "ImageConfig",
            "ImageIndex",
            "ImageManifest",
            "Manifest",
            "Platform",
            "PlatformSpec",
            "PullRateLimit",
        ),
        "._models",
    ),
}

__all__ = [  # a literal, for type checkers' re-export rules
    "DEFAULT_REGISTRY_URL",
    "UNLIMITED",
    "Descriptor",
    "DigestMismatchError",
    "HistoryEntry",
    "ImageConfig",
    "ImageIndex",
    "ImageManifest",
    "Manifest",
    "Platform",
    "PlatformSpec",
    "PullRateLimit",
    "PullRateLimitError",
]

__getattr__ = module_attributes(__name__, _HOMES)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
