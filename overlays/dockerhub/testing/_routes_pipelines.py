"""Webhook pipelines: today's one-request repository webhooks (``.../webhook_pipeline/``).

The 2015 two-step webhooks (``.../webhooks/`` then ``.../hooks/``) live with the
collaborator routes; a pipeline is created whole, with its hook URLs, and is addressed
by a slug derived from its name.
"""

from __future__ import annotations

import re
from typing import Any

from ._context import Context
from ._http import FakeResponse, HubError, Router
from ._state import Repo

__all__ = ["router"]

router = Router()

DEFAULT_REGISTRY = "registry-1.docker.io"


def _slug(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "webhook"
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


def _hooks(ctx: Context, data: dict[str, Any], now: str) -> list[dict[str, Any]]:
    hooks = ctx.field(data, "webhooks", list)
    if not hooks:
        raise HubError(400, "webhooks: At least one webhook is required.")
    out = []
    for hook in hooks:
        if not isinstance(hook, dict):
            raise HubError(400, "webhooks: Expected objects with name and hook_url.")
        name = ctx.field(hook, "name", str)
        url = ctx.field(hook, "hook_url", str)
        if not url.startswith(("http://", "https://")):
            raise HubError(400, "hook_url: Enter a valid URL.")
        out.append({"name": name, "hook_url": url, "created": now, "last_updated": now})
    return out


def _find(ctx: Context, repo: Repo) -> dict[str, Any]:
    slug = ctx.params["slug"]
    for pipeline in repo.webhook_pipelines:
        if pipeline["slug"] == slug:
            return pipeline
    raise HubError(404, "Object not found")


@router.route("GET", "/v2/repositories/{namespace}/{repository}/webhook_pipeline/")
def list_webhook_pipelines(ctx: Context) -> FakeResponse:
    """One page of a repository's pipelines (writers only)."""
    repo = ctx.repo(write=True)
    return ctx.page(repo.webhook_pipelines, dict)


@router.route("POST", "/v2/repositories/{namespace}/{repository}/webhook_pipeline/")
def create_webhook_pipeline(ctx: Context) -> FakeResponse:
    """Create a pipeline with its hooks in one request."""
    repo = ctx.repo(write=True)
    data = ctx.body()
    name = ctx.field(data, "name", str).strip()
    if not name:
        raise HubError(400, "name: This field may not be blank.")
    now = ctx.now()
    pipeline = {
        "name": name,
        "slug": _slug(name, {p["slug"] for p in repo.webhook_pipelines}),
        "expect_final_callback": bool(ctx.optional(data, "expect_final_callback", bool)),
        "webhooks": _hooks(ctx, data, now),
        "registry": ctx.optional(data, "registry", str) or DEFAULT_REGISTRY,
        "created": now,
        "last_updated": now,
    }
    repo.webhook_pipelines.append(pipeline)
    ctx.audit(repo.namespace, "repo.webhook.create", f"{repo.namespace}/{repo.name}")
    return FakeResponse.json(201, pipeline)


@router.route("GET", "/v2/repositories/{namespace}/{repository}/webhook_pipeline/{slug}/")
def get_webhook_pipeline(ctx: Context) -> FakeResponse:
    """One pipeline by slug."""
    repo = ctx.repo(write=True)
    return FakeResponse.json(200, _find(ctx, repo))


@router.route("DELETE", "/v2/repositories/{namespace}/{repository}/webhook_pipeline/{slug}/")
def delete_webhook_pipeline(ctx: Context) -> FakeResponse:
    """Delete a pipeline by slug."""
    repo = ctx.repo(write=True)
    repo.webhook_pipelines.remove(_find(ctx, repo))
    ctx.audit(repo.namespace, "repo.webhook.delete", f"{repo.namespace}/{repo.name}")
    return FakeResponse.empty(204)
