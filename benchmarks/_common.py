"""Shared pieces of the suite: a canned-JSON loopback server, timing, and the row shape.

Every benchmark compares the SDK with a baseline measured in the same process, in the
same run, against the same local server, so the numbers that matter are ratios: they do
not depend on how fast the machine is, only on how much work the SDK adds.
"""

from __future__ import annotations

import asyncio
import statistics
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypedDict


class Row(TypedDict):
    """One line of the table: ``measured / baseline`` against ``target``."""

    benchmark: str
    measured: float
    baseline: float
    unit: str
    ratio: float
    target: str
    met: bool | None  # None: reported, no target


def row(
    benchmark: str,
    measured: float,
    baseline: float,
    unit: str,
    *,
    at_most: float | None = None,
    within: float | None = None,
    target: str | None = None,
    ratio: float | None = None,
) -> Row:
    """Build a row; ``at_most`` is the largest acceptable ratio, ``within`` the largest
    acceptable measurement in ``unit`` (an absolute target); neither: report only.
    ``ratio``: the row's ratio when it is not ``measured / baseline`` (the median of
    paired per-round ratios, :meth:`Timings.ratio`)."""
    if ratio is None:
        ratio = measured / baseline if baseline else float("inf")
    if within is not None:
        target, met = target or f"≤ {within:g} {unit}", measured <= within
    elif at_most is not None:
        target, met = target or f"≤ {at_most:g}×", ratio <= at_most
    else:
        target, met = target or "—", None
    return Row(
        benchmark=benchmark,
        measured=measured,
        baseline=baseline,
        unit=unit,
        ratio=ratio,
        target=target,
        met=met,
    )


# -- a loopback server answering canned JSON ---------------------------------------------


class _CannedServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, routes: dict[str, bytes]) -> None:
        super().__init__(("127.0.0.1", 0), _CannedHandler)
        self.routes = routes
        self.received = 0  # GETs so far
        self.lock = threading.Lock()

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"


class _CannedHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the Hub does
    disable_nagle_algorithm = True  # headers and body go out in two writes
    server: _CannedServer

    def do_GET(self) -> None:
        with self.server.lock:
            self.server.received += 1
        body = self.server.routes.get(self.path.split("?", 1)[0])
        status = 200 if body is not None else 404
        if body is None:
            body = b'{"detail": "Not found."}'
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@contextmanager
def serving(routes: dict[str, bytes]) -> Iterator[str]:
    """Serve ``routes`` (path -> JSON bytes) on 127.0.0.1; yield the base URL."""
    with serving_counted(routes) as (base_url, _):
        yield base_url


@contextmanager
def serving_counted(routes: dict[str, bytes]) -> Iterator[tuple[str, Callable[[], int]]]:
    """:func:`serving`, also yielding a function that says how many GETs arrived so far."""
    server = _CannedServer(routes)
    thread = threading.Thread(target=server.serve_forever, name="bench-canned", daemon=True)
    thread.start()

    try:
        yield server.base_url, lambda: server.received
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


# -- timing ------------------------------------------------------------------------------


class Timings(dict[str, float]):
    """Median seconds per call of each candidate, and the batches behind them.

    :meth:`ratio` compares two candidates batch by batch: batches of different candidates
    alternate, so each round's pair ran within a few milliseconds of each other, and the
    median of the per-round ratios cancels the drift of a shared machine (a slow second
    hits both sides of one round) that a ratio of two medians does not.
    """

    def __init__(self, samples: dict[str, list[float]]) -> None:
        super().__init__({name: statistics.median(times) for name, times in samples.items()})
        self.samples = samples

    def ratio(self, measured: str, baseline: str) -> float:
        """Median over the rounds of ``measured``'s batch time ÷ ``baseline``'s."""
        return paired_ratio(self.samples[measured], self.samples[baseline])


def paired_ratio(measured: list[float], baseline: list[float]) -> float:
    """The median of ``measured[i] / baseline[i]``: rounds that ran side by side, compared."""
    return statistics.median(m / b for m, b in zip(measured, baseline, strict=True))


def per_call(
    candidates: dict[str, Callable[[], Any]],
    *,
    number: int,
    repeat: int = 7,
    warmup: int = 50,
    interleave: bool = False,
) -> Timings:
    """Seconds per call of each candidate (medians; :class:`Timings`).

    Every candidate is warmed up, then timed ``repeat`` times in batches of ``number``
    calls; batches of different candidates alternate, so drift (CPU frequency, other
    processes) hits them alike. ``interleave``: within a round the candidates take turns
    call by call, each call timed alone, so even a burst shorter than a batch hits all of
    them (for calls of a millisecond or so, where two clock reads cost nothing).
    """
    for func in candidates.values():
        for _ in range(warmup):
            func()
    samples: dict[str, list[float]] = {name: [] for name in candidates}
    clock = time.perf_counter
    for _ in range(repeat):
        if interleave:
            spent = dict.fromkeys(candidates, 0.0)
            for _ in range(number):
                for name, func in candidates.items():
                    began = clock()
                    func()
                    spent[name] += clock() - began
            for name, total in spent.items():
                samples[name].append(total / number)
            continue
        for name, func in candidates.items():
            began = clock()
            for _ in range(number):
                func()
            samples[name].append((clock() - began) / number)
    return Timings(samples)


async def per_call_async(
    candidates: dict[str, Callable[[], Awaitable[Any]]],
    *,
    number: int,
    repeat: int = 7,
    warmup: int = 50,
    interleave: bool = False,
) -> Timings:
    """:func:`per_call` for coroutine functions, inside one running event loop."""
    for func in candidates.values():
        for _ in range(warmup):
            await func()
    samples: dict[str, list[float]] = {name: [] for name in candidates}
    clock = time.perf_counter
    for _ in range(repeat):
        if interleave:
            spent = dict.fromkeys(candidates, 0.0)
            for _ in range(number):
                for name, func in candidates.items():
                    began = clock()
                    await func()
                    spent[name] += clock() - began
            for name, total in spent.items():
                samples[name].append(total / number)
            continue
        for name, func in candidates.items():
            began = clock()
            for _ in range(number):
                await func()
            samples[name].append((clock() - began) / number)
    return Timings(samples)


def run_async(coro: Awaitable[Any]) -> Any:
    """``asyncio.run`` for an awaitable built by the caller."""

    async def main() -> Any:
        return await coro

    return asyncio.run(main())
