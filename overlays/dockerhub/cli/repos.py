"""``dockerhub repo``: list, show, create, delete and describe repositories."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ._factory import hub_from_context, settings_of
from ._output import (
    Column,
    emit,
    emit_record,
    fmt_bool,
    fmt_size,
    fmt_text,
    fmt_time,
    out_console,
    print_json,
    walk,
)
from ._parse import split_repo
from ._prompt import confirm_or_exit

__all__ = ["app"]

app = typer.Typer(
    help="Repositories: list, show, create, delete, set descriptions.", rich_markup_mode=None
)

ALL = Annotated[bool, typer.Option("--all", "-a", help="Walk every page, not just one.")]
PAGE = Annotated[int, typer.Option("--page", min=1, help="Page to show (without --all).")]
PER_PAGE = Annotated[
    int, typer.Option("--per-page", min=1, max=100, help="Items per page (1..100).")
]

REPO_COLUMNS: list[Column] = [
    ("Name", lambda r: f"{r.namespace}/{r.name}"),
    ("Private", lambda r: fmt_bool(r.is_private)),
    ("Stars", lambda r: fmt_text(r.star_count)),
    ("Pulls", lambda r: fmt_text(r.pull_count)),
    ("Last updated", lambda r: fmt_time(r.last_updated)),
]

REPO_FIELDS: list[Column] = [
    ("Repository", lambda r: f"{r.namespace}/{r.name}"),
    ("Description", lambda r: fmt_text(r.description)),
    ("Private", lambda r: fmt_bool(r.is_private)),
    ("Stars", lambda r: fmt_text(r.star_count)),
    ("Pulls", lambda r: fmt_text(r.pull_count)),
    ("Last updated", lambda r: fmt_time(r.last_updated)),
    ("Registered", lambda r: fmt_time(r.date_registered)),
    ("Status", lambda r: fmt_text(r.status_description)),
    ("Storage", lambda r: fmt_size(r.storage_size)),
]


@app.command("ls")
def list_repos(
    ctx: typer.Context,
    namespace: Annotated[str, typer.Argument(help="A user or organization.")],
    all_pages: ALL = False,
    page: PAGE = 1,
    per_page: PER_PAGE = 100,
    name: Annotated[
        str | None, typer.Option("--name", help="Only repositories whose name contains this.")
    ] = None,
) -> None:
    """List a namespace's repositories."""
    settings = settings_of(ctx)
    with hub_from_context(ctx) as hub:
        if all_pages:
            repos: list[Any] = walk(
                settings,
                f"{namespace} repositories",
                lambda report: hub.iter_namespace_repositories(
                    namespace, name=name, per_page=per_page, progress=report
                ),
            )
        else:
            repos = hub.namespace_repositories(namespace, per_page=per_page, page=page, name=name)
    emit(settings, repos, REPO_COLUMNS)


@app.command("show")
def show_repo(
    ctx: typer.Context,
    repo: Annotated[str, typer.Argument(metavar="NAMESPACE/NAME", help="e.g. library/nginx.")],
) -> None:
    """Show one repository, with its full description."""
    settings = settings_of(ctx)
    namespace, name = split_repo(repo)
    with hub_from_context(ctx) as hub:
        found = hub.repository(namespace, name)
    emit_record(settings, found, REPO_FIELDS)
    full = found.full_description
    if not settings.json and isinstance(full, str) and full.strip():
        out_console().print()
        out_console().print(full.rstrip(), markup=False)


@app.command("create")
def create_repo(
    ctx: typer.Context,
    repo: Annotated[str, typer.Argument(metavar="NAMESPACE/NAME")],
    description: Annotated[
        str | None, typer.Option("--description", "-d", help="Short description.")
    ] = None,
    private: Annotated[bool, typer.Option("--private", help="Make it private.")] = False,
) -> None:
    """Create a repository."""
    settings = settings_of(ctx)
    namespace, name = split_repo(repo, explicit=True)
    with hub_from_context(ctx) as hub:
        created = hub.create_namespace_repository(
            namespace, name, description=description, is_private=private
        )
    if settings.json:
        print_json(created)
    else:
        visibility = "private" if private else "public"
        out_console().print(f"Created {visibility} repository {namespace}/{name}", markup=False)


@app.command("rm")
def remove_repo(
    ctx: typer.Context,
    repo: Annotated[str, typer.Argument(metavar="NAMESPACE/NAME")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete a repository and all its tags (asks first unless --yes)."""
    settings = settings_of(ctx)
    namespace, name = split_repo(repo, explicit=True)
    confirm_or_exit(f"delete repository {namespace}/{name} and all its tags", yes=yes)
    with hub_from_context(ctx) as hub:
        hub.delete_repository(namespace, name)
    if settings.json:
        print_json({"deleted": f"{namespace}/{name}"})
    else:
        out_console().print(f"Deleted repository {namespace}/{name}", markup=False)


@app.command("set-description")
def set_description(
    ctx: typer.Context,
    repo: Annotated[str, typer.Argument(metavar="NAMESPACE/NAME")],
    short: Annotated[
        str | None, typer.Option("--short", help="The short description (one line).")
    ] = None,
    full: Annotated[
        str | None, typer.Option("--full", help="The full description (Markdown).")
    ] = None,
    full_file: Annotated[
        Path | None,
        typer.Option(
            "--full-file",
            help="Read the full description from this file ('-' for stdin).",
            allow_dash=True,
        ),
    ] = None,
) -> None:
    """Set a repository's short and/or full description (e.g. from README.md)."""
    settings = settings_of(ctx)
    namespace, name = split_repo(repo, explicit=True)
    if full is not None and full_file is not None:
        raise ValueError("give --full or --full-file, not both")
    if full_file is not None:
        full = _read_text(full_file)
    if short is None and full is None:
        raise ValueError("give --short, --full or --full-file")
    with hub_from_context(ctx) as hub:
        updated = hub.set_repository_description(namespace, name, short=short, full=full)
    if settings.json:
        print_json(updated)
    else:
        parts = [label for label, given in (("short", short), ("full", full)) if given is not None]
        out_console().print(
            f"Updated the {' and '.join(parts)} description of {namespace}/{name}", markup=False
        )


def _read_text(path: Path) -> str:
    if str(path) == "-":
        return sys.stdin.read()
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise ValueError(f"cannot read {path}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise ValueError(f"{path} is not UTF-8 text") from None
