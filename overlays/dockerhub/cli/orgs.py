"""``dockerhub org`` and ``dockerhub team``: organizations, their members and teams."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from ._factory import hub_from_context, settings_of
from ._output import Column, emit, fmt_bool, fmt_text, fmt_time, walk
from .repos import ALL

__all__ = ["org_app", "team_app"]

org_app = typer.Typer(help="Organizations you belong to, and their members.", rich_markup_mode=None)
team_app = typer.Typer(help="Teams of an organization.", rich_markup_mode=None)

ORG = Annotated[str, typer.Argument(metavar="ORG", help="The organization's name.")]

ORG_COLUMNS: list[Column] = [
    ("Organization", lambda o: fmt_text(o.orgname)),
    ("Full name", lambda o: fmt_text(o.full_name)),
    ("Your role", lambda o: fmt_text(o.user_role)),
    ("Your teams", lambda o: fmt_text(o.user_groups)),
    ("Teams", lambda o: fmt_text(o.org_groups_count)),
]

MEMBER_COLUMNS: list[Column] = [
    ("Username", lambda m: fmt_text(m.username)),
    ("Full name", lambda m: fmt_text(m.full_name)),
    ("Role", lambda m: fmt_text(m.role)),
    ("Teams", lambda m: fmt_text(m.groups)),
    ("Email", lambda m: fmt_text(m.email)),
    ("Guest", lambda m: fmt_bool(m.is_guest)),
    ("Joined", lambda m: fmt_time(m.date_joined)),
]

TEAM_COLUMNS: list[Column] = [
    ("Team", lambda t: fmt_text(t.name)),
    ("Description", lambda t: fmt_text(t.description)),
    ("Members", lambda t: fmt_text(t.member_count)),
]


@org_app.command("ls")
def list_orgs(ctx: typer.Context, all_pages: ALL = False) -> None:
    """List the organizations you belong to."""
    settings = settings_of(ctx)
    with hub_from_context(ctx) as hub:
        if all_pages:
            orgs: list[Any] = walk(
                settings, "organizations", lambda report: hub.iter_user_orgs(progress=report)
            )
        else:
            orgs = hub.user_orgs()
    emit(settings, orgs, ORG_COLUMNS)


@org_app.command("members")
def list_members(
    ctx: typer.Context,
    org: ORG,
    all_pages: ALL = False,
    search: Annotated[
        str | None, typer.Option("--search", help="Only members matching this text.")
    ] = None,
    role: Annotated[
        str | None,
        typer.Option("--role", help="Only members with this role (owner, editor, member)."),
    ] = None,
) -> None:
    """List an organization's members."""
    from dockerhub_client.models.list_org_members_role import (
        LIST_ORG_MEMBERS_ROLE_VALUES,
        check_list_org_members_role,
    )

    settings = settings_of(ctx)
    if role is not None and role not in LIST_ORG_MEMBERS_ROLE_VALUES:
        known = ", ".join(sorted(LIST_ORG_MEMBERS_ROLE_VALUES))
        raise typer.BadParameter(f"{role!r} is not one of {known}", param_hint="--role")
    wanted = None if role is None else check_list_org_members_role(role)
    with hub_from_context(ctx) as hub:
        if all_pages:
            members: list[Any] = walk(
                settings,
                f"{org} members",
                lambda report: hub.iter_org_members(
                    org, search=search, role=wanted, progress=report
                ),
            )
        else:
            members = hub.org_members(org, search=search, role=wanted)
    emit(settings, members, MEMBER_COLUMNS)


@team_app.command("ls")
def list_teams(ctx: typer.Context, org: ORG, all_pages: ALL = False) -> None:
    """List an organization's teams."""
    settings = settings_of(ctx)
    with hub_from_context(ctx) as hub:
        if all_pages:
            teams: list[Any] = walk(
                settings, f"{org} teams", lambda report: hub.iter_teams(org, progress=report)
            )
        else:
            teams = hub.teams(org)
    emit(settings, teams, TEAM_COLUMNS)
