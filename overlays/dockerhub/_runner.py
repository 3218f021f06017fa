"""Running what the facade describes, blocking or async: the only code that sends.

:class:`SyncRunner` and :class:`AsyncRunner` take a builder (a generated one from
``dockerhub_client.facade`` or a hand-written flow) and its arguments, and drive the
result to completion: a :class:`~dockerhub._flow.Call`, a flow of calls, or a
:class:`~dockerhub._walk.Pages` walk. Arguments a builder refuses get the method's name in
their message. A call's result comes from the cache shortcut when it can, else from the
generated endpoint's request arguments, sent through the client's httpx stack and parsed
by the endpoint's own parser; what that raises becomes the SDK's
typed errors: a non-2xx status the matching :class:`~dockerhub.errors.DockerHubError`
subclass, a body that does not parse :class:`~dockerhub.errors.UnexpectedResponseError`,
an httpx failure :class:`~dockerhub.errors.TransportError`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

import httpx

from dockerhub_client import errors as generated_errors

from ._flow import Call, Flow
from ._lookup import MISS, base_prefix, build_request
from ._walk import Pages, iterate_async, iterate_sync
from .errors import (
    DockerHubError,
    TransportError,
    UnexpectedResponseError,
    describe_cause,
    error_for_response,
)

if TYPE_CHECKING:
    from dockerhub_client.client import Client

    from ._lookup import CachedLookup

__all__ = ["AsyncRunner", "SyncRunner", "translate_error"]

T = TypeVar("T")
P = ParamSpec("P")


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
        detail = f" ({exc.detail})" if exc.detail else ""
        return UnexpectedResponseError.from_response(
            exc.response, f"the response body is not the JSON the API documents{detail}"
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


def _named(name: str, exc: TypeError | ValueError) -> TypeError | ValueError:
    """``exc`` with the public method's name in front, unless Python already put it there."""
    text = str(exc)
    if text.startswith(f"{name}()"):
        return exc
    return type(exc)(f"{name}(): {text}")


def _build(name: str, build: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    try:
        return build(*args, **kwargs)
    except (TypeError, ValueError) as exc:
        raise _named(name, exc) from None


def _started(name: str, flow: Generator[Call[Any], Any, T]) -> Call[Any] | _Done[T]:
    """The first call of ``flow`` (its own argument checks run here, named), or its value."""
    try:
        return _advance(flow.send, None)
    except (TypeError, ValueError) as exc:
        raise _named(name, exc) from None


def _advance(move: Callable[[Any], Call[Any]], value: Any) -> Call[Any] | _Done[Any]:
    """The flow's next call after ``move(value)`` (``send`` or ``throw``), or its value."""
    try:
        return move(value)
    except StopIteration as stop:
        return _Done(stop.value)


class _Done(Generic[T]):
    """A flow that finished without a request."""

    __slots__ = ("value",)

    def __init__(self, value: T) -> None:
        self.value = value


def _raise_typed(exc: Exception) -> None:
    error = translate_error(exc)
    if error is not None and error is not exc:
        raise error from exc


class _Runner:
    """What both runners hold: the generated client, the cache shortcut, the base URL."""

    def __init__(
        self,
        client: Client,
        lookup: CachedLookup | None,
        base_url: str,
        ensure_open: Callable[[], None] = lambda: None,
    ) -> None:
        self.client = client
        self.lookup = lookup
        self.base_url = base_url
        self.ensure_open = ensure_open
        self._prefix: str | None = None

    def request_for(
        self, http: httpx.Client | httpx.AsyncClient, arguments: dict[str, Any]
    ) -> httpx.Request:
        """The request for an endpoint's ``request_arguments``, its URL parsed once."""
        prefix = self._prefix
        if prefix is None:
            prefix = self._prefix = base_prefix(http)
        return build_request(http, prefix, arguments)

    def cached(self, call: Call[Any]) -> Any:
        """The parsed cached body for ``call``, or ``MISS`` (refused once the client is closed)."""
        self.ensure_open()
        if self.lookup is None:
            return MISS
        return self.lookup.lookup(self.client, call.endpoint, call.kwargs)

    async def acached(self, call: Call[Any]) -> Any:
        """Async :meth:`cached`."""
        self.ensure_open()
        if self.lookup is None:
            return MISS
        return await self.lookup.alookup(self.client, call.endpoint, call.kwargs)


class SyncRunner(_Runner):
    """Runs builders with blocking I/O."""

    def run(
        self, name: str, build: Callable[P, Flow[T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Build with the arguments (errors name ``name``), then run the call or flow."""
        flow = _build(name, build, *args, **kwargs)
        if isinstance(flow, Call):
            return self.execute(flow)
        step = _started(name, flow)
        while isinstance(step, Call):
            try:
                result = self.execute(step)
            except DockerHubError as exc:
                step = _advance(flow.throw, exc)
            else:
                step = _advance(flow.send, result)
        return step.value

    def iterate(
        self, name: str, build: Callable[P, Pages[T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> Iterator[T]:
        """Build a walk (checked now, before any request) and return its lazy iterator."""
        return iterate_sync(self.execute, self.base_url, _build(name, build, *args, **kwargs))

    def execute(self, call: Call[T]) -> T:
        """One call: from the cache shortcut when it can, else over the network."""
        hit = self.cached(call)
        if hit is not MISS:
            return call.finish(hit, base_url=self.base_url)
        response = self.send(call.endpoint, call.kwargs)
        return call.finish(
            response.parsed, status=int(response.status_code), base_url=self.base_url
        )

    def send(self, endpoint: Any, kwargs: Any) -> Any:
        """The generated ``Response`` of ``endpoint`` called with ``kwargs``, errors typed."""
        self.ensure_open()
        try:
            http = self.client.get_httpx_client()
            request = self.request_for(http, endpoint.request_arguments(**kwargs))
            return endpoint.build_response(client=self.client, response=http.send(request))
        except Exception as exc:
            _raise_typed(exc)
            raise


class AsyncRunner(_Runner):
    """Runs builders with async I/O."""

    async def run(
        self, name: str, build: Callable[P, Flow[T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Build with the arguments (errors name ``name``), then run the call or flow."""
        flow = _build(name, build, *args, **kwargs)
        if isinstance(flow, Call):
            return await self.execute(flow)
        step = _started(name, flow)
        while isinstance(step, Call):
            try:
                result = await self.execute(step)
            except DockerHubError as exc:
                step = _advance(flow.throw, exc)
            else:
                step = _advance(flow.send, result)
        return step.value

    def iterate(
        self, name: str, build: Callable[P, Pages[T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> AsyncIterator[T]:
        """Build a walk (checked now, before any request) and return its lazy async iterator."""
        return iterate_async(self.execute, self.base_url, _build(name, build, *args, **kwargs))

    async def collect(
        self, name: str, build: Callable[P, Pages[T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> list[T]:
        """Every item of the walk, in a list."""
        return [item async for item in self.iterate(name, build, *args, **kwargs)]

    async def execute(self, call: Call[T]) -> T:
        """One call: from the cache shortcut when it can, else over the network."""
        hit = await self.acached(call)
        if hit is not MISS:
            return call.finish(hit, base_url=self.base_url)
        response = await self.send(call.endpoint, call.kwargs)
        return call.finish(
            response.parsed, status=int(response.status_code), base_url=self.base_url
        )

    async def send(self, endpoint: Any, kwargs: Any) -> Any:
        """The generated ``Response`` of ``endpoint`` called with ``kwargs``, errors typed."""
        self.ensure_open()
        try:
            http = self.client.get_async_httpx_client()
            request = self.request_for(http, endpoint.request_arguments(**kwargs))
            response = await http.send(request)
            return endpoint.build_response(client=self.client, response=response)
        except Exception as exc:
            _raise_typed(exc)
            raise
