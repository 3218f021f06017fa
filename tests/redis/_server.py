"""A throwaway ``redis-server`` on 127.0.0.1: started on a free port without persistence,
stopped (or killed, to test faults) by PID. Used by ``tests/redis`` and ``benchmarks``."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time

__all__ = ["RedisServer", "redis_server_binary"]


def redis_server_binary() -> str | None:
    """The ``redis-server`` executable on PATH (Debian: ``apt-get install redis-server``)."""
    return shutil.which("redis-server")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RedisServer:
    """One ``redis-server`` process. ``start()`` again after ``kill()`` reuses the port."""

    def __init__(self, binary: str, port: int | None = None) -> None:
        self.binary = binary
        self.port = port if port is not None else _free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._dir = tempfile.mkdtemp(prefix="dockerhub-redis-")
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int | None:
        """The running server's PID."""
        return None if self._process is None else self._process.pid

    def start(self, timeout: float = 10.0) -> None:
        """Start the server and wait until it answers PING."""
        options = {
            "--bind": "127.0.0.1",
            "--port": str(self.port),
            "--save": "",
            "--appendonly": "no",
            "--dir": self._dir,
            "--daemonize": "no",
        }
        arguments = [item for pair in options.items() for item in pair]
        self._process = subprocess.Popen(
            [self.binary, *arguments], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"redis-server exited with {self._process.returncode}")
            if self.ping():
                return
            time.sleep(0.02)
        self.kill()
        raise RuntimeError(f"redis-server did not answer on port {self.port}")

    def ping(self) -> bool:
        """Whether the server answers ``PING`` now."""
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def kill(self) -> None:
        """SIGKILL the server by its PID (a crash, as far as clients can tell)."""
        if self._process is not None and self._process.poll() is None:
            os.kill(self._process.pid, signal.SIGKILL)
            self._process.wait(timeout=10)
        self._process = None

    def stop(self) -> None:
        """SIGTERM the server by its PID and wait; remove its directory."""
        if self._process is not None and self._process.poll() is None:
            os.kill(self._process.pid, signal.SIGTERM)
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()
        self._process = None
        shutil.rmtree(self._dir, ignore_errors=True)

    def __repr__(self) -> str:
        return f"RedisServer(port={self.port}, pid={self.pid})"
