"""The spec is valid, complete, and the generated client matches it operation for operation."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate
from spec_data import load_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "dockerhub.yaml"
HTTP_METHODS = ("get", "head", "post", "put", "patch", "delete")
TAGS = {
    "repositories",
    "tags",
    "users",
    "builds",
    "webhooks",
    "collaborators",
    "auth",
    "access-tokens",
    "orgs",
    "teams",
    "audit-logs",
    "scim",
}
LOGINS = {"login_user", "login_2fa", "create_auth_token"}
PUBLIC_READS = {
    "get_user",
    "list_user_repositories",
    "list_starred_repositories",
    "get_repository",
    "list_legacy_namespace_repositories",
    "list_comments",
    "list_tags",
    "list_namespace_repositories",
    "get_namespace_repository",
    "check_namespace_repository",
    "list_namespace_repository_tags",
    "check_namespace_repository_tags",
    "get_namespace_repository_tag",
    "check_namespace_repository_tag",
}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_spec()


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_every_operation_is_tagged_named_and_unique(spec: dict[str, Any]) -> None:
    ids = [op["operationId"] for _, _, op in _operations(spec)]
    assert len(ids) == len(set(ids))
    for path, method, op in _operations(spec):
        assert re.fullmatch(r"[a-z][a-z0-9_]*", op["operationId"]), (path, method)
        assert len(op["tags"]) == 1 and op["tags"][0] in TAGS, (path, method)
        assert "default" not in op["responses"], (path, method)


def test_security_is_required_except_logins_public_reads_and_scim(spec: dict[str, Any]) -> None:
    scheme = spec["components"]["securitySchemes"]["bearerAuth"]
    assert (scheme["type"], scheme["scheme"], scheme["bearerFormat"]) == ("http", "bearer", "JWT")
    assert spec["security"] == [{"bearerAuth": []}]
    found: dict[str, list[Any]] = {}
    for path, _, op in _operations(spec):
        expected: list[Any] | None = None
        if op["operationId"] in LOGINS:
            expected = []
        elif op["operationId"] in PUBLIC_READS:
            expected = [{"bearerAuth": []}, {}]
        elif path.startswith("/v2/scim/2.0/"):
            expected = [{"bearerSCIMAuth": []}]
        assert op.get("security") == expected, op["operationId"]
        if expected is not None:
            found[op["operationId"]] = expected
    assert set(found) >= LOGINS | PUBLIC_READS
    assert len(found) == len(LOGINS | PUBLIC_READS) + 9


def test_every_generated_endpoint_accepts_a_plain_client() -> None:
    """The SDK authenticates in its transport, so no endpoint may demand AuthenticatedClient."""
    api = ROOT / "client" / "dockerhub_client" / "api"
    for module in api.rglob("*.py"):
        assert "client: AuthenticatedClient," not in module.read_text(), module.name


def test_deprecations_follow_docker(spec: dict[str, Any]) -> None:
    deprecated = {op["operationId"] for _, _, op in _operations(spec) if op.get("deprecated")}
    assert deprecated == {
        "login_user",
        "create_repository",
        "get_repository",
        "list_legacy_namespace_repositories",
    }


ORIGINAL_CALLS = {
    ("post", "/v2/users/login"),
    ("post", "/v2/logout/"),
    ("get", "/v2/user/"),
    ("get", "/v2/users/{username}/"),
    ("get", "/v2/users/{username}/registry-settings/"),
    ("get", "/v2/users/{username}/repositories/"),
    ("get", "/v2/users/{username}/repositories/starred/"),
    ("get", "/v2/repositories/{namespace}/{repository}/"),
    ("post", "/v2/repositories/"),
    ("delete", "/v2/repositories/{namespace}/{repository}/"),
    ("patch", "/v2/repositories/{namespace}/{repository}/"),
    ("post", "/v2/repositories/{namespace}/{repository}/stars/"),
    ("delete", "/v2/repositories/{namespace}/{repository}/stars/"),
    ("get", "/v2/repositories/{namespace}/{repository}/tags/"),
    ("delete", "/v2/repositories/{namespace}/{repository}/tags/{tag}/"),
    ("get", "/v2/repositories/{namespace}/{repository}/comments/"),
    ("get", "/v2/repositories/{namespace}/{repository}/collaborators/"),
    ("post", "/v2/repositories/{namespace}/{repository}/collaborators/"),
    ("delete", "/v2/repositories/{namespace}/{repository}/collaborators/{collaborator}/"),
    ("get", "/v2/repositories/{namespace}/{repository}/webhooks/"),
    ("post", "/v2/repositories/{namespace}/{repository}/webhooks/"),
    ("post", "/v2/repositories/{namespace}/{repository}/webhooks/{webhook_id}/hooks/"),
    ("delete", "/v2/repositories/{namespace}/{repository}/webhooks/{webhook_id}/"),
    ("get", "/v2/repositories/{namespace}/{repository}/autobuild/"),
    ("post", "/v2/repositories/{namespace}/{repository}/autobuild/"),
    ("post", "/v2/repositories/{namespace}/{repository}/autobuild/tags/"),
    ("put", "/v2/repositories/{namespace}/{repository}/autobuild/tags/{build_tag_id}/"),
    ("delete", "/v2/repositories/{namespace}/{repository}/autobuild/tags/{build_tag_id}/"),
    ("post", "/v2/repositories/{namespace}/{repository}/autobuild/trigger-build/"),
    ("get", "/v2/repositories/{namespace}/{repository}/buildhistory/"),
    ("get", "/v2/repositories/{namespace}/{repository}/buildhistory/{build_code}/"),
    ("get", "/v2/repositories/{namespace}/{repository}/links/"),
    ("post", "/v2/repositories/{namespace}/{repository}/links/"),
    ("delete", "/v2/repositories/{namespace}/{repository}/links/{link_id}/"),
    ("get", "/v2/repositories/{namespace}/{repository}/buildtrigger/"),
    ("get", "/v2/repositories/{namespace}/{repository}/buildtrigger/history/"),
    ("post", "/v2/orgs/{org_name}/groups/{group_name}/members"),
}

TODAYS_CALLS = {
    ("post", "/v2/auth/token"),
    ("post", "/v2/users/2fa-login"),
    ("get", "/v2/namespaces/{namespace}/repositories"),
    ("post", "/v2/namespaces/{namespace}/repositories"),
    ("get", "/v2/namespaces/{namespace}/repositories/{repository}"),
    ("head", "/v2/namespaces/{namespace}/repositories/{repository}"),
    ("patch", "/v2/namespaces/{namespace}/repositories/{repository}"),
    ("get", "/v2/namespaces/{namespace}/repositories/{repository}/tags"),
    ("head", "/v2/namespaces/{namespace}/repositories/{repository}/tags"),
    ("get", "/v2/namespaces/{namespace}/repositories/{repository}/tags/{tag}"),
    ("head", "/v2/namespaces/{namespace}/repositories/{repository}/tags/{tag}"),
    ("patch", "/v2/namespaces/{namespace}/repositories/{repository}/immutabletags"),
    ("post", "/v2/namespaces/{namespace}/repositories/{repository}/immutabletags/verify"),
    ("post", "/v2/repositories/{namespace}/{repository}/groups"),
    ("get", "/v2/access-tokens"),
    ("post", "/v2/access-tokens"),
    ("get", "/v2/access-tokens/{uuid}"),
    ("patch", "/v2/access-tokens/{uuid}"),
    ("delete", "/v2/access-tokens/{uuid}"),
    ("get", "/v2/orgs/{org_name}/access-tokens"),
    ("post", "/v2/orgs/{org_name}/access-tokens"),
    ("get", "/v2/orgs/{org_name}/access-tokens/{access_token_id}"),
    ("patch", "/v2/orgs/{org_name}/access-tokens/{access_token_id}"),
    ("delete", "/v2/orgs/{org_name}/access-tokens/{access_token_id}"),
    ("get", "/v2/user/orgs/"),
    ("get", "/v2/orgs/{org_name}/"),
    ("get", "/v2/orgs/{org_name}/members"),
    ("get", "/v2/orgs/{org_name}/members/export"),
    ("put", "/v2/orgs/{org_name}/members/{username}"),
    ("delete", "/v2/orgs/{org_name}/members/{username}"),
    ("get", "/v2/orgs/{org_name}/invites"),
    ("delete", "/v2/invites/{invite_id}"),
    ("patch", "/v2/invites/{invite_id}/resend"),
    ("post", "/v2/invites/bulk"),
    ("get", "/v2/orgs/{org_name}/settings"),
    ("put", "/v2/orgs/{org_name}/settings"),
    ("get", "/v2/orgs/{org_name}/groups"),
    ("post", "/v2/orgs/{org_name}/groups"),
    ("get", "/v2/orgs/{org_name}/groups/{group_name}"),
    ("put", "/v2/orgs/{org_name}/groups/{group_name}"),
    ("patch", "/v2/orgs/{org_name}/groups/{group_name}"),
    ("delete", "/v2/orgs/{org_name}/groups/{group_name}"),
    ("get", "/v2/orgs/{org_name}/groups/{group_name}/members"),
    ("delete", "/v2/orgs/{org_name}/groups/{group_name}/members/{username}"),
    ("get", "/v2/auditlogs/{account}"),
    ("get", "/v2/auditlogs/{account}/actions"),
}


@pytest.mark.parametrize("call", sorted(ORIGINAL_CALLS | TODAYS_CALLS))
def test_spec_covers_the_call(spec: dict[str, Any], call: tuple[str, str]) -> None:
    method, path = call
    assert method in spec["paths"].get(path, {}), f"{method.upper()} {path} missing from the spec"


def test_every_operation_generated_a_sync_and_async_function(spec: dict[str, Any]) -> None:
    for _, _, op in _operations(spec):
        package = op["tags"][0].replace("-", "_")
        module = importlib.import_module(f"dockerhub_client.api.{package}.{op['operationId']}")
        assert callable(module.sync_detailed)
        assert callable(module.asyncio_detailed)


def test_paginated_lists_share_one_envelope(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    envelope = schemas["PageEnvelope"]["properties"]
    assert {"count", "next", "previous"} <= set(envelope)
    pages = [name for name in schemas if name.endswith("Page") and name not in {"AuditLogPage"}]
    assert len(pages) >= 10
    for name in pages:
        refs = [part.get("$ref") for part in schemas[name].get("allOf", [])]
        if name == "OrgAccessTokenPage":
            assert "total" in schemas[name]["properties"]
            continue
        assert "#/components/schemas/PageEnvelope" in refs, name
