"""SCIM 2.0 through the generated client, authenticated by the organization's SCIM token."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import pytest

from dockerhub.testing import FakeHub
from dockerhub_client.api.scim import (
    create_scim_user,
    get_scim_resource_type,
    get_scim_schema,
    get_scim_service_provider_config,
    get_scim_user,
    list_scim_resource_types,
    list_scim_schemas,
    list_scim_users,
    update_scim_user,
)
from dockerhub_client.models import (
    ScimCreateUserRequest,
    ScimError,
    ScimName,
    ScimResourceType,
    ScimResourceTypeList,
    ScimSchema,
    ScimSchemaList,
    ScimServiceProviderConfig,
    ScimUpdateUserRequest,
    ScimUser,
    ScimUserList,
)

from .conftest import generated_client

TOKEN = "dckr_scim_acme_seed_00000000000000"
USER = "urn:ietf:params:scim:schemas:core:2.0:User"


def _error(content: bytes) -> ScimError:
    """The SCIM error body (error statuses are not parsed by the generated functions)."""
    body: dict[str, Any] = json.loads(content)
    return ScimError.from_dict(body)


def _users(page: object) -> list[str]:
    assert isinstance(page, ScimUserList)
    return [str(user.display_name) for user in page.resources]


@pytest.mark.parametrize("token", [None, "not-the-scim-token", "session"])
def test_anything_but_the_scim_token_is_refused_in_scim_format(
    fake: FakeHub, token: str | None
) -> None:
    secret = fake.token_for("alice") if token == "session" else token
    with generated_client(fake, token=secret) as client:
        response = list_scim_users.sync_detailed(client=client)
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/scim+json"
    error = _error(response.content)
    assert error.status == "401"
    assert error.schemas == ["urn:ietf:params:scim:api:messages:2.0:Error"]


def test_the_catalogue_describes_users(fake: FakeHub) -> None:
    with generated_client(fake, token=TOKEN) as scim:
        config = get_scim_service_provider_config.sync_detailed(client=scim).parsed
        types = list_scim_resource_types.sync_detailed(client=scim).parsed
        user_type = get_scim_resource_type.sync_detailed("User", client=scim).parsed
        missing = get_scim_resource_type.sync_detailed("Group", client=scim)
        schemas = list_scim_schemas.sync_detailed(client=scim).parsed
        schema = get_scim_schema.sync_detailed(USER, client=scim).parsed
    assert isinstance(config, ScimServiceProviderConfig)
    assert (config.filter_.supported, config.patch.supported) == (True, False)  # type: ignore[union-attr]
    assert isinstance(types, ScimResourceTypeList) and types.total_results == 1
    assert isinstance(user_type, ScimResourceType) and user_type.schema == USER
    assert types.resources == [user_type]
    assert missing.status_code == 404
    assert isinstance(schemas, ScimSchemaList) and schemas.resources == [schema]
    assert isinstance(schema, ScimSchema)
    assert [a.name for a in schema.attributes][:3] == ["userName", "name", "displayName"]
    assert fake.requests[5].path == f"/v2/scim/2.0/Schemas/{quote(USER, safe='')}"


def test_users_are_the_members_filtered_sorted_and_paged(fake: FakeHub) -> None:
    with generated_client(fake, token=TOKEN) as scim:
        everyone = list_scim_users.sync_detailed(client=scim, sort_by="userName").parsed
        bob = list_scim_users.sync_detailed(client=scim, filter_='userName eq "BOB@example.com"')
        second = list_scim_users.sync_detailed(
            client=scim, start_index=2, count=1, sort_by="displayName", sort_order="descending"
        ).parsed
        bad = list_scim_users.sync_detailed(client=scim, filter_='userName eq "a" or active eq "b"')
    assert _users(everyone) == ["alice", "bob", "carol"]
    assert isinstance(everyone, ScimUserList) and everyone.total_results == 3
    alice = everyone.resources[0]
    assert (alice.user_name, alice.active) == ("alice@example.com", True)
    assert alice.name == ScimName(given_name="Alice", family_name="Example")
    assert _users(bob.parsed) == ["bob"]
    assert fake.requests[1].query == {"filter": ['userName eq "BOB@example.com"']}
    assert _users(second) == ["bob"]
    assert isinstance(second, ScimUserList)
    assert (second.start_index, second.items_per_page, second.total_results) == (2, 1, 3)
    assert bad.status_code == 400
    assert _error(bad.content).scim_type == "invalidFilter"


def test_provision_then_deactivate_and_reactivate_a_user(fake: FakeHub) -> None:
    body = ScimCreateUserRequest(
        schemas=[USER],
        user_name="erin@example.com",
        name=ScimName(given_name="Erin", family_name="Example"),
    )
    with generated_client(fake, token=TOKEN) as scim:
        created = create_scim_user.sync_detailed(client=scim, body=body)
        again = create_scim_user.sync_detailed(client=scim, body=body)
        assert isinstance(created.parsed, ScimUser)
        user_id = str(created.parsed.id)
        off = update_scim_user.sync_detailed(
            user_id, client=scim, body=ScimUpdateUserRequest(schemas=[USER])
        )
        members_while_off = set(fake.state.orgs["acme"].members)
        still_listed = get_scim_user.sync_detailed(user_id, client=scim)
        on = update_scim_user.sync_detailed(
            user_id,
            client=scim,
            body=ScimUpdateUserRequest(
                schemas=[USER],
                name=ScimName(given_name="Erin", family_name="Renamed"),
                enabled=True,
            ),
        )

    assert fake.requests[0].headers["content-type"] == "application/scim+json"
    assert fake.requests[0].json == {
        "schemas": [USER],
        "userName": "erin@example.com",
        "name": {"givenName": "Erin", "familyName": "Example"},
    }
    assert created.status_code == 201
    assert (created.parsed.display_name, created.parsed.active) == ("erin", True)
    assert again.status_code == 409
    assert isinstance(off.parsed, ScimUser) and off.parsed.active is False
    assert fake.requests[2].json == {"schemas": [USER]}  # `enabled` left out: deactivate
    assert members_while_off == {"alice", "bob", "carol"}
    assert isinstance(still_listed.parsed, ScimUser) and still_listed.parsed.active is False
    assert isinstance(on.parsed, ScimUser) and on.parsed.active is True
    assert on.parsed.name == ScimName(given_name="Erin", family_name="Renamed")
    assert fake.state.orgs["acme"].members["erin"] == "member"


def test_an_unknown_user_id_is_a_scim_404(fake: FakeHub) -> None:
    with generated_client(fake, token=TOKEN) as scim:
        response = get_scim_user.sync_detailed("00000000-0000-4000-8000-000000000000", client=scim)
    assert response.status_code == 404
    assert _error(response.content).status == "404"


def test_the_facade_sends_the_scim_token_to_scim_only(fake: FakeHub) -> None:
    import httpx

    from dockerhub import DockerHub

    sent: dict[str, str] = {}
    inner = fake.transport()

    class Capture(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            sent[request.url.path] = request.headers.get("authorization", "")
            return inner.handle_request(request)

    with DockerHub(cache=False, retries=0, transport=Capture()) as hub:
        hub.login("alice", "alice-password")
        hub.set_scim_token(TOKEN)
        config = hub.scim_service_provider_config()
        assert isinstance(config, ScimServiceProviderConfig)
        assert hub.user("alice").username == "alice"
        assert TOKEN not in repr(hub)
    scim = next(value for path, value in sent.items() if path.startswith("/v2/scim/"))
    assert scim == f"Bearer {TOKEN}"
    assert sent["/v2/users/alice/"].startswith("Bearer ey")  # the session JWT elsewhere
