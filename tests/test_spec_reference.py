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
import yaml

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
    return yaml.safe_load(SPEC_PATH.read_text())


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
    "list_audit_logs": {"items": "logs", "strategy": "page-number"},
    "list_org_invites": {"items": "data", "strategy": "page-number"},
    "list_org_access_tokens": {"items": "results", "strategy": "next-link", "total": "total"},
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
