"""``hub.call`` and ``hub.paginate``: any generated endpoint through the client's stack."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from dockerhub import AsyncDockerHub, DockerHub, NotFoundError
from dockerhub.models import Repository, Tag
from dockerhub_client.api.repositories import get_repository, list_namespace_repositories
from dockerhub_client.api.tags import list_namespace_repository_tags

BASE = "https://hub.docker.com"
NGINX = {"namespace": "library", "name": "nginx", "pull_count": 7}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _pages(request: httpx.Request) -> httpx.Response:
    page = int(request.url.params["page"])
    size = int(request.url.params["page_size"])
    names = [f"t{i}" for i in range(5)][(page - 1) * size : page * size]
    more = page * size < 5
    nxt = f"{BASE}{request.url.path}?page={page + 1}&page_size={size}" if more else None
    return httpx.Response(
        200, json={"count": 5, "next": nxt, "results": [{"name": n} for n in names]}
    )


def test_call_runs_a_generated_endpoint_and_returns_its_model() -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get("/v2/repositories/library/nginx/").respond(200, json=NGINX)
        with DockerHub() as hub:
            first = hub.call(get_repository, namespace="library", repository="nginx")
            second = hub.call(get_repository, namespace="library", repository="nginx")
    assert isinstance(first, Repository)
    assert (first.name, first.pull_count) == ("nginx", 7)
    assert second == first
    assert route.call_count == 1  # the second answer came from the response cache
    assert hub.cache_info().hits == 1


def test_call_raw_gives_status_and_headers_with_the_parsed_body() -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/v2/repositories/library/nginx/").respond(
            200, json=NGINX, headers={"X-RateLimit-Remaining": "99"}
        )
        with DockerHub(cache=False) as hub:
            response = hub.call(get_repository, raw=True, namespace="library", repository="nginx")
    assert response.status_code == 200
    assert response.headers["x-ratelimit-remaining"] == "99"
    assert isinstance(response.parsed, Repository)
    assert hub.rate_limit is not None and hub.rate_limit.remaining == 99


@pytest.mark.parametrize("raw", [False, True])
def test_call_raises_the_typed_errors(raw: bool) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/v2/repositories/acme/nope/").respond(404, json={"detail": "Object not found"})
        with DockerHub(cache=False, retries=0) as hub, pytest.raises(NotFoundError) as info:
            hub.call(get_repository, raw=raw, namespace="acme", repository="nope")
    assert info.value.status == 404
    assert info.value.message == "Object not found"


def test_call_refuses_what_is_not_an_endpoint_module() -> None:
    with DockerHub() as hub, pytest.raises(TypeError, match="generated endpoint module"):
        hub.call(get_repository.sync_detailed)  # type: ignore[arg-type]


def test_paginate_walks_every_page() -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get("/v2/namespaces/library/repositories/nginx/tags").mock(
            side_effect=_pages
        )
        with DockerHub(cache=False) as hub:
            names = [
                tag.name
                for tag in hub.paginate(
                    list_namespace_repository_tags,
                    namespace="library",
                    repository="nginx",
                    per_page=2,
                )
            ]
    assert names == ["t0", "t1", "t2", "t3", "t4"]
    assert dict(route.calls[0].request.url.params) == {"page": "1", "page_size": "2"}
    assert route.call_count == 3


def test_paginate_checks_its_options_before_any_request() -> None:
    with respx.mock(base_url=BASE) as router, DockerHub() as hub:
        with pytest.raises(ValueError, match=r"^paginate\(\): per_page"):
            hub.paginate(list_namespace_repositories, namespace="acme", per_page=500)
        assert router.calls.call_count == 0


@pytest.mark.anyio
async def test_async_call_and_paginate_agree_with_the_sync_ones() -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/v2/repositories/library/nginx/").respond(200, json=NGINX)
        router.get("/v2/namespaces/library/repositories/nginx/tags").mock(side_effect=_pages)
        async with AsyncDockerHub(cache=False) as hub:
            repo = await hub.call(get_repository, namespace="library", repository="nginx")
            raw = await hub.call(get_repository, raw=True, namespace="library", repository="nginx")
            tags: list[Any] = [
                t
                async for t in hub.paginate(
                    list_namespace_repository_tags,
                    namespace="library",
                    repository="nginx",
                    per_page=2,
                )
            ]
    assert isinstance(repo, Repository) and repo.name == "nginx"
    assert raw.status_code == 200
    assert [t.name for t in tags] == ["t0", "t1", "t2", "t3", "t4"]
    assert all(isinstance(t, Tag) for t in tags)


def test_paginate_refuses_an_unknown_strategy() -> None:
    with respx.mock(base_url=BASE) as router, DockerHub() as hub:
        with pytest.raises(ValueError, match=r"^paginate\(\): .*strategy"):
            hub.paginate(list_namespace_repositories, namespace="acme", strategy="sideways")
        assert router.calls.call_count == 0
