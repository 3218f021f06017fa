from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_tags_ordering import ListTagsOrdering
from ...models.tag_page import TagPage
from ...types import UNSET, Response, Unset, http_status, json_loads, path_segment


def _get_kwargs(
    namespace: str,
    repository: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    name: str | Unset = UNSET,
    ordering: ListTagsOrdering | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["name"] = name

    json_ordering: str | Unset = UNSET
    if not isinstance(ordering, Unset):
        json_ordering = ordering

    params["ordering"] = json_ordering

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v2/repositories/{path_segment(str(namespace))}/{path_segment(str(repository))}/tags/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TagPage | None:
    if not 200 <= response.status_code <= 299:
        if client.raise_on_unexpected_status:
            raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
        return None
    if not response.content:
        return None
    try:
        response_200 = TagPage.from_dict(json_loads(response.content))

        return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.UnparseableResponse(response) from exc


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TagPage]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    namespace: str,
    repository: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    name: str | Unset = UNSET,
    ordering: ListTagsOrdering | Unset = UNSET,
) -> Response[TagPage]:
    """List tags (legacy route)

     Returns one page of a repository's tags from the legacy route, the one the
    original library and `hub-tool` call. It is not in Docker's current reference,
    which lists tags at `list_namespace_repository_tags`
    (`/v2/namespaces/{namespace}/repositories/{repository}/tags`); both answer the
    same `TagPage`. The `name` and `ordering` filters are documented here, where the
    Hub web UI sends them (not in Docker's reference). In the SDK, `hub.tags()` reads
    one page of this route and `hub.iter_tags()`/`collect_tags()` walk it; the
    namespaced route is `namespace_repository_tags()` and its `iter_`/`collect_`.
    Public repositories can be read anonymously.

    Args:
        namespace (str):
        repository (str):
        page (int | Unset):
        page_size (int | Unset):
        name (str | Unset):
        ordering (ListTagsOrdering | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TagPage]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        repository=repository,
        page=page,
        page_size=page_size,
        name=name,
        ordering=ordering,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    namespace: str,
    repository: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    name: str | Unset = UNSET,
    ordering: ListTagsOrdering | Unset = UNSET,
) -> TagPage | None:
    """List tags (legacy route)

     Returns one page of a repository's tags from the legacy route, the one the
    original library and `hub-tool` call. It is not in Docker's current reference,
    which lists tags at `list_namespace_repository_tags`
    (`/v2/namespaces/{namespace}/repositories/{repository}/tags`); both answer the
    same `TagPage`. The `name` and `ordering` filters are documented here, where the
    Hub web UI sends them (not in Docker's reference). In the SDK, `hub.tags()` reads
    one page of this route and `hub.iter_tags()`/`collect_tags()` walk it; the
    namespaced route is `namespace_repository_tags()` and its `iter_`/`collect_`.
    Public repositories can be read anonymously.

    Args:
        namespace (str):
        repository (str):
        page (int | Unset):
        page_size (int | Unset):
        name (str | Unset):
        ordering (ListTagsOrdering | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagPage
    """

    return sync_detailed(
        namespace=namespace,
        repository=repository,
        client=client,
        page=page,
        page_size=page_size,
        name=name,
        ordering=ordering,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    repository: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    name: str | Unset = UNSET,
    ordering: ListTagsOrdering | Unset = UNSET,
) -> Response[TagPage]:
    """List tags (legacy route)

     Returns one page of a repository's tags from the legacy route, the one the
    original library and `hub-tool` call. It is not in Docker's current reference,
    which lists tags at `list_namespace_repository_tags`
    (`/v2/namespaces/{namespace}/repositories/{repository}/tags`); both answer the
    same `TagPage`. The `name` and `ordering` filters are documented here, where the
    Hub web UI sends them (not in Docker's reference). In the SDK, `hub.tags()` reads
    one page of this route and `hub.iter_tags()`/`collect_tags()` walk it; the
    namespaced route is `namespace_repository_tags()` and its `iter_`/`collect_`.
    Public repositories can be read anonymously.

    Args:
        namespace (str):
        repository (str):
        page (int | Unset):
        page_size (int | Unset):
        name (str | Unset):
        ordering (ListTagsOrdering | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TagPage]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        repository=repository,
        page=page,
        page_size=page_size,
        name=name,
        ordering=ordering,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    repository: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    name: str | Unset = UNSET,
    ordering: ListTagsOrdering | Unset = UNSET,
) -> TagPage | None:
    """List tags (legacy route)

     Returns one page of a repository's tags from the legacy route, the one the
    original library and `hub-tool` call. It is not in Docker's current reference,
    which lists tags at `list_namespace_repository_tags`
    (`/v2/namespaces/{namespace}/repositories/{repository}/tags`); both answer the
    same `TagPage`. The `name` and `ordering` filters are documented here, where the
    Hub web UI sends them (not in Docker's reference). In the SDK, `hub.tags()` reads
    one page of this route and `hub.iter_tags()`/`collect_tags()` walk it; the
    namespaced route is `namespace_repository_tags()` and its `iter_`/`collect_`.
    Public repositories can be read anonymously.

    Args:
        namespace (str):
        repository (str):
        page (int | Unset):
        page_size (int | Unset):
        name (str | Unset):
        ordering (ListTagsOrdering | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagPage
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            repository=repository,
            client=client,
            page=page,
            page_size=page_size,
            name=name,
            ordering=ordering,
        )
    ).parsed


# The SDK's runner builds and sends the request itself (its URL parsed once), and answers
# from its cache without sending; it uses these three.
request_arguments = _get_kwargs
"""The ``httpx`` request arguments (method, URL, params, body) for this operation."""
parse_response = _parse_response
"""The typed body of a response to this operation (raises like the functions above)."""
build_response = _build_response
"""The ``Response`` (status, content, headers, typed body) the ``*_detailed`` functions return."""
