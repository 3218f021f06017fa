"""The root ``dockerhub`` command: global options, sub-commands, error handling."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from .._client import DEFAULT_BASE_URL
from .._version import __version__
from ..errors import DockerHubError
from . import auth, fakehub, orgs, repos, tags, tokens
from ._errors import EXIT_CODES_HELP, ExitCode, describe_error, exit_code_for
from ._factory import CliSettings, OutputFormat, normalize_base_url
from ._output import message

__all__ = ["app", "main"]


class _HubGroup(TyperGroup):
    """The root group: reports the SDK's errors as one message and an exit code.

    Every sub-command runs inside :meth:`invoke`, so this is the one place errors are
    mapped (see :mod:`dockerhub.cli._errors`); no traceback (and so no local variable
    holding a secret) is ever printed for them.
    """

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except (DockerHubError, ValueError) as error:
            message(describe_error(error))
            raise typer.Exit(exit_code_for(error)) from None
        except OSError as error:
            message(f"Error: {error.strerror or error}")
            raise typer.Exit(ExitCode.ERROR) from None


app = typer.Typer(
    name="dockerhub",
    cls=_HubGroup,
    help="Docker Hub from the command line: repositories, tags, access tokens, "
    "organizations and teams.",
    epilog=EXIT_CODES_HELP,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
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
    base_url: Annotated[
        str,
        typer.Option(
            "--base-url",
            envvar="DOCKER_HUB_BASE_URL",
            help="The Hub's base URL (a fake Hub's, for tests).",
        ),
    ] = DEFAULT_BASE_URL,
    output: Annotated[
        OutputFormat,
        typer.Option("--format", help="table for people, json for scripts (stdout only)."),
    ] = OutputFormat.table,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Do not cache responses during this run.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print version."),
    ] = False,
) -> None:
    """Docker Hub from the command line.

    Credentials: DOCKER_HUB_USERNAME with DOCKER_HUB_PASSWORD or DOCKER_HUB_TOKEN, else
    what `dockerhub login` stored for the base URL.
    """
    settings = ctx.obj if isinstance(ctx.obj, CliSettings) else CliSettings()
    settings.base_url = normalize_base_url(base_url)
    settings.output = output
    settings.no_cache = no_cache
    ctx.obj = settings


auth.register(app)
app.add_typer(repos.app, name="repo")
app.add_typer(tags.app, name="tag")
app.add_typer(tokens.app, name="token")
app.add_typer(orgs.org_app, name="org")
app.add_typer(orgs.team_app, name="team")
app.command("fake-hub")(fakehub.fake_hub)


def main() -> None:
    """Run the ``dockerhub`` command (the console script's entry point)."""
    app(prog_name="dockerhub")
