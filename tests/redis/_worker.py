"""One separate process using the shared cache: ``python _worker.py SPEC`` with a JSON
spec; prints a JSON report. Run by the tests and the benchmark as a subprocess.

Spec keys: ``base_url``, ``cache`` (a redis:// URL, or null for the in-memory cache),
``token`` (a JWT or null), ``reads`` (``namespace/name`` strings, read in order),
``update`` (``[namespace/name, description]`` to write after the reads), ``max_wait``,
``start_at`` (unix time to begin at, so several workers start together).
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from dockerhub import DockerHub, RetryOptions
from dockerhub.errors import DockerHubError


def main(spec: dict[str, Any]) -> dict[str, Any]:
    """Run the spec; report what each read returned and the cache counters."""
    report: dict[str, Any] = {"reads": [], "errors": []}
    retries = RetryOptions(max_retries=3, max_wait=spec.get("max_wait", 60.0))
    with DockerHub(spec["base_url"], cache=spec.get("cache") or None, retries=retries) as hub:
        if spec.get("token"):
            hub.set_login_token(spec["token"])
        if spec.get("start_at"):
            time.sleep(max(0.0, spec["start_at"] - time.time()))
        began = time.monotonic()
        for name in spec.get("reads", []):
            namespace, repository = name.split("/")
            try:
                repo = hub.repository(namespace, repository)
                report["reads"].append([name, repo.description])
            except DockerHubError as exc:
                report["reads"].append([name, None])
                report["errors"].append([type(exc).__name__, exc.status])
        if spec.get("update"):
            name, description = spec["update"]
            namespace, repository = name.split("/")
            hub.set_repository_description(namespace, repository, short=description)
        report["elapsed"] = time.monotonic() - began
        report["finished_at"] = time.time()
        info = hub.cache_info()
        report["cache"] = {"hits": info.hits, "misses": info.misses, "entries": info.entries}
        limit = hub.rate_limit
        report["rate_limit"] = None if limit is None else [limit.limit, limit.remaining]
    return report


if __name__ == "__main__":
    print(json.dumps(main(json.loads(sys.argv[1]))))
