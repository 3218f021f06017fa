"""The auth exchange driven by hand (it is sans-IO): Basic registries, refused tokens."""

from __future__ import annotations

import httpx
import pytest

from dockerhub._redact import redact
from dockerhub.errors import AuthenticationError
from dockerhub.registry._cache import RegistryCache
from dockerhub.registry._exchange import RegistrySession, exchange
from dockerhub.registry._token import Identity, TokenCache

URL = httpx.URL("https://registry.example/v2/a/b/manifests/latest")
SCOPE = "repository:a/b:pull"


def session(identity: Identity | None) -> RegistrySession:
    return RegistrySession(
        url=httpx.URL("https://registry.example"),
        tokens=TokenCache(),
        cache=RegistryCache(lambda: (True, 300.0)),
        identity=lambda: identity,
        bypass=lambda: False,
    )


def reply(request: httpx.Request, status: int, **kwargs: object) -> httpx.Response:
    return httpx.Response(status, request=request, **kwargs)  # type: ignore[arg-type]


def test_a_basic_registry_gets_basic_credentials_then_directly() -> None:
    alice = Identity("alice", "pw")
    state = session(alice)
    flow = exchange(state, "GET", URL, scope=SCOPE, identity=alice, max_bytes=100)

    first = next(flow)
    assert "authorization" not in first.headers
    second = flow.send(reply(first, 401, headers={"WWW-Authenticate": 'Basic realm="r"'}))
    assert second.headers["authorization"] == alice.basic()
    with pytest.raises(StopIteration) as done:
        flow.send(reply(second, 200))
    assert done.value.value.status_code == 200

    again = exchange(state, "GET", URL, scope=SCOPE, identity=alice, max_bytes=100)
    assert next(again).headers["authorization"] == alice.basic()  # no refused attempt


def test_a_refused_token_is_renewed_once_then_the_401_is_returned() -> None:
    state = session(None)
    challenge = 'Bearer realm="https://auth.example/token",service="reg"'
    flow = exchange(state, "GET", URL, scope=SCOPE, identity=None, max_bytes=100)

    first = next(flow)
    token_request = flow.send(reply(first, 401, headers={"WWW-Authenticate": challenge}))
    assert token_request.url.host == "auth.example"
    assert dict(token_request.url.params) == {"scope": SCOPE, "service": "reg"}
    retried = flow.send(
        reply(token_request, 200, json={"token": "registry-token-one", "expires_in": 300})
    )
    assert retried.headers["authorization"] == "Bearer registry-token-one"
    with pytest.raises(StopIteration):
        flow.send(reply(retried, 200))
    assert redact("echoed: registry-token-one") == "echoed: ***"

    # Later the registry refuses t1 (revoked): one renewal, and a second 401 is final.
    flow = exchange(state, "GET", URL, scope=SCOPE, identity=None, max_bytes=100)
    sent = next(flow)
    assert sent.headers["authorization"] == "Bearer registry-token-one"
    token_request = flow.send(reply(sent, 401, headers={"WWW-Authenticate": challenge}))
    retried = flow.send(reply(token_request, 200, json={"token": "registry-token-two"}))
    assert retried.headers["authorization"] == "Bearer registry-token-two"
    with pytest.raises(StopIteration) as done:
        flow.send(reply(retried, 401, headers={"WWW-Authenticate": challenge}))
    assert done.value.value.status_code == 401


def test_a_realm_refusing_credentials_is_an_authentication_error() -> None:
    alice = Identity("alice", "wrong")
    flow = exchange(session(alice), "GET", URL, scope=SCOPE, identity=alice, max_bytes=100)
    first = next(flow)
    challenge = {"WWW-Authenticate": 'Bearer realm="https://auth.example/token"'}
    token_request = flow.send(reply(first, 401, headers=challenge))
    assert token_request.headers["authorization"] == alice.basic()
    with pytest.raises(AuthenticationError, match="refused the credentials") as caught:
        flow.send(reply(token_request, 401, json={"details": "incorrect username or password"}))
    assert "wrong" not in str(caught.value)
