"""The registry side of Docker Hub: manifests, platforms, digests, image configs, pull limits.

The methods live on :class:`~dockerhub.DockerHub` and :class:`~dockerhub.AsyncDockerHub`
(``hub.platforms("nginx")``, ``hub.digest("nginx", "1.27")``, ``hub.pull_rate_limit()``);
this package holds the types they return and the errors they add::

    from dockerhub.registry import Platform, PullRateLimit, DigestMismatchError

They speak the OCI distribution API of ``registry_url`` (Docker Hub's registry by default)
with its own token authentication; see the README's "Registry" section.
"""

from ._errors import DigestMismatchError, PullRateLimitError
from ._facade import DEFAULT_REGISTRY_URL
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

__all__ = [
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
