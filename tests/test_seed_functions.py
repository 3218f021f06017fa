"""The Node-library style module functions: ``dockerhub.repository("nginx")`` and friends act
on one default client created on first use from the environment."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator

import pytest
import respx

import dockerhub
from dockerhub import DockerHub, LoginResult
from dockerhub.models import Repository, Tag

BASE = "https://hub.docker.com"
NGINX = "/v2/repositories/library/nginx/"
REPO = {"name": "nginx", "namespace": "library", "pull_count": 7}


@pytest.fixture(autouse=True)
def fresh_default(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No default client yet and no DOCKER_HUB_* credentials; close whatever a test made."""
    for name in ("USERNAME", "PASSWORD", "TOKEN", "BASE_URL"):
        monkeypatch.delenv(f"DOCKER_HUB_{name}", raising=False)
    monkeypatch.setattr(dockerhub, "_default", None)
    yield
    if dockerhub._default is not None:
        dockerhub._default.close()


def test_repository_on_the_default_client() -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get(NGINX).respond(200, json=REPO)
        repo = dockerhub.repository("nginx")
    assert isinstance(repo, Repository)
    assert repo.pull_count == 7
    assert "authorization" not in route.calls.last.request.headers


def test_the_default_client_is_created_once_and_shared() -> None:
    assert dockerhub._default is None
    first = dockerhub.default_client()
    assert isinstance(first, DockerHub)
    assert dockerhub.default_client() is first
    assert "anonymous" in repr(first)


def test_module_functions_accept_the_same_arguments() -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get("/v2/repositories/library/nginx/tags/").respond(
            200, json={"results": [{"name": "latest"}]}
        )
        tags = dockerhub.tags("_", "nginx", per_page=5, page=2)
    assert [t.name for t in tags] == ["latest"]
    assert all(isinstance(t, Tag) for t in tags)
    assert dict(route.calls.last.request.url.params) == {"page_size": "5", "page": "2"}


def test_login_then_module_calls_carry_the_token(make_jwt: Callable[..., str]) -> None:
    jwt = make_jwt(sub="alice")
    with respx.mock(base_url=BASE) as router:
        exchange = router.post("/v2/auth/token").respond(200, json={"access_token": jwt})
        route = router.get("/v2/repositories/alice/private/").respond(
            200, json={"name": "private", "namespace": "alice"}
        )
        result = dockerhub.login("alice", "hunter2-secret")
        dockerhub.repository("alice", "private")
    assert isinstance(result, LoginResult)
    assert result.username == "alice"
    assert exchange.call_count == 1
    assert route.calls.last.request.headers["authorization"] == f"Bearer {jwt}"
    assert dockerhub.default_client().username == "alice"


def test_set_login_token_on_the_module(make_jwt: Callable[..., str]) -> None:
    jwt = make_jwt()
    with respx.mock(base_url=BASE) as router:
        route = router.get(NGINX).respond(200, json=REPO)
        dockerhub.set_login_token(jwt)
        dockerhub.repository("library/nginx")
    assert route.calls.last.request.headers["authorization"] == f"Bearer {jwt}"


def test_the_default_client_reads_credentials_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, make_jwt: Callable[..., str]
) -> None:
    jwt = make_jwt()
    monkeypatch.setenv("DOCKER_HUB_USERNAME", "alice")
    monkeypatch.setenv("DOCKER_HUB_TOKEN", "dckr_pat_abc")
    with respx.mock(base_url=BASE) as router:
        exchange = router.post("/v2/auth/token").respond(200, json={"access_token": jwt})
        route = router.get(NGINX).respond(200, json=REPO)
        dockerhub.repository("nginx")
    assert exchange.call_count == 1
    assert route.calls.last.request.headers["authorization"] == f"Bearer {jwt}"


def test_the_default_client_honours_the_base_url_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKER_HUB_BASE_URL", "http://127.0.0.1:5555")
    with respx.mock(base_url="http://127.0.0.1:5555") as router:
        router.get(NGINX).respond(200, json=REPO)
        assert dockerhub.repository("nginx").name == "nginx"
    assert dockerhub.default_client().base_url == "http://127.0.0.1:5555"


def test_unknown_module_attributes_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_method"):
        dockerhub.no_such_method  # noqa: B018
    with pytest.raises(AttributeError):
        dockerhub._private_thing  # noqa: B018
    assert dockerhub._default is None  # asking did not create a client


def test_public_names_are_exported() -> None:
    for name in dockerhub.__all__:
        assert getattr(dockerhub, name) is not None
    assert "DockerHub" in dir(dockerhub)


def test_importing_the_package_is_cheap() -> None:
    code = (
        "import sys, dockerhub; "
        "print(any(m in sys.modules for m in ('dockerhub._client', 'httpx', 'dockerhub_client')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"
