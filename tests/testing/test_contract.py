"""Contract test: the fake Hub's responses conform to ``spec/dockerhub.yaml``.

Two passes over a real HTTP server started from :class:`FakeHub`:

* a scripted scenario that calls every one of the spec's operations on its success path
  (and asserts that all were exercised but those in ``FAKE_LACKS``), validating each
  response, and
* a bounded property-based pass (schemathesis, positive data only) over every operation.

Both use schemathesis' response checks: status code, content type, response schema,
response headers and "not a server error".
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from dockerhub.testing import FakeHub, RunningServer
from dockerhub_client.facade import SPEC_OPERATIONS

pytestmark = pytest.mark.e2e

SPEC = Path(__file__).resolve().parents[2] / "spec" / "dockerhub.yaml"

# Operations of the spec that the fake Hub does not serve (it answers them 501 naming the
# operationId). Keep this list short and honest: add a route, or add the operation here.
FAKE_LACKS: frozenset[str] = frozenset()
SCIM_TOKEN = "dckr_scim_acme_seed_00000000000000"

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]

schema = schemathesis.openapi.from_path(SPEC)
schema.config.generation.update(
    modes=[GenerationMode.POSITIVE], max_examples=8, with_security_parameters=False
)


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[FakeHub, RunningServer]]:
    hub = FakeHub()
    with hub.serve() as server:
        yield hub, server


def _sample_path(template: str) -> str:
    """A concrete path for a spec template (ids numeric, names lowercase)."""

    def value(name: str) -> str:
        return "7" if name.endswith("_id") or name in ("build_code",) else f"x{name[:3]}"

    parts = template.split("/")
    return "/".join(value(p[1:-1]) if p.startswith("{") else p for p in parts)


def _lacking() -> set[str]:
    from dockerhub.testing._http import HubError
    from dockerhub.testing._hub import _ROUTER

    missing = set()
    for method, path, operation_id in SPEC_OPERATIONS:
        try:
            _ROUTER.resolve(method, _sample_path(path))
        except HubError:
            missing.add(operation_id)
    return missing


def test_the_fake_serves_every_operation_but_the_listed_ones() -> None:
    assert _lacking() == set(FAKE_LACKS)


def test_an_operation_the_fake_lacks_is_answered_501_naming_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import httpx

    from dockerhub.testing import _hub
    from dockerhub.testing._http import Router

    monkeypatch.setattr(_hub, "_ROUTER", Router())  # a fake that implements nothing
    with httpx.Client(transport=FakeHub().transport(), base_url="https://hub.docker.com") as client:
        lacking = client.get("/v2/repositories/acme/app/tags/", params={"page": 2})
        unknown = client.get("/v2/not-in-the-spec")
    assert lacking.status_code == 501
    assert "list_tags" in lacking.json()["detail"]
    assert unknown.status_code == 404


class _Scenario:
    """Calls operations by id against a server and validates every response."""

    def __init__(self, hub: FakeHub, server: RunningServer) -> None:
        self.hub, self.server = hub, server
        self.seen: set[str] = set()

    def __call__(
        self,
        operation_id: str,
        *,
        path: dict[str, Any] | None = None,
        query: dict[str, Any] | None = None,
        body: Any = None,
        user: str | None = "alice",
        token: str | None = None,
        expect: int | None = None,
        media_type: str = "application/json",
    ) -> Any:
        operation = schema.find_operation_by_id(operation_id)
        kwargs: dict[str, Any] = {"path_parameters": path or {}, "query": query or {}}
        if body is not None:
            kwargs["body"] = body
            kwargs["media_type"] = media_type
        case = operation.Case(**kwargs)
        headers = {}
        if token is None and user is not None:
            token = self.hub.token_for(user)
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        response = case.call(base_url=self.server.url, headers=headers)
        case.validate_response(response, checks=CHECKS)
        if expect is not None:
            assert response.status_code == expect, response.text
        else:
            assert 200 <= response.status_code < 300, (operation_id, response.text)
        self.seen.add(operation_id)
        if response.content and "json" in response.headers.get("content-type", [""])[0]:
            return response.json()
        return response.text


def test_every_operation_succeeds_and_conforms(served: tuple[FakeHub, RunningServer]) -> None:
    hub, server = served
    call = _Scenario(hub, server)
    repo = {"namespace": "alice", "repository": "web"}
    nginx = {"namespace": "library", "repository": "nginx"}
    acme = {"org_name": "acme"}

    # auth
    login = call("login_user", body={"username": "alice", "password": "alice-password"}, user=None)
    two_fa = call(
        "login_user", body={"username": "bob", "password": "bob-password"}, user=None, expect=401
    )
    call(
        "login_2fa",
        body={"login_2fa_token": two_fa["login_2fa_token"], "code": "123456"},
        user=None,
    )
    call("create_auth_token", body={"identifier": "alice", "secret": "alice-password"}, user=None)
    call("logout", token=login["token"])

    # users
    call("get_current_user")
    call("get_user", path={"username": "alice"})
    call("get_registry_settings", path={"username": "alice"})
    call("list_user_repositories", path={"username": "alice"})
    call("list_starred_repositories", path={"username": "alice"})

    # repositories
    new = {"namespace": "alice", "repository": "contract"}
    call("create_repository", body={"namespace": "alice", "name": "contract", "description": "x"})
    call(
        "create_namespace_repository",
        path={"namespace": "alice"},
        body={"namespace": "alice", "name": "contract2"},
    )
    call("get_repository", path=new)
    call("update_repository", path=new, body={"description": "short", "full_description": "long"})
    call("list_namespace_repositories", path={"namespace": "library"}, query={"page_size": 1})
    call(
        "list_legacy_namespace_repositories",
        path={"namespace": "library"},
        query={"ordering": "-pull_count"},
        user=None,
    )
    call("set_repository_privacy", path=new, body={"is_private": True})
    call("get_namespace_repository", path=nginx)
    call("check_namespace_repository", path=nginx)
    call("update_namespace_repository", path=new, body={"description": "again"})
    call("star_repository", path=nginx, body={})
    call("unstar_repository", path=nginx)
    call("list_comments", path=nginx)

    # tags
    call("list_tags", path=nginx, query={"page": 2, "page_size": 5})
    call("list_namespace_repository_tags", path=nginx)
    call("check_namespace_repository_tags", path=nginx)
    call("get_namespace_repository_tag", path={**nginx, "tag": "latest"})
    call("check_namespace_repository_tag", path={**nginx, "tag": "latest"})
    call(
        "update_immutable_tags",
        path=repo,
        body={"immutable_tags": True, "immutable_tags_rules": ["v.*"]},
    )
    call("verify_immutable_tags", path=repo, body={"regex": "lat.*"})
    call("delete_tag", path={**repo, "tag": "latest"})

    # collaborators and webhooks
    call("list_collaborators", path=repo)
    call("add_collaborator", path=repo, body={"user": "bob"})
    call("delete_collaborator", path={**repo, "collaborator": "bob"})
    call("list_webhooks", path=repo)
    webhook = call("create_webhook", path=repo, body={"name": "deploy"})
    call(
        "create_webhook_hook",
        path={**repo, "webhook_id": webhook["id"]},
        body={"hook_url": "https://example.com/h"},
    )
    call("delete_webhook", path={**repo, "webhook_id": webhook["id"]})
    call("list_webhook_pipelines", path=repo)
    pipeline = call(
        "create_webhook_pipeline",
        path=repo,
        body={
            "name": "Deploy",
            "expect_final_callback": False,
            "webhooks": [{"name": "Deploy", "hook_url": "https://example.com/deploy"}],
            "registry": "registry-1.docker.io",
        },
    )
    call("get_webhook_pipeline", path={**repo, "slug": pipeline["slug"]})
    call("delete_webhook_pipeline", path={**repo, "slug": pipeline["slug"]})

    # builds
    call("get_build_settings", path=repo)
    call(
        "create_automated_build",
        path=new,
        body={"provider": "github", "vcs_repo_name": "alice/contract"},
    )
    build_tag = call("create_build_tag", path=repo, body={"name": "dev", "source_name": "dev"})
    call(
        "update_build_tag", path={**repo, "build_tag_id": build_tag["id"]}, body={"name": "develop"}
    )
    call("delete_build_tag", path={**repo, "build_tag_id": build_tag["id"]})
    triggered = call(
        "trigger_build", path=repo, body={"source_type": "Branch", "source_name": "master"}
    )
    call("list_build_history", path=repo)
    call("get_build_details", path={**repo, "build_code": triggered[0]["build_code"]})
    call("list_build_links", path=repo)
    link = call("create_build_link", path=repo, body={"to_repo": "nginx"})
    call("delete_build_link", path={**repo, "link_id": link["id"]})
    call("get_build_trigger", path=repo)
    call("list_build_trigger_history", path=repo)

    # personal and organization access tokens
    call("list_access_tokens")
    pat = call("create_access_token", body={"token_label": "contract", "scopes": ["repo:read"]})
    call("get_access_token", path={"uuid": pat["uuid"]})
    call("update_access_token", path={"uuid": pat["uuid"]}, body={"is_active": False})
    call("delete_access_token", path={"uuid": pat["uuid"]})
    call("list_org_access_tokens", path=acme)
    oat = call("create_org_access_token", path=acme, body={"label": "contract"})
    call("get_org_access_token", path={**acme, "access_token_id": oat["id"]})
    call(
        "update_org_access_token",
        path={**acme, "access_token_id": oat["id"]},
        body={"label": "renamed"},
    )
    call("delete_org_access_token", path={**acme, "access_token_id": oat["id"]})

    # organizations, teams, members, invites, settings
    call("list_user_orgs")
    call("get_org", path=acme)
    call("list_org_members", path=acme, query={"role": "owner"})
    call("export_org_members", path=acme)
    call("update_org_member", path={**acme, "username": "carol"}, body={"role": "editor"})
    invites = call("list_org_invites", path=acme)
    call("resend_invite", path={"invite_id": invites["data"][0]["id"]})
    call("delete_invite", path={"invite_id": invites["data"][0]["id"]})
    call("bulk_invite", body={"org": "acme", "invitees": ["erin@example.com"], "role": "member"})
    call("get_org_settings", path=acme)
    call(
        "update_org_settings",
        path=acme,
        body={
            "restricted_images": {
                "enabled": True,
                "allow_official_images": True,
                "allow_verified_publishers": False,
            }
        },
    )
    call("get_org_registry_access", path=acme)
    call(
        "update_org_registry_access",
        path=acme,
        body={
            "enabled": True,
            "standard_registries": [{"id": "DockerHub", "allowed": True}],
            "custom_registries": [
                {"address": "ghcr.io", "friendly_name": "GitHub", "allowed": True}
            ],
        },
    )
    call("list_teams", path=acme, query={"username": "bob", "search": "dev"})
    team = call("create_team", path=acme, body={"name": "qa", "description": "Quality"})
    qa = {**acme, "group_name": "qa"}
    call("get_team", path=qa)
    call("replace_team", path=qa, body={"name": "qa", "description": "Quality assurance"})
    call("update_team", path=qa, body={"description": "QA"})
    call("add_team_member", path=qa, body={"member": "carol"})
    call("list_team_members", path=qa)
    call("remove_team_member", path={**qa, "username": "carol"})
    call(
        "grant_team_repository_access",
        path={"namespace": "acme", "repository": "internal"},
        body={"group_id": team["id"], "permission": "read"},
    )
    grant = {"namespace": "acme", "repository": "internal", "group_id": team["id"]}
    call("get_team_repository_permission", path=grant)
    call("update_team_repository_permission", path=grant, body={"permission": "write"})
    call("revoke_team_repository_access", path=grant)
    call("delete_team", path=qa)
    call("remove_org_member", path={**acme, "username": "carol"})

    # SCIM, with the organization's SCIM token
    scim = {"token": SCIM_TOKEN, "media_type": "application/scim+json"}
    call("get_scim_service_provider_config", **scim)
    call("list_scim_resource_types", **scim)
    call("get_scim_resource_type", path={"resource_type": "User"}, **scim)
    call("list_scim_schemas", **scim)
    call(
        "get_scim_schema", path={"schema_id": "urn:ietf:params:scim:schemas:core:2.0:User"}, **scim
    )
    call("list_scim_users", query={"filter": 'userName eq "bob@example.com"'}, **scim)
    erin = call(
        "create_scim_user",
        body={
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
            "userName": "erin@example.com",
            "name": {"givenName": "Erin", "familyName": "Example"},
        },
        **scim,
    )
    call("get_scim_user", path={"user_id": erin["id"]}, **scim)
    call(
        "update_scim_user",
        path={"user_id": erin["id"]},
        body={"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "enabled": False},
        **scim,
    )

    # audit logs, then the destructive repository delete
    call("list_audit_logs", path={"account": "acme"})
    call("list_audit_log_actions", path={"account": "acme"})
    call("delete_repository", path=new)

    all_ids = {result.ok().definition.raw["operationId"] for result in schema.get_all_operations()}
    assert all_ids - call.seen == set(FAKE_LACKS)
    assert len(call.seen) == len(SPEC_OPERATIONS) - len(FAKE_LACKS)


@schema.parametrize()
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
def test_generated_requests_conform(
    case: schemathesis.Case, served: tuple[FakeHub, RunningServer]
) -> None:
    hub, server = served
    headers = {"Authorization": f"Bearer {hub.token_for('alice')}"}
    case.call_and_validate(base_url=server.url, headers=headers, checks=CHECKS)
