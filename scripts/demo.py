"""`make demo`: a short tour of the SDK and its CLI against a fake Docker Hub.

It starts ``python -m dockerhub.testing`` on a free port of 127.0.0.1, points the
``dockerhub`` command and the Python API at it, and stops the server by its PID at the end.
Credentials go to a temporary folder (never to your keyring or home directory), and no
network beyond 127.0.0.1 is used. The seed credentials are the fake Hub's test-only ones.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
USERNAME, PASSWORD = "alice", "alice-password"  # the fake Hub's seed user (test-only)
SHOWN_LINES = 12


def step(title: str) -> None:
    """Print a step heading."""
    print(f"\n\033[1m==> {title}\033[0m", flush=True)


@contextmanager
def fake_hub() -> Iterator[str]:
    """Run the fake Hub in a child process; yield its URL; stop it by PID."""
    process = subprocess.Popen(
        [sys.executable, "-m", "dockerhub.testing", "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        if not url.startswith("http://127.0.0.1:"):
            raise RuntimeError(f"the fake Hub did not start (said {url!r})")
        print(f"fake Docker Hub (pid {process.pid}) at {url}")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        print(f"\nstopped the fake Docker Hub (pid {process.pid})")


def cli(args: Sequence[str], env: dict[str, str], *, stdin: str | None = None) -> str:
    """Run the ``dockerhub`` command, show what it prints (long tables are shortened)."""
    command = shutil.which("dockerhub", path=str(Path(sys.executable).parent)) or "dockerhub"
    print(f"$ dockerhub {' '.join(args)}", flush=True)
    result = subprocess.run(
        [command, *args], env=env, input=stdin, stdout=subprocess.PIPE, text=True, check=False
    )
    lines = result.stdout.rstrip("\n").splitlines()
    for line in lines[:SHOWN_LINES]:
        print(line)
    if len(lines) > SHOWN_LINES:
        print(f"... ({len(lines) - SHOWN_LINES} more lines)")
    if result.returncode != 0:
        raise SystemExit(f"dockerhub {' '.join(args)} failed with exit code {result.returncode}")
    return result.stdout


def python_tour(url: str) -> None:
    """The same Hub through the Python API: typed models, the cache, async pagination."""
    from dockerhub import AsyncDockerHub, DockerHub, NotFoundError

    with DockerHub(base_url=url) as hub:
        login = hub.login(USERNAME, PASSWORD)
        print(f"hub.login(...) -> {login!r}")
        first = time.perf_counter()
        repo = hub.repository("library/nginx")
        first = time.perf_counter() - first
        again = time.perf_counter()
        hub.repository("library/nginx")
        again = time.perf_counter() - again
        shown = f"{type(repo).__name__}(pull_count={repo.pull_count})"
        print(f"hub.repository('library/nginx') -> {shown}")
        print(
            f"the same call again came from the cache: {hub.cache_info()!r}"
            f" ({first * 1000:.1f} ms, then {again * 1000:.2f} ms)"
        )
        print(f"hub.rate_limit -> {hub.rate_limit!r}")
        try:
            hub.repository("alice", "no-such-repo")
        except NotFoundError as error:
            print(f"a missing repository raises {type(error).__name__}: {error}")

    async def count_tags() -> int:
        async with AsyncDockerHub(base_url=url) as hub:
            return len([tag async for tag in hub.iter_tags("library/nginx", concurrency=4)])

    print(f"async iter_tags('library/nginx', concurrency=4) -> {asyncio.run(count_tags())} tags")


def main() -> int:
    """Run the tour; the exit status is non-zero when any step fails."""
    with tempfile.TemporaryDirectory(prefix="dockerhub-demo-") as config, fake_hub() as url:
        env = {k: v for k, v in os.environ.items() if not k.startswith("DOCKER_HUB_")}
        env.update(
            DOCKER_HUB_BASE_URL=url,
            DOCKERHUB_SDK_CONFIG_DIR=config,
            DOCKERHUB_SDK_KEYRING="0",
            COLUMNS=env.get("COLUMNS", "100"),
        )
        step("Log in (the secret is read from stdin and never printed)")
        cli(["login", USERNAME, "--password-stdin"], env, stdin=PASSWORD + "\n")
        cli(["whoami"], env)
        step("Show a repository")
        cli(["repo", "show", "library/nginx"], env)
        step("List all its tags (every page; a progress bar on a terminal)")
        cli(["tag", "ls", "library/nginx", "--all", "--sort", "name"], env)
        step("Create a repository and set its description from a file")
        cli(["repo", "create", "alice/demo", "--description", "made by make demo"], env)
        cli(["repo", "set-description", "alice/demo", "--full-file", str(ROOT / "README.md")], env)
        cli(["repo", "show", "alice/demo"], env)
        step("The Python API: typed models, the response cache, async pagination")
        python_tour(url)
        step("Delete the repository and log out")
        cli(["repo", "rm", "alice/demo", "--yes"], env)
        cli(["repo", "ls", "alice"], env)
        cli(["logout"], env)
    print("\nThe demo worked. Next: `make test`, or read README.md.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
