"""Property tests: hostile names never escape their URL path, hostile bodies never escape
the typed errors."""

from __future__ import annotations

import json
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dockerhub import models
from dockerhub.errors import UnexpectedResponseError

from .conftest import SEED, sync_hub

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

names = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="abc./\\?#%&;=:@ -_~\x00\n..", max_size=20),
    st.sampled_from(
        [
            "..",
            ".",
            "",
            "a/b",
            "a%2Fb",
            "%2e%2e",
            "nginx?x=1",
            "a#b",
            "ALPINE",
            "a" * 300,
            "ok",
            "library",
            "x..y",
            "a__b",
            "a---b",
        ]
    ),
)
anything = st.one_of(names, st.none(), st.integers(), st.booleans(), st.binary(max_size=5))


class Recorder:
    def __init__(self, body: Any) -> None:
        self.body = body
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.body)


def _segments(request: httpx.Request) -> list[str]:
    return request.url.raw_path.decode("ascii").split("?")[0].split("/")


@SETTINGS
@given(namespace=anything, repository=anything, tag=anything)
def test_names_stay_inside_their_path(namespace: Any, repository: Any, tag: Any) -> None:
    recorder = Recorder({"name": "t"})
    with sync_hub(recorder, cache=False) as hub:
        try:
            hub.namespace_repository_tag(namespace, repository, tag)
        except (ValueError, TypeError):
            assert recorder.requests == []
            return
    (request,) = recorder.requests
    segments = _segments(request)
    # "", v2, namespaces, <ns>, repositories, <repo>, tags, <tag>
    assert segments[:3] == ["", "v2", "namespaces"]
    assert len(segments) == 8, segments
    assert [segments[3], segments[5], segments[7]] == [namespace, repository, tag]
    assert request.url.host == "hub.docker.com"
    assert request.url.query == b""


@SETTINGS
@given(namespace=anything, repository=st.one_of(st.none(), anything))
def test_flexible_repository_names_stay_inside_their_path(namespace: Any, repository: Any) -> None:
    recorder = Recorder(SEED["repository"])
    with sync_hub(recorder, cache=False) as hub:
        try:
            hub.repository(namespace, repository)
        except (ValueError, TypeError):
            assert recorder.requests == []
            return
    (request,) = recorder.requests
    segments = _segments(request)
    assert segments[:3] == ["", "v2", "repositories"]
    assert len(segments) == 6 and segments[5] == "", segments
    assert all(s and s not in {".", ".."} and "%" not in s for s in segments[3:5])
    assert request.url.host == "hub.docker.com" and request.url.query == b""


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


def _mutate(base: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    keys = sorted(base)
    return st.builds(
        lambda drop, replace, extra: {
            **{k: v for k, v in base.items() if k not in drop},
            **replace,
            **extra,
        },
        st.sets(st.sampled_from(keys), max_size=3),
        st.dictionaries(st.sampled_from(keys), json_values, max_size=4),
        st.dictionaries(st.text(max_size=10), json_values, max_size=3),
    )


def _tag_bodies() -> st.SearchStrategy[Any]:
    tag = SEED["tags"]["results"][0]
    page = dict(SEED["tags"], next=None)
    return st.one_of(
        _mutate(page),
        _mutate(tag).map(lambda t: dict(page, results=[t, tag])),
        st.builds(lambda r: dict(page, results=r), json_values),
        json_values,
    )


@SETTINGS
@given(body=st.one_of(_mutate(SEED["repository"]), json_values))
def test_repository_bodies_parse_or_raise_unexpected(body: Any) -> None:
    with sync_hub(Recorder(body), cache=False) as hub:
        try:
            repository = hub.repository("library", "nginx")
        except UnexpectedResponseError:
            return
    assert isinstance(repository, models.Repository)


@SETTINGS
@given(body=_tag_bodies())
def test_tag_page_bodies_parse_or_raise_unexpected(body: Any) -> None:
    with sync_hub(Recorder(body), cache=False) as hub:
        try:
            page = hub.tags("library", "nginx")
        except UnexpectedResponseError:
            page = []
        assert all(isinstance(tag, models.Tag) for tag in page)
        try:
            walked = list(hub.iter_tags("library/nginx", max_items=10))
        except UnexpectedResponseError:
            walked = []
        assert all(isinstance(tag, models.Tag) for tag in walked)


_NOT_JSON = object()


def _decoded(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        return _NOT_JSON


@SETTINGS
@given(
    raw=st.one_of(
        st.binary(max_size=64),
        st.builds(lambda n: b"[" * n + b"]" * n, st.integers(1, 20_000)),
        st.builds(lambda n: b'{"a":' * n + b"1" + b"}" * n, st.integers(1, 20_000)),
    )
)
def test_arbitrary_bytes_parse_or_raise_unexpected(raw: bytes) -> None:
    """A 200 body that is not a JSON object is always an UnexpectedResponseError (bytes
    that are not JSON, JSON nested past what json parses, a list, a number); a JSON
    object is a Repository holding the same values, or an UnexpectedResponseError when its
    fields have the wrong types."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=raw, headers={"Content-Type": "application/json"})

    decoded = _decoded(raw)
    with sync_hub(handler, cache=False) as hub:
        try:
            outcome: Any = hub.repository("library", "nginx")
        except UnexpectedResponseError as exc:
            outcome = exc
    if not isinstance(decoded, dict):
        assert isinstance(outcome, UnexpectedResponseError), (raw, outcome)
        return
    if isinstance(outcome, UnexpectedResponseError):
        assert outcome.status in (200, None)
        return
    assert isinstance(outcome, models.Repository)
    for key in ("name", "namespace", "description"):
        if isinstance(decoded.get(key), str):
            assert getattr(outcome, key) == decoded[key]
