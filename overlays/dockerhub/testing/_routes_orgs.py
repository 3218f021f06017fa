"""Organizations: profiles, members (list, CSV export, role, removal), invites, settings."""

from __future__ import annotations

import csv
import io
import uuid as uuidlib
from typing import Any

from ._context import Context
from ._http import FakeResponse, HubError, Router
from ._render import invite_json, member_json, org_json
from ._state import Invite, Org

__all__ = ["router"]

router = Router()

ROLES = ("owner", "editor", "member")


@router.route("GET", "/v2/user/orgs/")
def list_user_orgs(ctx: Context) -> FakeResponse:
    """One page of the organizations the caller belongs to."""
    principal = ctx.user()
    orgs = [o for o in ctx.state.orgs.values() if ctx.state.role_in(principal, o.name)]
    return ctx.page(orgs, lambda o: org_json(o, principal, ctx.state))


@router.route("GET", "/v2/orgs/{org_name}/")
def get_org(ctx: Context) -> FakeResponse:
    """An organization's profile."""
    org = ctx.state.orgs.get(ctx.params["org_name"])
    if org is None:
        raise HubError(404, "Organization not found.", style="message")
    return FakeResponse.json(200, org_json(org, ctx.principal, ctx.state))


def _members(ctx: Context, org: Org) -> list[dict[str, Any]]:
    users = [ctx.state.users[name] for name in org.members if name in ctx.state.users]
    return [member_json(user, org, ctx.state) for user in users]


def _invitees(ctx: Context, org: Org) -> list[dict[str, Any]]:
    return [
        {
            "username": i.invitee,
            "email": i.invitee if "@" in i.invitee else "",
            "role": i.role,
            "type": "invitee",
            "groups": [i.team] if i.team else [],
        }
        for i in ctx.state.invites.values()
        if i.org == org.name
    ]


@router.route("GET", "/v2/orgs/{org_name}/members")
def list_org_members(ctx: Context) -> FakeResponse:
    """One page of members, filtered by search, type (``member``, ``invitee``, ``all``) and
    role; ``invites=true`` adds the invitees to the members."""
    org = ctx.org()
    kind = ctx.request.param("type")
    with_invites = kind == "all" or ctx.request.param("invites") == "true"
    entries = [] if kind == "invitee" else _members(ctx, org)
    if kind == "invitee" or (with_invites and kind != "member"):
        entries += _invitees(ctx, org)
    if kind not in (None, "", "all", "member", "invitee"):
        entries = []
    role = ctx.request.param("role")
    if role:
        entries = [e for e in entries if e["role"] == role]
    search = (ctx.request.param("search") or "").lower()
    if search:
        fields = ("username", "full_name", "email")
        entries = [e for e in entries if any(search in str(e.get(f, "")).lower() for f in fields)]
    return ctx.page(entries, dict)


@router.route("GET", "/v2/orgs/{org_name}/members/export")
def export_org_members(ctx: Context) -> FakeResponse:
    """Every member as CSV (``text/csv``)."""
    org = ctx.org()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["username", "full_name", "email", "role", "groups"])
    for member in _members(ctx, org):
        row = ("username", "full_name", "email", "role")
        writer.writerow([member[k] for k in row] + [";".join(member["groups"])])
    return FakeResponse(200, out.getvalue().encode(), {"Content-Type": "text/csv; charset=utf-8"})


def _member(ctx: Context, org: Org) -> str:
    name = ctx.params["username"]
    if name not in org.members:
        raise HubError(404, f"{name} is not a member of {org.name}.", style="message")
    return name


@router.route("PUT", "/v2/orgs/{org_name}/members/{username}")
def update_org_member(ctx: Context) -> FakeResponse:
    """Change a member's role (owners only)."""
    org = ctx.org(owner=True)
    name = _member(ctx, org)
    role = ctx.field(ctx.body(), "role", str)
    if role not in ROLES:
        raise HubError(400, f"role must be one of {', '.join(ROLES)}.", style="message")
    org.members[name] = role
    ctx.audit(org.name, "org.member.role", name)
    return FakeResponse.json(200, member_json(ctx.state.users[name], org, ctx.state))


@router.route("DELETE", "/v2/orgs/{org_name}/members/{username}")
def remove_org_member(ctx: Context) -> FakeResponse:
    """Remove a member from the organization and its teams (not the last owner)."""
    org = ctx.org(owner=True)
    name = _member(ctx, org)
    owners = [m for m, r in org.members.items() if r == "owner"]
    if owners == [name]:
        raise HubError(403, "Cannot remove the last owner.", style="message")
    del org.members[name]
    for team in org.teams.values():
        if name in team.members:
            team.members.remove(name)
    ctx.audit(org.name, "org.member.remove", name)
    return FakeResponse.empty(204)


@router.route("GET", "/v2/orgs/{org_name}/invites")
def list_org_invites(ctx: Context) -> FakeResponse:
    """Pending invitations under ``data``."""
    org = ctx.org()
    invites = [invite_json(i) for i in ctx.state.invites.values() if i.org == org.name]
    return FakeResponse.json(200, {"data": invites})


def _invite(ctx: Context) -> Invite:
    ctx.user()
    invite = ctx.state.invites.get(ctx.params["invite_id"])
    if invite is None:
        raise HubError(404, "Invite not found.", style="message")
    ctx.org(owner=True, name=invite.org)
    return invite


@router.route("DELETE", "/v2/invites/{invite_id}")
def delete_invite(ctx: Context) -> FakeResponse:
    """Cancel an invitation."""
    invite = _invite(ctx)
    del ctx.state.invites[invite.id]
    ctx.audit(invite.org, "org.invite.delete", invite.invitee)
    return FakeResponse.empty(204)


@router.route("PATCH", "/v2/invites/{invite_id}/resend")
def resend_invite(ctx: Context) -> FakeResponse:
    """Send the invitation again (nothing to do in a fake)."""
    _invite(ctx)
    return FakeResponse.empty(204)


@router.route("POST", "/v2/invites/bulk")
def bulk_invite(ctx: Context) -> FakeResponse:
    """Invite Docker IDs or emails; ``dry_run`` only validates."""
    data = ctx.body()
    org_name = ctx.field(data, "org", str)
    invitees = ctx.field(data, "invitees", list)
    team = ctx.optional(data, "team", str)
    role = ctx.optional(data, "role", str) or "member"
    dry_run = ctx.optional(data, "dry_run", bool) or False
    principal = ctx.user()
    if not ctx.state.can_admin_org(principal, org_name):
        raise HubError(403, "insufficient permissions", style="message")
    org = ctx.state.orgs[org_name]
    if role not in ROLES or not all(isinstance(i, str) and i for i in invitees):
        raise HubError(400, "Invalid role or invitee.", style="message")
    if team and team not in org.teams:
        raise HubError(400, f"Team {team} does not exist.", style="message")
    pending = {i.invitee for i in ctx.state.invites.values() if i.org == org.name}
    results: list[dict[str, Any]] = []
    for invitee in invitees:
        if invitee in org.members:
            results.append({"invitee": invitee, "status": "existing_org_member"})
        elif invitee in pending:
            results.append({"invitee": invitee, "status": "already_invited"})
        elif dry_run:
            results.append({"invitee": invitee, "status": "invitable"})
        else:
            invite = Invite(
                str(uuidlib.uuid4()), org.name, principal.name, invitee, role, ctx.now(), team
            )
            ctx.state.invites[invite.id] = invite
            pending.add(invitee)
            ctx.audit(org.name, "org.invite.create", invitee)
            results.append({"invitee": invitee, "status": "invited", "invite": invite_json(invite)})
    return FakeResponse.json(202, {"invitees": results})


@router.route("GET", "/v2/orgs/{org_name}/settings")
def get_org_settings(ctx: Context) -> FakeResponse:
    """Organization-wide settings."""
    return FakeResponse.json(200, ctx.org().settings)


@router.route("PUT", "/v2/orgs/{org_name}/settings")
def update_org_settings(ctx: Context) -> FakeResponse:
    """Replace organization-wide settings (owners only)."""
    org = ctx.org(owner=True)
    data = ctx.body()
    restricted = ctx.field(data, "restricted_images", dict)
    flags = ("enabled", "allow_official_images", "allow_verified_publishers")
    if not all(isinstance(restricted.get(k), bool) for k in flags):
        raise HubError(
            400, f"restricted_images needs booleans {', '.join(flags)}.", style="message"
        )
    org.settings = {"restricted_images": {k: restricted[k] for k in flags}}
    ctx.audit(org.name, "org.settings.update", org.name)
    return FakeResponse.json(200, org.settings)
