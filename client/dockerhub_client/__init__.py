"""A client library for accessing Docker Hub API"""

# The client classes are imported on first use (PEP 562): importing a submodule (the models,
# the endpoints, the facade) does not load them, nor attrs, their base.
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
