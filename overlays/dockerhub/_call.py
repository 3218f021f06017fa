"""One description of each operation, run by a sync or an async driver.

Every facade method is written once, as a *flow*: a function that returns a :class:`Call`
(one request through a generated endpoint module) or a generator that yields several
calls and receives their results (login with a second factor, registry settings). The
:func:`operation` descriptor turns a flow into a blocking method on :class:`DockerHub` and
a coroutine method on :class:`AsyncDockerHub`; the two drivers below are the only places
that touch the network, so sync and async behaviour cannot drift apart.

A driver maps what the generated code raises to the SDK's typed errors: a non-2xx status
to the matching :class:`~dockerhub.errors.DockerHubError` subclass, a body that does not
parse to :class:`~dockerhub.errors.UnexpectedResponseError`, and an httpx transport failure
to :class:`~dockerhub.errors.TransportError`.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable, Coroutine, Generator, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, cast, overload

import attrs
import httpx

from dockerhub_client import errors as generated_errors

from ._lookup import MISS, CachedLookup
from .errors import (
    DockerHubError,
    TransportError,
    UnexpectedResponseError,
    describe_cause,
    error_for_response,
)

if TYPE_CHECKING:
    from typing import Self

    from dockerhub_client.client import Client

    from ._lazy import LazyEndpoint

__all__ = ["Call", "Flow", "operation"]

T = TypeVar("T")
P = ParamSpec("P")


@attrs.frozen
class Call(Generic[T]):
    """One request through a generated endpoint module, and what to make of its result.

    Attributes:
        endpoint: the generated module (``dockerhub_client.api.<tag>.<operation_id>``).
        kwargs: its arguments, except ``client``.
        expect: the type the parsed body must have; ``None`` when no body is expected.
        convert: turns the checked parsed body into the method's return value.
    """

    endpoint: ModuleType | LazyEndpoint
    kwargs: Mapping[str, Any] = attrs.field(factory=dict)
    expect: type[Any] | tuple[type[Any], ...] | None = None
    convert: Callable[[Any], T] | None = None

    def finish(self, parsed: Any, *, status: int | None = None, base_url: str = "") -> T:
        """Check ``parsed`` against :attr:`expect` and convert it to the return value.

        ``status`` and ``base_url`` make the error say which response was wrong.
        """
        if self.expect is not None and not isinstance(parsed, self.expect):
            got = "an empty body" if parsed is None else f"a {_type_name(type(parsed))}"
            request = self.endpoint._get_kwargs(**self.kwargs)
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
"""What an operation's body returns: one call, or a generator of calls returning ``T``."""


def _type_name(kind: type[Any] | tuple[type[Any], ...]) -> str:
    if isinstance(kind, tuple):
        return " or ".join(k.__name__ for k in kind)
    return kind.__name__


def translate_error(exc: BaseException) -> DockerHubError | None:
    """The typed SDK error for something the generated code or httpx raised, if any."""
    if isinstance(exc, DockerHubError):
        return exc
    if isinstance(exc, generated_errors.UnexpectedStatus):
        if exc.response is not None:
            return error_for_response(exc.response)
        return UnexpectedResponseError(
            f"unexpected status {exc.status_code}", status=exc.status_code
        )
    if isinstance(exc, generated_errors.UnparseableResponse):
        return UnexpectedResponseError.from_response(
            exc.response, "the response body is not the JSON the API documents"
        )
    if isinstance(exc, httpx.TimeoutException):
        return _transport_error(exc, "timed out")
    if isinstance(exc, httpx.TransportError):
        return _transport_error(exc, "failed")
    if isinstance(exc, httpx.DecodingError):
        return UnexpectedResponseError(f"response could not be decoded: {describe_cause(exc)}")
    if isinstance(exc, RecursionError):  # json's parser on a body nested thousands deep
        return UnexpectedResponseError("the response body is JSON nested too deeply to parse")
    return None


def _transport_error(exc: httpx.RequestError, what: str) -> TransportError:
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:
        request = None
    return TransportError(
        f"request {what}: {describe_cause(exc)}",
        method=request.method if request is not None else None,
        url=request.url if request is not None else None,
    )


def run_sync(
    client: Client, flow: Flow[T], cache: CachedLookup | None = None, base_url: str = ""
) -> T:
    """Drive ``flow`` to completion with blocking I/O."""
    if isinstance(flow, Call):
        return _execute_sync(client, flow, cache, base_url)
    try:
        call = next(flow)
        while True:
            try:
                result = _execute_sync(client, call, cache, base_url)
            except DockerHubError as exc:
                call = flow.throw(exc)
            else:
                call = flow.send(result)
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]


async def run_async(
    client: Client, flow: Flow[T], cache: CachedLookup | None = None, base_url: str = ""
) -> T:
    """Drive ``flow`` to completion with async I/O."""
    if isinstance(flow, Call):
        return await _execute_async(client, flow, cache, base_url)
    try:
        call = next(flow)
        while True:
            try:
                result = await _execute_async(client, call, cache, base_url)
            except DockerHubError as exc:
                call = flow.throw(exc)
            else:
                call = flow.send(result)
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]


def _execute_sync(client: Client, call: Call[T], cache: CachedLookup | None, base_url: str) -> T:
    if cache is not None:
        hit = cache.lookup(client, call)
        if hit is not MISS:
            return call.finish(hit, base_url=base_url)
    try:
        response = call.endpoint.sync_detailed(client=client, **call.kwargs)
    except Exception as exc:
        error = translate_error(exc)
        if error is None or error is exc:  # already an SDK error: keep it as it is
            raise
        raise error from exc
    return call.finish(response.parsed, status=int(response.status_code), base_url=base_url)


async def _execute_async(
    client: Client, call: Call[T], cache: CachedLookup | None, base_url: str
) -> T:
    if cache is not None:
        hit = cache.lookup(client, call)
        if hit is not MISS:
            return call.finish(hit, base_url=base_url)
    try:
        response = await call.endpoint.asyncio_detailed(client=client, **call.kwargs)
    except Exception as exc:
        error = translate_error(exc)
        if error is None or error is exc:  # already an SDK error: keep it as it is
            raise
        raise error from exc
    return call.finish(response.parsed, status=int(response.status_code), base_url=base_url)


class SyncRunner:
    """Base of blocking facades: runs flows with :func:`run_sync`."""

    _api: Client
    _lookup: CachedLookup | None = None

    @property
    def base_url(self) -> str:
        """The base URL requests go to (the facades say which)."""
        return ""

    def _run(self, flow: Flow[T]) -> T:
        return run_sync(self._api, flow, self._lookup, self.base_url)


class AsyncRunner:
    """Base of async facades: runs flows with :func:`run_async`."""

    _api: Client
    _lookup: CachedLookup | None = None

    @property
    def base_url(self) -> str:
        """The base URL requests go to (the facades say which)."""
        return ""

    async def _run(self, flow: Flow[T]) -> T:
        return await run_async(self._api, flow, self._lookup, self.base_url)


def _method_signature(flow: Callable[..., Any]) -> inspect.Signature:
    """The signature a bound method shows: without ``self``, returning ``T`` not ``Flow[T]``."""
    signature = inspect.signature(flow)
    returns = signature.return_annotation
    if isinstance(returns, str) and returns.startswith("Flow[") and returns.endswith("]"):
        returns = returns[len("Flow[") : -1]
    parameters = [
        parameter.replace(annotation=_plain(parameter.annotation))
        for parameter in list(signature.parameters.values())[1:]
    ]
    return signature.replace(parameters=parameters, return_annotation=_plain(returns))


def with_self(signature: inspect.Signature) -> inspect.Signature:
    """A bound method's signature as the class attribute shows it (``self`` first)."""
    own = inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return signature.replace(parameters=[own, *signature.parameters.values()])


def _plain(annotation: Any) -> Any:
    """``models.Tag`` → ``Tag``: how ``help()`` should show the models of dockerhub.models."""
    return annotation.replace("models.", "") if isinstance(annotation, str) else annotation


class operation(Generic[P, T]):
    """Descriptor making one flow both a sync method and an async method.

    On a :class:`SyncRunner` instance the attribute is a function returning ``T``; on an
    :class:`AsyncRunner` instance it is a function returning a coroutine of ``T``.
    """

    def __init__(self, flow: Callable[Concatenate[Any, P], Flow[T]]) -> None:
        self._flow = flow
        functools.update_wrapper(cast("Any", self), flow)
        self._signature = _method_signature(flow)
        self.__signature__ = with_self(self._signature)

    def __repr__(self) -> str:
        return f"<operation {self._flow.__qualname__}>"

    def __call__(
        self, instance: SyncRunner | AsyncRunner, /, *args: P.args, **kwargs: P.kwargs
    ) -> T | Awaitable[T]:
        """Call through the class like a plain method: ``DockerHub.tags(hub, "nginx")``."""
        return self.__get__(instance, type(instance))(*args, **kwargs)

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> Self: ...

    @overload
    def __get__(self, instance: SyncRunner, owner: type[Any]) -> Callable[P, T]: ...

    @overload
    def __get__(
        self, instance: AsyncRunner, owner: type[Any]
    ) -> Callable[P, Coroutine[Any, Any, T]]: ...

    def __get__(
        self, instance: SyncRunner | AsyncRunner | None, owner: type[Any]
    ) -> Self | Callable[P, T] | Callable[P, Awaitable[T]]:
        if instance is None:
            return self
        flow = self._flow
        if isinstance(instance, AsyncRunner):
            runner = instance

            @functools.wraps(flow)
            async def async_method(*args: P.args, **kwargs: P.kwargs) -> T:
                return await runner._run(flow(runner, *args, **kwargs))

            cast("Any", async_method).__signature__ = self._signature
            return async_method
        sync_runner = instance

        @functools.wraps(flow)
        def sync_method(*args: P.args, **kwargs: P.kwargs) -> T:
            return sync_runner._run(flow(sync_runner, *args, **kwargs))

        cast("Any", sync_method).__signature__ = self._signature
        return sync_method
