"""``dockerhub token``: the logged-in user's personal access tokens."""

from __future__ import annotations

import datetime
from typing import Annotated, Any

import typer

from ._factory import hub_from_context, settings_of
from ._output import (
    Column,
    emit,
    emit_record,
    fmt_bool,
    fmt_text,
    fmt_time,
    message,
    out_console,
    print_json,
    walk,
)
from ._prompt import confirm_or_exit
from .repos import ALL

__all__ = ["app"]

app = typer.Typer(
    help="Personal access tokens: list, create, delete, (de)activate.", rich_markup_mode=None
)

UUID = Annotated[str, typer.Argument(metavar="UUID", help="The token's uuid (see token ls).")]

TOKEN_COLUMNS: list[Column] = [
    ("UUID", lambda t: fmt_text(t.uuid)),
    ("Label", lambda t: fmt_text(t.token_label)),
    ("Scopes", lambda t: fmt_text(t.scopes)),
    ("Active", lambda t: fmt_bool(t.is_active)),
    ("Created", lambda t: fmt_time(t.created_at)),
    ("Last used", lambda t: fmt_time(t.last_used)),
    ("Expires", lambda t: fmt_time(t.expires_at)),
]


@app.command("ls")
def list_tokens(ctx: typer.Context, all_pages: ALL = False) -> None:
    """List your personal access tokens (their values are never shown again)."""
    settings = settings_of(ctx)
    with hub_from_context(ctx) as hub:
        if all_pages:
            tokens: list[Any] = walk(
                settings, "access tokens", lambda report: hub.iter_access_tokens(progress=report)
            )
        else:
            tokens = hub.access_tokens()
    emit(settings, tokens, TOKEN_COLUMNS, whole=("UUID",))


def _expiry(text: str | None) -> datetime.datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"--expires-at must be an ISO date or date-time, got {text!r}") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=datetime.UTC)


@app.command("create")
def create_token(
    ctx: typer.Context,
    label: Annotated[str, typer.Option("--label", "-l", help="A name to recognise it by.")],
    scopes: Annotated[
        list[str],
        typer.Option(
            "--scope",
            "-s",
            help="repo:admin, repo:write, repo:read or repo:public_read; repeatable.",
        ),
    ],
    expires_at: Annotated[
        str | None,
        typer.Option("--expires-at", help="ISO date-time it stops working (UTC if no zone)."),
    ] = None,
) -> None:
    """Create a personal access token and print its value (shown this once only)."""
    settings = settings_of(ctx)
    with hub_from_context(ctx) as hub:
        created = hub.create_access_token(label, list(scopes), expires_at=_expiry(expires_at))
    if settings.json:
        print_json(created)
        return
    emit_record(settings, created, [(h, r) for h, r in TOKEN_COLUMNS if h != "Last used"])
    value = created.token if isinstance(created.token, str) else None
    if value:
        message("The token's value follows; copy it now, the Hub never shows it again.")
        out_console().print(value, markup=False, highlight=False)


def _set_active(ctx: typer.Context, uuid: str, active: bool) -> None:
    settings = settings_of(ctx)
    with hub_from_context(ctx) as hub:
        updated = hub.update_access_token(uuid, is_active=active)
    if settings.json:
        print_json(updated)
    else:
        state = "Activated" if active else "Deactivated"
        out_console().print(f"{state} token {uuid} ({fmt_text(updated.token_label)})", markup=False)


@app.command("activate")
def activate_token(ctx: typer.Context, uuid: UUID) -> None:
    """Make a deactivated token work again."""
    _set_active(ctx, uuid, True)


@app.command("deactivate")
def deactivate_token(ctx: typer.Context, uuid: UUID) -> None:
    """Stop a token from working without deleting it."""
    _set_active(ctx, uuid, False)


@app.command("rm")
def remove_token(
    ctx: typer.Context,
    uuid: UUID,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete a token; anything using it stops working at once (asks first unless --yes)."""
    settings = settings_of(ctx)
    confirm_or_exit(f"delete access token {uuid}", yes=yes)
    with hub_from_context(ctx) as hub:
        hub.delete_access_token(uuid)
    if settings.json:
        print_json({"deleted": uuid})
    else:
        out_console().print(f"Deleted access token {uuid}", markup=False)
