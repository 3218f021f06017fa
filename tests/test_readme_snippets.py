"""Every Python snippet of README.md, in order, against ``dockerhub fake-hub``.

The only configuration is ``DOCKER_HUB_BASE_URL``, as the README tells a new user. The
fake Hub runs as the README says (``dockerhub fake-hub --port N``) on 127.0.0.1, and is
stopped by its PID. Snippets that are pytest tests (``def test_``) are run by
``test_readme_fake_hub_example.py`` instead; a snippet preceded by a
``<!-- readme-test: skip ... -->`` line says why it cannot run here.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

README = Path(__file__).resolve().parents[1] / "README.md"

pytestmark = pytest.mark.e2e


def _snippets() -> list[tuple[int, str]]:
    text = README.read_text()
    found = []
    for match in re.finditer(r"(<!-- readme-test: skip[^>]*-->\n)?```python\n(.*?)```", text, re.S):
        code = match.group(2)
        if match.group(1) or "def test_" in code:
            continue
        found.append((text.count("\n", 0, match.start()) + 1, code))
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def fake_hub_url() -> Iterator[str]:
    port = _free_port()
    cli = Path(sys.executable).with_name("dockerhub")  # the console script of the [cli] extra
    assert cli.exists(), f"{cli} is missing: install the project with its [cli] extra"
    server = subprocess.Popen(
        [str(cli), "fake-hub", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{url}/v2/repositories/library/nginx/", timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("dockerhub fake-hub did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        os.kill(server.pid, signal.SIGTERM)
        server.wait(timeout=10)


def test_the_readme_has_runnable_snippets() -> None:
    assert len(_snippets()) >= 5


def test_every_snippet_runs_in_order_against_the_fake_hub(
    fake_hub_url: str, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOCKER_HUB_")}
    env["DOCKER_HUB_BASE_URL"] = fake_hub_url
    env["HOME"] = str(tmp_path)  # no credentials of the user's own
    for line, code in _snippets():
        run = subprocess.run(
            [sys.executable, "-c", code],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert run.returncode == 0, f"README.md line {line}:\n{code}\n{run.stderr}"
