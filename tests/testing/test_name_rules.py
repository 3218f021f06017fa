"""The SDK and the fake Hub share one table of name rules: a name the SDK accepts the fake
accepts, and a name the SDK refuses the fake refuses with the Hub's 400."""

from __future__ import annotations

import string
from collections.abc import Callable

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dockerhub._validation import (
    NAME_RULES,
    validate_namespace,
    validate_repository,
    validate_segment,
    validate_tag,
)
from dockerhub.testing import FakeHub

from .conftest import login

# Names near the rules' edges: separators, case, path characters, blanks and lengths.
_ALPHABET = string.ascii_lowercase[:4] + "09" + "._-" + "A/ %?#\n"
names = st.one_of(
    st.text(alphabet=_ALPHABET, max_size=12),
    st.from_regex(r"[a-z0-9]{1,3}([._-]{1,2}[a-z0-9]{1,3}){0,3}", fullmatch=True),
    st.integers(min_value=250, max_value=260).map(lambda n: "a" * n),
)


def _accepts(check: Callable[[str], str], value: str) -> bool:
    try:
        check(value)
    except ValueError:
        return False
    return True


@pytest.fixture(scope="module")
def owner() -> tuple[httpx.Client, dict[str, str]]:
    fake = FakeHub()
    client = httpx.Client(base_url="https://hub.docker.com", transport=fake.transport())
    return client, login(client, "alice", "alice-password")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=names)
def test_repository_names_the_sdk_accepts_are_the_ones_the_fake_creates(
    owner: tuple[httpx.Client, dict[str, str]], name: str
) -> None:
    client, auth = owner
    response = client.post("/v2/namespaces/alice/repositories", json={"name": name}, headers=auth)

    assert response.status_code in {201, 409, 400}, response.text
    assert (response.status_code != 400) == _accepts(validate_repository, name)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=names)
def test_team_names_the_sdk_accepts_are_the_ones_the_fake_creates(
    owner: tuple[httpx.Client, dict[str, str]], name: str
) -> None:
    client, auth = owner
    response = client.post("/v2/orgs/acme/groups", json={"name": name}, headers=auth)

    assert response.status_code in {201, 409, 400}, response.text
    assert (response.status_code != 400) == _accepts(lambda v: validate_segment(v, "team"), name)


@settings(max_examples=200, deadline=None)
@given(name=names)
def test_seeded_names_follow_the_same_rules(name: str) -> None:
    seed = {
        "users": [{"username": "owner", "password": "pw"}],
        "repositories": [{"namespace": "owner", "name": "app", "tags": [{"name": name}]}],
    }
    try:
        FakeHub(seed=seed)
    except ValueError:
        loaded = False
    else:
        loaded = True
    assert loaded == _accepts(validate_tag, name)

    namespace_seed = {"users": [{"username": name, "password": "pw"}]}
    try:
        FakeHub(seed=namespace_seed)
    except ValueError:
        loaded = False
    else:
        loaded = True
    assert loaded == _accepts(validate_namespace, name)


@pytest.mark.parametrize("name", ["a--b", "a__b", "a-_b", "x"])
def test_names_the_hub_refuses_are_refused_on_both_sides(
    owner: tuple[httpx.Client, dict[str, str]], name: str
) -> None:
    client, auth = owner
    with pytest.raises(ValueError, match=r"^repository="):
        validate_repository(name)
    response = client.post("/v2/namespaces/alice/repositories", json={"name": name}, headers=auth)
    assert response.status_code == 400


def test_the_table_names_every_kind_the_sdk_checks() -> None:
    assert set(NAME_RULES) == {"namespace", "repository", "tag", "team", "segment"}
    assert NAME_RULES["repository"].accepts("my-app.v2_x")
    assert not NAME_RULES["repository"].accepts("My-App")
