"""Printing results: rich tables (the default) or plain JSON, plus small formatters.

In JSON mode stdout carries exactly one JSON document (the models' ``to_dict()``, text
kept as UTF-8) and nothing else; messages, prompts and progress bars always go to stderr.
Messages are written as they are, never wrapped (a URL stays whole when copied or piped);
identifier columns (``whole=``) are never wrapped or cut either.

rich is imported by the functions that draw, not with the module: ``dockerhub --help``
and JSON output never load it.
"""

from __future__ import annotations

import datetime
import json
import os
import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from rich.console import Console

    from ._factory import CliSettings

__all__ = [
    "Column",
    "emit",
    "emit_record",
    "err_console",
    "fmt_bool",
    "fmt_size",
    "fmt_time",
    "message",
    "out_console",
    "print_json",
    "progress_callback",
    "to_json_data",
]

T = TypeVar("T")
Report = Callable[[int, int | None], None]
"""A paginator ``progress`` callback: ``(items_so_far, total_or_None)``."""
Column = tuple[str, Callable[[Any], str]]
"""A table column: its header and how to render one item as text."""

_PIPE_WIDTH = 160


def out_console() -> Console:
    """A console on the current stdout (wide when stdout is not a terminal).

    Printed text is never hard-wrapped (``soft_wrap``); tables fit the width.
    """
    from rich.console import Console

    width = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else _PIPE_WIDTH
    return Console(file=sys.stdout, width=width, highlight=False, soft_wrap=True)


def err_console() -> Console:
    """A console on the current stderr."""
    from rich.console import Console

    return Console(file=sys.stderr, highlight=False)


def message(text: str) -> None:
    """A human message on stderr (never mixed into JSON output, never wrapped)."""
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def value(raw: Any) -> Any:
    """``None`` for the generated models' ``UNSET``, else the value."""
    from dockerhub_client.types import Unset  # a command's output: the client is loaded

    return None if isinstance(raw, Unset) else raw


def fmt_time(raw: Any) -> str:
    """A datetime as ``YYYY-MM-DD HH:MM`` (UTC), or ``-``."""
    moment = value(raw)
    if not isinstance(moment, datetime.datetime):
        return "-" if moment is None else str(moment)
    if moment.tzinfo is not None:
        moment = moment.astimezone(datetime.UTC)
    return moment.strftime("%Y-%m-%d %H:%M")


def fmt_size(raw: Any) -> str:
    """A byte count in human units (``12.3 MB``), or ``-``."""
    size = value(raw)
    if not isinstance(size, int | float):
        return "-"
    amount = float(size)
    for unit in ("B", "kB", "MB", "GB"):
        if amount < 1000 or unit == "GB":
            return f"{amount:.0f} {unit}" if unit == "B" else f"{amount:.1f} {unit}"
        amount /= 1000
    return f"{amount:.1f} TB"  # pragma: no cover - unreachable


def fmt_bool(raw: Any) -> str:
    """``yes``, ``no`` or ``-``."""
    flag = value(raw)
    return "-" if flag is None else ("yes" if flag else "no")


def fmt_text(raw: Any) -> str:
    """Any value as text; ``-`` when missing."""
    text = value(raw)
    if text is None or text == "":
        return "-"
    if isinstance(text, list):
        return ", ".join(str(item) for item in text) or "-"
    return str(text)


def to_json_data(item: Any) -> Any:
    """A model (``to_dict()``), a list of models or plain data, ready for ``json.dumps``."""
    if isinstance(item, list | tuple):
        return [to_json_data(entry) for entry in item]
    to_dict = getattr(item, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    return item


def print_json(data: Any) -> None:
    """Write ``data`` (models become their ``to_dict()``) to stdout as one JSON document.

    Text stays as it is (UTF-8); only a stdout that cannot encode it gets ``\\u`` escapes,
    which are the same JSON.
    """
    plain = to_json_data(data)
    try:
        sys.stdout.write(json.dumps(plain, indent=2, default=str, ensure_ascii=False) + "\n")
    except UnicodeEncodeError:
        sys.stdout.write(json.dumps(plain, indent=2, default=str) + "\n")


def emit(
    settings: CliSettings,
    items: Sequence[Any],
    columns: Sequence[Column],
    *,
    title: str | None = None,
    whole: Collection[str] = (),
) -> None:
    """Print a list: a table with ``columns``, or a JSON array of ``to_dict()``.

    Columns named in ``whole`` (identifiers a user copies, like a token's UUID) are never
    wrapped or cut; the others fold to fit.
    """
    if settings.json:
        print_json(list(items))
        return
    from rich.table import Table

    rows = [[render(item) for _, render in columns] for item in items]
    table = Table(title=title, show_lines=False, header_style="bold")
    for index, (header, _) in enumerate(columns):
        if header in whole:
            width = max([len(header), *(len(row[index]) for row in rows)])
            table.add_column(header, no_wrap=True, overflow="ignore", min_width=width)
        else:
            table.add_column(header, overflow="fold")
    for row in rows:
        table.add_row(*row)
    out_console().print(table)
    if not items:
        message("(nothing to show)")


def emit_record(
    settings: CliSettings,
    item: Any,
    fields: Sequence[Column],
) -> None:
    """Print one object: ``field: value`` rows, or its ``to_dict()`` as JSON."""
    if settings.json:
        print_json(item)
        return
    from rich.table import Table

    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    for label, render in fields:
        table.add_row(label, render(item))
    out_console().print(table)


def stderr_is_terminal() -> bool:
    """Whether stderr is a terminal (where a progress bar makes sense)."""
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


@contextmanager
def progress_callback(settings: CliSettings, label: str) -> Iterator[Report | None]:
    """A paginator ``progress`` callback drawing a bar on stderr, or ``None`` when no bar
    fits (JSON output, or stderr not a terminal)."""
    if settings.json or not stderr_is_terminal():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console(),
        transient=True,
    )
    task = bar.add_task(label, total=None)

    def report(items_so_far: int, total: int | None) -> None:
        bar.update(task, completed=items_so_far, total=total)

    with bar:
        yield report


def walk(
    settings: CliSettings,
    label: str,
    pages: Callable[[Report | None], Iterable[T]],
) -> list[T]:
    """Collect every item of a paginated walk, with a progress bar where one fits."""
    with progress_callback(settings, label) as report:
        return list(pages(report))
