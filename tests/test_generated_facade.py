"""The facade is generated from the spec: every operation reaches users, sync and async.

The coverage tests read the spec itself (not the generated module) so a facade that lags
behind the spec fails here; the end-to-end test adds an operation to a copy of the spec,
regenerates, and calls the new methods through the whole stack.
"""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from spec_data import load_spec

from dockerhub import AsyncDockerHub, DockerHub
from dockerhub_client.facade import HANDWRITTEN, OPERATIONS

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "dockerhub.yaml"
_METHODS = ("get", "put", "post", "delete", "head", "patch")


def _spec() -> dict[str, Any]:
    return load_spec()


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _properties(spec: dict[str, Any], schema: Any) -> set[str]:
    schema = _resolve(spec, schema)
    names = set(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        names |= _properties(spec, part)
    return names


def _operations() -> list[tuple[str, dict[str, Any]]]:
    spec = _spec()
    found = []
    for item in spec["paths"].values():
        for method in _METHODS:
            if method in item:
                found.append((item[method]["operationId"], item[method]))
    return found


def _walked(operation: dict[str, Any]) -> bool:
    """Whether the operation's 200 body is a page the facade must walk."""
    paging = operation.get("x-dockerhub-paging")
    if paging is not None:
        return paging.get("strategy", "next-link") != "single"
    spec = _spec()
    body = operation.get("responses", {}).get("200", {})
    content = _resolve(spec, body).get("content", {}).get("application/json")
    if content is None:
        return False
    return {"results", "next"} <= _properties(spec, content["schema"])


def _name(operation_id: str, operation: dict[str, Any]) -> str:
    options = operation.get("x-dockerhub-facade") or {}
    if "handwritten" in options:
        return str(options["handwritten"])
    if "name" in options:
        return str(options["name"])
    for prefix in ("get_", "list_"):
        if operation_id.startswith(prefix):
            return operation_id[len(prefix) :]
    return operation_id


@pytest.mark.parametrize(("operation_id", "operation"), _operations(), ids=lambda v: str(v)[:40])
def test_every_operation_has_a_sync_and_an_async_method(
    operation_id: str, operation: dict[str, Any]
) -> None:
    name = _name(operation_id, operation)
    assert OPERATIONS.get(operation_id, HANDWRITTEN.get(operation_id)) == name
    sync, coroutine = getattr(DockerHub, name), getattr(AsyncDockerHub, name)
    assert not inspect.iscoroutinefunction(sync)
    assert inspect.iscoroutinefunction(coroutine)
    assert (
        inspect.signature(sync).parameters.keys() == inspect.signature(coroutine).parameters.keys()
    )
    assert sync.__doc__ and coroutine.__doc__
    if operation_id.startswith("check_"):
        assert inspect.signature(sync).return_annotation == "bool"


@pytest.mark.parametrize(
    ("operation_id", "operation"),
    [(i, o) for i, o in _operations() if _walked(o)],
    ids=lambda v: str(v)[:40],
)
def test_every_page_envelope_has_iter_and_collect(
    operation_id: str, operation: dict[str, Any]
) -> None:
    name = _name(operation_id, operation)
    page = inspect.signature(getattr(DockerHub, name)).parameters
    assert {"per_page", "page"} <= page.keys()
    for prefix in ("iter_", "collect_"):
        sync, coroutine = getattr(DockerHub, prefix + name), getattr(AsyncDockerHub, prefix + name)
        options = inspect.signature(sync).parameters
        assert {"per_page", "max_items", "start_page", "concurrency", "progress"} <= options.keys()
        assert "page_size" not in options
        assert options.keys() == inspect.signature(coroutine).parameters.keys()
    assert inspect.iscoroutinefunction(getattr(AsyncDockerHub, "collect_" + name))
    assert not inspect.iscoroutinefunction(getattr(AsyncDockerHub, "iter_" + name))


def test_the_generated_and_hand_written_methods_do_not_overlap() -> None:
    assert not set(OPERATIONS.values()) & set(HANDWRITTEN.values())
    assert set(OPERATIONS) | set(HANDWRITTEN) == {i for i, _ in _operations()}


# -- a new endpoint reaches users with `make generate` alone --------------------------------

_NEW_PATH = {
    "/v2/search/repositories": {
        "get": {
            "tags": ["repositories"],
            "operationId": "list_search_repositories",
            "summary": "Search repositories",
            "description": "Repositories whose name or description matches ``query``.",
            "parameters": [
                {
                    "name": "query",
                    "in": "query",
                    "required": True,
                    "schema": {"type": "string", "minLength": 1},
                },
                {"$ref": "#/components/parameters/Page"},
                {"$ref": "#/components/parameters/PageSize"},
            ],
            "responses": {
                "200": {
                    "description": "One page of matches.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/RepositoryPage"}
                        }
                    },
                },
                "404": {"$ref": "#/components/responses/NotFound"},
            },
        }
    }
}

_USE_IT = textwrap.dedent(
    """
    import asyncio, inspect, json, httpx
    from dockerhub import AsyncDockerHub, DockerHub

    BASE = "https://hub.docker.com"

    seen = []

    def handler(request):
        seen.append(str(request.url))
        page = int(request.url.params.get("page", "1"))
        nxt = f"{BASE}/v2/search/repositories?query=ngin&page={page + 1}&page_size=2"
        return httpx.Response(200, json={
            "count": 3,
            "next": nxt if page == 1 else None,
            "previous": None,
            "results": [
                {"namespace": "library", "name": f"r{page}-{i}"}
                for i in range(2 if page == 1 else 1)
            ],
        })

    with DockerHub(cache=False, transport=httpx.MockTransport(handler)) as hub:
        one = hub.search_repositories(query="ngin", per_page=2)
        walked = [r.name for r in hub.iter_search_repositories(query="ngin", per_page=2)]
        try:
            hub.search_repositories(query="")
        except ValueError as error:
            refused = str(error)

    async def main():
        async with AsyncDockerHub(cache=False, transport=httpx.MockTransport(handler)) as hub:
            assert inspect.iscoroutinefunction(type(hub).search_repositories)
            return [r.name for r in await hub.collect_search_repositories(query="ngin", per_page=2)]

    print(json.dumps({
        "one": [type(r).__name__ for r in one],
        "walked": walked,
        "async": asyncio.run(main()),
        "refused": refused,
        "first": seen[0],
    }))
    """
)


@pytest.mark.e2e
def test_a_new_operation_in_the_spec_becomes_typed_sync_and_async_methods(tmp_path: Path) -> None:
    from generator.regenerate import generate_into

    spec = yaml.safe_load(SPEC.read_text())
    spec["paths"].update(_NEW_PATH)
    edited = tmp_path / "dockerhub.yaml"
    edited.write_text(yaml.safe_dump(spec, sort_keys=False))
    (tmp_path / "out").mkdir()
    package = generate_into(tmp_path / "out", edited)

    facade = (package / "facade.py").read_text()
    assert "def search_repositories(" in facade
    assert "def iter_search_repositories(" in facade
    assert "async def collect_search_repositories(" in facade

    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(package.parent), os.environ.get("PYTHONPATH", "")]),
    }
    run = subprocess.run(
        [sys.executable, "-c", _USE_IT],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["one"] == ["Repository", "Repository"]
    assert result["walked"] == ["r1-0", "r1-1", "r2-0"]
    assert result["async"] == ["r1-0", "r1-1", "r2-0"]
    assert result["refused"].startswith("search_repositories(): query must not be empty")
    assert (
        result["first"]
        == "https://hub.docker.com/v2/search/repositories?query=ngin&page=1&page_size=2"
    )
