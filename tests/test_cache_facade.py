"""The cache as a facade user sees it: hits skip the network, credentials never share."""

from __future__ import annotations

import httpx
import pytest
import respx

from dockerhub import AsyncDockerHub, DockerHub, UnexpectedResponseError
from dockerhub.models import Repository

BODY = {"name": "nginx", "namespace": "library", "pull_count": 7}


class Hub:
    """A scripted upstream that counts requests per Authorization header."""

    def __init__(self, content: bytes | None = None) -> None:
        self.seen: list[str | None] = []
        self.methods: list[str] = []
        self._content = content

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request.headers.get("authorization"))
        self.methods.append(request.method)
        if self._content is not None:
            return httpx.Response(200, content=self._content, headers={"Content-Type": "text/html"})
        return httpx.Response(200, json=BODY)


def test_second_read_is_a_hit_with_an_equal_model() -> None:
    upstream = Hub()
    with DockerHub(transport=httpx.MockTransport(upstream)) as hub:
        first = hub.repository("library", "nginx")
        second = hub.repository("library/nginx")
        info = hub.cache_info()
    assert isinstance(second, Repository)
    assert first == second
    assert first is not second
    assert len(upstream.seen) == 1
    assert (info.hits, info.misses, info.entries) == (1, 1, 1)


def test_another_token_and_anonymous_callers_never_get_a_cached_answer() -> None:
    upstream = Hub()
    with DockerHub(transport=httpx.MockTransport(upstream)) as hub:
        hub.set_login_token("token-a")
        hub.repository("nginx")
        hub.repository("nginx")
        hub.set_login_token("token-b")
        hub.repository("nginx")
        hub.logout()
        hub.repository("nginx")
    sent = list(zip(upstream.methods, upstream.seen, strict=True))
    assert sent == [
        ("GET", "Bearer token-a"),
        ("GET", "Bearer token-b"),
        ("POST", "Bearer token-b"),  # the logout itself
        ("GET", None),
    ]


def test_a_cached_body_that_does_not_parse_still_raises_the_typed_error() -> None:
    upstream = Hub(content=b"<html>maintenance</html>")
    with DockerHub(transport=httpx.MockTransport(upstream)) as hub:
        for _ in range(2):
            with pytest.raises(UnexpectedResponseError) as caught:
                hub.repository("nginx")
            assert caught.value.status == 200
            assert caught.value.url == "https://hub.docker.com/v2/repositories/library/nginx/"
    assert len(upstream.seen) == 1


def test_disabled_cache_sends_every_read() -> None:
    upstream = Hub()
    with DockerHub(transport=httpx.MockTransport(upstream), cache=False) as hub:
        hub.repository("nginx")
        hub.repository("nginx")
    assert len(upstream.seen) == 2


@pytest.mark.anyio
async def test_async_hits_share_the_same_rules() -> None:
    upstream = Hub()
    async with AsyncDockerHub(transport=httpx.MockTransport(upstream)) as hub:
        first = await hub.repository("nginx")
        second = await hub.repository("library", "nginx")
        hub.set_cache_options(enabled=True, time=60)
        third = await hub.repository("nginx")
    assert first == second == third
    assert len(upstream.seen) == 2


def test_fresh_reads_skip_the_cache_and_leave_it_as_it_was() -> None:
    upstream = Hub()
    with (
        DockerHub(transport=httpx.MockTransport(upstream)) as hub,
        DockerHub(transport=httpx.MockTransport(upstream)) as other,
    ):
        hub.repository("nginx")
        other.repository("nginx")
        with hub.fresh():
            hub.repository("nginx")
            other.repository("nginx")  # only `hub` bypasses
        hub.repository("nginx")
        info = hub.cache_info()
    assert len(upstream.seen) == 3
    assert (info.hits, info.misses, info.entries) == (1, 1, 1)


@pytest.mark.anyio
async def test_fresh_reads_skip_the_cache_in_async_tasks_too() -> None:
    upstream = Hub()
    async with AsyncDockerHub(transport=httpx.MockTransport(upstream)) as hub:
        await hub.repository("nginx")
        with hub.fresh():
            await hub.repository("nginx")
        await hub.repository("nginx")
    assert len(upstream.seen) == 2


def test_walked_pages_skip_the_cache_while_one_page_reads_are_kept() -> None:
    page = {"count": 1, "next": None, "previous": None, "results": [{"name": "latest"}]}
    with respx.mock(base_url="https://hub.docker.com") as router:
        route = router.get("/v2/repositories/library/nginx/tags/").respond(200, json=page)
        with DockerHub() as hub:
            assert [t.name for t in hub.iter_tags("nginx")] == ["latest"]
            assert [t.name for t in hub.collect_tags("nginx")] == ["latest"]
            assert hub.cache_info().entries == 0  # the walks stored nothing
            assert route.call_count == 2
            hub.tags("nginx")
            hub.tags("nginx")
            assert route.call_count == 3  # the one-page read was cached
            assert hub.cache_info().entries == 1
