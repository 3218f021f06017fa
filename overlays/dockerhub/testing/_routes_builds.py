"""Legacy automated builds: settings, build tags, triggers, history and links."""

from __future__ import annotations

import hashlib
from typing import Any

from ._context import Context
from ._http import FakeResponse, HubError, Router
from ._state import Repo

__all__ = ["router"]

router = Router()

_TAG_FIELDS = {
    "name": "latest",
    "dockerfile_location": "/",
    "source_type": "Branch",
    "source_name": "master",
}


def _build_tag(ctx: Context, data: dict[str, Any], base: dict[str, Any]) -> dict[str, Any]:
    tag = dict(base)
    for name in _TAG_FIELDS:
        value = ctx.optional(data, name, str)
        if value is not None:
            tag[name] = value
    if tag["source_type"] not in {"Branch", "Tag"}:
        raise HubError(400, "source_type must be Branch or Tag.")
    return tag


def _settings(ctx: Context) -> tuple[Repo, dict[str, Any]]:
    repo = ctx.repo()
    if repo.autobuild is None:
        raise HubError(404, "Object not found")
    return repo, repo.autobuild


@router.route("GET", "/v2/repositories/{namespace}/{repository}/autobuild/")
def get_build_settings(ctx: Context) -> FakeResponse:
    """The automated build configuration."""
    return FakeResponse.json(200, _settings(ctx)[1])


@router.route("POST", "/v2/repositories/{namespace}/{repository}/autobuild/")
def create_automated_build(ctx: Context) -> FakeResponse:
    """Create an automated build (and its repository when missing)."""
    ns, name = ctx.params["namespace"], ctx.params["repository"]
    principal = ctx.user()
    if not ctx.state.can_write(principal, ns):
        raise HubError(403, "insufficient permissions", style="message")
    data = ctx.body()
    provider = ctx.optional(data, "provider", str) or "github"
    vcs = ctx.optional(data, "vcs_repo_name", str) or f"{ns}/{name}"
    raw_tags = ctx.optional(data, "build_tags", list) or [{}]
    if not all(isinstance(t, dict) for t in raw_tags):
        raise HubError(400, "build_tags must be objects.")
    repo = ctx.state.repos.get((ns, name))
    if repo is not None and repo.autobuild is not None:
        raise HubError(409, "This repository already has an automated build.")
    if repo is None:
        private = ctx.optional(data, "is_private", bool) or False
        description = ctx.optional(data, "description", str) or ""
        repo = Repo(ctx.state.next_id(), ns, name, ctx.now(), description, is_private=private)
        ctx.state.repos[(ns, name)] = repo
        ctx.audit(ns, "repo.create", f"{ns}/{name}")
    tags = [_build_tag(ctx, t, {"id": ctx.state.next_id(), **_TAG_FIELDS}) for t in raw_tags]
    repo.autobuild = {
        "repository": repo.id,
        "build_name": vcs,
        "provider": provider,
        "source_url": f"https://{provider}.com/{vcs}.git",
        "docker_url": f"{ns}/{name}",
        "repo_web_url": f"https://{provider}.com/{vcs}",
        "repo_type": "git",
        "active": True,
        "repo_id": str(repo.id),
        "build_tags": tags,
        "deploykey": None,
        "hook_id": None,
        "webhook_id": str(ctx.state.next_id()),
    }
    return FakeResponse.json(201, repo.autobuild)


@router.route("POST", "/v2/repositories/{namespace}/{repository}/autobuild/tags/")
def create_build_tag(ctx: Context) -> FakeResponse:
    """Add a build tag rule."""
    ctx.repo(write=True)
    _, settings = _settings(ctx)
    tag = _build_tag(ctx, ctx.body(), {"id": ctx.state.next_id(), **_TAG_FIELDS})
    settings["build_tags"].append(tag)
    return FakeResponse.json(201, tag)


def _find_tag(ctx: Context) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    ctx.repo(write=True)
    _, settings = _settings(ctx)
    for tag in settings["build_tags"]:
        if str(tag["id"]) == ctx.params["build_tag_id"]:
            return settings["build_tags"], tag
    raise HubError(404, "Object not found")


@router.route("PUT", "/v2/repositories/{namespace}/{repository}/autobuild/tags/{build_tag_id}/")
def update_build_tag(ctx: Context) -> FakeResponse:
    """Replace a build tag rule."""
    _, tag = _find_tag(ctx)
    tag.update(_build_tag(ctx, ctx.body(), tag))
    return FakeResponse.json(200, tag)


@router.route("DELETE", "/v2/repositories/{namespace}/{repository}/autobuild/tags/{build_tag_id}/")
def delete_build_tag(ctx: Context) -> FakeResponse:
    """Remove a build tag rule."""
    tags, tag = _find_tag(ctx)
    tags.remove(tag)
    return FakeResponse.empty(204)


@router.route("POST", "/v2/repositories/{namespace}/{repository}/autobuild/trigger-build/")
def trigger_build(ctx: Context) -> FakeResponse:
    """Queue a build for each build tag matching the source; may be an empty list."""
    repo = ctx.repo(write=True)
    _, settings = _settings(ctx)
    wanted = _build_tag(ctx, ctx.optional_body(), dict(_TAG_FIELDS))
    triggered = []
    for tag in settings["build_tags"]:
        keys = ("source_type", "source_name", "dockerfile_location")
        if all(tag[k] == wanted[k] for k in keys):
            seed = f"{repo.id}:{tag['id']}:{len(repo.builds)}".encode()
            code = "b" + hashlib.sha256(seed).hexdigest()[:22]
            repo.builds.insert(
                0,
                {
                    "id": ctx.state.next_id(),
                    "status": 0,
                    "created_date": ctx.now(),
                    "last_updated": ctx.now(),
                    "build_code": code,
                    "dockertag_name": tag["name"],
                    "cause": None,
                },
            )
            triggered.append(
                {
                    "source_type": tag["source_type"],
                    "source_name": tag["source_name"],
                    "evaluated_tag_name": tag["name"],
                    "build_code": code,
                    "msg": "Build submitted",
                    "queued_for_retry": False,
                }
            )
    return FakeResponse.json(200, triggered)


@router.route("GET", "/v2/repositories/{namespace}/{repository}/buildhistory/")
def list_build_history(ctx: Context) -> FakeResponse:
    """One page of builds, newest first."""
    repo = ctx.repo()
    return ctx.page(repo.builds, lambda b: {k: v for k, v in b.items() if k != "build_results"})


@router.route("GET", "/v2/repositories/{namespace}/{repository}/buildhistory/{build_code}/")
def get_build_details(ctx: Context) -> FakeResponse:
    """One build with its results."""
    repo = ctx.repo()
    for build in repo.builds:
        if build["build_code"] == ctx.params["build_code"]:
            details = dict(build)
            details.setdefault(
                "build_results",
                {
                    "build_code": build["build_code"],
                    "build_path": "/",
                    "docker_repo": f"{repo.namespace}/{repo.name}",
                    "docker_tag": build["dockertag_name"],
                    "docker_user": repo.namespace,
                    "created_at": build["created_date"],
                    "last_updated": build["last_updated"],
                    "logs": "",
                    "error": None,
                    "failure": None,
                    "dockerfile_contents": None,
                    "readme_contents": None,
                    "source_branch": "master",
                    "source_type": "git",
                },
            )
            return FakeResponse.json(200, details)
    raise HubError(404, "Object not found")


@router.route("GET", "/v2/repositories/{namespace}/{repository}/links/")
def list_build_links(ctx: Context) -> FakeResponse:
    """One page of build links."""
    return ctx.page(ctx.repo().links, dict)


@router.route("POST", "/v2/repositories/{namespace}/{repository}/links/")
def create_build_link(ctx: Context) -> FakeResponse:
    """Link to another repository; ``x`` and ``_/x`` mean ``library/x``."""
    repo = ctx.repo(write=True)
    target = ctx.field(ctx.body(), "to_repo", str)
    ns, _, name = target.rpartition("/")
    ns = "library" if ns in {"", "_"} else ns
    other = ctx.state.repos.get((ns, name))
    if other is None or not ctx.state.can_see(ctx.principal, other):
        raise HubError(404, f"Repository {ns}/{name} not found.")
    shown = name if ns == "library" else f"{ns}/{name}"
    link = {
        "id": ctx.state.next_id(),
        "from_repo": f"{repo.namespace}/{repo.name}",
        "to_repo": shown,
    }
    repo.links.append(link)
    return FakeResponse.json(201, link)


@router.route("DELETE", "/v2/repositories/{namespace}/{repository}/links/{link_id}/")
def delete_build_link(ctx: Context) -> FakeResponse:
    """Remove a build link."""
    repo = ctx.repo(write=True)
    for link in repo.links:
        if str(link["id"]) == ctx.params["link_id"]:
            repo.links.remove(link)
            return FakeResponse.empty(204)
    raise HubError(404, "Object not found")


@router.route("GET", "/v2/repositories/{namespace}/{repository}/buildtrigger/")
def get_build_trigger(ctx: Context) -> FakeResponse:
    """The remote build trigger of an automated build."""
    repo, _ = _settings(ctx)
    token = hashlib.sha256(f"trigger:{repo.id}".encode()).hexdigest()[:32]
    url = f"https://registry.hub.docker.com/u/{repo.namespace}/{repo.name}/trigger/{token}/"
    return FakeResponse.json(200, {"token": token, "active": True, "trigger_url": url})


@router.route("GET", "/v2/repositories/{namespace}/{repository}/buildtrigger/history/")
def list_build_trigger_history(ctx: Context) -> FakeResponse:
    """One page of trigger calls."""
    repo, _ = _settings(ctx)
    return ctx.page(repo.trigger_history, dict)
