from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_scim_users_sort_order import (
    ListScimUsersSortOrder,
)
from ...models.scim_user_list import ScimUserList
from ...types import UNSET, Response, Unset, http_status, json_loads


def _get_kwargs(
    *,
    start_index: int | Unset = UNSET,
    count: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    attributes: str | Unset = UNSET,
    sort_order: ListScimUsersSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["startIndex"] = start_index

    params["count"] = count

    params["filter"] = filter_

    params["attributes"] = attributes

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sortOrder"] = json_sort_order

    params["sortBy"] = sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/scim/2.0/Users",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ScimUserList | None:
    if not 200 <= response.status_code <= 299:
        if client.raise_on_unexpected_status:
            raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
        return None
    if not response.content:
        return None
    try:
        response_200 = ScimUserList.from_dict(json_loads(response.content))

        return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.UnparseableResponse(response) from exc


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ScimUserList]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_index: int | Unset = UNSET,
    count: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    attributes: str | Unset = UNSET,
    sort_order: ListScimUsersSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> Response[ScimUserList]:
    """List SCIM users

     One page of the organization's provisioned users. Paging is SCIM's own:
    `startIndex` (1-based) and `count`, answered with `totalResults`, `startIndex` and
    `itemsPerPage`. Docker's reference names the array `resources` (RFC 7644 spells it
    `Resources`); the reference's spelling is kept.

    Args:
        start_index (int | Unset):
        count (int | Unset):
        filter_ (str | Unset):
        attributes (str | Unset):
        sort_order (ListScimUsersSortOrder | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimUserList]
    """

    kwargs = _get_kwargs(
        start_index=start_index,
        count=count,
        filter_=filter_,
        attributes=attributes,
        sort_order=sort_order,
        sort_by=sort_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_index: int | Unset = UNSET,
    count: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    attributes: str | Unset = UNSET,
    sort_order: ListScimUsersSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> ScimUserList | None:
    """List SCIM users

     One page of the organization's provisioned users. Paging is SCIM's own:
    `startIndex` (1-based) and `count`, answered with `totalResults`, `startIndex` and
    `itemsPerPage`. Docker's reference names the array `resources` (RFC 7644 spells it
    `Resources`); the reference's spelling is kept.

    Args:
        start_index (int | Unset):
        count (int | Unset):
        filter_ (str | Unset):
        attributes (str | Unset):
        sort_order (ListScimUsersSortOrder | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimUserList
    """

    return sync_detailed(
        client=client,
        start_index=start_index,
        count=count,
        filter_=filter_,
        attributes=attributes,
        sort_order=sort_order,
        sort_by=sort_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_index: int | Unset = UNSET,
    count: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    attributes: str | Unset = UNSET,
    sort_order: ListScimUsersSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> Response[ScimUserList]:
    """List SCIM users

     One page of the organization's provisioned users. Paging is SCIM's own:
    `startIndex` (1-based) and `count`, answered with `totalResults`, `startIndex` and
    `itemsPerPage`. Docker's reference names the array `resources` (RFC 7644 spells it
    `Resources`); the reference's spelling is kept.

    Args:
        start_index (int | Unset):
        count (int | Unset):
        filter_ (str | Unset):
        attributes (str | Unset):
        sort_order (ListScimUsersSortOrder | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimUserList]
    """

    kwargs = _get_kwargs(
        start_index=start_index,
        count=count,
        filter_=filter_,
        attributes=attributes,
        sort_order=sort_order,
        sort_by=sort_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_index: int | Unset = UNSET,
    count: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    attributes: str | Unset = UNSET,
    sort_order: ListScimUsersSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> ScimUserList | None:
    """List SCIM users

     One page of the organization's provisioned users. Paging is SCIM's own:
    `startIndex` (1-based) and `count`, answered with `totalResults`, `startIndex` and
    `itemsPerPage`. Docker's reference names the array `resources` (RFC 7644 spells it
    `Resources`); the reference's spelling is kept.

    Args:
        start_index (int | Unset):
        count (int | Unset):
        filter_ (str | Unset):
        attributes (str | Unset):
        sort_order (ListScimUsersSortOrder | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimUserList
    """

    return (
        await asyncio_detailed(
            client=client,
            start_index=start_index,
            count=count,
            filter_=filter_,
            attributes=attributes,
            sort_order=sort_order,
            sort_by=sort_by,
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
