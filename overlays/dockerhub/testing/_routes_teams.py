"""Teams (called groups in the API) of an organization and their members."""

from __future__ import annotations

import uuid as uuidlib
from typing import Any

from .._validation import NAME_RULES
from ._context import Context
from ._http import FakeResponse, HubError, Router
from ._render import member_json, team_json
from ._state import Org, Team, User

__all__ = ["router"]

router = Router()

_TEAM_MEMBER_FIELDS = frozenset(
    (
        "id",
        "uuid",
        "username",
        "full_name",
        "location",
        "company",
        "profile_url",
        "date_joined",
        "gravatar_url",
        "gravatar_email",
        "type",
        "email",
    )
)


def _team(ctx: Context, *, owner: bool = False) -> tuple[Org, Team]:
    org = ctx.org(owner=owner)
    team = org.teams.get(ctx.params["group_name"])
    if team is None:
        raise HubError(404, "Team not found.", style="message")
    return org, team


def _name(ctx: Context, value: str | None) -> str | None:
    if value is None:
        return None
    if not value.strip():
        raise HubError(400, "name must not be blank.", style="message")
    rule = NAME_RULES["team"]
    if not rule.accepts(value):
        raise HubError(400, f"Invalid team name: {rule.explanation}.", style="message")
    return value


@router.route("GET", "/v2/orgs/{org_name}/groups")
def list_teams(ctx: Context) -> FakeResponse:
    """One page of teams, optionally only a member's (``username``) or by name (``search``)."""
    teams = list(ctx.org().teams.values())
    username, search = ctx.request.param("username"), ctx.request.param("search")
    if username:
        teams = [t for t in teams if username in t.members]
    if search:
        teams = [t for t in teams if search.lower() in t.name.lower()]
    return ctx.page(teams, team_json)


@router.route("POST", "/v2/orgs/{org_name}/groups")
def create_team(ctx: Context) -> FakeResponse:
    """Create a team (owners only); 409 on a duplicate name."""
    org = ctx.org(owner=True)
    data = ctx.body()
    name = str(_name(ctx, ctx.field(data, "name", str)))
    if name in org.teams:
        raise HubError(409, f"Team {name} already exists.", style="message")
    description = ctx.optional(data, "description", str) or ""
    team = Team(ctx.state.next_id(), str(uuidlib.uuid4()), name, description)
    org.teams[name] = team
    ctx.audit(org.name, "team.create", name)
    return FakeResponse.json(201, team_json(team))


@router.route("GET", "/v2/orgs/{org_name}/groups/{group_name}")
def get_team(ctx: Context) -> FakeResponse:
    """One team."""
    return FakeResponse.json(200, team_json(_team(ctx)[1]))


def _change(ctx: Context, *, replace: bool) -> FakeResponse:
    org, team = _team(ctx, owner=True)
    data = ctx.body()
    name = _name(ctx, (ctx.field if replace else ctx.optional)(data, "name", str))
    description = ctx.optional(data, "description", str)
    if name is not None and name != team.name:
        if name in org.teams:
            raise HubError(409, f"Team {name} already exists.", style="message")
        del org.teams[team.name]
        team.name = name
        org.teams[name] = team
    if description is not None or replace:
        team.description = description or ""
    ctx.audit(org.name, "team.update", team.name)
    return FakeResponse.json(200, team_json(team))


@router.route("PUT", "/v2/orgs/{org_name}/groups/{group_name}")
def replace_team(ctx: Context) -> FakeResponse:
    """Replace a team's name and description."""
    return _change(ctx, replace=True)


@router.route("PATCH", "/v2/orgs/{org_name}/groups/{group_name}")
def update_team(ctx: Context) -> FakeResponse:
    """Change some of a team's details."""
    return _change(ctx, replace=False)


@router.route("DELETE", "/v2/orgs/{org_name}/groups/{group_name}")
def delete_team(ctx: Context) -> FakeResponse:
    """Delete a team; its members stay in the organization."""
    org, team = _team(ctx, owner=True)
    del org.teams[team.name]
    ctx.audit(org.name, "team.delete", team.name)
    return FakeResponse.empty(204)


@router.route("GET", "/v2/orgs/{org_name}/groups/{group_name}/members")
def list_team_members(ctx: Context) -> FakeResponse:
    """One page of a team's members, optionally filtered by ``search``."""
    org, team = _team(ctx)
    users = [ctx.state.users[m] for m in team.members if m in ctx.state.users]
    search = (ctx.request.param("search") or "").lower()
    if search:
        users = [u for u in users if search in f"{u.username} {u.full_name} {u.email}".lower()]

    def render(user: User) -> dict[str, Any]:
        data = member_json(user, org, ctx.state)
        return {k: v for k, v in data.items() if k in _TEAM_MEMBER_FIELDS}

    return ctx.page(users, render)


@router.route("POST", "/v2/orgs/{org_name}/groups/{group_name}/members")
def add_team_member(ctx: Context) -> FakeResponse:
    """Add a user (Docker ID or email) to a team, joining the organization if needed."""
    org, team = _team(ctx, owner=True)
    member = ctx.field(ctx.body(), "member", str)
    user = next(
        (u for u in ctx.state.users.values() if member in (u.username, u.email) and member),
        None,
    )
    if user is None:
        raise HubError(404, f"User {member} not found.", style="message")
    if user.username in team.members:
        raise HubError(409, f"{user.username} is already in {team.name}.", style="message")
    team.members.append(user.username)
    org.members.setdefault(user.username, "member")
    ctx.audit(org.name, "team.member.add", user.username)
    return FakeResponse.empty(204)


@router.route("DELETE", "/v2/orgs/{org_name}/groups/{group_name}/members/{username}")
def remove_team_member(ctx: Context) -> FakeResponse:
    """Remove a user from a team."""
    org, team = _team(ctx, owner=True)
    name = ctx.params["username"]
    if name not in team.members:
        raise HubError(404, f"{name} is not in {team.name}.", style="message")
    team.members.remove(name)
    ctx.audit(org.name, "team.member.remove", name)
    return FakeResponse.empty(204)
