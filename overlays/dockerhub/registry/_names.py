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
    """``"linux/arm64/v8"`` (or a :class:`PlatformSpec`) as a :class:`PlatformSpec`."""
    return text if isinstance(text, PlatformSpec) else PlatformSpec.parse(text)
