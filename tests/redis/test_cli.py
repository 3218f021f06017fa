"""Two shells with ``DOCKER_HUB_CACHE_URL`` set: the second ``repo show`` is a shared hit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dockerhub.testing import FakeHub


def dockerhub(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run the ``dockerhub`` command in a process of its own."""
    return subprocess.run(
        [sys.executable, "-c", "from dockerhub.cli import main; main()", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )


def test_second_shell_is_served_from_the_shared_cache(
    served_hub: tuple[FakeHub, str], redis_url: str, tmp_path: Path
) -> None:
    fake, url = served_hub
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOCKER_HUB_")}
    env |= {
        "DOCKER_HUB_BASE_URL": url,
        "DOCKER_HUB_CACHE_URL": redis_url,
        "XDG_CONFIG_HOME": str(tmp_path),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }

    first = dockerhub("repo", "show", "library/nginx", "--verbose", env=env)
    second = dockerhub("repo", "show", "library/nginx", "--verbose", env=env)
    uncached = dockerhub("--no-cache", "repo", "show", "library/nginx", "--verbose", env=env)

    assert "Official build of Nginx." in first.stdout
    assert second.stdout == first.stdout == uncached.stdout
    assert "> GET " in first.stderr
    assert "CacheInfo(hits=0, misses=1, hit_rate=0%" in first.stderr
    assert "> GET " not in second.stderr  # served from Redis: nothing sent
    assert "> cache: CacheInfo(hits=1, misses=0, hit_rate=100%" in second.stderr
    assert f"backend='redis {redis_url}'" in second.stderr
    assert "CacheInfo(hits=0, misses=0" in uncached.stderr
    assert sum(1 for r in fake.requests if r.method == "GET") == 2
