"""The fake over a real socket: ``FakeHub.serve()`` and ``python -m dockerhub.testing``."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from dockerhub.testing import FakeHub

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]


def test_serve_on_a_real_socket_then_stop() -> None:
    hub = FakeHub()
    server = hub.serve()
    try:
        assert server.url == f"http://127.0.0.1:{server.port}"
        with httpx.Client(base_url=server.url) as http:
            page = http.get("/v2/repositories/library/nginx/tags/", params={"page_size": 2}).json()
            assert page["next"].startswith(f"{server.url}/v2/repositories/library/nginx/tags/?")
            head = http.head("/v2/namespaces/library/repositories/nginx")
            assert head.status_code == 200
            assert head.content == b""
            token = http.post(
                "/v2/auth/token", json={"identifier": "alice", "secret": "alice-password"}
            )
            me = http.get(
                "/v2/user/", headers={"Authorization": f"Bearer {token.json()['access_token']}"}
            )
            assert me.json()["username"] == "alice"
    finally:
        server.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{server.url}/v2/user/", timeout=2)


def test_stop_closes_keep_alive_connections() -> None:
    server = FakeHub().serve()
    with httpx.Client(base_url=server.url, timeout=2) as http:
        assert http.get("/v2/users/alice/").status_code == 200
        server.stop()
        with pytest.raises(httpx.TransportError):
            http.get("/v2/users/alice/")


def test_serve_is_a_context_manager() -> None:
    with FakeHub(seed=None).serve() as server:
        assert httpx.get(f"{server.url}/v2/namespaces/x/repositories").json()["count"] == 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_module_cli_serves_until_terminated() -> None:
    port = _free_port()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT / "overlays"), str(ROOT / "client"), env.get("PYTHONPATH", "")]
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "dockerhub.testing", "--port", str(port)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url == f"http://127.0.0.1:{port}"
        response = httpx.get(f"{url}/v2/repositories/library/alpine/", timeout=5)
        assert response.json()["name"] == "alpine"
    finally:
        process.terminate()  # SIGTERM to this PID only
        returncode = process.wait(timeout=10)
    assert returncode == 0


def test_main_parses_arguments_like_the_module(tmp_path: Path) -> None:
    from dockerhub.testing import main

    with pytest.raises(SystemExit):
        main(["--seed", str(tmp_path / "s.json"), "--no-seed"])
