"""Every read operation of the spec against the real Docker Hub: opt-in only.

Runs with ``DOCKER_HUB_USERNAME`` and ``DOCKER_HUB_PASSWORD`` or ``DOCKER_HUB_TOKEN``;
organization reads also need ``DOCKER_HUB_ORG`` (an organization the account belongs to)
and the SCIM reads ``DOCKER_HUB_SCIM_TOKEN``. Without them the tests skip, so CI never
reaches the internet.

Each test calls one generated endpoint function and checks what the spec promises: the
status is one the operation documents, and a 2xx body parses into the documented model
(``parsed`` is not None). Reads whose object may not exist in the account (a webhook
pipeline, a build, a team grant) look for one first and skip when there is none.
The coverage test (no credentials needed) fails when a read operation of the spec has no
entry here.
"""

from __future__ import annotations

import functools
import importlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from spec_data import load_spec

from dockerhub_client import Client
from dockerhub_client.api.access_tokens import list_access_tokens, list_org_access_tokens
from dockerhub_client.api.auth import create_auth_token
from dockerhub_client.api.builds import list_build_history
from dockerhub_client.api.repositories import list_namespace_repositories
from dockerhub_client.api.scim import list_scim_users
from dockerhub_client.api.teams import list_teams
from dockerhub_client.api.webhooks import list_webhook_pipelines
from dockerhub_client.models import AuthTokenRequest

BASE_URL = os.environ.get("DOCKER_HUB_BASE_URL", "https://hub.docker.com")
USERNAME = os.environ.get("DOCKER_HUB_USERNAME")
SECRET = os.environ.get("DOCKER_HUB_PASSWORD") or os.environ.get("DOCKER_HUB_TOKEN")
ORG = os.environ.get("DOCKER_HUB_ORG")
SCIM_TOKEN = os.environ.get("DOCKER_HUB_SCIM_TOKEN")
SPEC = Path(__file__).resolve().parents[2] / "spec" / "dockerhub.yaml"
USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"

needs_account = pytest.mark.skipif(
    not (USERNAME and SECRET),
    reason="set DOCKER_HUB_USERNAME and DOCKER_HUB_PASSWORD or DOCKER_HUB_TOKEN to run",
)


class Live:
    """Clients and the account's objects, looked up once and on demand."""

    def __init__(self, session: Client, anonymous: Client, scim: Client | None) -> None:
        self.session, self.anonymous, self.scim_client = session, anonymous, scim
        self.user = str(USERNAME)

    @property
    def org(self) -> str:
        if not ORG:
            pytest.skip("set DOCKER_HUB_ORG to read organization endpoints")
        return ORG

    @property
    def scim(self) -> Client:
        if self.scim_client is None:
            pytest.skip("set DOCKER_HUB_SCIM_TOKEN to read the SCIM endpoints")
        return self.scim_client

    @functools.cached_property
    def own_repository(self) -> str:
        page = list_namespace_repositories.sync(self.user, client=self.session, page_size=1)
        if page is None or not page.results:
            pytest.skip(f"{self.user} has no repository")
        return str(page.results[0].name)

    @functools.cached_property
    def pipeline_slug(self) -> str:
        page = list_webhook_pipelines.sync(self.user, self.own_repository, client=self.session)
        if page is None or not page.results:
            pytest.skip("the repository has no webhook pipeline")
        return str(page.results[0].slug)

    @functools.cached_property
    def build_code(self) -> str:
        page = list_build_history.sync(self.user, self.own_repository, client=self.session)
        if page is None or not page.results:
            pytest.skip("the repository has no build")
        return str(page.results[0].build_code)

    @functools.cached_property
    def pat_uuid(self) -> str:
        page = list_access_tokens.sync(client=self.session, page_size=1)
        if page is None or not page.results:
            pytest.skip("the account has no personal access token")
        return str(page.results[0].uuid)

    @functools.cached_property
    def oat_id(self) -> str:
        page = list_org_access_tokens.sync(self.org, client=self.session, page_size=1)
        if page is None or not page.results:
            pytest.skip("the organization has no access token")
        return str(page.results[0].id)

    @functools.cached_property
    def team(self) -> tuple[int, str]:
        page = list_teams.sync(self.org, client=self.session, page_size=1)
        if page is None or not page.results:
            pytest.skip("the organization has no team")
        team = page.results[0]
        return int(team.id), str(team.name)  # type: ignore[arg-type]

    @functools.cached_property
    def org_repository(self) -> str:
        page = list_namespace_repositories.sync(self.org, client=self.session, page_size=1)
        if page is None or not page.results:
            pytest.skip("the organization has no repository")
        return str(page.results[0].name)

    @functools.cached_property
    def scim_user_id(self) -> str:
        page = list_scim_users.sync(client=self.scim, count=1)
        if page is None or not page.resources:
            pytest.skip("no SCIM-provisioned user")
        return str(page.resources[0].id)


Call = Callable[[Live], tuple[Client, tuple[Any, ...], dict[str, Any]]]


def _own(live: Live) -> tuple[str, str]:
    return live.user, live.own_repository


#: operationId -> (client, positional path arguments, keyword arguments) for that read.
READS: dict[str, Call] = {
    "get_current_user": lambda h: (h.session, (), {}),
    "get_user": lambda h: (h.anonymous, (h.user,), {}),
    "get_registry_settings": lambda h: (h.session, (h.user,), {}),
    "list_user_repositories": lambda h: (h.anonymous, (h.user,), {}),
    "list_starred_repositories": lambda h: (h.anonymous, (h.user,), {"page_size": 5}),
    "list_legacy_namespace_repositories": lambda h: (h.anonymous, ("library",), {"page_size": 5}),
    "get_repository": lambda h: (h.anonymous, ("library", "alpine"), {}),
    "list_comments": lambda h: (h.anonymous, ("library", "alpine"), {"page_size": 5}),
    "list_tags": lambda h: (h.anonymous, ("library", "alpine"), {"page_size": 5, "name": "3"}),
    "list_collaborators": lambda h: (h.session, _own(h), {}),
    "list_webhooks": lambda h: (h.session, _own(h), {}),
    "list_webhook_pipelines": lambda h: (h.session, _own(h), {}),
    "get_webhook_pipeline": lambda h: (h.session, (*_own(h), h.pipeline_slug), {}),
    "get_build_settings": lambda h: (h.session, _own(h), {}),
    "list_build_history": lambda h: (h.session, _own(h), {}),
    "get_build_details": lambda h: (h.session, (*_own(h), h.build_code), {}),
    "list_build_links": lambda h: (h.session, _own(h), {}),
    "get_build_trigger": lambda h: (h.session, _own(h), {}),
    "list_build_trigger_history": lambda h: (h.session, _own(h), {}),
    "list_namespace_repositories": lambda h: (
        h.anonymous,
        ("library",),
        {"page_size": 5, "ordering": "-pull_count", "content_types": "image"},
    ),
    "get_namespace_repository": lambda h: (h.anonymous, ("library", "alpine"), {}),
    "check_namespace_repository": lambda h: (h.anonymous, ("library", "alpine"), {}),
    "list_namespace_repository_tags": lambda h: (
        h.anonymous,
        ("library", "alpine"),
        {"page_size": 5, "architecture": "arm64", "os": "linux"},
    ),
    "check_namespace_repository_tags": lambda h: (h.anonymous, ("library", "alpine"), {}),
    "get_namespace_repository_tag": lambda h: (h.anonymous, ("library", "alpine", "latest"), {}),
    "check_namespace_repository_tag": lambda h: (
        h.anonymous,
        ("library", "alpine", "latest"),
        {},
    ),
    "get_team_repository_permission": lambda h: (
        h.session,
        (h.org, h.org_repository, h.team[0]),
        {},
    ),
    "list_access_tokens": lambda h: (h.session, (), {"page_size": 5}),
    "get_access_token": lambda h: (h.session, (h.pat_uuid,), {}),
    "list_org_access_tokens": lambda h: (h.session, (h.org,), {"page_size": 5}),
    "get_org_access_token": lambda h: (h.session, (h.org, h.oat_id), {}),
    "list_user_orgs": lambda h: (h.session, (), {}),
    "get_org": lambda h: (h.session, (h.org,), {}),
    "list_org_members": lambda h: (h.session, (h.org,), {"page_size": 5, "type_": "all"}),
    "export_org_members": lambda h: (h.session, (h.org,), {}),
    "list_org_invites": lambda h: (h.session, (h.org,), {}),
    "get_org_settings": lambda h: (h.session, (h.org,), {}),
    "get_org_registry_access": lambda h: (h.session, (h.org,), {}),
    "list_teams": lambda h: (h.session, (h.org,), {"page_size": 5}),
    "get_team": lambda h: (h.session, (h.org, h.team[1]), {}),
    "list_team_members": lambda h: (h.session, (h.org, h.team[1]), {"page_size": 5}),
    "list_audit_logs": lambda h: (h.session, (h.org,), {"page_size": 5}),
    "list_audit_log_actions": lambda h: (h.session, (h.org,), {}),
    "get_scim_service_provider_config": lambda h: (h.scim, (), {}),
    "list_scim_resource_types": lambda h: (h.scim, (), {}),
    "get_scim_resource_type": lambda h: (h.scim, ("User",), {}),
    "list_scim_schemas": lambda h: (h.scim, (), {}),
    "get_scim_schema": lambda h: (h.scim, (USER_SCHEMA,), {}),
    "list_scim_users": lambda h: (h.scim, (), {"count": 5}),
    "get_scim_user": lambda h: (h.scim, (h.scim_user_id,), {}),
}


def _read_operations() -> dict[str, tuple[str, dict[str, Any]]]:
    """operationId -> (generated package, operation) for every GET and HEAD of the spec."""
    spec = load_spec()
    return {
        op["operationId"]: (op["tags"][0].replace("-", "_"), op)
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in ("get", "head")
    }


def test_every_read_operation_of_the_spec_has_a_live_read() -> None:
    assert set(READS) == set(_read_operations())


@pytest.fixture(scope="module")
def live() -> Iterator[Live]:
    assert USERNAME is not None and SECRET is not None
    login = create_auth_token.sync(
        client=Client(BASE_URL),
        body=AuthTokenRequest(identifier=USERNAME, secret=SECRET),
    )
    assert login is not None, "the login was refused"
    headers = {"Authorization": f"Bearer {login.access_token}"}
    timeout = httpx.Timeout(30.0)
    session = Client(BASE_URL, headers=headers, timeout=timeout)
    anonymous = Client(BASE_URL, timeout=timeout)
    scim = None
    if SCIM_TOKEN:
        scim = Client(BASE_URL, headers={"Authorization": f"Bearer {SCIM_TOKEN}"}, timeout=timeout)
    with session, anonymous:
        yield Live(session, anonymous, scim)


@pytest.mark.live
@needs_account
@pytest.mark.parametrize("operation_id", sorted(READS))
def test_the_live_hub_answers_as_the_spec_says(live: Live, operation_id: str) -> None:
    package, operation = _read_operations()[operation_id]
    client, args, kwargs = READS[operation_id](live)
    module = importlib.import_module(f"dockerhub_client.api.{package}.{operation_id}")
    response = module.sync_detailed(*args, client=client, **kwargs)
    documented = {int(code) for code in operation["responses"]}
    assert response.status_code in documented, (response.status_code, response.content[:200])
    if 200 <= response.status_code < 300 and "content" in operation["responses"].get(
        str(response.status_code), {}
    ):
        assert response.parsed is not None, response.content[:200]
