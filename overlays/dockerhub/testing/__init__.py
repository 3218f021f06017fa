"""A fake Docker Hub for your tests: in-memory, stateful, spec-shaped.

``FakeHub`` implements every endpoint of the SDK's OpenAPI spec (legacy
``/v2/repositories/...`` and current ``/v2/namespaces/...`` routes; a trailing slash
is optional everywhere) with real-looking JWTs, pagination with absolute links,
private repositories, rate limiting and error injection. Serve it two ways from the
same code::

    hub = FakeHub()
    client = httpx.Client(base_url="https://hub.docker.com", transport=hub.transport())
    with hub.serve() as server:          # real HTTP on 127.0.0.1, any free port
        httpx.get(f"{server.url}/v2/repositories/library/nginx/")

The same fake answers as an OCI registry too (``fake.registry``): requests for
``registry-1.docker.io`` (or registry paths on any other host, such as a served fake's
``http://127.0.0.1:PORT``) get multi-platform images built from the seeded tags, a token
realm, a CDN for config blobs and pull counting with Docker Hub's limit headers.

Or from a shell: ``python -m dockerhub.testing [--port N] [--host H] [--seed FILE]
[--no-seed]`` prints the URL and serves until SIGINT/SIGTERM. With the SDK installed,
pytest gets the ``fake_hub``, ``hub`` and ``async_hub`` fixtures automatically.

Seed credentials (test-only constants, safe to publish):

============  =================  ====================================  =========================
user          password           personal access token                 notes
============  =================  ====================================  =========================
``alice``     ``alice-password``  ``dckr_pat_alice_seed_ci_0000000000``  owner of org ``acme``
``bob``       ``bob-password``    ``dckr_pat_bob_seed_laptop_00000000``  2FA, code ``123456``
``carol``     ``carol-password``  –                                     member of ``acme``
============  =================  ====================================  =========================

Organization ``acme`` (owner alice, editor bob, member carol; teams ``owners`` and
``developers``; a pending invite for ``dave@example.com``) has the organization access
token ``dckr_oat_acme_seed_deploy_0000000`` (log in with identifier ``acme``).
Repositories: ``library/nginx`` (300 tags), ``library/alpine``, ``alice/web`` (automated
build, webhook, collaborator carol), ``alice/private-app`` (private),
``acme/internal`` (private) and ``acme/website``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import module_attributes

if TYPE_CHECKING:
    from ._cli import main
    from ._hub import DEFAULT_SEED, FakeHub
    from ._recording import RecordedRequest
    from ._server import RunningServer
    from ._transport import AsyncFakeHubTransport, FakeHubTransport

# Imported on first use (PEP 562): the pytest plugin lives in this package and is loaded
# by every pytest run of a project that installs the SDK, so the package itself is cheap.
_MODULE_OF = {
    "main": "._cli",
    "DEFAULT_SEED": "._hub",
    "FakeHub": "._hub",
    "RecordedRequest": "._recording",
    "RunningServer": "._server",
    "AsyncFakeHubTransport": "._transport",
    "FakeHubTransport": "._transport",
}


__getattr__ = module_attributes(__name__, _MODULE_OF)


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "DEFAULT_SEED",
    "AsyncFakeHubTransport",
    "FakeHub",
    "FakeHubTransport",
    "RecordedRequest",
    "RunningServer",
    "main",
]
