"""Repositories (legacy and namespaces routes), stars, comments and team access."""

from __future__ import annotations

from .._validation import NAME_RULES
from ._context import Context
from ._http import FakeResponse, HubError, Router
from ._render import repo_json, team_json
from ._state import Repo

__all__ = ["router"]

router = Router()

_ORDERINGS = {"name", "last_updated", "pull_count"}


def _render(ctx: Context, repo: Repo, status: int = 200) -> FakeResponse:
    return FakeResponse.json(status, repo_json(repo, ctx.principal, ctx.state))


def _create(ctx: Context, namespace: str | None) -> FakeResponse:
    data = ctx.body()
    ns = namespace if namespace is not None else ctx.field(data, "namespace", str)
    name = ctx.field(data, "name", str)
    description = ctx.optional(data, "description", str) or ""
    full = ctx.optional(data, "full_description", str) or ""
    private = ctx.optional(data, "is_private", bool) or False
    principal = ctx.user()
    if not ctx.state.can_write(principal, ns):
        raise HubError(403, "insufficient permissions", style="message")
    if not NAME_RULES["repository"].accepts(name):
        raise HubError(400, "name: Enter a valid repository name.")
    if len(description) > 100:
        raise HubError(400, "description: Ensure this field has no more than 100 characters.")
    if (ns, name) in ctx.state.repos:
        raise HubError(409, f"Repository {ns}/{name} already exists.")
    repo = Repo(
        id=ctx.state.next_id(),
        namespace=ns,
        name=name,
        date_registered=ctx.now(),
        description=description,
        full_description=full,
        is_private=private,
    )
    ctx.state.repos[(ns, name)] = repo
    ctx.audit(ns, "repo.create", f"{ns}/{name}")
    return _render(ctx, repo, 201)


@router.route("POST", "/v2/repositories/")
def create_repository(ctx: Context) -> FakeResponse:
    """Legacy create: the namespace comes from the body."""
    return _create(ctx, None)


@router.route("POST", "/v2/namespaces/{namespace}/repositories")
def create_namespace_repository(ctx: Context) -> FakeResponse:
    """Create in the namespace named by the path."""
    return _create(ctx, ctx.params["namespace"])


def _any_of(values: list[str], wanted: str | None) -> bool:
    """Whether a comma-separated filter (None: no filter) names one of ``values``."""
    if not wanted:
        return True
    return bool({w.strip() for w in wanted.split(",") if w.strip()} & set(values))


@router.route("GET", "/v2/namespaces/{namespace}/repositories")
@router.route("GET", "/v2/repositories/{namespace}/")
def list_namespace_repositories(ctx: Context) -> FakeResponse:
    """One page of the visible repositories of a namespace (filters and ordering).

    Also the legacy ``/v2/repositories/{namespace}/`` list, which answers the same.
    """
    ns = ctx.params["namespace"]
    repos = [
        r
        for r in ctx.state.repos.values()
        if r.namespace == ns and ctx.state.can_see(ctx.principal, r)
    ]
    needle = ctx.request.param("name")
    if needle:
        repos = [r for r in repos if needle.lower() in r.name.lower()]
    ordering = ctx.request.param("ordering") or "name"
    key = ordering.lstrip("-")
    if key in _ORDERINGS:
        repos.sort(key=lambda r: (getattr(r, key) or "", r.name), reverse=ordering.startswith("-"))
    rendered = [repo_json(r, ctx.principal, ctx.state) for r in repos]
    media, content = ctx.request.param("media_types"), ctx.request.param("content_types")
    rendered = [
        r
        for r in rendered
        if _any_of(r["media_types"], media) and _any_of(r["content_types"], content)
    ]
    return ctx.page(rendered, dict)


@router.route("GET", "/v2/repositories/{namespace}/{repository}/")
@router.route("GET", "/v2/namespaces/{namespace}/repositories/{repository}")
def get_repository(ctx: Context) -> FakeResponse:
    """One visible repository (HEAD is answered from this handler too)."""
    return _render(ctx, ctx.repo())


@router.route("PATCH", "/v2/repositories/{namespace}/{repository}/")
@router.route("PATCH", "/v2/namespaces/{namespace}/repositories/{repository}")
def update_repository(ctx: Context) -> FakeResponse:
    """Set the short and/or full description."""
    repo = ctx.repo(write=True)
    data = ctx.body()
    description = ctx.optional(data, "description", str)
    full = ctx.optional(data, "full_description", str)
    if description is not None:
        if len(description) > 100:
            raise HubError(400, "description: Ensure this field has no more than 100 characters.")
        repo.description = description
    if full is not None:
        repo.full_description = full
    ctx.audit(repo.namespace, "repo.update", f"{repo.namespace}/{repo.name}")
    return _render(ctx, repo)


@router.route("DELETE", "/v2/repositories/{namespace}/{repository}/")
def delete_repository(ctx: Context) -> FakeResponse:
    """Delete a repository with its tags and stars."""
    repo = ctx.repo(write=True)
    del ctx.state.repos[(repo.namespace, repo.name)]
    ctx.state.stars = {s for s in ctx.state.stars if s[1:] != (repo.namespace, repo.name)}
    ctx.audit(repo.namespace, "repo.delete", f"{repo.namespace}/{repo.name}")
    return FakeResponse.empty(202)


@router.route("POST", "/v2/repositories/{namespace}/{repository}/stars/")
def star_repository(ctx: Context) -> FakeResponse:
    """Star a visible repository as the caller."""
    principal = ctx.user()
    repo = ctx.repo()
    ctx.optional_body()
    ctx.state.stars.add((principal.name, repo.namespace, repo.name))
    return FakeResponse.empty(201)


@router.route("DELETE", "/v2/repositories/{namespace}/{repository}/stars/")
def unstar_repository(ctx: Context) -> FakeResponse:
    """Remove the caller's star."""
    principal = ctx.user()
    repo = ctx.repo()
    ctx.state.stars.discard((principal.name, repo.namespace, repo.name))
    return FakeResponse.empty(204)


@router.route("GET", "/v2/repositories/{namespace}/{repository}/comments/")
def list_comments(ctx: Context) -> FakeResponse:
    """One page of comments."""
    repo = ctx.repo()
    return ctx.page(repo.comments, dict)


@router.route("POST", "/v2/repositories/{namespace}/{repository}/groups")
def grant_team_repository_access(ctx: Context) -> FakeResponse:
    """Give an organization team a permission on a repository."""
    repo = ctx.repo()
    data = ctx.body()
    group_id = ctx.field(data, "group_id", int)
    permission = ctx.field(data, "permission", str)
    if repo.namespace not in ctx.state.orgs:
        ctx.user()
        raise HubError(403, "Only organization repositories have team access.", style="message")
    org = ctx.org(owner=True, name=repo.namespace)
    team = next((t for t in org.teams.values() if t.id == group_id), None)
    if team is None:
        raise HubError(404, "Team not found.", style="message")
    if permission not in {"read", "write", "admin"}:
        raise HubError(400, "permission must be read, write or admin.", style="message")
    repo.team_permissions[team.id] = permission
    ctx.audit(org.name, "repo.team_access", f"{repo.namespace}/{repo.name}")
    body = {"group_name": team_json(team)["name"], "permission": permission, "group_id": team.id}
    return FakeResponse.json(201, body)
