"""Session and lifecycle edges: logout forgets cookies, a closed client says so, and a
transport failure ends in a readable cause."""

from __future__ import annotations

import anyio
import httpx
import pytest

from dockerhub import AsyncDockerHub, DockerHub, errors

from . import _servers
from .conftest import SEED, async_hub, sync_hub
from .test_fault_network import get_repo, run


class CookieHub:
    """Sets a session cookie at login; records the Cookie header of every other request."""

    def __init__(self) -> None:
        self.cookies: list[str | None] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v2/auth/token":
            return httpx.Response(
                200,
                json={"access_token": "header.payload.signature"},
                headers={"Set-Cookie": "sessionid=s3ss10n-value; Path=/"},
            )
        self.cookies.append(request.headers.get("cookie"))
        if request.url.path.startswith("/v2/logout"):
            return httpx.Response(200, json={})
        return httpx.Response(200, json=SEED["repository"])


def test_logout_forgets_the_session_cookie(mode: str) -> None:
    server = CookieHub()
    if mode == "sync":
        with sync_hub(server, cache=False) as hub:
            hub.login("alice", "a-password")
            get_repo(hub)
            hub.logout()
            get_repo(hub)
            jar = dict(hub._http.cookies)
    else:

        async def main() -> dict[str, str]:
            async with async_hub(server, cache=False) as hub:
                await hub.login("alice", "a-password")
                await get_repo(hub)
                await hub.logout()
                await get_repo(hub)
                return dict(hub._http.cookies)

        jar = anyio.run(main)
    assert server.cookies == ["sessionid=s3ss10n-value", "sessionid=s3ss10n-value", None]
    assert jar == {}


def test_use_after_close_raises_client_closed_error() -> None:
    hub = DockerHub("https://hub.docker.com")
    hub.close()
    with pytest.raises(errors.ClientClosedError, match=r"this DockerHub client is closed"):
        get_repo(hub)
    with pytest.raises(errors.ClientClosedError):
        list(hub.iter_tags("library/nginx"))


def test_use_after_aclose_raises_client_closed_error() -> None:
    async def main() -> None:
        hub = AsyncDockerHub("https://hub.docker.com")
        await hub.aclose()
        with pytest.raises(errors.ClientClosedError, match=r"aclose\(\) was called"):
            await get_repo(hub)

    anyio.run(main)


def test_a_closed_client_does_not_answer_from_its_cache() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=SEED["repository"])

    hub = sync_hub(handler)
    get_repo(hub)
    hub.close()
    with pytest.raises(errors.ClientClosedError):
        get_repo(hub)


def test_a_read_timeout_ends_in_a_readable_cause(mode: str) -> None:
    """httpx's async timeouts carry an empty message; the error must still say what happened."""
    with _servers.raw_server(_servers.never_answer) as server:
        outcome, _ = run(mode, server.url, get_repo, retries=0, timeout=0.2)
    assert isinstance(outcome, errors.TransportError), repr(outcome)
    assert outcome.message.startswith("request timed out: ReadTimeout: ")
    assert not outcome.message.endswith(": ")
    if mode == "async":
        assert outcome.message == (
            "request timed out: ReadTimeout: no data arrived within the read timeout"
        )


def test_describe_cause_names_the_type_and_what_happened() -> None:
    assert errors.describe_cause(httpx.ReadTimeout("")) == (
        "ReadTimeout: no data arrived within the read timeout"
    )
    assert errors.describe_cause(RuntimeError()) == "RuntimeError: no further detail"
    assert errors.describe_cause(httpx.ConnectError("[Errno 111] refused")) == (
        "ConnectError: [Errno 111] refused"
    )
