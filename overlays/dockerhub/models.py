"""The typed attrs models of the Docker Hub API, generated from ``spec/dockerhub.yaml``.

This module re-exports :mod:`dockerhub_client.models` so applications can write
``from dockerhub.models import Repository, Tag``. Each model is imported on first use
(PEP 562), so importing one model does not import the ~100 others.

A field the Hub left out of a response holds :data:`UNSET` (falsy, typed :class:`Unset`),
so ``repo.pull_count`` is typed ``int | Unset``. Narrow it with :func:`or_none` (``None``
for an absent field) or :func:`is_set`::

    from dockerhub.models import is_set, or_none

    pulls: int | None = or_none(repo.pull_count)
    if is_set(repo.star_count):
        stars: int = repo.star_count

Timestamps read as :class:`Timestamp`, a ``datetime.datetime`` that keeps the text the Hub
sent (nanoseconds included); ``to_dict()`` gives that text back.

``Model.from_dict(data)`` checks all of ``data`` (a wrong shape anywhere raises
``UnexpectedShapeError``, a ``ValueError``) but builds nested models, such as a tag's
``images``, on the first read of their field, from ``data`` itself: copy a dict you will
change before reading the model. Responses parsed by the SDK are never shared like that.
"""

from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from dockerhub_client import models as _generated
from dockerhub_client.models import __all__ as _model_names
from dockerhub_client.types import UNSET, Timestamp, Unset

if TYPE_CHECKING:
    from dockerhub_client.models import *  # noqa: F403 - the re-export is the point

T = TypeVar("T")

__all__ = [*_model_names, "UNSET", "Timestamp", "Unset", "is_set", "or_none"]


def or_none(value: T | Unset) -> T | None:
    """``value``, or ``None`` when the Hub left the field out (:data:`UNSET`)."""
    return None if isinstance(value, Unset) else value


def is_set(value: T | Unset) -> TypeGuard[T]:
    """Whether the Hub sent this field (it is not :data:`UNSET`); narrows the type."""
    return not isinstance(value, Unset)


def __getattr__(name: str) -> Any:
    value = getattr(_generated, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
