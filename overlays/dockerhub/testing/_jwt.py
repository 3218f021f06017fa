"""Real-looking JSON Web Tokens (HS256) signed with a per-hub random key.

Only the standard library is used: ``hmac`` + ``hashlib`` for the signature and
``base64`` url-safe encoding without padding, exactly as RFC 7519 tokens look.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from typing import Any

__all__ = ["JwtError", "JwtSigner"]


class JwtError(Exception):
    """The token is malformed, badly signed or expired."""


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    padded = text + "=" * (-len(text) % 4)
    return base64.urlsafe_b64decode(padded.encode("ascii"))


class JwtSigner:
    """Issues and verifies HS256 JWTs with a key generated at construction."""

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key if key is not None else secrets.token_bytes(32)

    def __repr__(self) -> str:
        return "JwtSigner(key=<hidden>)"

    def issue(self, claims: dict[str, Any]) -> str:
        """Return a signed token carrying ``claims``."""
        header = _b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        payload = _b64encode(json.dumps(claims, separators=(",", ":")).encode())
        signing_input = f"{header}.{payload}".encode("ascii")
        signature = hmac.new(self._key, signing_input, hashlib.sha256).digest()
        return f"{header}.{payload}.{_b64encode(signature)}"

    def verify(self, token: str, *, now: float) -> dict[str, Any]:
        """Return the claims of ``token`` or raise :class:`JwtError`."""
        parts = token.split(".")
        if len(parts) != 3:
            raise JwtError("Token is malformed.")
        header, payload, signature = parts
        expected = hmac.new(self._key, f"{header}.{payload}".encode("ascii"), hashlib.sha256)
        try:
            given = _b64decode(signature)
            claims = json.loads(_b64decode(payload))
        except (ValueError, UnicodeError) as exc:
            raise JwtError("Token is malformed.") from exc
        if not hmac.compare_digest(expected.digest(), given):
            raise JwtError("Token signature is invalid.")
        if not isinstance(claims, dict):
            raise JwtError("Token is malformed.")
        exp = claims.get("exp")
        if not isinstance(exp, int | float) or exp <= now:
            raise JwtError("Token is expired.")
        return claims
