"""Shared fixtures for the fake Hub's tests."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from dockerhub.testing import FakeHub
from dockerhub_client import Client


def pytest_configure(config: pytest.Config) -> None:
    """Load the fake's pytest plugin when the package is not pip-installed yet."""
    if not config.pluginmanager.has_plugin("dockerhub"):
        from dockerhub.testing import pytest_plugin

        config.pluginmanager.register(pytest_plugin, "dockerhub")


class Clock:
    """A settable clock for ``FakeHub(clock=...)``."""

    def __init__(self, now: float = 1_750_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def fake(clock: Clock) -> FakeHub:
    return FakeHub(clock=clock)


@pytest.fixture
def client(fake: FakeHub) -> Iterator[httpx.Client]:
    with httpx.Client(base_url="https://hub.docker.com", transport=fake.transport()) as http:
        yield http


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def login(client: httpx.Client, identifier: str, secret: str) -> dict[str, str]:
    """Exchange credentials at /v2/auth/token and return the Authorization header."""
    response = client.post("/v2/auth/token", json={"identifier": identifier, "secret": secret})
    assert response.status_code == 200, response.text
    return bearer(response.json()["access_token"])


def generated_client(fake: FakeHub, user: str | None = None, *, token: str | None = None) -> Client:
    """A generated-client ``Client`` answering from ``fake`` in-process.

    It sends ``user``'s session JWT, or ``token`` as it is (e.g. a SCIM token), or nothing.
    """
    if user is not None:
        token = fake.token_for(user)
    headers = {} if token is None else bearer(token)
    return Client(
        "https://hub.docker.com", headers=headers, httpx_args={"transport": fake.transport()}
    )
