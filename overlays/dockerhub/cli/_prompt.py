"""Asking the user: confirmations before deleting, and secrets without echo.

Prompts go to stderr so JSON on stdout stays clean. Without a terminal on stdin a
destructive command never guesses: it refuses unless ``--yes`` was given.
"""

from __future__ import annotations

import sys

import typer

from ._errors import ExitCode
from ._output import message

__all__ = ["confirm_or_exit", "read_secret", "stdin_is_interactive"]


def stdin_is_interactive() -> bool:
    """Whether stdin is a terminal a person can answer prompts on."""
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def confirm_or_exit(action: str, *, yes: bool) -> None:
    """Return when the user agreed to ``action`` (or passed ``--yes``); otherwise exit.

    ``action`` reads like "delete repository alice/web". A "no" exits with status 1
    (nothing deleted); no terminal to ask on exits with status 2, naming ``--yes``.
    """
    if yes:
        return
    if not stdin_is_interactive():
        message(
            f"Refusing to {action} without confirmation (stdin is not a terminal); "
            "pass --yes to do it without asking."
        )
        raise typer.Exit(ExitCode.USAGE)
    if not typer.confirm(action[:1].upper() + action[1:] + "?", default=False, err=True):
        message("Aborted; nothing was deleted.")
        raise typer.Exit(ExitCode.ERROR)


def read_secret(*, from_stdin: bool, username: str) -> str:
    """The password or access token: all of stdin (``--password-stdin``) or a hidden prompt."""
    if from_stdin:
        secret = sys.stdin.read().strip()
        if not secret:
            raise ValueError("--password-stdin was given but stdin was empty")
        return secret
    prompt = f"Password or access token for {username}"
    secret = str(typer.prompt(prompt, hide_input=True, err=True)).strip()
    if not secret:
        raise ValueError("the password or access token must not be empty")
    return secret
