"""The public surface of both facades, frozen in ``tests/data/public_surface.json``.

Every public name of ``DockerHub`` and ``AsyncDockerHub``, with the signature a user sees
on an instance and whether it is a coroutine function, an iterator or a plain attribute.
A change here is a change for every user: make it on purpose, list it in the README's
changelog, then refresh the snapshot with ``UPDATE_SURFACE=1 pytest tests/test_public_surface.py``.
"""

from __future__ import annotations

import inspect
import json
import os
from pathlib import Path
from typing import Any

import pytest

from dockerhub import AsyncDockerHub, DockerHub

SNAPSHOT = Path(__file__).parent / "data" / "public_surface.json"


def _kind(cls: type[Any], name: str, value: Any) -> str:
    raw = inspect.getattr_static(cls, name)
    if isinstance(raw, property):
        return "property"
    if isinstance(raw, classmethod):
        return "classmethod"
    if not callable(value):
        return "attribute"
    if inspect.iscoroutinefunction(value):
        return "async"
    return "method"


def _describe(cls: type[Any]) -> dict[str, str]:
    hub = cls("http://127.0.0.1:9")
    found: dict[str, str] = {}
    for name in sorted(dir(cls)):
        if name.startswith("_"):
            continue
        value = getattr(hub, name)
        kind = _kind(cls, name, value)
        if kind in ("property", "attribute"):
            found[name] = kind
            continue
        found[name] = f"{kind} {name}{inspect.signature(value)}"
    return found


def surface() -> dict[str, dict[str, str]]:
    """What a user can reach on each facade, as text."""
    return {cls.__name__: _describe(cls) for cls in (DockerHub, AsyncDockerHub)}


def test_public_surface_matches_the_snapshot() -> None:
    current = surface()
    if os.environ.get("UPDATE_SURFACE"):
        SNAPSHOT.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n")
    frozen = json.loads(SNAPSHOT.read_text())
    for facade in ("DockerHub", "AsyncDockerHub"):
        missing = sorted(set(frozen[facade]) - set(current[facade]))
        added = sorted(set(current[facade]) - set(frozen[facade]))
        changed = sorted(
            name
            for name in set(frozen[facade]) & set(current[facade])
            if frozen[facade][name] != current[facade][name]
        )
        details = [f"{n}: {frozen[facade][n]!r} -> {current[facade][n]!r}" for n in changed]
        assert not (missing or added or changed), (
            f"{facade}: missing {missing}, added {added}, changed:\n" + "\n".join(details)
        )


@pytest.mark.parametrize("facade", [DockerHub, AsyncDockerHub], ids=lambda c: c.__name__)
def test_every_api_method_of_one_facade_is_on_the_other(facade: type[Any]) -> None:
    names = {n for n in dir(DockerHub) if not n.startswith("_")}
    other = {n for n in dir(AsyncDockerHub) if not n.startswith("_")}
    lifecycle = {"close", "aclose"}
    assert names - lifecycle == other - lifecycle
