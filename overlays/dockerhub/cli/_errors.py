"""Turning the SDK's typed errors into one line on stderr and a documented exit code."""

from __future__ import annotations

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


EXIT_CODES_HELP = (
    "Exit codes: 0 ok; 1 other Docker Hub error or declined confirmation; "
    "2 bad input, or a deletion with neither a terminal to confirm on nor --yes; "
    "3 not logged in or credentials refused (401); 4 permission denied (403); "
    "5 not found (404); 6 conflict (409); 7 rate limited (429); "
    "8 Hub unreachable, failing (5xx) or answering nonsense."
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


def exit_code_for(error: BaseException) -> int:
    """The exit code for an error the CLI reports instead of a traceback."""
    for kind, code in _BY_TYPE:
        if isinstance(error, kind):
            return code
    if isinstance(error, DockerHubError):
        return ExitCode.ERROR
    return ExitCode.USAGE  # a ValueError or TypeError about the user's input


def describe_error(error: BaseException) -> str:
    """One or two lines for stderr: what failed and, where it helps, what to do."""
    if not isinstance(error, DockerHubError):
        return f"Error: {error}"
    text = f"Error: {error}"
    if isinstance(error, AuthenticationError):
        text += "\nHint: run `dockerhub login` (or set DOCKER_HUB_USERNAME and DOCKER_HUB_TOKEN)."
    elif isinstance(error, PermissionDeniedError):
        text += "\nHint: the credentials are valid but may not do this (check token scopes)."
    elif isinstance(error, RateLimitError):
        if error.retry_after is not None:
            text += f"\nRate limited: retry after {error.retry_after:g} seconds."
        else:
            text += "\nRate limited: retry later."
    return text
