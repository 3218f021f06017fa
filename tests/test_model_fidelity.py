"""Models give back exactly what the Hub sent, tolerate its nulls and fail with typed errors.

The recorded bodies live in ``tests/data/bodies`` (see the README there). Exactness is
checked on the JSON text (``json.dumps(..., sort_keys=True)``), so ``1`` vs ``1.0`` or
``true`` vs ``1`` and every digit of a timestamp count.
"""

from __future__ import annotations

import copy
import datetime
import json
import pickle
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from spec_data import load_spec

from dockerhub import DockerHub, UnexpectedResponseError, models
from dockerhub_client.types import UNSET, Timestamp, UnexpectedShapeError

UTC = datetime.UTC
BODIES = Path(__file__).resolve().parent / "data" / "bodies"
SPEC_PATH = Path(__file__).resolve().parent.parent / "spec" / "dockerhub.yaml"

RECORDED = {
    "tag_page_nanoseconds.json": "TagPage",
    "tag_2016_without_images.json": "Tag",
    "repository_page_nulls.json": "RepositoryPage",
    "access_token_page_without_scopes.json": "AccessTokenPage",
    "error_message_errinfo.json": "ErrorBody",
}


def _body(name: str) -> Any:
    return json.loads((BODIES / name).read_text())


def _text(data: Any) -> str:
    return json.dumps(data, sort_keys=True)


def test_every_recorded_body_is_listed() -> None:
    assert {path.name for path in BODIES.glob("*.json")} == set(RECORDED)


@pytest.mark.parametrize(("name", "model"), sorted(RECORDED.items()))
def test_recorded_body_round_trips_exactly(name: str, model: str) -> None:
    body = _body(name)
    parsed = getattr(models, model).from_dict(body)
    assert _text(parsed.to_dict()) == _text(body)


@pytest.mark.parametrize(("name", "model"), sorted(RECORDED.items()))
def test_recorded_body_round_trips_after_every_attribute_was_read(name: str, model: str) -> None:
    body = _body(name)
    parsed = getattr(models, model).from_dict(body)
    repr(parsed)  # reads every field, so every timestamp is parsed into a Timestamp
    assert _text(parsed.to_dict()) == _text(body)
    assert _text(copy.deepcopy(parsed).to_dict()) == _text(body)
    assert _text(pickle.loads(pickle.dumps(parsed)).to_dict()) == _text(body)


def test_nanosecond_timestamps_read_as_datetimes_and_keep_their_text() -> None:
    page = models.TagPage.from_dict(_body("tag_page_nanoseconds.json"))
    tag = page.results[0]
    pulled = tag.tag_last_pulled
    assert isinstance(pulled, datetime.datetime) and isinstance(pulled, Timestamp)
    assert pulled == datetime.datetime(2025, 8, 11, 14, 1, 54, 103614, tzinfo=UTC)
    assert pulled.text == "2025-08-11T14:01:54.103614048Z"
    assert repr(pulled) == "Timestamp('2025-08-11T14:01:54.103614048Z')"
    assert tag.tag_last_pulled is pulled  # parsed once, then kept
    image = tag.images[1]
    assert image.last_pulled == datetime.datetime(2025, 8, 11, 13, 59, 2, 500000, tzinfo=UTC)
    assert image.last_pushed == datetime.datetime(2025, 8, 5, 18, 42, 11, tzinfo=UTC)
    offset = page.results[2].last_updated
    assert offset.utcoffset() == datetime.timedelta(hours=2)
    assert page.results[2].to_dict()["last_updated"] == "2025-07-29T10:11:12.123456+02:00"


def test_nulls_where_lists_and_objects_are_documented_parse_to_none() -> None:
    tags = models.TagPage.from_dict(_body("tag_page_nanoseconds.json")).results
    assert tags[1].images is None and tags[1].full_size is None
    assert tags[1]["a_field_added_later"] == {"kept": [1, 2.5, True, None]}
    repos = models.RepositoryPage.from_dict(_body("repository_page_nulls.json")).results
    assert repos[0].categories is None and repos[0].permissions is None
    assert repos[0].media_types is None and repos[0].content_types is None
    assert repos[1].permissions == models.RepositoryPermissions(read=True, write=True, admin=False)
    assert repos[1].immutable_tags_settings.rules is None
    assert [c.slug for c in repos[1].categories] == ["web-servers"]


def test_missing_fields_stay_unset() -> None:
    old = models.Tag.from_dict(_body("tag_2016_without_images.json"))
    assert old.images is UNSET and old.tag_last_pulled is UNSET
    tokens = models.AccessTokenPage.from_dict(_body("access_token_page_without_scopes.json"))
    assert tokens.results[0].scopes is UNSET and tokens.results[1].scopes == ["repo:read"]
    assert tokens.active_count == 2


def test_the_errinfo_error_body_keeps_its_structure() -> None:
    error = models.ErrorBody.from_dict(_body("error_message_errinfo.json"))
    assert error.message == "namespace acme does not exist"
    assert error.errinfo["api_call_name"] == "ListRepositoryTags"


def test_a_timestamp_set_by_the_user_is_written_in_iso_form_with_z() -> None:
    tag = models.Tag.from_dict({"name": "x", "last_updated": "2025-08-11T14:01:54.103614048Z"})
    tag.last_updated = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert tag.to_dict()["last_updated"] == "2024-01-02T03:04:05Z"
    tag.last_updated = None
    assert tag.to_dict()["last_updated"] is None
    built = models.Tag(name="y", tag_last_pushed=datetime.datetime(2024, 1, 2, tzinfo=UTC))
    assert built.to_dict() == {"name": "y", "tag_last_pushed": "2024-01-02T00:00:00Z"}


def test_a_datetime_derived_from_a_timestamp_does_not_reuse_its_text() -> None:
    tag = models.Tag.from_dict({"name": "x", "last_updated": "2025-08-11T14:01:54.103614048Z"})
    later = tag.last_updated + datetime.timedelta(days=1)
    tag.last_updated = later
    assert tag.to_dict()["last_updated"] == "2025-08-12T14:01:54.103614Z"


def test_parsed_and_constructed_models_compare_equal() -> None:
    parsed = models.Tag.from_dict({"name": "x", "last_updated": "2024-05-01T10:20:30.123456789Z"})
    built = models.Tag(
        name="x",
        last_updated=datetime.datetime(2024, 5, 1, 10, 20, 30, 123456, tzinfo=UTC),
    )
    assert parsed == built


def test_an_empty_timestamp_reads_as_none_and_is_given_back() -> None:
    tag = models.Tag.from_dict({"name": "x", "tag_last_pulled": ""})
    assert tag.tag_last_pulled is None
    assert tag.to_dict() == {"name": "x", "tag_last_pulled": ""}


@pytest.mark.parametrize(
    ("model", "body", "where"),
    [
        ("Tag", {"name": "x", "images": "amd64"}, "Tag.images"),
        ("Tag", {"name": "x", "images": [["amd64"]]}, "TagImage"),
        ("Tag", {"name": "x", "last_updated": "yesterday"}, "Tag"),
        ("Tag", {"name": "x", "last_updated": 1723384914}, "Tag.last_updated"),
        ("Tag", {"id": 1}, "Tag"),
        ("TagPage", {"results": {"name": "x"}}, "TagPage.results"),
        ("TagPage", {"results": [None]}, "Tag"),
        ("Repository", {"name": "a", "namespace": "b", "permissions": []}, "RepositoryPermissions"),
        ("Repository", {"name": "a", "namespace": "b", "media_types": "image"}, "media_types"),
        ("Repository", ["a", "b"], "Repository"),
    ],
)
def test_a_wrong_shape_raises_the_typed_error(model: str, body: Any, where: str) -> None:
    with pytest.raises(UnexpectedShapeError, match=where) as caught:
        getattr(models, model).from_dict(body)
    assert isinstance(caught.value, ValueError)


def test_a_wrong_shape_through_the_facade_is_an_unexpected_response_error() -> None:
    body = {"count": 1, "next": None, "results": [{"name": "latest", "images": "amd64"}]}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    with DockerHub(transport=httpx.MockTransport(answer), cache=False) as hub:
        with pytest.raises(UnexpectedResponseError) as caught:
            list(hub.iter_tags("library/nginx"))
        with pytest.raises(UnexpectedResponseError):
            hub.tags("library/nginx")
    assert caught.value.status == 200
    assert "library/nginx/tags" in str(caught.value.url)
    assert caught.value.message == (
        "the response body is not the JSON the API documents"
        " (Tag.images: expected a list or null, got str)"
    )


def test_nulls_through_the_facade_parse() -> None:
    body = _body("tag_page_nanoseconds.json")

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    with DockerHub(transport=httpx.MockTransport(answer), cache=False) as hub:
        tags = list(hub.iter_tags("library/nginx"))
    assert [tag.name for tag in tags] == ["1.29.1-alpine", "sbom", "offset"]
    assert tags[1].images is None
    assert [tag.to_dict() for tag in tags] == body["results"]


# -- secrets -----------------------------------------------------------------------------


def _secret_fields() -> list[tuple[str, str]]:
    """(schema, property) for every ``format: password`` string of the spec's schemas."""
    schemas = load_spec()["components"]["schemas"]
    found = []
    for name, schema in schemas.items():
        for part in [schema, *schema.get("allOf", [])]:
            for prop, spec in part.get("properties", {}).items():
                if spec.get("format") == "password":
                    found.append((name, prop))
    return found


SECRETS = _secret_fields()


def test_the_spec_marks_the_secrets() -> None:
    assert {
        ("LoginRequest", "password"),
        ("TwoFactorLoginRequest", "code"),
        ("TwoFactorLoginRequest", "login_2fa_token"),
        ("AuthTokenRequest", "secret"),
        ("LoginResponse", "token"),
        ("LoginResponse", "refresh_token"),
        ("AuthTokenResponse", "access_token"),
        ("AccessToken", "token"),
        ("OrgAccessToken", "token"),
    } <= set(SECRETS)


@pytest.mark.parametrize(("schema", "prop"), SECRETS, ids=[f"{s}.{p}" for s, p in SECRETS])
def test_secret_fields_never_show_in_repr(schema: str, prop: str) -> None:
    model = getattr(models, schema)
    secret = "dckr_pat_s3cr3t-do-not-print"
    required = {
        field.name: "x"
        for field in model.__attrs_attrs__
        if field.init and field.default is not UNSET
    }
    value = model.from_dict({**required, prop: secret})
    assert getattr(value, prop) == secret
    assert secret not in repr(value) and secret not in str(value)
    assert f"{prop}=<redacted>" in repr(value)
    assert value.to_dict()[prop] == secret


def test_an_unset_secret_says_so() -> None:
    assert "token=UNSET" in repr(models.LoginResponse())
    assert "password=<redacted>" in repr(models.LoginRequest(username="alice", password="hunter2"))
    assert "username='alice'" in repr(models.LoginRequest(username="alice", password="hunter2"))


def test_a_subclass_with_its_own_fields_parses_with_their_defaults() -> None:
    @attrs.define
    class SeenTag(models.Tag):
        seen_by: list[str] = attrs.field(factory=list)
        note: str = "new"

    tag = SeenTag.from_dict({"name": "latest", "last_updated": "2024-05-01T10:20:30Z"})
    assert type(tag) is SeenTag and tag.seen_by == [] and tag.note == "new"
    assert tag.last_updated == datetime.datetime(2024, 5, 1, 10, 20, 30, tzinfo=UTC)
    assert tag.to_dict() == {"name": "latest", "last_updated": "2024-05-01T10:20:30Z"}
