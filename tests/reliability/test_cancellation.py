"""Leaving a walk is prompt and final: pages in flight and their retries are cancelled, no
request leaves afterwards; an endless ``next`` chain ends at ``count`` plus a page."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import aclosing
from typing import Any

import anyio
import httpx
import pytest

from dockerhub import errors

from .conftest import SEED, async_hub, sync_hub

TAGS = "/v2/namespaces/library/repositories/nginx/tags"
TAG = SEED["tags"]["results"][0]


class SlowPages:
    """1000 tags in pages of 100: page 3 hangs until released, page 4 answers 503 with
    ``Retry-After: 1`` (so its worker sits in a retry wait), the others answer at once.
    Every request is stamped with the time it arrived."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.arrivals: list[tuple[float, int]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        page = self._arrived(request)
        if page == 3:
            self.release.wait(10)
        return self._answer(page)

    def _arrived(self, request: httpx.Request) -> int:
        page = int(request.url.params.get("page", "1"))
        self.arrivals.append((time.monotonic(), page))
        return page

    def _answer(self, page: int) -> httpx.Response:
        if page == 4:
            return httpx.Response(503, json={"detail": "busy"}, headers={"Retry-After": "1"})
        body = {
            "count": 1000,
            "next": f"https://hub.docker.com{TAGS}?page={page + 1}&page_size=100",
            "previous": None,
            "results": [dict(TAG, name=f"t{page}-{i}") for i in range(100)],
        }
        return httpx.Response(200, json=body)

    def sent_after(self, moment: float) -> list[int]:
        return [page for arrived, page in self.arrivals if arrived > moment]


class AsyncSlowPages(SlowPages):
    """The same pages for an async client: page 3 hangs in the event loop (cancellable),
    not in a blocking wait that would stall the loop itself."""

    async def __call__(self, request: httpx.Request) -> httpx.Response:  # type: ignore[override]
        page = self._arrived(request)
        if page == 3:
            await anyio.sleep(10)
        return self._answer(page)


@pytest.fixture
def slow() -> Iterator[SlowPages]:
    pages = SlowPages()
    try:
        yield pages
    finally:
        pages.release.set()


def _leave_after_150(slow: SlowPages, leave: Callable[[Any], float]) -> float:
    """Run ``leave(hub)``, which walks with 4 pages in flight and leaves after 150 items,
    returning when it started to leave: how long leaving took. Then check that nothing was
    sent after that moment, waiting long enough for page 4's retry had it not been
    cancelled."""
    with sync_hub(slow, cache=False) as hub:
        start = leave(hub)
        elapsed = time.monotonic() - start
        time.sleep(1.5)
        assert slow.sent_after(start) == []
    return elapsed


def _settle() -> float:
    time.sleep(0.2)  # page 3 is hanging, page 4's worker is in its retry wait
    return time.monotonic()


def test_break_returns_at_once_and_sends_nothing_more(slow: SlowPages) -> None:
    def break_out(hub: Any) -> float:
        for seen, _ in enumerate(hub.iter_tags("library/nginx", concurrency=4), start=1):
            if seen == 150:
                start = _settle()
                break
        return start

    assert _leave_after_150(slow, break_out) < 0.5


def test_close_returns_at_once_and_sends_nothing_more(slow: SlowPages) -> None:
    def close(hub: Any) -> float:
        tags = hub.iter_tags("library/nginx", concurrency=4)
        for _ in range(150):
            next(tags)
        start = _settle()
        tags.close()
        return start

    assert _leave_after_150(slow, close) < 0.5


def test_an_exception_in_the_loop_returns_at_once(slow: SlowPages) -> None:
    def fail(hub: Any) -> float:
        try:
            for seen, _ in enumerate(hub.iter_tags("library/nginx", concurrency=4), start=1):
                if seen == 150:
                    start = _settle()
                    raise LookupError("the caller's own failure")
        except LookupError:
            return start
        raise AssertionError("the walk ended without the caller's failure")

    assert _leave_after_150(slow, fail) < 0.5


def test_ctrl_c_while_waiting_for_a_hanging_page_returns_at_once(slow: SlowPages) -> None:
    """SIGINT arrives while the walk waits for page 3 (which hangs): KeyboardInterrupt
    reaches the caller promptly, and the walk sends nothing after it."""

    def interrupted(hub: Any) -> float:
        tags = hub.iter_tags("library/nginx", concurrency=4)
        for _ in range(200):  # pages 1 and 2
            next(tags)
        _settle()
        signalled: list[float] = []

        def interrupt() -> None:
            signalled.append(time.monotonic())
            os.kill(os.getpid(), signal.SIGINT)

        timer = threading.Timer(0.3, interrupt)
        timer.start()
        try:
            with pytest.raises(KeyboardInterrupt):
                next(tags)  # asks for page 6, then waits for page 3, which hangs
        finally:
            timer.cancel()
        return signalled[0]

    assert _leave_after_150(slow, interrupted) < 0.5


@pytest.mark.anyio
async def test_async_break_cancels_pages_in_flight() -> None:
    slow = AsyncSlowPages()
    async with async_hub(slow, cache=False) as hub:  # type: ignore[arg-type]
        async with aclosing(hub.iter_tags("library/nginx", concurrency=4)) as tags:
            seen = 0
            async for _ in tags:
                seen += 1
                if seen == 150:
                    await anyio.sleep(0.2)
                    start = time.monotonic()
                    break
        elapsed = time.monotonic() - start
        await anyio.sleep(1.5)
    assert elapsed < 0.5
    assert slow.sent_after(start) == []


# -- walks that would not end -------------------------------------------------------------


class EndlessChain:
    """Says ``count: 30`` and always links to one more page of 10."""

    def __init__(self) -> None:
        self.pages: list[int] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        self.pages.append(page)
        body = {
            "count": 30,
            "next": f"https://hub.docker.com{TAGS}?page={page + 1}&page_size=10",
            "previous": None,
            "results": [dict(TAG, name=f"t{page}-{i}") for i in range(10)],
        }
        return httpx.Response(200, json=body)


def _walk(mode: str, chain: EndlessChain, **options: Any) -> tuple[list[Any], Exception | None]:
    got: list[Any] = []
    if mode == "sync":
        with sync_hub(chain, cache=False) as hub:
            try:
                for tag in hub.iter_tags("library/nginx", per_page=10, **options):
                    got.append(tag)
            except errors.DockerHubError as exc:
                return got, exc
        return got, None

    async def main() -> Exception | None:
        async with async_hub(chain, cache=False) as hub:
            try:
                async for tag in hub.iter_tags("library/nginx", per_page=10, **options):
                    got.append(tag)
            except errors.DockerHubError as exc:
                return exc
        return None

    return got, anyio.run(main)


@pytest.mark.parametrize("concurrency", [1, 4])
def test_an_endless_next_chain_stops_past_count_plus_a_page(mode: str, concurrency: int) -> None:
    chain = EndlessChain()
    got, error = _walk(mode, chain, concurrency=concurrency)
    assert isinstance(error, errors.UnexpectedResponseError)
    assert error.message == (
        "the Hub said there are 30 items but sent more than 40 (its count plus a page); "
        "the walk stops here"
    )
    assert len(got) == 40
    assert sorted(chain.pages) == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("concurrency", [1, 4])
def test_max_pages_ends_a_walk_quietly(mode: str, concurrency: int) -> None:
    chain = EndlessChain()
    got, error = _walk(mode, chain, concurrency=concurrency, max_pages=2)
    assert error is None
    assert [tag.name for tag in got] == [f"t{p}-{i}" for p in (1, 2) for i in range(10)]
    assert sorted(chain.pages) == [1, 2]


def test_max_pages_is_checked_before_any_request() -> None:
    chain = EndlessChain()
    with sync_hub(chain) as hub, pytest.raises(ValueError, match="max_pages"):
        hub.iter_tags("library/nginx", max_pages=0)
    assert chain.pages == []


def test_page_workers_run_in_the_callers_context() -> None:
    """Pages fetched by workers still honour ``fresh()`` (its flag is a context variable)."""
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("cache-control"))
        page = int(request.url.params.get("page", "1"))
        body = {
            "count": 300,
            "next": f"https://hub.docker.com{TAGS}?page={page + 1}&page_size=100"
            if page < 3
            else None,
            "previous": None,
            "results": [dict(TAG, name=f"t{page}-{i}") for i in range(100)],
        }
        return httpx.Response(200, json=body)

    with sync_hub(handler) as hub, hub.fresh():
        assert len(list(hub.iter_tags("library/nginx", concurrency=4))) == 300
    assert seen == ["no-cache"] * 3
