"""``dockerhub fake-hub``: run the in-memory fake Docker Hub over HTTP, in the foreground."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["fake_hub"]


def fake_hub(
    port: Annotated[int, typer.Option("--port", "-p", min=0, max=65535, help="0: any free.")] = 0,
    host: Annotated[str, typer.Option("--host", help="Address to bind.")] = "127.0.0.1",
    seed: Annotated[
        Path | None,
        typer.Option("--seed", exists=True, dir_okay=False, help="Seed JSON file to load."),
    ] = None,
    no_seed: Annotated[bool, typer.Option("--no-seed", help="Start with an empty hub.")] = False,
) -> None:
    """Serve a fake Docker Hub (dockerhub.testing) until Ctrl-C; prints its URL first.

    Point the CLI at it with --base-url or DOCKER_HUB_BASE_URL, e.g.
    `dockerhub --base-url http://127.0.0.1:PORT login alice` (password alice-password).
    """
    if seed is not None and no_seed:
        raise ValueError("give --seed or --no-seed, not both")
    from ..testing import main as serve_fake_hub

    argv = ["--port", str(port), "--host", host]
    if seed is not None:
        argv += ["--seed", str(seed)]
    if no_seed:
        argv.append("--no-seed")
    raise typer.Exit(serve_fake_hub(argv))
