"""Argument checks the facade applies before sending anything.

The generated facade (``dockerhub_client.facade``) picks one of these per argument from
the parameter's schema (see ``generator/facade.py``); hand-written methods use them too.
Each raises ``TypeError`` for a value of the wrong type and ``ValueError`` for a value the
Hub would refuse, naming the argument; the runner adds the method's name.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from dockerhub_client.types import UNSET, Unset

from ._validation import check_int, split_repository

__all__ = [
    "aware",
    "check_choice",
    "check_integer",
    "check_list",
    "check_model",
    "given",
    "repository_path",
    "require_text",
    "with_fields",
]

T = TypeVar("T")


def given(value: T | None) -> T | Unset:
    """``UNSET`` for ``None``: the generated functions leave unset arguments out."""
    return UNSET if value is None else value


def require_text(value: str, argument: str) -> str:
    """``value`` if it is a non-empty string."""
    if not isinstance(value, str):
        raise TypeError(f"{argument} must be a str, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{argument} must not be empty")
    return value


def check_integer(
    value: int, argument: str, low: int | None = None, high: int | None = None
) -> int:
    """``value`` if it is an int (not a bool) within ``low..high``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{argument} must be an int, not {type(value).__name__}")
    check_int(argument, value, low if low is not None else -(2**63), high)
    return value


def check_choice(value: str, argument: str, choices: Iterable[str]) -> Any:
    """``value`` if it is one of ``choices`` (the schema's ``enum``)."""
    allowed = tuple(choices)
    if value not in allowed:
        raise ValueError(
            f"{argument} must be one of {', '.join(map(repr, allowed))}, got {value!r:.80}"
        )
    return value


def check_list(
    value: Iterable[T], argument: str, least: int = 0, each: Callable[[T], T] | None = None
) -> list[T]:
    """``value`` as a list of at least ``least`` items, each checked by ``each``."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise TypeError(f"{argument} must be a list, not {type(value).__name__}")
    items = list(value)
    if len(items) < least:
        raise ValueError(f"{argument} must have at least {least} item{'s' if least > 1 else ''}")
    return items if each is None else [each(item) for item in items]


def check_model(value: T, argument: str, model: type[T]) -> T:
    """``value`` if it is an instance of the generated ``model``."""
    if not isinstance(value, model):
        raise TypeError(
            f"{argument} must be a dockerhub.models.{model.__name__}, not {type(value).__name__}"
        )
    return value


def aware(value: datetime.datetime, argument: str) -> datetime.datetime:
    """``value`` if it is a timezone-aware datetime (the Hub's times are UTC)."""
    if not isinstance(value, datetime.datetime):
        raise TypeError(f"{argument} must be a datetime, not {type(value).__name__}")
    if value.tzinfo is None:
        raise ValueError(f"{argument} must be timezone-aware (for example datetime.UTC)")
    return value


def repository_path(value: str, argument: str) -> str:
    """``namespace/name`` for any of the flexible forms (``x`` and ``_/x`` mean ``library/x``)."""
    try:
        namespace, repository = split_repository(value, None)
    except (TypeError, ValueError):
        raise ValueError(
            f"{argument}={value!r:.80} is not a repository ('name', '_/name' or 'namespace/name')"
        ) from None
    return f"{namespace}/{repository}"


def with_fields(model: Callable[..., T], least: int = 0, **fields: Any) -> T:
    """The request body ``model(**fields)``; with ``least``, at least that many given."""
    if least and sum(not isinstance(v, Unset) for v in fields.values()) < least:
        names = ", ".join(f"{name}=" for name in fields)
        raise ValueError(f"give at least one of {names}")
    return model(**fields)
