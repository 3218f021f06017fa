"""Personal access tokens (``/v2/access-tokens``) and organization access tokens.

Creation checks what the Hub checks: known scopes only (PAT scopes, OAT resource types and
repository scopes from ``_scopes``) and an ``expires_at`` in the future; a refusal is the
access-token routes' 400 body ``{"fields": {FIELD: [...]}, "text": ...}``.
"""

from __future__ import annotations

import secrets
import uuid as uuidlib
from typing import Any

from ._context import Context
from ._http import FakeResponse, HubError, Router
from ._render import org_token_json, pat_json
from ._scopes import OAT_REPO_SCOPES, OAT_RESOURCE_TYPES, PAT_SCOPES
from ._state import AccessToken, OrgToken, parse_time

__all__ = ["router"]

router = Router()


def _user_only(ctx: Context) -> str:
    principal = ctx.user()
    if principal.org_token is not None:
        raise HubError(
            403, "Organization access tokens cannot manage personal tokens.", style="message"
        )
    return principal.name


def _label(ctx: Context, data: dict[str, Any], name: str, *, required: bool) -> str | None:
    value = (ctx.field if required else ctx.optional)(data, name, str)
    if value is not None and not value.strip():
        raise HubError(400, f"{name} must not be blank.", style="message")
    return value


def _invalid(field: str, text: str) -> HubError:
    return HubError(400, text, style="fields", field=field)


def _expiry(ctx: Context, data: dict[str, Any]) -> str | None:
    """``expires_at`` when absent or a future date-time; 400 otherwise."""
    value = ctx.optional(data, "expires_at", str)
    if value is None:
        return None
    try:
        moment = parse_time(value)
    except ValueError:
        raise _invalid("expires_at", f"Invalid expires_at: {value!r} is not a date-time.") from None
    if moment <= ctx.clock():
        raise _invalid("expires_at", "expires_at must be in the future.")
    return value


def _pat_scopes(ctx: Context, data: dict[str, Any]) -> list[str]:
    scopes = ctx.field(data, "scopes", list)
    if not scopes:
        raise _invalid("scopes", "At least one scope is required.")
    unknown = [s for s in scopes if s not in PAT_SCOPES]
    if unknown:
        valid = ", ".join(PAT_SCOPES)
        raise _invalid("scopes", f"Invalid scopes {unknown!r}; valid scopes: {valid}.")
    return [str(s) for s in scopes]


@router.route("GET", "/v2/access-tokens")
def list_access_tokens(ctx: Context) -> FakeResponse:
    """One page of the caller's personal access tokens (never with secrets)."""
    owner = _user_only(ctx)
    tokens = [t for t in ctx.state.pats.values() if t.owner == owner]
    active = sum(1 for t in tokens if t.is_active)
    return ctx.page(tokens, pat_json, extra={"active_count": active})


@router.route("POST", "/v2/access-tokens")
def create_access_token(ctx: Context) -> FakeResponse:
    """Create a PAT; the ``dckr_pat_`` secret is returned only here."""
    owner = _user_only(ctx)
    data = ctx.body()
    label = _label(ctx, data, "token_label", required=True)
    scopes = _pat_scopes(ctx, data)
    expires = _expiry(ctx, data)
    token = AccessToken(
        uuid=str(uuidlib.uuid4()),
        owner=owner,
        label=str(label),
        secret="dckr_pat_" + secrets.token_urlsafe(20),
        scopes=list(scopes),
        created_at=ctx.now(),
        expires_at=expires,
    )
    ctx.state.pats[token.uuid] = token
    ctx.audit(owner, "access_token.create", token.label)
    return FakeResponse.json(201, pat_json(token, with_secret=True))


def _pat(ctx: Context) -> AccessToken:
    owner = _user_only(ctx)
    token = ctx.state.pats.get(ctx.params["uuid"])
    if token is None or token.owner != owner:
        raise HubError(404, "Token not found.", style="message")
    return token


@router.route("GET", "/v2/access-tokens/{uuid}")
def get_access_token(ctx: Context) -> FakeResponse:
    """One PAT without its secret."""
    return FakeResponse.json(200, pat_json(_pat(ctx)))


@router.route("PATCH", "/v2/access-tokens/{uuid}")
def update_access_token(ctx: Context) -> FakeResponse:
    """Rename or (de)activate a PAT."""
    token = _pat(ctx)
    data = ctx.body()
    label = _label(ctx, data, "token_label", required=False)
    active = ctx.optional(data, "is_active", bool)
    if label is not None:
        token.label = label
    if active is not None:
        token.is_active = active
    return FakeResponse.json(200, pat_json(token))


@router.route("DELETE", "/v2/access-tokens/{uuid}")
def delete_access_token(ctx: Context) -> FakeResponse:
    """Revoke and delete a PAT."""
    token = _pat(ctx)
    del ctx.state.pats[token.uuid]
    ctx.audit(token.owner, "access_token.delete", token.label)
    return FakeResponse.empty(204)


def _resources(ctx: Context, data: dict[str, Any]) -> list[dict[str, Any]] | None:
    resources = ctx.optional(data, "resources", list)
    for resource in resources or []:
        if not isinstance(resource, dict):
            raise HubError(400, "resources must be objects.", style="message")
        kind = resource.get("type")
        if kind not in OAT_RESOURCE_TYPES:
            raise _invalid("resources", f"Invalid resource type {kind!r}.")
        scopes = resource.get("scopes")
        if not isinstance(scopes, list) or not scopes:
            raise _invalid("resources", "Each resource needs a list of scopes.")
        unknown = [s for s in scopes if kind == "TYPE_REPO" and s not in OAT_REPO_SCOPES]
        if unknown:
            raise _invalid("resources", f"Invalid scopes {unknown!r} for {kind}.")
    return resources


@router.route("GET", "/v2/orgs/{org_name}/access-tokens")
def list_org_access_tokens(ctx: Context) -> FakeResponse:
    """One page of an organization's tokens (envelope counts with ``total``)."""
    org = ctx.org(owner=True)
    tokens = [t for t in ctx.state.org_tokens.values() if t.org == org.name]
    return ctx.page(tokens, org_token_json, count_key="total")


@router.route("POST", "/v2/orgs/{org_name}/access-tokens")
def create_org_access_token(ctx: Context) -> FakeResponse:
    """Create an OAT; the ``dckr_oat_`` secret is returned only here."""
    org = ctx.org(owner=True)
    data = ctx.body()
    token = OrgToken(
        id=str(uuidlib.uuid4()),
        org=org.name,
        label=str(_label(ctx, data, "label", required=True)),
        secret="dckr_oat_" + secrets.token_urlsafe(20),
        created_by=ctx.user().name,
        created_at=ctx.now(),
        description=ctx.optional(data, "description", str),
        resources=_resources(ctx, data) or [],
        expires_at=_expiry(ctx, data),
    )
    ctx.state.org_tokens[token.id] = token
    ctx.audit(org.name, "org_access_token.create", token.label)
    return FakeResponse.json(201, org_token_json(token, with_secret=True))


def _oat(ctx: Context) -> OrgToken:
    org = ctx.org(owner=True)
    token = ctx.state.org_tokens.get(ctx.params["access_token_id"])
    if token is None or token.org != org.name:
        raise HubError(404, "Token not found.", style="message")
    return token


@router.route("GET", "/v2/orgs/{org_name}/access-tokens/{access_token_id}")
def get_org_access_token(ctx: Context) -> FakeResponse:
    """One OAT without its secret."""
    return FakeResponse.json(200, org_token_json(_oat(ctx)))


@router.route("PATCH", "/v2/orgs/{org_name}/access-tokens/{access_token_id}")
def update_org_access_token(ctx: Context) -> FakeResponse:
    """Change an OAT's label, description, resources or active state."""
    token = _oat(ctx)
    data = ctx.body()
    label = _label(ctx, data, "label", required=False)
    description = ctx.optional(data, "description", str)
    resources = _resources(ctx, data)
    active = ctx.optional(data, "is_active", bool)
    if label is not None:
        token.label = label
    if description is not None:
        token.description = description
    if resources is not None:
        token.resources = resources
    if active is not None:
        token.is_active = active
    return FakeResponse.json(200, org_token_json(token))


@router.route("DELETE", "/v2/orgs/{org_name}/access-tokens/{access_token_id}")
def delete_org_access_token(ctx: Context) -> FakeResponse:
    """Revoke and delete an OAT."""
    token = _oat(ctx)
    del ctx.state.org_tokens[token.id]
    ctx.audit(token.org, "org_access_token.delete", token.label)
    return FakeResponse.empty(204)
