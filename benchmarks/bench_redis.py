"""The shared Redis cache: what a fleet saves, and what one hit costs.

Rows:

* **fleet**: ``N = 8`` processes start together (each prints ``ready``, then all are told
  to go), each reading the same 50 repositories
  (each from its own starting point in the list, as staggered workers would); Hub requests
  that reached the loopback server with ``cache="redis://..."`` ÷ with the default
  in-memory cache (where every process misses everything: N × 50). Target: at most 1/N of
  the in-memory total plus the cold misses, that is ``(N × 50 / N + 50) / (N × 50)``; the
  ideal is 50 (each repository fetched once by the whole fleet).
* **hit**: a Redis hit through the facade (``hub.repository("library", "nginx")``, a
  local ``redis-server``) ÷ the same call uncached over loopback (``cache=False``), sync
  and async. Target ≤ 0.3×.

Needs ``redis-server`` on PATH (Debian: ``apt-get install redis-server``); the bench starts
its own on a free port without persistence and stops it by PID. Run
``python -m benchmarks.bench_redis``. About 20 seconds on a quiet machine.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dockerhub import AsyncDockerHub, DockerHub

from ._common import Row, Timings, per_call, per_call_async, row, serving_counted
from .bench_overhead import BODY, PATH

WORKERS = 8
REPOSITORIES = 50
HIT_TARGET = 0.3
CALLS = 150
_FLEET_WORKER = Path(__file__).with_name("_fleet_worker.py")


def _redis_server() -> Any:
    """A fresh ``RedisServer`` (the test suite's helper), started."""
    sys.path.insert(0, str(Path(__file__).parent.parent / "tests" / "redis"))
    try:
        from _server import RedisServer, redis_server_binary
    finally:
        sys.path.pop(0)
    binary = redis_server_binary()
    if binary is None:
        raise RuntimeError("bench_redis needs redis-server (apt-get install redis-server)")
    server = RedisServer(binary)
    server.start()
    return server


def _fleet(base_url: str, received: Callable[[], int], cache: str | None) -> dict[str, Any]:
    names = [f"fleet/repo{i}" for i in range(REPOSITORIES)]
    processes = []
    for worker in range(WORKERS):
        offset = worker * REPOSITORIES // WORKERS
        spec = {"base_url": base_url, "cache": cache, "reads": names[offset:] + names[:offset]}
        processes.append(
            subprocess.Popen(
                [sys.executable, str(_FLEET_WORKER), json.dumps(spec)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
        )
    for process in processes:  # every interpreter is up before anyone reads
        assert process.stdout is not None
        if process.stdout.readline().strip() != "ready":
            raise RuntimeError("a fleet worker did not start")
    before = received()
    for process in processes:
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    reports = []
    for process in processes:
        out, _ = process.communicate(timeout=120)
        if process.returncode != 0:
            raise RuntimeError(f"fleet worker failed with {process.returncode}")
        reports.append(json.loads(out))
    return {
        "hub_requests": received() - before,
        "hits": sum(r["hits"] for r in reports),
        "misses": sum(r["misses"] for r in reports),
    }


def _hits_sync(base_url: str, redis_url: str) -> Timings:
    with (
        DockerHub(base_url, cache=redis_url, retries=0) as shared,
        DockerHub(base_url, cache=False, retries=0) as uncached,
    ):
        shared.repository("library", "nginx")
        timings = per_call(
            {
                "redis hit": lambda: shared.repository("library", "nginx"),
                "uncached": lambda: uncached.repository("library", "nginx"),
            },
            number=CALLS,
        )
        if shared.cache_info().misses != 1:
            raise AssertionError(f"expected 1 miss, got {shared.cache_info()}")
    return timings


async def _hits_async(base_url: str, redis_url: str) -> Timings:
    async with (
        AsyncDockerHub(base_url, cache=redis_url, retries=0) as shared,
        AsyncDockerHub(base_url, cache=False, retries=0) as uncached,
    ):
        await shared.repository("library", "nginx")

        async def hit() -> Any:
            return await shared.repository("library", "nginx")

        async def miss() -> Any:
            return await uncached.repository("library", "nginx")

        timings = await per_call_async({"redis hit": hit, "uncached": miss}, number=CALLS)
        if shared.cache_info().misses != 0:  # the sync rows stored the entry
            raise AssertionError(f"expected 1 miss, got {shared.cache_info()}")
    return timings


def run() -> dict[str, Any]:
    """Measure every row; return ``{"rows": [...], ...details}``."""
    routes = {PATH: BODY}
    routes |= {f"/v2/repositories/fleet/repo{i}/": BODY for i in range(REPOSITORIES)}
    server = _redis_server()
    try:
        with serving_counted(routes) as (base_url, received):
            memory = _fleet(base_url, received, None)
            shared = _fleet(base_url, received, server.url)
            hits = _hits_sync(base_url, server.url)
            hits_async = asyncio.run(_hits_async(base_url, server.url))
    finally:
        server.stop()
    total = memory["hub_requests"]
    allowed = total / WORKERS + REPOSITORIES
    us = 1e6
    rows: list[Row] = [
        row(
            f"Hub requests, {WORKERS} processes × {REPOSITORIES} repos: Redis ÷ in-memory",
            shared["hub_requests"],
            total,
            "req",
            at_most=allowed / total,
            target=f"≤ {allowed / total:.2f}×",
        ),
        row(
            "Redis cache hit, sync ÷ uncached facade call (loopback)",
            hits["redis hit"] * us,
            hits["uncached"] * us,
            "µs",
            at_most=HIT_TARGET,
            ratio=hits.ratio("redis hit", "uncached"),
        ),
        row(
            "Redis cache hit, async ÷ uncached facade call (loopback)",
            hits_async["redis hit"] * us,
            hits_async["uncached"] * us,
            "µs",
            at_most=HIT_TARGET,
            ratio=hits_async.ratio("redis hit", "uncached"),
        ),
    ]
    return {
        "rows": rows,
        "fleet": {"in_memory": memory, "redis": shared, "ideal": REPOSITORIES},
        "seconds_per_call": {"sync": hits, "async": hits_async},
    }


if __name__ == "__main__":
    for line in run()["rows"]:
        print(line)
