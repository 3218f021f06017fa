"""The spec has every operation of Docker's Hub API reference (kept in ``tests/data``).

``tests/data/hub_reference_operations.txt`` lists the reference's operations as
``METHOD path``. Paths are compared with their parameters blanked out, because the
reference and the spec name some of them differently (``{name}`` / ``{org_name}``) while
the URL is the same.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from spec_data import load_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "dockerhub.yaml"
REFERENCE = ROOT / "tests" / "data" / "hub_reference_operations.txt"
METHODS = ("get", "head", "post", "put", "patch", "delete")
#: How a description names where a shape beyond the reference comes from.
SOURCE = re.compile(r"not\s+in\s+Docker's\s+reference|deprecated\s+by\s+Docker", re.IGNORECASE)


def _shape(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def _reference() -> list[tuple[str, str]]:
    rows = []
    for line in REFERENCE.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            method, path = line.split()
            rows.append((method.lower(), path))
    return rows


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_spec()


def _spec_operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method, _shape(path)): operation
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    }


def test_the_reference_list_has_54_distinct_operations() -> None:
    rows = _reference()
    assert len(rows) == 54
    assert len({(method, _shape(path)) for method, path in rows}) == 54
    assert {method for method, _ in rows} <= set(METHODS)


@pytest.mark.parametrize(("method", "path"), _reference(), ids=lambda v: str(v))
def test_the_spec_has_the_reference_operation(spec: dict[str, Any], method: str, path: str) -> None:
    assert (method, _shape(path)) in _spec_operations(spec), f"{method.upper()} {path}"


def test_scim_operations_use_their_own_bearer_scheme(spec: dict[str, Any]) -> None:
    scim = {key: op for key, op in _spec_operations(spec).items() if key[1].startswith("/v2/scim/")}
    assert len(scim) == 9
    scheme = spec["components"]["securitySchemes"]["bearerSCIMAuth"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
    for operation in scim.values():
        assert operation["security"] == [{"bearerSCIMAuth": []}]
        assert operation["tags"] == ["scim"]


def test_operations_beyond_the_reference_name_their_source(spec: dict[str, Any]) -> None:
    """An operation Docker does not document says which client or recording it follows."""
    reference = {(method, _shape(path)) for method, path in _reference()}
    extras = {key: op for key, op in _spec_operations(spec).items() if key not in reference}
    unsourced = sorted(
        op["operationId"] for op in extras.values() if not SOURCE.search(op["description"])
    )
    assert unsourced == []


PAGING = {
    "list_audit_logs": {"items": "logs", "strategy": "page-number", "per-page": 25},
    "list_org_invites": {"items": "data", "strategy": "single"},
    "list_org_access_tokens": {"total": "total"},
}


def test_odd_page_envelopes_declare_how_to_walk_them(spec: dict[str, Any]) -> None:
    declared = {
        op["operationId"]: op["x-dockerhub-paging"]
        for op in _spec_operations(spec).values()
        if "x-dockerhub-paging" in op
    }
    assert declared == PAGING
    schemas = spec["components"]["schemas"]
    assert set(schemas["AuditLogPage"]["properties"]) == {"logs"}


def test_facade_names_from_operation_ids_are_unique(spec: dict[str, Any]) -> None:
    """The facade is named after operationIds minus ``get_``/``list_``: no two may collide."""
    ids = [op["operationId"] for op in _spec_operations(spec).values()]
    names = [re.sub(r"^(get|list)_", "", operation_id) for operation_id in ids]
    assert len(set(names)) == len(names)


#: Real routes Docker's own clients call that the reference leaves out (issue 13).
CLIENT_ROUTES = {
    ("post", "/v2/repositories/{namespace}/{repository}/privacy"),
    ("get", "/v2/repositories/{namespace}/{repository}/groups/{group_id}"),
    ("patch", "/v2/repositories/{namespace}/{repository}/groups/{group_id}"),
    ("delete", "/v2/repositories/{namespace}/{repository}/groups/{group_id}"),
    ("get", "/v2/orgs/{org_name}/settings/registry-access-management"),
    ("put", "/v2/orgs/{org_name}/settings/registry-access-management"),
    ("get", "/v2/repositories/{namespace}/"),
    ("get", "/v2/repositories/{namespace}/{repository}/webhook_pipeline/"),
    ("post", "/v2/repositories/{namespace}/{repository}/webhook_pipeline/"),
    ("get", "/v2/repositories/{namespace}/{repository}/webhook_pipeline/{slug}/"),
    ("delete", "/v2/repositories/{namespace}/{repository}/webhook_pipeline/{slug}/"),
}

#: Query parameters the Hub accepts beyond the reference, by operationId.
QUERY_PARAMETERS = {
    "list_tags": {"name", "ordering"},
    "list_namespace_repository_tags": {"architecture", "os"},
    "list_namespace_repositories": {"ordering", "media_types", "content_types"},
    "list_org_members": {"invites", "type", "role"},
    "list_teams": {"username", "search"},
    "login_user": {"refresh_token"},
    "list_audit_logs": {"from", "to", "action", "name", "actor", "page", "page_size"},
}


@pytest.mark.parametrize(("method", "path"), sorted(CLIENT_ROUTES))
def test_the_spec_has_the_route_docker_clients_call(
    spec: dict[str, Any], method: str, path: str
) -> None:
    assert method in spec["paths"].get(path, {}), f"{method.upper()} {path}"


@pytest.mark.parametrize("operation_id", sorted(QUERY_PARAMETERS))
def test_the_operation_takes_the_query_parameters(spec: dict[str, Any], operation_id: str) -> None:
    (operation,) = [
        op for op in _spec_operations(spec).values() if op["operationId"] == operation_id
    ]
    names = {p["name"] for p in operation.get("parameters", []) if "name" in p}
    names |= {
        spec["components"]["parameters"][p["$ref"].rsplit("/", 1)[1]]["name"]
        for p in operation.get("parameters", [])
        if "$ref" in p
    }
    assert QUERY_PARAMETERS[operation_id] <= names


def test_webhook_pipelines_are_created_with_the_hub_ui_body(spec: dict[str, Any]) -> None:
    body = spec["components"]["schemas"]["CreateWebhookPipelineRequest"]
    assert set(body["properties"]) == {"name", "expect_final_callback", "webhooks", "registry"}
    assert set(body["properties"]["webhooks"]["items"]["properties"]) == {"name", "hook_url"}


def test_shapes_the_reference_fixes(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    flags = schemas["UpdateOrgSettingsRequest"]["properties"]["restricted_images"]
    assert set(flags["required"]) == {
        "enabled",
        "allow_official_images",
        "allow_verified_publishers",
    }
    for name in ("OrgAccessToken", "CreateOrgAccessTokenRequest"):
        assert "null" in schemas[name]["properties"]["expires_at"]["type"], name
