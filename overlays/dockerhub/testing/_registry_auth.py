"""The fake registry's token realm: Basic credentials in, scoped bearer tokens out.

``GET /token?service=...&scope=repository:<name>:pull`` answers ``{"token", "access_token",
"expires_in", "issued_at"}``. Without an ``Authorization`` header the token is anonymous;
with Basic credentials (a username with its password or personal access token, or an
organization with its access token) it acts for that account, and wrong credentials get
401. Pull access is granted for a repository the account may see, or one that does not
exist (so that the registry can answer ``NAME_UNKNOWN``); a private repository it may not
see is simply left out of the token, as Docker's realm does.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import uuid
from dataclasses import dataclass, field

from ._http import FakeRequest, FakeResponse
from ._state import Principal, State, iso

__all__ = ["IssuedToken", "RegistryTokens"]

TOKEN_LIFETIME = 300


@dataclass(frozen=True)
class IssuedToken:
    """One token the realm issued: for whom (``None``: anonymous), which scopes it asked for
    and which repositories it may pull."""

    account: str | None
    scopes: tuple[str, ...]
    pull: frozenset[str]
    expires_at: float = field(compare=False)


def _basic(header: str) -> tuple[str, str] | None:
    scheme, _, encoded = header.strip().partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        username, sep, secret = (
            base64.b64decode(encoded.strip(), validate=True).decode().partition(":")
        )
    except (binascii.Error, UnicodeDecodeError):
        return None
    return (username, secret) if sep and username else None


def principal_for(state: State, username: str, secret: str) -> Principal | None:
    """The account ``username``/``secret`` authenticates, or ``None``."""
    user = state.users.get(username)
    if user is not None:
        if hmac.compare_digest(user.password.encode(), secret.encode()):
            return Principal(username, "registry")
        for pat in state.pats.values():
            if pat.owner == username and pat.is_active and pat.secret == secret:
                return Principal(username, "registry")
        return None
    for oat in state.org_tokens.values():
        if oat.org == username and oat.is_active and oat.secret == secret:
            return Principal(username, "registry", org_token=oat.id)
    return None


class RegistryTokens:
    """Issues and checks the realm's tokens (kept in memory, expiring by the hub's clock)."""

    def __init__(self) -> None:
        self._tokens: dict[str, IssuedToken] = {}
        #: Every token issued, oldest first (what tests assert: who asked, for what).
        self.issued: list[IssuedToken] = []

    def clear(self) -> None:
        """Forget every token."""
        self._tokens.clear()
        self.issued.clear()

    def issue(self, request: FakeRequest, state: State, now: float) -> FakeResponse:
        """Answer a token request."""
        principal = None
        header = request.headers.get("authorization")
        if header is not None:
            pair = _basic(header)
            principal = principal_for(state, *pair) if pair else None
            if principal is None:
                return FakeResponse.json(401, {"details": "incorrect username or password"})
        scopes = tuple(request.query.get("scope", []))
        pull = frozenset(
            name
            for name in (_pull_name(scope) for scope in scopes)
            if name is not None and _may_pull(state, principal, name)
        )
        issued = IssuedToken(
            principal.name if principal else None, scopes, pull, now + TOKEN_LIFETIME
        )
        token = "fake-registry-" + uuid.uuid4().hex
        self._tokens[token] = issued
        self.issued.append(issued)
        body = {
            "token": token,
            "access_token": token,
            "expires_in": TOKEN_LIFETIME,
            "issued_at": iso(now),
        }
        return FakeResponse.json(200, body)

    def check(self, header: str | None, now: float) -> IssuedToken | None:
        """The live token in an ``Authorization: Bearer`` header, else ``None``."""
        if header is None:
            return None
        scheme, _, token = header.strip().partition(" ")
        issued = self._tokens.get(token.strip()) if scheme.lower() == "bearer" else None
        if issued is None or now >= issued.expires_at:
            return None
        return issued


def _pull_name(scope: str) -> str | None:
    kind, _, rest = scope.partition(":")
    name, _, actions = rest.rpartition(":")
    if kind != "repository" or not name or "pull" not in actions.split(","):
        return None
    return name


def _may_pull(state: State, principal: Principal | None, name: str) -> bool:
    namespace, _, repository = name.partition("/")
    repo = state.repos.get((namespace, repository))
    return repo is None or state.can_see(principal, repo)
