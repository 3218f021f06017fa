"""SCIM 2.0 provisioning (``/v2/scim/2.0/...``), authenticated by an organization's SCIM token.

The token is the ``scim_token`` of an organization in the seed; session JWTs and access
tokens are refused with a SCIM 401. Provisioning a user adds them to the organization
(creating the Docker ID when no user has that email); ``PUT`` with ``enabled`` false or
absent deactivates them (removed from the organization and its teams, still listed).
"""

from __future__ import annotations

import copy
import re
import secrets
from typing import Any

from ._context import Context
from ._http import FakeResponse, HubError, Router
from ._scim import (
    LIST_SCHEMA,
    RESOURCE_TYPES,
    SCHEMAS,
    SERVICE_PROVIDER_CONFIG,
    ScimError,
    compile_filter,
    scim_json,
    user_json,
)
from ._state import Org, User, stable_ids

__all__ = ["SCIM_PREFIX", "router"]

SCIM_PREFIX = "/v2/scim/2.0/"
MAX_COUNT = 200
router = Router()


def _org(ctx: Context) -> Org:
    header = ctx.request.headers.get("authorization", "")
    scheme, _, token = header.strip().partition(" ")
    token = token.strip()
    if scheme.lower() == "bearer" and token:
        for org in ctx.state.orgs.values():
            if org.scim_token is not None and secrets.compare_digest(org.scim_token, token):
                return org
    raise ScimError(401, "A valid SCIM token is required.")


def _people(ctx: Context, org: Org) -> list[tuple[User, bool]]:
    """Every provisioned user of ``org`` with their ``active`` flag, by username."""
    active = [(ctx.state.users[n], True) for n in org.members if n in ctx.state.users]
    gone = [
        (ctx.state.users[name], False)
        for org_name, name in ctx.state.scim_inactive
        if org_name == org.name and name in ctx.state.users and name not in org.members
    ]
    return sorted(active + gone, key=lambda pair: pair[0].username)


def _render(ctx: Context, org: Org, user: User, active: bool) -> dict[str, Any]:
    return user_json(user, org, active=active, base_url=ctx.request.base_url)


def _person(ctx: Context, org: Org) -> tuple[User, bool]:
    for user, active in _people(ctx, org):
        if user.uuid == ctx.params["user_id"]:
            return user, active
    raise ScimError(404, "User not found.")


def _int(ctx: Context, name: str, default: int, maximum: int | None = None) -> int:
    raw = ctx.request.param(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ScimError(400, f"{name} must be an integer.", "invalidValue") from None
    if value < 1 or (maximum is not None and value > maximum):
        raise ScimError(400, f"{name} is out of range.", "invalidValue")
    return value


def _keep(user: dict[str, Any], attributes: str | None) -> dict[str, Any]:
    if not attributes:
        return user
    wanted = {a.strip().lower() for a in attributes.split(",") if a.strip()}
    return {k: v for k, v in user.items() if k in ("schemas", "id") or k.lower() in wanted}


@router.route("GET", "/v2/scim/2.0/ServiceProviderConfig")
def get_scim_service_provider_config(ctx: Context) -> FakeResponse:
    """What the SCIM API supports."""
    _org(ctx)
    return scim_json(200, copy.deepcopy(SERVICE_PROVIDER_CONFIG))


@router.route("GET", "/v2/scim/2.0/ResourceTypes")
def list_scim_resource_types(ctx: Context) -> FakeResponse:
    """Every resource type (only ``User``)."""
    _org(ctx)
    types = [copy.deepcopy(t) for t in RESOURCE_TYPES.values()]
    return scim_json(
        200, {"schemas": [LIST_SCHEMA], "totalResults": len(types), "resources": types}
    )


@router.route("GET", "/v2/scim/2.0/ResourceTypes/{resource_type}")
def get_scim_resource_type(ctx: Context) -> FakeResponse:
    """One resource type by name."""
    _org(ctx)
    found = RESOURCE_TYPES.get(ctx.params["resource_type"])
    if found is None:
        raise ScimError(404, "Resource type not found.")
    return scim_json(200, copy.deepcopy(found))


@router.route("GET", "/v2/scim/2.0/Schemas")
def list_scim_schemas(ctx: Context) -> FakeResponse:
    """Every schema with its attributes."""
    _org(ctx)
    schemas = [copy.deepcopy(s) for s in SCHEMAS.values()]
    return scim_json(
        200, {"schemas": [LIST_SCHEMA], "totalResults": len(schemas), "resources": schemas}
    )


@router.route("GET", "/v2/scim/2.0/Schemas/{schema_id}")
def get_scim_schema(ctx: Context) -> FakeResponse:
    """One schema by URN."""
    _org(ctx)
    found = SCHEMAS.get(ctx.params["schema_id"])
    if found is None:
        raise ScimError(404, "Schema not found.")
    return scim_json(200, copy.deepcopy(found))


@router.route("GET", "/v2/scim/2.0/Users")
def list_scim_users(ctx: Context) -> FakeResponse:
    """One page of users: ``startIndex``/``count``, ``filter``, ``sortBy``/``sortOrder``."""
    org = _org(ctx)
    start = _int(ctx, "startIndex", 1)
    count = _int(ctx, "count", 10, MAX_COUNT)
    keep = compile_filter(ctx.request.param("filter"))
    users = [_render(ctx, org, u, a) for u, a in _people(ctx, org)]
    users = [u for u in users if keep(u)]
    sort_by = ctx.request.param("sortBy")
    if sort_by:
        descending = ctx.request.param("sortOrder") == "descending"
        users.sort(key=lambda u: str(u.get(sort_by) or "").lower(), reverse=descending)
    window = users[start - 1 : start - 1 + count]
    attributes = ctx.request.param("attributes")
    return scim_json(
        200,
        {
            "schemas": [LIST_SCHEMA],
            "totalResults": len(users),
            "startIndex": start,
            "itemsPerPage": len(window),
            "resources": [_keep(u, attributes) for u in window],
        },
    )


def _body(ctx: Context) -> dict[str, Any]:
    """The JSON object body with ``schemas``, or a SCIM 400."""
    try:
        data = ctx.body()
    except HubError as error:
        raise ScimError(400, error.message, "invalidSyntax") from None
    _schemas(data)
    return data


def _schemas(data: dict[str, Any]) -> None:
    schemas = data.get("schemas")
    if not isinstance(schemas, list) or not schemas:
        raise ScimError(400, "schemas is required.", "invalidValue")


def _name(data: dict[str, Any]) -> str | None:
    name = data.get("name")
    if name is None:
        return None
    if not isinstance(name, dict):
        raise ScimError(400, "name must be an object.", "invalidValue")
    parts = [name.get("givenName"), name.get("familyName")]
    return " ".join(p for p in parts if isinstance(p, str) and p) or None


def _new_username(ctx: Context, email: str) -> str:
    base = re.sub(r"[^a-z0-9]", "", email.partition("@")[0].lower()) or "user"
    name, n = base, 1
    while name in ctx.state.users or name in ctx.state.orgs:
        n += 1
        name = f"{base}{n}"
    return name


@router.route("POST", "/v2/scim/2.0/Users")
def create_scim_user(ctx: Context) -> FakeResponse:
    """Provision a user by email into the organization (409 when already a member)."""
    org = _org(ctx)
    data = _body(ctx)
    email = data.get("userName")
    if not isinstance(email, str) or "@" not in email:
        raise ScimError(400, "userName must be an email address.", "invalidValue")
    full_name = _name(data)
    user = next((u for u in ctx.state.users.values() if u.email.lower() == email.lower()), None)
    if user is not None and user.username in org.members:
        raise ScimError(409, f"{email} is already provisioned.", "uniqueness")
    if user is None:
        username = _new_username(ctx, email)
        hexid, uuid = stable_ids(username)
        password = secrets.token_urlsafe(16)
        user = User(username, password, hexid, uuid, full_name or "", email, date_joined=ctx.now())
        ctx.state.users[username] = user
    org.members[user.username] = "member"
    ctx.state.scim_inactive.discard((org.name, user.username))
    ctx.audit(org.name, "org.member.add", user.username)
    return scim_json(201, _render(ctx, org, user, True))


@router.route("GET", "/v2/scim/2.0/Users/{user_id}")
def get_scim_user(ctx: Context) -> FakeResponse:
    """One provisioned user."""
    org = _org(ctx)
    user, active = _person(ctx, org)
    return scim_json(200, _render(ctx, org, user, active))


@router.route("PUT", "/v2/scim/2.0/Users/{user_id}")
def update_scim_user(ctx: Context) -> FakeResponse:
    """Rename, activate or (``enabled`` false or absent) deactivate a user."""
    org = _org(ctx)
    user, _ = _person(ctx, org)
    data = _body(ctx)
    full_name = _name(data)
    enabled = data.get("enabled", False)
    if not isinstance(enabled, bool):
        raise ScimError(400, "enabled must be a boolean.", "invalidValue")
    if full_name is not None:
        user.full_name = full_name
    if enabled:
        org.members.setdefault(user.username, "member")
        ctx.state.scim_inactive.discard((org.name, user.username))
    elif user.username in org.members:
        del org.members[user.username]
        for team in org.teams.values():
            if user.username in team.members:
                team.members.remove(user.username)
        ctx.state.scim_inactive.add((org.name, user.username))
        ctx.audit(org.name, "org.member.remove", user.username)
    return scim_json(200, _render(ctx, org, user, enabled))
