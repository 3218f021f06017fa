"""The spec, parsed once per test session.

Parsing ``spec/dockerhub.yaml`` takes about two seconds with the pure-Python YAML loader,
and several test modules need it at collection time; they share this one parsed copy.
It is read-only by convention: a test that edits the spec edits a ``copy.deepcopy``.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

SPEC_PATH = Path(__file__).resolve().parent.parent / "spec" / "dockerhub.yaml"

# libyaml's loader when PyYAML was built with it (the wheels are), else the Python one.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def load_spec() -> dict[str, Any]:
    """The parsed spec, shared by every caller: do not modify it."""
    spec: dict[str, Any] = yaml.load(SPEC_PATH.read_text(encoding="utf-8"), Loader=_Loader)
    return spec
