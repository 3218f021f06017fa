from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.login_request import LoginRequest
from ...models.login_response import LoginResponse
from ...types import UNSET, Response, Unset, http_status, json_loads


def _get_kwargs(
    *,
    body: LoginRequest,
    refresh_token: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["refresh_token"] = refresh_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/users/login",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LoginResponse | None:
    if not 200 <= response.status_code <= 299:
        if client.raise_on_unexpected_status:
            raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
        return None
    if not response.content:
        return None
    try:
        response_200 = LoginResponse.from_dict(json_loads(response.content))

        return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.UnparseableResponse(response) from exc


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[LoginResponse]:
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
    body: LoginRequest,
    refresh_token: bool | Unset = UNSET,
) -> Response[LoginResponse]:
    """Log in with username and password

     Exchanges a username and password for a JWT. Deprecated by Docker in favour of
    `POST /v2/auth/token` but still served. Accounts with two-factor authentication
    answer 401 with a `login_2fa_token` to be used with `POST /v2/users/2fa-login`.
    The response carries a `refresh_token` only when `refresh_token=true` is sent.

    Args:
        refresh_token (bool | Unset):
        body (LoginRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoginResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        refresh_token=refresh_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
    refresh_token: bool | Unset = UNSET,
) -> LoginResponse | None:
    """Log in with username and password

     Exchanges a username and password for a JWT. Deprecated by Docker in favour of
    `POST /v2/auth/token` but still served. Accounts with two-factor authentication
    answer 401 with a `login_2fa_token` to be used with `POST /v2/users/2fa-login`.
    The response carries a `refresh_token` only when `refresh_token=true` is sent.

    Args:
        refresh_token (bool | Unset):
        body (LoginRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoginResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        refresh_token=refresh_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
    refresh_token: bool | Unset = UNSET,
) -> Response[LoginResponse]:
    """Log in with username and password

     Exchanges a username and password for a JWT. Deprecated by Docker in favour of
    `POST /v2/auth/token` but still served. Accounts with two-factor authentication
    answer 401 with a `login_2fa_token` to be used with `POST /v2/users/2fa-login`.
    The response carries a `refresh_token` only when `refresh_token=true` is sent.

    Args:
        refresh_token (bool | Unset):
        body (LoginRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoginResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        refresh_token=refresh_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
    refresh_token: bool | Unset = UNSET,
) -> LoginResponse | None:
    """Log in with username and password

     Exchanges a username and password for a JWT. Deprecated by Docker in favour of
    `POST /v2/auth/token` but still served. Accounts with two-factor authentication
    answer 401 with a `login_2fa_token` to be used with `POST /v2/users/2fa-login`.
    The response carries a `refresh_token` only when `refresh_token=true` is sent.

    Args:
        refresh_token (bool | Unset):
        body (LoginRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoginResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            refresh_token=refresh_token,
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
