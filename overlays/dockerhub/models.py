"""The typed attrs models of the Docker Hub API, generated from ``spec/dockerhub.yaml``.

This module re-exports :mod:`dockerhub_client.models` so applications can write
``from dockerhub.models import Repository, Tag``. Models are imported on first use.
"""

from typing import Any

from dockerhub_client import models as _generated
from dockerhub_client.models import *  # noqa: F403 - the re-export is the point
from dockerhub_client.models import __all__ as __all__


def __getattr__(name: str) -> Any:
    return getattr(_generated, name)


def __dir__() -> list[str]:
    return sorted(__all__)
