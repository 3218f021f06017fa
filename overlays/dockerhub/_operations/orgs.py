"""Organizations: the orgs themselves, members, invites, settings and teams (groups)."""

from __future__ import annotations

from dockerhub_client import models
from dockerhub_client.types import Unset

from .._call import Call, Flow, operation
from .._lazy import endpoint
from .._validation import validate_namespace, validate_segment
from ._common import optional, org_name, page_call, require_text

bulk_invite = endpoint("orgs", "bulk_invite")
delete_invite = endpoint("orgs", "delete_invite")
export_org_members = endpoint("orgs", "export_org_members")
get_org = endpoint("orgs", "get_org")
get_org_settings = endpoint("orgs", "get_org_settings")
list_org_invites = endpoint("orgs", "list_org_invites")
list_org_members = endpoint("orgs", "list_org_members")
list_user_orgs = endpoint("orgs", "list_user_orgs")
remove_org_member = endpoint("orgs", "remove_org_member")
resend_invite = endpoint("orgs", "resend_invite")
update_org_member = endpoint("orgs", "update_org_member")
update_org_settings = endpoint("orgs", "update_org_settings")
add_team_member = endpoint("teams", "add_team_member")
create_team = endpoint("teams", "create_team")
delete_team = endpoint("teams", "delete_team")
get_team = endpoint("teams", "get_team")
list_team_members = endpoint("teams", "list_team_members")
list_teams = endpoint("teams", "list_teams")
replace_team = endpoint("teams", "replace_team")
update_team = endpoint("teams", "update_team")
remove_team_member_endpoint = endpoint("teams", "remove_team_member")

__all__ = ["OrgOps"]


def _invites(value: models.OrgInviteList) -> list[models.OrgInvite]:
    return [] if isinstance(value.data, Unset) else list(value.data)


def _add_member(org: str, group_name: str, member: str) -> Call[None]:
    body = models.AddTeamMemberRequest(member=require_text(member, "member"))
    return Call(
        add_team_member, {"org_name": org_name(org), "group_name": group_name, "body": body}
    )


class OrgOps:
    """Methods on organizations, their members, invites, settings and teams."""

    @operation
    def user_orgs(self, *, per_page: int = 100, page: int = 1) -> Flow[list[models.Org]]:
        """One page of the organizations the logged-in user belongs to."""
        return page_call(list_user_orgs, models.OrgPage, per_page=per_page, page=page)

    @operation
    def org(self, org: str) -> Flow[models.Org]:
        """An organization."""
        return Call(get_org, {"org_name": org_name(org)}, expect=models.Org)

    @operation
    def org_members(
        self,
        org: str,
        *,
        per_page: int = 100,
        page: int = 1,
        search: str | None = None,
        type: str | None = None,
        role: str | None = None,
    ) -> Flow[list[models.OrgMember]]:
        """One page of an organization's members, optionally filtered."""
        return page_call(
            list_org_members,
            models.OrgMemberPage,
            per_page=per_page,
            page=page,
            org_name=org_name(org),
            search=optional(search),
            type_=optional(type),
            role=optional(role),
        )

    @operation
    def export_org_members(self, org: str) -> Flow[str]:
        """An organization's members as CSV text."""
        return Call(export_org_members, {"org_name": org_name(org)}, expect=str)

    @operation
    def update_org_member(self, org: str, username: str, *, role: str) -> Flow[models.OrgMember]:
        """Change a member's role (``member``, ``editor``, ``owner``)."""
        return Call(
            update_org_member,
            {
                "org_name": org_name(org),
                "username": validate_namespace(username, "username"),
                "body": models.UpdateOrgMemberRequest(role=require_text(role, "role")),
            },
            expect=models.OrgMember,
        )

    @operation
    def remove_org_member(self, org: str, username: str) -> Flow[None]:
        """Remove a member from an organization."""
        return Call(
            remove_org_member,
            {"org_name": org_name(org), "username": validate_namespace(username, "username")},
        )

    @operation
    def org_invites(self, org: str) -> Flow[list[models.OrgInvite]]:
        """The organization's pending invites."""
        return Call(
            list_org_invites,
            {"org_name": org_name(org)},
            expect=models.OrgInviteList,
            convert=_invites,
        )

    @operation
    def delete_invite(self, invite_id: str) -> Flow[None]:
        """Cancel a pending invite."""
        return Call(delete_invite, {"invite_id": validate_segment(invite_id, "invite_id")})

    @operation
    def resend_invite(self, invite_id: str) -> Flow[None]:
        """Send a pending invite's e-mail again."""
        return Call(resend_invite, {"invite_id": validate_segment(invite_id, "invite_id")})

    @operation
    def bulk_invite(
        self,
        org: str,
        invitees: list[str],
        *,
        team: str | None = None,
        role: str | None = None,
        dry_run: bool = False,
    ) -> Flow[models.BulkInviteResponse]:
        """Invite several usernames or e-mail addresses at once (``dry_run`` only checks)."""
        if isinstance(invitees, str) or not invitees:
            raise ValueError("invitees must be a non-empty list of usernames or e-mail addresses")
        body = models.BulkInviteRequest(
            org=org_name(org),
            invitees=[require_text(item, "invitees") for item in invitees],
            team=optional(team),
            role=optional(role),
            dry_run=bool(dry_run),
        )
        return Call(bulk_invite, {"body": body}, expect=models.BulkInviteResponse)

    @operation
    def org_settings(self, org: str) -> Flow[models.OrgSettings]:
        """An organization's settings (for example restricted images)."""
        return Call(get_org_settings, {"org_name": org_name(org)}, expect=models.OrgSettings)

    @operation
    def update_org_settings(
        self, org: str, settings: models.OrgSettings
    ) -> Flow[models.OrgSettings]:
        """Replace an organization's settings."""
        if not isinstance(settings, models.OrgSettings):
            raise TypeError("settings must be a dockerhub.models.OrgSettings")
        return Call(
            update_org_settings,
            {"org_name": org_name(org), "body": settings},
            expect=models.OrgSettings,
        )

    # -- teams (the Hub calls them groups) -------------------------------------------------

    @operation
    def teams(self, org: str, *, per_page: int = 100, page: int = 1) -> Flow[list[models.Team]]:
        """One page of an organization's teams."""
        return page_call(
            list_teams, models.TeamPage, per_page=per_page, page=page, org_name=org_name(org)
        )

    @operation
    def create_team(
        self, org: str, name: str, *, description: str | None = None
    ) -> Flow[models.Team]:
        """Create a team."""
        body = models.CreateTeamRequest(
            name=validate_segment(name, "name"), description=optional(description)
        )
        return Call(create_team, {"org_name": org_name(org), "body": body}, expect=models.Team)

    @operation
    def team(self, org: str, team: str) -> Flow[models.Team]:
        """A team."""
        return Call(
            get_team,
            {"org_name": org_name(org), "group_name": validate_segment(team, "team")},
            expect=models.Team,
        )

    @operation
    def replace_team(
        self, org: str, team: str, *, name: str, description: str | None = None
    ) -> Flow[models.Team]:
        """Replace a team's name and description."""
        body = models.CreateTeamRequest(
            name=validate_segment(name, "name"), description=optional(description)
        )
        return Call(
            replace_team,
            {"org_name": org_name(org), "group_name": validate_segment(team, "team"), "body": body},
            expect=models.Team,
        )

    @operation
    def update_team(
        self, org: str, team: str, *, name: str | None = None, description: str | None = None
    ) -> Flow[models.Team]:
        """Change a team's name and/or description."""
        if name is None and description is None:
            raise ValueError("give name=, description= or both")
        body = models.UpdateTeamRequest(
            name=optional(None if name is None else validate_segment(name, "name")),
            description=optional(description),
        )
        return Call(
            update_team,
            {"org_name": org_name(org), "group_name": validate_segment(team, "team"), "body": body},
            expect=models.Team,
        )

    @operation
    def delete_team(self, org: str, team: str) -> Flow[None]:
        """Delete a team."""
        return Call(
            delete_team, {"org_name": org_name(org), "group_name": validate_segment(team, "team")}
        )

    @operation
    def team_members(
        self, org: str, team: str, *, per_page: int = 100, page: int = 1, search: str | None = None
    ) -> Flow[list[models.TeamMember]]:
        """One page of a team's members."""
        return page_call(
            list_team_members,
            models.TeamMemberPage,
            per_page=per_page,
            page=page,
            org_name=org_name(org),
            group_name=validate_segment(team, "team"),
            search=optional(search),
        )

    @operation
    def add_team_member(self, org: str, team: str, member: str) -> Flow[None]:
        """Add a user (username or e-mail address) to a team."""
        return _add_member(org, validate_segment(team, "team"), member)

    @operation
    def add_group_member(self, org: str, group: str, member: str) -> Flow[None]:
        """The original library's name for :meth:`add_team_member`."""
        return _add_member(org, validate_segment(group, "group"), member)

    @operation
    def remove_team_member(self, org: str, team: str, username: str) -> Flow[None]:
        """Remove a user from a team."""
        return Call(
            remove_team_member_endpoint,
            {
                "org_name": org_name(org),
                "group_name": validate_segment(team, "team"),
                "username": validate_namespace(username, "username"),
            },
        )
