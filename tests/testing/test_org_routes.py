"""Organization routes through the generated client: registry access management, settings
with the reference's required flags, and the member and team filters."""

from __future__ import annotations

from dockerhub.testing import FakeHub
from dockerhub_client.api.orgs import (
    get_org_registry_access,
    list_org_members,
    update_org_registry_access,
    update_org_settings,
)
from dockerhub_client.api.teams import list_teams
from dockerhub_client.models import (
    CustomRegistry,
    OrgMemberPage,
    OrgSettings,
    RegistryAccessManagement,
    StandardRegistry,
    TeamPage,
    UpdateOrgSettingsRequest,
    UpdateOrgSettingsRequestRestrictedImages,
)

from .conftest import generated_client


def test_registry_access_defaults_to_docker_hub_only(fake: FakeHub) -> None:
    with generated_client(fake, "carol") as member:
        response = get_org_registry_access.sync_detailed("acme", client=member)
    assert response.parsed == RegistryAccessManagement(
        enabled=False,
        standard_registries=[StandardRegistry(id="DockerHub", allowed=True)],
        custom_registries=[],
    )


def test_owners_replace_registry_access_and_members_read_it(fake: FakeHub) -> None:
    settings = RegistryAccessManagement(
        enabled=True,
        standard_registries=[StandardRegistry(id="DockerHub", allowed=False)],
        custom_registries=[
            CustomRegistry(address="ghcr.io", friendly_name="GitHub", allowed=True),
            CustomRegistry(address="registry.example.com", allowed=True),
        ],
    )
    with generated_client(fake, "alice") as owner, generated_client(fake, "carol") as member:
        refused = update_org_registry_access.sync_detailed("acme", client=member, body=settings)
        stored = update_org_registry_access.sync_detailed("acme", client=owner, body=settings)
        read = get_org_registry_access.sync_detailed("acme", client=member)

    assert refused.status_code == 403
    assert fake.requests[1].method == "PUT"
    assert fake.requests[1].path == "/v2/orgs/acme/settings/registry-access-management"
    assert fake.requests[1].json == settings.to_dict()
    assert stored.status_code == 200
    assert isinstance(read.parsed, RegistryAccessManagement)
    assert read.parsed == stored.parsed
    assert [c.friendly_name for c in read.parsed.custom_registries] == [
        "GitHub",
        "registry.example.com",
    ]


def test_registry_access_needs_enabled(fake: FakeHub) -> None:
    with generated_client(fake, "alice") as owner:
        http = owner.get_httpx_client()
        response = http.put("/v2/orgs/acme/settings/registry-access-management", json={})
    assert response.status_code == 400


def test_org_settings_take_all_three_image_flags(fake: FakeHub) -> None:
    flags = UpdateOrgSettingsRequestRestrictedImages(
        enabled=True, allow_official_images=False, allow_verified_publishers=True
    )
    with generated_client(fake, "alice") as owner:
        response = update_org_settings.sync_detailed(
            "acme", client=owner, body=UpdateOrgSettingsRequest(restricted_images=flags)
        )
        partial = owner.get_httpx_client().put(
            "/v2/orgs/acme/settings", json={"restricted_images": {"enabled": False}}
        )
    assert fake.requests[0].json == {
        "restricted_images": {
            "enabled": True,
            "allow_official_images": False,
            "allow_verified_publishers": True,
        }
    }
    assert isinstance(response.parsed, OrgSettings)
    assert response.parsed.to_dict() == fake.requests[0].json
    assert partial.status_code == 400
    assert fake.state.orgs["acme"].settings == fake.requests[0].json


def _usernames(page: object) -> list[str]:
    assert isinstance(page, OrgMemberPage)
    return sorted(str(m.username) for m in page.results)


def test_member_filters_type_role_and_invites(fake: FakeHub) -> None:
    with generated_client(fake, "alice") as owner:
        members = list_org_members.sync_detailed("acme", client=owner)
        editors = list_org_members.sync_detailed("acme", client=owner, role="editor")
        invitees = list_org_members.sync_detailed("acme", client=owner, type_="invitee")
        everyone = list_org_members.sync_detailed("acme", client=owner, type_="all")
        with_invites = list_org_members.sync_detailed("acme", client=owner, invites=True)
    assert _usernames(members.parsed) == ["alice", "bob", "carol"]
    assert _usernames(editors.parsed) == ["bob"]
    assert _usernames(invitees.parsed) == ["dave@example.com"]
    assert _usernames(everyone.parsed) == ["alice", "bob", "carol", "dave@example.com"]
    assert _usernames(with_invites.parsed) == _usernames(everyone.parsed)
    assert fake.requests[2].query == {"type": ["invitee"]}
    assert fake.requests[4].query == {"invites": ["true"]}


def test_team_filters_by_member_and_name(fake: FakeHub) -> None:
    with generated_client(fake, "alice") as owner:
        carols = list_teams.sync_detailed("acme", client=owner, username="carol")
        owners = list_teams.sync_detailed("acme", client=owner, search="OWN")
    assert fake.requests[0].query == {"username": ["carol"]}
    for page, expected in ((carols.parsed, ["developers"]), (owners.parsed, ["owners"])):
        assert isinstance(page, TeamPage)
        assert [t.name for t in page.results] == expected
