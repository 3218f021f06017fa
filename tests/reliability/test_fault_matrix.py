"""The fault matrix against scripted in-process transports, sync and async.

Every case states its exact outcome (success after N attempts, or the typed error), the
number of requests the server saw, and a wall-time bound. No case may raise anything but
a ``DockerHubError``, and a POST is never re-sent once the server may have applied it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from email.utils import formatdate
from typing import Any

import anyio
import httpx
import pytest

from dockerhub import errors
from dockerhub.errors import DockerHubError

from .conftest import SEED, Script, async_hub, sync_hub

REPO = json.dumps(SEED["repository"]).encode()
HTML = b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1>cloudflare-secret-edge</body></html>"


def ok(body: bytes = REPO, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(
        status, content=body, headers={"Content-Type": "application/json", **headers}
    )


def status(
    code: int, body: bytes = b'{"detail": "nope"}', ctype: str = "application/json", **headers: str
) -> httpx.Response:
    return httpx.Response(code, content=body, headers={"Content-Type": ctype, **headers})


def rate_limited(retry_after: str) -> httpx.Response:
    return status(429, b'{"detail": "Rate limit exceeded"}', **{"Retry-After": retry_after})


def run(mode: str, script: Script, operation: Callable[[Any], Any]) -> tuple[Any, float]:
    """Run ``operation(hub)`` on a fresh client; return (result or error, elapsed)."""
    start = time.monotonic()
    if mode == "sync":
        with sync_hub(script) as hub:
            try:
                outcome: Any = operation(hub)
            except DockerHubError as exc:
                outcome = exc
        return outcome, time.monotonic() - start

    async def main() -> Any:
        async with async_hub(script) as hub:
            try:
                return await operation(hub)
            except DockerHubError as exc:
                return exc

    outcome = anyio.run(main)
    return outcome, time.monotonic() - start


def get_repo(hub: Any) -> Any:
    return hub.repository("library", "nginx")


def create_repo(hub: Any) -> Any:
    return hub.create_repository("alice", "demo")


def patch_repo(hub: Any) -> Any:
    return hub.set_repository_description("alice", "demo", short="x")


SOON = lambda: formatdate(time.time() - 5, usegmt=True)  # noqa: E731 - a date already past
LATER = lambda: formatdate(time.time() + 86_400, usegmt=True)  # noqa: E731

# (id, steps factory, expected: "ok" or error type, requests seen)
GET_CASES: list[tuple[str, Callable[[], list[Any]], Any, int]] = [
    ("429-seconds-then-ok", lambda: [rate_limited("0"), ok()], "ok", 2),
    ("429-fractional-seconds-then-ok", lambda: [rate_limited("0.01"), ok()], "ok", 2),
    ("429-http-date-past-then-ok", lambda: [rate_limited(SOON()), ok()], "ok", 2),
    ("429-http-date-tomorrow", lambda: [rate_limited(LATER())], errors.RateLimitError, 1),
    ("429-unix-past-then-ok", lambda: [rate_limited(str(int(time.time()) - 10)), ok()], "ok", 2),
    (
        "429-unix-tomorrow",
        lambda: [rate_limited(str(int(time.time()) + 86_400))],
        errors.RateLimitError,
        1,
    ),
    ("429-absurd-seconds", lambda: [rate_limited("999999999")], errors.RateLimitError, 1),
    ("429-absurd-timestamp", lambda: [rate_limited("99999999999")], errors.RateLimitError, 1),
    ("429-garbage-header-backoff", lambda: [rate_limited("soon"), ok()], "ok", 2),
    ("429-forever", lambda: [rate_limited("0")], errors.RateLimitError, 4),
    (
        "429-reset-header-only",
        lambda: [status(429, **{"X-RateLimit-Reset": str(int(time.time()) - 1)}), ok()],
        "ok",
        2,
    ),
    ("503x2-then-ok", lambda: [status(503), status(503), ok()], "ok", 3),
    ("502x2-then-ok", lambda: [status(502), status(502), ok()], "ok", 3),
    ("504x2-then-ok", lambda: [status(504), status(504), ok()], "ok", 3),
    ("503-retry-after-0-then-ok", lambda: [status(503, **{"Retry-After": "0"}), ok()], "ok", 2),
    (
        "503-retry-after-absurd",
        lambda: [status(503, **{"Retry-After": "999999"})],
        errors.ServerError,
        1,
    ),
    ("503-forever", lambda: [status(503)], errors.ServerError, 4),
    ("500-not-retried", lambda: [status(500), ok()], errors.ServerError, 1),
    ("501-not-retried", lambda: [status(501)], errors.ServerError, 1),
    ("404", lambda: [status(404)], errors.NotFoundError, 1),
    ("401-anonymous", lambda: [status(401)], errors.AuthenticationError, 1),
    ("403", lambda: [status(403)], errors.PermissionDeniedError, 1),
    ("418-unexpected-status", lambda: [status(418)], errors.UnexpectedResponseError, 1),
    ("connect-error-x2-then-ok", lambda: [httpx.ConnectError("refused")] * 2 + [ok()], "ok", 3),
    ("connect-error-forever", lambda: [httpx.ConnectError("refused")], errors.TransportError, 4),
    ("connect-timeout-forever", lambda: [httpx.ConnectTimeout("slow")], errors.TransportError, 4),
    ("read-timeout-x2-then-ok", lambda: [httpx.ReadTimeout("slow")] * 2 + [ok()], "ok", 3),
    ("read-timeout-forever", lambda: [httpx.ReadTimeout("slow")], errors.TransportError, 4),
    (
        "remote-protocol-error",
        lambda: [httpx.RemoteProtocolError("peer closed")],
        errors.TransportError,
        1,
    ),
    ("read-error", lambda: [httpx.ReadError("reset by peer")], errors.TransportError, 1),
    ("truncated-json", lambda: [ok(REPO[: len(REPO) // 2])], errors.UnexpectedResponseError, 1),
    (
        "html-200",
        lambda: [ok(HTML, **{"Content-Type": "text/html"})],
        errors.UnexpectedResponseError,
        1,
    ),
    ("html-502-forever", lambda: [status(502, HTML, "text/html")], errors.ServerError, 4),
    (
        "html-500-no-content-type",
        lambda: [httpx.Response(500, content=HTML)],
        errors.ServerError,
        1,
    ),
    (
        "plain-text-200",
        lambda: [ok(b"all good", **{"Content-Type": "text/plain"})],
        errors.UnexpectedResponseError,
        1,
    ),
    (
        "xml-200",
        lambda: [ok(b"<repo><name>nginx</name></repo>", **{"Content-Type": "text/xml"})],
        errors.UnexpectedResponseError,
        1,
    ),
    ("empty-200", lambda: [ok(b"")], errors.UnexpectedResponseError, 1),
    ("json-null-200", lambda: [ok(b"null")], errors.UnexpectedResponseError, 1),
    ("json-list-200", lambda: [ok(b"[1, 2, 3]")], errors.UnexpectedResponseError, 1),
    ("json-string-200", lambda: [ok(b'"nginx"')], errors.UnexpectedResponseError, 1),
    ("invalid-utf8-200", lambda: [ok(b'{"name": "\xff\xfe"}')], errors.UnexpectedResponseError, 1),
    (
        "bad-gzip-200",
        lambda: [
            lambda request: httpx.Response(
                200,
                headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
                stream=httpx.ByteStream(b"not gzip at all"),
                request=request,
            )
        ],
        errors.UnexpectedResponseError,
        1,
    ),
]

POST_CASES: list[tuple[str, Callable[[], list[Any]], Any, int]] = [
    ("post-500", lambda: [status(500), ok(status=201)], errors.ServerError, 1),
    ("post-502", lambda: [status(502), ok(status=201)], errors.ServerError, 1),
    ("post-503", lambda: [status(503), ok(status=201)], errors.ServerError, 1),
    ("post-504", lambda: [status(504), ok(status=201)], errors.ServerError, 1),
    (
        "post-read-timeout",
        lambda: [httpx.ReadTimeout("slow"), ok(status=201)],
        errors.TransportError,
        1,
    ),
    (
        "post-read-error",
        lambda: [httpx.ReadError("reset"), ok(status=201)],
        errors.TransportError,
        1,
    ),
    ("post-429-then-created", lambda: [rate_limited("0"), ok(status=201)], "ok", 2),
    (
        "post-connect-error-then-created",
        lambda: [httpx.ConnectError("refused"), ok(status=201)],
        "ok",
        2,
    ),
]


def _check(outcome: Any, expected: Any) -> None:
    if expected == "ok":
        assert not isinstance(outcome, BaseException), repr(outcome)
        assert outcome.name == "nginx"
    else:
        assert type(outcome) is expected, repr(outcome)
        assert isinstance(outcome, DockerHubError)
        text = f"{outcome} {outcome!r}"
        assert "<html" not in text.lower() and "cloudflare-secret-edge" not in text


@pytest.mark.parametrize(
    ("steps", "expected", "seen"), [c[1:] for c in GET_CASES], ids=[c[0] for c in GET_CASES]
)
def test_get_fault(mode: str, steps: Callable[[], list[Any]], expected: Any, seen: int) -> None:
    script = Script(steps())
    outcome, elapsed = run(mode, script, get_repo)
    _check(outcome, expected)
    assert len(script.requests) == seen
    assert elapsed < 3.0  # no real wait happens; generous for loaded CI machines


@pytest.mark.parametrize(
    ("steps", "expected", "seen"), [c[1:] for c in POST_CASES], ids=[c[0] for c in POST_CASES]
)
def test_post_fault(mode: str, steps: Callable[[], list[Any]], expected: Any, seen: int) -> None:
    script = Script(steps())
    outcome, elapsed = run(mode, script, create_repo)
    _check(outcome, expected)
    assert script.count("POST") == seen
    assert elapsed < 3.0  # no real wait happens; generous for loaded CI machines


@pytest.mark.parametrize(
    "fault",
    [status(500), status(502), status(503), status(504), httpx.ReadTimeout("slow")],
    ids=["500", "502", "503", "504", "read-timeout"],
)
def test_patch_never_resent_after_it_may_have_applied(mode: str, fault: Any) -> None:
    script = Script([fault, ok()])
    outcome, elapsed = run(mode, script, patch_repo)
    assert isinstance(outcome, errors.ServerError | errors.TransportError), repr(outcome)
    assert script.count("PATCH") == 1
    assert elapsed < 3.0  # no real wait happens; generous for loaded CI machines


def test_absurd_retry_after_raises_at_once_with_the_wait(mode: str) -> None:
    script = Script([rate_limited("999999999")])
    outcome, elapsed = run(mode, script, get_repo)
    assert isinstance(outcome, errors.RateLimitError)
    assert outcome.retry_after == pytest.approx(999_999_999)
    assert "max_wait" in outcome.message
    assert elapsed < 2.0  # the wait it refused was ~31 years


def test_html_502_message_is_a_summary(mode: str) -> None:
    script = Script([status(502, HTML * 50, "text/html")])
    outcome, _ = run(mode, script, get_repo)
    assert isinstance(outcome, errors.ServerError)
    assert outcome.status == 502
    assert "HTML page" in outcome.message
    assert len(str(outcome)) < 400


def test_valid_json_with_wrong_content_type_is_parsed(mode: str) -> None:
    """The body decides, not the header: valid JSON labelled text/plain still parses."""
    script = Script([ok(REPO, **{"Content-Type": "text/plain"})])
    outcome, _ = run(mode, script, get_repo)
    _check(outcome, "ok")


def test_big_invalid_body_in_memory_is_refused_quickly(mode: str) -> None:
    body = b'{"count": 1, "results": [' + b" " * (50 * 1024 * 1024)
    script = Script([ok(body)])
    outcome, elapsed = run(mode, script, lambda hub: hub.tags("library", "nginx"))
    assert isinstance(outcome, errors.UnexpectedResponseError)
    assert len(str(outcome)) < 400
    assert elapsed < 5.0


# -- pagination links ---------------------------------------------------------------------


def _tag_page(next_url: str | None, count: int = 300) -> bytes:
    page = dict(SEED["tags"])
    page["count"] = count
    page["next"] = next_url
    return json.dumps(page).encode()


def _collect(hub: Any) -> Any:
    if hasattr(hub, "__aenter__"):

        async def walk() -> list[Any]:
            return [tag async for tag in hub.iter_tags("library/nginx", per_page=3, concurrency=1)]

        return walk()
    return list(hub.iter_tags("library/nginx", per_page=3, concurrency=1))


@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example/v2/repositories/library/nginx/tags/?page=2&page_size=3",
        "http://hub.docker.com/v2/repositories/library/nginx/tags/?page=2&page_size=3",
        "https://hub.docker.com:8443/v2/repositories/library/nginx/tags/?page=2&page_size=3",
        "//evil.example/v2/repositories/library/nginx/tags/?page=2",
    ],
    ids=["other-host", "other-scheme", "other-port", "scheme-relative"],
)
def test_next_link_to_another_origin(mode: str, next_url: str) -> None:
    script = Script([ok(_tag_page(next_url))])
    outcome, elapsed = run(mode, script, _collect)
    assert isinstance(outcome, errors.UnexpectedResponseError), repr(outcome)
    assert [r.url.host for r in script.requests] == ["hub.docker.com"]
    assert elapsed < 3.0  # no real wait happens; generous for loaded CI machines


@pytest.mark.parametrize(
    "pages",
    [
        ["?page=1&page_size=3"],
        ["?page=2&page_size=3", "?page=1&page_size=3"],
    ],
    ids=["self-loop", "two-page-loop"],
)
def test_next_link_loop(mode: str, pages: list[str]) -> None:
    prefix = "https://hub.docker.com/v2/repositories/library/nginx/tags/"
    script = Script([ok(_tag_page(prefix + query)) for query in pages])
    outcome, elapsed = run(mode, script, _collect)
    assert isinstance(outcome, errors.UnexpectedResponseError), repr(outcome)
    assert "already fetched" in outcome.message
    assert len(script.requests) == len(pages)
    assert elapsed < 3.0  # no real wait happens; generous for loaded CI machines
