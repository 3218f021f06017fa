"""Checking what callers name: repositories, references (tag or digest) and platforms.

The same forms as the rest of the SDK: ``"nginx"`` and ``("_", "nginx")`` mean the official
``library/nginx``. A value outside Docker's reference grammar is refused with a
``ValueError`` before any request is made.
"""

from __future__ import annotations

import re

from .._validation import split_repository, validate_tag
from ._models import PlatformSpec

__all__ = ["RepositoryArg", "is_digest", "parse_platform", "registry_name", "validate_reference"]

RepositoryArg = str | tuple[str, str]
"""``"nginx"``, ``"library/nginx"`` or ``("library", "nginx")``."""

_DIGEST_RE = re.compile(r"^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$")
_PLATFORM_PART = re.compile(r"^[A-Za-z0-9_.-]+$")


def registry_name(repository: RepositoryArg) -> str:
    """The repository's name on the registry: ``namespace/name`` (``library/`` for official)."""
    if isinstance(repository, tuple):
        if len(repository) != 2:
            raise ValueError("a repository tuple is (namespace, repository)")
        namespace, name = split_repository(*repository)
    else:
        namespace, name = split_repository(repository, None)
    return f"{namespace}/{name}"


def is_digest(reference: str) -> bool:
    """Whether ``reference`` is a content digest (``sha256:<64 hex>``) rather than a tag."""
    return bool(_DIGEST_RE.fullmatch(reference))


def validate_reference(reference: str, argument: str = "reference") -> str:
    """Return ``reference`` when it is a tag or a ``sha256:``/``sha512:`` digest."""
    if isinstance(reference, str) and is_digest(reference):
        return reference
    if isinstance(reference, str) and ":" in reference:
        raise ValueError(
            f"{argument}={reference!r} is not a valid digest (sha256:<64 lowercase hex digits>)"
        )
    return validate_tag(reference, argument)


def parse_platform(text: str | PlatformSpec) -> PlatformSpec:
    """``"linux/arm64/v8"`` → ``PlatformSpec("linux", "arm64", "v8")``."""
    if isinstance(text, PlatformSpec):
        return text
    if not isinstance(text, str):
        raise TypeError(f"platform must be a str, not {type(text).__name__}")
    parts = text.strip().split("/")
    if not 2 <= len(parts) <= 3 or not all(_PLATFORM_PART.fullmatch(part) for part in parts):
        raise ValueError(f"platform={text!r} is not os/architecture[/variant], e.g. linux/arm64")
    return PlatformSpec(parts[0], parts[1], parts[2] if len(parts) == 3 else None)


# Variants a registry may leave out: an image without one is the architecture's default.
_DEFAULT_VARIANT = {"arm64": "v8", "arm": "v7"}


def platform_matches(wanted: PlatformSpec, offered: PlatformSpec) -> bool:
    """Whether ``offered`` satisfies ``wanted`` (no variant asked means any variant)."""
    if (wanted.os, wanted.architecture) != (offered.os, offered.architecture):
        return False
    if wanted.variant is None:
        return True
    default = _DEFAULT_VARIANT.get(offered.architecture)
    return (offered.variant or default) == wanted.variant
