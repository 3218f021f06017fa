"""Typed results of the registry side: manifests, platforms, image configs, pull limits.

Written by hand as attrs classes rather than generated from an OpenAPI document: one
registry URL answers several media types depending on the ``Accept`` header (content
negotiation), and the body's type is known only from ``Content-Type``; the generator maps
one response schema per status and cannot express that. The classes keep the exact bytes
received (``content``) next to the parsed fields, because a digest is computed over those
bytes, never over a re-serialisation.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Mapping
from typing import Any

import attrs

__all__ = [
    "Descriptor",
    "HistoryEntry",
    "ImageConfig",
    "ImageIndex",
    "ImageManifest",
    "Manifest",
    "Platform",
    "PlatformSpec",
    "PullRateLimit",
]

#: The annotation BuildKit puts on an index entry holding an attestation (SBOM, provenance).
REFERENCE_TYPE = "vnd.docker.reference.type"
ATTESTATION = "attestation-manifest"


_PLATFORM_PART = re.compile(r"^[A-Za-z0-9_.-]+$")
# Variants a registry may leave out: an image without one has the architecture's default.
_DEFAULT_VARIANT = {"arm64": "v8", "arm": "v7"}


def _frozen_map(value: Mapping[str, str] | None) -> Mapping[str, str]:
    return dict(value or {})


@attrs.frozen
class PlatformSpec:
    """The platform an image runs on, as an index entry or an image config states it."""

    os: str
    architecture: str
    variant: str | None = None
    os_version: str | None = None

    def __str__(self) -> str:
        parts = [self.os, self.architecture]
        if self.variant:
            parts.append(self.variant)
        return "/".join(parts)

    @classmethod
    def parse(cls, text: str) -> PlatformSpec:
        """``"linux/arm64/v8"`` → ``PlatformSpec("linux", "arm64", "v8")``."""
        if not isinstance(text, str):
            raise TypeError(f"platform must be a str, not {type(text).__name__}")
        parts = text.strip().split("/")
        if not 2 <= len(parts) <= 3 or not all(_PLATFORM_PART.fullmatch(p) for p in parts):
            raise ValueError(
                f"platform={text!r} is not os/architecture[/variant], e.g. linux/arm64"
            )
        return cls(parts[0], parts[1], parts[2] if len(parts) == 3 else None)

    def matches(self, offered: PlatformSpec | Platform) -> bool:
        """Whether ``offered`` satisfies this platform: same OS and architecture, and the
        same variant when one is asked for (an image without a variant has its
        architecture's default: ``v8`` for arm64, ``v7`` for arm)."""
        if (self.os, self.architecture) != (offered.os, offered.architecture):
            return False
        if self.variant is None:
            return True
        default = _DEFAULT_VARIANT.get(offered.architecture)
        return (offered.variant or default) == self.variant


@attrs.frozen
class Descriptor:
    """A reference to content by digest: an index entry, a config or a layer."""

    media_type: str
    digest: str
    size: int
    platform: PlatformSpec | None = None
    annotations: Mapping[str, str] = attrs.field(factory=dict, converter=_frozen_map)
    urls: tuple[str, ...] = ()
    artifact_type: str | None = None

    @property
    def is_attestation(self) -> bool:
        """Whether this entry holds attestations (BuildKit's ``unknown/unknown`` entries)."""
        return self.annotations.get(REFERENCE_TYPE) == ATTESTATION


@attrs.frozen
class Platform:
    """One image of a tag: its platform, and the digest and size of its manifest.

    ``str(platform)`` is ``os/architecture[/variant]`` (``linux/arm64/v8``). Attestation
    entries (``unknown/unknown``) have ``is_attestation`` set.
    """

    os: str
    architecture: str
    variant: str | None
    digest: str
    size: int
    media_type: str = ""
    is_attestation: bool = False

    def __str__(self) -> str:
        return str(PlatformSpec(self.os, self.architecture, self.variant))


@attrs.frozen(kw_only=True)
class Manifest:
    """What every manifest has: its digest, media type and the exact bytes received.

    Attributes:
        digest: ``sha256:<hex>`` of ``content`` (verified against the registry's
            ``Docker-Content-Digest`` and any digest asked for).
        media_type: the negotiated media type (OCI or Docker v2; never schema 1).
        content: the manifest's bytes, as received.
        annotations: the manifest's annotations (OCI), empty when it has none.
    """

    digest: str
    media_type: str
    content: bytes = attrs.field(repr=False)
    schema_version: int = 2
    annotations: Mapping[str, str] = attrs.field(factory=dict, converter=_frozen_map)

    def json(self) -> Any:
        """The manifest parsed as JSON (a fresh object each call)."""
        return json.loads(self.content)


@attrs.frozen(kw_only=True)
class ImageIndex(Manifest):
    """A multi-platform manifest: an OCI image index or a Docker manifest list."""

    manifests: tuple[Descriptor, ...] = ()

    def platforms(self, *, include_attestations: bool = False) -> list[Platform]:
        """The images this index lists, attestation entries left out unless asked for."""
        result = []
        for entry in self.manifests:
            if entry.is_attestation and not include_attestations:
                continue
            spec = entry.platform or PlatformSpec("unknown", "unknown")
            result.append(
                Platform(
                    os=spec.os,
                    architecture=spec.architecture,
                    variant=spec.variant,
                    digest=entry.digest,
                    size=entry.size,
                    media_type=entry.media_type,
                    is_attestation=entry.is_attestation,
                )
            )
        return result


@attrs.frozen(kw_only=True)
class ImageManifest(Manifest):
    """A single-platform manifest (OCI image manifest or Docker image manifest v2)."""

    config: Descriptor
    layers: tuple[Descriptor, ...] = ()
    subject: Descriptor | None = None
    artifact_type: str | None = None

    @property
    def total_size(self) -> int:
        """The compressed size of the config and every layer, in bytes."""
        return self.config.size + sum(layer.size for layer in self.layers)


@attrs.frozen
class HistoryEntry:
    """One step of an image's build history."""

    created: datetime.datetime | None = None
    created_by: str | None = None
    comment: str | None = None
    author: str | None = None
    empty_layer: bool = False


@attrs.frozen(kw_only=True)
class ImageConfig:
    """An image's configuration blob: its platform, run defaults, labels and history.

    ``entrypoint`` and ``cmd`` are ``None`` when the image sets none (not the same as an
    empty list); ``content`` holds the exact bytes received.
    """

    digest: str
    os: str
    architecture: str
    variant: str | None = None
    created: datetime.datetime | None = None
    author: str | None = None
    env: tuple[str, ...] = ()
    entrypoint: tuple[str, ...] | None = None
    cmd: tuple[str, ...] | None = None
    working_dir: str | None = None
    user: str | None = None
    labels: Mapping[str, str] = attrs.field(factory=dict, converter=_frozen_map)
    exposed_ports: tuple[str, ...] = ()
    history: tuple[HistoryEntry, ...] = ()
    diff_ids: tuple[str, ...] = ()
    content: bytes = attrs.field(default=b"", repr=False)

    @property
    def platform(self) -> PlatformSpec:
        """The platform the config states."""
        return PlatformSpec(self.os, self.architecture, self.variant)


@attrs.frozen(repr=False)
class PullRateLimit:
    """Docker Hub's pull allowance for the caller (an IP address or an account).

    ``limit`` pulls per ``window`` seconds, ``remaining`` of them left; ``source`` is what
    the limit is counted against (``docker-ratelimit-source``). When the registry sends no
    limit headers the caller is not limited: every field but ``source`` is ``None`` and
    :attr:`unlimited` is true (:data:`UNLIMITED`).
    """

    limit: int | None
    remaining: int | None
    window: int | None
    source: str | None = None

    @property
    def unlimited(self) -> bool:
        """Whether no limit applies (the registry sent no ``ratelimit-limit``)."""
        return self.limit is None

    def __repr__(self) -> str:
        source = f", source={self.source!r}" if self.source else ""
        if self.unlimited:
            return f"PullRateLimit(unlimited{source})"
        window = f" per {self.window}s" if self.window is not None else ""
        return f"PullRateLimit(remaining={self.remaining}, limit={self.limit}{window}{source})"


UNLIMITED = PullRateLimit(None, None, None)
"""The pull limit of a caller the registry does not limit."""
