"""The facades as objects: construction, context managers, repr, and the local state a user
reads or sets (base URL, who is logged in, rate limits, cache switches)."""

from __future__ import annotations

import asyncio
import inspect
import pydoc
import ssl
from collections.abc import Callable

import httpx
import pytest
import respx

from dockerhub import AsyncDockerHub, DockerHub, RateLimit

BASE = "https://hub.docker.com"
NGINX = "/v2/repositories/library/nginx/"
REPO = {"name": "nginx", "namespace": "library"}


def test_the_context_manager_closes_the_pool() -> None:
    with DockerHub(cache=False, retries=0) as hub:
        assert not hub._http.is_closed
    assert hub._http.is_closed


def test_clients_build_one_tls_context_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loading the CA bundle costs ~40 ms; two clients (four transports with the registry's)
    load it once between them."""
    from dockerhub import _network

    built: list[ssl.SSLContext] = []
    real = ssl.create_default_context

    def counting(*args: object, **kwargs: object) -> ssl.SSLContext:
        context = real(*args, **kwargs)  # type: ignore[arg-type]
        built.append(context)
        return context

    monkeypatch.setattr(ssl, "create_default_context", counting)
    _network._tls_context.cache_clear()
    try:
        other = AsyncDockerHub(cache=False)
        with DockerHub(cache=False) as hub:
            assert hub._http is not other._http
        asyncio.run(other.aclose())
        assert len(built) == 1
        assert built[0].verify_mode == ssl.CERT_REQUIRED
    finally:
        _network._tls_context.cache_clear()


def test_close_closes_the_pool() -> None:
    hub = DockerHub(cache=False, retries=0)
    hub.close()
    assert hub._http.is_closed


def test_the_context_manager_closes_the_pool_on_error() -> None:
    with pytest.raises(KeyError), DockerHub(cache=False, retries=0) as hub:
        raise KeyError("boom")
    assert hub._http.is_closed


@pytest.mark.anyio
async def test_the_async_context_manager_closes_the_pool() -> None:
    async with AsyncDockerHub(cache=False, retries=0) as hub:
        assert not hub._http.is_closed
    assert hub._http.is_closed
    other = AsyncDockerHub(cache=False, retries=0)
    await other.aclose()
    assert other._http.is_closed


def test_repr_says_where_who_and_cache(make_jwt: Callable[..., str]) -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").respond(200, json={"access_token": make_jwt()})
        with DockerHub(cache=False, retries=0) as hub:
            assert repr(hub) == "DockerHub('https://hub.docker.com', anonymous, cache off)"
            hub.set_login_token(make_jwt())
            assert repr(hub) == "DockerHub('https://hub.docker.com', token, cache off)"
            hub.login("alice", "hunter2-secret")
            assert repr(hub) == "DockerHub('https://hub.docker.com', user='alice', cache off)"


def test_async_repr() -> None:
    hub = AsyncDockerHub("http://localhost:8080/")
    assert repr(hub) == "AsyncDockerHub('http://localhost:8080', anonymous, cache on)"


def test_base_url_is_normalised_and_used() -> None:
    with respx.mock(base_url="http://127.0.0.1:9000") as router:
        route = router.get(NGINX).respond(200, json=REPO)
        with DockerHub("http://127.0.0.1:9000/", cache=False, retries=0) as hub:
            assert hub.base_url == "http://127.0.0.1:9000"
            hub.repository("nginx")
    assert route.call_count == 1


@pytest.mark.parametrize("url", ["ftp://hub.docker.com", "hub.docker.com", "https://", ""])
def test_a_base_url_that_is_not_http_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        DockerHub(url)


def test_bad_cache_and_retries_arguments_are_type_errors() -> None:
    with pytest.raises(TypeError, match="cache"):
        DockerHub(cache=3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"redis://, rediss:// or unix://, got 'yes'"):
        DockerHub(cache="yes")
    with pytest.raises(TypeError, match="retries"):
        DockerHub(retries="3")  # type: ignore[arg-type]


def test_retries_false_means_no_retry_and_true_the_default() -> None:
    with DockerHub(retries=False) as hub:
        assert hub._retry_options.max_retries == 0
    with DockerHub(retries=True) as hub, DockerHub() as default:
        assert hub._retry_options == default._retry_options


def test_is_authenticated_and_username(make_jwt: Callable[..., str]) -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/auth/token").respond(200, json={"access_token": make_jwt()})
        with DockerHub(cache=False, retries=0) as hub:
            assert (hub.is_authenticated, hub.username) == (False, None)
            hub.login("alice", "hunter2-secret")
            assert (hub.is_authenticated, hub.username) == (True, "alice")
            hub.set_login_token(make_jwt())
            assert (hub.is_authenticated, hub.username) == (True, None)


def test_rate_limit_reflects_the_latest_response() -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get(NGINX)
        with DockerHub(cache=False, retries=0) as hub:
            assert hub.rate_limit is None
            route.respond(
                200,
                json=REPO,
                headers={
                    "X-RateLimit-Limit": "180",
                    "X-RateLimit-Remaining": "179",
                    "X-RateLimit-Reset": "1800000000",
                },
            )
            hub.repository("nginx")
            assert hub.rate_limit == RateLimit(limit=180, remaining=179, reset=1_800_000_000)
            route.respond(200, json=REPO, headers={"X-RateLimit-Remaining": "178"})
            hub.repository("nginx")
            assert hub.rate_limit is not None
            assert hub.rate_limit.remaining == 178


def test_cache_switches_change_what_is_sent() -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get(NGINX).respond(200, json=REPO)
        with DockerHub(retries=0) as hub:
            hub.repository("nginx")
            hub.repository("nginx")
            assert route.call_count == 1
            info = hub.cache_info()
            assert (info.hits, info.misses, info.entries) == (1, 1, 1)
            hub.clear_cache()
            assert hub.cache_info().entries == 0
            hub.repository("nginx")
            assert route.call_count == 2
            hub.set_cache_options(enabled=False)
            assert "cache off" in repr(hub)
            hub.repository("nginx")
            hub.repository("nginx")
            assert route.call_count == 4


def test_cache_off_sends_every_request() -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get(NGINX).respond(200, json=REPO)
        with DockerHub(cache=False, retries=0) as hub:
            for _ in range(3):
                hub.repository("nginx")
    assert route.call_count == 3


def test_bound_methods_show_the_callers_signature() -> None:
    with DockerHub(cache=False, retries=0) as hub:
        signature = inspect.signature(hub.tags)
        assert list(signature.parameters) == [
            "namespace",
            "repository",
            "per_page",
            "page",
            "name",
            "ordering",
        ]
        assert signature.return_annotation == "list[Tag]"
        assert hub.tags.__doc__
        assert hub.tags.__name__ == "tags"
    hub_async = AsyncDockerHub(cache=False, retries=0)
    assert list(inspect.signature(hub_async.registry_settings).parameters) == []


def test_methods_can_be_called_through_the_class() -> None:
    with respx.mock(base_url=BASE) as router:
        router.get(NGINX).respond(200, json=REPO)
        with DockerHub(cache=False, retries=0) as hub:
            assert DockerHub.repository(hub, "nginx").name == "nginx"
    assert callable(DockerHub.repository)


def test_user_agent_and_accept_headers() -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get(NGINX).respond(200, json=REPO)
        with DockerHub(cache=False, retries=0, user_agent="my-tool/1.0") as hub:
            hub.repository("nginx")
    headers = route.calls.last.request.headers
    assert headers["user-agent"] == "my-tool/1.0"
    assert headers["accept"] == "application/json"


def test_an_explicit_transport_is_used() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=REPO)

    with DockerHub(cache=False, retries=0, transport=httpx.MockTransport(handler)) as hub:
        assert hub.repository("nginx").name == "nginx"
    assert [str(r.url) for r in seen] == [BASE + NGINX]


def test_class_attributes_document_themselves() -> None:
    assert DockerHub.repository.__qualname__ == "SyncOperations.repository"
    assert AsyncDockerHub.login.__qualname__ == "HandwrittenOperations.login"
    assert inspect.iscoroutinefunction(AsyncDockerHub.repository)
    assert inspect.iscoroutinefunction(AsyncDockerHub.login)
    assert inspect.iscoroutinefunction(AsyncDockerHub.collect_tags)
    assert not inspect.iscoroutinefunction(DockerHub.repository)
    shown_async = pydoc.render_doc(AsyncDockerHub, renderer=pydoc.plaintext)
    assert (
        "async repository(self, namespace: 'str', repository: 'str | None' = None)" in shown_async
    )
    assert "async login(self, username: 'str', secret: 'str'" in shown_async
    shown = str(inspect.signature(DockerHub.iter_tags))
    assert shown.startswith("(self, namespace: 'str', repository: 'str | None' = None, *,")
    assert shown.endswith("-> 'Iterator[Tag]'")
    assert str(inspect.signature(DockerHub.repository)).endswith("-> 'Repository'")
    assert "Iterator[Tag]" in pydoc.render_doc(DockerHub, renderer=pydoc.plaintext)


def test_paging_methods_can_be_called_through_the_class() -> None:
    page = {"count": 1, "next": None, "previous": None, "results": [{"name": "latest"}]}
    with respx.mock(base_url="https://hub.docker.com") as router:
        router.get("/v2/repositories/library/nginx/tags/").respond(200, json=page)
        with DockerHub(cache=False) as hub:
            walked = [tag.name for tag in DockerHub.iter_tags(hub, "nginx")]
            collected = [tag.name for tag in DockerHub.collect_tags(hub, "nginx")]
    assert walked == collected == ["latest"]


def test_set_cache_options_uses_the_names_of_cache_options() -> None:
    with DockerHub() as hub:
        hub.set_cache_options(ttl=60, max_entries=10)
        assert (hub._cache.options.ttl, hub._cache.options.max_entries) == (60.0, 10)
        hub.set_cache_options(time=30)  # the original library's name stays accepted
        assert (hub._cache.options.ttl, hub._cache.options.max_entries) == (30.0, 10)
        hub.set_cache_options(enabled=False)
        assert (hub._cache.options.enabled, hub._cache.options.ttl) == (False, 300.0)
        with pytest.raises(ValueError, match="ttl= or time="):
            hub.set_cache_options(ttl=1, time=2)


def test_the_constructor_reads_docker_hub_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKER_HUB_BASE_URL", "http://127.0.0.1:8000")
    with DockerHub() as hub:
        assert hub.base_url == "http://127.0.0.1:8000"
    assert AsyncDockerHub().base_url == "http://127.0.0.1:8000"
    with DockerHub("https://hub.example") as explicit:
        assert explicit.base_url == "https://hub.example"  # an explicit argument wins
    monkeypatch.delenv("DOCKER_HUB_BASE_URL")
    with DockerHub() as default:
        assert default.base_url == "https://hub.docker.com"
