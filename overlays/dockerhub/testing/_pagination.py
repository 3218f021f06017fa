"""Page envelopes with absolute ``next``/``previous`` links, as the Hub builds them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar
from urllib.parse import urlencode

from ._http import FakeRequest, HubError

__all__ = ["MAX_PAGE_SIZE", "page_window", "paginate"]

MAX_PAGE_SIZE = 100
T = TypeVar("T")


def _positive_int(request: FakeRequest, name: str, default: int) -> int:
    raw = request.param(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise HubError(400, f"Invalid {name}: {raw!r} is not an integer.") from None
    if value < 1:
        raise HubError(400, f"Invalid {name}: must be at least 1.")
    return value


def _link(request: FakeRequest, page: int) -> str:
    query = [(k, v) for k, values in request.query.items() if k != "page" for v in values]
    query.append(("page", str(page)))
    return f"{request.base_url}{request.path}?{urlencode(query)}"


def page_window(request: FakeRequest, default_size: int) -> tuple[int, int]:
    """The request's ``(page, page_size)``: 400 unless positive, ``page_size`` at most 100."""
    page = _positive_int(request, "page", 1)
    size = _positive_int(request, "page_size", default_size)
    if size > MAX_PAGE_SIZE:
        raise HubError(400, f"page_size must be at most {MAX_PAGE_SIZE}.")
    return page, size


def paginate(
    request: FakeRequest,
    items: Sequence[T],
    render: Callable[[T], Any],
    *,
    default_size: int = 10,
    count_key: str = "count",
    results_key: str = "results",
) -> dict[str, Any]:
    """Slice ``items`` by the request's ``page``/``page_size`` into a Hub envelope.

    ``page_size`` above 100 answers 400, a page past the end 404 (``Invalid page.``);
    page 1 of an empty collection is an empty 200 page.
    """
    page, size = page_window(request, default_size)
    start = (page - 1) * size
    if page > 1 and start >= len(items):
        raise HubError(404, "Invalid page.")
    window = items[start : start + size]
    return {
        count_key: len(items),
        "next": _link(request, page + 1) if start + size < len(items) else None,
        "previous": _link(request, page - 1) if page > 1 else None,
        results_key: [render(item) for item in window],
    }
