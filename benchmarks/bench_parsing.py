"""What turning a 100-tag page into models costs, next to decoding its JSON.

What the SDK does with a body, ``TagPage.from_dict(json_loads(body)).results`` (decode,
check everything, build the page and its 100 ``Tag`` models), against ``json.loads(body)``
of the same bytes (a page as the Hub sends it: 100 tags with one image each), the floor a
client without models pays. Target ≤ 2× (issue 16). The model template reads with
``dict.get``, builds instances without the keyword ``__init__``, only checks timestamps
(parsed on first read) and builds nested models (a tag's images) on first read of their
field; ``json_loads`` decodes with msgspec.

Two rows are reported without a target: the same parse followed by reading every tag's
``images`` (every model built), and ``json_loads`` alone, both against ``json.loads``.

Run ``python -m benchmarks.bench_parsing``. About 3 seconds.
"""

from __future__ import annotations

import json
from typing import Any

from dockerhub_client.models.tag_page import TagPage
from dockerhub_client.types import json_loads

from ._common import Row, per_call, row

TAGS = 100
TARGET = 2.0


def _tag(index: int) -> dict[str, Any]:
    return {
        "creator": 7,
        "id": index,
        "images": [
            {
                "architecture": "amd64",
                "features": "",
                "variant": None,
                "digest": f"sha256:{index:064x}",
                "os": "linux",
                "os_features": "",
                "os_version": None,
                "size": 70_000_000 + index,
                "status": "active",
                "last_pulled": "2024-05-02T08:00:00.000000Z",
                "last_pushed": "2024-05-01T12:00:00.000000Z",
            }
        ],
        "last_updated": "2024-05-01T12:00:00.000000Z",
        "last_updater": 7,
        "last_updater_username": "doijanky",
        "name": f"1.{index}.0-alpine",
        "repository": 12345,
        "full_size": 70_000_000 + index,
        "v2": True,
        "tag_status": "active",
        "tag_last_pulled": "2024-05-02T08:00:00.000000Z",
        "tag_last_pushed": "2024-05-01T12:00:00.000000Z",
        "media_type": "application/vnd.oci.image.index.v1+json",
        "content_type": "image",
        "digest": f"sha256:{index:064x}",
    }


def page_bytes(tags: int = TAGS) -> bytes:
    """A Hub-shaped page of ``tags`` tags, as JSON bytes."""
    return json.dumps(
        {
            "count": 10_000,
            "next": "https://hub.docker.com/v2/namespaces/library/repositories/nginx/tags?page=2",
            "previous": None,
            "results": [_tag(i) for i in range(tags)],
        }
    ).encode()


def _every_model(body: bytes) -> int:
    results = TagPage.from_dict(json_loads(body)).results
    assert isinstance(results, list)
    return sum(len(tag.images or ()) for tag in results)


def run() -> dict[str, Any]:
    """Time the parses; return ``{"rows": [...], "bytes": n}``."""
    body = page_bytes()
    if _every_model(body) != TAGS:
        raise AssertionError("the page did not parse into 100 tags of one image each")
    timings = per_call(
        {
            "models": lambda: TagPage.from_dict(json_loads(body)).results,
            "every_model": lambda: _every_model(body),
            "json_loads": lambda: json_loads(body),
            "json": lambda: json.loads(body),
        },
        number=40,
        repeat=9,
        warmup=10,
    )
    rows: list[Row] = [
        row(
            "parse 100-tag page into typed tags ÷ json.loads",
            timings["models"] * 1e6,
            timings["json"] * 1e6,
            "µs",
            at_most=TARGET,
            ratio=timings.ratio("models", "json"),
        ),
        row(
            "parse 100-tag page, every tag's images read too ÷ json.loads",
            timings["every_model"] * 1e6,
            timings["json"] * 1e6,
            "µs",
            ratio=timings.ratio("every_model", "json"),
        ),
        row(
            "decode 100-tag page: json_loads (msgspec) ÷ json.loads",
            timings["json_loads"] * 1e6,
            timings["json"] * 1e6,
            "µs",
            ratio=timings.ratio("json_loads", "json"),
        ),
    ]
    return {"rows": rows, "bytes": len(body)}


if __name__ == "__main__":
    for line in run()["rows"]:
        print(line)
