"""Secrets stay out of reprs and error messages; ``from_env`` logs in lazily and honours
``DOCKER_HUB_BASE_URL``."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import httpx
import pytest
import respx

from dockerhub import AsyncDockerHub, DockerHub, DockerHubError

BASE = "https://hub.docker.com"
NGINX = "/v2/repositories/library/nginx/"
REPO = {"name": "nginx", "namespace": "library"}
PASSWORD = "hunter2-secret"


@pytest.fixture
def jwt(make_jwt: Callable[..., str]) -> str:
    return make_jwt(sub="alice")


def _leaks(text: str, *secrets: str) -> list[str]:
    return [secret for secret in secrets if secret in text]


def _failures() -> Iterator[httpx.Response | type[Exception]]:
    yield httpx.Response(401, json={"detail": "Token is expired"})
    yield httpx.Response(403, json={"detail": "forbidden"})
    yield httpx.Response(404, json={"message": "not found", "errinfo": {}})
    yield httpx.Response(409, json={"detail": "exists"})
    yield httpx.Response(
        429, json={"detail": "Rate limit exceeded", "error": False}, headers={"Retry-After": "9999"}
    )
    yield httpx.Response(
        502, text="<html>bad gateway</html>", headers={"content-type": "text/html"}
    )
    yield httpx.Response(200, text="<html>login page</html>", headers={"content-type": "text/html"})
    yield httpx.Response(200, content=b'{"name": "ngi')
    yield httpx.Response(200)
    yield httpx.ConnectError
    yield httpx.ReadTimeout


def test_no_secret_in_any_repr_or_error_after_login(jwt: str) -> None:
    errors: list[DockerHubError] = []
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").respond(200, json={"access_token": jwt})
        route = router.get(NGINX)
        with DockerHub(cache=False, retries=0) as hub:
            result = hub.login("alice", PASSWORD)
            for failure in _failures():
                if isinstance(failure, httpx.Response):
                    route.mock(return_value=failure, side_effect=None)
                else:
                    route.mock(side_effect=failure)
                with pytest.raises(DockerHubError) as info:
                    hub.repository("nginx")
                errors.append(info.value)
            texts = [repr(hub), str(hub), repr(hub._auth), repr(result), str(result)]
            assert "alice" in repr(hub)
    assert len(errors) == 11
    for error in errors:
        texts += [str(error), repr(error), json.dumps(vars(error), default=str)]
    for text in texts:
        assert _leaks(text, PASSWORD, jwt) == [], text


def test_a_refused_secret_is_not_echoed() -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").respond(
            401, json={"detail": "Incorrect authentication credentials"}
        )
        router.post("/v2/users/login").respond(401, json={"detail": "Incorrect password"})
        with DockerHub(cache=False, retries=0) as hub:
            for kwargs in ({}, {"otp": "123456"}):
                with pytest.raises(DockerHubError) as info:
                    hub.login("alice", PASSWORD, **kwargs)
                error = info.value
                assert _leaks(str(error) + repr(error), PASSWORD, "123456") == []
            assert _leaks(repr(hub) + repr(hub._auth), PASSWORD) == []


@pytest.mark.anyio
async def test_async_no_secret_in_reprs(jwt: str) -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").respond(200, json={"access_token": jwt})
        router.get(NGINX).respond(401, json={"detail": "Token is expired"})
        async with AsyncDockerHub(cache=False, retries=0) as hub:
            result = await hub.login("alice", PASSWORD)
            with pytest.raises(DockerHubError) as info:
                await hub.repository("nginx")
            texts = [repr(hub), repr(hub._auth), repr(result), str(info.value), repr(info.value)]
    for text in texts:
        assert _leaks(text, PASSWORD, jwt) == [], text


def test_login_result_shows_who_but_not_the_token(jwt: str) -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").respond(200, json={"access_token": jwt})
        with DockerHub(cache=False, retries=0) as hub:
            result = hub.login("alice", PASSWORD)
    assert result.token == jwt
    assert "alice" in repr(result)
    assert "refreshable=True" in repr(result)
    assert jwt not in repr(result)


def test_set_login_token_does_not_show_in_repr(jwt: str) -> None:
    with DockerHub(cache=False, retries=0) as hub:
        hub.set_login_token(jwt)
        assert "token" in repr(hub)
        assert jwt not in repr(hub) + repr(hub._auth)


# -- from_env ---------------------------------------------------------------------------


@pytest.mark.parametrize("secret_var", ["DOCKER_HUB_PASSWORD", "DOCKER_HUB_TOKEN"])
def test_from_env_with_a_username_logs_in_lazily(secret_var: str, jwt: str) -> None:
    env = {"DOCKER_HUB_USERNAME": "alice", secret_var: PASSWORD}
    with respx.mock(base_url=BASE) as router:
        exchange = router.post("/v2/auth/token").respond(200, json={"access_token": jwt})
        repo = router.get(NGINX).respond(200, json=REPO)
        with DockerHub.from_env(env, cache=False, retries=0) as hub:
            assert exchange.call_count == 0  # nothing sent while building the client
            assert hub.is_authenticated
            assert hub.username == "alice"
            assert PASSWORD not in repr(hub)
            hub.repository("nginx")
            hub.repository("nginx")
    assert exchange.call_count == 1
    assert json.loads(exchange.calls.last.request.content) == {
        "identifier": "alice",
        "secret": PASSWORD,
    }
    assert repo.calls.last.request.headers["authorization"] == f"Bearer {jwt}"


def test_from_env_reads_os_environ(monkeypatch: pytest.MonkeyPatch, jwt: str) -> None:
    monkeypatch.setenv("DOCKER_HUB_USERNAME", "alice")
    monkeypatch.setenv("DOCKER_HUB_PASSWORD", PASSWORD)
    monkeypatch.delenv("DOCKER_HUB_TOKEN", raising=False)
    monkeypatch.delenv("DOCKER_HUB_BASE_URL", raising=False)
    with DockerHub.from_env(cache=False, retries=0) as hub:
        assert hub.username == "alice"
        assert hub.base_url == BASE


def test_from_env_with_a_jwt_only_uses_it_as_is(jwt: str) -> None:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        exchange = router.post("/v2/auth/token").respond(200, json={"access_token": "other"})
        repo = router.get(NGINX).respond(200, json=REPO)
        with DockerHub.from_env({"DOCKER_HUB_TOKEN": jwt}, cache=False, retries=0) as hub:
            assert hub.is_authenticated
            assert hub.username is None
            hub.repository("nginx")
    assert exchange.call_count == 0
    assert repo.calls.last.request.headers["authorization"] == f"Bearer {jwt}"


def test_from_env_with_a_non_jwt_token_and_no_username_is_refused() -> None:
    pat = "dckr_pat_2Xd7bG1cR3l4q"
    with (
        respx.mock(base_url=BASE) as router,
        pytest.raises(ValueError, match="DOCKER_HUB_USERNAME") as info,
    ):
        DockerHub.from_env({"DOCKER_HUB_TOKEN": pat})
    assert pat not in str(info.value)
    assert router.calls.call_count == 0


def test_from_env_with_a_username_and_no_secret_is_refused() -> None:
    with pytest.raises(ValueError, match="DOCKER_HUB_USERNAME"):
        DockerHub.from_env({"DOCKER_HUB_USERNAME": "alice"})


def test_from_env_without_credentials_is_anonymous() -> None:
    with respx.mock(base_url=BASE) as router:
        repo = router.get(NGINX).respond(200, json=REPO)
        with DockerHub.from_env({}, cache=False, retries=0) as hub:
            assert not hub.is_authenticated
            assert "anonymous" in repr(hub)
            hub.repository("nginx")
    assert "authorization" not in repo.calls.last.request.headers


def test_from_env_honours_docker_hub_base_url(jwt: str) -> None:
    env = {
        "DOCKER_HUB_BASE_URL": "https://hub.example.test:8443/",
        "DOCKER_HUB_USERNAME": "alice",
        "DOCKER_HUB_PASSWORD": PASSWORD,
    }
    with respx.mock(base_url="https://hub.example.test:8443") as router:
        exchange = router.post("/v2/auth/token").respond(200, json={"access_token": jwt})
        repo = router.get(NGINX).respond(200, json=REPO)
        with DockerHub.from_env(env, cache=False, retries=0) as hub:
            assert hub.base_url == "https://hub.example.test:8443"
            hub.repository("nginx")
    assert exchange.call_count == 1
    assert repo.calls.last.request.headers["authorization"] == f"Bearer {jwt}"


@pytest.mark.anyio
async def test_async_from_env_logs_in_lazily(jwt: str) -> None:
    env = {"DOCKER_HUB_USERNAME": "alice", "DOCKER_HUB_TOKEN": "dckr_pat_abc"}
    with respx.mock(base_url=BASE) as router:
        exchange = router.post("/v2/auth/token").respond(200, json={"access_token": jwt})
        router.get(NGINX).respond(200, json=REPO)
        async with AsyncDockerHub.from_env(env, cache=False, retries=0) as hub:
            assert exchange.call_count == 0
            assert (await hub.repository("nginx")).name == "nginx"
    assert exchange.call_count == 1
    assert json.loads(exchange.calls.last.request.content)["secret"] == "dckr_pat_abc"
