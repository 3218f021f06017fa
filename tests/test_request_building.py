"""The SDK builds each request's URL itself (parsed once); it must be the URL httpx would
have built from the same generated arguments, byte for byte."""

from __future__ import annotations

import enum
from typing import Any

import httpx
import pytest

from dockerhub._lookup import base_prefix, build_request


class Ordering(str, enum.Enum):  # noqa: UP042  (an enum a caller might pass)
    LAST_UPDATED = "last_updated"


PARAMS: list[dict[str, Any]] = [
    {},
    {"page": 2, "page_size": 100},
    {"page": 1, "name": "web-app_1.2~x"},
    {"invites": True, "flag": False},
    {"name": ""},
    {"name": "with space"},
    {"name": "a&b=c"},
    {"name": "caf\u00e9"},
    {"name": "x/y?z#w"},
    {"ordering": Ordering.LAST_UPDATED},
    {"media_types": ["application/vnd.oci.image.index.v1+json", "text/plain"]},
    {"ratio": 0.5},
    {"architecture": "arm64", "os": "linux", "page_size": 10},
]


@pytest.mark.parametrize("params", PARAMS, ids=lambda p: ",".join(map(str, p.values())) or "none")
@pytest.mark.parametrize("base", ["https://hub.docker.com", "http://127.0.0.1:8080/prefix/"])
def test_the_url_is_the_one_httpx_builds(base: str, params: dict[str, Any]) -> None:
    with httpx.Client(base_url=base) as http:
        path = "/v2/namespaces/library/repositories/nginx/tags"
        ours = build_request(
            http, base_prefix(http), {"method": "get", "url": path, "params": params}
        )
        theirs = http.build_request("get", path, params=params)
    assert str(ours.url) == str(theirs.url)
    assert ours.url.raw_path == theirs.url.raw_path
    assert ours.method == theirs.method == "GET"
    assert ours.headers == theirs.headers


def test_a_body_and_headers_pass_through() -> None:
    with httpx.Client(base_url="https://hub.docker.com", headers={"User-Agent": "t"}) as http:
        arguments = {"method": "post", "url": "/v2/users/login", "json": {"username": "alice"}}
        ours = build_request(http, base_prefix(http), arguments)
        theirs = http.build_request("post", "/v2/users/login", json={"username": "alice"})
    assert ours.read() == theirs.read()
    assert ours.headers == theirs.headers
    assert str(ours.url) == "https://hub.docker.com/v2/users/login"


@pytest.mark.parametrize(
    "value", ["library", "my-org", "a b", "a/b", "tag+1", "ünï", "%2F", "x?y#z", "~._-"]
)
def test_path_segments_are_escaped_as_urllib_quote_does(value: str) -> None:
    from urllib.parse import quote

    from dockerhub_client.types import path_segment

    assert path_segment(value) == quote(value, safe="")
    assert path_segment(value) == quote(value, safe="")  # the remembered answer is the same
