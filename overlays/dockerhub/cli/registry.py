"""``dockerhub tag inspect`` and ``dockerhub pull-limit``: the registry side from the shell.

``tag inspect REPO[:TAG|@DIGEST]`` prints the platforms of a tag with their digests and
sizes; with ``--platform`` it prints that image's config summary and its layers instead.
``pull-limit`` prints Docker Hub's pull allowance for the logged-in account, or with
``--anonymous`` for this machine's address. Both read from the registry without using up
a pull where they can (``pull-limit`` sends a HEAD only).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..errors import NotFoundError, UnexpectedResponseError
from ._factory import CliSettings, OutputFormat, hub_from_context, settings_of
from ._output import emit, fmt_size, fmt_text, fmt_time, out_console, print_json
from ._parse import split_repo

if TYPE_CHECKING:  # the registry package loads httpx: imported when a command runs
    from ..registry import ImageConfig, ImageIndex, ImageManifest, Platform, PlatformSpec
    from ..registry import PullRateLimit as PullLimit

__all__ = ["inspect_tag", "pull_limit"]

FORMAT = Annotated[
    OutputFormat | None,
    typer.Option("--format", help="table or json (overrides the global --format)."),
]


def _settings(ctx: typer.Context, output: OutputFormat | None) -> CliSettings:
    settings = settings_of(ctx)
    if output is not None:
        settings.output = output
    return settings


def split_image(text: str) -> tuple[str, str]:
    """``REPO[:TAG|@DIGEST]`` as ``("namespace/name", reference)``; the tag defaults to latest.

    Raises:
        ValueError: the reference is malformed.
    """
    text = text.strip()
    repo, at, digest = text.partition("@")
    if at:
        reference = digest
    else:
        repo, colon, tag = text.rpartition(":")
        repo, reference = (repo, tag) if colon else (text, "latest")
    namespace, name = split_repo(repo)
    return f"{namespace}/{name}", reference


def _platform_json(platform: Platform) -> dict[str, Any]:
    return {
        "platform": str(platform),
        "os": platform.os,
        "architecture": platform.architecture,
        "variant": platform.variant,
        "digest": platform.digest,
        "size": platform.size,
        "media_type": platform.media_type,
        "attestation": platform.is_attestation,
    }


def _config_json(config: ImageConfig) -> dict[str, Any]:
    return {
        "digest": config.digest,
        "platform": str(config.platform),
        "created": config.created.isoformat() if config.created else None,
        "author": config.author,
        "entrypoint": list(config.entrypoint) if config.entrypoint is not None else None,
        "cmd": list(config.cmd) if config.cmd is not None else None,
        "env": list(config.env),
        "working_dir": config.working_dir,
        "user": config.user,
        "exposed_ports": list(config.exposed_ports),
        "labels": dict(config.labels),
        "history": len(config.history),
    }


PLATFORM_COLUMNS = [
    ("Platform", lambda p: str(p) + (" (attestation)" if p.is_attestation else "")),
    ("Digest", lambda p: p.digest),
    ("Manifest size", lambda p: fmt_size(p.size)),
]
LAYER_COLUMNS = [
    ("Digest", lambda layer: layer.digest),
    ("Size", lambda layer: fmt_size(layer.size)),
    ("Media type", lambda layer: layer.media_type),
]


def _summary(config: ImageConfig, manifest: ImageManifest) -> list[tuple[str, str]]:
    def command(parts: tuple[str, ...] | None) -> str:
        return " ".join(parts) if parts is not None else "-"

    return [
        ("Platform", str(config.platform)),
        ("Manifest", manifest.digest),
        ("Config", config.digest),
        ("Created", fmt_time(config.created)),
        ("Entrypoint", command(config.entrypoint)),
        ("Cmd", command(config.cmd)),
        ("Working dir", fmt_text(config.working_dir)),
        ("User", fmt_text(config.user)),
        ("Ports", fmt_text(list(config.exposed_ports))),
        ("Env", fmt_text(list(config.env))),
        ("Labels", fmt_text([f"{k}={v}" for k, v in config.labels.items()])),
        ("Layers", f"{len(manifest.layers)} ({fmt_size(manifest.total_size)} compressed)"),
    ]


def _print_rows(rows: list[tuple[str, str]]) -> None:
    from rich.table import Table

    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    for label, text in rows:
        table.add_row(label, text)
    out_console().print(table)


def _image_for(hub: Any, name: str, reference: str, wanted: PlatformSpec) -> ImageManifest:
    from ..registry import ImageManifest

    manifest = hub.manifest(name, reference)
    if isinstance(manifest, ImageManifest):
        return manifest
    chosen = next((p for p in manifest.platforms() if wanted.matches(p)), None)
    if chosen is None:
        have = ", ".join(str(p) for p in manifest.platforms()) or "none"
        raise NotFoundError(f"{name}:{reference} has no {wanted} image (it has: {have})")
    image = hub.manifest(name, chosen.digest)
    if not isinstance(image, ImageManifest):
        raise UnexpectedResponseError(f"{name}@{chosen.digest} is not an image manifest")
    return image


def inspect_tag(
    ctx: typer.Context,
    image: Annotated[
        str, typer.Argument(metavar="REPO[:TAG|@DIGEST]", help="e.g. library/nginx:latest.")
    ],
    platform: Annotated[
        str | None,
        typer.Option(
            "--platform",
            help="os/arch or os/arch/variant: show that image's config and layers.",
        ),
    ] = None,
    attestations: Annotated[
        bool, typer.Option("--attestations", help="Also list attestation entries.")
    ] = False,
    output: FORMAT = None,
) -> None:
    """Show a tag's platforms, digests and sizes from the registry (or one image's config)."""
    settings = _settings(ctx, output)
    name, reference = split_image(image)
    from ..registry import PlatformSpec

    wanted = PlatformSpec.parse(platform) if platform is not None else None
    with hub_from_context(ctx) as hub:
        if wanted is None:
            manifest: ImageIndex | ImageManifest = hub.manifest(name, reference)
            platforms = hub.platforms(name, manifest.digest, include_attestations=attestations)
        else:
            chosen = _image_for(hub, name, reference, wanted)
            config = hub.image_config(name, chosen.digest)
    if wanted is None:
        if settings.json:
            print_json(
                {
                    "name": name,
                    "reference": reference,
                    "digest": manifest.digest,
                    "media_type": manifest.media_type,
                    "platforms": [_platform_json(p) for p in platforms],
                }
            )
            return
        _print_rows([("Image", f"{name}:{reference}"), ("Digest", manifest.digest)])
        out_console().print()
        emit(settings, platforms, PLATFORM_COLUMNS)
        return
    layers = [
        {"digest": x.digest, "size": x.size, "media_type": x.media_type} for x in chosen.layers
    ]
    if settings.json:
        print_json(
            {
                "name": name,
                "reference": reference,
                "digest": chosen.digest,
                "config": _config_json(config),
                "layers": layers,
            }
        )
        return
    _print_rows([("Image", f"{name}:{reference}"), *_summary(config, chosen)])
    out_console().print()
    emit(settings, list(chosen.layers), LAYER_COLUMNS)


def _limit_rows(limit: PullLimit) -> list[tuple[str, str]]:
    if limit.unlimited:
        return [("Limit", "unlimited"), ("Source", fmt_text(limit.source))]
    window = f"{limit.window} s ({limit.window / 3600:g} h)" if limit.window else "-"
    return [
        ("Remaining", fmt_text(limit.remaining)),
        ("Limit", str(limit.limit)),
        ("Window", window),
        ("Source", fmt_text(limit.source)),
    ]


def pull_limit(
    ctx: typer.Context,
    anonymous: Annotated[
        bool,
        typer.Option(
            "--anonymous", help="Check this machine's anonymous limit, not the account's."
        ),
    ] = False,
    output: FORMAT = None,
) -> None:
    """Show how many pulls are left (a HEAD request: checking costs no pull)."""
    settings = _settings(ctx, output)
    with hub_from_context(ctx, authenticated=not anonymous) as hub:
        limit = hub.pull_rate_limit(anonymous=anonymous)
    if settings.json:
        fields = ("limit", "remaining", "window", "source")
        print_json({**{f: getattr(limit, f) for f in fields}, "unlimited": limit.unlimited})
        return
    _print_rows(_limit_rows(limit))
