"""What a handler receives: the request, its path parameters, the caller and the state."""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from ._http import FakeRequest, FakeResponse, HubError
from ._jwt import JwtSigner
from ._pagination import paginate
from ._state import Org, Principal, Repo, State, iso

__all__ = ["Context"]

T = TypeVar("T")


@dataclass
class Context:
    """Per-request view of the hub used by every handler."""

    request: FakeRequest
    params: dict[str, str]
    state: State
    principal: Principal | None
    clock: Callable[[], float]
    signer: JwtSigner
    token_lifetime: float

    # ------------------------------------------------------------------ inputs
    def body(self) -> dict[str, Any]:
        """The JSON object body, or 400 when it is missing or not an object."""
        try:
            data = json.loads(self.request.body or b"null")
        except ValueError:
            raise HubError(400, "JSON parse error.") from None
        if not isinstance(data, dict):
            raise HubError(400, "Expected a JSON object.")
        return data

    def optional_body(self) -> dict[str, Any]:
        """The JSON object body, or an empty dict when there is none."""
        return self.body() if self.request.body.strip() else {}

    def field(self, data: dict[str, Any], name: str, kind: type[T]) -> T:
        """Return the required ``data[name]`` checked against ``kind``, or 400."""
        value = self.optional(data, name, kind)
        if value is None:
            raise HubError(400, f"{name}: This field is required.")
        return value

    def optional(self, data: dict[str, Any], name: str, kind: type[T]) -> T | None:
        """Return ``data[name]`` checked against ``kind``, None when absent, or 400."""
        value = data.get(name)
        if value is None:
            return None
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise HubError(400, f"{name}: Invalid value.")
        return value

    # ------------------------------------------------------------------ callers
    def user(self) -> Principal:
        """The authenticated principal, or 401."""
        if self.principal is None:
            raise HubError(401, "Authentication credentials were not provided.")
        return self.principal

    def now(self) -> str:
        """The current time (from the hub's clock) in the Hub's format."""
        return iso(self.clock())

    def issue(
        self,
        subject: str,
        username: str,
        *,
        org_token: str | None = None,
        purpose: str | None = None,
        scopes: list[str] | None = None,
    ) -> str:
        """Sign a JWT for ``username``; only tokens without ``purpose`` open sessions."""
        now = int(self.clock())
        claims: dict[str, Any] = {
            "sub": subject,
            "username": username,
            "iat": now,
            "exp": now + int(self.token_lifetime),
            "jti": uuidlib.uuid4().hex,
        }
        if org_token is not None:
            claims["oat"] = org_token
        if scopes is not None:
            claims["scopes"] = list(scopes)
        if purpose is not None:
            claims["purpose"] = purpose
        return self.signer.issue(claims)

    # ------------------------------------------------------------------ lookups
    def repo(self, *, write: bool = False, admin_style: str = "detail") -> Repo:
        """The repository named by the path; 404 if invisible, 401/403 for writes."""
        key = (self.params["namespace"], self.params["repository"])
        repo = self.state.repos.get(key)
        if repo is None or not self.state.can_see(self.principal, repo):
            raise HubError(404, "Object not found")
        if write:
            self.user()
            if not self.state.can_write(self.principal, repo.namespace):
                raise HubError(403, "insufficient permissions", style=admin_style)
        return repo

    def org(self, *, owner: bool = False, name: str | None = None) -> Org:
        """The organization named by the path; 404 if unknown, 401/403 for non-members."""
        org = self.state.orgs.get(name if name is not None else self.params["org_name"])
        if org is None:
            raise HubError(404, "Organization not found.", style="message")
        self.user()
        role = self.state.role_in(self.principal, org.name)
        if role is None or (owner and role != "owner"):
            raise HubError(403, "insufficient permissions", style="message")
        return org

    def audit(self, account: str, action: str, name: str) -> None:
        """Record an audit event performed by the caller."""
        actor = self.principal.name if self.principal else "anonymous"
        self.state.record(account, action, name, actor, self.now())

    # ------------------------------------------------------------------ outputs
    def page(
        self,
        items: Sequence[T],
        render: Callable[[T], Any],
        *,
        default_size: int = 10,
        count_key: str = "count",
        results_key: str = "results",
        extra: dict[str, Any] | None = None,
    ) -> FakeResponse:
        """A 200 page envelope over ``items`` (plus ``extra`` top-level fields)."""
        payload = paginate(
            self.request,
            items,
            render,
            default_size=default_size,
            count_key=count_key,
            results_key=results_key,
        )
        payload.update(extra or {})
        return FakeResponse.json(200, payload)
