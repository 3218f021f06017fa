"""Checking names before they become part of a URL path.

Docker's reference grammar decides what a namespace, repository or tag may look like; a
value outside it is refused with a :class:`ValueError` naming the argument, before any
request is made. Free-form path segments (team names, build codes, token ids) are not
constrained by Docker's grammar, but a value that would change the path itself (``/``,
``..``, ``?``, ``#``, ``%``, control characters) is refused the same way: the generated code
percent-encodes what it is given, and dot segments would still be resolved by URL
normalisation.
"""

from __future__ import annotations

import re

__all__ = [
    "check_int",
    "split_repository",
    "validate_namespace",
    "validate_repository",
    "validate_segment",
    "validate_tag",
]

OFFICIAL_NAMESPACE = "library"

# A path component of Docker's image reference grammar (lowercase, separators between runs).
_COMPONENT = r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
_NAMESPACE_RE = re.compile(rf"^{_COMPONENT}$")
_REPOSITORY_RE = re.compile(rf"^{_COMPONENT}$")
_TAG_RE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")
_FORBIDDEN_IN_SEGMENT = re.compile(r"[/\\?#%\x00-\x1f\x7f]")
_MAX_NAME = 255


def _describe(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def validate_namespace(value: str, argument: str = "namespace") -> str:
    """Return ``value`` when it is a valid Docker Hub namespace (user or organization)."""
    if not isinstance(value, str):
        raise TypeError(f"{argument} must be a str, not {type(value).__name__}")
    if len(value) > _MAX_NAME or not _NAMESPACE_RE.fullmatch(value):
        raise ValueError(
            f"{argument}={_describe(value)} is not a valid Docker Hub namespace "
            "(lowercase letters, digits and single separators '.', '_', '-')"
        )
    return value


def validate_repository(value: str, argument: str = "repository") -> str:
    """Return ``value`` when it is a valid repository name (one path component)."""
    if not isinstance(value, str):
        raise TypeError(f"{argument} must be a str, not {type(value).__name__}")
    if len(value) > _MAX_NAME or not _REPOSITORY_RE.fullmatch(value):
        raise ValueError(
            f"{argument}={_describe(value)} is not a valid repository name "
            "(lowercase letters, digits and single separators '.', '_', '-')"
        )
    return value


def validate_tag(value: str, argument: str = "tag") -> str:
    """Return ``value`` when it is a valid tag (``[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}``)."""
    if not isinstance(value, str):
        raise TypeError(f"{argument} must be a str, not {type(value).__name__}")
    if not _TAG_RE.fullmatch(value):
        raise ValueError(
            f"{argument}={_describe(value)} is not a valid tag (letters, digits, '_', '.', '-'; "
            "not starting with '.' or '-'; at most 128 characters)"
        )
    return value


def validate_segment(value: str | int, argument: str) -> str:
    """Return ``str(value)`` when it can stand as one URL path segment as it is."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"{argument} must be a str or int, not {type(value).__name__}")
    text = str(value)
    if not text or text in {".", ".."} or _FORBIDDEN_IN_SEGMENT.search(text):
        raise ValueError(
            f"{argument}={_describe(value)} cannot be used in a URL path "
            "(empty, '.', '..', or containing '/', '\\', '?', '#', '%' or control characters)"
        )
    if len(text) > _MAX_NAME:
        raise ValueError(f"{argument} is longer than {_MAX_NAME} characters")
    return text


def split_repository(namespace: str, repository: str | None) -> tuple[str, str]:
    """Resolve the original library's flexible forms to ``(namespace, repository)``.

    Accepts ``("nginx")``, ``("library/nginx")``, ``("_", "nginx")`` and
    ``("library", "nginx")``; a missing or ``_`` namespace means the official ``library``.
    """
    if repository is None:
        if not isinstance(namespace, str):
            raise TypeError(f"repository must be a str, not {type(namespace).__name__}")
        if namespace.count("/") == 1:
            namespace, repository = namespace.split("/")
        else:
            namespace, repository = OFFICIAL_NAMESPACE, namespace
    if namespace == "_":
        namespace = OFFICIAL_NAMESPACE
    return validate_namespace(namespace), validate_repository(repository)


def check_int(name: str, value: object, low: int, high: int | None = None) -> None:
    """Refuse a non-int (``TypeError``) or an int outside ``low..high`` (``ValueError``)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < low or (high is not None and value > high):
        bounds = f"between {low} and {high}" if high is not None else f"{low} or more"
        raise ValueError(f"{name} must be {bounds}, got {value}")
