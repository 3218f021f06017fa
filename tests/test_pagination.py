"""``iter_*`` / ``collect_*``: every item in order, the exact requests, safe ``next`` links,
stop conditions, concurrency and progress, on both facades."""

from __future__ import annotations

import datetime
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import aclosing
from typing import Any

import httpx
import pytest
import respx

from dockerhub._client import AsyncDockerHub, DockerHub
from dockerhub._walk import Pages, PageSpec
from dockerhub.errors import NotFoundError, UnexpectedResponseError

BASE = "https://hub.docker.com"
TAGS = "/v2/namespaces/library/repositories/nginx/tags"
ITER_NAMES = [
    "tags",
    "comments",
    "repositories_starred",
    "webhooks",
    "build_history",
    "namespace_repositories",
    "access_tokens",
    "org_access_tokens",
    "org_members",
    "teams",
    "team_members",
    "audit_logs",
    "collaborators",
    "build_links",
    "build_trigger_history",
    "user_orgs",
]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class PagedServer:
    """Serves ``total`` numbered items ``page``/``page_size`` at a time, like the Hub: an
    envelope with an absolute ``next`` link, and 404 for a page past the end."""

    def __init__(
        self,
        total: int,
        *,
        items_key: str = "results",
        total_key: str | None = "count",
        item: Callable[[int], dict[str, Any]] = lambda i: {"name": f"t{i}"},
        next_link: Callable[[httpx.URL, int, int], str | None] | None = None,
        advertised: int | None = None,
    ) -> None:
        self.total = total
        self.items_key = items_key
        self.total_key = total_key
        self.item = item
        self.next_link = next_link
        self.advertised = total if advertised is None else advertised

    def __call__(self, request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        size = int(request.url.params["page_size"])
        start = (page - 1) * size
        if start >= self.total and page > 1:
            return httpx.Response(404, json={"detail": "Page not found."})
        items = [self.item(i) for i in range(start, min(start + size, self.total))]
        if self.next_link is not None:
            link = self.next_link(request.url, page, size)
        elif start + size < self.advertised:
            link = str(request.url.copy_merge_params({"page": page + 1}))
        else:
            link = None
        body: dict[str, Any] = {"next": link, "previous": None, self.items_key: items}
        if self.total_key is not None:
            body[self.total_key] = self.advertised
        return httpx.Response(200, json=body)


@pytest.fixture
def router() -> respx.MockRouter:
    return respx.MockRouter(base_url=BASE, assert_all_called=False)


@pytest.fixture
def hub(router: respx.MockRouter) -> Iterator[DockerHub]:
    with DockerHub(
        base_url=BASE, cache=False, retries=0, transport=httpx.MockTransport(router.handler)
    ) as client:
        yield client


@pytest.fixture
async def ahub(router: respx.MockRouter) -> AsyncIterator[AsyncDockerHub]:
    transport = httpx.MockTransport(router.async_handler)
    async with AsyncDockerHub(base_url=BASE, cache=False, retries=0, transport=transport) as c:
        yield c


def sent(route: respx.Route) -> list[dict[str, str]]:
    return [dict(call.request.url.params) for call in route.calls]


def names(items: list[Any]) -> list[str]:
    return [item.name for item in items]


def expected(start: int, stop: int) -> list[str]:
    return [f"t{i}" for i in range(start, stop)]


# -- the whole list, in order, with exactly the requests needed -----------------------------


def test_all_1050_tags_in_order_with_exactly_eleven_requests(
    hub: DockerHub, router: respx.MockRouter
) -> None:
    route = router.get(TAGS).mock(side_effect=PagedServer(1050))

    tags = list(hub.iter_namespace_repository_tags("nginx", concurrency=1))

    assert names(tags) == expected(0, 1050)
    assert sent(route) == [{"page": str(p), "page_size": "100"} for p in range(1, 12)]


@pytest.mark.parametrize("concurrency", [1, 2, 4, 8])
def test_concurrency_gives_the_same_sequence_and_requests(
    hub: DockerHub, router: respx.MockRouter, concurrency: int
) -> None:
    route = router.get(TAGS).mock(side_effect=PagedServer(1050))

    tags = hub.collect_namespace_repository_tags("library", "nginx", concurrency=concurrency)

    assert names(tags) == expected(0, 1050)
    params = sorted(sent(route), key=lambda p: int(p["page"]))
    assert params == [{"page": str(p), "page_size": "100"} for p in range(1, 12)]


@pytest.mark.anyio
@pytest.mark.parametrize("concurrency", [1, 4])
async def test_async_iterator_agrees_with_the_sync_one(
    ahub: AsyncDockerHub, router: respx.MockRouter, concurrency: int
) -> None:
    route = router.get(TAGS).mock(side_effect=PagedServer(1050))

    tags = [
        tag
        async for tag in ahub.iter_namespace_repository_tags(
            "library/nginx", concurrency=concurrency
        )
    ]
    collected_tags = await ahub.collect_namespace_repository_tags(
        "_", "nginx", concurrency=concurrency
    )

    assert names(tags) == names(collected_tags) == expected(0, 1050)
    params = sorted(sent(route)[:11], key=lambda p: int(p["page"]))
    assert params == [{"page": str(p), "page_size": "100"} for p in range(1, 12)]
    assert len(route.calls) == 22


def test_smaller_page_size_is_sent_and_followed(hub: DockerHub, router: respx.MockRouter) -> None:
    route = router.get(TAGS).mock(side_effect=PagedServer(95))

    tags = hub.collect_namespace_repository_tags("nginx", per_page=30)

    assert names(tags) == expected(0, 95)
    # Pages 2-4 are fetched concurrently (the default), so they may be sent in any order.
    params = sorted(sent(route), key=lambda p: int(p["page"]))
    assert params == [{"page": str(p), "page_size": "30"} for p in range(1, 5)]


def test_no_total_falls_back_to_following_next(hub: DockerHub, router: respx.MockRouter) -> None:
    route = router.get(TAGS).mock(side_effect=PagedServer(250, total_key=None))

    tags = hub.collect_namespace_repository_tags("nginx", concurrency=8)

    assert names(tags) == expected(0, 250)
    assert sent(route) == [{"page": str(p), "page_size": "100"} for p in (1, 2, 3)]


def test_relative_next_link_is_resolved_against_the_base_url(
    hub: DockerHub, router: respx.MockRouter
) -> None:
    def relative(url: httpx.URL, page: int, size: int) -> str | None:
        return f"{TAGS}?page={page + 1}&page_size={size}" if page < 3 else None

    router.get(TAGS).mock(side_effect=PagedServer(300, next_link=relative))

    assert names(hub.collect_namespace_repository_tags("nginx", concurrency=1)) == expected(0, 300)


def test_next_link_page_size_is_followed(hub: DockerHub, router: respx.MockRouter) -> None:
    def resize(url: httpx.URL, page: int, size: int) -> str | None:
        return f"{BASE}{TAGS}?page=2&page_size=50" if page == 1 else None

    route = router.get(TAGS).mock(side_effect=PagedServer(150, next_link=resize))

    tags = hub.collect_namespace_repository_tags("nginx", concurrency=4)

    assert names(tags) == expected(0, 100) + expected(50, 100)
    assert sent(route) == [{"page": "1", "page_size": "100"}, {"page": "2", "page_size": "50"}]


# -- max_items and start_page ---------------------------------------------------------------


@pytest.mark.parametrize("concurrency", [1, 4])
def test_max_items_stops_early_without_extra_requests(
    hub: DockerHub, router: respx.MockRouter, concurrency: int
) -> None:
    route = router.get(TAGS).mock(side_effect=PagedServer(1050))

    tags = hub.collect_namespace_repository_tags("nginx", max_items=250, concurrency=concurrency)

    assert names(tags) == expected(0, 250)
    assert sorted(int(p["page"]) for p in sent(route)) == [1, 2, 3]


def test_max_items_within_the_first_page(hub: DockerHub, router: respx.MockRouter) -> None:
    route = router.get(TAGS).mock(side_effect=PagedServer(1050))

    assert names(hub.collect_namespace_repository_tags("nginx", max_items=5)) == expected(0, 5)
    assert sent(route) == [{"page": "1", "page_size": "100"}]
    assert hub.collect_namespace_repository_tags("nginx", max_items=0) == []
    assert len(route.calls) == 1


@pytest.mark.parametrize("concurrency", [1, 4])
def test_start_page(hub: DockerHub, router: respx.MockRouter, concurrency: int) -> None:
    route = router.get(TAGS).mock(side_effect=PagedServer(1050))

    tags = hub.collect_namespace_repository_tags("nginx", start_page=3, concurrency=concurrency)

    assert names(tags) == expected(200, 1050)
    assert sorted(int(p["page"]) for p in sent(route)) == list(range(3, 12))


# -- next links that must not be followed ---------------------------------------------------


@pytest.mark.parametrize(
    "foreign",
    ["https://evil.example.com", "http://hub.docker.com", "https://hub.docker.com:8443"],
)
@pytest.mark.parametrize("concurrency", [1, 4])
def test_next_on_another_origin_raises_and_is_never_requested(
    router: respx.MockRouter, foreign: str, concurrency: int
) -> None:
    def elsewhere(url: httpx.URL, page: int, size: int) -> str:
        return f"{foreign}{TAGS}?page={page + 1}&page_size={size}"

    route = router.get(TAGS).mock(side_effect=PagedServer(1050, next_link=elsewhere))
    everything = respx.MockRouter(assert_all_called=False)
    trap = everything.route().mock(return_value=httpx.Response(200, json={}))

    def handler(request: httpx.Request) -> httpx.Response:
        if (request.url.scheme, request.url.host, request.url.port) == ("https", BASE[8:], None):
            return router.handler(request)
        return everything.handler(request)

    with (
        DockerHub(
            base_url=BASE, cache=False, retries=0, transport=httpx.MockTransport(handler)
        ) as hub,
        pytest.raises(UnexpectedResponseError, match="not following it"),
    ):
        list(hub.iter_namespace_repository_tags("nginx", concurrency=concurrency))

    assert not trap.called
    assert sent(route) == [{"page": "1", "page_size": "100"}]


@pytest.mark.anyio
async def test_async_next_on_another_origin_raises(
    ahub: AsyncDockerHub, router: respx.MockRouter
) -> None:
    def elsewhere(url: httpx.URL, page: int, size: int) -> str:
        return f"https://evil.example.com{TAGS}?page={page + 1}"

    route = router.get(TAGS).mock(side_effect=PagedServer(1050, next_link=elsewhere))

    with pytest.raises(UnexpectedResponseError):
        await ahub.collect_namespace_repository_tags("nginx")
    assert len(route.calls) == 1


@pytest.mark.parametrize("concurrency", [1, 4])
def test_next_pointing_back_is_a_loop(
    hub: DockerHub, router: respx.MockRouter, concurrency: int
) -> None:
    def back(url: httpx.URL, page: int, size: int) -> str:
        return f"{BASE}{TAGS}?page={page + 1 if page == 1 else 1}&page_size={size}"

    route = router.get(TAGS).mock(side_effect=PagedServer(1050, next_link=back))

    with pytest.raises(UnexpectedResponseError, match="already fetched"):
        hub.collect_namespace_repository_tags("nginx", concurrency=concurrency)
    assert sorted(int(p["page"]) for p in sent(route))[:2] == [1, 2]


@pytest.mark.parametrize("link", [f"{BASE}{TAGS}?page_size=100", f"{BASE}{TAGS}?page=zero"])
def test_next_without_a_page_number_raises(
    hub: DockerHub, router: respx.MockRouter, link: str
) -> None:
    router.get(TAGS).mock(side_effect=PagedServer(1050, next_link=lambda *_: link))

    with pytest.raises(UnexpectedResponseError, match="page"):
        hub.collect_namespace_repository_tags("nginx")


# -- the end of the list --------------------------------------------------------------------


@pytest.mark.parametrize("concurrency", [1, 4])
def test_404_past_the_end_ends_iteration(
    hub: DockerHub, router: respx.MockRouter, concurrency: int
) -> None:
    # The envelope promises 500 items (5 pages) but only 230 exist.
    route = router.get(TAGS).mock(side_effect=PagedServer(230, advertised=500))

    tags = hub.collect_namespace_repository_tags("nginx", concurrency=concurrency)

    assert names(tags) == expected(0, 230)
    assert 4 in {int(p["page"]) for p in sent(route)}


@pytest.mark.anyio
@pytest.mark.parametrize("concurrency", [1, 4])
async def test_async_404_past_the_end_ends_iteration(
    ahub: AsyncDockerHub, router: respx.MockRouter, concurrency: int
) -> None:
    router.get(TAGS).mock(side_effect=PagedServer(230, advertised=500))

    tags = await ahub.collect_namespace_repository_tags("nginx", concurrency=concurrency)

    assert names(tags) == expected(0, 230)


def test_404_on_the_first_page_is_an_error(hub: DockerHub, router: respx.MockRouter) -> None:
    router.get(TAGS).mock(return_value=httpx.Response(404, json={"detail": "Object not found"}))

    with pytest.raises(NotFoundError):
        hub.collect_namespace_repository_tags("nginx")


def test_empty_list(hub: DockerHub, router: respx.MockRouter) -> None:
    route = router.get(TAGS).mock(side_effect=PagedServer(0))

    assert hub.collect_namespace_repository_tags("nginx") == []
    assert len(route.calls) == 1


# -- other envelopes and endpoints ----------------------------------------------------------


@pytest.mark.parametrize("concurrency", [1, 4])
def test_org_access_tokens_total_envelope(
    hub: DockerHub, router: respx.MockRouter, concurrency: int
) -> None:
    server = PagedServer(
        205, total_key="total", item=lambda i: {"id": f"tok-{i}", "label": f"label {i}"}
    )
    route = router.get("/v2/orgs/acme/access-tokens").mock(side_effect=server)
    progress: list[tuple[int, int | None]] = []

    tokens = hub.collect_org_access_tokens("acme", concurrency=concurrency, progress=_add(progress))

    assert [t.id for t in tokens] == [f"tok-{i}" for i in range(205)]
    assert sorted(int(p["page"]) for p in sent(route)) == [1, 2, 3]
    assert progress == [(100, 205), (200, 205), (205, 205)]


@pytest.mark.anyio
async def test_audit_logs_logs_envelope_with_filters(
    ahub: AsyncDockerHub, router: respx.MockRouter
) -> None:
    server = PagedServer(
        130, items_key="logs", item=lambda i: {"action": "repo.tag.push", "name": f"e{i}"}
    )
    route = router.get("/v2/auditlogs/acme").mock(side_effect=server)
    since = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)

    events = [
        event async for event in ahub.iter_audit_logs("acme", action="repo.tag.push", from_=since)
    ]

    assert [e.name for e in events] == [f"e{i}" for i in range(130)]
    assert sent(route)[0] == {
        "action": "repo.tag.push",
        "from": "2024-01-01T00:00:00Z",
        "page": "1",
        "page_size": "100",
    }
    assert sorted(p["page"] for p in sent(route)) == ["1", "2"]
    assert all(p["action"] == "repo.tag.push" for p in sent(route))


def test_org_members_filters_are_sent_on_every_page(
    hub: DockerHub, router: respx.MockRouter
) -> None:
    server = PagedServer(150, item=lambda i: {"username": f"u{i}"})
    route = router.get("/v2/orgs/acme/members").mock(side_effect=server)

    members = hub.collect_org_members("acme", role="owner", type="member", concurrency=1)

    assert len(members) == 150
    assert sent(route) == [
        {"role": "owner", "type": "member", "page": "1", "page_size": "100"},
        {"role": "owner", "type": "member", "page": "2", "page_size": "100"},
    ]


def test_every_paginated_endpoint_has_iter_and_collect_on_both_facades() -> None:
    import inspect

    for noun in ITER_NAMES:
        assert callable(getattr(DockerHub, f"iter_{noun}"))
        assert callable(getattr(AsyncDockerHub, f"iter_{noun}"))
        assert not inspect.iscoroutinefunction(getattr(DockerHub, f"collect_{noun}"))
        assert inspect.iscoroutinefunction(getattr(AsyncDockerHub, f"collect_{noun}"))
    assert not hasattr(DockerHub, "iter_org_invites")  # the invites list is not paginated


def test_spec_names_attributes_the_page_model_has() -> None:
    from dockerhub_client.api.tags import list_namespace_repository_tags

    spec = PageSpec(list_namespace_repository_tags, "TagPage", items="logs")
    with pytest.raises(TypeError, match="logs"):
        _ = spec.model


def test_every_facade_page_spec_matches_its_model() -> None:
    from dockerhub_client import facade

    specs = [value for value in vars(facade).values() if isinstance(value, PageSpec)]
    assert len(specs) >= 17
    for spec in specs:
        assert spec.model.__name__ == spec.page_type


# -- progress and option checks -------------------------------------------------------------


def _add(into: list[tuple[int, int | None]]) -> Callable[[int, int | None], None]:
    def record(items_so_far: int, total: int | None) -> None:
        into.append((items_so_far, total))

    return record


@pytest.mark.parametrize("concurrency", [1, 4])
def test_progress_after_each_page(
    hub: DockerHub, router: respx.MockRouter, concurrency: int
) -> None:
    router.get(TAGS).mock(side_effect=PagedServer(1050))
    calls: list[tuple[int, int | None]] = []

    hub.collect_namespace_repository_tags("nginx", concurrency=concurrency, progress=_add(calls))
    assert calls == [(n, 1050) for n in range(100, 1001, 100)] + [(1050, 1050)]

    calls.clear()
    hub.collect_namespace_repository_tags(
        "nginx", concurrency=concurrency, max_items=150, progress=_add(calls)
    )
    assert calls == [(100, 1050), (150, 1050)]


def test_progress_total_is_none_without_a_count(hub: DockerHub, router: respx.MockRouter) -> None:
    router.get(TAGS).mock(side_effect=PagedServer(120, total_key=None))
    calls: list[tuple[int, int | None]] = []

    hub.collect_namespace_repository_tags("nginx", progress=_add(calls))

    assert calls == [(100, None), (120, None)]


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"per_page": 0}, ValueError),
        ({"per_page": 101}, ValueError),
        ({"page_size": True}, TypeError),
        ({"page_size": "50"}, TypeError),
        ({"max_items": -1}, ValueError),
        ({"start_page": 0}, ValueError),
        ({"concurrency": 0}, ValueError),
        ({"concurrency": 33}, ValueError),
        ({"progress": "print"}, TypeError),
        ({"pagesize": 10}, TypeError),
    ],
)
def test_options_are_checked_before_any_request(
    hub: DockerHub, router: respx.MockRouter, options: dict[str, Any], error: type[Exception]
) -> None:
    route = router.get(TAGS).mock(side_effect=PagedServer(10))

    with pytest.raises(error):
        hub.iter_namespace_repository_tags("nginx", **options)
    assert not route.called


@pytest.mark.anyio
async def test_names_are_checked_before_any_request(
    ahub: AsyncDockerHub, router: respx.MockRouter
) -> None:
    route = router.route().mock(return_value=httpx.Response(200, json={"results": []}))

    with pytest.raises(ValueError, match="repository"):
        ahub.iter_namespace_repository_tags("Not/A/Repo")
    with pytest.raises(ValueError, match="namespace"):
        ahub.iter_namespace_repository_tags("Acme", "nginx")
    with pytest.raises(ValueError, match="org"):
        ahub.iter_teams("acme/../x")
    with pytest.raises(ValueError, match="team"):
        await ahub.collect_team_members("acme", "a/b")
    with pytest.raises(ValueError, match="from_"):
        ahub.iter_audit_logs("acme", from_=datetime.datetime(2024, 1, 1))
    assert not route.called


# -- cleaning up ----------------------------------------------------------------------------


def _page_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("dockerhub-pages")]


def _page_threads_after(seconds: float) -> list[threading.Thread]:
    """The page workers still alive once ``seconds`` passed (leaving a walk does not wait
    for them; they end at their next request or retry wait)."""
    deadline = time.monotonic() + seconds
    while _page_threads() and time.monotonic() < deadline:
        time.sleep(0.01)
    return _page_threads()


def test_break_out_of_a_concurrent_iterator_stops_its_workers(
    hub: DockerHub, router: respx.MockRouter
) -> None:
    route = router.get(TAGS).mock(side_effect=PagedServer(1050))

    for seen, _ in enumerate(hub.iter_namespace_repository_tags("nginx", concurrency=4), start=1):
        if seen == 150:  # inside page 2: the workers are running
            break

    assert _page_threads_after(2) == []
    assert len(route.calls) <= 1 + 4 + 1


def test_close_stops_the_workers(hub: DockerHub, router: respx.MockRouter) -> None:
    route = router.get(TAGS).mock(side_effect=PagedServer(1050))
    tags = hub.iter_namespace_repository_tags("nginx", concurrency=4)

    for _ in range(101):
        next(tags)
    tags.close()

    assert _page_threads_after(2) == []
    assert len(route.calls) <= 1 + 4 + 1


@pytest.mark.anyio
async def test_async_aclose_cancels_pages_in_flight(
    ahub: AsyncDockerHub, router: respx.MockRouter
) -> None:
    route = router.get(TAGS).mock(side_effect=PagedServer(1050))

    async with aclosing(ahub.iter_namespace_repository_tags("nginx", concurrency=4)) as tags:
        count = 0
        async for _ in tags:
            count += 1
            if count == 150:
                break

    assert count == 150
    assert len(route.calls) <= 1 + 4 + 1


def test_pages_is_typed_by_its_spec() -> None:
    from dockerhub_client.api.tags import list_namespace_repository_tags

    pages = Pages(PageSpec(list_namespace_repository_tags, "TagPage"), {"namespace": "library"})
    assert (pages.per_page, pages.max_items, pages.start_page, pages.concurrency) == (
        100,
        None,
        1,
        4,
    )


def test_help_shows_the_options_and_what_comes_back(hub: DockerHub) -> None:
    import inspect

    shown = str(inspect.signature(hub.iter_tags))
    assert shown.startswith("(namespace: 'str', repository: 'str | None' = None, *, name")
    assert "ordering: 'ListTagsOrdering | None' = None, per_page: 'int' = 100" in shown
    assert "concurrency: 'int' = 4" in shown
    assert shown.endswith("-> 'Iterator[Tag]'")
    assert str(inspect.signature(hub.collect_teams)).endswith("-> 'list[Team]'")
    assert hub.collect_teams.__name__ == "collect_teams"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_sequential_walk_frees_a_page_before_fetching_the_next(mode: str) -> None:
    """Two pages of models alive at once would double what the cyclic GC scans per page:
    by the time the next page is requested, the items the caller dropped are gone."""
    import asyncio
    import gc
    import weakref

    seen: list[weakref.ref[Any]] = []
    alive_when_asked: list[bool] = []

    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        if page > 1:
            alive_when_asked.append(any(ref() is not None for ref in seen))
        following = f"{BASE}{TAGS}?page={page + 1}&page_size=2" if page < 3 else None
        names = [f"p{page}-{i}" for i in range(2)]
        body = {"count": 6, "next": following, "results": [{"name": n} for n in names]}
        return httpx.Response(200, json=body)

    transport = httpx.MockTransport(answer)
    gc.disable()  # only reference counting frees the pages
    try:
        if mode == "sync":
            with DockerHub(BASE, transport=transport, cache=False) as hub:
                names = []
                for tag in hub.iter_namespace_repository_tags("nginx", per_page=2, concurrency=1):
                    seen.append(weakref.ref(tag))
                    names.append(tag.name)
                    del tag
        else:

            async def walk() -> list[str]:
                found = []
                async with AsyncDockerHub(BASE, transport=transport, cache=False) as hub:
                    walk = hub.iter_namespace_repository_tags("nginx", per_page=2, concurrency=1)
                    async for tag in walk:
                        seen.append(weakref.ref(tag))
                        found.append(tag.name)
                        del tag
                return found

            names = asyncio.run(walk())
    finally:
        gc.enable()
    assert names == ["p1-0", "p1-1", "p2-0", "p2-1", "p3-0", "p3-1"]
    assert alive_when_asked == [False, False]
