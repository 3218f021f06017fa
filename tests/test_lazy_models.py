"""Nested models are checked by ``from_dict`` and built on the first read of their field;
JSON bodies decode through ``types.json_loads`` (msgspec, then the standard library).

What a user sees: a shape error anywhere in a body still raises from the parse (so from the
call), a field reads as built, typed models, and comparing, repr, ``to_dict``, copying and
pickling behave as if everything had been built at once. What they do not pay for: the
models of fields they never read (listing tag names builds no ``TagImage``).
"""

from __future__ import annotations

import copy
import json
import math
import pickle
import sys
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dockerhub import DockerHub, UnexpectedResponseError
from dockerhub_client import types
from dockerhub_client.models.repository import Repository
from dockerhub_client.models.repository_page import RepositoryPage
from dockerhub_client.models.tag import Tag
from dockerhub_client.models.tag_image import TagImage
from dockerhub_client.models.tag_page import TagPage
from dockerhub_client.types import UNSET, Timestamp, UnexpectedShapeError, json_loads


def _image(arch: str) -> dict[str, Any]:
    return {
        "architecture": arch,
        "os": "linux",
        "digest": "sha256:" + "b" * 64,
        "size": 73_000_000,
        "last_pushed": "2025-08-11T14:01:54.103614048Z",
        "unknown_to_the_spec": {"kept": True},
    }


def _tag(name: str = "1.27") -> dict[str, Any]:
    return {
        "name": name,
        "last_updated": "2025-08-11T14:01:54.103614048Z",
        "images": [_image("amd64"), _image("arm64")],
    }


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The class names of the models built from checked data, in order."""
    seen: list[str] = []
    for model in (Tag, TagImage):
        real = model.__dict__["_build"].__func__

        def build(cls: type, src: Any, real: Any = real) -> Any:
            seen.append(cls.__name__)
            return real(cls, src)

        monkeypatch.setattr(model, "_build", classmethod(build))
    return seen


def test_reading_the_page_builds_the_tags_but_not_their_images(builds: list[str]) -> None:
    page = TagPage.from_dict({"count": 2, "results": [_tag("a"), _tag("b")]})
    assert builds == []
    assert [tag.name for tag in page.results] == ["a", "b"]
    assert builds == ["Tag", "Tag"]
    images = page.results[0].images
    assert [image.architecture for image in images] == ["amd64", "arm64"]
    assert builds == ["Tag", "Tag", "TagImage", "TagImage"]


def test_a_nested_field_is_built_once_and_kept() -> None:
    tag = Tag.from_dict(_tag())
    first = tag.images
    assert first is tag.images
    assert all(isinstance(image, TagImage) for image in first)
    assert first[0].last_pushed == Timestamp.parse("2025-08-11T14:01:54.103614Z")
    assert first[0]["unknown_to_the_spec"] == {"kept": True}


def test_a_shape_error_deep_in_the_body_raises_from_the_parse() -> None:
    body = {"count": 2, "results": [_tag("a"), _tag("b")]}
    body["results"][1]["images"][1]["last_pushed"] = "last tuesday"
    with pytest.raises(UnexpectedShapeError, match="TagImage"):
        TagPage.from_dict(body)
    body["results"][1]["images"][1] = ["amd64"]
    with pytest.raises(UnexpectedShapeError, match="TagImage: expected an object, got list"):
        TagPage.from_dict(body)


def test_a_shape_error_in_a_nested_object_raises_from_the_parse() -> None:
    body = {"name": "nginx", "namespace": "library", "permissions": {"read": True}}
    assert Repository.from_dict(body).permissions.read is True
    with pytest.raises(UnexpectedShapeError, match="RepositoryPermissions"):
        Repository.from_dict({**body, "permissions": ["read"]})


@pytest.mark.parametrize(
    ("model", "body"),
    [
        (Tag, {"name": "x", "images": "amd64"}),
        (Tag, {"name": "x", "images": [{"last_pushed": 17}]}),
        (Tag, {"name": "x", "images": [None]}),
        (Tag, {"images": []}),
        (TagPage, {"results": [{"name": "x", "tag_last_pushed": "soon"}]}),
        (TagPage, {"results": {"name": "x"}}),
        (RepositoryPage, {"results": [{"name": "a", "namespace": "b", "permissions": 3}]}),
    ],
)
def test_check_fails_exactly_where_from_dict_does(model: Any, body: Any) -> None:
    with pytest.raises(UnexpectedShapeError) as parsed:
        model.from_dict(body)
    with pytest.raises(UnexpectedShapeError) as checked:
        model._check(body)
    assert str(checked.value) == str(parsed.value)


def test_unread_and_read_models_compare_print_and_serialise_alike() -> None:
    unread, read = Tag.from_dict(_tag()), Tag.from_dict(_tag())
    read.images  # noqa: B018 - builds the images of one of the two
    assert unread == read
    assert repr(unread) == repr(read)
    assert "TagImage(architecture='amd64'" in repr(unread)
    assert Tag.from_dict(_tag()).to_dict() == _tag()
    for clone in (copy.copy(Tag.from_dict(_tag())), copy.deepcopy(Tag.from_dict(_tag()))):
        assert clone == read
    assert pickle.loads(pickle.dumps(Tag.from_dict(_tag()))) == read


def test_a_value_set_before_the_first_read_wins() -> None:
    tag = Tag.from_dict(_tag())
    tag.images = [TagImage(architecture="s390x")]
    assert [image.architecture for image in tag.images] == ["s390x"]
    assert tag.to_dict()["images"] == [{"architecture": "s390x"}]
    tag.images = None
    assert tag.images is None and tag.to_dict()["images"] is None
    tag.images = (TagImage(architecture="arm"),)  # type: ignore[assignment]
    assert tag.images == [TagImage(architecture="arm")]
    assert Tag(name="x").images is UNSET


def test_nulls_and_absent_nested_fields_read_as_received() -> None:
    assert Tag.from_dict({"name": "x", "images": None}).images is None
    assert Tag.from_dict({"name": "x"}).images is UNSET
    assert Tag.from_dict({"name": "x", "images": []}).images == []


def test_a_walk_that_reads_names_builds_no_images(builds: list[str]) -> None:
    body = {"count": 2, "next": None, "previous": None, "results": [_tag("a"), _tag("b")]}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    with DockerHub(transport=httpx.MockTransport(answer), cache=False) as hub:
        assert [tag.name for tag in hub.iter_tags("library/nginx")] == ["a", "b"]
        assert "TagImage" not in builds
        body["results"][0]["images"][0]["last_pushed"] = 1723384914
        with pytest.raises(UnexpectedResponseError, match=r"TagImage\.last_pushed"):
            list(hub.iter_tags("library/nginx"))


# -- json_loads ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b'{"count": 1, "results": [{"name": "latest"}]}',
        b"123456789012345678901234567890",  # beyond 64 bits: still an exact int
        b"-9223372036854775809",
        b"[NaN, Infinity, -Infinity]",
        b'"\\ud800"',  # a lone surrogate escape
        '{"name": "caf\u00e9"}'.encode("utf-16"),  # json detects UTF-16 and UTF-32
        b'{"a": 1, "a": 2}',
        b"-0",
        b"1e400",
        b"[" * 500 + b"]" * 500,
    ],
)
def test_json_loads_gives_what_json_gives(content: bytes) -> None:
    expected, got = json.loads(content), json_loads(content)
    assert repr(got) == repr(expected)  # repr: NaN != NaN, and -0.0 vs 0.0 counts


@pytest.mark.parametrize("content", [b"", b"{", b"<html>", b"\xff\xfe\xfa", b"[1,]"])
def test_json_loads_refuses_what_json_refuses(content: bytes) -> None:
    with pytest.raises(ValueError):
        json.loads(content)
    with pytest.raises(ValueError):
        json_loads(content)


def test_json_loads_works_without_msgspec(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(types, "_fast_loads", None)
    monkeypatch.setitem(sys.modules, "msgspec", None)  # the next import of it fails
    monkeypatch.setitem(sys.modules, "msgspec.json", None)
    assert json_loads(b'{"results": [1, 2.5, null, true]}') == {"results": [1, 2.5, None, True]}
    assert types._fast_loads is json.loads
    with pytest.raises(ValueError):
        json_loads(b"{")


def test_json_loads_imports_msgspec_on_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(types, "_fast_loads", None)
    assert json_loads(b"[1]") == [1]
    assert getattr(types._fast_loads, "__self__", None).__class__.__module__.startswith("msgspec")


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats(allow_nan=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(value=_JSON, ascii_only=st.booleans())
def test_json_loads_agrees_with_json_on_any_document(value: Any, ascii_only: bool) -> None:
    content = json.dumps(value, ensure_ascii=ascii_only).encode()
    got, expected = json_loads(content), json.loads(content)
    assert got == expected or (isinstance(got, float) and math.isnan(got))
    assert json.dumps(got) == json.dumps(expected)
