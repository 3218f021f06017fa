"""The global options, accepted before or after the sub-command (as docker and gh do).

``dockerhub --format json tag ls nginx`` and ``dockerhub tag ls nginx --format json`` mean
the same. Each global option is one :class:`GlobalOption` in :data:`GLOBAL_OPTIONS`; the
root group puts a fresh click option for each on itself and on every sub-group and command
below it (:func:`install`). Parsing stays click's own, so ``--`` and option values behave
as everywhere else. An option's callback writes the value into the run's
:class:`~dockerhub.cli.CliSettings` only when the user gave it (on the command line, or in
the environment for the root's copy), so the copy nearest the command wins and an absent
copy changes nothing.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import typer
from typer.core import TyperOption

from ._factory import CliSettings, OutputFormat, normalize_base_url, settings_of

if TYPE_CHECKING:  # typer vendors click (typer._click) since 0.2x; only its types are named
    from typer._click.core import Command, Context, Parameter

__all__ = ["GLOBAL_OPTIONS", "GlobalOption", "commands_below", "install"]

# Where a value came from (click's ParameterSource, compared by name: typer may vendor click).
_GIVEN = frozenset({"COMMANDLINE", "ENVIRONMENT"})

PANEL = "Global options"


def _set_base_url(settings: CliSettings, value: Any) -> None:
    try:
        settings.base_url = normalize_base_url(str(value))
    except ValueError as error:
        raise typer.BadParameter(str(error).removeprefix("--base-url ")) from None


def _set_registry_url(settings: CliSettings, value: Any) -> None:
    try:
        settings.registry_url = normalize_base_url(str(value), "--registry-url")
    except ValueError as error:
        raise typer.BadParameter(str(error).removeprefix("--registry-url ")) from None


def _set_format(settings: CliSettings, value: Any) -> None:
    try:
        settings.output = OutputFormat(value)
    except ValueError:
        choices = ", ".join(item.value for item in OutputFormat)
        raise typer.BadParameter(f"{value!r} is not one of {choices}") from None


def _set_no_cache(settings: CliSettings, value: Any) -> None:
    settings.no_cache = bool(value)


def _set_verbose(settings: CliSettings, value: Any) -> None:
    settings.verbose = bool(value)


def _set_timeout(settings: CliSettings, value: Any) -> None:
    seconds = float(value)
    if not math.isfinite(seconds) or seconds <= 0:
        raise typer.BadParameter(f"must be a positive number of seconds, got {value}")
    settings.timeout = seconds


@dataclass(frozen=True)
class GlobalOption:
    """One global option: how it is spelled and parsed, and where its value goes.

    Attributes:
        decls: the option's names (``--format``).
        apply: stores a given value in the run's settings.
        help: the help text.
        type: the Python type of the value (``None`` for a flag).
        envvar: the environment variable the root's copy reads, if any.
        metavar: how the value is shown in help.
    """

    decls: tuple[str, ...]
    apply: Callable[[CliSettings, Any], None]
    help: str
    type: type[str] | type[float] | None = None
    envvar: str | None = None
    metavar: str | None = None

    def make(self, *, root: bool) -> TyperOption:
        """A new click option for one command (``root`` reads the environment variable)."""

        def store(ctx: Context, param: Parameter, value: Any) -> None:
            source = ctx.get_parameter_source(param.name or "")
            if source is not None and source.name in _GIVEN and value is not None:
                # typer runs commands with its own Context subclass of click's
                self.apply(settings_of(cast("typer.Context", ctx)), value)

        return TyperOption(
            param_decls=list(self.decls),
            type=self.type,
            is_flag=self.type is None,
            default=None,
            callback=store,
            expose_value=False,
            envvar=self.envvar if root else None,
            show_envvar=root and self.envvar is not None,
            metavar=self.metavar,
            help=self.help,
            rich_help_panel=PANEL,
        )


GLOBAL_OPTIONS: tuple[GlobalOption, ...] = (
    GlobalOption(
        ("--base-url",),
        _set_base_url,
        "The Hub's base URL (a fake Hub's, for tests).",
        type=str,
        envvar="DOCKER_HUB_BASE_URL",
        metavar="URL",
    ),
    GlobalOption(
        ("--registry-url",),
        _set_registry_url,
        "The OCI registry of `tag inspect` and `pull-limit` (default Docker Hub's; "
        "`dockerhub fake-hub` serves one at its own URL).",
        type=str,
        envvar="DOCKER_HUB_REGISTRY_URL",
        metavar="URL",
    ),
    GlobalOption(
        ("--format",),
        _set_format,
        "table for people, json for scripts (stdout only).",
        type=str,
        metavar="[table|json]",
    ),
    GlobalOption(
        ("--timeout",),
        _set_timeout,
        "Seconds to wait for each network step of a request (connect, send, each read) "
        "before giving up (default 30); failed requests are retried up to 3 times.",
        type=float,
        envvar="DOCKER_HUB_TIMEOUT",
        metavar="SECONDS",
    ),
    GlobalOption(
        ("--no-cache",),
        _set_no_cache,
        "Do not cache responses during this run.",
    ),
    GlobalOption(
        ("--verbose", "-v"),
        _set_verbose,
        "Report each HTTP request on stderr (method, URL, status, time; no credentials).",
    ),
)


def commands_below(command: Command) -> Iterator[Command]:
    """Every sub-group and command under ``command`` (not ``command`` itself), depth first."""
    children = getattr(command, "commands", None)
    if isinstance(children, dict):
        for child in children.values():
            yield child
            yield from commands_below(child)


def install(root: Command) -> None:
    """Give ``root`` and every command below it its own copy of each global option."""
    for command in (root, *commands_below(root)):
        taken = {name for param in command.params for name in param.opts}
        for option in GLOBAL_OPTIONS:
            if not taken.intersection(option.decls):
                command.params.append(option.make(root=command is root))
