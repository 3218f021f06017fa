"""How fast a tag walk covers 10,000 tags from a Hub that takes 50 ms per page.

A local server (stdlib ``ThreadingHTTPServer`` on 127.0.0.1, a free port) serves one
repository's tags at ``/v2/namespaces/library/repositories/nginx/tags`` in the Hub's
envelope with absolute ``next`` links, answering each page after ``delay`` seconds. Both
facades walk all of them strictly one page after the other (``concurrency=1``) and with
``concurrency`` pages in flight; the concurrent time is compared with the floor
``ceil(pages / concurrency) × delay``. The target is to stay within 1.5× of that floor.

Run ``python -m benchmarks.bench_pagination`` (or import :func:`run`). About 12 seconds.
"""

from __future__ import annotations

import asyncio
import json
import math
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from dockerhub import AsyncDockerHub, DockerHub

PATH = "/v2/namespaces/library/repositories/nginx/tags"
TARGET = 1.5


def _tag(index: int) -> dict[str, Any]:
    return {
        "name": f"tag-{index:05d}",
        "id": index,
        "full_size": 60_000_000 + index,
        "digest": f"sha256:{index:064x}",
        "tag_status": "active",
        "last_updated": "2024-05-01T12:00:00.000000Z",
    }


class _SlowPages(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # eight new connections at once must not hit the backlog

    def __init__(self, total: int, delay: float) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.total = total
        self.delay = delay
        self.requests = 0
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def page(self, page: int, size: int) -> tuple[int, bytes]:
        with self._lock:
            self.requests += 1
        start = (page - 1) * size
        if page < 1 or size < 1 or (start >= self.total and page > 1):
            return 404, b'{"detail": "Page not found."}'
        stop = min(start + size, self.total)
        following = f"{self.base_url}{PATH}?page={page + 1}&page_size={size}"
        body = {
            "count": self.total,
            "next": following if stop < self.total else None,
            "previous": None,
            "results": [_tag(i) for i in range(start, stop)],
        }
        return 200, json.dumps(body).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the Hub does
    disable_nagle_algorithm = True  # headers and body go out in two writes
    server: _SlowPages

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        if url.path != PATH:
            status, body = 404, b'{"detail": "Not found."}'
        else:
            page = int(query.get("page", ["1"])[0])
            size = int(query.get("page_size", ["10"])[0])
            time.sleep(self.server.delay)
            status, body = self.server.page(page, size)
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@contextmanager
def _serving(total: int, delay: float) -> Iterator[_SlowPages]:
    server = _SlowPages(total, delay)
    thread = threading.Thread(target=server.serve_forever, name="bench-pages", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _check(names: list[str], total: int) -> None:
    if names != [f"tag-{i:05d}" for i in range(total)]:
        raise AssertionError("the tags did not arrive complete and in order")


def _time_sync(base_url: str, concurrency: int, total: int, page_size: int) -> float:
    with DockerHub(base_url, cache=False, retries=0) as hub:
        began = time.perf_counter()
        tags = [
            tag.name
            for tag in hub.iter_namespace_repository_tags(
                "nginx", per_page=page_size, concurrency=concurrency
            )
        ]
        elapsed = time.perf_counter() - began
    _check(tags, total)
    return elapsed


async def _time_async(base_url: str, concurrency: int, total: int, page_size: int) -> float:
    async with AsyncDockerHub(base_url, cache=False, retries=0) as hub:
        began = time.perf_counter()
        tags = [
            tag.name
            async for tag in hub.iter_namespace_repository_tags(
                "nginx", per_page=page_size, concurrency=concurrency
            )
        ]
        elapsed = time.perf_counter() - began
    _check(tags, total)
    return elapsed


def run(
    *, tags: int = 10_000, page_size: int = 100, delay: float = 0.05, concurrency: int = 8
) -> dict[str, Any]:
    """Measure both facades, sequential and concurrent; return the numbers as a dict."""
    pages = math.ceil(tags / page_size)
    floor = math.ceil(pages / concurrency) * delay
    results: dict[str, Any] = {
        "tags": tags,
        "pages": pages,
        "page_delay_s": delay,
        "concurrency": concurrency,
        "floor_s": floor,
        "sequential_floor_s": pages * delay,
        "target_ratio": TARGET,
    }
    with _serving(tags, delay) as server:
        for facade in ("async", "sync"):
            timings = {}
            for mode, workers in (("sequential", 1), ("concurrent", concurrency)):
                before = server.requests
                if facade == "async":
                    timings[mode] = asyncio.run(
                        _time_async(server.base_url, workers, tags, page_size)
                    )
                else:
                    timings[mode] = _time_sync(server.base_url, workers, tags, page_size)
                if server.requests - before != pages:
                    raise AssertionError(f"{facade} {mode}: {server.requests - before} requests")
            ratio = timings["concurrent"] / floor
            results[facade] = {
                "sequential_s": round(timings["sequential"], 3),
                "concurrent_s": round(timings["concurrent"], 3),
                "speedup": round(timings["sequential"] / timings["concurrent"], 2),
                "ratio_to_floor": round(ratio, 2),
                "target_met": ratio <= TARGET,
            }
    return results


def _print(results: dict[str, Any]) -> None:
    print(
        f"{results['tags']:,} tags, {results['pages']} pages, "
        f"{results['page_delay_s'] * 1000:.0f} ms per page, concurrency={results['concurrency']}"
    )
    print(
        f"floor ceil({results['pages']}/{results['concurrency']}) × "
        f"{results['page_delay_s'] * 1000:.0f} ms = {results['floor_s']:.3f} s; "
        f"target ≤ {results['target_ratio']}× floor"
    )
    header = (
        f"{'facade':<7}{'sequential':>12}{'concurrent':>12}{'speedup':>9}{'÷ floor':>9}  target"
    )
    print(header)
    print("-" * len(header))
    for facade in ("async", "sync"):
        row = results[facade]
        print(
            f"{facade:<7}{row['sequential_s']:>11.3f}s{row['concurrent_s']:>11.3f}s"
            f"{row['speedup']:>8.1f}×{row['ratio_to_floor']:>8.2f}×  "
            f"{'met' if row['target_met'] else 'MISSED'}"
        )


if __name__ == "__main__":
    _print(run())
