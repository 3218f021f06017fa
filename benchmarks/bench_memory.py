"""Peak memory while a tag walk covers 100,000 tags, against walking 10,000.

The parent process serves pages generated on the fly (the slow-page server of
:mod:`benchmarks.bench_pagination` with no delay); a child process walks them with
``iter_namespace_repository_tags(per_page=100, concurrency=1)`` (cache off) under ``tracemalloc``,
keeping nothing but a count, so only the client's allocations are traced. The child
reports peaks above what was allocated before each started: one parsed page held in
memory, and walks of 10,000 and 100,000 tags, each once as is and once with the consumer
calling ``gc.collect()`` after every page. The iterator holds one page at a time and
remembers nothing per page, so with collection the 100k walk must peak where the 10k walk
does: target ≤ 1.1× (flat). The rows without collection are reported too.

Why 10,000 and not 1,000 as the baseline: every request leaves a few reference cycles
inside httpx/httpcore (response streams, pool requests and their events; seen with
``gc.DEBUG_SAVEALL``), which the cyclic garbage collector frees in batches. Until its
older generations first run, the peak climbs (~450 KiB at 1k tags, ~900 KiB at 10k) and
then wobbles with the collector's timing however long the walk; with ``gc.collect()`` after
every page it is flat from the start (~250–350 KiB). The target row therefore collects, so
it measures what the SDK controls: whether what it holds grows with the items walked.

Run ``python -m benchmarks.bench_memory``. About 15 seconds.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from ._common import Row, row
from .bench_pagination import _serving

TARGET = 1.1
SMALL, LARGE, PAGE_SIZE = 10_000, 100_000, 100

_CHILD = """
import gc, json, sys, tracemalloc
from dockerhub import DockerHub
from dockerhub_client.models.tag_page import TagPage
base_url, small, large, size = sys.argv[1], *map(int, sys.argv[2:5])

def walk(limit, collect=False):
    count = 0
    with DockerHub(base_url, cache=False, retries=0) as hub:
        for tag in hub.iter_namespace_repository_tags("nginx", per_page=size, concurrency=1):
            count += 1
            if collect and count % size == 0:
                gc.collect()  # free httpcore's per-request cycles now, not in batches
            if count == limit:
                break
    assert count == limit, count

def peak(work):
    gc.collect()
    before = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    held = work()
    result = tracemalloc.get_traced_memory()[1] - before
    del held
    return result

walk(small)  # warm-up: imports, first-use caches
body = None
def one_page():
    import httpx
    with httpx.Client() as bare:
        data = bare.get(f"{base_url}/v2/namespaces/library/repositories/nginx/tags",
                        params={"page": 1, "page_size": size}).content
    return TagPage.from_dict(json.loads(data))
one_page()
tracemalloc.start()
out = {"one_page": peak(one_page), "small": peak(lambda: walk(small)),
       "large": peak(lambda: walk(large)),
       "small_collected": peak(lambda: walk(small, True)),
       "large_collected": peak(lambda: walk(large, True))}
print(json.dumps(out))
"""


def run(small: int = SMALL, large: int = LARGE) -> dict[str, Any]:
    """Serve ``large`` tags, walk them in a child process; return rows and the peaks."""
    with _serving(large, 0.0) as server:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, server.base_url, str(small), str(large), str(PAGE_SIZE)],
            check=True,
            capture_output=True,
            text=True,
        )
    peaks = json.loads(done.stdout)
    kib = 1 / 1024
    rows: list[Row] = [
        row(
            f"peak memory walking {large:,} tags ÷ walking {small:,}, GC after each page",
            peaks["large_collected"] * kib,
            peaks["small_collected"] * kib,
            "KiB",
            at_most=TARGET,
        ),
        row(
            f"peak memory walking {large:,} tags ÷ walking {small:,}, GC left alone",
            peaks["large"] * kib,
            peaks["small"] * kib,
            "KiB",
        ),
        row(
            f"peak memory walking {large:,} tags ÷ holding one parsed page",
            peaks["large"] * kib,
            peaks["one_page"] * kib,
            "KiB",
        ),
    ]
    return {"rows": rows, "peak_bytes": peaks}


if __name__ == "__main__":
    for line in run()["rows"]:
        print(line)
