"""Walks over loopback with no latency: where the client's CPU, not the network, sets the pace.

The server is :mod:`benchmarks.bench_pagination`'s page server with no delay (stdlib
``ThreadingHTTPServer`` on 127.0.0.1, a free port). Three comparisons, each against bare
httpx doing the same requests in the same run:

- **async, 8 pages in flight** (10,000 tags): ``AsyncDockerHub.iter_namespace_repository_tags(
  concurrency=8)`` against an ``httpx.AsyncClient`` that reads page 1, then fetches the
  other pages eight at a time and ``.json()``-decodes them. Target (issue 16): ≤ 1.2×.
- **sync, sequential** (10,000 tags): ``DockerHub.iter_namespace_repository_tags()`` against
  an ``httpx.Client`` loop following ``next``. Reported.

The two timed SDK walks are :mod:`benchmarks.bench_pagination`'s (``cache=False``,
``retries=0``, which a walk does not use anyway; they check every tag arrived in order).
- **peak RSS** walking 100,000 tags with default options (``DockerHub(base_url)``, the
  cache as configured by default), against the bare loop, each in a fresh interpreter that
  reports its ``VmHWM`` from ``/proc/self/status`` (the whole process: interpreter, imports
  and the walk; ``ru_maxrss`` would not do, Linux carries it over from the forking parent
  across ``exec``). Both run ``python -I`` after a warm-up run, so modules load from
  bytecode as from an installed wheel (compiling the sources, as a first import with
  ``PYTHONDONTWRITEBYTECODE`` set does, leaves ~10 MB of arenas behind). Linux only.
  Target (issue 16): ≤ 1.2×.

Timed walks alternate between the SDK and the baseline; a row's ratio is the median of
the ``ROUNDS`` per-round ratios. Run ``python -m benchmarks.bench_loopback``. About 40 seconds.
"""

from __future__ import annotations

import asyncio
import json
import math
import statistics
import subprocess
import sys
import time
from typing import Any

import httpx

from ._common import Row, paired_ratio, row
from .bench_pagination import PATH, _serving, _time_async, _time_sync

TAGS, MEMORY_TAGS, PAGE_SIZE, CONCURRENCY, ROUNDS = 10_000, 100_000, 100, 8, 5
ASYNC_TARGET, RSS_TARGET = 1.2, 1.2


async def _bare_async(base_url: str) -> float:
    limits = httpx.Limits(max_connections=CONCURRENCY)
    async with httpx.AsyncClient(base_url=base_url, limits=limits) as client:
        began = time.perf_counter()

        async def page(number: int) -> dict[str, Any]:
            response = await client.get(PATH, params={"page": number, "page_size": PAGE_SIZE})
            data: dict[str, Any] = response.json()
            return data

        first = await page(1)
        names = [tag["name"] for tag in first["results"]]
        gate = asyncio.Semaphore(CONCURRENCY)

        async def gated(number: int) -> dict[str, Any]:
            async with gate:
                return await page(number)

        pages = math.ceil(first["count"] / PAGE_SIZE)
        for data in await asyncio.gather(*(gated(n) for n in range(2, pages + 1))):
            names.extend(tag["name"] for tag in data["results"])
        elapsed = time.perf_counter() - began
    assert len(names) == TAGS, len(names)
    return elapsed


def _bare_sync(base_url: str) -> float:
    with httpx.Client() as client:
        began = time.perf_counter()
        url: str | None = f"{base_url}{PATH}?page=1&page_size={PAGE_SIZE}"
        count = 0
        while url:
            data: dict[str, Any] = client.get(url).json()
            count += len(data["results"])
            url = data["next"]
        elapsed = time.perf_counter() - began
    assert count == TAGS, count
    return elapsed


_RSS_CHILD = {
    "bare": f"""
import re, sys, httpx
url, count = sys.argv[1] + "{PATH}?page=1&page_size={PAGE_SIZE}", 0
with httpx.Client() as client:
    while url:
        data = client.get(url).json()
        count += len(data["results"])
        url = data["next"]
print(count, re.search(r"VmHWM:\\s*(\\d+)", open("/proc/self/status").read()).group(1))
""",
    "sdk": """
import re, sys
from dockerhub import DockerHub
with DockerHub(sys.argv[1]) as hub:
    count = sum(1 for _ in hub.iter_namespace_repository_tags("nginx"))
print(count, re.search(r"VmHWM:\\s*(\\d+)", open("/proc/self/status").read()).group(1))
""",
}


def _peak_rss_kib(kind: str, base_url: str) -> int:
    done = subprocess.run(
        [sys.executable, "-I", "-c", _RSS_CHILD[kind], base_url],
        check=True,
        capture_output=True,
        text=True,
    )
    count, peak = map(int, done.stdout.split())
    if count != MEMORY_TAGS:
        raise AssertionError(f"{kind}: walked {count} tags, not {MEMORY_TAGS}")
    return peak


def run(rounds: int = ROUNDS) -> dict[str, Any]:
    """Time the walks and measure the peaks; return the rows and the raw numbers."""
    samples: dict[str, list[float]] = {
        "bare_async": [],
        "sdk_async": [],
        "bare_sync": [],
        "sdk_sync": [],
    }
    with _serving(TAGS, 0.0) as server:
        url = server.base_url
        asyncio.run(_time_async(url, CONCURRENCY, TAGS, PAGE_SIZE))  # warm-up: imports
        _time_sync(url, 1, TAGS, PAGE_SIZE)
        for _ in range(rounds):
            samples["bare_async"].append(asyncio.run(_bare_async(url)))
            samples["sdk_async"].append(asyncio.run(_time_async(url, CONCURRENCY, TAGS, PAGE_SIZE)))
            samples["bare_sync"].append(_bare_sync(url))
            samples["sdk_sync"].append(_time_sync(url, 1, TAGS, PAGE_SIZE))
    median = {name: statistics.median(times) for name, times in samples.items()}

    def paired(measured: str, baseline: str) -> float:
        return paired_ratio(samples[measured], samples[baseline])

    with _serving(MEMORY_TAGS, 0.0) as server:
        for kind in _RSS_CHILD:  # warm-up: writes the bytecode a fresh install would have
            _peak_rss_kib(kind, server.base_url)
        peaks = {kind: _peak_rss_kib(kind, server.base_url) for kind in _RSS_CHILD}
    ms = 1e3
    rows: list[Row] = [
        row(
            f"{TAGS:,} tags on loopback, no latency, async, {CONCURRENCY} in flight ÷ bare async",
            median["sdk_async"] * ms,
            median["bare_async"] * ms,
            "ms",
            at_most=ASYNC_TARGET,
            ratio=paired("sdk_async", "bare_async"),
        ),
        row(
            f"{TAGS:,} tags on loopback, no latency, sync, sequential ÷ bare httpx loop",
            median["sdk_sync"] * ms,
            median["bare_sync"] * ms,
            "ms",
            ratio=paired("sdk_sync", "bare_sync"),
        ),
        row(
            f"peak RSS walking {MEMORY_TAGS:,} tags, default options ÷ bare httpx loop",
            peaks["sdk"] / 1024,
            peaks["bare"] / 1024,
            "MiB",
            at_most=RSS_TARGET,
        ),
    ]
    return {"rows": rows, "median_s": median, "peak_rss_kib": peaks}


if __name__ == "__main__":
    print(json.dumps(run(), indent=2, ensure_ascii=False))
