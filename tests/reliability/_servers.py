"""Raw-socket HTTP servers on 127.0.0.1 that misbehave in ways the fake Hub cannot.

Each server accepts connections in a background thread and answers every request with
one scripted behaviour; ``connections`` counts accepted connections and ``methods`` the
request methods read, so a test can assert how often the client (re)sent a request.
"""

from __future__ import annotations

import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Behaviour = Callable[[socket.socket, "RawServer"], None]


class RawServer:
    """A tiny threaded TCP server running ``behaviour`` for each connection."""

    def __init__(self, behaviour: Behaviour) -> None:
        self._behaviour = behaviour
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._sock.settimeout(0.05)
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.stopped = threading.Event()
        self.methods: list[str] = []
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._accept = threading.Thread(target=self._loop, daemon=True)
        self._accept.start()

    def _loop(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(2.0)
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                head += chunk
            with self._lock:
                self.methods.append(head.split(b" ", 1)[0].decode("ascii", "replace"))
            self._behaviour(conn, self)
        except OSError:
            pass
        finally:
            conn.close()

    def stop(self) -> None:
        self.stopped.set()
        self._sock.close()
        self._accept.join(2)
        for thread in self._threads:
            thread.join(2)


@contextmanager
def raw_server(behaviour: Behaviour) -> Iterator[RawServer]:
    server = RawServer(behaviour)
    try:
        yield server
    finally:
        server.stop()


def closed_port_url() -> str:
    """A URL on 127.0.0.1 where nothing listens (connection refused)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}"


# -- behaviours --------------------------------------------------------------------------


def reset_mid_body(conn: socket.socket, server: RawServer) -> None:
    """Promise 1000 bytes of JSON, send 20, then close the connection."""
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
        b'{"name": "nginx", "n'
    )
    conn.shutdown(socket.SHUT_RDWR)


def never_answer(conn: socket.socket, server: RawServer) -> None:
    """Read the request and say nothing until the server stops."""
    server.stopped.wait(5)


def slow_drip(interval: float, body: bytes) -> Behaviour:
    """Send the headers, then the body one byte every ``interval`` seconds."""

    def behaviour(conn: socket.socket, server: RawServer) -> None:
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
        )
        for index in range(len(body)):
            if server.stopped.wait(interval):
                return
            conn.sendall(body[index : index + 1])

    return behaviour


def big_body(size: int) -> Behaviour:
    """A 200 whose JSON body is ``size`` bytes that never close their object."""

    def behaviour(conn: socket.socket, server: RawServer) -> None:
        prefix = b'{"count": 1, "results": ['
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {size}\r\nConnection: close\r\n\r\n".encode()
            + prefix
        )
        block = b" " * (1 << 20)
        left = size - len(prefix)
        while left > 0 and not server.stopped.is_set():
            conn.sendall(block[: min(left, len(block))])
            left -= len(block)

    return behaviour


def redirect_to(location: str) -> Behaviour:
    """A 302 to ``location``."""

    def behaviour(conn: socket.socket, server: RawServer) -> None:
        conn.sendall(
            b"HTTP/1.1 302 Found\r\nLocation: "
            + location.encode()
            + b"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        )

    return behaviour


def elapsed_since(start: float) -> float:
    return time.monotonic() - start


# -- bodies that grow without bound --------------------------------------------------------


def _raw_deflate_of_zeros(mib: int) -> tuple[bytes, bytes, bytes]:
    """(first, repeat, end) of a raw deflate stream of ``mib`` MiB of zeros, built without
    compressing them all: after a full flush the compressor starts afresh, so one flushed
    MiB can be repeated as is."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    zeros = bytes(1 << 20)
    first = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeat = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    end = compressor.flush(zlib.Z_FINISH)
    assert mib >= 1
    return first, repeat, end


def gzip_bomb(inflated_mib: int) -> Behaviour:
    """A 200 with ``Content-Encoding: gzip`` whose body inflates to ``inflated_mib`` MiB of
    zeros (4096 MiB take about 4 MB on the wire)."""
    first, repeat, end = _raw_deflate_of_zeros(inflated_mib)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03"
    trailer = b"\x00" * 8  # never reached: the client stops long before
    size = len(header) + len(first) + len(repeat) * (inflated_mib - 1) + len(end) + len(trailer)

    def behaviour(conn: socket.socket, server: RawServer) -> None:
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
            + f"Content-Length: {size}\r\nConnection: close\r\n\r\n".encode()
            + header
            + first
        )
        for _ in range(inflated_mib - 1):
            if server.stopped.is_set():
                return
            conn.sendall(repeat)
        conn.sendall(end + trailer)

    return behaviour


def endless_chunked(conn: socket.socket, server: RawServer) -> None:
    """A chunked 200 whose body never ends (64 KiB chunks until the client hangs up)."""
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    )
    chunk = b"%x\r\n" % (1 << 16) + b" " * (1 << 16) + b"\r\n"
    while not server.stopped.is_set():
        conn.sendall(chunk)


def encoded_body(body: bytes, encoding: str) -> Behaviour:
    """A 200 whose body is ``body`` sent with ``Content-Encoding: encoding`` (already encoded)."""

    def behaviour(conn: socket.socket, server: RawServer) -> None:
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + f"Content-Encoding: {encoding}\r\nContent-Length: {len(body)}\r\n".encode()
            + b"Connection: close\r\n\r\n"
            + body
        )

    return behaviour
