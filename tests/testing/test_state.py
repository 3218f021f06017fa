"""The fake Hub keeps state: what one request changes, the next one sees."""

from __future__ import annotations

import httpx
import pytest

from dockerhub.testing import FakeHub

from .conftest import bearer


@pytest.fixture
def alice(fake: FakeHub) -> dict[str, str]:
    return bearer(fake.token_for("alice"))


@pytest.fixture
def carol(fake: FakeHub) -> dict[str, str]:
    return bearer(fake.token_for("carol"))


def test_repository_lifecycle_legacy_routes(client: httpx.Client, alice: dict[str, str]) -> None:
    created = client.post(
        "/v2/repositories/",
        headers=alice,
        json={"namespace": "alice", "name": "demo", "description": "d", "is_private": False},
    )
    assert created.status_code == 201
    assert created.json()["namespace"] == "alice"
    assert created.json()["storage_size"] is None

    got = client.get("/v2/repositories/alice/demo/")
    assert got.json()["description"] == "d"

    patched = client.patch(
        "/v2/repositories/alice/demo/",
        headers=alice,
        json={"description": "short", "full_description": "# Long"},
    )
    assert patched.status_code == 200
    assert client.get("/v2/repositories/alice/demo").json()["full_description"] == "# Long"

    assert client.delete("/v2/repositories/alice/demo/", headers=alice).status_code in {202, 204}
    assert client.get("/v2/repositories/alice/demo/").status_code == 404


def test_repository_lifecycle_namespaces_routes(
    client: httpx.Client, alice: dict[str, str]
) -> None:
    created = client.post(
        "/v2/namespaces/acme/repositories", headers=alice, json={"namespace": "acme", "name": "svc"}
    )
    assert created.status_code == 201
    assert client.head("/v2/namespaces/acme/repositories/svc").status_code == 200
    names = [r["name"] for r in client.get("/v2/namespaces/acme/repositories/").json()["results"]]
    assert "svc" in names


def test_duplicate_create_is_409(client: httpx.Client, alice: dict[str, str]) -> None:
    body = {"namespace": "alice", "name": "web"}
    assert client.post("/v2/repositories/", headers=alice, json=body).status_code == 409


def test_writes_need_auth_and_ownership(client: httpx.Client, carol: dict[str, str]) -> None:
    body = {"namespace": "alice", "name": "x1"}
    assert client.post("/v2/repositories/", json=body).status_code == 401
    assert client.post("/v2/repositories/", headers=carol, json=body).status_code == 403
    patch = client.patch("/v2/repositories/alice/web/", headers=carol, json={"description": "x"})
    assert patch.status_code == 403


def test_bad_body_is_400(client: httpx.Client, alice: dict[str, str]) -> None:
    bad = client.post("/v2/repositories/", headers=alice, content=b"{not json")
    assert bad.status_code == 400
    invalid_name = client.post(
        "/v2/repositories/", headers=alice, json={"namespace": "alice", "name": "UP"}
    )
    assert invalid_name.status_code == 400


def test_private_repositories_are_invisible_to_others(
    client: httpx.Client, alice: dict[str, str], carol: dict[str, str]
) -> None:
    assert client.get("/v2/repositories/alice/private-app/").status_code == 404
    assert client.get("/v2/repositories/alice/private-app/", headers=carol).status_code == 404
    assert client.get("/v2/repositories/alice/private-app/", headers=alice).json()["is_private"]
    # organization members see the organization's private repositories
    assert client.get("/v2/namespaces/acme/repositories/internal", headers=carol).status_code == 200
    anonymous = client.get("/v2/namespaces/acme/repositories").json()["results"]
    assert [r["name"] for r in anonymous] == ["website"]


def test_tags_have_images_and_can_be_deleted(client: httpx.Client, alice: dict[str, str]) -> None:
    tag = client.get("/v2/namespaces/library/repositories/alpine/tags/latest").json()
    assert {"tag_status", "tag_last_pulled", "tag_last_pushed", "digest", "v2"} <= tag.keys()
    image = tag["images"][0]
    assert {"architecture", "os", "variant", "digest", "size", "os_version"} <= image.keys()

    assert client.delete("/v2/repositories/alice/web/tags/v1/", headers=alice).status_code == 204
    assert client.get("/v2/namespaces/alice/repositories/web/tags/v1").status_code == 404


def test_immutable_tags_protect_matching_tags(client: httpx.Client, alice: dict[str, str]) -> None:
    rules = {"immutable_tags": True, "immutable_tags_rules": ["v.*"]}
    path = "/v2/namespaces/alice/repositories/web/immutabletags"
    assert client.patch(path, headers=alice, json=rules).status_code == 200
    verify = client.post(f"{path}/verify", headers=alice, json={"regex": "v.*"})
    assert verify.json() == {"tags": ["v1"]}
    assert client.delete("/v2/repositories/alice/web/tags/v1/", headers=alice).status_code == 403


def test_stars_change_star_count_and_starred_list(
    client: httpx.Client, carol: dict[str, str]
) -> None:
    before = client.get("/v2/repositories/library/alpine/").json()["star_count"]
    assert client.post("/v2/repositories/library/alpine/stars/", headers=carol, json={}).is_success
    after = client.get("/v2/repositories/library/alpine/", headers=carol).json()
    assert after["star_count"] == before + 1
    assert after["has_starred"] is True
    starred = client.get("/v2/users/carol/repositories/starred/").json()["results"]
    assert ("library", "alpine") in {(r["namespace"], r["name"]) for r in starred}


def test_user_repositories_is_a_plain_array(client: httpx.Client) -> None:
    body = client.get("/v2/users/alice/repositories/").json()
    assert body == [{"namespace": "alice", "name": "web"}]


def test_personal_access_token_secret_only_on_create(
    client: httpx.Client, alice: dict[str, str]
) -> None:
    created = client.post(
        "/v2/access-tokens", headers=alice, json={"token_label": "t", "scopes": ["repo:read"]}
    ).json()
    assert created["token"].startswith("dckr_pat_")
    fetched = client.get(f"/v2/access-tokens/{created['uuid']}", headers=alice).json()
    assert not fetched["token"]
    exchanged = client.post(
        "/v2/auth/token", json={"identifier": "alice", "secret": created["token"]}
    )
    assert exchanged.status_code == 200


def test_org_access_tokens_use_the_total_envelope(
    client: httpx.Client, alice: dict[str, str]
) -> None:
    created = client.post("/v2/orgs/acme/access-tokens", headers=alice, json={"label": "ci"}).json()
    assert created["token"].startswith("dckr_oat_")
    page = client.get("/v2/orgs/acme/access-tokens", headers=alice).json()
    assert page["total"] == 2
    assert all("token" not in t for t in page["results"])


def test_teams_and_members(
    client: httpx.Client, alice: dict[str, str], carol: dict[str, str]
) -> None:
    assert client.post("/v2/orgs/acme/groups", headers=carol, json={"name": "x"}).status_code == 403
    assert (
        client.post("/v2/orgs/acme/groups", headers=alice, json={"name": "ops"}).status_code == 201
    )
    assert (
        client.post("/v2/orgs/acme/groups", headers=alice, json={"name": "ops"}).status_code == 409
    )
    add = client.post("/v2/orgs/acme/groups/ops/members", headers=alice, json={"member": "carol"})
    assert add.is_success
    members = client.get("/v2/orgs/acme/groups/ops/members", headers=alice).json()["results"]
    assert [m["username"] for m in members] == ["carol"]
    owners = client.get("/v2/orgs/acme/members", headers=alice, params={"role": "owner"}).json()
    assert [m["username"] for m in owners["results"]] == ["alice"]
    csv = client.get("/v2/orgs/acme/members/export", headers=alice)
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.text.splitlines()[0] == "username,full_name,email,role,groups"


def test_writes_are_audited(client: httpx.Client, alice: dict[str, str]) -> None:
    client.post(
        "/v2/namespaces/acme/repositories", headers=alice, json={"namespace": "acme", "name": "aud"}
    )
    client.delete("/v2/repositories/acme/aud/", headers=alice)
    logs = client.get("/v2/auditlogs/acme", headers=alice).json()
    assert [e["action"] for e in logs["logs"][:2]] == ["repo.delete", "repo.create"]
    only = client.get("/v2/auditlogs/acme", headers=alice, params={"action": "repo.create"}).json()
    assert {e["action"] for e in only["logs"]} == {"repo.create"}


def test_reset_restores_the_seed(
    fake: FakeHub, client: httpx.Client, alice: dict[str, str]
) -> None:
    client.delete("/v2/repositories/alice/web/", headers=alice)
    fake.reset()
    assert client.get("/v2/repositories/alice/web/").status_code == 200
    assert fake.requests[-1].path == "/v2/repositories/alice/web/"
    assert len(fake.requests) == 1


def test_empty_hub_and_custom_seed() -> None:
    assert FakeHub(seed=None).state.repos == {}
    seed = {"users": [{"username": "zed", "password": "pw"}], "repositories": []}
    hub = FakeHub(seed=seed)
    with httpx.Client(base_url="http://hub", transport=hub.transport()) as http:
        response = http.post("/v2/auth/token", json={"identifier": "zed", "secret": "pw"})
        assert response.status_code == 200
        assert len(http.get("/v2/users/zed/").json()["id"]) == 32
