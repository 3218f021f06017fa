"""Serve a :class:`FakeHub` over real HTTP on a local socket, in a background thread.

A client that goes away mid-request (a closed or reset connection, a timeout) is a normal
event for a server: it ends that connection quietly instead of printing a traceback.
"""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import parse_qs, urlsplit

from ._http import FakeRequest

if TYPE_CHECKING:
    from ._hub import FakeHub

__all__ = ["RunningServer", "start_server"]


def _handler_for(hub: FakeHub) -> type[BaseHTTPRequestHandler]:
    class _Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "FakeDockerHub/1.0"

        def _serve(self) -> None:
            if hub.latency > 0:
                time.sleep(hub.latency)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            split = urlsplit(self.path)
            host = self.headers.get("Host") or "127.0.0.1"
            response = hub.handle(
                FakeRequest(
                    method=self.command.upper(),
                    path=split.path or "/",
                    query=parse_qs(split.query, keep_blank_values=True),
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=body,
                    base_url=f"http://{host}",
                )
            )
            self.send_response(response.status)
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(response.body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(response.body)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _serve

        def log_message(self, format: str, *args: object) -> None:
            """Stay quiet: tests read ``hub.requests`` instead of logs."""

    return _Handler


class _Server(ThreadingHTTPServer):
    """A threading server that can also cut its open keep-alive connections."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler]) -> None:
        super().__init__(address, handler)
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        # Headers and body leave in separate writes: without TCP_NODELAY, Nagle's algorithm
        # and delayed ACKs add ~40 ms to every keep-alive response.
        request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay quiet when the client left (reset, broken pipe, timeout); report the rest."""
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)

    def close_connections(self) -> None:
        """Shut down every connection still open (keep-alive clients included)."""
        with self._open_lock:
            connections = list(self._open)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class RunningServer:
    """A fake Hub listening on a local port; stop it with :meth:`stop` or ``with``."""

    def __init__(self, server: _Server, thread: threading.Thread) -> None:
        self._server = server
        self._thread = thread
        host, port = server.server_address[:2]
        self.host: str = str(host)
        self.port: int = int(port)
        self.url: str = f"http://{self.host}:{self.port}"

    def __repr__(self) -> str:
        return f"RunningServer(url={self.url!r})"

    def stop(self) -> None:
        """Stop serving, close the listening socket and open connections, join the thread."""
        self._server.shutdown()
        self._server.server_close()
        self._server.close_connections()
        self._thread.join()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def start_server(hub: FakeHub, *, host: str = "127.0.0.1", port: int = 0) -> RunningServer:
    """Bind ``host:port`` (0: any free port) and serve ``hub`` in a daemon thread."""
    server = _Server((host, port), _handler_for(hub))
    thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.05},
        name="fake-docker-hub",
        daemon=True,
    )
    thread.start()
    return RunningServer(server, thread)
