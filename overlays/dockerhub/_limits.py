"""A cap on the decoded size of every response body, as an httpx transport.

:class:`BoundedTransport` (and its async twin) sits directly above the network. It takes
over decoding ``Content-Encoding`` from httpx and hands up the decoded body in chunks of at
most 64 KiB, counting them; past ``max_bytes`` it raises
:class:`~dockerhub.errors.UnexpectedResponseError` naming the limit and stops reading. A
compressed body is inflated with a bounded output size per step (``zlib``'s
``max_length``), so a 4 MB gzip body that would inflate to 4 GiB never occupies more than
the cap: httpx's own decoders inflate each network chunk whole, which is why decoding is
done here and not left to them. An unencoded body that httpx's network transport frames
by ``Content-Length`` is checked by that header alone (h11 reads exactly that many bytes),
so the common response costs no per-chunk work.

Supported encodings are ``identity``, ``gzip`` (``x-gzip``) and ``deflate`` (zlib-wrapped or
raw), alone or chained; the facade asks for exactly those in ``Accept-Encoding``. Any other
encoding is refused as :class:`~dockerhub.errors.UnexpectedResponseError`, since it could
not be inflated under the cap. A corrupt compressed body raises ``httpx.DecodingError``,
as httpx itself would.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Iterator
from typing import Protocol

import httpx

from .errors import UnexpectedResponseError

__all__ = [
    "ACCEPT_ENCODING",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "AsyncBoundedTransport",
    "BoundedTransport",
]

DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
"""The default cap on a decoded response body: 64 MiB."""
ACCEPT_ENCODING = "gzip, deflate"
_CHUNK = 64 * 1024


class _Stage(Protocol):
    def feed(self, data: bytes) -> Iterator[bytes]: ...

    def flush(self) -> Iterator[bytes]: ...


class _Inflate:
    """One gzip or deflate layer, inflated at most ``_CHUNK`` bytes per step."""

    def __init__(self, encoding: str) -> None:
        self._encoding = encoding
        # 32 + MAX_WBITS reads a gzip or a zlib header; raw deflate is tried if that fails.
        self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)
        self._started = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        while data or not self._started:
            try:
                out = self._inflater.decompress(data, _CHUNK)
            except zlib.error as exc:
                if self._started or self._encoding != "deflate":
                    raise httpx.DecodingError(f"invalid {self._encoding} body: {exc}") from exc
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate
                self._started = True
                continue
            self._started = True
            if out:
                yield out
            data = self._inflater.unconsumed_tail
            if not data and len(out) < _CHUNK:
                return
        # Output filled the step exactly with no input left: drain what zlib still holds.
        yield from self.flush()

    def flush(self) -> Iterator[bytes]:
        while True:
            out = self._inflater.decompress(b"", _CHUNK)
            if out:
                yield out
            if len(out) < _CHUNK and not self._inflater.unconsumed_tail:
                return


class _Refused:
    """An encoding that cannot be inflated under the cap: refused on the first read, so
    httpx closes the response (and frees its connection) as for any failed read."""

    def __init__(self, encoding: str, response: httpx.Response) -> None:
        self._encoding = encoding
        self._response = response

    def feed(self, data: bytes) -> Iterator[bytes]:
        request = self._response.request
        raise UnexpectedResponseError(
            f"the response uses Content-Encoding {self._encoding!r}, which the SDK did not "
            "ask for and does not decode",
            status=self._response.status_code,
            method=request.method,
            url=request.url,
        )

    def flush(self) -> Iterator[bytes]:
        return self.feed(b"")


def _framing(response: httpx.Response) -> tuple[list[bytes], list[bytes]]:
    """The raw ``Content-Encoding`` and ``Content-Length`` values, in one pass over the
    headers (httpx's ``Headers.get`` scans and decodes all of them for each name)."""
    encodings: list[bytes] = []
    lengths: list[bytes] = []
    for name, value in response.headers.raw:
        if len(name) == 16 and name.lower() == b"content-encoding":
            encodings.append(value)
        elif len(name) == 14 and name.lower() == b"content-length":
            lengths.append(value)
    return encodings, lengths


def _stages(response: httpx.Response, encodings: list[bytes]) -> list[_Stage]:
    """The decoding layers for the response's ``Content-Encoding``, outermost first."""
    header = ", ".join(value.decode("latin-1") for value in encodings)
    names = [part.strip().lower() for part in header.split(",") if part.strip()]
    stages: list[_Stage] = []
    for name in reversed(names):  # the last encoding applied is the first to undo
        if name == "identity":
            continue
        if name in ("gzip", "x-gzip", "deflate"):
            stages.append(_Inflate("deflate" if name == "deflate" else "gzip"))
        else:
            return [_Refused(header, response)]
    return stages


def _declared_length(lengths: list[bytes]) -> int | None:
    """The one well-formed ``Content-Length`` of the response, else ``None``."""
    if len(lengths) != 1 or not lengths[0].isdigit():
        return None
    return int(lengths[0])


class _Counter:
    """Decodes raw chunks through the stages and refuses output past the limit."""

    def __init__(self, stages: list[_Stage], limit: int | None, response: httpx.Response) -> None:
        self._stages = stages
        self._limit = limit
        self._response = response
        self._seen = 0

    def feed(self, raw: bytes) -> Iterator[bytes]:
        for chunk in self._through(0, raw):
            yield self._count(chunk)

    def finish(self) -> Iterator[bytes]:
        for index, stage in enumerate(self._stages):
            for piece in stage.flush():
                for chunk in self._through(index + 1, piece):
                    yield self._count(chunk)

    def _through(self, index: int, data: bytes) -> Iterator[bytes]:
        if index == len(self._stages):
            if data:
                yield data
            return
        for piece in self._stages[index].feed(data):
            yield from self._through(index + 1, piece)

    def _count(self, chunk: bytes) -> bytes:
        self._seen += len(chunk)
        if self._limit is not None and self._seen > self._limit:
            raise too_large(self._response, self._limit)
        return chunk


def too_large(response: httpx.Response, limit: int) -> UnexpectedResponseError:
    """The error for a body past ``limit`` decoded bytes."""
    mib = limit / (1024 * 1024)
    size = f"{mib:g} MiB" if mib >= 1 else f"{limit} bytes"
    request = response.request
    return UnexpectedResponseError(
        f"the response body is larger than max_response_bytes={limit} ({size}); "
        "it was not read further",
        status=response.status_code,
        method=request.method,
        url=request.url,
    )


class _BoundedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """The response's raw stream, decoded and counted as it is read."""

    def __init__(
        self, inner: httpx.SyncByteStream | httpx.AsyncByteStream, counter: _Counter
    ) -> None:
        self._inner = inner
        self._counter = counter

    def __iter__(self) -> Iterator[bytes]:
        if not isinstance(self._inner, httpx.SyncByteStream):
            raise RuntimeError("a sync read of an async response stream")
        for raw in self._inner:
            yield from self._counter.feed(raw)
        yield from self._counter.finish()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if not isinstance(self._inner, httpx.AsyncByteStream):
            raise RuntimeError("an async read of a sync response stream")
        async for raw in self._inner:
            for chunk in self._counter.feed(raw):
                yield chunk
        for chunk in self._counter.finish():
            yield chunk

    def close(self) -> None:
        if isinstance(self._inner, httpx.SyncByteStream):
            self._inner.close()

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncByteStream):
            await self._inner.aclose()


def bound(
    response: httpx.Response, request: httpx.Request, limit: int | None, framed: bool = False
) -> httpx.Response:
    """Make ``response`` decode its own body under ``limit`` bytes (in place; returned).

    ``framed``: the response came from httpx's network transport, which reads exactly the
    ``Content-Length`` it declares.
    """
    response.request = request
    if response.stream.__class__ is httpx.ByteStream:  # (a network response never is)
        try:
            # Built with its body in memory (a mock transport): only its size can be checked.
            in_memory = len(response.content)
        except httpx.ResponseNotRead:  # stream=ByteStream(...) given explicitly: read below
            pass
        else:
            if limit is not None and in_memory > limit:
                raise too_large(response, limit)
            return response
    encodings, lengths = _framing(response)
    stages = _stages(response, encodings) if encodings else []
    if framed and not stages:
        declared = _declared_length(lengths)
        if declared is not None and (limit is None or declared <= limit):
            # An unencoded body framed by Content-Length on httpx's own network transport:
            # h11 reads exactly that many bytes or fails, so the header is the size and
            # nothing needs counting chunk by chunk. (A larger one is refused while it is
            # read, below, where httpx closes the response.)
            return response
    if stages:
        # The body handed up is decoded: httpx must not decode it again.
        del response.headers["content-encoding"]
        response.headers.pop("content-length", None)
    response.stream = _BoundedStream(response.stream, _Counter(stages, limit, response))
    return response


class BoundedTransport(httpx.BaseTransport):
    """Sends through ``transport``; every response body is decoded under ``max_bytes``."""

    def __init__(self, transport: httpx.BaseTransport, max_bytes: int | None) -> None:
        self._inner = transport
        self.max_bytes = max_bytes
        self._framed = isinstance(transport, httpx.HTTPTransport)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``; the response's body is bounded while it is read."""
        return bound(self._inner.handle_request(request), request, self.max_bytes, self._framed)

    def close(self) -> None:
        """Close the wrapped transport."""
        self._inner.close()


class AsyncBoundedTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`BoundedTransport`."""

    def __init__(self, transport: httpx.AsyncBaseTransport, max_bytes: int | None) -> None:
        self._inner = transport
        self.max_bytes = max_bytes
        self._framed = isinstance(transport, httpx.AsyncHTTPTransport)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``; the response's body is bounded while it is read."""
        response = await self._inner.handle_async_request(request)
        return bound(response, request, self.max_bytes, self._framed)

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._inner.aclose()
