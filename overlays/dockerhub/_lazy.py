"""Generated endpoint modules, imported on first use.

The facade names ~100 generated endpoint modules, and each imports its attrs models, whose
classes are built at import time. Importing them all up front would make
``from dockerhub import DockerHub`` several times slower than ``import httpx``; a
:class:`LazyEndpoint` defers each import to the first call that needs it. Models are
reached through the generated ``dockerhub_client.models`` package, itself lazy (PEP 562).

:func:`module_attributes` is the same idea for the SDK's own packages (``dockerhub``,
``dockerhub.registry``, ``dockerhub.testing``): their public names load on first access.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from types import ModuleType

__all__ = ["LazyEndpoint", "endpoint", "module_attributes"]


class LazyEndpoint:
    """Stands for a generated endpoint module until it is first used."""

    __slots__ = ("__name__", "_module")

    def __init__(self, name: str) -> None:
        self.__name__ = name
        self._module: ModuleType | None = None

    def load(self) -> ModuleType:
        """The module itself, imported now if it was not yet."""
        module = self._module
        if module is None:
            module = self._module = import_module(self.__name__)
        return module

    @property
    def sync_detailed(self) -> Any:
        """The generated blocking function."""
        return self.load().sync_detailed

    @property
    def asyncio_detailed(self) -> Any:
        """The generated async function."""
        return self.load().asyncio_detailed

    @property
    def request_arguments(self) -> Any:
        """The generated module's request builder (nothing is sent)."""
        return self.load().request_arguments

    @property
    def parse_response(self) -> Any:
        """The generated module's response parser."""
        return self.load().parse_response

    @property
    def build_response(self) -> Any:
        """The generated module's ``Response`` builder (status, content, headers, body)."""
        return self.load().build_response

    def __repr__(self) -> str:
        state = "loaded" if self._module is not None else "not loaded yet"
        return f"<endpoint {self.__name__} ({state})>"


def endpoint(module: str) -> LazyEndpoint:
    """The generated endpoint module ``module`` (``dockerhub_client.api.<tag>.<operation>``)."""
    return LazyEndpoint(module)


def module_attributes(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` (PEP 562) for ``package``: each name in ``homes`` is imported
    from its module (relative to ``package``) on first access, then kept in the package."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(home, package), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
