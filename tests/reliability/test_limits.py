"""Bounded responses: the decoded body is capped while it streams, compressed or not."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path
from typing import Any

import httpx
import pytest

from dockerhub import DockerHub, errors
from dockerhub._limits import DEFAULT_MAX_RESPONSE_BYTES

from . import _servers
from .conftest import SEED, async_hub, sync_hub
from .test_fault_network import get_repo, run

HERE = Path(__file__).resolve().parent
MIB = 1024 * 1024


def test_the_default_cap_is_64_mib_and_an_option() -> None:
    assert DEFAULT_MAX_RESPONSE_BYTES == 64 * MIB
    assert DockerHub().max_response_bytes == 64 * MIB
    assert DockerHub(max_response_bytes=None).max_response_bytes is None
    with pytest.raises(ValueError, match="max_response_bytes"):
        DockerHub(max_response_bytes=0)


# -- real sockets -------------------------------------------------------------------------

_BOMB_SCRIPT = textwrap.dedent(
    """
    import asyncio, json, sys
    sys.path.insert(0, sys.argv[1])
    import _servers
    from dockerhub import AsyncDockerHub, DockerHub, errors

    def rss(field):
        for line in open("/proc/self/status"):
            if line.startswith(field):
                return int(line.split()[1]) * 1024
        raise SystemExit("no " + field)

    mode = sys.argv[2]
    with _servers.raw_server(_servers.gzip_bomb(4096)) as server:
        start = rss("VmRSS:")
        try:
            if mode == "sync":
                with DockerHub(server.url, retries=0, timeout=10) as hub:
                    hub.repository("library", "nginx")
            else:
                async def main():
                    async with AsyncDockerHub(server.url, retries=0, timeout=10) as hub:
                        await hub.repository("library", "nginx")
                asyncio.run(main())
            outcome = "no error"
        except errors.DockerHubError as exc:
            outcome = type(exc).__name__ + ": " + str(exc)
    print(json.dumps({"start": start, "peak": rss("VmHWM:"), "outcome": outcome}))
    """
)


def test_a_gzip_bomb_stays_under_the_cap_in_memory(mode: str) -> None:
    """4 MB on the wire inflating to 4 GiB: refused at 64 MiB; the process grows < 200 MB."""
    done = subprocess.run(
        [sys.executable, "-c", _BOMB_SCRIPT, str(HERE), mode],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    report = json.loads(done.stdout)
    assert report["outcome"].startswith("UnexpectedResponseError: 200 GET http://127.0.0.1:")
    assert "larger than max_response_bytes=67108864 (64 MiB)" in report["outcome"]
    grown = report["peak"] - report["start"]
    assert grown < 200 * MIB, f"grew {grown / MIB:.0f} MiB"


def test_an_endless_chunked_body_stops_at_the_cap(mode: str) -> None:
    with _servers.raw_server(_servers.endless_chunked) as server:
        outcome, elapsed = run(mode, server.url, get_repo, max_response_bytes=MIB, timeout=5.0)
    assert isinstance(outcome, errors.UnexpectedResponseError), repr(outcome)
    assert "max_response_bytes=1048576 (1 MiB)" in outcome.message
    assert elapsed < 10.0


BODY = json.dumps(SEED["repository"]).encode()


def _deflate(data: bytes, wbits: int) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, wbits)
    return compressor.compress(data) + compressor.flush()


@pytest.mark.parametrize(
    ("encoding", "wire"),
    [
        ("gzip", gzip.compress(BODY)),
        ("x-gzip", gzip.compress(BODY)),
        ("deflate", _deflate(BODY, zlib.MAX_WBITS)),
        ("deflate", _deflate(BODY, -zlib.MAX_WBITS)),
        ("gzip, deflate", _deflate(gzip.compress(BODY), zlib.MAX_WBITS)),
        ("identity", BODY),
    ],
    ids=["gzip", "x-gzip", "zlib-deflate", "raw-deflate", "gzip-then-deflate", "identity"],
)
def test_encoded_bodies_decode_as_before(mode: str, encoding: str, wire: bytes) -> None:
    with _servers.raw_server(_servers.encoded_body(wire, encoding)) as server:
        outcome, _ = run(mode, server.url, get_repo)
    assert not isinstance(outcome, Exception), repr(outcome)
    assert outcome.name == SEED["repository"]["name"]


def test_a_compressed_body_just_over_the_cap_is_refused(mode: str) -> None:
    wire = gzip.compress(BODY)
    with _servers.raw_server(_servers.encoded_body(wire, "gzip")) as server:
        fits, _ = run(mode, server.url, get_repo, max_response_bytes=len(BODY))
        over, _ = run(mode, server.url, get_repo, max_response_bytes=len(BODY) - 1)
    assert fits.name == SEED["repository"]["name"]
    assert isinstance(over, errors.UnexpectedResponseError)
    assert f"max_response_bytes={len(BODY) - 1} ({len(BODY) - 1} bytes)" in over.message


def test_a_plain_body_framed_by_content_length_is_checked_against_the_cap(mode: str) -> None:
    """The header alone decides (h11 reads exactly that many bytes): at the cap it fits,
    one byte over it is refused."""
    with _servers.raw_server(_servers.encoded_body(BODY, "identity")) as server:
        fits, _ = run(mode, server.url, get_repo, max_response_bytes=len(BODY))
        over, _ = run(mode, server.url, get_repo, max_response_bytes=len(BODY) - 1)
    assert fits.name == SEED["repository"]["name"]
    assert isinstance(over, errors.UnexpectedResponseError)
    assert f"max_response_bytes={len(BODY) - 1} ({len(BODY) - 1} bytes)" in over.message


def test_an_encoding_not_asked_for_is_refused(mode: str) -> None:
    with _servers.raw_server(_servers.encoded_body(b"\x8b\x00", "br")) as server:
        outcome, _ = run(mode, server.url, get_repo)
    assert isinstance(outcome, errors.UnexpectedResponseError)
    assert "Content-Encoding 'br'" in outcome.message


def test_a_corrupt_gzip_body_is_an_unexpected_response(mode: str) -> None:
    with _servers.raw_server(_servers.encoded_body(b"\x1f\x8b\x08garbage", "gzip")) as server:
        outcome, _ = run(mode, server.url, get_repo)
    assert isinstance(outcome, errors.UnexpectedResponseError)
    assert outcome.message.startswith("response could not be decoded: DecodingError: invalid gzip")


# -- in-memory bodies (mock transports) ---------------------------------------------------


def _serve(body: bytes, seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    return handler


def test_in_memory_bodies_are_capped_too() -> None:
    seen: list[httpx.Request] = []
    with sync_hub(_serve(BODY, seen), max_response_bytes=len(BODY), cache=False) as hub:
        assert hub.repository("library", "nginx").name == SEED["repository"]["name"]
    with (
        sync_hub(_serve(BODY, seen), max_response_bytes=len(BODY) - 1) as hub,
        pytest.raises(errors.UnexpectedResponseError, match="max_response_bytes"),
    ):
        hub.repository("library", "nginx")
    assert seen[0].headers["accept-encoding"] == "gzip, deflate"


@pytest.mark.anyio
async def test_in_memory_bodies_are_capped_too_async() -> None:
    seen: list[httpx.Request] = []
    async with async_hub(_serve(BODY, seen), max_response_bytes=len(BODY) - 1) as hub:
        with pytest.raises(errors.UnexpectedResponseError, match="max_response_bytes"):
            await hub.repository("library", "nginx")
