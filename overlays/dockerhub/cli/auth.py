"""``login``, ``logout``, ``whoami`` and ``rate-limit``."""

from __future__ import annotations

import datetime
import os
import time
from typing import Annotated, Any

import typer

from ..errors import AuthenticationError, DockerHubError, RateLimitError
from . import _credentials
from ._errors import ExitCode
from ._factory import hub_from_context, settings_of
from ._output import emit_record, fmt_text, fmt_time, message, out_console, print_json
from ._parse import split_repo
from ._prompt import read_secret

__all__ = ["register"]


def login(
    ctx: typer.Context,
    username_arg: Annotated[
        str | None, typer.Argument(metavar="[USERNAME]", help="Docker ID (or use --username).")
    ] = None,
    username: Annotated[
        str | None, typer.Option("--username", "-u", help="Docker ID to log in as.")
    ] = None,
    password_stdin: Annotated[
        bool,
        typer.Option("--password-stdin", help="Read the password or access token from stdin."),
    ] = False,
    otp: Annotated[
        str | None, typer.Option("--otp", help="Second-factor code, for accounts with 2FA.")
    ] = None,
) -> None:
    """Log in and store the credentials for this base URL (keyring, else a 0600 file).

    The secret (a password or, better, a personal access token) is read from a hidden
    prompt or from stdin with --password-stdin; it is never printed.
    """
    settings = settings_of(ctx)
    name = username or username_arg
    if not name:
        if password_stdin:
            raise ValueError("give the username (argument or --username) with --password-stdin")
        name = str(typer.prompt("Username", err=True)).strip()
    secret = read_secret(from_stdin=password_stdin, username=name)
    with hub_from_context(ctx, authenticated=False) as hub:
        try:
            result = hub.login(name, secret, otp=otp)
        except AuthenticationError as error:
            if otp is not None or error.login_2fa_token is not None:
                raise  # the general message (a 2FA prompt names --otp there)
            message(
                f"Error: {error} Hint: check the username and the password or access token; "
                "an account with two-factor authentication needs --otp CODE (or a personal "
                "access token)."
            )
            raise typer.Exit(ExitCode.AUTHENTICATION) from None
    stored = _credentials.StoredCredentials(
        username=result.username,
        # A second-factor login cannot be renewed from the password; keep only the token.
        secret=secret if result.refreshable else None,
        token=result.token,
    )
    where = _credentials.save(settings.base_url, stored)
    if settings.json:
        print_json(
            {
                "username": result.username,
                "base_url": settings.base_url,
                "stored_in": where,
                "expires_at": result.expires_at.isoformat() if result.expires_at else None,
                "renewable": result.refreshable,
            },
        )
        return
    out_console().print(f"Login Succeeded: {result.username} at {settings.base_url}", markup=False)
    message(f"Credentials stored in {where}.")
    if not result.refreshable:
        message("This login cannot be renewed without a new code; log in again when it expires.")


def logout(ctx: typer.Context) -> None:
    """Forget the credentials stored for this base URL (and revoke the login's token)."""
    settings = settings_of(ctx)
    stored = _credentials.load(settings.base_url)
    if stored is not None and stored.token:
        try:
            with hub_from_context(ctx, authenticated=False) as hub:
                hub.set_login_token(stored.token)
                hub.logout()
        except DockerHubError as error:  # best effort: the token may have expired already
            message(f"Note: the Hub did not confirm the logout ({error.status or error.message}).")
    removed = _credentials.delete(settings.base_url)
    if settings.json:
        data = {"base_url": settings.base_url, "removed": removed}
        print_json(data)
    elif removed:
        out_console().print(f"Removed login credentials for {settings.base_url}", markup=False)
    else:
        message(f"Not logged in to {settings.base_url}; nothing to remove.")
    if os.environ.get("DOCKER_HUB_USERNAME") or os.environ.get("DOCKER_HUB_TOKEN"):
        message("Note: DOCKER_HUB_* credentials in the environment still apply.")


def whoami(ctx: typer.Context) -> None:
    """Show the logged-in user."""
    settings = settings_of(ctx)
    with hub_from_context(ctx) as hub:
        me = hub.logged_in_user()
    emit_record(
        settings,
        me,
        [
            ("Username", lambda u: fmt_text(u.username)),
            ("Full name", lambda u: fmt_text(u.full_name)),
            ("Email", lambda u: fmt_text(u.email)),
            ("Company", lambda u: fmt_text(u.company)),
            ("Location", lambda u: fmt_text(u.location)),
            ("Type", lambda u: fmt_text(u.type_)),
            ("Joined", lambda u: fmt_time(u.date_joined)),
            ("Hub", lambda _: settings.base_url),
        ],
    )


def rate_limit(
    ctx: typer.Context,
    repo: Annotated[
        str, typer.Option("--repo", help="Repository to look up (a cheap HEAD request).")
    ] = "library/alpine",
) -> None:
    """Show Docker Hub's rate limit (X-RateLimit-*) as seen on a cheap request.

    While rate limited the Hub answers 429; the limits it sent with that answer (or
    with the last one that had them) are shown all the same, with when to retry.
    """
    settings = settings_of(ctx)
    namespace, name = split_repo(repo)
    limited: RateLimitError | None = None
    with hub_from_context(ctx, retries=0) as hub:
        try:
            hub.check_namespace_repository(namespace, name)
        except RateLimitError as error:
            limited = error
        seen = hub.rate_limit
    data = _limits(seen, limited)
    if settings.json:
        print_json(data)
        return
    if seen is None and limited is None:
        message("The Hub sent no X-RateLimit-* headers on that request.")
        return
    reset = data["reset"]
    wait = "" if reset is None else f" (in {max(0, reset - int(time.time()))} s)"
    rows = [
        ("Limit", lambda d: fmt_text(d["limit"])),
        ("Remaining", lambda d: fmt_text(d["remaining"])),
        ("Resets at", lambda d: fmt_text(d["reset_at"]) + (wait if d["reset"] else "")),
    ]
    if limited is not None:
        rows.append(("Limited", lambda d: _retry_text(d["retry_after"])))
    emit_record(settings, data, rows)


def _limits(seen: Any, limited: RateLimitError | None) -> dict[str, Any]:
    """The limits to report: the 429's own headers first, else the last ones seen."""
    data: dict[str, Any] = dict.fromkeys(("limit", "remaining", "reset", "reset_at"))
    if seen is not None:
        data.update(limit=seen.limit, remaining=seen.remaining, reset=seen.reset)
    if limited is not None:
        for key in ("limit", "remaining", "reset"):
            own = getattr(limited, key)
            if own is not None:
                data[key] = own
    data["rate_limited"] = limited is not None
    data["retry_after"] = limited.retry_after if limited is not None else None
    if data["reset"] is not None:
        try:
            moment = datetime.datetime.fromtimestamp(data["reset"], datetime.UTC)
        except (OverflowError, OSError, ValueError):  # a reset no calendar holds
            data["reset"] = None
        else:
            data["reset_at"] = moment.isoformat()
    return data


def _retry_text(retry_after: float | None) -> str:
    if retry_after is None:
        return "yes (429): retry later"
    return f"yes (429): retry after {retry_after:g} s"


def register(app: typer.Typer) -> None:
    """Add this module's commands to the root app."""
    app.command()(login)
    app.command()(logout)
    app.command()(whoami)
    app.command("rate-limit")(rate_limit)
