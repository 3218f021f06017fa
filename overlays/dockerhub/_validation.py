"""Checking names before they become part of a URL path: one table shared with the fake Hub.

:data:`NAME_RULES` holds the Hub's rule for each kind of name (its pattern and length
bounds); the SDK refuses a name outside its rule with a :class:`ValueError` naming the
argument, before any request is made, and :mod:`dockerhub.testing` answers the Hub's 400
for the same names, so the fake and the SDK can never disagree.

- namespace and repository: lowercase letters and digits in runs joined by single ``.``,
  ``_`` or ``-`` (the rule of the Hub's repository creation: ``a--b`` and ``a__b`` are
  refused), 2 to 255 characters. Docker IDs created today are stricter still (4 to 30
  letters and digits) but older and Docker-owned namespaces (``ai``, ``mcp``) are not, so
  the looser rule is the one every existing name satisfies.
- tag: Docker's tag grammar, ``[A-Za-z0-9_][A-Za-z0-9_.-]*``, at most 128 characters.
- team and other free-form path segments (build codes, token ids): not constrained by
  Docker's grammar, but a value that would change the path itself (``/``, ``..``, ``?``,
  ``#``, ``%``, control characters) or is blank is refused: the generated code
  percent-encodes what it is given, and dot segments would still be resolved by URL
  normalisation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

__all__ = [
    "NAME_RULES",
    "NameRule",
    "check_int",
    "check_non_negative",
    "shift_repository",
    "split_repository",
    "validate_namespace",
    "validate_repository",
    "validate_segment",
    "validate_tag",
]

OFFICIAL_NAMESPACE = "library"


@dataclass(frozen=True)
class NameRule:
    """What one kind of name may look like on Docker Hub.

    Attributes:
        kind: the kind of name (``namespace``, ``repository``, ``tag``, ``team``, ``segment``).
        pattern: the whole name must match it.
        min_length: fewest characters.
        max_length: most characters.
        explanation: the rule in words, for error messages.
    """

    kind: str
    pattern: re.Pattern[str]
    min_length: int
    max_length: int
    explanation: str

    def accepts(self, value: object) -> bool:
        """Whether ``value`` is a str within the bounds that matches the pattern."""
        return (
            isinstance(value, str)
            and self.min_length <= len(value) <= self.max_length
            and self.pattern.fullmatch(value) is not None
        )


# Runs of lowercase letters and digits joined by single separators (the Hub's creation rule).
_SINGLE_SEPARATORS = re.compile(r"[a-z0-9]+(?:[._-][a-z0-9]+)*")
# Anything that stays one path segment: no separators, escapes or controls; not blank.
_SEGMENT = re.compile(r"(?!\.{1,2}$)(?=.*\S)[^/\\?#%\x00-\x1f\x7f]+", re.DOTALL)
_SEGMENT_WORDS = (
    "not blank, '.' or '..', and without '/', '\\', '?', '#', '%' or control characters"
)

NAME_RULES: Mapping[str, NameRule] = MappingProxyType(
    {
        "namespace": NameRule(
            "namespace",
            _SINGLE_SEPARATORS,
            2,
            255,
            "lowercase letters and digits joined by single '.', '_' or '-'; 2-255 characters",
        ),
        "repository": NameRule(
            "repository",
            _SINGLE_SEPARATORS,
            2,
            255,
            "lowercase letters and digits joined by single '.', '_' or '-'; 2-255 characters",
        ),
        "tag": NameRule(
            "tag",
            re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*"),
            1,
            128,
            "letters, digits, '_', '.', '-'; not starting with '.' or '-'; at most 128 characters",
        ),
        "team": NameRule("team", _SEGMENT, 1, 255, _SEGMENT_WORDS + "; at most 255 characters"),
        "segment": NameRule(
            "segment", _SEGMENT, 1, 255, _SEGMENT_WORDS + "; at most 255 characters"
        ),
    }
)
"""The Hub's name rules by kind; the fake Hub (``dockerhub.testing``) answers from it too."""


def _describe(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _check(kind: str, what: str, value: str, argument: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{argument} must be a str, not {type(value).__name__}")
    rule = NAME_RULES[kind]
    if not rule.accepts(value):
        raise ValueError(
            f"{argument}={_describe(value)} is not a valid {what} ({rule.explanation})"
        )
    return value


def validate_namespace(value: str, argument: str = "namespace") -> str:
    """Return ``value`` when it is a valid Docker Hub namespace (user or organization)."""
    return _check("namespace", "Docker Hub namespace", value, argument)


def validate_repository(value: str, argument: str = "repository") -> str:
    """Return ``value`` when it is a valid repository name (one path component)."""
    return _check("repository", "repository name", value, argument)


def validate_tag(value: str, argument: str = "tag") -> str:
    """Return ``value`` when it is a valid tag (``[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}``)."""
    return _check("tag", "tag", value, argument)


def validate_segment(value: str | int, argument: str) -> str:
    """Return ``str(value)`` when it can stand as one URL path segment as it is."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"{argument} must be a str or int, not {type(value).__name__}")
    text = str(value)
    rule = NAME_RULES["segment"]
    if len(text) > rule.max_length:
        raise ValueError(f"{argument} is longer than {rule.max_length} characters")
    if not rule.accepts(text):
        raise ValueError(
            f"{argument}={_describe(value)} cannot be used in a URL path "
            "(empty, blank, '.', '..', or containing '/', '\\', '?', '#', '%' or control "
            "characters)"
        )
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


def shift_repository(
    namespace: str,
    repository: object,
    rest: tuple[object, ...],
    names: tuple[str, ...],
) -> tuple[str, str, tuple[Any, ...]]:
    """:func:`split_repository` for a method with positionals after the repository.

    ``rest`` holds those arguments (named ``names``). When the last one is missing, the
    call used a one-part form (``delete_tag("library/nginx", "latest")``, or ``"nginx"``
    for ``library/nginx``): ``repository`` was the first of them, and every one moves one
    place left. Returns the namespace, the repository and the arguments after them.
    """
    if rest and rest[-1] is None and repository is not None:
        rest = (repository, *rest[:-1])
        repository = None
    missing = [name for name, value in zip(names, rest, strict=True) if value is None]
    if missing:
        raise TypeError(
            f"missing required argument{'s' if len(missing) > 1 else ''}: {', '.join(missing)}"
        )
    namespace, name = split_repository(namespace, repository)  # type: ignore[arg-type]
    return namespace, name, rest


def check_non_negative(name: str, value: float) -> None:
    """Refuse a negative number, or NaN (``ValueError``): sizes, durations and counts."""
    if not value >= 0:  # also refuses NaN
        raise ValueError(f"{name} must be >= 0, got {value!r}")


def check_int(name: str, value: object, low: int, high: int | None = None) -> None:
    """Refuse a non-int (``TypeError``) or an int outside ``low..high`` (``ValueError``)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < low or (high is not None and value > high):
        bounds = f"between {low} and {high}" if high is not None else f"{low} or more"
        raise ValueError(f"{name} must be {bounds}, got {value}")
