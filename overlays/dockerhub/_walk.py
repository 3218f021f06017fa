"""Walking every page of a list endpoint, lazily, with blocking or async I/O.

An endpoint only declares where its items and its total are and how its pages link
(:class:`PageSpec`, generated from the spec); a facade method describes one walk
(:class:`Pages`: the endpoint's arguments plus the paging options), and the runner hands
it to :func:`iterate_sync` or :func:`iterate_async` with the function that fetches a call.

Every decision lives in :class:`_Walk`, free of I/O: which page to ask for next (the
``page`` and ``page_size`` of the Hub's ``next`` link, refused when the link leaves the
client's origin or does not move forward; or, for envelopes without links, the next page
number until a short or empty page), when to stop, what to report to ``progress``, and
whether the remaining pages may be fetched concurrently. The two drivers below only do
the fetching and hold at most ``concurrency`` pages at a time.

A walk ends at the last page, at ``max_items``, or after ``max_pages`` pages (quietly: the
caller asked for no more). A Hub that keeps linking to further pages after it has sent
more items than its ``count`` plus one page is misbehaving: the walk raises
:class:`~dockerhub.errors.UnexpectedResponseError` instead of yielding that page, so an
endless ``next`` chain cannot run forever. Leaving a concurrent sync walk (``break``,
``close()``, an exception, ``KeyboardInterrupt``) cancels the pages in flight and their
retries and returns at once (:mod:`dockerhub._cancel`); the async walk cancels its tasks.
"""

from __future__ import annotations

import functools
import math
from collections import deque
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterator, Mapping
from contextlib import aclosing
from contextvars import ContextVar
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import parse_qsl

import httpx

from dockerhub_client import models as generated_models
from dockerhub_client.types import Unset

from ._cancel import PageWorkers
from ._flow import Call
from ._validation import check_int
from .errors import NotFoundError, UnexpectedResponseError

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future
    from types import ModuleType

    from ._lazy import LazyEndpoint

__all__ = [
    "DEFAULT_CONCURRENCY",
    "MAX_CONCURRENCY",
    "MAX_PAGE_SIZE",
    "PageSpec",
    "Pages",
    "Progress",
    "iterate_async",
    "iterate_sync",
    "walking",
]

T = TypeVar("T")

MAX_PAGE_SIZE = 100
"""The largest page size Docker Hub accepts, and the default."""
DEFAULT_CONCURRENCY = 4
MAX_CONCURRENCY = 32

Progress = Callable[[int, int | None], None]
"""Called after each page with ``(items_so_far, total)``; ``total`` is ``None`` when unknown."""

_Request = tuple[int, int]  # (page, page_size)
_DEFAULT_PORTS = {"http": 80, "https": 443}
STRATEGIES = ("next-link", "page-number", "single")
"""How pages link: follow ``next``, count page numbers, or one envelope with everything."""


@dataclass(frozen=True)  # not slotted: ``model`` is a cached_property
class PageSpec(Generic[T]):
    """Where one list endpoint keeps its items and its total, and how its pages link.

    Attributes:
        endpoint: the generated module (``dockerhub_client.api.<tag>.list_<noun>``).
        page_type: the name of the attrs model it parses a page into (in
            ``dockerhub_client.models``; imported on first use).
        items: the page attribute holding the items (``results``, ``logs``).
        total: the page attribute holding the number of items of all pages (``count``,
            ``total``), or ``None``.
        strategy: ``next-link`` (follow the page's ``next``), ``page-number`` (ask for the
            next page number until a short or empty page) or ``single`` (one envelope holds
            everything).
    """

    endpoint: ModuleType | LazyEndpoint
    page_type: str
    items: str = "results"
    total: str | None = "count"
    strategy: str = field(default="next-link", kw_only=True)

    def __post_init__(self) -> None:
        if self.strategy not in STRATEGIES:
            raise ValueError(
                f"strategy must be one of {', '.join(STRATEGIES)}, got {self.strategy!r}"
            )

    @functools.cached_property
    def model(self) -> type[Any]:
        """The page model class, imported (and checked) on first use; ``object`` when the
        walk does not name one (``hub.paginate``)."""
        if not self.page_type:
            return object
        import attrs  # the generated models are attrs classes; loaded with them

        model: type[Any] = getattr(generated_models, self.page_type)
        fields = attrs.fields_dict(model)
        wanted = [self.items, self.total, "next_" if self.strategy == "next-link" else None]
        for name in wanted:
            if name is not None and name not in fields:
                raise TypeError(f"{self.page_type} has no attribute {name!r}")
        return model

    def items_of(self, parsed: Any) -> list[T]:
        """The items of one parsed page (none when the Hub left them out)."""
        items = getattr(parsed, self.items, None)
        if items is None or isinstance(items, Unset):
            return []
        if not isinstance(items, list):
            raise UnexpectedResponseError(f"the page's {self.items} are not a list")
        return items

    def page(self, params: Mapping[str, Any], per_page: int, page: int) -> Call[list[T]]:
        """The call fetching one page (``per_page`` items, page number ``page``)."""
        check_int("per_page", per_page, 1, MAX_PAGE_SIZE)
        check_int("page", page, 1)
        kwargs = {**params, "page": page, "page_size": per_page}
        return Call(self.endpoint, kwargs, expect=self.model, convert=self.items_of)

    def everything(self, params: Mapping[str, Any]) -> Call[list[T]]:
        """The call fetching a ``single`` envelope and returning all its items."""
        return Call(self.endpoint, dict(params), expect=self.model, convert=self.items_of)


@dataclass(frozen=True, slots=True)
class Pages(Generic[T]):
    """One walk over a list endpoint: its arguments and the paging options (validated).

    ``params`` are the generated function's arguments except ``client``, ``page`` and
    ``page_size``. Options: ``per_page`` items per request (1..100), ``max_items`` at most,
    from ``start_page``, ``concurrency`` pages in flight when the total is known (1..32),
    ``progress(items_so_far, total)`` after each page.
    """

    spec: PageSpec[T]
    params: Mapping[str, Any]
    per_page: int = field(default=MAX_PAGE_SIZE, kw_only=True)
    max_items: int | None = field(default=None, kw_only=True)
    start_page: int = field(default=1, kw_only=True)
    concurrency: int = field(default=DEFAULT_CONCURRENCY, kw_only=True)
    progress: Progress | None = field(default=None, kw_only=True)
    max_pages: int | None = field(default=None, kw_only=True)

    def __post_init__(self) -> None:
        check_int("per_page", self.per_page, 1, MAX_PAGE_SIZE)
        if self.max_items is not None:
            check_int("max_items", self.max_items, 0)
        if self.max_pages is not None:
            check_int("max_pages", self.max_pages, 1)
        check_int("start_page", self.start_page, 1)
        check_int("concurrency", self.concurrency, 1, MAX_CONCURRENCY)
        if self.progress is not None and not callable(self.progress):
            raise TypeError("progress must be a callable taking (items_so_far, total)")


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme)


def _offset(request: _Request) -> int:
    page, page_size = request
    return (page - 1) * page_size


def _positive_int(text: str | None) -> int | None:
    if text is None or not text.isascii() or not text.isdigit():
        return None
    value = int(text)
    return value if value >= 1 else None


class _Walk(Generic[T]):
    """The decisions of one walk, shared by the sync and async drivers; no I/O here.

    ``next`` is the request to make after the pages accepted so far, ``None`` at the end.
    """

    def __init__(self, pages: Pages[T], base_url: str) -> None:
        self._pages = pages
        self._base = httpx.URL(base_url)
        # Links the Hub writes with the client's own origin are read without a URL parse.
        self._own = f"{self._base.scheme}://{self._base.netloc.decode('ascii')}/"
        self._fetched = 0
        self._first_size = 0
        self.total: int | None = None
        self.count = 0
        self.next: _Request | None = (pages.start_page, pages.per_page)
        if pages.max_items == 0:
            self.next = None

    def call(self, request: _Request) -> Call[Any]:
        """The call fetching one page through the generated endpoint."""
        page, page_size = request
        spec = self._pages.spec
        kwargs = {**self._pages.params, "page": page, "page_size": page_size}
        return Call(spec.endpoint, kwargs, expect=spec.model)

    def accept(self, request: _Request, parsed: Any) -> list[T]:
        """Take one fetched page (in order): return its items to yield, decide what is next."""
        pages = self._pages
        first = self._fetched == 0
        self._fetched += 1
        items = pages.spec.items_of(parsed)
        if first:
            self.total = self._total(parsed)
            self._first_size = len(items)
        kept = items if pages.max_items is None else items[: pages.max_items - self.count]
        if self.total is not None and self.count + len(kept) > self.total + request[1]:
            raise UnexpectedResponseError(
                f"the Hub said there are {self.total} items but sent more than "
                f"{self.total + request[1]} (its count plus a page); the walk stops here"
            )
        self.count += len(kept)
        link = self._following(parsed, request, len(items))
        if (
            link is None
            or not items
            or self.count == pages.max_items
            or self._fetched == pages.max_pages
        ):
            self.next = None
        elif _offset(link) <= _offset(request):
            # Pages only move forward; a link back (or to the same page) would loop. Comparing
            # item offsets needs no memory of past pages, however long the walk.
            raise UnexpectedResponseError(
                f"the next-page link points back to page {link[0]}, which was already fetched"
            )
        else:
            self.next = link
        if pages.progress is not None:
            pages.progress(self.count, self.total)
        return kept

    def end(self) -> None:
        """A page after the first was not found: that is the end."""
        self.next = None

    def plan(self) -> Iterator[_Request] | None:
        """After the first page: the pages to fetch by number, or ``None`` to follow links.

        Concurrent fetching needs a total and a first page that is full and links to the
        page after it with the same size; anything else is walked link by link.
        """
        pages = self._pages
        start, size = pages.start_page, pages.per_page
        if pages.concurrency <= 1 or self.total is None or self.next != (start + 1, size):
            return None
        if self._first_size != size:
            return None
        last = math.ceil(self.total / size)
        if pages.max_items is not None:
            last = min(last, start - 1 + math.ceil(pages.max_items / size))
        if pages.max_pages is not None:
            last = min(last, start - 1 + pages.max_pages)
        return ((page, size) for page in range(start + 1, last + 1))

    def _total(self, parsed: Any) -> int | None:
        name = self._pages.spec.total
        total = None if name is None else getattr(parsed, name, None)
        if isinstance(total, bool) or not isinstance(total, int) or total < 0:
            return None
        return total

    def _following(self, parsed: Any, request: _Request, received: int) -> _Request | None:
        """The page after ``request``: from the ``next`` link, or by number."""
        strategy = self._pages.spec.strategy
        if strategy == "single":
            return None
        if strategy == "page-number":
            page, size = request
            return (page + 1, size) if received >= size else None
        return self._link(parsed, request[1])

    def _link(self, parsed: Any, page_size: int) -> _Request | None:
        raw = getattr(parsed, "next_", None)
        if not isinstance(raw, str) or not raw.strip():
            return None
        raw = raw.strip()
        if raw.startswith(self._own) and raw.isascii() and "@" not in raw:
            # The common case: an absolute link on the client's own origin. Only its
            # query matters; the slow path below handles everything else.
            params = dict(parse_qsl(raw.partition("#")[0].partition("?")[2]))
        else:
            params = self._foreign(raw)
        page = _positive_int(params.get("page"))
        if page is None:
            raise UnexpectedResponseError("the next-page link has no valid page number")
        if "page_size" in params:
            size = _positive_int(params.get("page_size"))
            if size is None:
                raise UnexpectedResponseError("the next-page link has an invalid page_size")
            page_size = size
        return page, page_size

    def _foreign(self, raw: str) -> dict[str, str]:
        """The query of a relative link or one naming another origin (refused)."""
        try:
            url = self._base.join(raw)
        except httpx.InvalidURL as exc:
            raise UnexpectedResponseError("the next-page link is not a valid URL") from exc
        if _origin(url) != _origin(self._base):
            port = f":{url.port}" if url.port else ""
            raise UnexpectedResponseError(
                f"the next-page link leaves {self._base.scheme}://{self._base.netloc.decode()} "
                f"for {url.scheme}://{url.host}{port}; not following it"
            )
        return dict(url.params)


# -- drivers: the only I/O ------------------------------------------------------------------


Fetch = Callable[[Call[Any]], Any]
AsyncFetch = Callable[[Call[Any]], Awaitable[Any]]

_WALKING: ContextVar[bool] = ContextVar("dockerhub_walking", default=False)


def walking() -> bool:
    """Whether the current request fetches a page of a walk.

    Walked pages skip the response cache (neither read from it nor stored): a walk reads
    each page once, and keeping thousands of pages would grow the cache, and the process,
    by the size of the whole list. One-page methods (``tags()``) are cached as usual.
    """
    return _WALKING.get()


def _uncached(fetch: Fetch) -> Fetch:
    def page(call: Call[Any]) -> Any:
        token = _WALKING.set(True)
        try:
            return fetch(call)
        finally:
            _WALKING.reset(token)

    return page


def _uncached_async(fetch: AsyncFetch) -> AsyncFetch:
    async def page(call: Call[Any]) -> Any:
        token = _WALKING.set(True)
        try:
            return await fetch(call)
        finally:
            _WALKING.reset(token)

    return page


def iterate_sync(fetch: Fetch, base_url: str, pages: Pages[T]) -> Generator[T, None, None]:
    """Yield every item of ``pages``, each page fetched by ``fetch`` (threads when concurrent)."""
    fetch = _uncached(fetch)
    walk = _Walk(pages, base_url)
    request = walk.next
    if request is None:
        return
    yield from walk.accept(request, fetch(walk.call(request)))
    plan = walk.plan()
    if plan is not None:
        yield from _window_sync(fetch, walk, plan, pages.concurrency)
    while (request := walk.next) is not None:
        try:
            parsed = fetch(walk.call(request))
        except NotFoundError:
            return
        items = walk.accept(request, parsed)
        # Hold nothing of a page once its items are handed out, so it is freed before the
        # next one is parsed: two pages of models alive at once would double the young
        # objects the cyclic GC scans (and promotes) per page.
        del parsed
        yield from items
        del items


def _window_sync(
    fetch: Fetch, walk: _Walk[T], plan: Iterator[_Request], concurrency: int
) -> Generator[T, None, None]:
    pending: deque[tuple[_Request, Future[Any]]] = deque()
    workers = PageWorkers()
    try:
        while True:
            for request in islice(plan, concurrency - len(pending)):
                call = walk.call(request)
                pending.append((request, workers.submit(functools.partial(fetch, call))))
            if not pending:
                return
            request, future = pending.popleft()
            try:
                parsed = future.result()
            except NotFoundError:
                walk.end()
                return
            yield from walk.accept(request, parsed)
            if walk.next is None:
                return
    finally:
        # Leaving for any reason: stop every page in flight at its next request or retry
        # wait, and do not wait for them (their results are dropped).
        workers.cancel()
        for _, future in pending:
            future.cancel()


async def iterate_async(
    fetch: AsyncFetch, base_url: str, pages: Pages[T]
) -> AsyncGenerator[T, None]:
    """Yield every item of ``pages``, each page awaited from ``fetch`` (tasks when concurrent)."""
    fetch = _uncached_async(fetch)
    walk = _Walk(pages, base_url)
    request = walk.next
    if request is None:
        return
    items = walk.accept(request, await fetch(walk.call(request)))
    for index in range(len(items)):  # no loop variable left holding the last item
        yield items[index]
    del items
    plan = walk.plan() if _on_asyncio() else None
    if plan is not None:
        async with aclosing(_window_async(fetch, walk, plan, pages.concurrency)) as window:
            async for item in window:
                yield item
    while (request := walk.next) is not None:
        try:
            parsed = await fetch(walk.call(request))
        except NotFoundError:
            return
        items = walk.accept(request, parsed)
        del parsed  # as in iterate_sync: the page is freed before the next one is parsed
        for index in range(len(items)):
            yield items[index]
        del items


def _on_asyncio() -> bool:
    import asyncio  # only async callers pay for importing it

    try:
        asyncio.get_running_loop()
    except RuntimeError:  # another event loop (trio): fetch one page at a time
        return False
    return True


async def _window_async(
    fetch: AsyncFetch, walk: _Walk[T], plan: Iterator[_Request], concurrency: int
) -> AsyncGenerator[T, None]:
    import asyncio

    pending: deque[tuple[_Request, asyncio.Task[Any]]] = deque()
    try:
        while True:
            for request in islice(plan, concurrency - len(pending)):
                task = asyncio.create_task(_awaited(fetch, walk.call(request)))
                pending.append((request, task))
            if not pending:
                return
            request, task = pending.popleft()
            try:
                parsed = await task
            except NotFoundError:
                walk.end()
                return
            for item in walk.accept(request, parsed):
                yield item
            if walk.next is None:
                return
    finally:
        for _, task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*(task for _, task in pending), return_exceptions=True)


async def _awaited(fetch: AsyncFetch, call: Call[Any]) -> Any:
    """``fetch(call)`` as a coroutine, which ``asyncio.create_task`` needs."""
    return await fetch(call)
