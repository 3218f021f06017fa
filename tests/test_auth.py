"""Token handling as a user sees it: which requests carry which token, and how many times the
secret is exchanged (before expiry, once after a 401, once for many concurrent callers)."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
import respx

from dockerhub import AsyncDockerHub, AuthenticationError, DockerHub

BASE = "https://hub.docker.com"
NGINX = "/v2/repositories/library/nginx/"
REPO = {"name": "nginx", "namespace": "library"}
SECRET = "hunter2-secret"


class TokenDesk:
    """Stands in for POST /v2/auth/token: hands out JWTs ``t1``, ``t2``, ... (their ``sub``)
    valid for ``ttl`` seconds, or refuses once ``refuse_after`` exchanges happened."""

    def __init__(
        self,
        make_jwt: Callable[..., str],
        *,
        ttl: float = 600,
        delay: float = 0.0,
        refuse_after: int | None = None,
    ) -> None:
        self.make_jwt = make_jwt
        self.ttl = ttl
        self.delay = delay
        self.refuse_after = refuse_after
        self.issued: list[str] = []
        self.bodies: list[bytes] = []
        self.authorization: list[str | None] = []
        self._lock = threading.Lock()

    def _answer(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.bodies.append(request.content)
            self.authorization.append(request.headers.get("authorization"))
            if self.refuse_after is not None and len(self.issued) >= self.refuse_after:
                return httpx.Response(401, json={"detail": "Incorrect authentication credentials"})
            token = self.make_jwt(exp=time.time() + self.ttl, sub=f"t{len(self.issued) + 1}")
            self.issued.append(token)
            return httpx.Response(200, json={"access_token": token})

    def sync(self, request: httpx.Request) -> httpx.Response:
        if self.delay:
            time.sleep(self.delay)
        return self._answer(request)

    async def async_(self, request: httpx.Request) -> httpx.Response:
        if self.delay:
            await asyncio.sleep(self.delay)
        return self._answer(request)

    @property
    def exchanges(self) -> int:
        return len(self.bodies)


def _bearer(request: httpx.Request) -> str | None:
    return request.headers.get("authorization")


# -- refresh before expiry --------------------------------------------------------------


def test_a_token_near_expiry_is_renewed_before_the_request(make_jwt: Callable[..., str]) -> None:
    desk = TokenDesk(make_jwt, ttl=30)  # inside the 60 s margin: due at once
    with respx.mock(base_url=BASE) as router:
        token_route = router.post("/v2/auth/token").mock(side_effect=desk.sync)
        repo = router.get(NGINX).respond(200, json=REPO)
        with DockerHub(cache=False, retries=0) as hub:
            hub.login("alice", SECRET)
            hub.repository("nginx")
    assert desk.exchanges == 2
    assert _bearer(repo.calls.last.request) == f"Bearer {desk.issued[1]}"
    assert token_route.calls.last.request.headers.get("authorization") is None


def test_a_fresh_token_is_not_renewed(make_jwt: Callable[..., str]) -> None:
    desk = TokenDesk(make_jwt, ttl=3600)
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").mock(side_effect=desk.sync)
        repo = router.get(NGINX).respond(200, json=REPO)
        with DockerHub(cache=False, retries=0) as hub:
            hub.login("alice", SECRET)
            for _ in range(3):
                hub.repository("nginx")
    assert desk.exchanges == 1
    assert {_bearer(c.request) for c in repo.calls} == {f"Bearer {desk.issued[0]}"}


def test_renewal_happens_when_the_clock_reaches_the_margin(make_jwt: Callable[..., str]) -> None:
    desk = TokenDesk(make_jwt, ttl=3600)
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").mock(side_effect=desk.sync)
        repo = router.get(NGINX).respond(200, json=REPO)
        with DockerHub(cache=False, retries=0) as hub:
            login = hub.login("alice", SECRET)
            assert login.expires_at is not None
            exp = login.expires_at.timestamp()
            hub._auth._clock = lambda: exp - 61  # a second before the 60 s margin
            hub.repository("nginx")
            assert desk.exchanges == 1
            hub._auth._clock = lambda: exp - 59  # inside the margin
            hub.repository("nginx")
            assert desk.exchanges == 2
    assert [_bearer(c.request) for c in repo.calls] == [
        f"Bearer {desk.issued[0]}",
        f"Bearer {desk.issued[1]}",
    ]


def test_renewal_sends_the_held_secret(make_jwt: Callable[..., str]) -> None:
    desk = TokenDesk(make_jwt, ttl=10)
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").mock(side_effect=desk.sync)
        router.get(NGINX).respond(200, json=REPO)
        with DockerHub(cache=False, retries=0) as hub:
            hub.login("alice", SECRET)
            hub.repository("nginx")
    assert [json.loads(body) for body in desk.bodies] == [
        {"identifier": "alice", "secret": SECRET}
    ] * 2


@pytest.mark.anyio
async def test_async_token_near_expiry_is_renewed(make_jwt: Callable[..., str]) -> None:
    desk = TokenDesk(make_jwt, ttl=30)
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").mock(side_effect=desk.async_)
        repo = router.get(NGINX).respond(200, json=REPO)
        async with AsyncDockerHub(cache=False, retries=0) as hub:
            await hub.login("alice", SECRET)
            await hub.repository("nginx")
    assert desk.exchanges == 2
    assert _bearer(repo.calls.last.request) == f"Bearer {desk.issued[1]}"


# -- one retry after a 401 ------------------------------------------------------------------


def _unauthorized_then(*statuses: int) -> Callable[[httpx.Request], httpx.Response]:
    answers = list(statuses)

    def answer(request: httpx.Request) -> httpx.Response:
        status = answers.pop(0) if answers else 500
        if status == 401:
            return httpx.Response(401, json={"detail": "Token is expired"})
        return httpx.Response(status, json=REPO)

    return answer


def test_a_401_is_followed_by_one_exchange_and_one_retry(make_jwt: Callable[..., str]) -> None:
    desk = TokenDesk(make_jwt)
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").mock(side_effect=desk.sync)
        repo = router.get(NGINX).mock(side_effect=_unauthorized_then(401, 200))
        with DockerHub(cache=False, retries=0) as hub:
            hub.login("alice", SECRET)
            assert hub.repository("nginx").name == "nginx"
    assert desk.exchanges == 2
    assert [_bearer(c.request) for c in repo.calls] == [
        f"Bearer {desk.issued[0]}",
        f"Bearer {desk.issued[1]}",
    ]


def test_a_second_401_is_raised_never_a_loop(make_jwt: Callable[..., str]) -> None:
    desk = TokenDesk(make_jwt)
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").mock(side_effect=desk.sync)
        repo = router.get(NGINX).mock(side_effect=_unauthorized_then(401, 401, 401, 401))
        with DockerHub(cache=False, retries=0) as hub:
            hub.login("alice", SECRET)
            with pytest.raises(AuthenticationError) as info:
                hub.repository("nginx")
    assert desk.exchanges == 2
    assert repo.call_count == 2
    assert info.value.status == 401
    assert info.value.message == "Token is expired"


@pytest.mark.anyio
async def test_async_a_401_is_retried_once_then_raised(make_jwt: Callable[..., str]) -> None:
    desk = TokenDesk(make_jwt)
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").mock(side_effect=desk.async_)
        repo = router.get(NGINX).mock(side_effect=_unauthorized_then(401, 200, 401, 401))
        async with AsyncDockerHub(cache=False, retries=0) as hub:
            await hub.login("alice", SECRET)
            assert (await hub.repository("nginx")).name == "nginx"
            assert desk.exchanges == 2
            with pytest.raises(AuthenticationError):
                await hub.repository("nginx")
    assert desk.exchanges == 3
    assert repo.call_count == 4


def test_a_refused_secret_at_renewal_raises_and_drops_the_secret(
    make_jwt: Callable[..., str],
) -> None:
    desk = TokenDesk(make_jwt, ttl=10, refuse_after=1)  # the PAT was revoked after login
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").mock(side_effect=desk.sync)
        repo = router.get(NGINX).respond(200, json=REPO)
        with DockerHub(cache=False, retries=0) as hub:
            hub.login("alice", SECRET)
            with pytest.raises(AuthenticationError) as info:
                hub.repository("nginx")
            assert repo.call_count == 0
            assert info.value.url == f"{BASE}/v2/auth/token"
            assert info.value.message == "Incorrect authentication credentials"
            assert not hub.is_authenticated
            hub.repository("nginx")  # carries on anonymously; the refused secret is not retried
    assert desk.exchanges == 2
    assert _bearer(repo.calls.last.request) is None


def test_a_refused_secret_after_a_401_raises_authentication_error(
    make_jwt: Callable[..., str],
) -> None:
    desk = TokenDesk(make_jwt, refuse_after=1)
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").mock(side_effect=desk.sync)
        repo = router.get(NGINX).mock(side_effect=_unauthorized_then(401, 200))
        with DockerHub(cache=False, retries=0) as hub:
            hub.login("alice", SECRET)
            with pytest.raises(AuthenticationError):
                hub.repository("nginx")
    assert desk.exchanges == 2
    assert repo.call_count == 1


def test_a_lazy_login_exchanges_on_the_first_request(make_jwt: Callable[..., str]) -> None:
    desk = TokenDesk(make_jwt)
    env = {"DOCKER_HUB_USERNAME": "alice", "DOCKER_HUB_PASSWORD": SECRET}
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").mock(side_effect=desk.sync)
        repo = router.get(NGINX).mock(side_effect=_unauthorized_then(401, 401))
        with DockerHub.from_env(env, cache=False, retries=0) as hub:
            assert desk.exchanges == 0
            with pytest.raises(AuthenticationError):
                hub.repository("nginx")
    assert desk.exchanges == 2
    assert repo.call_count == 2


# -- concurrent callers share one renewal ---------------------------------------------------


def test_sixteen_threads_with_an_expired_token_share_one_exchange(
    make_jwt: Callable[..., str],
) -> None:
    desk = TokenDesk(make_jwt, ttl=-10, delay=0.05)  # the login hands out an expired token
    barrier = threading.Barrier(16)
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").mock(side_effect=desk.sync)
        repo = router.get(NGINX).respond(200, json=REPO)
        with DockerHub(cache=False, retries=0) as hub:
            hub.login("alice", SECRET)
            desk.ttl = 600

            def fetch(_: int) -> str:
                barrier.wait()
                return hub.repository("nginx").name

            with ThreadPoolExecutor(16) as pool:
                names = list(pool.map(fetch, range(16)))
    assert names == ["nginx"] * 16
    assert desk.exchanges == 2  # the login, then exactly one renewal
    assert {_bearer(c.request) for c in repo.calls} == {f"Bearer {desk.issued[1]}"}


def test_sixteen_threads_share_the_first_lazy_exchange(make_jwt: Callable[..., str]) -> None:
    desk = TokenDesk(make_jwt, delay=0.05)
    barrier = threading.Barrier(16)
    env = {"DOCKER_HUB_USERNAME": "alice", "DOCKER_HUB_TOKEN": "dckr_pat_abc"}
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").mock(side_effect=desk.sync)
        repo = router.get(NGINX).respond(200, json=REPO)
        with DockerHub.from_env(env, cache=False, retries=0) as hub:

            def fetch(_: int) -> Any:
                barrier.wait()
                return hub.repository("nginx")

            with ThreadPoolExecutor(16) as pool:
                list(pool.map(fetch, range(16)))
    assert desk.exchanges == 1
    assert repo.call_count == 16


def test_sixteen_threads_meeting_401_share_one_exchange(make_jwt: Callable[..., str]) -> None:
    desk = TokenDesk(make_jwt, delay=0.05)
    barrier = threading.Barrier(16)
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").mock(side_effect=desk.sync)

        def answer(request: httpx.Request) -> httpx.Response:
            if _bearer(request) == f"Bearer {desk.issued[0]}":
                time.sleep(0.02)
                return httpx.Response(401, json={"detail": "Token is expired"})
            return httpx.Response(200, json=REPO)

        router.get(NGINX).mock(side_effect=answer)
        with DockerHub(cache=False, retries=0) as hub:
            hub.login("alice", SECRET)

            def fetch(_: int) -> str:
                barrier.wait()
                return hub.repository("nginx").name

            with ThreadPoolExecutor(16) as pool:
                assert list(pool.map(fetch, range(16))) == ["nginx"] * 16
    assert desk.exchanges == 2


@pytest.mark.anyio
async def test_fifty_tasks_with_an_expired_token_share_one_exchange(
    make_jwt: Callable[..., str],
) -> None:
    desk = TokenDesk(make_jwt, ttl=-10, delay=0.05)
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").mock(side_effect=desk.async_)
        repo = router.get(NGINX).respond(200, json=REPO)
        async with AsyncDockerHub(cache=False, retries=0) as hub:
            await hub.login("alice", SECRET)
            desk.ttl = 600
            results = await asyncio.gather(*(hub.repository("nginx") for _ in range(50)))
    assert [r.name for r in results] == ["nginx"] * 50
    assert desk.exchanges == 2
    assert {_bearer(c.request) for c in repo.calls} == {f"Bearer {desk.issued[1]}"}


@pytest.mark.anyio
async def test_fifty_tasks_share_the_first_lazy_exchange(make_jwt: Callable[..., str]) -> None:
    desk = TokenDesk(make_jwt, delay=0.05)
    env = {"DOCKER_HUB_USERNAME": "alice", "DOCKER_HUB_PASSWORD": SECRET}
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").mock(side_effect=desk.async_)
        repo = router.get(NGINX).respond(200, json=REPO)
        async with AsyncDockerHub.from_env(env, cache=False, retries=0) as hub:
            await asyncio.gather(*(hub.repository("nginx") for _ in range(50)))
    assert desk.exchanges == 1
    assert repo.call_count == 50


# -- set_login_token ------------------------------------------------------------------------


def test_set_login_token_is_used_as_is_and_never_exchanged(make_jwt: Callable[..., str]) -> None:
    expired = make_jwt(exp=time.time() - 3600)
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        exchange = router.post("/v2/auth/token").respond(200, json={"access_token": "x"})
        repo = router.get(NGINX).mock(side_effect=_unauthorized_then(200, 401))
        with DockerHub(cache=False, retries=0) as hub:
            hub.set_login_token(expired)
            assert hub.is_authenticated
            hub.repository("nginx")
            with pytest.raises(AuthenticationError):
                hub.repository("nginx")
    assert exchange.call_count == 0
    assert repo.call_count == 2
    assert {_bearer(c.request) for c in repo.calls} == {f"Bearer {expired}"}


def test_set_login_token_replaces_a_login(make_jwt: Callable[..., str]) -> None:
    desk = TokenDesk(make_jwt, ttl=10)
    mine = make_jwt(sub="mine")
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").mock(side_effect=desk.sync)
        repo = router.get(NGINX).respond(200, json=REPO)
        with DockerHub(cache=False, retries=0) as hub:
            hub.login("alice", SECRET)
            hub.set_login_token(mine)
            hub.repository("nginx")
            assert hub.username is None
    assert desk.exchanges == 1
    assert _bearer(repo.calls.last.request) == f"Bearer {mine}"


@pytest.mark.parametrize("bad", ["", "   "])
def test_set_login_token_refuses_an_empty_token(bad: str) -> None:
    with DockerHub(cache=False, retries=0) as hub, pytest.raises(ValueError, match="token"):
        hub.set_login_token(bad)


# -- where the token goes -------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/v2/repositories/library/nginx/",
        "http://hub.docker.com/v2/repositories/library/nginx/",
        "https://hub.docker.com:8443/v2/repositories/library/nginx/",
        "https://registry-1.docker.io/v2/",
    ],
)
def test_the_token_is_never_sent_to_another_origin(url: str, make_jwt: Callable[..., str]) -> None:
    with respx.mock() as router:
        route = router.get(url).respond(200, json={})
        with DockerHub(cache=False, retries=0) as hub:
            hub.set_login_token(make_jwt())
            hub._http.get(url)
    assert route.call_count == 1
    assert _bearer(route.calls.last.request) is None


def test_a_caller_supplied_authorization_is_stripped_for_another_origin(
    make_jwt: Callable[..., str],
) -> None:
    with respx.mock() as router:
        route = router.get("https://evil.example/x").respond(200)
        with DockerHub(cache=False, retries=0) as hub:
            hub.set_login_token(make_jwt())
            hub._http.get("https://evil.example/x", headers={"Authorization": "Bearer leak"})
    assert _bearer(route.calls.last.request) is None


def test_an_anonymous_client_sends_no_authorization_even_when_one_is_passed() -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get(NGINX).respond(200, json=REPO)
        with DockerHub(cache=False, retries=0) as hub:
            hub._http.get(BASE + NGINX, headers={"authorization": "Bearer stale"})
            hub.repository("library", "nginx")
    assert route.call_count == 2
    assert [_bearer(call.request) for call in route.calls] == [None, None]


@pytest.mark.anyio
async def test_async_the_token_is_never_sent_to_another_origin(
    make_jwt: Callable[..., str],
) -> None:
    with respx.mock() as router:
        route = router.get("https://evil.example/x").respond(200)
        async with AsyncDockerHub(cache=False, retries=0) as hub:
            hub.set_login_token(make_jwt())
            await hub._http.get("https://evil.example/x")
    assert _bearer(route.calls.last.request) is None


def test_the_login_endpoints_carry_no_authorization(make_jwt: Callable[..., str]) -> None:
    with respx.mock(base_url=BASE) as router:
        token = router.post("/v2/auth/token").respond(200, json={"access_token": make_jwt()})
        login = router.post("/v2/users/login").respond(
            401, json={"detail": "2FA", "login_2fa_token": "t2"}
        )
        second = router.post("/v2/users/2fa-login").respond(200, json={"token": make_jwt()})
        with DockerHub(cache=False, retries=0) as hub:
            hub.set_login_token(make_jwt(sub="already"))
            hub.login("alice", SECRET)
            hub.login("alice", SECRET, otp="123456")
    for route in (token, login, second):
        assert route.call_count == 1
        assert _bearer(route.calls.last.request) is None


def test_the_hub_login_token_is_sent_on_public_reads(make_jwt: Callable[..., str]) -> None:
    jwt = make_jwt()
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/users/login").respond(200, json={"token": jwt})
        repo = router.get(NGINX).respond(200, json=REPO)
        with DockerHub(cache=False, retries=0) as hub:
            result = hub.login("alice", SECRET, otp="123456")
            assert result.refreshable is False
            hub.repository("nginx")
    assert _bearer(repo.calls.last.request) == f"Bearer {jwt}"


# -- logout ---------------------------------------------------------------------------------


def test_logout_revokes_and_later_requests_are_anonymous(make_jwt: Callable[..., str]) -> None:
    jwt = make_jwt()
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").respond(200, json={"access_token": jwt})
        out = router.post("/v2/logout/").respond(200)
        repo = router.get(NGINX).respond(200, json=REPO)
        with DockerHub(cache=False, retries=0) as hub:
            hub.login("alice", SECRET)
            hub.logout()
            assert not hub.is_authenticated
            assert hub.username is None
            hub.repository("nginx")
    assert _bearer(out.calls.last.request) == f"Bearer {jwt}"
    assert _bearer(repo.calls.last.request) is None


@pytest.mark.anyio
async def test_async_logout_then_anonymous(make_jwt: Callable[..., str]) -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").respond(200, json={"access_token": make_jwt()})
        router.post("/v2/logout/").respond(204)
        repo = router.get(NGINX).respond(200, json=REPO)
        async with AsyncDockerHub(cache=False, retries=0) as hub:
            await hub.login("alice", SECRET)
            await hub.logout()
            await hub.repository("nginx")
    assert _bearer(repo.calls.last.request) is None


def test_logout_forgets_the_token_even_when_the_hub_fails(make_jwt: Callable[..., str]) -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/logout/").respond(500, json={"detail": "oops"})
        repo = router.get(NGINX).respond(200, json=REPO)
        with DockerHub(cache=False, retries=0) as hub:
            hub.set_login_token(make_jwt())
            with pytest.raises(Exception, match="oops"):
                hub.logout()
            hub.repository("nginx")
    assert _bearer(repo.calls.last.request) is None


def test_logout_when_anonymous_sends_nothing() -> None:
    with respx.mock(base_url=BASE) as router, DockerHub(cache=False, retries=0) as hub:
        assert hub.logout() is None
    assert router.calls.call_count == 0
