"""What a facade method describes before anything is sent: a :class:`Call` or a *flow*.

A :class:`Call` is one request through a generated endpoint module and what to make of
its parsed body. A flow is a generator that yields calls, receives their results (or has
their typed errors thrown in) and returns the method's value: login with a second factor,
registry settings, the ``check_*`` methods. :mod:`dockerhub._runner` runs both, blocking
or async, so the description is written once.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .errors import NotFoundError, UnexpectedResponseError

if TYPE_CHECKING:
    from ._lazy import LazyEndpoint

__all__ = ["Call", "Flow", "exists"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Call(Generic[T]):
    """One request through a generated endpoint module, and what to make of its result.

    Attributes:
        endpoint: the generated module (``dockerhub_client.api.<tag>.<operation_id>``).
        kwargs: its arguments, except ``client``.
        expect: the type the parsed body must have; ``None`` when no body is expected.
        convert: turns the checked parsed body into the method's return value.
    """

    endpoint: ModuleType | LazyEndpoint
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    expect: type[Any] | tuple[type[Any], ...] | None = None
    convert: Callable[[Any], T] | None = None

    def finish(self, parsed: Any, *, status: int | None = None, base_url: str = "") -> T:
        """Check ``parsed`` against :attr:`expect` and convert it to the return value.

        ``status`` and ``base_url`` make the error say which response was wrong.
        """
        if self.expect is not None and not isinstance(parsed, self.expect):
            got = "an empty body" if parsed is None else f"a {_type_name(type(parsed))}"
            request = self.endpoint.request_arguments(**self.kwargs)
            raise UnexpectedResponseError(
                f"expected a {_type_name(self.expect)} body, got {got}",
                status=status,
                method=str(request["method"]).upper(),
                url=base_url + request["url"] if base_url else None,
            )
        if self.convert is not None:
            return self.convert(parsed)
        return parsed  # type: ignore[no-any-return]


Flow = Call[T] | Generator[Call[Any], Any, T]
"""What a method describes: one call, or a generator of calls returning ``T``."""


def _type_name(kind: type[Any] | tuple[type[Any], ...]) -> str:
    if isinstance(kind, tuple):
        return " or ".join(k.__name__ for k in kind)
    return kind.__name__


def exists(call: Call[Any]) -> Generator[Call[Any], Any, bool]:
    """A flow answering whether ``call`` (a HEAD request) finds its resource: 404 is False."""
    try:
        yield call
    except NotFoundError:
        return False
    return True
