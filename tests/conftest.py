"""Fixtures shared by the test modules."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from typing import Any

import pytest

from dockerhub import _redact


@pytest.fixture(autouse=True)
def _secrets_forgotten_between_tests() -> None:
    """The redactor remembers every secret it saw for the life of the process (that is its
    job); a test starts without the secrets of earlier tests, so that one using the word
    "secret" as a password does not mask that word in another test's expected text."""
    with _redact._lock:
        _redact._known.clear()
        _redact._pattern = None


@pytest.fixture
def anyio_backend() -> str:
    """Run ``@pytest.mark.anyio`` tests on asyncio only."""
    return "asyncio"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def build_jwt(exp: float | None = None, sub: str = "someone", **claims: Any) -> str:
    """An unsigned-looking JWT (``header.payload.signature``) with the given claims."""
    payload: dict[str, Any] = {"sub": sub, **claims}
    if exp is not None:
        payload["exp"] = int(exp)
    header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    body = _b64url(json.dumps(payload).encode())
    return f"{header}.{body}.{_b64url(b'not-a-real-signature')}"


@pytest.fixture
def make_jwt() -> Callable[..., str]:
    """Build a JWT: ``make_jwt(exp=..., sub=...)``; ``exp`` defaults to an hour from now."""

    def make(exp: float | None = None, sub: str = "someone", **claims: Any) -> str:
        return build_jwt(time.time() + 3600 if exp is None else exp, sub, **claims)

    return make
