from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.grant_team_repository_access_request import (
    GrantTeamRepositoryAccessRequest,
)
from ...models.team_repository_permission import TeamRepositoryPermission
from ...types import Response, http_status, json_loads, path_segment


def _get_kwargs(
    namespace: str,
    repository: str,
    *,
    body: GrantTeamRepositoryAccessRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/v2/repositories/{path_segment(str(namespace))}/{path_segment(str(repository))}/groups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TeamRepositoryPermission | None:
    if not 200 <= response.status_code <= 299:
        if client.raise_on_unexpected_status:
            raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
        return None
    if not response.content:
        return None
    try:
        if response.status_code == 200:
            response_200 = TeamRepositoryPermission.from_dict(json_loads(response.content))

            return response_200

        if response.status_code == 201:
            response_201 = TeamRepositoryPermission.from_dict(json_loads(response.content))

            return response_201

        response_200 = TeamRepositoryPermission.from_dict(json_loads(response.content))

        return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.UnparseableResponse(response) from exc


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TeamRepositoryPermission]:
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
    body: GrantTeamRepositoryAccessRequest,
) -> Response[TeamRepositoryPermission]:
    """Grant a team access to a repository

     Gives an organization team read, write or admin permission on a repository.

    Args:
        namespace (str):
        repository (str):
        body (GrantTeamRepositoryAccessRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TeamRepositoryPermission]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        repository=repository,
        body=body,
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
    body: GrantTeamRepositoryAccessRequest,
) -> TeamRepositoryPermission | None:
    """Grant a team access to a repository

     Gives an organization team read, write or admin permission on a repository.

    Args:
        namespace (str):
        repository (str):
        body (GrantTeamRepositoryAccessRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TeamRepositoryPermission
    """

    return sync_detailed(
        namespace=namespace,
        repository=repository,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    repository: str,
    *,
    client: AuthenticatedClient | Client,
    body: GrantTeamRepositoryAccessRequest,
) -> Response[TeamRepositoryPermission]:
    """Grant a team access to a repository

     Gives an organization team read, write or admin permission on a repository.

    Args:
        namespace (str):
        repository (str):
        body (GrantTeamRepositoryAccessRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TeamRepositoryPermission]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        repository=repository,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    repository: str,
    *,
    client: AuthenticatedClient | Client,
    body: GrantTeamRepositoryAccessRequest,
) -> TeamRepositoryPermission | None:
    """Grant a team access to a repository

     Gives an organization team read, write or admin permission on a repository.

    Args:
        namespace (str):
        repository (str):
        body (GrantTeamRepositoryAccessRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TeamRepositoryPermission
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            repository=repository,
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
