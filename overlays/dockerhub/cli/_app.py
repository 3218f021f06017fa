"""The root ``dockerhub`` command: global options, sub-commands, error handling."""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from .._version import __version__
from . import _globals, auth, fakehub, orgs, registry, repos, tags, tokens
from ._errors import EXIT_CODES_HELP, ExitCode, describe_error, exit_code_for
from ._factory import settings_of
from ._output import message

__all__ = ["app", "main"]


def _guarded(callback: Callable[..., Any]) -> Callable[..., Any]:
    """``callback`` with the CLI's error boundary: one line on stderr and an exit code."""

    @functools.wraps(callback)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return callback(*args, **kwargs)
        except typer.Abort as abort:
            if isinstance(abort.__context__, KeyboardInterrupt):  # Ctrl-C at a prompt
                raise typer.Exit(ExitCode.INTERRUPTED) from None
            raise
        except (typer.Exit, typer.BadParameter, BrokenPipeError):
            raise  # typer's: usage errors, and a reader that left (`| head`) quietly
        except Exception as error:  # the CLI's one error boundary
            message(describe_error(error))
            raise typer.Exit(exit_code_for(error)) from None

    return run


class _HubGroup(TyperGroup):
    """The root group: global options everywhere, and every error as one line.

    Each command's callback runs inside :func:`_guarded`, the one place errors are
    mapped (see :mod:`dockerhub.cli._errors`): no traceback (and so no local variable
    holding a secret) is printed, whatever a server answers. Parsing errors stay click's
    (usage, exit status 2).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _globals.install(self)
        for command in _globals.commands_below(self):
            if command.callback is not None and not hasattr(command, "commands"):
                command.callback = _guarded(command.callback)


app = typer.Typer(
    name="dockerhub",
    cls=_HubGroup,
    help="Docker Hub from the command line: repositories, tags, access tokens, "
    "organizations and teams.",
    epilog=EXIT_CODES_HELP,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain click help: typer's rich help imports ~70 ms of rich
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"dockerhub {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print version."),
    ] = False,
) -> None:
    """Docker Hub from the command line.

    Credentials: DOCKER_HUB_USERNAME with DOCKER_HUB_PASSWORD or DOCKER_HUB_TOKEN, else
    what `dockerhub login` stored for the base URL. Global options (--base-url, --format,
    --timeout, --no-cache) go before or after the command. DOCKER_HUB_CACHE_URL
    (redis://...) shares cached responses with every process pointed at that Redis server.
    """
    settings_of(ctx)  # the global options' callbacks filled it in (or it keeps defaults)


auth.register(app)
app.add_typer(repos.app, name="repo")
app.add_typer(tags.app, name="tag")
app.add_typer(tokens.app, name="token")
app.add_typer(orgs.org_app, name="org")
app.add_typer(orgs.team_app, name="team")
app.command("fake-hub")(fakehub.fake_hub)
tags.app.command("inspect")(registry.inspect_tag)
app.command("pull-limit")(registry.pull_limit)


def _worker_threads() -> list[threading.Thread]:
    main_thread = threading.main_thread()
    return [t for t in threading.enumerate() if t is not main_thread and not t.daemon]


def _on_interrupt(signum: int, frame: FrameType | None) -> None:
    """Ctrl-C: leave at once, sending nothing more.

    With requests in flight on worker threads (a concurrent ``--all`` walk), unwinding
    would wait for them and their retries, so the process ends here, exit status 130. In
    a single thread KeyboardInterrupt unwinds as usual (a prompt restores the terminal)
    and typer turns it into the same status.
    """
    if _worker_threads():
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        os._exit(ExitCode.INTERRUPTED)
    raise KeyboardInterrupt


def main() -> None:
    """Run the ``dockerhub`` command (the console script's entry point)."""
    previous = signal.signal(signal.SIGINT, _on_interrupt)
    try:
        app(prog_name="dockerhub")
    finally:
        signal.signal(signal.SIGINT, previous)
