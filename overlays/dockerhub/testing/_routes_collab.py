"""Collaborators and webhooks of a repository."""

from __future__ import annotations

from typing import Any

from ._context import Context
from ._http import FakeResponse, HubError, Router

__all__ = ["router"]

router = Router()


@router.route("GET", "/v2/repositories/{namespace}/{repository}/collaborators/")
def list_collaborators(ctx: Context) -> FakeResponse:
    """One page of collaborators (owners only)."""
    repo = ctx.repo(write=True)
    return ctx.page(repo.collaborators, lambda name: {"user": name})


@router.route("POST", "/v2/repositories/{namespace}/{repository}/collaborators/")
def add_collaborator(ctx: Context) -> FakeResponse:
    """Grant an existing user push access."""
    repo = ctx.repo(write=True)
    name = ctx.field(ctx.body(), "user", str)
    if name not in ctx.state.users:
        raise HubError(404, f"User {name} not found.")
    if name in repo.collaborators:
        raise HubError(409, f"{name} is already a collaborator.")
    repo.collaborators.append(name)
    ctx.audit(repo.namespace, "repo.collaborator.add", f"{repo.namespace}/{repo.name}")
    return FakeResponse.json(201, {"user": name})


@router.route("DELETE", "/v2/repositories/{namespace}/{repository}/collaborators/{collaborator}/")
def delete_collaborator(ctx: Context) -> FakeResponse:
    """Revoke a collaborator."""
    repo = ctx.repo(write=True)
    name = ctx.params["collaborator"]
    if name not in repo.collaborators:
        raise HubError(404, "Object not found")
    repo.collaborators.remove(name)
    ctx.audit(repo.namespace, "repo.collaborator.remove", f"{repo.namespace}/{repo.name}")
    return FakeResponse.empty(204)


@router.route("GET", "/v2/repositories/{namespace}/{repository}/webhooks/")
def list_webhooks(ctx: Context) -> FakeResponse:
    """One page of webhooks with their hooks (owners only)."""
    repo = ctx.repo(write=True)
    return ctx.page(repo.webhooks, dict)


@router.route("POST", "/v2/repositories/{namespace}/{repository}/webhooks/")
def create_webhook(ctx: Context) -> FakeResponse:
    """Create a hook-less webhook."""
    repo = ctx.repo(write=True)
    name = ctx.field(ctx.body(), "name", str)
    if not name.strip():
        raise HubError(400, "name: This field may not be blank.")
    actor = ctx.user().name
    webhook: dict[str, Any] = {
        "id": ctx.state.next_id(),
        "name": name,
        "active": True,
        "expect_final_callback": True,
        "creator": actor,
        "last_updated": ctx.now(),
        "last_updater": actor,
        "hooks": [],
    }
    repo.webhooks.append(webhook)
    ctx.audit(repo.namespace, "repo.webhook.create", f"{repo.namespace}/{repo.name}")
    return FakeResponse.json(201, webhook)


def _webhook(ctx: Context) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    repo = ctx.repo(write=True)
    for webhook in repo.webhooks:
        if str(webhook["id"]) == ctx.params["webhook_id"]:
            return repo.webhooks, webhook
    raise HubError(404, "Object not found")


@router.route("DELETE", "/v2/repositories/{namespace}/{repository}/webhooks/{webhook_id}/")
def delete_webhook(ctx: Context) -> FakeResponse:
    """Delete a webhook and its hooks."""
    webhooks, webhook = _webhook(ctx)
    webhooks.remove(webhook)
    return FakeResponse.empty(204)


@router.route("POST", "/v2/repositories/{namespace}/{repository}/webhooks/{webhook_id}/hooks/")
def create_webhook_hook(ctx: Context) -> FakeResponse:
    """Add a hook URL to a webhook."""
    _, webhook = _webhook(ctx)
    url = ctx.field(ctx.body(), "hook_url", str)
    if not url.startswith(("http://", "https://")):
        raise HubError(400, "hook_url: Enter a valid URL.")
    actor = ctx.user().name
    hook = {
        "id": ctx.state.next_id(),
        "creator": actor,
        "last_updater": actor,
        "hook_url": url,
        "date_added": ctx.now(),
        "last_updated": ctx.now(),
        "active": True,
    }
    webhook["hooks"].append(hook)
    return FakeResponse.json(201, hook)
