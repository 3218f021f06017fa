"""Stale reads after writes: a write drops every cached read of the resource it touches and
of what lies under and around it, derived from the path (not listed per endpoint)."""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from dockerhub import AsyncDockerHub, DockerHub
from dockerhub._cache_rules import drops_for_write
from dockerhub.testing import FakeHub


def _names(members: list[Any]) -> list[str]:
    return sorted(member.username for member in members)


def test_removing_an_org_member_drops_the_cached_team_member_lists(mode: str) -> None:
    fake = FakeHub()
    if mode == "sync":
        with DockerHub(transport=fake.transport()) as hub:
            hub.login("alice", "alice-password")
            before = hub.team_members("acme", "developers")
            hub.team_members("acme", "developers")  # served from the cache
            hits = hub.cache_info().hits
            hub.remove_org_member("acme", "carol")
            after = hub.team_members("acme", "developers")
            members = hub.org_members("acme")
    else:

        async def main() -> tuple[Any, ...]:
            async with AsyncDockerHub(transport=fake.async_transport()) as hub:
                await hub.login("alice", "alice-password")
                before = await hub.team_members("acme", "developers")
                await hub.team_members("acme", "developers")
                hits = hub.cache_info().hits
                await hub.remove_org_member("acme", "carol")
                after = await hub.team_members("acme", "developers")
                members = await hub.org_members("acme")
                return before, hits, after, members

        before, hits, after, members = anyio.run(main)
    assert hits == 1
    assert _names(before) == ["alice", "bob", "carol"]
    assert _names(after) == ["alice", "bob"]
    assert "carol" not in _names(members)


def test_deleting_a_tag_drops_the_cached_tag_list_in_the_other_spelling(mode: str) -> None:
    fake = FakeHub()

    def names(tags: list[Any]) -> set[str]:
        return {tag.name for tag in tags}

    if mode == "sync":
        with DockerHub(transport=fake.transport()) as hub:
            hub.login("alice", "alice-password")
            repository = hub.collect_namespace_repositories("alice")[0].name
            before = names(hub.collect_tags("alice", repository))
            doomed = sorted(before)[0]
            hub.delete_tag("alice", repository, doomed)
            after = names(hub.collect_tags("alice", repository))
    else:

        async def main() -> tuple[set[str], str, set[str]]:
            async with AsyncDockerHub(transport=fake.async_transport()) as hub:
                await hub.login("alice", "alice-password")
                repository = (await hub.collect_namespace_repositories("alice"))[0].name
                before = names(await hub.collect_tags("alice", repository))
                doomed = sorted(before)[0]
                await hub.delete_tag("alice", repository, doomed)
                return before, doomed, names(await hub.collect_tags("alice", repository))

        before, doomed, after = anyio.run(main)
    assert after == before - {doomed}


# -- the rule, path by path ----------------------------------------------------------------


def _dropped(method_path: str, body: object = None) -> set[str]:
    drop = drops_for_write(method_path, body)
    return {path for path in CACHED if drop.matches(path)}


CACHED = [
    "/v2/orgs/acme",
    "/v2/orgs/acme/members",
    "/v2/orgs/acme/members/carol",
    "/v2/orgs/acme/groups",
    "/v2/orgs/acme/groups/developers",
    "/v2/orgs/acme/groups/developers/members",
    "/v2/orgs/acme/invites",
    "/v2/orgs/acme/settings",
    "/v2/orgs/acme/access-tokens",
    "/v2/orgs/other/members",
    "/v2/user/orgs",
    "/v2/user",
    "/v2/repositories/acme/app",
    "/v2/repositories/acme/app/tags",
    "/v2/repositories/acme/app/collaborators",
    "/v2/repositories/acme/app/webhooks",
    "/v2/repositories/acme/app/groups",
    "/v2/namespaces/acme/repositories/app/tags/latest",
    "/v2/namespaces/acme/repositories",
    "/v2/repositories/acme",
    "/v2/users/acme/repositories",
    "/v2/users/bob/repositories/starred",
    "/v2/repositories/acme/other",
    "/v2/repositories/other/app",
    "/v2/users/bob",
    "/v2/access-tokens",
    "/v2/access-tokens/abc",
]
ORG_ACME = {
    "/v2/orgs/acme",
    "/v2/orgs/acme/members",
    "/v2/orgs/acme/members/carol",
    "/v2/orgs/acme/groups",
    "/v2/orgs/acme/groups/developers",
    "/v2/orgs/acme/groups/developers/members",
    "/v2/orgs/acme/invites",
    "/v2/orgs/acme/settings",
    "/v2/orgs/acme/access-tokens",
    "/v2/user/orgs",
    "/v2/repositories/acme/app/groups",
}
REPO_ACME_APP = {
    "/v2/repositories/acme/app",
    "/v2/repositories/acme/app/tags",
    "/v2/repositories/acme/app/collaborators",
    "/v2/repositories/acme/app/webhooks",
    "/v2/repositories/acme/app/groups",
    "/v2/namespaces/acme/repositories/app/tags/latest",
    "/v2/namespaces/acme/repositories",
    "/v2/repositories/acme",
    "/v2/users/acme/repositories",
    "/v2/users/bob/repositories/starred",
}


@pytest.mark.parametrize(
    "path",
    [
        "/v2/orgs/acme/members/carol",
        "/v2/orgs/acme/groups/developers/members/carol",
        "/v2/orgs/acme/groups/developers",
        "/v2/orgs/acme/settings",
        "/v2/orgs/acme/some-endpoint-added-later/x",
    ],
)
def test_an_org_write_drops_the_whole_org_and_where_it_shows(path: str) -> None:
    assert _dropped(path) == ORG_ACME


@pytest.mark.parametrize(
    "path",
    [
        "/v2/repositories/acme/app/collaborators/bob",
        "/v2/namespaces/acme/repositories/app/tags/latest",
        "/v2/repositories/acme/app/webhooks/7",
        "/v2/repositories/acme/app",
        "/v2/namespaces/acme/repositories/app/immutabletags",
        "/v2/repositories/acme/app/some-endpoint-added-later",
    ],
)
def test_a_repository_write_drops_its_tree_in_both_spellings_and_the_lists(path: str) -> None:
    assert _dropped(path) == REPO_ACME_APP


def test_creating_a_repository_drops_the_namespace_lists() -> None:
    assert _dropped("/v2/repositories", {"namespace": "acme", "name": "new"}) == {
        "/v2/namespaces/acme/repositories",
        "/v2/repositories/acme",
        "/v2/users/acme/repositories",
        "/v2/users/bob/repositories/starred",
    }


def test_an_invite_by_id_drops_every_org_invite_and_member_list() -> None:
    assert _dropped("/v2/invites/abc-123") == {
        "/v2/orgs/acme/members",
        "/v2/orgs/acme/members/carol",
        "/v2/orgs/acme/invites",
        "/v2/orgs/other/members",
    }


def test_a_user_write_drops_that_user_and_the_callers_own_pages() -> None:
    assert _dropped("/v2/users/bob") == {
        "/v2/users/bob",
        "/v2/users/bob/repositories/starred",
        "/v2/user",
        "/v2/user/orgs",
    }


def test_a_collection_write_drops_the_collection() -> None:
    assert _dropped("/v2/access-tokens") == {"/v2/access-tokens", "/v2/access-tokens/abc"}
    assert _dropped("/v2/access-tokens/abc") == {"/v2/access-tokens", "/v2/access-tokens/abc"}
