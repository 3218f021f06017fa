"""Registry access management: which registries an organization's Docker Desktop users reach.

Shape as Docker's terraform provider sends and reads it: ``enabled`` plus lists of
standard registries (``{id, allowed}``) and custom ones (``{address, friendly_name,
allowed}``). Until an owner saves settings, Docker Hub alone is listed and allowed.
"""

from __future__ import annotations

import copy
from typing import Any

from ._context import Context
from ._http import FakeResponse, HubError, Router

__all__ = ["DEFAULT_SETTINGS", "router"]

router = Router()

#: What an organization that never saved these settings answers.
DEFAULT_SETTINGS: dict[str, Any] = {
    "enabled": False,
    "standard_registries": [{"id": "DockerHub", "allowed": True}],
    "custom_registries": [],
}


def _entries(value: Any, name: str, required: tuple[str, ...]) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise HubError(400, f"{name} must be a list of objects.", style="message")
    entries = []
    for entry in value:
        if not all(isinstance(entry.get(key), str) and entry[key] for key in required):
            raise HubError(400, f"{name}: {', '.join(required)} are required.", style="message")
        if not isinstance(entry.get("allowed"), bool):
            raise HubError(400, f"{name}: allowed must be a boolean.", style="message")
        entries.append(dict(entry))
    return entries


@router.route("GET", "/v2/orgs/{org_name}/settings/registry-access-management")
def get_org_registry_access(ctx: Context) -> FakeResponse:
    """The organization's registry access settings (members may read them)."""
    org = ctx.org()
    return FakeResponse.json(200, copy.deepcopy(org.registry_access or DEFAULT_SETTINGS))


@router.route("PUT", "/v2/orgs/{org_name}/settings/registry-access-management")
def update_org_registry_access(ctx: Context) -> FakeResponse:
    """Replace the settings (owners only) and answer what was stored."""
    org = ctx.org(owner=True)
    data = ctx.body()
    enabled = ctx.field(data, "enabled", bool)
    standard = _entries(data.get("standard_registries"), "standard_registries", ("id",))
    custom = _entries(data.get("custom_registries"), "custom_registries", ("address",))
    for entry in custom:
        entry.setdefault("friendly_name", entry["address"])
    settings = {"enabled": enabled, "standard_registries": standard, "custom_registries": custom}
    org.registry_access = settings
    ctx.audit(org.name, "org.settings.update", org.name)
    return FakeResponse.json(200, copy.deepcopy(settings))
