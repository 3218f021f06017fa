"""Access tokens (personal and organization) and audit logs."""

from __future__ import annotations

import datetime

from dockerhub_client import models
from dockerhub_client.types import Unset

from .._call import Call, Flow, operation
from .._lazy import endpoint
from .._validation import validate_namespace, validate_segment
from ._common import aware, optional, org_name, page_call, require_text

create_access_token = endpoint("access_tokens", "create_access_token")
create_org_access_token = endpoint("access_tokens", "create_org_access_token")
delete_access_token = endpoint("access_tokens", "delete_access_token")
delete_org_access_token = endpoint("access_tokens", "delete_org_access_token")
get_access_token = endpoint("access_tokens", "get_access_token")
get_org_access_token = endpoint("access_tokens", "get_org_access_token")
list_access_tokens = endpoint("access_tokens", "list_access_tokens")
list_org_access_tokens = endpoint("access_tokens", "list_org_access_tokens")
update_access_token = endpoint("access_tokens", "update_access_token")
update_org_access_token = endpoint("access_tokens", "update_org_access_token")
list_audit_log_actions = endpoint("audit_logs", "list_audit_log_actions")
list_audit_logs = endpoint("audit_logs", "list_audit_logs")

__all__ = ["TokenOps"]


def _scopes(scopes: list[str]) -> list[str]:
    if isinstance(scopes, str) or not scopes:
        raise ValueError("scopes must be a non-empty list, e.g. ['repo:read']")
    return [require_text(scope, "scopes") for scope in scopes]


def _logs(page: models.AuditLogPage) -> list[models.AuditLogEvent]:
    return [] if isinstance(page.logs, Unset) else list(page.logs)


class TokenOps:
    """Personal access tokens, organization access tokens and audit logs."""

    @operation
    def access_tokens(
        self, *, per_page: int = 100, page: int = 1
    ) -> Flow[list[models.AccessToken]]:
        """One page of the logged-in user's personal access tokens (values never included)."""
        return page_call(list_access_tokens, models.AccessTokenPage, per_page=per_page, page=page)

    @operation
    def create_access_token(
        self, token_label: str, scopes: list[str], *, expires_at: datetime.datetime | None = None
    ) -> Flow[models.AccessToken]:
        """Create a personal access token; its secret value is in ``.token`` of the result only
        this once."""
        body = models.CreateAccessTokenRequest(
            token_label=require_text(token_label, "token_label"),
            scopes=_scopes(scopes),
            expires_at=optional(aware(expires_at, "expires_at")),
        )
        return Call(create_access_token, {"body": body}, expect=models.AccessToken)

    @operation
    def access_token(self, uuid: str) -> Flow[models.AccessToken]:
        """One personal access token's metadata."""
        return Call(
            get_access_token, {"uuid": validate_segment(uuid, "uuid")}, expect=models.AccessToken
        )

    @operation
    def update_access_token(
        self, uuid: str, *, token_label: str | None = None, is_active: bool | None = None
    ) -> Flow[models.AccessToken]:
        """Rename, activate or deactivate a personal access token."""
        if token_label is None and is_active is None:
            raise ValueError("give token_label=, is_active= or both")
        body = models.UpdateAccessTokenRequest(
            token_label=optional(token_label), is_active=optional(is_active)
        )
        return Call(
            update_access_token,
            {"uuid": validate_segment(uuid, "uuid"), "body": body},
            expect=models.AccessToken,
        )

    @operation
    def delete_access_token(self, uuid: str) -> Flow[None]:
        """Delete a personal access token; it stops working at once."""
        return Call(delete_access_token, {"uuid": validate_segment(uuid, "uuid")})

    @operation
    def org_access_tokens(
        self, org: str, *, per_page: int = 100, page: int = 1
    ) -> Flow[list[models.OrgAccessToken]]:
        """One page of an organization's access tokens."""
        return page_call(
            list_org_access_tokens,
            models.OrgAccessTokenPage,
            per_page=per_page,
            page=page,
            org_name=org_name(org),
        )

    @operation
    def create_org_access_token(
        self,
        org: str,
        label: str,
        *,
        description: str | None = None,
        resources: list[models.OrgAccessTokenResource] | None = None,
        expires_at: datetime.datetime | None = None,
    ) -> Flow[models.OrgAccessToken]:
        """Create an organization access token (its value is returned this once)."""
        body = models.CreateOrgAccessTokenRequest(
            label=require_text(label, "label"),
            description=optional(description),
            resources=optional(None if resources is None else list(resources)),
            expires_at=optional(aware(expires_at, "expires_at")),
        )
        return Call(
            create_org_access_token,
            {"org_name": org_name(org), "body": body},
            expect=models.OrgAccessToken,
        )

    @operation
    def org_access_token(self, org: str, access_token_id: str) -> Flow[models.OrgAccessToken]:
        """One organization access token's metadata."""
        return Call(
            get_org_access_token,
            {
                "org_name": org_name(org),
                "access_token_id": validate_segment(access_token_id, "access_token_id"),
            },
            expect=models.OrgAccessToken,
        )

    @operation
    def update_org_access_token(
        self,
        org: str,
        access_token_id: str,
        *,
        label: str | None = None,
        description: str | None = None,
        resources: list[models.OrgAccessTokenResource] | None = None,
        is_active: bool | None = None,
    ) -> Flow[models.OrgAccessToken]:
        """Change an organization access token's label, description, resources or state."""
        if label is None and description is None and resources is None and is_active is None:
            raise ValueError("give at least one of label=, description=, resources=, is_active=")
        body = models.UpdateOrgAccessTokenRequest(
            label=optional(label),
            description=optional(description),
            resources=optional(None if resources is None else list(resources)),
            is_active=optional(is_active),
        )
        return Call(
            update_org_access_token,
            {
                "org_name": org_name(org),
                "access_token_id": validate_segment(access_token_id, "access_token_id"),
                "body": body,
            },
            expect=models.OrgAccessToken,
        )

    @operation
    def delete_org_access_token(self, org: str, access_token_id: str) -> Flow[None]:
        """Delete an organization access token."""
        return Call(
            delete_org_access_token,
            {
                "org_name": org_name(org),
                "access_token_id": validate_segment(access_token_id, "access_token_id"),
            },
        )

    @operation
    def audit_logs(
        self,
        account: str,
        *,
        per_page: int = 25,
        page: int = 1,
        action: str | None = None,
        name: str | None = None,
        actor: str | None = None,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
    ) -> Flow[list[models.AuditLogEvent]]:
        """One page of an account's audit log events, optionally filtered."""
        return page_call(
            list_audit_logs,
            models.AuditLogPage,
            per_page=per_page,
            page=page,
            convert=_logs,
            account=validate_namespace(account, "account"),
            action=optional(action),
            name=optional(name),
            actor=optional(actor),
            from_=optional(aware(from_, "from_")),
            to=optional(aware(to, "to")),
        )

    @operation
    def audit_log_actions(self, account: str) -> Flow[models.AuditLogActions]:
        """The kinds of events an account's audit log can hold."""
        return Call(
            list_audit_log_actions,
            {"account": validate_namespace(account, "account")},
            expect=models.AuditLogActions,
        )
