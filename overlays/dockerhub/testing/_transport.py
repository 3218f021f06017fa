"""``httpx`` transports that answer from a :class:`FakeHub` in-process, without a socket."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING
from urllib.parse import parse_qs

import anyio
import httpx

from ._http import FakeRequest, FakeResponse

if TYPE_CHECKING:
    from ._hub import FakeHub

__all__ = ["AsyncFakeHubTransport", "FakeHubTransport"]


def _to_fake(request: httpx.Request, body: bytes) -> FakeRequest:
    url = request.url
    raw_path = url.raw_path.decode("ascii").split("?", 1)[0]
    return FakeRequest(
        method=request.method.upper(),
        path=raw_path or "/",
        query=parse_qs(url.query.decode("ascii"), keep_blank_values=True),
        headers={k.lower(): v for k, v in request.headers.items()},
        body=body,
        base_url=f"{url.scheme}://{url.netloc.decode('ascii')}",
    )


def _to_httpx(response: FakeResponse, request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        response.status, headers=response.headers, content=response.body, request=request
    )


class FakeHubTransport(httpx.BaseTransport):
    """Synchronous transport: ``httpx.Client(transport=hub.transport())``."""

    def __init__(self, hub: FakeHub) -> None:
        self._hub = hub

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer ``request`` from the hub, after sleeping ``hub.latency`` seconds."""
        if self._hub.latency > 0:
            time.sleep(self._hub.latency)
        return _to_httpx(self._hub.handle(_to_fake(request, request.read())), request)


class AsyncFakeHubTransport(httpx.AsyncBaseTransport):
    """Asynchronous transport: ``httpx.AsyncClient(transport=hub.async_transport())``."""

    def __init__(self, hub: FakeHub) -> None:
        self._hub = hub

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer ``request`` from the hub, after ``anyio.sleep(hub.latency)``."""
        if self._hub.latency > 0:
            await anyio.sleep(self._hub.latency)
        body = await request.aread()
        return _to_httpx(self._hub.handle(_to_fake(request, body)), request)
