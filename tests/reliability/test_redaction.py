"""One redactor: secrets held or received never show in errors, reprs or log lines, and a
login token that is not a valid header value is refused before it is ever sent."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
from typing import Any

import httpx
import pytest

from dockerhub import DockerHub, errors
from dockerhub._redact import redact, register

from .conftest import BASE_URL, async_hub, sync_hub


def _jwt(subject: str) -> str:
    def part(value: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")

    return (
        f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part({'sub': subject, 'exp': 4102444800})}.c2ln"
    )


JWT = _jwt("alice")
PAT = "dckr_pat_Zx81kQw7rT0uY5pL2mN4vB6cX9"
PASSWORD = "correct horse battery staple"


def _everything(error: BaseException) -> str:
    return f"{error}\n{error!r}\n{getattr(error, 'message', '')}\n{error.args!r}"


def _call(mode: str, handler: Any, action: Any) -> tuple[Any, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def recording(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)  # type: ignore[no-any-return]

    if mode == "sync":
        with sync_hub(recording, retries=0) as hub:
            try:
                return action(hub), seen
            except errors.DockerHubError as exc:
                return exc, seen

    async def main() -> Any:
        async with async_hub(recording, retries=0) as hub:
            try:
                return await action(hub)
            except errors.DockerHubError as exc:
                return exc

    return asyncio.run(main()), seen


# -- the function itself ------------------------------------------------------------------


def test_redact_hides_shapes_it_has_never_seen() -> None:
    other_jwt = _jwt("someone-else")
    text = (
        f"token {other_jwt} and dckr_oat_AbC123xyz and dckr_pat_q9 "
        "and Authorization: Bearer s3cr3t-value"
    )
    assert redact(text) == "token *** and *** and *** and Authorization: Bearer ***"


def test_redact_hides_registered_secrets_and_their_stripped_form() -> None:
    register("hunter2-but-longer\n", None, "ab")
    assert redact("pw=hunter2-but-longer!") == "pw=***!"
    assert (
        redact("ab stays: too short to be worth hiding") == "ab stays: too short to be worth hiding"
    )


# -- login replies ------------------------------------------------------------------------

BAD_TOKENS = [JWT + "\n", JWT + "\r\nX-Evil: 1", JWT[:20] + "\x00" + JWT[20:], JWT + "é", "a b c d"]


@pytest.mark.parametrize("bad", BAD_TOKENS, ids=["lf", "crlf", "nul", "non-ascii", "spaces"])
def test_login_reply_with_an_unsendable_token_is_refused_and_never_sent(
    mode: str, bad: str
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v2/auth/token":
            return httpx.Response(200, json={"access_token": bad})
        return httpx.Response(200, json={"name": "nginx"})

    def login(hub: Any) -> Any:
        return hub.login("alice", PASSWORD)

    outcome, sent = _call(mode, handler, login)

    assert isinstance(outcome, errors.UnexpectedResponseError)
    assert "not a valid header value" in outcome.message
    text = _everything(outcome)
    assert bad.strip() not in text and JWT not in text and PASSWORD not in text
    assert [r.url.path for r in sent] == ["/v2/auth/token"]


def test_a_lazy_login_refresh_with_an_unsendable_token_is_refused(mode: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v2/auth/token":
            return httpx.Response(200, json={"access_token": JWT + "\n"})
        return httpx.Response(200, json={"name": "nginx"})

    def lazy(hub: Any) -> Any:
        hub._auth.set_secret("alice", PAT)
        return hub.user("alice")

    outcome, sent = _call(mode, handler, lazy)

    assert isinstance(outcome, errors.UnexpectedResponseError)
    assert JWT not in _everything(outcome) and PAT not in _everything(outcome)
    assert [r.url.path for r in sent] == ["/v2/auth/token"]


def test_set_login_token_refuses_a_token_with_a_newline() -> None:
    with DockerHub(BASE_URL) as hub, pytest.raises(ValueError, match="control") as caught:
        hub.set_login_token(JWT + "\nX: y")
    assert JWT not in str(caught.value)


# -- error bodies echoing secrets ---------------------------------------------------------


def test_a_401_body_echoing_the_bearer_token_is_redacted(mode: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v2/auth/token":
            return httpx.Response(200, json={"access_token": JWT})
        token = request.headers.get("authorization", "")
        return httpx.Response(401, json={"detail": f"bad token {token[7:]} for {PAT}"})

    def login_then_read(hub: Any) -> Any:
        if mode == "sync":
            hub.login("alice", PAT)
            return hub.user("alice")

        async def both() -> Any:
            await hub.login("alice", PAT)
            return await hub.user("alice")

        return both()

    outcome, _ = _call(mode, handler, login_then_read)

    assert isinstance(outcome, errors.AuthenticationError)
    assert outcome.message == "bad token *** for ***"
    text = _everything(outcome)
    assert JWT not in text and PAT not in text


def test_a_refused_login_echoing_the_secret_does_not_show_it(mode: str) -> None:
    secret = "my-very-own-password-9"

    def handler(request: httpx.Request) -> httpx.Response:
        sent = json.loads(request.content)["secret"]
        return httpx.Response(401, json={"detail": f"wrong secret {sent!r}"})

    def login(hub: Any) -> Any:
        return hub.login("alice", secret)

    outcome, _ = _call(mode, handler, login)

    assert isinstance(outcome, errors.AuthenticationError)
    assert outcome.message == "wrong secret '***'"
    assert secret not in _everything(outcome)


def test_a_second_factor_token_in_a_401_is_kept_on_the_error_but_hidden_from_its_text(
    mode: str,
) -> None:
    second = "2fa-" + "x" * 40

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            401, json={"detail": f"2FA required, use {second}", "login_2fa_token": second}
        )

    def login(hub: Any) -> Any:
        return hub.login("alice", PASSWORD, otp="123456")

    outcome, _ = _call(mode, handler, login)

    assert isinstance(outcome, errors.AuthenticationError)
    assert outcome.login_2fa_token == second
    assert second not in _everything(outcome)


# -- reprs and log lines ------------------------------------------------------------------


def test_base_url_with_credentials_is_refused_without_echoing_them() -> None:
    with pytest.raises(ValueError, match="must not hold credentials") as caught:
        DockerHub(f"https://alice:{PAT}@hub.docker.com")
    assert PAT not in str(caught.value)


def test_repr_of_a_logged_in_client_holds_no_secret() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"access_token": JWT})

    with sync_hub(handler) as hub:
        hub.login("alice", PAT)
        shown = repr(hub)
    assert shown == "DockerHub('https://hub.docker.com', user='alice', cache on)"
    assert repr(hub) == "DockerHub('https://hub.docker.com', user='alice', cache on, closed)"


def test_log_lines_of_dockerhub_and_httpx_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v2/auth/token":
            return httpx.Response(200, json={"access_token": JWT})
        return httpx.Response(200, json={"name": "nginx"})

    caplog.set_level(logging.DEBUG)
    with sync_hub(handler) as hub:
        hub.login("alice", PASSWORD)
        logging.getLogger("httpx").info("sending %s with %s", JWT, PASSWORD)
        logging.getLogger("dockerhub").warning("held: %r", PAT)
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "sending *** with ***" in text
    assert "held: '***'" in text
    assert JWT not in text and PASSWORD not in text and PAT not in text
