"""``dockerhub``: the command line for Docker Hub (install the ``cli`` extra).

Commands: ``login``, ``logout``, ``whoami``, ``rate-limit``, ``repo ls|show|create|rm|
set-description``, ``tag ls|show|rm``, ``token ls|create|rm|activate|deactivate``,
``org ls|members``, ``team ls`` and ``fake-hub``. Global options: ``--base-url`` (or
``DOCKER_HUB_BASE_URL``), ``--format table|json`` and ``--no-cache``.

Credentials come from ``DOCKER_HUB_USERNAME`` with ``DOCKER_HUB_PASSWORD`` or
``DOCKER_HUB_TOKEN`` first, else from what ``dockerhub login`` stored for the base URL
(see :mod:`dockerhub.cli._credentials`).

Exit codes:

==  ===============================================================================
0   success
1   another Docker Hub error, or a declined confirmation
2   bad input (a malformed name, a missing option), or a destructive command with
    neither a terminal to confirm on nor ``--yes``
3   authentication: not logged in or credentials refused (401); run ``dockerhub login``
4   permission denied (403)
5   not found (404)
6   conflict (409), for example the repository already exists
7   rate limited (429); the message says when to retry
8   the Hub is unreachable, failing (5xx) or answering something unexpected
==  ===============================================================================

Tests run the commands against :class:`dockerhub.testing.FakeHub` without a socket by
passing ``obj=CliSettings(transport=fake.transport())`` to ``CliRunner.invoke``.
"""

from __future__ import annotations

from ._app import app, main
from ._factory import CliSettings, OutputFormat, build_client

__all__ = ["CliSettings", "OutputFormat", "app", "build_client", "main"]
