"""Every parse failure is typed: nesting too deep for json, header values that are not
numbers, waits too long to print."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from dockerhub import errors
from dockerhub._ratelimit import RateLimit, describe_wait, retry_after_seconds

from .conftest import SEED, Script
from .test_fault_matrix import get_repo, run

# 5,000 levels (a 10 KB body) is past the json module's limit on 3.11 and 3.12; 3.13 parses
# it and the SDK then refuses its shape. 100,000 levels is past every supported version's limit.
NESTED = b"[" * 5000 + b"]" * 5000
TOO_DEEP_FOR_ANY_PARSER = b"[" * 100_000 + b"]" * 100_000


def _nested(status: int, body: bytes = NESTED) -> httpx.Response:
    return httpx.Response(status, content=body, headers={"Content-Type": "application/json"})


def test_nested_json_on_a_200_is_an_unexpected_response(mode: str) -> None:
    outcome, _ = run(mode, Script([_nested(200)]), get_repo)
    assert isinstance(outcome, errors.UnexpectedResponseError), repr(outcome)
    assert outcome.message in {
        "the response body is JSON nested too deeply to parse",
        "the response body is not the JSON the API documents "
        "(Repository: expected an object, got list)",
    }


def test_json_too_deep_for_the_parser_says_so(mode: str) -> None:
    outcome, _ = run(mode, Script([_nested(200, TOO_DEEP_FOR_ANY_PARSER)]), get_repo)
    assert isinstance(outcome, errors.UnexpectedResponseError), repr(outcome)
    assert outcome.message == "the response body is JSON nested too deeply to parse"


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, errors.BadRequestError),
        (404, errors.NotFoundError),
        (418, errors.UnexpectedResponseError),
    ],
)
def test_nested_json_on_an_error_status_is_that_status_error_with_a_summary(
    mode: str, status: int, kind: type[errors.DockerHubError]
) -> None:
    outcome, _ = run(mode, Script([_nested(status)]), get_repo)
    assert type(outcome) is kind, repr(outcome)
    assert outcome.status == status
    assert outcome.message.endswith("(unrecognised body)")


def test_nested_json_in_a_login_reply_is_an_unexpected_response(mode: str) -> None:
    def login(hub: object) -> object:
        return hub.login("alice", "a-password")  # type: ignore[attr-defined]

    outcome, _ = run(mode, Script([_nested(200)]), login)
    assert isinstance(outcome, errors.UnexpectedResponseError), repr(outcome)


def test_nested_json_in_a_token_refresh_is_an_unexpected_response(mode: str) -> None:
    def lazy(hub: object) -> object:
        hub._auth.set_secret("alice", "a-password")  # type: ignore[attr-defined]
        return get_repo(hub)

    script = Script([_nested(200)])
    outcome, _ = run(mode, script, lazy)
    assert isinstance(outcome, errors.UnexpectedResponseError), repr(outcome)
    assert outcome.message == "the token endpoint answered without an access_token"
    assert [r.url.path for r in script.requests] == ["/v2/auth/token"]


@pytest.mark.parametrize(
    "value", [b"inf", b"-inf", b"1e999", b"nan", b"12abc", b"", b"0x10", "∞".encode()]
)
def test_rate_limit_headers_that_are_not_finite_numbers_are_ignored(
    mode: str, value: bytes
) -> None:
    headers = [
        (b"X-RateLimit-Limit", value),
        (b"X-RateLimit-Remaining", b"7"),
        (b"X-RateLimit-Reset", value),
    ]
    response = httpx.Response(200, json=SEED["repository"], headers=headers)

    def read(hub: Any) -> Any:
        if mode == "sync":
            return get_repo(hub), hub.rate_limit

        async def both() -> Any:
            return await get_repo(hub), hub.rate_limit

        return both()

    outcome, _ = run(mode, Script([response]), read)
    assert not isinstance(outcome, Exception), repr(outcome)
    repository, seen = outcome
    assert repository.name == "nginx"
    assert seen == RateLimit(limit=None, remaining=7, reset=None)


def test_a_429_with_infinite_rate_limit_headers_uses_backoff(mode: str) -> None:
    limited = httpx.Response(
        429, json={"detail": "slow down"}, headers={"X-RateLimit-Reset": "inf"}
    )
    script = Script([limited, httpx.Response(200, json=SEED["repository"])])
    outcome, _ = run(mode, script, get_repo)
    assert outcome.name == "nginx"
    assert len(script.requests) == 2


def test_an_absurd_retry_after_gives_a_short_message(mode: str) -> None:
    limited = httpx.Response(429, json={"detail": "slow down"}, headers={"Retry-After": "1e308"})
    script = Script([limited])
    outcome, _ = run(mode, script, get_repo)
    assert isinstance(outcome, errors.RateLimitError), repr(outcome)
    assert outcome.message == "slow down (asked to wait a year or more, more than max_wait=5s)"
    assert len(str(outcome)) < 200
    assert outcome.retry_after == 1e308
    assert len(script.requests) == 1


def test_retry_after_that_is_not_finite_is_ignored() -> None:
    for value in ("inf", "1e999", "nan", "-inf"):
        assert retry_after_seconds({"retry-after": value}) is None


def test_waits_are_described_in_words() -> None:
    assert describe_wait(42) == "42s"
    assert describe_wait(3 * 3600 + 1800) == "3.5h"
    assert describe_wait(12 * 86400) == "12 days"
    assert describe_wait(400 * 86400) == "a year or more"
