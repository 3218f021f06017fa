"""The ``dockerhub`` process as a user runs it: Ctrl-C, --timeout against a server that never
answers, a missing ``cli`` extra, and ``fake-hub`` when clients hang up.

Each test starts what it needs on 127.0.0.1 (a socket server in a thread, or
``dockerhub fake-hub``), bounds every wait, and stops what it started.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

RUN_CLI = "import sys; from dockerhub.cli import main; sys.argv[0] = 'dockerhub'; main()"


def _env(config: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOCKER_HUB_")}
    env.update(DOCKERHUB_SDK_CONFIG_DIR=str(config), DOCKERHUB_SDK_KEYRING="0", COLUMNS="200")
    return env


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-c", RUN_CLI, *args]


class LocalServer:
    """A socket server on 127.0.0.1 that records each request and answers what ``answer``
    returns for its request line (``None``: nothing, ever, while keeping the connection)."""

    def __init__(self, answer: Callable[[str, int], bytes | None]) -> None:  # see Answer
        self._answer = answer
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.requests: list[tuple[float, str]] = []
        self._lock = threading.Lock()
        self._connections: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self._connections.append(connection)
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, connection: socket.socket) -> None:
        buffer = b""
        try:
            while True:
                while b"\r\n\r\n" not in buffer:
                    chunk = connection.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                line = head.split(b"\r\n", 1)[0].decode("latin-1")
                with self._lock:
                    self.requests.append((time.monotonic(), line))
                reply = self._answer(line, self.port)
                if reply is None:
                    while connection.recv(65536):  # silent until the client leaves
                        pass
                    return
                connection.sendall(reply)
        except OSError:
            return

    def count(self) -> int:
        with self._lock:
            return len(self.requests)

    def stop(self) -> None:
        with contextlib.suppress(OSError):  # wakes the thread blocked in accept() (close does not)
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
            connection.close()
        self._thread.join(timeout=5)


Answer = Callable[[str, int], bytes | None]
Serve = Callable[[Answer], LocalServer]


@pytest.fixture
def serve() -> Iterator[Serve]:
    started: list[LocalServer] = []

    def start(answer: Answer) -> LocalServer:
        server = LocalServer(answer)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def _wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def _settle(server: LocalServer, quiet: float = 0.5, limit: float = 30) -> None:
    """Return once ``server`` has received no request for ``quiet`` seconds."""
    deadline = time.monotonic() + limit
    seen = server.count()
    while time.monotonic() < deadline:
        time.sleep(quiet)
        now = server.count()
        if now == seen:
            return
        seen = now


def _first_page_only(line: str, port: int) -> bytes | None:
    """Page 1 of 10 of a tag list; later pages never come."""
    target = line.split(" ")[1]
    if not re.search(r"[?&]page=1(&|$)", target):
        return None
    following = re.sub(r"([?&])page=1(&|$)", r"\1page=2\2", target)
    body = json.dumps(
        {
            "count": 1000,
            "next": f"http://127.0.0.1:{port}{following}",
            "previous": None,
            "results": [{"name": f"t{index}"} for index in range(100)],
        }
    ).encode()
    head = (
        f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def test_ctrl_c_exits_at_once_and_sends_nothing_more(serve: Serve, cli_env: Path) -> None:
    server = serve(_first_page_only)
    process = subprocess.Popen(
        _cli("--base-url", server.url, "tag", "ls", "library/nginx", "--all"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(cli_env),
    )
    try:
        # Page 1, then the concurrent walk's next pages hang on worker threads.
        assert _wait_for(lambda: server.count() >= 3, 30), server.requests
        _settle(server)  # until no more pages start
        interrupted = time.monotonic()
        process.send_signal(signal.SIGINT)
        _stdout, stderr = process.communicate(timeout=20)
        elapsed = time.monotonic() - interrupted
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()

    assert process.returncode == 130, stderr
    assert elapsed < 5, f"took {elapsed:.1f} s to stop"
    assert "Traceback" not in stderr
    time.sleep(0.3)
    assert [line for moment, line in server.requests if moment > interrupted] == []


def test_timeout_bounds_the_wait_on_a_silent_server(serve: Serve, cli_env: Path) -> None:
    server = serve(lambda line, port: None)
    started = time.monotonic()

    done = subprocess.run(
        _cli("repo", "show", "library/nginx", "--base-url", server.url, "--timeout", "0.3"),
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(cli_env),
    )
    elapsed = time.monotonic() - started

    assert done.returncode == 8, done.stderr
    assert elapsed < 20, f"took {elapsed:.1f} s"
    assert server.count() >= 1
    assert done.stderr.startswith("Error: ")
    assert done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


@pytest.mark.parametrize("missing", ["typer", "rich"])
def test_without_the_cli_extra_it_says_what_to_install(missing: str, cli_env: Path) -> None:
    block = f"import sys; sys.modules[{missing!r}] = None; "
    done = subprocess.run(
        [sys.executable, "-c", block + RUN_CLI, "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(cli_env),
    )

    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert "pip install 'dockerhub-sdk[cli]'" in done.stderr
    assert "Traceback" not in done.stderr


def _hang_up(url: str, *, send_request: bool) -> None:
    """Connect, maybe send a request, and reset the connection (RST) at once."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as connection:
        if send_request:
            connection.sendall(
                b"GET /v2/namespaces/library/repositories/nginx/tags?page_size=100 HTTP/1.1\r\n"
                b"Host: 127.0.0.1\r\n\r\n"
            )
        else:
            connection.sendall(b"GET /v2/repositories/library/ng")
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def test_fake_hub_is_quiet_when_clients_hang_up(cli_env: Path) -> None:
    server = subprocess.Popen(
        _cli("fake-hub", "--port", "0"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(cli_env),
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        for attempt in range(30):
            _hang_up(url, send_request=attempt % 3 != 0)
        time.sleep(0.3)
        alive = httpx.get(f"{url}/v2/repositories/library/nginx/", timeout=10)
        assert alive.status_code == 200
        server.send_signal(signal.SIGINT)
        _, stderr = server.communicate(timeout=20)
    finally:
        if server.poll() is None:
            server.kill()
            server.communicate()

    assert server.returncode == 0
    assert "Traceback" not in stderr
    assert "Error" not in stderr
