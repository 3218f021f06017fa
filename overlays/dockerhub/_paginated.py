"""The ``paginated`` and ``collected`` descriptors: one walk description, two facades.

A method decorated with :class:`paginated` returns a :class:`~dockerhub._pagination.Pages`;
on :class:`~dockerhub.DockerHub` it becomes a generator of items, on
:class:`~dockerhub.AsyncDockerHub` an async generator, both driven by
:mod:`dockerhub._pagination`. ``collect_x = collected(iter_x)`` adds the list-returning twin.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import AsyncGenerator, Callable, Coroutine, Generator
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, cast, overload

from ._call import AsyncRunner, SyncRunner, _plain, with_self
from ._pagination import DEFAULT_CONCURRENCY, MAX_PAGE_SIZE, Pages, iterate_async, iterate_sync

if TYPE_CHECKING:
    from typing import Self

__all__ = ["collected", "paginated"]

T = TypeVar("T")
P = ParamSpec("P")


def _shown(flow: Callable[..., Any], returns: str) -> inspect.Signature:
    """The signature a bound method shows: no ``self``, the paging options spelled out, and
    ``Pages[X]`` turned into ``returns`` of ``X``."""
    signature = inspect.signature(flow)
    annotation = signature.return_annotation
    item = "Any"
    if isinstance(annotation, str) and annotation.startswith("Pages[") and annotation[-1] == "]":
        item = annotation[len("Pages[") : -1]
    parameters = [p for p in list(signature.parameters.values())[1:] if p.kind != p.VAR_KEYWORD]
    parameters = [p.replace(annotation=_plain(p.annotation)) for p in parameters]
    return signature.replace(
        parameters=parameters + _OPTION_PARAMETERS,
        return_annotation=returns.format(_plain(item)),
    )


_OPTION_PARAMETERS = [
    inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=kind)
    for name, default, kind in (
        ("page_size", MAX_PAGE_SIZE, "int"),
        ("max_items", None, "int | None"),
        ("start_page", 1, "int"),
        ("concurrency", DEFAULT_CONCURRENCY, "int"),
        ("progress", None, "Progress | None"),
        ("max_pages", None, "int | None"),
    )
]


class paginated(Generic[P, T]):  # used as a decorator, named like one
    """Descriptor making one walk description an ``iter_*`` method of both facades.

    The decorated function returns a :class:`Pages`; on a :class:`SyncRunner` instance the
    attribute is a function returning a generator of items, on an :class:`AsyncRunner`
    instance a function returning an async generator. Arguments are checked when the
    method is called, before any request. :class:`collected` makes the ``collect_*`` twin.
    """

    def __init__(self, flow: Callable[Concatenate[Any, P], Pages[T]]) -> None:
        self._flow = flow
        self.__name__ = self.__qualname__ = flow.__name__
        self.__doc__ = flow.__doc__
        self.__wrapped__ = flow
        self._sync_signature = _shown(flow, "Iterator[{}]")
        self._async_signature = _shown(flow, "AsyncIterator[{}]")
        self.__signature__ = with_self(self._sync_signature)

    def __repr__(self) -> str:
        return f"<paginated {self._flow.__qualname__}>"

    def __call__(
        self, instance: SyncRunner | AsyncRunner, /, *args: P.args, **kwargs: P.kwargs
    ) -> Generator[T, None, None] | AsyncGenerator[T, None]:
        """Call through the class like a plain method: ``DockerHub.iter_tags(hub, "nginx")``."""
        return self.__get__(instance, type(instance))(*args, **kwargs)

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> Self: ...

    @overload
    def __get__(
        self, instance: SyncRunner, owner: type[Any]
    ) -> Callable[P, Generator[T, None, None]]: ...

    @overload
    def __get__(
        self, instance: AsyncRunner, owner: type[Any]
    ) -> Callable[P, AsyncGenerator[T, None]]: ...

    def __get__(
        self, instance: SyncRunner | AsyncRunner | None, owner: type[Any]
    ) -> Self | Callable[P, Generator[T, None, None]] | Callable[P, AsyncGenerator[T, None]]:
        if instance is None:
            return self
        flow = self._flow
        if isinstance(instance, AsyncRunner):
            runner = instance

            @functools.wraps(flow)
            def async_method(*args: P.args, **kwargs: P.kwargs) -> AsyncGenerator[T, None]:
                return iterate_async(runner, flow(runner, *args, **kwargs))

            cast("Any", async_method).__signature__ = self._async_signature
            return async_method
        sync_runner = instance

        @functools.wraps(flow)
        def sync_method(*args: P.args, **kwargs: P.kwargs) -> Generator[T, None, None]:
            return iterate_sync(sync_runner, flow(sync_runner, *args, **kwargs))

        cast("Any", sync_method).__signature__ = self._sync_signature
        return sync_method


class collected(Generic[P, T]):
    """Descriptor pairing a ``collect_*`` method with an ``iter_*`` one: a list on a
    :class:`SyncRunner`, a coroutine of a list on an :class:`AsyncRunner`.

    Written ``collect_tags = collected(iter_tags)`` in the class body.
    """

    def __init__(self, source: paginated[P, T]) -> None:
        self._flow = source._flow
        self.__name__ = self.__qualname__ = f"collect_{source.__name__.removeprefix('iter_')}"
        self.__doc__ = f"Every item :meth:`{source.__name__}` yields, in a list."
        self.__wrapped__ = source._flow
        self._signature = _shown(source._flow, "list[{}]")
        self.__signature__ = with_self(self._signature)

    def __repr__(self) -> str:
        return f"<collected {self.__qualname__}>"

    def __call__(
        self, instance: SyncRunner | AsyncRunner, /, *args: P.args, **kwargs: P.kwargs
    ) -> list[T] | Coroutine[Any, Any, list[T]]:
        """Call through the class like a plain method: ``DockerHub.collect_tags(hub, "nginx")``."""
        return self.__get__(instance, type(instance))(*args, **kwargs)

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.__name__ = name
        self.__qualname__ = f"{owner.__qualname__}.{name}"

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> Self: ...

    @overload
    def __get__(self, instance: SyncRunner, owner: type[Any]) -> Callable[P, list[T]]: ...

    @overload
    def __get__(
        self, instance: AsyncRunner, owner: type[Any]
    ) -> Callable[P, Coroutine[Any, Any, list[T]]]: ...

    def __get__(
        self, instance: SyncRunner | AsyncRunner | None, owner: type[Any]
    ) -> Self | Callable[P, list[T]] | Callable[P, Coroutine[Any, Any, list[T]]]:
        if instance is None:
            return self
        flow, name, doc = self._flow, self.__name__, self.__doc__
        if isinstance(instance, AsyncRunner):
            runner = instance

            async def async_method(*args: P.args, **kwargs: P.kwargs) -> list[T]:
                return [item async for item in iterate_async(runner, flow(runner, *args, **kwargs))]

            async_method.__name__, async_method.__doc__ = name, doc
            cast("Any", async_method).__signature__ = self._signature
            return async_method
        sync_runner = instance

        def sync_method(*args: P.args, **kwargs: P.kwargs) -> list[T]:
            return list(iterate_sync(sync_runner, flow(sync_runner, *args, **kwargs)))

        sync_method.__name__, sync_method.__doc__ = name, doc
        cast("Any", sync_method).__signature__ = self._signature
        return sync_method
