"""Running registry flows with blocking or async I/O, and the registry's transport stack.

The two drivers are the only code here that touches the network; each reads a body as a
stream and stops past the request's size cap (:data:`~._exchange.MAX_BYTES`), so a huge or
endless answer ends in :class:`~dockerhub.errors.UnexpectedResponseError`, never in memory
exhaustion. httpx's own failures become :class:`~dockerhub.errors.TransportError`.

The registry's httpx client sends through the SDK's retry transport (same options), with
:class:`PullLimitGuard` below it: a 429 that reports an exhausted *pull* limit is final
for hours, so it is raised at once as :class:`~._errors.PullRateLimitError` instead of
being retried.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TypeVar

import httpx

from ..errors import TransportError, UnexpectedResponseError
from ._errors import pull_limit_error
from ._exchange import MAX_BYTES, Flow

__all__ = ["AsyncPullLimitGuard", "PullLimitGuard", "drive_async", "drive_sync"]

T = TypeVar("T")
_DEFAULT_MAX = 4 * 1024 * 1024
_DROPPED = ("content-encoding", "transfer-encoding", "content-length")


class _Body:
    """Collects chunks up to a cap (shared by both drivers)."""

    def __init__(self, request: httpx.Request) -> None:
        self.request = request
        self.cap = int(request.extensions.get(MAX_BYTES, _DEFAULT_MAX))
        self.chunks: list[bytes] = []
        self.size = 0

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.cap:
            raise UnexpectedResponseError(
                f"the response body is larger than {self.cap} bytes; not read further",
                method=self.request.method,
                url=self.request.url,
            )
        self.chunks.append(chunk)

    def response(self, streamed: httpx.Response) -> httpx.Response:
        """A finished response with the decoded body (encoding headers dropped)."""
        headers = [(k, v) for k, v in streamed.headers.multi_items() if k.lower() not in _DROPPED]
        return httpx.Response(
            streamed.status_code,
            headers=headers,
            content=b"".join(self.chunks),
            request=self.request,
        )


def _transport_error(exc: httpx.HTTPError, request: httpx.Request) -> TransportError:
    detail = str(exc) or type(exc).__name__
    return TransportError(
        f"request failed: {type(exc).__name__}: {detail}", method=request.method, url=request.url
    )


def _send_sync(client: httpx.Client, request: httpx.Request) -> httpx.Response:
    body = _Body(request)
    try:
        streamed = client.send(request, stream=True)
        try:
            chunks: Iterator[bytes] = streamed.iter_bytes()
            for chunk in chunks:
                body.add(chunk)
        finally:
            streamed.close()
    except httpx.HTTPError as exc:
        raise _transport_error(exc, request) from exc
    return body.response(streamed)


async def _send_async(client: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
    body = _Body(request)
    try:
        streamed = await client.send(request, stream=True)
        try:
            chunks: AsyncIterator[bytes] = streamed.aiter_bytes()
            async for chunk in chunks:
                body.add(chunk)
        finally:
            await streamed.aclose()
    except httpx.HTTPError as exc:
        raise _transport_error(exc, request) from exc
    return body.response(streamed)


def drive_sync(client: httpx.Client, flow: Flow[T]) -> T:
    """Run ``flow`` to its result with blocking I/O."""
    try:
        request = next(flow)
        while True:
            request = flow.send(_send_sync(client, request))
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]
    finally:
        flow.close()


async def drive_async(client: httpx.AsyncClient, flow: Flow[T]) -> T:
    """Run ``flow`` to its result with async I/O."""
    try:
        request = next(flow)
        while True:
            request = flow.send(await _send_async(client, request))
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]
    finally:
        flow.close()


def _is_pull_limit(response: httpx.Response) -> bool:
    """A 429 stating the pull limit and no ``Retry-After``: retrying cannot help."""
    return (
        response.status_code == 429
        and "retry-after" not in response.headers
        and "ratelimit-limit" in response.headers
    )


class PullLimitGuard(httpx.BaseTransport):
    """Raises :class:`~._errors.PullRateLimitError` for an exhausted pull limit."""

    def __init__(self, transport: httpx.BaseTransport) -> None:
        self._inner = transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``; a pull-limit 429 is raised instead of returned."""
        response = self._inner.handle_request(request)
        if _is_pull_limit(response):
            try:
                response.read()
            finally:
                response.close()
            response.request = request
            raise pull_limit_error(response)
        return response

    def close(self) -> None:
        """Close the wrapped transport."""
        self._inner.close()


class AsyncPullLimitGuard(httpx.AsyncBaseTransport):
    """The async twin of :class:`PullLimitGuard`."""

    def __init__(self, transport: httpx.AsyncBaseTransport) -> None:
        self._inner = transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``; a pull-limit 429 is raised instead of returned."""
        response = await self._inner.handle_async_request(request)
        if _is_pull_limit(response):
            try:
                await response.aread()
            finally:
                await response.aclose()
            response.request = request
            raise pull_limit_error(response)
        return response

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._inner.aclose()
