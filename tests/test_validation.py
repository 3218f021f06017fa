"""Names that would change the URL path are refused before anything is sent, with a
``ValueError`` naming the argument; page arguments outside the Hub's range likewise."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx

from dockerhub import AsyncDockerHub, DockerHub
from dockerhub._validation import (
    shift_repository,
    split_repository,
    validate_namespace,
    validate_repository,
    validate_segment,
    validate_tag,
)

BASE = "https://hub.docker.com"

PATH_CHANGERS = ["..", ".", "a/b", "a?b=1", "a#b", "a%2Fb", "%2e%2e", "a\\b", "a\nb", "a\n", ""]

# (method, positional arguments with {} where the bad value goes, kwargs, argument named)
SLOTS: list[tuple[str, tuple[Any, ...], dict[str, Any], str]] = [
    ("repository", ("alice", "{}"), {}, "repository"),
    ("repository", ("{}", "app"), {}, "namespace"),
    ("tags", ("alice", "{}"), {}, "repository"),
    ("comments", ("alice", "{}"), {}, "repository"),
    ("star_repository", ("alice", "{}"), {}, "repository"),
    ("unstar_repository", ("{}", "app"), {}, "namespace"),
    ("delete_repository", ("alice", "{}"), {}, "repository"),
    ("delete_repository", ("{}", "app"), {}, "namespace"),
    ("namespace_repository", ("alice", "{}"), {}, "repository"),
    ("namespace_repositories", ("{}",), {}, "namespace"),
    ("delete_tag", ("alice", "app", "{}"), {}, "tag"),
    ("namespace_repository_tag", ("alice", "app", "{}"), {}, "tag"),
    ("delete_collaborator", ("alice", "app", "{}"), {}, "collaborator"),
    ("user", ("{}",), {}, "username"),
    ("repositories", ("{}",), {}, "username"),
    ("org", ("{}",), {}, "org"),
    ("team", ("acme", "{}"), {}, "team"),
    ("delete_team", ("acme", "{}"), {}, "team"),
    ("add_group_member", ("acme", "{}", "bob"), {}, "group"),
    ("remove_team_member", ("acme", "devs", "{}"), {}, "username"),
    ("remove_org_member", ("acme", "{}"), {}, "username"),
    ("delete_invite", ("{}",), {}, "invite_id"),
    ("resend_invite", ("{}",), {}, "invite_id"),
    ("access_token", ("{}",), {}, "uuid"),
    ("delete_access_token", ("{}",), {}, "uuid"),
    ("org_access_token", ("acme", "{}"), {}, "access_token_id"),
    ("build_details", ("alice", "app", "{}"), {}, "build_code"),
    ("audit_logs", ("{}",), {}, "account"),
]


def _cases() -> list[Any]:
    return [
        pytest.param(
            method,
            tuple(bad if a == "{}" else a for a in args),
            kwargs,
            argument,
            id=f"{method}-{argument}-{bad!r}",
        )
        for method, args, kwargs, argument in SLOTS
        for bad in PATH_CHANGERS
    ]


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        mock.route().respond(200, json={})
        yield mock


@pytest.mark.parametrize(("method", "args", "kwargs", "argument"), _cases())
def test_a_path_changing_name_is_refused_before_any_request(
    router: respx.MockRouter,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    argument: str,
) -> None:
    with DockerHub(cache=False, retries=0) as hub, pytest.raises(ValueError) as info:
        getattr(hub, method)(*args, **kwargs)
    assert str(info.value).startswith(f"{method}(): {argument}"), str(info.value)
    assert router.calls.call_count == 0


@pytest.mark.anyio
@pytest.mark.parametrize(("method", "args", "kwargs", "argument"), _cases())
async def test_async_refuses_the_same_names(
    router: respx.MockRouter,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    argument: str,
) -> None:
    async with AsyncDockerHub(cache=False, retries=0) as hub:
        with pytest.raises(ValueError) as info:
            await getattr(hub, method)(*args, **kwargs)
    assert str(info.value).startswith(f"{method}(): {argument}")
    assert router.calls.call_count == 0


@pytest.mark.parametrize(
    ("args", "argument"),
    [
        (("Library", "nginx"), "namespace"),
        (("library/Nginx",), "repository"),
        (("NGINX",), "repository"),
        (("a/b/c",), "repository"),
        (("library/../nginx",), "repository"),
        (("../nginx",), "namespace"),
        (("nginx:latest",), "repository"),
        (("library/nginx/",), "repository"),
        (("-nginx",), "repository"),
        (("x" * 300,), "repository"),
        # The Hub's rule joins runs with single separators (docker's grammar allows more).
        (("alice/my__app",), "repository"),
        (("alice/a--b",), "repository"),
        (("a--b/app",), "namespace"),
        (("alice/x",), "repository"),
    ],
)
def test_repository_forms_that_are_not_names(
    router: respx.MockRouter, args: tuple[str, ...], argument: str
) -> None:
    with DockerHub(cache=False, retries=0) as hub, pytest.raises(ValueError) as info:
        hub.repository(*args)
    assert str(info.value).startswith(f"repository(): {argument}=")
    assert router.calls.call_count == 0


@pytest.mark.parametrize("to_repo", ["a/b/c", "../x", "X", "", "x?y"])
def test_build_link_target_is_named_to_repo(router: respx.MockRouter, to_repo: str) -> None:
    with (
        DockerHub(cache=False, retries=0) as hub,
        pytest.raises(ValueError, match=r"^create_build_link\(\): to_repo="),
    ):
        hub.create_build_link("alice", "app", to_repo)
    assert router.calls.call_count == 0


@pytest.mark.parametrize("bad", [-1, True, "7", 1.5])
def test_numeric_ids_must_be_non_negative_ints(router: respx.MockRouter, bad: Any) -> None:
    with DockerHub(cache=False, retries=0) as hub:
        for call in (
            lambda: hub.delete_webhook("alice", "app", bad),
            lambda: hub.create_webhook_hook("alice", "app", bad, "https://x"),
            lambda: hub.delete_build_tag("alice", "app", bad),
            lambda: hub.delete_build_link("alice", "app", bad),
        ):
            with pytest.raises(
                (TypeError, ValueError), match=r"^\w+\(\): (webhook_id|build_tag_id|link_id) "
            ):
                call()
    assert router.calls.call_count == 0


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"per_page": 0}, "per_page"),
        ({"per_page": 101}, "per_page"),
        ({"per_page": -5}, "per_page"),
        ({"page": 0}, "page"),
        ({"page": -1}, "page"),
    ],
)
@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("tags", ("nginx",)),
        ("comments", ("nginx",)),
        ("repositories_starred", ("alice",)),
        ("collaborators", ("alice", "app")),
        ("webhooks", ("alice", "app")),
        ("build_history", ("alice", "app")),
        ("build_links", ("alice", "app")),
        ("build_trigger_history", ("alice", "app")),
        ("namespace_repositories", ("alice",)),
        ("teams", ("acme",)),
        ("access_tokens", ()),
        ("audit_logs", ("acme",)),
    ],
)
def test_page_arguments_outside_the_hubs_range_are_refused(
    router: respx.MockRouter,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    argument: str,
) -> None:
    with DockerHub(cache=False, retries=0) as hub, pytest.raises(ValueError) as info:
        getattr(hub, method)(*args, **kwargs)
    assert str(info.value).startswith(f"{method}(): {argument} ")
    assert router.calls.call_count == 0


@pytest.mark.parametrize("per_page", [1, 100])
def test_page_size_bounds_are_accepted(router: respx.MockRouter, per_page: int) -> None:
    with DockerHub(cache=False, retries=0) as hub:
        assert hub.tags("nginx", per_page=per_page) == []
    assert router.calls.last.request.url.params["page_size"] == str(per_page)


@pytest.mark.parametrize("per_page", [True, "10", 10.0])
def test_page_size_must_be_an_int(router: respx.MockRouter, per_page: Any) -> None:
    with DockerHub(cache=False, retries=0) as hub, pytest.raises(TypeError, match="per_page"):
        hub.tags("nginx", per_page=per_page)
    assert router.calls.call_count == 0


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda hub: hub.set_repository_description("alice", "app"), "short"),
        (lambda hub: hub.create_webhook("alice", "app", " "), "name"),
        (lambda hub: hub.create_build_tag("alice", "app", source_type="branch"), "source_type"),
        (lambda hub: hub.create_access_token("ci", []), "scopes"),
        (lambda hub: hub.create_access_token("ci", "repo:read"), "scopes"),
        (lambda hub: hub.bulk_invite("acme", []), "invitees"),
        (lambda hub: hub.login("", "secret"), "username"),
        (lambda hub: hub.login("alice", ""), "secret"),
        (lambda hub: hub.login("alice", "secret", otp=""), "otp"),
    ],
)
def test_missing_or_malformed_details_are_refused(
    router: respx.MockRouter, call: Any, argument: str
) -> None:
    refused = pytest.raises((TypeError, ValueError), match=rf"^\w+\(\): .*{argument}")
    with DockerHub(cache=False, retries=0) as hub, refused:
        call(hub)
    assert router.calls.call_count == 0


@pytest.mark.parametrize(
    "args",
    [("my-app",), ("alice", "my.app"), ("alice", "my_app"), ("a1", "x-y-z"), ("_", "nginx")],
)
def test_valid_names_pass(router: respx.MockRouter, args: tuple[str, ...]) -> None:
    router.routes.clear()
    router.get(path__regex=r"^/v2/repositories/").respond(200, json={"name": "x", "namespace": "y"})
    with DockerHub(cache=False, retries=0) as hub:
        hub.repository(*args)
    assert router.calls.call_count == 1


# -- the validators themselves --------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (("nginx", None), ("library", "nginx")),
        (("library/nginx", None), ("library", "nginx")),
        (("_/nginx", None), ("library", "nginx")),
        (("_", "nginx"), ("library", "nginx")),
        (("library", "nginx"), ("library", "nginx")),
        (("bitnami/redis", None), ("bitnami", "redis")),
    ],
)
def test_split_repository_forms(value: tuple[str, str | None], expected: tuple[str, str]) -> None:
    assert split_repository(*value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (("library", "nginx", ("latest",)), ("library", "nginx", ("latest",))),
        (("library/nginx", "latest", (None,)), ("library", "nginx", ("latest",))),
        (("nginx", "latest", (None,)), ("library", "nginx", ("latest",))),
        (("_", "nginx", ("latest",)), ("library", "nginx", ("latest",))),
        (("library/nginx", None, ("latest",)), ("library", "nginx", ("latest",))),
        (("alice/app", 7, ("https://x", None)), ("alice", "app", (7, "https://x"))),
        (("alice", "app", (7, "https://x")), ("alice", "app", (7, "https://x"))),
    ],
)
def test_shift_repository_moves_the_rest_left_in_the_one_part_forms(
    value: tuple[str, object, tuple[object, ...]], expected: tuple[str, str, tuple[object, ...]]
) -> None:
    names = ("tag",) if len(value[2]) == 1 else ("webhook_id", "url")
    assert shift_repository(*value, names) == expected


@pytest.mark.parametrize(
    ("value", "missing"),
    [
        (("library/nginx", None, (None,)), "argument: tag"),
        (("alice/app", None, (None, None)), "arguments: webhook_id, url"),
        (("alice/app", 7, (None, None)), "argument: url"),
    ],
)
def test_shift_repository_names_what_is_missing(
    value: tuple[str, object, tuple[object, ...]], missing: str
) -> None:
    names = ("tag",) if len(value[2]) == 1 else ("webhook_id", "url")
    with pytest.raises(TypeError, match=f"missing required {missing}$"):
        shift_repository(*value, names)


def test_a_one_part_form_without_the_rest_names_the_method() -> None:
    with (
        DockerHub(
            transport=httpx.MockTransport(lambda r: httpx.Response(500)), retries=False
        ) as hub,
        pytest.raises(TypeError, match=r"^delete_tag\(\): missing required argument: tag$"),
    ):
        hub.delete_tag("library/nginx")


@pytest.mark.parametrize("tag", ["latest", "1.27.3-alpine", "v1_0", "A" * 128, "_x"])
def test_valid_tags(tag: str) -> None:
    assert validate_tag(tag) == tag


@pytest.mark.parametrize(
    "tag", ["", ".hidden", "-x", "a/b", "a:b", "A" * 129, "..", "a b", "latest\n"]
)
def test_invalid_tags(tag: str) -> None:
    with pytest.raises(ValueError, match=r"^tag="):
        validate_tag(tag)


def test_validators_name_the_argument_given() -> None:
    with pytest.raises(ValueError, match=r"^org="):
        validate_namespace("ACME", "org")
    with pytest.raises(ValueError, match=r"^name="):
        validate_repository("a/b", "name")
    with pytest.raises(ValueError, match=r"^team="):
        validate_segment("..", "team")


def test_validators_refuse_non_strings() -> None:
    with pytest.raises(TypeError):
        validate_namespace(3, "namespace")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        validate_segment(True, "id")


def test_long_values_are_shortened_in_messages() -> None:
    with pytest.raises(ValueError) as info:
        validate_namespace("A" * 1000)
    assert len(str(info.value)) < 250


def test_a_numeric_segment_is_accepted() -> None:
    assert validate_segment(12, "id") == "12"
