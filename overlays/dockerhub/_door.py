"""The low-level door: any generated endpoint through the client's whole stack.

``hub.call(endpoint, **arguments)`` runs one generated endpoint module
(``dockerhub_client.api.<tag>.<operation>``) with the same auth, cache, retries, rate-limit
tracking and typed errors as the facade methods, and returns its parsed body, typed from
the module's own annotations; ``raw=True`` returns the generated ``Response`` (status,
headers, content and parsed body). ``hub.paginate(endpoint, **arguments)`` walks a list
endpoint's pages like the ``iter_*`` methods. Useful for an endpoint the facade does not
cover yet, or when the headers matter.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar, overload

from ._flow import Call
from ._walk import DEFAULT_CONCURRENCY, MAX_PAGE_SIZE, Pages, PageSpec, Progress

if TYPE_CHECKING:
    from dockerhub_client.types import Response

    from ._lazy import LazyEndpoint
    from ._runner import AsyncRunner, SyncRunner

__all__ = ["AsyncDoor", "Endpoint", "SyncDoor"]

T = TypeVar("T")


class Endpoint(Protocol[T]):
    """A generated endpoint module: what :meth:`SyncDoor.call` accepts."""

    def sync_detailed(self, *args: Any, **kwargs: Any) -> Response[T]: ...

    async def asyncio_detailed(self, *args: Any, **kwargs: Any) -> Response[T]: ...


def _checked(endpoint: object) -> Any:
    module_like = isinstance(endpoint, ModuleType) or type(endpoint).__name__ == "LazyEndpoint"
    generated = all(
        hasattr(endpoint, name) for name in ("sync_detailed", "request_arguments", "build_response")
    )
    if module_like and generated:
        return endpoint
    raise TypeError(
        "endpoint must be a generated endpoint module, e.g. "
        "dockerhub_client.api.repositories.get_repository, "
        f"not {type(endpoint).__name__}"
    )


def _walk(
    endpoint: Endpoint[Any] | LazyEndpoint,
    arguments: dict[str, Any],
    *,
    items: str,
    total: str | None,
    strategy: str,
    per_page: int,
    max_items: int | None,
    start_page: int,
    concurrency: int,
    progress: Progress | None,
    max_pages: int | None,
) -> Pages[Any]:
    spec: PageSpec[Any] = PageSpec(_checked(endpoint), "", items, total, strategy=strategy)
    return Pages(
        spec,
        arguments,
        per_page=per_page,
        max_items=max_items,
        start_page=start_page,
        concurrency=concurrency,
        progress=progress,
        max_pages=max_pages,
    )


class SyncDoor:
    """``call`` and ``paginate`` of :class:`~dockerhub.DockerHub`."""

    _runner: SyncRunner

    @overload
    def call(
        self, endpoint: Endpoint[T], /, *, raw: Literal[False] = False, **arguments: Any
    ) -> T: ...

    @overload
    def call(
        self, endpoint: Endpoint[T], /, *, raw: Literal[True], **arguments: Any
    ) -> Response[T]: ...

    def call(
        self, endpoint: Endpoint[T], /, *, raw: bool = False, **arguments: Any
    ) -> T | Response[T]:
        """Run a generated endpoint module with ``arguments`` (its own, without ``client``).

        Returns the parsed body, or with ``raw=True`` the generated ``Response`` with
        ``status_code``, ``headers``, ``content`` and ``parsed``. Non-2xx answers raise the
        SDK's typed errors either way.
        """
        module = _checked(endpoint)
        if raw:
            return self._runner.send(module, arguments)  # type: ignore[no-any-return]
        return self._runner.execute(Call(module, arguments))

    def paginate(
        self,
        endpoint: Endpoint[Any],
        /,
        *,
        items: str = "results",
        total: str | None = "count",
        strategy: str = "next-link",
        per_page: int = MAX_PAGE_SIZE,
        max_items: int | None = None,
        start_page: int = 1,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress | None = None,
        max_pages: int | None = None,
        **arguments: Any,
    ) -> Iterator[Any]:
        """Every item of a generated list endpoint, page after page (as ``iter_*`` do).

        ``items`` and ``total`` name the page's attributes holding the items and the total;
        ``strategy`` is ``next-link`` (follow ``next``) or ``page-number`` (until a short
        page). The other options are those of the ``iter_*`` methods.
        """
        return self._runner.iterate(
            "paginate",
            _walk,
            endpoint,
            arguments,
            items=items,
            total=total,
            strategy=strategy,
            per_page=per_page,
            max_items=max_items,
            start_page=start_page,
            concurrency=concurrency,
            progress=progress,
            max_pages=max_pages,
        )


class AsyncDoor:
    """``call`` and ``paginate`` of :class:`~dockerhub.AsyncDockerHub`."""

    _runner: AsyncRunner

    @overload
    async def call(
        self, endpoint: Endpoint[T], /, *, raw: Literal[False] = False, **arguments: Any
    ) -> T: ...

    @overload
    async def call(
        self, endpoint: Endpoint[T], /, *, raw: Literal[True], **arguments: Any
    ) -> Response[T]: ...

    async def call(
        self, endpoint: Endpoint[T], /, *, raw: bool = False, **arguments: Any
    ) -> T | Response[T]:
        """Run a generated endpoint module with ``arguments``; see :meth:`DockerHub.call`."""
        module = _checked(endpoint)
        if raw:
            return await self._runner.send(module, arguments)  # type: ignore[no-any-return]
        return await self._runner.execute(Call(module, arguments))

    def paginate(
        self,
        endpoint: Endpoint[Any],
        /,
        *,
        items: str = "results",
        total: str | None = "count",
        strategy: str = "next-link",
        per_page: int = MAX_PAGE_SIZE,
        max_items: int | None = None,
        start_page: int = 1,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress | None = None,
        max_pages: int | None = None,
        **arguments: Any,
    ) -> AsyncIterator[Any]:
        """Every item of a generated list endpoint (``async for``); see
        :meth:`DockerHub.paginate`."""
        return self._runner.iterate(
            "paginate",
            _walk,
            endpoint,
            arguments,
            items=items,
            total=total,
            strategy=strategy,
            per_page=per_page,
            max_items=max_items,
            start_page=start_page,
            concurrency=concurrency,
            progress=progress,
            max_pages=max_pages,
        )
