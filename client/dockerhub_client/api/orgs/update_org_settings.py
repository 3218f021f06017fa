from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.org_settings import OrgSettings
from ...models.update_org_settings_request import UpdateOrgSettingsRequest
from ...types import Response, http_status, json_loads, path_segment


def _get_kwargs(
    org_name: str,
    *,
    body: UpdateOrgSettingsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/v2/orgs/{path_segment(str(org_name))}/settings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OrgSettings | None:
    if not 200 <= response.status_code <= 299:
        if client.raise_on_unexpected_status:
            raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
        return None
    if not response.content:
        return None
    try:
        response_200 = OrgSettings.from_dict(json_loads(response.content))

        return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.UnparseableResponse(response) from exc


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OrgSettings]:
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
    body: UpdateOrgSettingsRequest,
) -> Response[OrgSettings]:
    """Update organization settings

     Replaces organization-wide settings (owners only). `restricted_images` and its
    three flags are required, as in Docker's reference; they only take effect on a
    Business subscription.

    Args:
        org_name (str):
        body (UpdateOrgSettingsRequest): New organization settings; every image-access flag must
            be given.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrgSettings]
    """

    kwargs = _get_kwargs(
        org_name=org_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrgSettingsRequest,
) -> OrgSettings | None:
    """Update organization settings

     Replaces organization-wide settings (owners only). `restricted_images` and its
    three flags are required, as in Docker's reference; they only take effect on a
    Business subscription.

    Args:
        org_name (str):
        body (UpdateOrgSettingsRequest): New organization settings; every image-access flag must
            be given.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrgSettings
    """

    return sync_detailed(
        org_name=org_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    org_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrgSettingsRequest,
) -> Response[OrgSettings]:
    """Update organization settings

     Replaces organization-wide settings (owners only). `restricted_images` and its
    three flags are required, as in Docker's reference; they only take effect on a
    Business subscription.

    Args:
        org_name (str):
        body (UpdateOrgSettingsRequest): New organization settings; every image-access flag must
            be given.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrgSettings]
    """

    kwargs = _get_kwargs(
        org_name=org_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrgSettingsRequest,
) -> OrgSettings | None:
    """Update organization settings

     Replaces organization-wide settings (owners only). `restricted_images` and its
    three flags are required, as in Docker's reference; they only take effect on a
    Business subscription.

    Args:
        org_name (str):
        body (UpdateOrgSettingsRequest): New organization settings; every image-access flag must
            be given.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrgSettings
    """

    return (
        await asyncio_detailed(
            org_name=org_name,
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
