"""Audit logs of an account: events (``logs`` envelope) and the action catalogue.

Like the Hub, a page of events is only ``{"logs": [...]}``: no count and no links, so a
client walks ``page`` = 1, 2, ... until a page is shorter than ``page_size`` (or empty;
a page past the end is an empty 200, not a 404).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ._context import Context
from ._http import FakeResponse, HubError, Router
from ._pagination import page_window

__all__ = ["ACTIONS", "router"]

router = Router()

#: Every action the fake records, by category, as served by ``/actions``.
ACTIONS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "repo": (
        "Repository",
        [
            ("repo.create", "Repository created"),
            ("repo.update", "Repository updated"),
            ("repo.delete", "Repository deleted"),
            ("repo.change_privacy", "Repository privacy changed"),
            ("repo.tag.delete", "Tag deleted"),
            ("repo.collaborator.add", "Collaborator added"),
            ("repo.collaborator.remove", "Collaborator removed"),
            ("repo.webhook.create", "Webhook created"),
            ("repo.webhook.delete", "Webhook deleted"),
            ("repo.immutable_tags", "Immutable tags changed"),
            ("repo.team_access", "Team access granted"),
        ],
    ),
    "org": (
        "Organization",
        [
            ("org.member.add", "Member added (SCIM)"),
            ("org.member.role", "Member role changed"),
            ("org.member.remove", "Member removed"),
            ("org.invite.create", "Invitation sent"),
            ("org.invite.delete", "Invitation cancelled"),
            ("org.settings.update", "Settings updated"),
            ("team.create", "Team created"),
            ("team.update", "Team updated"),
            ("team.delete", "Team deleted"),
            ("team.member.add", "Team member added"),
            ("team.member.remove", "Team member removed"),
            ("org_access_token.create", "Organization access token created"),
            ("org_access_token.delete", "Organization access token deleted"),
        ],
    ),
    "account": (
        "Account",
        [
            ("access_token.create", "Personal access token created"),
            ("access_token.delete", "Personal access token deleted"),
        ],
    ),
}


def _account(ctx: Context) -> str:
    account = ctx.params["account"]
    if account not in ctx.state.users and account not in ctx.state.orgs:
        raise HubError(404, "Account not found.", style="message")
    principal = ctx.user()
    if principal.name != account and not ctx.state.can_admin_org(principal, account):
        raise HubError(403, "insufficient permissions", style="message")
    return account


def _instant(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _keep(event: dict[str, Any], ctx: Context) -> bool:
    for name in ("action", "name", "actor"):
        wanted = ctx.request.param(name)
        if wanted and event[name] != wanted:
            return False
    when = datetime.fromisoformat(event["timestamp"])
    start, end = _instant(ctx.request.param("from")), _instant(ctx.request.param("to"))
    try:
        return (start is None or when >= start) and (end is None or when <= end)
    except TypeError:  # naive instant given: compare as UTC
        return True


@router.route("GET", "/v2/auditlogs/{account}")
def list_audit_logs(ctx: Context) -> FakeResponse:
    """One page of events, newest first (default page size 25), under ``logs`` only."""
    account = _account(ctx)
    page, size = page_window(ctx.request, 25)
    events = [e for e in reversed(ctx.state.audit) if e["account"] == account and _keep(e, ctx)]
    window = events[(page - 1) * size : page * size]
    return FakeResponse.json(200, {"logs": [dict(event) for event in window]})


@router.route("GET", "/v2/auditlogs/{account}/actions")
def list_audit_log_actions(ctx: Context) -> FakeResponse:
    """The action catalogue grouped by category."""
    _account(ctx)
    actions = {
        key: {
            "label": label,
            "actions": [{"name": n, "description": d, "label": d} for n, d in entries],
        }
        for key, (label, entries) in ACTIONS.items()
    }
    return FakeResponse.json(200, {"actions": actions})
