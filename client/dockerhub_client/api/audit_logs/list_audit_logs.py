import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_log_page import AuditLogPage
from ...types import UNSET, Response, Unset, http_status, json_loads, path_segment


def _get_kwargs(
    account: str,
    *,
    action: str | Unset = UNSET,
    name: str | Unset = UNSET,
    actor: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["name"] = name

    params["actor"] = actor

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = getattr(from_, "text", None) or from_.isoformat().replace("+00:00", "Z")
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = getattr(to, "text", None) or to.isoformat().replace("+00:00", "Z")
    params["to"] = json_to

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v2/auditlogs/{path_segment(str(account))}",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AuditLogPage | None:
    if not 200 <= response.status_code <= 299:
        if client.raise_on_unexpected_status:
            raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
        return None
    if not response.content:
        return None
    try:
        response_200 = AuditLogPage.from_dict(json_loads(response.content))

        return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.UnparseableResponse(response) from exc


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AuditLogPage]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    account: str,
    *,
    client: AuthenticatedClient | Client,
    action: str | Unset = UNSET,
    name: str | Unset = UNSET,
    actor: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[AuditLogPage]:
    """List audit log events

     Returns one page of audit events for a user or organization, newest first
    (default page size 25), under `logs` with no `next` or `count`: the pages are
    walked by page number until a short or empty page.

    Args:
        account (str):
        action (str | Unset):
        name (str | Unset):
        actor (str | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogPage]
    """

    kwargs = _get_kwargs(
        account=account,
        action=action,
        name=name,
        actor=actor,
        from_=from_,
        to=to,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account: str,
    *,
    client: AuthenticatedClient | Client,
    action: str | Unset = UNSET,
    name: str | Unset = UNSET,
    actor: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> AuditLogPage | None:
    """List audit log events

     Returns one page of audit events for a user or organization, newest first
    (default page size 25), under `logs` with no `next` or `count`: the pages are
    walked by page number until a short or empty page.

    Args:
        account (str):
        action (str | Unset):
        name (str | Unset):
        actor (str | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditLogPage
    """

    return sync_detailed(
        account=account,
        client=client,
        action=action,
        name=name,
        actor=actor,
        from_=from_,
        to=to,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    account: str,
    *,
    client: AuthenticatedClient | Client,
    action: str | Unset = UNSET,
    name: str | Unset = UNSET,
    actor: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[AuditLogPage]:
    """List audit log events

     Returns one page of audit events for a user or organization, newest first
    (default page size 25), under `logs` with no `next` or `count`: the pages are
    walked by page number until a short or empty page.

    Args:
        account (str):
        action (str | Unset):
        name (str | Unset):
        actor (str | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogPage]
    """

    kwargs = _get_kwargs(
        account=account,
        action=action,
        name=name,
        actor=actor,
        from_=from_,
        to=to,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account: str,
    *,
    client: AuthenticatedClient | Client,
    action: str | Unset = UNSET,
    name: str | Unset = UNSET,
    actor: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> AuditLogPage | None:
    """List audit log events

     Returns one page of audit events for a user or organization, newest first
    (default page size 25), under `logs` with no `next` or `count`: the pages are
    walked by page number until a short or empty page.

    Args:
        account (str):
        action (str | Unset):
        name (str | Unset):
        actor (str | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status outside 2xx and Client.raise_on_unexpected_status is True.
        errors.UnparseableResponse: If a 2xx body is not the documented JSON.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditLogPage
    """

    return (
        await asyncio_detailed(
            account=account,
            client=client,
            action=action,
            name=name,
            actor=actor,
            from_=from_,
            to=to,
            page=page,
            page_size=page_size,
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
