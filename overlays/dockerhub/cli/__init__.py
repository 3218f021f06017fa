"""``dockerhub``: the command line for Docker Hub (install the ``cli`` extra).

Commands: ``login``, ``logout``, ``whoami``, ``rate-limit``, ``pull-limit``, ``repo
ls|show|create|rm|set-description``, ``tag ls|show|rm|inspect``, ``token
ls|create|rm|activate|deactivate``, ``org ls|members``, ``team ls`` and ``fake-hub``.
Global options, accepted before or after the command: ``--base-url`` (or
``DOCKER_HUB_BASE_URL``), ``--format table|json``,
``--timeout`` (or ``DOCKER_HUB_TIMEOUT``), ``--no-cache``, ``--verbose`` and
``--registry-url`` (or ``DOCKER_HUB_REGISTRY_URL``) (see :mod:`._globals`).

Credentials come from ``DOCKER_HUB_USERNAME`` with ``DOCKER_HUB_PASSWORD`` or
``DOCKER_HUB_TOKEN`` first, else from what ``dockerhub login`` stored for the base URL
(see :mod:`dockerhub.cli._credentials`).

Exit codes:

===  ===============================================================================
0    success
1    another Docker Hub error, or a declined confirmation
2    bad input (a malformed name, a missing option), or a destructive command with
     neither a terminal to confirm on nor ``--yes``
3    authentication: not logged in or credentials refused (401); run ``dockerhub login``
4    permission denied (403)
5    not found (404)
6    conflict (409), for example the repository already exists
7    rate limited (429); the message says when to retry
8    the Hub is unreachable, failing (5xx) or answering something unexpected (any
     reply the CLI cannot read, whatever the exception)
130  interrupted (Ctrl-C): the command stops at once, sending nothing more
===  ===============================================================================

Every error is one line on stderr (never wrapped), never a traceback.

Tests run the commands against :class:`dockerhub.testing.FakeHub` without a socket by
passing ``obj=CliSettings(transport=fake.transport())`` to ``CliRunner.invoke``.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import app
    from ._factory import CliSettings, OutputFormat, build_client

__all__ = ["CliSettings", "OutputFormat", "app", "build_client", "main"]

# What the ``cli`` extra installs; without one of them ``dockerhub`` says how to get it.
_EXTRA_MODULES = frozenset({"typer", "rich", "click", "shellingham"})
INSTALL_HINT = "pip install 'dockerhub-sdk[cli]'"


def main() -> None:
    """Run the ``dockerhub`` command (the console script's entry point).

    Without the ``cli`` extra this prints one line naming the install command and exits
    with status 1, instead of an import traceback.
    """
    from importlib.util import find_spec

    # rich is imported only when output is drawn; look for every part of the extra now
    # (without importing it) so a missing one is named before the command runs.
    missing = next((name for name in sorted(_EXTRA_MODULES) if find_spec(name) is None), None)
    try:
        if missing is not None:
            raise ModuleNotFoundError(f"No module named {missing!r}", name=missing)
        from ._app import main as run
    except ModuleNotFoundError as error:
        if (error.name or "").partition(".")[0] not in _EXTRA_MODULES:
            raise
        sys.stderr.write(
            f"Error: the dockerhub command needs the cli extra ({error.name} is missing): "
            f"{INSTALL_HINT}\n"
        )
        raise SystemExit(1) from None
    run()


def __getattr__(name: str) -> Any:
    """Import the typer app and its helpers on first use (``dockerhub.cli.app``)."""
    if name == "app":
        from ._app import app

        return app
    if name in {"CliSettings", "OutputFormat", "build_client"}:
        from . import _factory

        return getattr(_factory, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
