"""Turning any error into one line on stderr and a documented exit code.

The SDK's typed errors map by type. Anything else is either bad input (a ``ValueError`` or
``TypeError`` raised before anything was sent: exit status 2) or a reply this CLI could
not read (an exception raised while httpx or the generated client handled a response,
or any other exception type: exit status 8), never a traceback.
"""

from __future__ import annotations

import os
from types import TracebackType

from ..errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DockerHubError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TransportError,
    UnexpectedResponseError,
)

__all__ = ["EXIT_CODES_HELP", "ExitCode", "describe_error", "exit_code_for"]


class ExitCode:
    """The exit codes of ``dockerhub`` (also listed in ``dockerhub --help``)."""

    OK = 0
    ERROR = 1
    USAGE = 2
    AUTHENTICATION = 3
    PERMISSION = 4
    NOT_FOUND = 5
    CONFLICT = 6
    RATE_LIMITED = 7
    HUB_UNAVAILABLE = 8
    INTERRUPTED = 130


EXIT_CODES_HELP = (
    "Exit codes: 0 ok; 1 other Docker Hub error or declined confirmation; "
    "2 bad input, or a deletion with neither a terminal to confirm on nor --yes; "
    "3 not logged in or credentials refused (401); 4 permission denied (403); "
    "5 not found (404); 6 conflict (409); 7 rate limited (429); "
    "8 Hub unreachable, failing (5xx) or answering nonsense; 130 interrupted (Ctrl-C)."
)

_BY_TYPE: tuple[tuple[type[DockerHubError], int], ...] = (
    (BadRequestError, ExitCode.USAGE),
    (AuthenticationError, ExitCode.AUTHENTICATION),
    (PermissionDeniedError, ExitCode.PERMISSION),
    (NotFoundError, ExitCode.NOT_FOUND),
    (ConflictError, ExitCode.CONFLICT),
    (RateLimitError, ExitCode.RATE_LIMITED),
    (ServerError, ExitCode.HUB_UNAVAILABLE),
    (TransportError, ExitCode.HUB_UNAVAILABLE),
    (UnexpectedResponseError, ExitCode.HUB_UNAVAILABLE),
)


# Code that reads a server's reply: an exception raised through it is about the reply.
_REPLY_READERS = (
    f"{os.sep}httpx{os.sep}",
    f"{os.sep}httpcore{os.sep}",
    f"{os.sep}dockerhub_client{os.sep}",
)
_MAX_DETAIL = 200


def _passes_through_reply_readers(traceback: TracebackType | None) -> bool:
    while traceback is not None:
        filename = traceback.tb_frame.f_code.co_filename
        if any(part in filename for part in _REPLY_READERS):
            return True
        traceback = traceback.tb_next
    return False


def is_input_error(error: BaseException) -> bool:
    """Whether ``error`` is about the user's input (not a server's reply)."""
    if isinstance(error, DockerHubError) or not isinstance(error, ValueError | TypeError):
        return False
    return not _passes_through_reply_readers(error.__traceback__)


def exit_code_for(error: BaseException) -> int:
    """The exit code for an error the CLI reports instead of a traceback."""
    for kind, code in _BY_TYPE:
        if isinstance(error, kind):
            return code
    if isinstance(error, DockerHubError):
        return ExitCode.ERROR
    if is_input_error(error):
        return ExitCode.USAGE
    if isinstance(error, OSError) and not _passes_through_reply_readers(error.__traceback__):
        return ExitCode.ERROR  # a local file or keyring failed
    return ExitCode.HUB_UNAVAILABLE


def _one_line(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_DETAIL else text[: _MAX_DETAIL - 1] + "…"


def describe_error(error: BaseException) -> str:
    """One line for stderr: what failed and, where it helps, what to do."""
    if not isinstance(error, DockerHubError):
        if is_input_error(error):
            return f"Error: {_one_line(str(error))}"
        if isinstance(error, OSError) and exit_code_for(error) == ExitCode.ERROR:
            return f"Error: {_one_line(str(error.strerror or error))}"
        detail = _one_line(f"{type(error).__name__}: {error}".rstrip(": "))
        return f"Error: the Hub's reply could not be read ({detail})."
    text = f"Error: {_one_line(str(error))}"
    if isinstance(error, AuthenticationError):
        if error.login_2fa_token is not None:
            text += (
                " Hint: this account uses two-factor authentication: run "
                "`dockerhub login USERNAME --otp CODE`, or use a personal access token."
            )
        else:
            text += (
                " Hint: run `dockerhub login` (or set DOCKER_HUB_USERNAME and DOCKER_HUB_TOKEN)."
            )
    elif isinstance(error, PermissionDeniedError):
        text += " Hint: the credentials are valid but may not do this (check token scopes)."
    elif isinstance(error, RateLimitError):
        if error.retry_after is not None:
            text += f" Rate limited: retry after {error.retry_after:g} seconds."
        else:
            text += " Rate limited: retry later."
    return text
