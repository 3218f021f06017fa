"""Pytest fixtures for testing code that talks to Docker Hub (registered via ``pytest11``).

* ``fake_hub``: a fresh, seeded :class:`~dockerhub.testing.FakeHub` per test.
* ``hub``: a ``dockerhub.DockerHub`` answered in-process by ``fake_hub``, closed after.
* ``async_hub``: a factory; ``async with async_hub() as client:`` yields a
  ``dockerhub.AsyncDockerHub`` answered by ``fake_hub`` and closes it on exit. A factory
  keeps the fixture synchronous, so it works with any async test runner.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from dockerhub import AsyncDockerHub, DockerHub

    from ._hub import FakeHub

__all__ = ["async_hub", "fake_hub", "hub"]

#: The base URL the fixtures' clients use; the fake answers whatever host is asked.
BASE_URL = "https://hub.docker.com"


@pytest.fixture
def fake_hub() -> FakeHub:
    """A fresh fake Docker Hub loaded with the default seed data."""
    from ._hub import FakeHub  # imported here: the plugin loads in every pytest run

    return FakeHub()


@pytest.fixture
def hub(fake_hub: FakeHub) -> Iterator[DockerHub]:
    """A ``DockerHub`` client wired to ``fake_hub`` through an in-process transport."""
    from dockerhub import DockerHub

    client = DockerHub(base_url=BASE_URL, transport=fake_hub.transport())
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
def async_hub(fake_hub: FakeHub) -> Callable[..., AsyncDockerHub]:
    """A factory of ``AsyncDockerHub`` clients wired to ``fake_hub``.

    Use it as ``async with async_hub() as client: ...``; keyword arguments are passed
    to the ``AsyncDockerHub`` constructor.
    """
    from dockerhub import AsyncDockerHub

    def factory(**kwargs: Any) -> AsyncDockerHub:
        return AsyncDockerHub(base_url=BASE_URL, transport=fake_hub.async_transport(), **kwargs)

    return factory
