"""Fixtures for the registry tests: one test body runs against ``DockerHub`` and ``AsyncDockerHub``.

``client`` is a :class:`Both` wrapper: ``client("platforms", "nginx")`` calls the blocking
method, or awaits the async one in a fresh event loop, so every behaviour is asserted for
both facades with the same code. The fake answers in-process (no socket).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import anyio
import pytest

from dockerhub import AsyncDockerHub, DockerHub, RetryOptions
from dockerhub.testing import FakeHub

ALICE_PAT = "dckr_pat_alice_seed_ci_0000000000"
REGISTRY_HOST = "registry-1.docker.io"
NO_WAIT = RetryOptions(backoff_base=0.0)


class Both:
    """A sync or async client behind one calling convention."""

    def __init__(self, mode: str, fake: FakeHub, env: dict[str, str] | None, **kwargs: Any):
        self.mode = mode
        self.fake = fake
        kwargs.setdefault("retries", NO_WAIT)
        if mode == "sync":
            self.hub: DockerHub | AsyncDockerHub = DockerHub.from_env(
                env or {}, transport=fake.transport(), **kwargs
            )
        else:
            self.hub = AsyncDockerHub.from_env(
                env or {}, transport=fake.async_transport(), **kwargs
            )

    def __call__(self, method: str, *args: Any, **kwargs: Any) -> Any:
        bound = getattr(self.hub, method)
        if isinstance(self.hub, DockerHub):
            return bound(*args, **kwargs)

        async def run() -> Any:
            return await bound(*args, **kwargs)

        return anyio.run(run)

    def tags(self, repository: Any, **kwargs: Any) -> list[str]:
        """Every tag from ``iter_registry_tags`` (``for`` or ``async for``)."""
        if isinstance(self.hub, DockerHub):
            return list(self.hub.iter_registry_tags(repository, **kwargs))
        hub = self.hub

        async def run() -> list[str]:
            return [tag async for tag in hub.iter_registry_tags(repository, **kwargs)]

        return anyio.run(run)

    def close(self) -> None:
        if isinstance(self.hub, DockerHub):
            self.hub.close()
        else:
            anyio.run(self.hub.aclose)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """Each test runs once with each facade."""
    return str(request.param)


@pytest.fixture
def make_client(mode: str, fake_hub: FakeHub) -> Iterator[Callable[..., Both]]:
    """Build clients on ``fake_hub``: ``make_client(env=..., **DockerHub kwargs)``."""
    made: list[Both] = []

    def make(env: dict[str, str] | None = None, **kwargs: Any) -> Both:
        client = Both(mode, fake_hub, env, **kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def client(make_client: Callable[..., Both]) -> Both:
    """An anonymous client on the seeded fake."""
    return make_client()


@pytest.fixture
def alice(make_client: Callable[..., Both]) -> Both:
    """A client logged in as alice with her personal access token (lazily: no request yet)."""
    return make_client({"DOCKER_HUB_USERNAME": "alice", "DOCKER_HUB_TOKEN": ALICE_PAT})


def registry_requests(fake: FakeHub, since: int = 0) -> list[tuple[str, str, str]]:
    """``(method, host, path)`` of every request the fake received after ``since``."""
    return [(r.method, r.host, r.path) for r in fake.requests[since:]]
