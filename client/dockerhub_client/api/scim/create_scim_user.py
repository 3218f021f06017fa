from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_create_user_request import ScimCreateUserRequest
from ...models.scim_user import ScimUser
from ...types import Response, http_status, json_loads


def _get_kwargs(
    *,
    body: ScimCreateUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/scim/2.0/Users",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/scim+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ScimUser | None:
    if not 200 <= response.status_code <= 299:
        if client.raise_on_unexpected_status:
            raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
        return None
    if not response.content:
        return None
    try:
        response_201 = ScimUser.from_dict(json_loads(response.content))

        return response_201

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.UnparseableResponse(response) from exc


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ScimUser]:
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
    body: ScimCreateUserRequest,
) -> Response[ScimUser]:
    """Provision a SCIM user

     Creates a user in the organization; an existing Docker user with that email is
    added to the organization's `company` team instead.

    Args:
        body (ScimCreateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimUser]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ScimCreateUserRequest,
) -> ScimUser | None:
    """Provision a SCIM user

     Creates a user in the organization; an existing Docker user with that email is
    added to the organization's `company` team instead.

    Args:
        body (ScimCreateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimUser
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ScimCreateUserRequest,
) -> Response[ScimUser]:
    """Provision a SCIM user

     Creates a user in the organization; an existing Docker user with that email is
    added to the organization's `company` team instead.

    Args:
        body (ScimCreateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimUser]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ScimCreateUserRequest,
) -> ScimUser | None:
    """Provision a SCIM user

     Creates a user in the organization; an existing Docker user with that email is
    added to the organization's `company` team instead.

    Args:
        body (ScimCreateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimUser
    """

    return (
        await asyncio_detailed(
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
