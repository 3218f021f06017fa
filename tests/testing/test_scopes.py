"""The fake Hub limits access tokens as the Hub does: PAT scopes and OAT resources per
route (403 ``access denied: insufficient scope``), and refuses unknown scopes and past
expiries when a token is created (the access-token routes' 400 body)."""

from __future__ import annotations

import datetime
from typing import Any

import httpx
import pytest

from dockerhub.testing import FakeHub

from .conftest import Clock, bearer, login

INSUFFICIENT = {"detail": "access denied: insufficient scope"}
ALICE_PASSWORD = "alice-password"
ACME_OAT = "dckr_oat_acme_seed_deploy_0000000"


def _pat(client: httpx.Client, scopes: list[str], **extra: Any) -> str:
    """A new PAT of alice's with ``scopes`` (created from a password session)."""
    session = login(client, "alice", ALICE_PASSWORD)
    body = {"token_label": f"t-{'-'.join(scopes)}", "scopes": scopes, **extra}
    created = client.post("/v2/access-tokens", json=body, headers=session)
    assert created.status_code == 201, created.text
    return str(created.json()["token"])


def _attempts(client: httpx.Client, auth: dict[str, str]) -> dict[str, int]:
    """The status of each kind of repository call made with ``auth``."""
    return {
        "read public": client.get("/v2/repositories/alice/web/", headers=auth).status_code,
        "read private": client.get("/v2/repositories/alice/private-app/", headers=auth).status_code,
        "create": client.post(
            "/v2/repositories/",
            json={"namespace": "alice", "name": "new-app"},
            headers=auth,
        ).status_code,
        "describe": client.patch(
            "/v2/repositories/alice/web/", json={"description": "x"}, headers=auth
        ).status_code,
        "delete tag": client.delete(
            "/v2/repositories/alice/private-app/tags/latest/", headers=auth
        ).status_code,
        "delete repository": client.delete("/v2/repositories/alice/web/", headers=auth).status_code,
    }


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        (
            "repo:public_read",
            {
                "read public": 200,
                "read private": 404,
                "create": 403,
                "describe": 403,
                "delete tag": 404,
                "delete repository": 403,
            },
        ),
        (
            "repo:read",
            {
                "read public": 200,
                "read private": 200,
                "create": 403,
                "describe": 403,
                "delete tag": 403,
                "delete repository": 403,
            },
        ),
        (
            "repo:write",
            {
                "read public": 200,
                "read private": 200,
                "create": 201,
                "describe": 403,
                "delete tag": 403,
                "delete repository": 403,
            },
        ),
        (
            "repo:admin",
            {
                "read public": 200,
                "read private": 200,
                "create": 201,
                "describe": 200,
                "delete tag": 204,
                "delete repository": 202,
            },
        ),
    ],
)
def test_each_pat_scope_allows_exactly_its_routes(
    client: httpx.Client, fake: FakeHub, scope: str, expected: dict[str, int]
) -> None:
    auth = login(client, "alice", _pat(client, [scope]))

    assert _attempts(client, auth) == expected
    refused = client.post(
        "/v2/repositories/", json={"namespace": "alice", "name": "other"}, headers=auth
    )
    if expected["create"] == 403:
        assert refused.json() == INSUFFICIENT
        assert ("alice", "other") not in fake.state.repos


def test_a_password_session_is_not_limited_by_scopes(client: httpx.Client) -> None:
    auth = login(client, "alice", ALICE_PASSWORD)

    assert set(_attempts(client, auth).values()) <= {200, 201, 202, 204}


def test_the_legacy_login_carries_the_pats_scopes(client: httpx.Client) -> None:
    pat = _pat(client, ["repo:read"])
    token = client.post("/v2/users/login", json={"username": "alice", "password": pat})

    refused = client.delete("/v2/repositories/alice/web/", headers=bearer(token.json()["token"]))

    assert refused.status_code == 403
    assert refused.json() == INSUFFICIENT


def test_several_scopes_mean_the_highest(client: httpx.Client) -> None:
    auth = login(client, "alice", _pat(client, ["repo:read", "repo:admin"]))

    assert client.delete("/v2/repositories/alice/web/", headers=auth).status_code == 202


def test_a_pull_only_oat_cannot_create_change_or_delete(
    client: httpx.Client, fake: FakeHub
) -> None:
    auth = login(client, "acme", ACME_OAT)

    assert client.get("/v2/repositories/acme/internal/", headers=auth).status_code == 200
    for response in (
        client.post("/v2/repositories/", json={"namespace": "acme", "name": "x1"}, headers=auth),
        client.patch("/v2/repositories/acme/website/", json={"description": "x"}, headers=auth),
        client.delete("/v2/repositories/acme/website/tags/latest/", headers=auth),
        client.delete("/v2/repositories/acme/website/", headers=auth),
    ):
        assert response.status_code == 403, response.request.url
        assert response.json() == INSUFFICIENT
    assert ("acme", "website") in fake.state.repos
    assert "latest" in fake.state.repos[("acme", "website")].tags


def _oat(client: httpx.Client, resources: list[dict[str, Any]]) -> str:
    session = login(client, "alice", ALICE_PASSWORD)
    created = client.post(
        "/v2/orgs/acme/access-tokens",
        json={"label": "ci", "resources": resources},
        headers=session,
    )
    assert created.status_code == 201, created.text
    return str(created.json()["token"])


def test_an_oat_reaches_only_the_repositories_its_resources_name(client: httpx.Client) -> None:
    secret = _oat(client, [{"type": "TYPE_REPO", "path": "acme/website", "scopes": ["repo-push"]}])
    auth = login(client, "acme", secret)

    assert client.get("/v2/repositories/acme/internal/", headers=auth).status_code == 404
    changed = client.patch(
        "/v2/repositories/acme/website/", json={"description": "new"}, headers=auth
    )
    assert changed.status_code == 200
    assert client.delete("/v2/repositories/acme/internal/", headers=auth).status_code == 404


def test_a_push_oat_creates_in_the_paths_it_names(client: httpx.Client, fake: FakeHub) -> None:
    secret = _oat(client, [{"type": "TYPE_REPO", "path": "acme/*", "scopes": ["repo-push"]}])
    auth = login(client, "acme", secret)

    created = client.post(
        "/v2/repositories/", json={"namespace": "acme", "name": "tool"}, headers=auth
    )

    assert created.status_code == 201, created.text
    assert ("acme", "tool") in fake.state.repos


# ---------------------------------------------------------------- creation checks


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"scopes": ["repo:everything"]}, "scopes"),
        ({"scopes": ["repo:read", "admin"]}, "scopes"),
        ({"scopes": []}, "scopes"),
        ({"scopes": ["repo:read"], "expires_at": "2020-01-01T00:00:00Z"}, "expires_at"),
        ({"scopes": ["repo:read"], "expires_at": "tomorrow"}, "expires_at"),
    ],
)
def test_pat_creation_refuses_unknown_scopes_and_past_expiry(
    client: httpx.Client, fake: FakeHub, body: dict[str, Any], field: str
) -> None:
    session = login(client, "alice", ALICE_PASSWORD)
    before = set(fake.state.pats)

    response = client.post("/v2/access-tokens", json={"token_label": "x", **body}, headers=session)

    assert response.status_code == 400
    payload = response.json()
    assert set(payload) == {"fields", "text"}
    assert list(payload["fields"]) == [field]
    assert payload["fields"][field] == [payload["text"]]
    assert set(fake.state.pats) == before


def test_pat_creation_accepts_a_future_expiry(client: httpx.Client, clock: Clock) -> None:
    session = login(client, "alice", ALICE_PASSWORD)
    later = datetime.datetime.fromtimestamp(clock.now + 3600, datetime.UTC).isoformat()

    response = client.post(
        "/v2/access-tokens",
        json={"token_label": "x", "scopes": ["repo:read"], "expires_at": later},
        headers=session,
    )

    assert response.status_code == 201, response.text


def test_an_expired_pat_no_longer_logs_in(client: httpx.Client, clock: Clock) -> None:
    later = datetime.datetime.fromtimestamp(clock.now + 60, datetime.UTC).isoformat()
    pat = _pat(client, ["repo:read"], expires_at=later)
    clock.advance(61)

    response = client.post("/v2/auth/token", json={"identifier": "alice", "secret": pat})

    assert response.status_code == 401


@pytest.mark.parametrize(
    ("resources", "expires_at"),
    [
        ([{"type": "TYPE_REPO", "path": "acme/*", "scopes": ["repo-everything"]}], None),
        ([{"type": "TYPE_TEAM", "path": "acme", "scopes": ["repo-pull"]}], None),
        ([{"type": "TYPE_REPO", "path": "acme/*", "scopes": []}], None),
        ([{"type": "TYPE_REPO", "path": "acme/*", "scopes": ["repo-pull"]}], "2001-01-01"),
    ],
)
def test_oat_creation_refuses_unknown_scopes_and_past_expiry(
    client: httpx.Client,
    fake: FakeHub,
    resources: list[dict[str, Any]],
    expires_at: str | None,
) -> None:
    session = login(client, "alice", ALICE_PASSWORD)
    before = set(fake.state.org_tokens)
    body: dict[str, Any] = {"label": "x", "resources": resources}
    if expires_at is not None:
        body["expires_at"] = expires_at

    response = client.post("/v2/orgs/acme/access-tokens", json=body, headers=session)

    assert response.status_code == 400
    assert set(response.json()) == {"fields", "text"}
    assert set(fake.state.org_tokens) == before


def test_the_sdk_raises_bad_request_with_the_hubs_text(fake: FakeHub) -> None:
    from dockerhub import DockerHub
    from dockerhub.errors import BadRequestError

    with DockerHub(transport=fake.transport(), cache=False) as hub:
        hub.login("alice", ALICE_PASSWORD)
        with pytest.raises(BadRequestError) as info:
            hub.create_access_token("x", ["repo:everything"])

    assert info.value.status == 400
    assert "repo:everything" in info.value.message
