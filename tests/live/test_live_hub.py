"""Against the real Docker Hub: opt-in only.

These run when ``DOCKER_HUB_USERNAME`` and ``DOCKER_HUB_PASSWORD`` or ``DOCKER_HUB_TOKEN``
(a personal access token) are set, and are skipped otherwise, so CI and ``make test`` never
reach the internet. They only read, except for logging in and out.
"""

from __future__ import annotations

import os

import pytest

from dockerhub import DockerHub
from dockerhub.models import CurrentUser, Repository, Tag

USERNAME = os.environ.get("DOCKER_HUB_USERNAME")
SECRET = os.environ.get("DOCKER_HUB_PASSWORD") or os.environ.get("DOCKER_HUB_TOKEN")

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(
        not (USERNAME and SECRET),
        reason="set DOCKER_HUB_USERNAME and DOCKER_HUB_PASSWORD or DOCKER_HUB_TOKEN to run",
    ),
]


@pytest.fixture
def live_hub() -> DockerHub:
    return DockerHub(os.environ.get("DOCKER_HUB_BASE_URL", "https://hub.docker.com"))


def test_public_repository_and_its_tags(live_hub: DockerHub) -> None:
    with live_hub:
        alpine = live_hub.repository("alpine")
        tags = list(live_hub.iter_tags("library/alpine", max_items=5, per_page=5))
    assert isinstance(alpine, Repository)
    assert (alpine.namespace, alpine.name) == ("library", "alpine")
    assert len(tags) == 5
    assert all(isinstance(tag, Tag) and tag.name for tag in tags)


def test_login_whoami_logout(live_hub: DockerHub) -> None:
    assert USERNAME is not None
    assert SECRET is not None
    with live_hub:
        result = live_hub.login(USERNAME, SECRET)
        me = live_hub.logged_in_user()
        live_hub.logout()
    assert result.refreshable
    assert isinstance(me, CurrentUser)
    assert me.username.lower() == USERNAME.lower()
    assert SECRET not in repr(result)
