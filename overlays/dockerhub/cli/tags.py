"""``dockerhub tag``: list, show and delete tags."""

from __future__ import annotations

import datetime
import enum
from typing import Annotated, Any

import typer

from ._factory import hub_from_context, settings_of
from ._output import (
    Column,
    emit,
    emit_record,
    fmt_size,
    fmt_text,
    fmt_time,
    out_console,
    print_json,
    walk,
)
from ._parse import split_ref, split_repo
from ._prompt import confirm_or_exit
from .repos import ALL, PAGE, PER_PAGE

__all__ = ["app"]

app = typer.Typer(help="Tags: list, show, delete.", rich_markup_mode=None)


class TagSort(enum.StrEnum):
    """Orders ``tag ls`` can print in (a leading ``-`` reverses)."""

    name = "name"
    last_updated = "last_updated"
    name_desc = "-name"
    last_updated_desc = "-last_updated"


_EPOCH = datetime.datetime.min.replace(tzinfo=datetime.UTC)


def _platform(image: Any) -> str:
    parts = [fmt_text(image.os), fmt_text(image.architecture)]
    variant = fmt_text(image.variant)
    if variant != "-":
        parts.append(variant)
    return "/".join(parts)


def platforms(tag: Any) -> str:
    """A tag's platforms as ``os/arch[/variant]``, comma separated."""
    images = tag.images if isinstance(tag.images, list) else []
    return ", ".join(_platform(image) for image in images) or "-"


def _pushed(tag: Any) -> Any:
    pushed = fmt_time(tag.tag_last_pushed)
    return pushed if pushed != "-" else fmt_time(tag.last_updated)


def _updated_key(tag: Any) -> datetime.datetime:
    moment = tag.last_updated
    return moment if isinstance(moment, datetime.datetime) else _EPOCH


def sort_tags(tags: list[Any], order: TagSort) -> list[Any]:
    """``tags`` in ``order``, ascending unless it starts with ``-`` (the Hub's tag list has
    no server-side ordering, so this sorts what was fetched)."""
    key = order.value.lstrip("-")
    reverse = order.value.startswith("-")
    if key == "name":
        return sorted(tags, key=lambda tag: tag.name, reverse=reverse)
    return sorted(tags, key=_updated_key, reverse=reverse)


TAG_COLUMNS: list[Column] = [
    ("Tag", lambda t: t.name),
    ("Size", lambda t: fmt_size(t.full_size)),
    ("Last pushed", _pushed),
    ("Platforms", platforms),
]

TAG_FIELDS: list[Column] = [
    ("Tag", lambda t: t.name),
    ("Digest", lambda t: fmt_text(t.digest)),
    ("Size", lambda t: fmt_size(t.full_size)),
    ("Status", lambda t: fmt_text(t.tag_status)),
    ("Last updated", lambda t: fmt_time(t.last_updated)),
    ("Last updated by", lambda t: fmt_text(t.last_updater_username)),
    ("Last pushed", lambda t: fmt_time(t.tag_last_pushed)),
    ("Last pulled", lambda t: fmt_time(t.tag_last_pulled)),
    ("Media type", lambda t: fmt_text(t.media_type)),
]

IMAGE_COLUMNS: list[Column] = [
    ("Platform", _platform),
    ("Digest", lambda i: fmt_text(i.digest)),
    ("Size", lambda i: fmt_size(i.size)),
    ("Last pushed", lambda i: fmt_time(i.last_pushed)),
]


@app.command("ls")
def list_tags(
    ctx: typer.Context,
    repo: Annotated[str, typer.Argument(metavar="REPO", help="NAMESPACE/NAME, or NAME.")],
    all_pages: ALL = False,
    page: PAGE = 1,
    per_page: PER_PAGE = 100,
    sort: Annotated[
        TagSort | None,
        typer.Option(
            "--sort",
            help="Order by name or last_updated; a leading '-' reverses (-last_updated: "
            "newest first). Sorts what was fetched (one page without --all).",
        ),
    ] = None,
) -> None:
    """List a repository's tags with their sizes and platforms."""
    settings = settings_of(ctx)
    namespace, name = split_repo(repo)
    with hub_from_context(ctx) as hub:
        if all_pages:
            tags: list[Any] = walk(
                settings,
                f"{namespace}/{name} tags",
                lambda report: hub.iter_tags(namespace, name, per_page=per_page, progress=report),
            )
        else:
            tags = hub.namespace_repository_tags(namespace, name, per_page=per_page, page=page)
    if sort is not None:
        tags = sort_tags(tags, sort)
    emit(settings, tags, TAG_COLUMNS)


@app.command("show")
def show_tag(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(metavar="REPO:TAG", help="e.g. library/nginx:latest.")],
) -> None:
    """Show one tag and its image for each platform."""
    settings = settings_of(ctx)
    namespace, name, tag_name = split_ref(ref, default_tag="latest")
    with hub_from_context(ctx) as hub:
        tag = hub.namespace_repository_tag(namespace, name, tag_name)
    emit_record(settings, tag, TAG_FIELDS)
    if not settings.json:
        images = tag.images if isinstance(tag.images, list) else []
        out_console().print()
        emit(settings, images, IMAGE_COLUMNS, whole=("Digest",))


@app.command("rm")
def remove_tag(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(metavar="REPO:TAG")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete a tag (asks first unless --yes)."""
    settings = settings_of(ctx)
    namespace, name, tag_name = split_ref(ref, explicit=True)
    confirm_or_exit(f"delete tag {namespace}/{name}:{tag_name}", yes=yes)
    with hub_from_context(ctx) as hub:
        hub.delete_tag(namespace, name, tag_name)
    if settings.json:
        print_json({"deleted": f"{namespace}/{name}:{tag_name}"})
    else:
        out_console().print(f"Deleted tag {namespace}/{name}:{tag_name}", markup=False)
