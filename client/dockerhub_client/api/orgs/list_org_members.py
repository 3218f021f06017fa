from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_org_members_role import (
    ListOrgMembersRole,
)
from ...models.list_org_members_type import (
    ListOrgMembersType,
)
from ...models.org_member_page import OrgMemberPage
from ...types import UNSET, Response, Unset, http_status, json_loads, path_segment


def _get_kwargs(
    org_name: str,
    *,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    invites: bool | Unset = UNSET,
    type_: ListOrgMembersType | Unset = UNSET,
    role: ListOrgMembersRole | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["page"] = page

    params["page_size"] = page_size

    params["invites"] = invites

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    json_role: str | Unset = UNSET
    if not isinstance(role, Unset):
        json_role = role

    params["role"] = json_role

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v2/orgs/{path_segment(str(org_name))}/members",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OrgMemberPage | None:
    if not 200 <= response.status_code <= 299:
        if client.raise_on_unexpected_status:
            raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
        return None
    if not response.content:
        return None
    try:
        response_200 = OrgMemberPage.from_dict(json_loads(response.content))

        return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.UnparseableResponse(response) from exc


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OrgMemberPage]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    org_name: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    invites: bool | Unset = UNSET,
    type_: ListOrgMembersType | Unset = UNSET,
    role: ListOrgMembersRole | Unset = UNSET,
) -> Response[OrgMemberPage]:
    """List organization members

     Returns one page of an organization's members (and pending invitees).

    Args:
        org_name (str):
        search (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        invites (bool | Unset):
        type_ (ListOrgMembersType | Unset):
        role (ListOrgMembersRole | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrgMemberPage]
    """

    kwargs = _get_kwargs(
        org_name=org_name,
        search=search,
        page=page,
        page_size=page_size,
        invites=invites,
        type_=type_,
        role=role,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_name: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    invites: bool | Unset = UNSET,
    type_: ListOrgMembersType | Unset = UNSET,
    role: ListOrgMembersRole | Unset = UNSET,
) -> OrgMemberPage | None:
    """List organization members

     Returns one page of an organization's members (and pending invitees).

    Args:
        org_name (str):
        search (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        invites (bool | Unset):
        type_ (ListOrgMembersType | Unset):
        role (ListOrgMembersRole | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrgMemberPage
    """

    return sync_detailed(
        org_name=org_name,
        client=client,
        search=search,
        page=page,
        page_size=page_size,
        invites=invites,
        type_=type_,
        role=role,
    ).parsed


async def asyncio_detailed(
    org_name: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    invites: bool | Unset = UNSET,
    type_: ListOrgMembersType | Unset = UNSET,
    role: ListOrgMembersRole | Unset = UNSET,
) -> Response[OrgMemberPage]:
    """List organization members

     Returns one page of an organization's members (and pending invitees).

    Args:
        org_name (str):
        search (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        invites (bool | Unset):
        type_ (ListOrgMembersType | Unset):
        role (ListOrgMembersRole | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrgMemberPage]
    """

    kwargs = _get_kwargs(
        org_name=org_name,
        search=search,
        page=page,
        page_size=page_size,
        invites=invites,
        type_=type_,
        role=role,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_name: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    invites: bool | Unset = UNSET,
    type_: ListOrgMembersType | Unset = UNSET,
    role: ListOrgMembersRole | Unset = UNSET,
) -> OrgMemberPage | None:
    """List organization members

     Returns one page of an organization's members (and pending invitees).

    Args:
        org_name (str):
        search (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        invites (bool | Unset):
        type_ (ListOrgMembersType | Unset):
        role (ListOrgMembersRole | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrgMemberPage
    """

    return (
        await asyncio_detailed(
            org_name=org_name,
            client=client,
            search=search,
            page=page,
            page_size=page_size,
            invites=invites,
            type_=type_,
            role=role,
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
