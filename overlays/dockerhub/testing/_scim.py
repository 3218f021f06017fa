"""SCIM 2.0 vocabulary of the fake: errors, the static catalogue, user JSON and filters.

A SCIM user is a view over an organization member (``userName`` is the email,
``displayName`` the Docker ID, ``id`` the user's uuid); deactivated users stay visible
with ``active: false`` until reactivated.

Filters: the fake evaluates one comparison ``<attribute> <op> "<value>"`` with ``eq``,
``ne``, ``co`` or ``sw`` (case-insensitive attribute names, as SCIM requires). Docker
also accepts ``and``/``or``/``not`` combinations; the fake answers those with a SCIM 400
``invalidFilter`` rather than guessing, which is enough for tests of a client.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from ._http import FakeResponse, HubError
from ._state import Org, User

__all__ = [
    "ERROR_SCHEMA",
    "LIST_SCHEMA",
    "RESOURCE_TYPES",
    "SCHEMAS",
    "SERVICE_PROVIDER_CONFIG",
    "USER_SCHEMA",
    "ScimError",
    "compile_filter",
    "scim_json",
    "user_json",
]

USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse"
ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error"
CONTENT_TYPE = "application/scim+json"


class ScimError(HubError):
    """A SCIM error: ``{schemas, status, detail[, scimType]}`` as ``application/scim+json``."""

    def __init__(self, status: int, detail: str, scim_type: str | None = None) -> None:
        super().__init__(status, detail)
        self.scim_type = scim_type

    def to_response(self) -> FakeResponse:
        """Render in SCIM's error format."""
        body: dict[str, Any] = {
            "schemas": [ERROR_SCHEMA],
            "status": str(self.status),
            "detail": self.message,
        }
        if self.scim_type:
            body["scimType"] = self.scim_type
        return scim_json(self.status, body)


def scim_json(status: int, payload: Any) -> FakeResponse:
    """A response with SCIM's media type."""
    return FakeResponse(status, json.dumps(payload).encode(), {"Content-Type": CONTENT_TYPE})


SERVICE_PROVIDER_CONFIG: dict[str, Any] = {
    "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
    "documentationUri": "",
    "patch": {"supported": False},
    "bulk": {"supported": False, "maxOperations": 0, "maxPayloadSize": 0},
    "filter": {"supported": True, "maxResults": 99999},
    "changePassword": {"supported": False},
    "sort": {"supported": True},
    "etag": {"supported": False},
    "authenticationSchemes": {
        "name": "OAuth 2.0 Bearer Token",
        "description": "The SCIM token of the organization's SSO connection.",
        "specUri": "http://tools.ietf.org/html/rfc6750",
        "type": "oauthbearertoken",
    },
}

RESOURCE_TYPES: dict[str, dict[str, Any]] = {
    "User": {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
        "id": "User",
        "name": "User",
        "description": "User",
        "endpoint": "/Users",
        "schema": USER_SCHEMA,
    }
}


def _attribute(name: str, kind: str = "string", **extra: Any) -> dict[str, Any]:
    base = {
        "name": name,
        "type": kind,
        "multiValued": False,
        "description": name,
        "required": False,
        "caseExact": False,
        "mutability": "readWrite",
        "returned": "default",
        "uniqueness": "none",
    }
    base.update(extra)
    return base


SCHEMAS: dict[str, dict[str, Any]] = {
    USER_SCHEMA: {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Schema"],
        "id": USER_SCHEMA,
        "name": "User",
        "description": "User Account",
        "attributes": [
            _attribute("userName", required=True, uniqueness="server"),
            _attribute(
                "name",
                "complex",
                subAttributes=[_attribute("givenName"), _attribute("familyName")],
            ),
            _attribute("displayName", mutability="readOnly"),
            _attribute("active", "boolean"),
            _attribute(
                "emails",
                "complex",
                multiValued=True,
                subAttributes=[_attribute("value"), _attribute("primary", "boolean")],
            ),
        ],
    }
}


def user_json(user: User, org: Org, *, active: bool, base_url: str) -> dict[str, Any]:
    """One user as SCIM renders it (an empty ``name`` when the profile has none)."""
    given, _, family = user.full_name.partition(" ")
    return {
        "schemas": [USER_SCHEMA],
        "id": user.uuid,
        "userName": user.email,
        "name": {"givenName": given, "familyName": family},
        "displayName": user.username,
        "active": active,
        "emails": [{"value": user.email, "display": user.email, "primary": True}],
        "groups": [
            {"value": team.name, "display": team.name}
            for team in org.teams.values()
            if user.username in team.members
        ],
        "meta": {
            "resourceType": "User",
            "location": f"{base_url}/v2/scim/2.0/Users/{user.uuid}",
            "created": user.date_joined,
            "lastModified": user.date_joined,
        },
    }


_FILTER = re.compile(r'^\s*([A-Za-z][\w.]*)\s+(eq|ne|co|sw)\s+"((?:[^"\\]|\\.)*)"\s*$', re.I)
_TESTS: dict[str, Callable[[str, str], bool]] = {
    "eq": lambda have, want: have == want,
    "ne": lambda have, want: have != want,
    "co": lambda have, want: want in have,
    "sw": lambda have, want: have.startswith(want),
}


def _lookup(user: Mapping[str, Any], path: str) -> str:
    value: Any = user
    for part in path.split("."):
        if not isinstance(value, Mapping):
            return ""
        keys = {k.lower(): k for k in value}
        value = value.get(keys.get(part.lower(), ""), "")
    return "" if value is None else str(value)


def compile_filter(expression: str | None) -> Callable[[Mapping[str, Any]], bool]:
    """A predicate over user JSON for a SCIM filter (None or blank keeps everyone)."""
    if expression is None or not expression.strip():
        return lambda _user: True
    found = _FILTER.match(expression)
    if found is None:
        raise ScimError(400, f"Unsupported filter: {expression}", "invalidFilter")
    path, op, raw = found.groups()
    want = raw.replace('\\"', '"').lower()
    test = _TESTS[op.lower()]
    return lambda user: test(_lookup(user, path).lower(), want)
