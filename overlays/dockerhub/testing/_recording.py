"""What the fake remembers about each request, for assertions in tests.

Credentials never get recorded: the ``Authorization`` header is reduced to a flag and
secret fields of JSON bodies (passwords, secrets, one-time codes) are masked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ._http import FakeRequest

__all__ = ["RecordedRequest", "record"]

_SECRET_FIELDS = frozenset({"password", "secret", "code", "login_2fa_token", "token"})
_MASK = "***"


@dataclass(frozen=True)
class RecordedRequest:
    """One request as received by the fake (no credential values).

    ``query`` maps each parameter to its values, ``headers`` are lower-cased and
    never contain ``authorization``; ``has_authorization`` says whether one was sent.
    ``json`` is the parsed JSON body with secret fields masked (None without a body).
    ``host`` is the host (and port) the request was sent to: the registry, its token
    realm and its CDN are told apart by it.
    """

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    has_authorization: bool
    json: Any
    host: str = ""


def _mask(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _MASK if k in _SECRET_FIELDS else _mask(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_mask(v) for v in value]
    return value


def record(request: FakeRequest) -> RecordedRequest:
    """Build the credential-free record of ``request``."""
    try:
        body = _mask(json.loads(request.body)) if request.body.strip() else None
    except ValueError:
        body = None
    headers = {k: v for k, v in request.headers.items() if k != "authorization"}
    return RecordedRequest(
        method=request.method,
        path=request.path,
        query={k: list(v) for k, v in request.query.items()},
        headers=headers,
        has_authorization="authorization" in request.headers,
        json=body,
        host=urlsplit(request.base_url).netloc,
    )
