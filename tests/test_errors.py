"""What a caller catches when the Hub (or the network) fails: the class, status, method, URL
and the Hub's own message, the same on the blocking and the async client."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from dockerhub import (
    AsyncDockerHub,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DockerHub,
    DockerHubError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TransportError,
    UnexpectedResponseError,
)

BASE = "https://hub.docker.com"
NGINX_PATH = "/v2/repositories/library/nginx/"
NGINX_URL = BASE + NGINX_PATH
HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
    "<body><h1>502 Bad Gateway</h1><p>cloudflare edge 7f3a9c</p></body></html>"
)


def _sync_error(response: httpx.Response | type[Exception], call: str = "repository") -> Any:
    """Answer GET /v2/repositories/library/nginx/ with ``response`` and return what is raised."""
    with respx.mock(base_url=BASE) as router:
        route = router.route(path__regex=r"^/v2/")
        if isinstance(response, httpx.Response):
            route.mock(return_value=response)
        else:
            route.mock(side_effect=response)
        with DockerHub(cache=False, retries=0) as hub, pytest.raises(DockerHubError) as info:
            _invoke(hub, call)
    return info.value


async def _async_error(response: httpx.Response | type[Exception], call: str = "repository") -> Any:
    with respx.mock(base_url=BASE) as router:
        route = router.route(path__regex=r"^/v2/")
        if isinstance(response, httpx.Response):
            route.mock(return_value=response)
        else:
            route.mock(side_effect=response)
        async with AsyncDockerHub(cache=False, retries=0) as hub:
            with pytest.raises(DockerHubError) as info:
                await _invoke(hub, call)
    return info.value


def _invoke(hub: Any, call: str) -> Any:
    if call == "repository":
        return hub.repository("nginx")
    if call == "delete_repository":
        return hub.delete_repository("alice", "app")
    if call == "create_repository":
        return hub.create_repository("alice", "app")
    raise AssertionError(call)


STATUS_CASES = [
    # (status, body, error class, message)
    (
        401,
        {"detail": "Authentication credentials were not provided."},
        AuthenticationError,
        "Authentication credentials were not provided.",
    ),
    (
        403,
        {"detail": "You do not have permission to perform this action."},
        PermissionDeniedError,
        "You do not have permission to perform this action.",
    ),
    (
        404,
        {"message": "object not found", "errinfo": {"namespace": "library"}},
        NotFoundError,
        "object not found",
    ),
    (
        409,
        {"message": "repository already exists", "errinfo": {}},
        ConflictError,
        "repository already exists",
    ),
    (429, {"detail": "Rate limit exceeded", "error": False}, RateLimitError, "Rate limit exceeded"),
    (500, {"detail": "Internal error"}, ServerError, "Internal error"),
    (502, {"error": "upstream unavailable"}, ServerError, "upstream unavailable"),
    (503, {"detail": "Service unavailable"}, ServerError, "Service unavailable"),
    (400, {"detail": "Invalid page size"}, BadRequestError, "Invalid page size"),
    (422, {"message": "name: too long", "errinfo": {}}, BadRequestError, "name: too long"),
    (418, {"detail": "I am a teapot"}, UnexpectedResponseError, "I am a teapot"),
]


@pytest.mark.parametrize(
    ("status", "body", "cls", "message"), STATUS_CASES, ids=[str(c[0]) for c in STATUS_CASES]
)
def test_status_maps_to_a_typed_error_with_the_hubs_message(
    status: int, body: Any, cls: type[DockerHubError], message: str
) -> None:
    error = _sync_error(httpx.Response(status, json=body))
    assert type(error) is cls
    assert (error.status, error.method, error.url, error.message) == (
        status,
        "GET",
        NGINX_URL,
        message,
    )
    assert str(error) == f"{status} GET {NGINX_URL}: {message}"


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("status", "body", "cls", "message"), STATUS_CASES, ids=[str(c[0]) for c in STATUS_CASES]
)
async def test_async_client_raises_the_same_errors(
    status: int, body: Any, cls: type[DockerHubError], message: str
) -> None:
    error = await _async_error(httpx.Response(status, json=body))
    assert type(error) is cls
    assert (error.status, error.method, error.url, error.message) == (
        status,
        "GET",
        NGINX_URL,
        message,
    )


@pytest.mark.parametrize("call", ["delete_repository", "create_repository"])
def test_errors_on_writes_name_the_write(call: str) -> None:
    error = _sync_error(httpx.Response(404, json={"detail": "Not found."}), call)
    assert isinstance(error, NotFoundError)
    assert error.method in {"DELETE", "POST"}
    assert error.url is not None
    assert error.url.startswith(f"{BASE}/v2/repositories/")


def test_a_failed_delete_is_an_error_not_a_silent_success() -> None:
    # The original library never checked statuses: DELETE always "succeeded".
    error = _sync_error(httpx.Response(403, json={"detail": "nope"}), "delete_repository")
    assert isinstance(error, PermissionDeniedError)


def test_rate_limit_error_carries_the_headers() -> None:
    response = httpx.Response(
        429,
        json={"detail": "Rate limit exceeded", "error": False},
        headers={
            "Retry-After": "30",
            "X-RateLimit-Limit": "180",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": "1800000000",
        },
    )
    error = _sync_error(response)
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 30
    assert (error.limit, error.remaining, error.reset) == (180, 0, 1_800_000_000)
    assert error.message == "Rate limit exceeded"
    assert "retry_after=30" in repr(error)


def test_rate_limit_error_without_headers_has_none_values() -> None:
    error = _sync_error(httpx.Response(429, json={"detail": "Rate limit exceeded"}))
    assert isinstance(error, RateLimitError)
    assert (error.retry_after, error.limit, error.remaining, error.reset) == (None,) * 4


def test_html_page_with_200_is_an_unexpected_response() -> None:
    error = _sync_error(httpx.Response(200, text=HTML_PAGE, headers={"content-type": "text/html"}))
    assert type(error) is UnexpectedResponseError
    assert (error.status, error.method, error.url) == (200, "GET", NGINX_URL)
    assert "<html" not in str(error).lower()


def test_html_502_is_a_server_error_with_a_summary_not_the_page() -> None:
    error = _sync_error(
        httpx.Response(502, text=HTML_PAGE, headers={"content-type": "text/html; charset=utf-8"})
    )
    assert type(error) is ServerError
    assert error.status == 502
    assert error.message == "Bad Gateway (an HTML page, not the JSON the API sends)"
    for text in (str(error), repr(error)):
        assert "<" not in text
        assert "cloudflare" not in text


def test_html_without_a_content_type_is_still_recognised() -> None:
    error = _sync_error(httpx.Response(503, content=HTML_PAGE.encode()))
    assert type(error) is ServerError
    assert "HTML page" in error.message


def test_a_long_hub_message_is_clipped() -> None:
    error = _sync_error(httpx.Response(500, json={"detail": "x" * 5000}))
    assert len(error.message) <= 300


def test_truncated_json_is_an_unexpected_response() -> None:
    error = _sync_error(
        httpx.Response(
            200, content=b'{"name": "nginx", "namesp', headers={"content-type": "application/json"}
        )
    )
    assert type(error) is UnexpectedResponseError
    assert (error.status, error.method, error.url) == (200, "GET", NGINX_URL)


def test_wrong_json_shape_is_an_unexpected_response() -> None:
    error = _sync_error(httpx.Response(200, json=["not", "a", "repository"]))
    assert type(error) is UnexpectedResponseError
    assert error.status == 200


def test_empty_200_where_a_model_is_expected_is_an_unexpected_response() -> None:
    error = _sync_error(httpx.Response(200))
    assert type(error) is UnexpectedResponseError
    assert error.status == 200
    assert "Repository" in error.message
    assert "empty" in error.message
    assert error.method == "GET"
    assert error.url == "https://hub.docker.com/v2/repositories/library/nginx/"


@pytest.mark.anyio
async def test_async_body_problems_raise_the_same_errors() -> None:
    html = httpx.Response(200, text=HTML_PAGE, headers={"content-type": "text/html"})
    assert type(await _async_error(html)) is UnexpectedResponseError
    truncated = httpx.Response(
        200, content=b'{"name": ', headers={"content-type": "application/json"}
    )
    assert type(await _async_error(truncated)) is UnexpectedResponseError
    empty = await _async_error(httpx.Response(200))
    assert type(empty) is UnexpectedResponseError
    assert empty.status == 200
    assert (empty.method, empty.url) == (
        "GET",
        "https://hub.docker.com/v2/repositories/library/nginx/",
    )


TRANSPORT_FAILURES: list[tuple[type[Exception], str]] = [
    (httpx.ConnectError, "failed"),
    (httpx.ReadError, "failed"),
    (httpx.RemoteProtocolError, "failed"),
    (httpx.ConnectTimeout, "timed out"),
    (httpx.ReadTimeout, "timed out"),
]


@pytest.mark.parametrize(
    ("failure", "words"), TRANSPORT_FAILURES, ids=[f.__name__ for f, _ in TRANSPORT_FAILURES]
)
def test_network_failures_are_transport_errors(failure: type[Exception], words: str) -> None:
    error = _sync_error(failure)
    assert type(error) is TransportError
    assert (error.status, error.method, error.url) == (None, "GET", NGINX_URL)
    assert words in error.message
    assert failure.__name__ in error.message
    assert isinstance(error.__cause__, failure)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("failure", "words"), TRANSPORT_FAILURES, ids=[f.__name__ for f, _ in TRANSPORT_FAILURES]
)
async def test_async_network_failures_are_transport_errors(
    failure: type[Exception], words: str
) -> None:
    error = await _async_error(failure)
    assert type(error) is TransportError
    assert (error.method, error.url) == ("GET", NGINX_URL)
    assert words in error.message


@pytest.mark.parametrize(
    "cls",
    [
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        RateLimitError,
        ServerError,
        TransportError,
        UnexpectedResponseError,
    ],
)
def test_every_error_is_a_docker_hub_error(cls: type[Exception]) -> None:
    assert issubclass(cls, DockerHubError)
    assert issubclass(cls, Exception)


def test_error_url_never_shows_userinfo_or_secret_query_values() -> None:
    error = DockerHubError(
        "boom",
        status=500,
        method="GET",
        url="https://bob:pw@hub.docker.com/v2/x?token=abc123&page=2&password=hunter2",
    )
    text = str(error) + repr(error)
    for secret in ("abc123", "hunter2", "bob:pw"):
        assert secret not in text
    assert error.url is not None
    assert "page=2" in error.url


def test_a_refused_login_is_an_authentication_error_with_the_hubs_message() -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").respond(
            401, json={"detail": "Incorrect authentication credentials"}
        )
        with DockerHub(cache=False, retries=0) as hub:
            with pytest.raises(AuthenticationError) as info:
                hub.login("alice", "hunter2-secret")
            assert not hub.is_authenticated
    error = info.value
    assert (error.status, error.method, error.url) == (401, "POST", f"{BASE}/v2/auth/token")
    assert error.message == "Incorrect authentication credentials"
    assert "hunter2-secret" not in str(error) + repr(error)


def test_a_refused_password_with_otp_is_raised_not_sent_to_2fa() -> None:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        login = router.post("/v2/users/login").respond(401, json={"detail": "Incorrect password"})
        second = router.post("/v2/users/2fa-login").respond(200, json={"token": "x"})
        with DockerHub(cache=False, retries=0) as hub, pytest.raises(AuthenticationError) as info:
            hub.login("alice", "hunter2-secret", otp="123456")
    assert info.value.message == "Incorrect password"
    assert info.value.login_2fa_token is None
    assert login.call_count == 1
    assert second.call_count == 0


def test_a_wrong_second_factor_code_is_an_authentication_error() -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/users/login").respond(
            401, json={"detail": "Require secondary authentication", "login_2fa_token": "t2"}
        )
        router.post("/v2/users/2fa-login").respond(401, json={"detail": "Invalid code"})
        with DockerHub(cache=False, retries=0) as hub:
            with pytest.raises(AuthenticationError) as info:
                hub.login("alice", "hunter2-secret", otp="000000")
            assert not hub.is_authenticated
    assert info.value.message == "Invalid code"
    assert info.value.url == f"{BASE}/v2/users/2fa-login"


def test_login_answer_without_a_token_is_an_unexpected_response() -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").respond(200, json={"detail": "ok"})
        with DockerHub(cache=False, retries=0) as hub:
            with pytest.raises(UnexpectedResponseError):
                hub.login("alice", "hunter2-secret")
            assert not hub.is_authenticated


def test_an_error_raised_by_the_auth_flow_is_not_its_own_cause() -> None:
    env = {"DOCKER_HUB_USERNAME": "alice", "DOCKER_HUB_PASSWORD": "hunter2-secret"}
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").respond(401, json={"detail": "Incorrect credentials"})
        with (
            DockerHub.from_env(env, cache=False, retries=0) as hub,
            pytest.raises(AuthenticationError) as info,
        ):
            hub.repository("nginx")
    assert info.value.__cause__ is not info.value
    assert info.value.url == f"{BASE}/v2/auth/token"


@pytest.mark.parametrize(
    ("status", "cls"),
    [(401, AuthenticationError), (403, PermissionDeniedError), (500, ServerError)],
)
def test_check_methods_raise_for_anything_but_404(status: int, cls: type[DockerHubError]) -> None:
    with respx.mock(base_url=BASE) as router:
        router.head("/v2/namespaces/alice/repositories/app").respond(status)
        with DockerHub(cache=False, retries=0) as hub, pytest.raises(cls) as info:
            hub.check_namespace_repository("alice", "app")
    assert info.value.method == "HEAD"
    assert info.value.message
