"""Separate processes sharing one Redis cache in front of one fake Hub served on 127.0.0.1."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import redis

from dockerhub import DockerHub
from dockerhub.testing import FakeHub

WORKER = Path(__file__).with_name("_worker.py")


def run_worker(spec: dict[str, Any]) -> dict[str, Any]:
    """Run one worker process to the end and return its report."""
    done = subprocess.run(
        [sys.executable, str(WORKER), json.dumps(spec)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def start_workers(specs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Run workers side by side; return their reports in order."""
    processes = [
        subprocess.Popen(
            [sys.executable, str(WORKER), json.dumps(spec)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for spec in specs
    ]
    reports = []
    for process in processes:
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        reports.append(json.loads(out))
    return reports


def hub_reads(hub: FakeHub, path: str) -> int:
    """How many GETs of ``path`` (trailing slash ignored) reached the fake Hub."""
    return sum(
        1 for r in hub.requests if r.method == "GET" and r.path.rstrip("/") == path.rstrip("/")
    )


NGINX = "/v2/repositories/library/nginx"
REPOS = ["library/nginx", "library/alpine", "alice/web", "acme/website"]


def test_a_second_process_is_served_from_the_first_ones_entries(
    served_hub: tuple[FakeHub, str], redis_url: str
) -> None:
    hub, url = served_hub
    spec = {"base_url": url, "cache": redis_url, "reads": ["library/nginx"]}

    first = run_worker(spec)
    second = run_worker(spec)

    assert first["reads"] == second["reads"] == [["library/nginx", "Official build of Nginx."]]
    assert first["cache"] | {"entries": 0} == {"hits": 0, "misses": 1, "entries": 0}
    assert second["cache"] == {"hits": 1, "misses": 0, "entries": 1}
    assert hub_reads(hub, NGINX) == 1


def test_many_processes_read_each_repository_from_the_hub_once(
    served_hub: tuple[FakeHub, str], redis_url: str
) -> None:
    hub, url = served_hub
    run_worker({"base_url": url, "cache": redis_url, "reads": REPOS})
    start_at = time.time() + 1.0
    reports = start_workers(
        [{"base_url": url, "cache": redis_url, "reads": REPOS, "start_at": start_at}] * 4
    )

    assert all(report["cache"]["hits"] == len(REPOS) for report in reports)
    assert all(report["cache"]["misses"] == 0 for report in reports)
    assert len([r for r in hub.requests if r.method == "GET"]) == len(REPOS)


def test_the_in_memory_cache_is_not_shared(served_hub: tuple[FakeHub, str]) -> None:
    hub, url = served_hub
    for _ in range(2):
        report = run_worker({"base_url": url, "cache": None, "reads": ["library/nginx"]})
        assert report["cache"]["misses"] == 1
    assert hub_reads(hub, NGINX) == 2


def test_one_credentials_entries_are_never_served_to_another_process(
    served_hub: tuple[FakeHub, str], redis_url: str
) -> None:
    hub, url = served_hub
    private = ["alice/private-app"]
    alice = hub.token_for("alice")
    owner = run_worker({"base_url": url, "cache": redis_url, "token": alice, "reads": private})
    anonymous = run_worker({"base_url": url, "cache": redis_url, "reads": private})
    stranger = run_worker(
        {"base_url": url, "cache": redis_url, "token": hub.token_for("carol"), "reads": private}
    )
    again = run_worker({"base_url": url, "cache": redis_url, "token": alice, "reads": private})

    assert owner["reads"][0][1] is not None
    assert anonymous["reads"] == stranger["reads"] == [["alice/private-app", None]]
    assert anonymous["errors"] == stranger["errors"] == [["NotFoundError", 404]]
    assert anonymous["cache"]["hits"] == stranger["cache"]["hits"] == 0
    assert again["reads"] == owner["reads"]
    assert again["cache"]["hits"] == 1
    assert hub_reads(hub, "/v2/repositories/alice/private-app") == 3


def test_no_token_or_cookie_is_stored_in_redis(
    served_hub: tuple[FakeHub, str], redis_url: str
) -> None:
    hub, url = served_hub
    token = hub.token_for("alice")
    run_worker({"base_url": url, "cache": redis_url, "token": token, "reads": REPOS})

    with redis.Redis.from_url(redis_url) as client:
        keys = list(client.scan_iter("*"))
        blobs = [key for key in keys] + [
            client.get(key) or b"" for key in keys if client.type(key) == b"string"
        ]
        blobs += [m for m in client.zrange("dockerhub:1:index", 0, -1)]
    assert len(keys) > len(REPOS)
    everything = b"\n".join(blobs)
    assert token.encode() not in everything
    assert token.split(".")[2].encode() not in everything
    assert b"authorization" not in everything.lower()
    assert b"set-cookie" not in everything.lower()


def test_a_write_in_one_process_drops_the_entry_for_every_process(
    served_hub: tuple[FakeHub, str], redis_url: str
) -> None:
    hub, url = served_hub
    token = hub.token_for("alice")
    with DockerHub(url, cache=redis_url) as reader:
        reader.set_login_token(token)
        assert reader.repository("alice", "web").description != "changed elsewhere"
        assert reader.repository("alice", "web").description != "changed elsewhere"
        assert reader.cache_info().hits == 1

        run_worker(
            {
                "base_url": url,
                "cache": redis_url,
                "token": token,
                "update": ["alice/web", "changed elsewhere"],
            }
        )

        assert reader.repository("alice", "web").description == "changed elsewhere"
    assert hub_reads(hub, "/v2/repositories/alice/web") == 2
