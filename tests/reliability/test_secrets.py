"""Secrets never reach a log record, a repr, an error or a file, and Authorization never
leaves the client's origin (not through a ``next`` link, not through a redirect)."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from dockerhub import DockerHub, errors
from dockerhub.errors import DockerHubError
from dockerhub.testing import FakeHub

from . import _servers
from .conftest import FAST, SEED, sync_hub

PASSWORD = "alice-password"
PAT = "dckr_pat_alice_seed_ci_0000000000"


class Clock:
    def __init__(self) -> None:
        import time

        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "dockerhub", "hpack"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def _texts_of_files(root: Path) -> list[str]:
    texts = []
    for path in root.rglob("*"):
        if path.is_file():
            texts.append(path.read_bytes().decode("utf-8", "replace"))
    return texts


def test_no_secret_in_logs_reprs_errors_or_files(
    debug_logs: pytest.LogCaptureFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    clock = Clock()
    fake = FakeHub(clock=clock)
    server = fake.serve(port=0)
    jwts: set[str] = set()
    seen: list[str] = []
    caught: list[DockerHubError] = []

    def attempt(call: Any) -> None:
        try:
            call()
        except DockerHubError as exc:
            caught.append(exc)

    try:
        with DockerHub(server.url, retries=FAST, timeout=5) as hub:
            attempt(lambda: hub.login("alice", "wrong-" + PASSWORD))  # 401 on login
            hub.login("alice", PASSWORD)
            jwts.add(hub._auth.token or "")
            seen.append(repr(hub))
            hub.repository("library", "nginx")
            assert len(list(hub.iter_tags("library/nginx", concurrency=2))) == 300
            clock.now += 3600  # the fake now refuses the JWT: refresh after one 401
            hub.repository("library", "alpine")
            jwts.add(hub._auth.token or "")
            for status in (401, 403, 429, 500):
                fake.fail_next(
                    status,
                    times=10,
                    headers={"Retry-After": "0"},
                    path="/v2/repositories/library/redis",
                )
                attempt(lambda: hub.repository("library", "redis"))
                fake.reset()  # drop the failures left over
            hub.login("alice", PAT)
            jwts.add(hub._auth.token or "")
            hub.tags("library", "nginx", per_page=5)
            seen.append(repr(hub))
            seen.append(repr(hub._auth))
            seen.append(repr(hub.cache_info()))
    finally:
        server.stop()

    jwts.discard("")
    assert len(jwts) >= 3
    statuses = sorted(e.status or 0 for e in caught)
    assert statuses[0] == 401 and 429 in statuses and 500 in statuses and 403 in statuses
    assert len(debug_logs.records) > 10  # the loggers really were on
    haystacks = [r.getMessage() for r in debug_logs.records]
    haystacks += [repr(r.__dict__) for r in debug_logs.records]
    haystacks += [f"{e} {e!r} {e.args!r} {e.__cause__!r}" for e in caught]
    haystacks += seen + _texts_of_files(tmp_path) + _texts_of_files(Path(os.getcwd()))
    haystacks += [json.dumps([vars(r) for r in fake.requests], default=str)]
    for secret in [PASSWORD, PAT, *jwts]:
        for text in haystacks:
            assert secret not in text


def test_refresh_after_expiry_is_one_login(tmp_path: Path) -> None:
    clock = Clock()
    fake = FakeHub(clock=clock)
    with DockerHub("https://hub.docker.com", transport=fake.transport(), retries=FAST) as hub:
        hub.login("alice", PAT)
        clock.now += 700  # past exp on the Hub's side
        hub.repository("library", "alpine")
    logins = [r for r in fake.requests if r.path == "/v2/auth/token"]
    assert len(logins) == 2


def test_next_link_elsewhere_gets_no_request_and_no_token() -> None:
    page = dict(SEED["tags"], count=300, next="https://evil.example/v2/x/?page=2")
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=page)

    with sync_hub(handler) as hub:
        hub.set_login_token("header.payload.sig")
        with pytest.raises(errors.UnexpectedResponseError) as info:
            list(hub.iter_tags("library/nginx", per_page=3))
    assert {r.url.host for r in sent} == {"hub.docker.com"}
    assert "header.payload.sig" not in f"{info.value} {info.value!r}"


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirect_to_another_origin_is_not_followed(status: int) -> None:
    with _servers.raw_server(_servers.never_answer) as elsewhere:
        target = f"{elsewhere.url}/v2/repositories/library/nginx/"

        def redirect(conn: Any, server: Any) -> None:
            conn.sendall(
                f"HTTP/1.1 {status} Moved\r\nLocation: {target}\r\n"
                "Content-Length: 0\r\nConnection: close\r\n\r\n".encode()
            )

        with _servers.raw_server(redirect) as origin:
            with DockerHub(origin.url, retries=FAST, timeout=2) as hub:
                hub.set_login_token("aaa.bbb.ccc")
                with pytest.raises(DockerHubError) as info:
                    hub.repository("library", "nginx")
            assert elsewhere.methods == []
            assert origin.methods == ["GET"]
    assert type(info.value) is errors.UnexpectedResponseError
    assert info.value.status == status
    assert "aaa.bbb.ccc" not in f"{info.value} {info.value!r}"
