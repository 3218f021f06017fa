"""Login flows (password, PAT, OAT, two-factor), logout and user profiles."""

from __future__ import annotations

import hmac
from typing import Any

from ._context import Context
from ._http import FakeResponse, HubError, Router
from ._jwt import JwtError
from ._render import repo_json, user_json
from ._state import AccessToken, User, parse_time

__all__ = ["router"]

router = Router()

_BAD_CREDENTIALS = "Incorrect authentication credentials."


def _secret_matches(ctx: Context, user: User, secret: str) -> str | AccessToken | None:
    """``"password"``, or the active unexpired PAT, when ``secret`` authenticates ``user``."""
    if hmac.compare_digest(user.password.encode(), secret.encode()):
        return "password"
    for token in ctx.state.pats.values():
        if token.owner == user.username and token.is_active and token.secret == secret:
            if token.expires_at is not None and parse_time(token.expires_at) <= ctx.clock():
                return None
            token.last_used = ctx.now()
            return token
    return None


def _session(ctx: Context, user: User, how: str | AccessToken) -> str:
    """A session JWT; one from a PAT carries the PAT's scopes."""
    scopes = list(how.scopes) if isinstance(how, AccessToken) else None
    return ctx.issue(user.id, user.username, scopes=scopes)


@router.route("POST", "/v2/users/login")
def login_user(ctx: Context) -> FakeResponse:
    """Deprecated username/password login; 2FA accounts get a ``login_2fa_token``."""
    data = ctx.body()
    username = ctx.field(data, "username", str)
    password = ctx.field(data, "password", str)
    user = ctx.state.users.get(username)
    how = _secret_matches(ctx, user, password) if user else None
    if user is None or how is None:
        raise HubError(401, _BAD_CREDENTIALS)
    if user.two_factor_code is not None and how == "password":
        pending = ctx.issue(user.id, user.username, purpose="2fa")
        ctx.state.pending_2fa[pending] = user.username
        raise HubError(
            401,
            "Require secondary authentication on MFA enabled account",
            extra={"login_2fa_token": pending},
        )
    body = {"token": _session(ctx, user, how)}
    if ctx.request.param("refresh_token") == "true":  # only on request, like the Hub
        body["refresh_token"] = ctx.issue(user.id, user.username, purpose="refresh")
    return FakeResponse.json(200, body)


@router.route("POST", "/v2/users/2fa-login")
def login_2fa(ctx: Context) -> FakeResponse:
    """Second step of a 2FA login: exchange the pending token and code for a JWT."""
    data = ctx.body()
    pending = ctx.field(data, "login_2fa_token", str)
    code = ctx.field(data, "code", str)
    username = ctx.state.pending_2fa.get(pending)
    try:
        ctx.signer.verify(pending, now=ctx.clock())
    except JwtError:
        username = None
    user = ctx.state.users.get(username) if username else None
    if user is None or user.two_factor_code != code:
        raise HubError(401, "Invalid or expired second factor.")
    del ctx.state.pending_2fa[pending]
    return FakeResponse.json(200, {"token": ctx.issue(user.id, user.username)})


@router.route("POST", "/v2/auth/token")
def create_auth_token(ctx: Context) -> FakeResponse:
    """Exchange an identifier and a password, PAT or OAT for a short-lived JWT."""
    data = ctx.body()
    identifier = ctx.field(data, "identifier", str)
    secret = ctx.field(data, "secret", str)
    user = ctx.state.users.get(identifier)
    if user is not None:
        how = _secret_matches(ctx, user, secret)
        if how == "password" and user.two_factor_code is not None:
            raise HubError(401, "Use a personal access token on a 2FA account.")
        if how is not None:
            return FakeResponse.json(200, {"access_token": _session(ctx, user, how)})
    org = ctx.state.orgs.get(identifier)
    if org is not None:
        for token in ctx.state.org_tokens.values():
            if token.org == org.name and token.is_active and token.secret == secret:
                token.last_used_at = ctx.now()
                access = ctx.issue(org.id, org.name, org_token=token.id)
                return FakeResponse.json(200, {"access_token": access})
    raise HubError(401, _BAD_CREDENTIALS)


@router.route("POST", "/v2/logout/")
def logout(ctx: Context) -> FakeResponse:
    """Revoke the JWT the request was sent with."""
    ctx.state.revoked.add(ctx.user().jti)
    return FakeResponse.empty(204)


def _account(ctx: Context, name: str) -> dict[str, Any]:
    user = ctx.state.users.get(name)
    if user is not None:
        return user_json(user)
    org = ctx.state.orgs.get(name)
    if org is None:
        raise HubError(404, "Not found.")
    return {
        "id": org.id,
        "uuid": org.uuid,
        "username": org.name,
        "full_name": org.full_name,
        "location": org.location,
        "company": org.company,
        "profile_url": "",
        "date_joined": org.date_joined,
        "gravatar_url": "",
        "gravatar_email": "",
        "type": "Organization",
    }


@router.route("GET", "/v2/user/")
def get_current_user(ctx: Context) -> FakeResponse:
    """The authenticated user's own profile with private fields."""
    principal = ctx.user()
    user = ctx.state.users.get(principal.name)
    if user is None or principal.org_token is not None:
        return FakeResponse.json(200, _account(ctx, principal.name))
    return FakeResponse.json(200, user_json(user, private=True))


@router.route("GET", "/v2/users/{username}/")
def get_user(ctx: Context) -> FakeResponse:
    """A public user profile."""
    return FakeResponse.json(200, _account(ctx, ctx.params["username"]))


@router.route("GET", "/v2/users/{username}/registry-settings/")
def get_registry_settings(ctx: Context) -> FakeResponse:
    """Private-repository quota of an account the caller controls."""
    name = ctx.params["username"]
    _account(ctx, name)
    principal = ctx.user()
    if principal.name != name and not ctx.state.can_admin_org(principal, name):
        raise HubError(403, "insufficient permissions", style="message")
    used = sum(1 for r in ctx.state.repos.values() if r.namespace == name and r.is_private)
    limit = max(used, 1 if name in ctx.state.users else 100)
    return FakeResponse.json(
        200,
        {
            "private_repo_used": used,
            "num_free_private_repos": 1,
            "private_repo_limit": limit,
            "private_repo_available": limit - used,
            "private_repo_percent_used": round(100.0 * used / limit, 2),
            "default_repo_visibility": "public",
        },
    )


@router.route("GET", "/v2/users/{username}/repositories/")
def list_user_repositories(ctx: Context) -> FakeResponse:
    """Every visible repository of an account as a plain JSON array."""
    name = ctx.params["username"]
    _account(ctx, name)
    repos = [
        {"namespace": r.namespace, "name": r.name}
        for r in ctx.state.repos.values()
        if r.namespace == name and ctx.state.can_see(ctx.principal, r)
    ]
    return FakeResponse.json(200, repos)


@router.route("GET", "/v2/users/{username}/repositories/starred/")
def list_starred_repositories(ctx: Context) -> FakeResponse:
    """One page of the visible repositories the user starred."""
    name = ctx.params["username"]
    _account(ctx, name)
    starred = [
        ctx.state.repos[(ns, repo)]
        for (who, ns, repo) in sorted(ctx.state.stars)
        if who == name and (ns, repo) in ctx.state.repos
    ]
    visible = [r for r in starred if ctx.state.can_see(ctx.principal, r)]
    return ctx.page(visible, lambda r: repo_json(r, ctx.principal, ctx.state))
