"""Who may see a repository: its privacy flag and the permissions of organization teams.

Granting a team access (``POST .../groups``) lives with the other repository routes; this
module reads, changes and revokes such a grant, as Docker's terraform provider does.
"""

from __future__ import annotations

from ._context import Context
from ._http import FakeResponse, HubError, Router
from ._state import Org, Repo, Team

__all__ = ["router"]

router = Router()

PERMISSIONS = ("read", "write", "admin")


@router.route("POST", "/v2/repositories/{namespace}/{repository}/privacy")
def set_repository_privacy(ctx: Context) -> FakeResponse:
    """Make a repository private or public (200, no body)."""
    repo = ctx.repo(write=True)
    repo.is_private = ctx.field(ctx.body(), "is_private", bool)
    ctx.audit(repo.namespace, "repo.change_privacy", f"{repo.namespace}/{repo.name}")
    return FakeResponse.empty(200)


def _grant(ctx: Context, *, owner: bool) -> tuple[Org, Repo, Team]:
    """The organization, repository and team of the path; 404 when the team has no grant."""
    repo = ctx.repo()
    if repo.namespace not in ctx.state.orgs:
        ctx.user()
        raise HubError(404, "Only organization repositories have team access.", style="message")
    org = ctx.org(owner=owner, name=repo.namespace)
    raw = ctx.params["group_id"]
    team = next((t for t in org.teams.values() if str(t.id) == raw), None)
    if team is None or team.id not in repo.team_permissions:
        raise HubError(404, "This team has no access to the repository.", style="message")
    return org, repo, team


def _permission_json(repo: Repo, team: Team) -> dict[str, object]:
    return {
        "group_name": team.name,
        "group_id": team.id,
        "permission": repo.team_permissions[team.id],
    }


@router.route("GET", "/v2/repositories/{namespace}/{repository}/groups/{group_id}")
def get_team_repository_permission(ctx: Context) -> FakeResponse:
    """The permission a team holds on a repository (any member of the organization)."""
    _, repo, team = _grant(ctx, owner=False)
    return FakeResponse.json(200, _permission_json(repo, team))


@router.route("PATCH", "/v2/repositories/{namespace}/{repository}/groups/{group_id}")
def update_team_repository_permission(ctx: Context) -> FakeResponse:
    """Change a team's permission (owners only)."""
    org, repo, team = _grant(ctx, owner=True)
    permission = ctx.field(ctx.body(), "permission", str)
    if permission not in PERMISSIONS:
        raise HubError(400, "permission must be read, write or admin.", style="message")
    repo.team_permissions[team.id] = permission
    ctx.audit(org.name, "repo.team_access", f"{repo.namespace}/{repo.name}")
    return FakeResponse.json(200, _permission_json(repo, team))


@router.route("DELETE", "/v2/repositories/{namespace}/{repository}/groups/{group_id}")
def revoke_team_repository_access(ctx: Context) -> FakeResponse:
    """Take a team's access away (owners only)."""
    org, repo, team = _grant(ctx, owner=True)
    del repo.team_permissions[team.id]
    ctx.audit(org.name, "repo.team_access", f"{repo.namespace}/{repo.name}")
    return FakeResponse.empty(204)
