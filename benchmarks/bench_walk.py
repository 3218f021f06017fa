"""The client's own work on a walk: 10,000 modern tags over an in-memory transport.

No network: both sides answer from the same pre-encoded pages through an
``httpx.MockTransport``, so what is measured is the CPU the client spends per page
(request building, the cache and retry layers, parsing into typed models, following
``next``). The baseline is a bare ``httpx.Client`` loop doing ``get().json()`` and
following ``next``. Rounds alternate; the ratio is the median of the per-round ratios.
Target (issue 16): ≤ 2.0× (stretch 1.5×).

A second row repeats both walks with the cyclic garbage collector paused (``gc.disable()``
around each walk, on both sides): the SDK keeps four GC-tracked objects per tag alive
while a page is consumed (the ``Tag``, its ``images`` list, two ``TagImage``), which
triggers about one young collection per page and, once per walk, a full one over the
whole heap; the bare loop frees its dicts as fast as it makes them. The difference
between the two rows is that collector work, which the SDK's users pay too.

Run ``python -m benchmarks.bench_walk``. About 10 seconds.
"""

from __future__ import annotations

import gc
import json
import statistics
import time
from typing import Any

import httpx

from dockerhub import DockerHub

from ._common import Row, paired_ratio, row

BASE = "https://hub.docker.com"
PATH = "/v2/repositories/library/nginx/tags/"
PAGES, PER_PAGE, ROUNDS = 100, 100, 9
TARGET = 2.0


def _page(number: int) -> bytes:
    more = number < PAGES
    return json.dumps(
        {
            "count": PAGES * PER_PAGE,
            "next": f"{BASE}{PATH}?page={number + 1}&page_size={PER_PAGE}" if more else None,
            "previous": None,
            "results": [
                {
                    "name": f"v{number}.{i}",
                    "full_size": 73_000_000,
                    "last_updated": "2025-08-11T14:01:54.103614048Z",
                    "tag_last_pushed": "2025-08-11T14:01:54.103614048Z",
                    "tag_status": "active",
                    "digest": "sha256:" + "a" * 64,
                    "images": [
                        {
                            "architecture": arch,
                            "os": "linux",
                            "digest": "sha256:" + "b" * 64,
                            "size": 73_000_000,
                            "status": "active",
                            "last_pushed": "2025-08-11T14:01:54.103614048Z",
                        }
                        for arch in ("amd64", "arm64")
                    ],
                }
                for i in range(PER_PAGE)
            ],
        }
    ).encode()


def _transport(pages: dict[int, bytes]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        body = pages[int(request.url.params.get("page", "1"))]
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    return httpx.MockTransport(answer)


def _bare(pages: dict[int, bytes]) -> float:
    began = time.perf_counter()
    count = 0
    with httpx.Client(transport=_transport(pages)) as client:
        url: str | None = f"{BASE}{PATH}?page=1&page_size={PER_PAGE}"
        while url:
            data: dict[str, Any] = client.get(url).json()
            count += len(data["results"])
            url = data["next"]
    assert count == PAGES * PER_PAGE
    return time.perf_counter() - began


def _sdk(pages: dict[int, bytes]) -> float:
    began = time.perf_counter()
    with DockerHub(transport=_transport(pages)) as hub:  # default options
        count = sum(1 for _ in hub.iter_tags("nginx", concurrency=1))
    assert count == PAGES * PER_PAGE
    return time.perf_counter() - began


def _paused(walk: Any, pages: dict[int, bytes]) -> float:
    gc.disable()
    try:
        return float(walk(pages))
    finally:
        gc.enable()


def run(rounds: int = ROUNDS) -> dict[str, Any]:
    """Time both walks ``rounds`` times, alternating; return the rows and the medians."""
    pages = {number: _page(number) for number in range(1, PAGES + 1)}
    _bare(pages), _sdk(pages)  # warm up: imports, model classes
    samples: dict[str, list[float]] = {"bare": [], "sdk": [], "bare_no_gc": [], "sdk_no_gc": []}
    for _ in range(rounds):
        samples["bare"].append(_bare(pages))
        samples["sdk"].append(_sdk(pages))
        samples["bare_no_gc"].append(_paused(_bare, pages))
        samples["sdk_no_gc"].append(_paused(_sdk, pages))
    medians = {f"{name}_s": statistics.median(times) for name, times in samples.items()}

    def paired(measured: str, baseline: str) -> float:
        return paired_ratio(samples[measured], samples[baseline])

    rows: list[Row] = [
        row(
            f"in-memory walk of {PAGES * PER_PAGE:,} tags ÷ bare httpx + json loop",
            medians["sdk_s"] * 1e3,
            medians["bare_s"] * 1e3,
            "ms",
            at_most=TARGET,
            ratio=paired("sdk", "bare"),
        ),
        row(
            f"in-memory walk of {PAGES * PER_PAGE:,} tags, cyclic GC paused on both sides",
            medians["sdk_no_gc_s"] * 1e3,
            medians["bare_no_gc_s"] * 1e3,
            "ms",
            ratio=paired("sdk_no_gc", "bare_no_gc"),
        ),
    ]
    return {"rows": rows, **medians}


if __name__ == "__main__":
    for line in run()["rows"]:
        print(line)
