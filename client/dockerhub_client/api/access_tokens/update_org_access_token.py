from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.org_access_token import OrgAccessToken
from ...models.update_org_access_token_request import UpdateOrgAccessTokenRequest
from ...types import Response, http_status, json_loads, path_segment


def _get_kwargs(
    org_name: str,
    access_token_id: str,
    *,
    body: UpdateOrgAccessTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": f"/v2/orgs/{path_segment(str(org_name))}/access-tokens/{path_segment(str(access_token_id))}",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OrgAccessToken | None:
    if not 200 <= response.status_code <= 299:
        if client.raise_on_unexpected_status:
            raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
        return None
    if not response.content:
        return None
    try:
        response_200 = OrgAccessToken.from_dict(json_loads(response.content))

        return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.UnparseableResponse(response) from exc


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OrgAccessToken]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    org_name: str,
    access_token_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrgAccessTokenRequest,
) -> Response[OrgAccessToken]:
    """Update an organization access token

     Changes the label, description, resources or active state of a token.

    Args:
        org_name (str):
        access_token_id (str):
        body (UpdateOrgAccessTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrgAccessToken]
    """

    kwargs = _get_kwargs(
        org_name=org_name,
        access_token_id=access_token_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_name: str,
    access_token_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrgAccessTokenRequest,
) -> OrgAccessToken | None:
    """Update an organization access token

     Changes the label, description, resources or active state of a token.

    Args:
        org_name (str):
        access_token_id (str):
        body (UpdateOrgAccessTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrgAccessToken
    """

    return sync_detailed(
        org_name=org_name,
        access_token_id=access_token_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    org_name: str,
    access_token_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrgAccessTokenRequest,
) -> Response[OrgAccessToken]:
    """Update an organization access token

     Changes the label, description, resources or active state of a token.

    Args:
        org_name (str):
        access_token_id (str):
        body (UpdateOrgAccessTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrgAccessToken]
    """

    kwargs = _get_kwargs(
        org_name=org_name,
        access_token_id=access_token_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_name: str,
    access_token_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrgAccessTokenRequest,
) -> OrgAccessToken | None:
    """Update an organization access token

     Changes the label, description, resources or active state of a token.

    Args:
        org_name (str):
        access_token_id (str):
        body (UpdateOrgAccessTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrgAccessToken
    """

    return (
        await asyncio_detailed(
            org_name=org_name,
            access_token_id=access_token_id,
            client=client,
            body=body,
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
