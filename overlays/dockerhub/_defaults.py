"""Defaults shared by the client and the CLI, in a module that imports nothing heavy."""

from __future__ import annotations

__all__ = ["BASE_URL_VARIABLE", "DEFAULT_BASE_URL"]

DEFAULT_BASE_URL = "https://hub.docker.com"
"""Docker Hub's own base URL."""

BASE_URL_VARIABLE = "DOCKER_HUB_BASE_URL"
"""The environment variable that points clients and the CLI elsewhere (a fake Hub)."""
