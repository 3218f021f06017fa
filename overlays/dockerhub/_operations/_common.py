"""Small helpers shared by the operation mixins: argument checks and list pages."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from types import ModuleType
from typing import Any, Protocol, TypeVar

from dockerhub_client.types import UNSET, Unset

from .._call import Call
from .._lazy import LazyEndpoint
from .._pagination import MAX_PAGE_SIZE
from .._validation import check_int, split_repository, validate_namespace, validate_repository
from ..errors import UnexpectedResponseError

__all__ = [
    "MAX_PAGE_SIZE",
    "aware",
    "check_id",
    "check_page",
    "flexible_args",
    "optional",
    "org_name",
    "page_call",
    "repo_args",
    "require_text",
]

T = TypeVar("T")


class _Page(Protocol):
    results: Any


def optional(value: T | None) -> T | Unset:
    """``UNSET`` for ``None`` (the generated functions leave unset arguments out)."""
    return UNSET if value is None else value


def require_text(value: str, argument: str) -> str:
    """Return ``value`` if it is a non-empty string, else raise naming ``argument``."""
    if not isinstance(value, str):
        raise TypeError(f"{argument} must be a str, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{argument} must not be empty")
    return value


def check_page(per_page: int, page: int) -> None:
    """Validate ``per_page`` (1..100, the Hub's maximum) and ``page`` (1 or more)."""
    check_int("per_page", per_page, 1, MAX_PAGE_SIZE)
    check_int("page", page, 1)


def _results_of(page: _Page) -> list[Any]:
    results = page.results
    if isinstance(results, Unset) or results is None:
        return []
    if not isinstance(results, list):
        raise UnexpectedResponseError("the page's results are not a list")
    return results


def page_call(
    endpoint: ModuleType | LazyEndpoint,
    page_type: type[Any],
    *,
    per_page: int,
    page: int,
    convert: Callable[[Any], list[T]] | None = None,
    **kwargs: Any,
) -> Call[list[T]]:
    """A call fetching one page and returning its ``results`` as a list."""
    check_page(per_page, page)
    return Call(
        endpoint,
        {**kwargs, "page": page, "page_size": per_page},
        expect=page_type,
        convert=convert or _results_of,
    )


def check_id(value: int, argument: str) -> int:
    """Return ``value`` if it is a non-negative int (a numeric id in a path)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{argument} must be a non-negative int, got {value!r}")
    return value


def repo_args(namespace: str, repository: str) -> dict[str, Any]:
    """Validated ``namespace`` and ``repository`` path arguments."""
    return {
        "namespace": validate_namespace(namespace),
        "repository": validate_repository(repository),
    }


def flexible_args(namespace: str, repository: str | None) -> dict[str, Any]:
    """Validated path arguments from the original library's flexible repository forms."""
    namespace, repository = split_repository(namespace, repository)
    return {"namespace": namespace, "repository": repository}


def org_name(org: str) -> str:
    """A validated organization name (the Hub's namespace rules)."""
    return validate_namespace(org, "org")


def aware(value: datetime.datetime | None, argument: str) -> datetime.datetime | None:
    """``value`` if it is ``None`` or timezone-aware (the Hub's times are UTC)."""
    if value is not None and value.tzinfo is None:
        raise ValueError(f"{argument} must be timezone-aware (for example datetime.UTC)")
    return value
