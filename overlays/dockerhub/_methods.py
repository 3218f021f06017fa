"""Hand-written facade methods: one flow, a blocking method and a coroutine method.

The generated facade writes both methods out; the few hand-written ones (multi-request
flows, the original library's aliases) are written once as flows and marked
``@operation``. When a class deriving from :class:`SyncMethods` or :class:`AsyncMethods`
is created, each marked flow becomes a real method of it: a plain function on the blocking
facade, an ``async def`` on the async one (so ``inspect.iscoroutinefunction`` and
``help()`` tell the truth), both with the flow's signature and docstring.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from ._flow import Flow

if TYPE_CHECKING:
    from typing import Self

    from ._runner import AsyncRunner, SyncRunner

__all__ = ["AsyncMethods", "SyncMethods", "operation"]

T = TypeVar("T")
P = ParamSpec("P")


def _shown(flow: Callable[..., Any]) -> inspect.Signature:
    """The flow's signature as the method shows it: returning ``T``, not ``Flow[T]``."""
    signature = inspect.signature(flow)
    returns = signature.return_annotation
    if isinstance(returns, str) and returns.startswith("Flow[") and returns.endswith("]"):
        returns = returns[len("Flow[") : -1]
    parameters = [p.replace(annotation=_plain(p.annotation)) for p in signature.parameters.values()]
    return signature.replace(parameters=parameters, return_annotation=_plain(returns))


def _plain(annotation: Any) -> Any:
    """``models.Tag`` → ``Tag``: how ``help()`` shows the models of ``dockerhub.models``."""
    return annotation.replace("models.", "") if isinstance(annotation, str) else annotation


class operation(Generic[P, T]):  # used as a decorator, named like one
    """Marks a flow as a facade method of both facades (see the module docstring)."""

    def __init__(self, flow: Callable[Concatenate[Any, P], Flow[T]]) -> None:
        self.flow = flow
        functools.update_wrapper(self, flow)  # type: ignore[arg-type]

    def __repr__(self) -> str:
        return f"<operation {self.flow.__qualname__}>"

    def blocking(self) -> Callable[..., T]:
        """The method for a blocking facade."""
        flow, name = self.flow, self.flow.__name__

        def method(self: SyncMethods, *args: Any, **kwargs: Any) -> T:
            return self._runner.run(name, flow, self, *args, **kwargs)

        return _dressed(method, flow)  # type: ignore[no-any-return]

    def coroutine(self) -> Callable[..., Coroutine[Any, Any, T]]:
        """The method for an async facade."""
        flow, name = self.flow, self.flow.__name__

        async def method(self: AsyncMethods, *args: Any, **kwargs: Any) -> T:
            return await self._runner.run(name, flow, self, *args, **kwargs)

        return _dressed(method, flow)  # type: ignore[no-any-return]

    # Only for type checkers: the attribute as each facade shows it.
    @overload
    def __get__(self, instance: None, owner: type[Any]) -> Self: ...

    @overload
    def __get__(self, instance: SyncMethods, owner: type[Any]) -> Callable[P, T]: ...

    @overload
    def __get__(
        self, instance: AsyncMethods, owner: type[Any]
    ) -> Callable[P, Coroutine[Any, Any, T]]: ...

    def __get__(self, instance: Any, owner: type[Any]) -> Any:
        if instance is None:
            return self
        raise TypeError(f"{owner.__name__} is not a facade: {self.flow.__name__} needs a runner")


def _dressed(method: Callable[..., Any], flow: Callable[..., Any]) -> Any:
    method.__name__ = flow.__name__
    method.__qualname__ = flow.__qualname__
    method.__doc__ = flow.__doc__
    method.__module__ = flow.__module__
    method.__signature__ = _shown(flow)  # type: ignore[attr-defined]
    return method


def _install(cls: type[Any], make: Callable[[operation[Any, Any]], Callable[..., Any]]) -> None:
    for name in dir(cls):
        value = inspect.getattr_static(cls, name)
        if isinstance(value, operation):
            setattr(cls, name, make(value))


class SyncMethods:
    """Base of blocking facades: hand-written flows become blocking methods."""

    _runner: SyncRunner

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _install(cls, operation.blocking)


class AsyncMethods:
    """Base of async facades: hand-written flows become coroutine methods."""

    _runner: AsyncRunner

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _install(cls, operation.coroutine)
