"""Logging in to the fake Hub, token checks, expiry and logout."""

from __future__ import annotations

import base64
import json

import httpx

from dockerhub.testing import FakeHub

from .conftest import Clock, bearer, login

ALICE_PAT = "dckr_pat_alice_seed_ci_0000000000"
ACME_OAT = "dckr_oat_acme_seed_deploy_0000000"


def _claims(token: str) -> dict[str, object]:
    payload = token.split(".")[1]
    decoded: dict[str, object] = json.loads(
        base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    )
    return decoded


def test_auth_token_with_password_pat_and_org_token(client: httpx.Client) -> None:
    for identifier, secret, who in [
        ("alice", "alice-password", "alice"),
        ("alice", ALICE_PAT, "alice"),
        ("acme", ACME_OAT, "acme"),
    ]:
        headers = login(client, identifier, secret)
        me = client.get("/v2/user/", headers=headers)
        assert me.status_code == 200
        assert me.json()["username"] == who


def test_issued_token_is_a_jwt_with_the_hub_claims(client: httpx.Client, clock: Clock) -> None:
    response = client.post(
        "/v2/auth/token", json={"identifier": "alice", "secret": "alice-password"}
    )
    token = response.json()["access_token"]
    header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    claims = _claims(token)
    assert header == {"alg": "HS256", "typ": "JWT"}
    assert claims["username"] == "alice"
    assert claims["iat"] == int(clock.now)
    assert claims["exp"] == int(clock.now) + 600
    assert isinstance(claims["sub"], str)


def test_wrong_secret_is_401_with_detail(client: httpx.Client) -> None:
    response = client.post("/v2/auth/token", json={"identifier": "alice", "secret": "nope"})
    assert response.status_code == 401
    assert "detail" in response.json()


def test_legacy_login_returns_token_and_refresh_token(client: httpx.Client) -> None:
    credentials = {"username": "alice", "password": "alice-password"}
    plain = client.post("/v2/users/login/", json=credentials)
    assert (plain.status_code, set(plain.json())) == (200, {"token"})
    response = client.post("/v2/users/login/?refresh_token=true", json=credentials)
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"token", "refresh_token"}
    assert (
        client.get("/v2/user/", headers={"Authorization": f"JWT {body['token']}"}).status_code
        == 200
    )


def test_two_factor_login(client: httpx.Client) -> None:
    first = client.post("/v2/users/login", json={"username": "bob", "password": "bob-password"})
    assert first.status_code == 401
    pending = first.json()["login_2fa_token"]
    assert client.get("/v2/user/", headers=bearer(pending)).status_code == 401

    wrong = client.post("/v2/users/2fa-login", json={"login_2fa_token": pending, "code": "000000"})
    assert wrong.status_code == 401

    ok = client.post("/v2/users/2fa-login", json={"login_2fa_token": pending, "code": "123456"})
    assert ok.status_code == 200
    assert client.get("/v2/user/", headers=bearer(ok.json()["token"])).json()["username"] == "bob"


def test_token_expires_with_the_clock(client: httpx.Client, clock: Clock) -> None:
    headers = login(client, "alice", "alice-password")
    clock.advance(599)
    assert client.get("/v2/user/", headers=headers).status_code == 200
    clock.advance(2)
    expired = client.get("/v2/user/", headers=headers)
    assert expired.status_code == 401
    assert "expired" in expired.json()["detail"].lower()


def test_token_lifetime_is_configurable(clock: Clock) -> None:
    hub = FakeHub(clock=clock, token_lifetime=30)
    claims = _claims(hub.token_for("alice"))
    assert claims["exp"] == int(clock.now) + 30


def test_raw_pat_as_bearer_is_refused(client: httpx.Client) -> None:
    response = client.get("/v2/user/", headers=bearer(ALICE_PAT))
    assert response.status_code == 401


def test_forged_token_is_refused(client: httpx.Client) -> None:
    other_hub_token = FakeHub().token_for("alice")  # signed with another hub's key
    assert client.get("/v2/user/", headers=bearer(other_hub_token)).status_code == 401


def test_logout_revokes_the_token(client: httpx.Client) -> None:
    headers = login(client, "alice", "alice-password")
    assert client.post("/v2/logout/", headers=headers).status_code in {200, 204}
    assert client.get("/v2/user/", headers=headers).status_code == 401


def test_anonymous_current_user_is_401(client: httpx.Client) -> None:
    assert client.get("/v2/user/").status_code == 401
