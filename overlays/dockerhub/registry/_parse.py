"""Turning registry JSON into the typed models, checking shapes as it goes.

Every function raises :class:`MalformedError` (a ``ValueError``) naming the field that is
wrong; the flows turn it into :class:`~dockerhub.errors.UnexpectedResponseError` with the
request that brought the body.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from ._models import (
    Descriptor,
    HistoryEntry,
    ImageConfig,
    ImageIndex,
    ImageManifest,
    PlatformSpec,
)

__all__ = [
    "ACCEPT_MANIFESTS",
    "INDEX_TYPES",
    "MANIFEST_TYPES",
    "MalformedError",
    "parse_config",
    "parse_manifest",
]

OCI_INDEX = "application/vnd.oci.image.index.v1+json"
OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json"
DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json"
INDEX_TYPES = frozenset({OCI_INDEX, DOCKER_LIST})
MANIFEST_TYPES = frozenset({OCI_MANIFEST, DOCKER_MANIFEST})

#: What manifest requests accept. Schema 1 is left out on purpose: a registry offered no
#: acceptable type answers 404 or converts to schema 1 only when asked for it.
ACCEPT_MANIFESTS = ", ".join((OCI_INDEX, OCI_MANIFEST, DOCKER_LIST, DOCKER_MANIFEST))

#: Content types that say nothing about the manifest: its ``mediaType`` field decides.
_GENERIC_TYPES = frozenset({"application/json", "application/octet-stream", "text/plain"})

T = TypeVar("T")


class MalformedError(ValueError):
    """A registry body that is not the document its media type promises."""


def _field(obj: Mapping[str, Any], key: str, kind: type[T], where: str) -> T | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise MalformedError(f"{where}.{key} is not a {kind.__name__}")
    return value


def _required(obj: Mapping[str, Any], key: str, kind: type[T], where: str) -> T:
    value = _field(obj, key, kind, where)
    if value is None:
        raise MalformedError(f"{where}.{key} is missing")
    return value


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise MalformedError(f"{where} is not a list of strings")
    return tuple(value)


def _string_map(obj: Mapping[str, Any], key: str, where: str) -> dict[str, str]:
    value = _field(obj, key, dict, where) or {}
    if not all(isinstance(item, str) for item in value.values()):
        raise MalformedError(f"{where}.{key} has a value that is not a string")
    return value


def _time(obj: Mapping[str, Any], key: str, where: str) -> datetime.datetime | None:
    text = _field(obj, key, str, where)
    if text is None:
        return None
    try:
        return datetime.datetime.fromisoformat(text)
    except ValueError:
        raise MalformedError(f"{where}.{key} is not a timestamp: {text[:40]!r}") from None


def load_json(content: bytes, what: str) -> dict[str, Any]:
    """``content`` parsed as a JSON object, or :class:`MalformedError`."""
    try:
        data = json.loads(content)
    except (ValueError, RecursionError):
        raise MalformedError(f"the {what} is not JSON") from None
    if not isinstance(data, dict):
        raise MalformedError(f"the {what} is not a JSON object")
    return data


def _platform(obj: Mapping[str, Any], where: str) -> PlatformSpec:
    return PlatformSpec(
        os=_required(obj, "os", str, where),
        architecture=_required(obj, "architecture", str, where),
        variant=_field(obj, "variant", str, where),
        os_version=_field(obj, "os.version", str, where),
    )


def _descriptor(obj: Any, where: str) -> Descriptor:
    if not isinstance(obj, dict):
        raise MalformedError(f"{where} is not an object")
    size = _required(obj, "size", int, where)
    if size < 0:
        raise MalformedError(f"{where}.size is negative")
    platform = _field(obj, "platform", dict, where)
    urls = obj.get("urls")
    return Descriptor(
        media_type=_field(obj, "mediaType", str, where) or "",
        digest=_required(obj, "digest", str, where),
        size=size,
        platform=_platform(platform, f"{where}.platform") if platform is not None else None,
        annotations=_string_map(obj, "annotations", where),
        urls=_strings(urls, f"{where}.urls") if urls is not None else (),
        artifact_type=_field(obj, "artifactType", str, where),
    )


def _descriptors(obj: Mapping[str, Any], key: str) -> tuple[Descriptor, ...]:
    items = _field(obj, key, list, "manifest") or []
    return tuple(_descriptor(item, f"{key}[{index}]") for index, item in enumerate(items))


def parse_manifest(
    content: bytes, media_type: str | None, digest: str
) -> ImageIndex | ImageManifest:
    """The typed manifest for ``content``; ``media_type`` from ``Content-Type`` when sent.

    Raises :class:`MalformedError` for schema 1, an unknown media type or a wrong shape.
    """
    known = INDEX_TYPES | MANIFEST_TYPES
    if media_type and media_type not in known and media_type not in _GENERIC_TYPES:
        raise MalformedError(f"unsupported manifest media type {media_type!r}")
    data = load_json(content, "manifest")
    declared = _field(data, "mediaType", str, "manifest")
    kind = media_type if media_type in known else declared
    if kind is None:
        # An OCI document may omit mediaType; its fields tell which one it is.
        kind = OCI_INDEX if "manifests" in data else OCI_MANIFEST
    if kind not in known:
        raise MalformedError(f"unsupported manifest media type {kind!r}")
    common: dict[str, Any] = {
        "digest": digest,
        "media_type": kind,
        "content": content,
        "schema_version": _required(data, "schemaVersion", int, "manifest"),
        "annotations": _string_map(data, "annotations", "manifest"),
    }
    if common["schema_version"] != 2:
        raise MalformedError(f"schemaVersion {common['schema_version']} is not supported")
    if kind in INDEX_TYPES:
        return ImageIndex(manifests=_descriptors(data, "manifests"), **common)
    config = _field(data, "config", dict, "manifest")
    if config is None:
        raise MalformedError("manifest.config is missing")
    subject = _field(data, "subject", dict, "manifest")
    return ImageManifest(
        config=_descriptor(config, "config"),
        layers=_descriptors(data, "layers"),
        subject=_descriptor(subject, "subject") if subject is not None else None,
        artifact_type=_field(data, "artifactType", str, "manifest"),
        **common,
    )


def _history(items: list[Any]) -> tuple[HistoryEntry, ...]:
    entries = []
    for index, item in enumerate(items):
        where = f"history[{index}]"
        if not isinstance(item, dict):
            raise MalformedError(f"{where} is not an object")
        entries.append(
            HistoryEntry(
                created=_time(item, "created", where),
                created_by=_field(item, "created_by", str, where),
                comment=_field(item, "comment", str, where),
                author=_field(item, "author", str, where),
                empty_layer=bool(_field(item, "empty_layer", bool, where)),
            )
        )
    return tuple(entries)


def _optional_strings(obj: Mapping[str, Any], key: str) -> tuple[str, ...] | None:
    value = obj.get(key)
    return None if value is None else _strings(value, f"config.{key}")


def parse_config(content: bytes, digest: str) -> ImageConfig:
    """The typed image config for a config blob's bytes."""
    data = load_json(content, "image config")
    run = _field(data, "config", dict, "image") or {}
    rootfs = _field(data, "rootfs", dict, "image") or {}
    ports = _field(run, "ExposedPorts", dict, "config") or {}
    return ImageConfig(
        digest=digest,
        os=_required(data, "os", str, "image"),
        architecture=_required(data, "architecture", str, "image"),
        variant=_field(data, "variant", str, "image"),
        created=_time(data, "created", "image"),
        author=_field(data, "author", str, "image"),
        env=_optional_strings(run, "Env") or (),
        entrypoint=_optional_strings(run, "Entrypoint"),
        cmd=_optional_strings(run, "Cmd"),
        working_dir=_field(run, "WorkingDir", str, "config") or None,
        user=_field(run, "User", str, "config") or None,
        labels=_string_map(run, "Labels", "config"),
        exposed_ports=tuple(sorted(ports)),
        history=_history(_field(data, "history", list, "image") or []),
        diff_ids=_optional_strings(rootfs, "diff_ids") or (),
        content=content,
    )
