"""One process of the fleet benchmark: ``python _fleet_worker.py SPEC`` (JSON with
``base_url``, ``cache`` and ``reads``). It prints ``ready`` once its client is built, waits
for a line on stdin (so the whole fleet starts together), reads every repository once
and prints its cache counters as JSON."""

from __future__ import annotations

import json
import sys
from typing import Any

from dockerhub import DockerHub


def main(spec: dict[str, Any]) -> dict[str, int]:
    """Build the client, wait for the go, read, report."""
    with DockerHub(spec["base_url"], cache=spec["cache"] or None) as hub:
        print("ready", flush=True)
        sys.stdin.readline()
        for name in spec["reads"]:
            namespace, repository = name.split("/")
            hub.repository(namespace, repository)
        info = hub.cache_info()
    return {"hits": info.hits, "misses": info.misses}


if __name__ == "__main__":
    print(json.dumps(main(json.loads(sys.argv[1]))))
