"""The fake registry's content: image configs, manifests and indexes built from the Hub data.

Every tag of a seeded repository becomes an image on the fake registry, built from the
tag's platforms (``Tag.images``) and deterministic for the same seed:

- a tag with several platforms is an OCI image index listing one OCI image manifest per
  platform plus, for each, a BuildKit attestation manifest (``unknown/unknown``, annotated
  ``vnd.docker.reference.type: attestation-manifest``);
- repositories in :data:`DOCKER_FORMAT` (``library/alpine``) use Docker's older media
  types instead: a manifest list without attestations and v2 manifests;
- a tag with one platform is a single image manifest.

Each image manifest references a real JSON config blob (served by the fake) and two layer
descriptors (not served: nothing here pulls layers). Digests are computed over the exact
bytes served, so they differ from the made-up digests of the Hub API's tag data.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

__all__ = ["DOCKER_FORMAT", "Built", "build_image"]

OCI_INDEX = "application/vnd.oci.image.index.v1+json"
OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
OCI_CONFIG = "application/vnd.oci.image.config.v1+json"
OCI_LAYER = "application/vnd.oci.image.layer.v1.tar+gzip"
DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json"
DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json"
DOCKER_CONFIG = "application/vnd.docker.container.image.v1+json"
DOCKER_LAYER = "application/vnd.docker.image.rootfs.diff.tar.gzip"
IN_TOTO = "application/vnd.in-toto+json"

#: Repositories whose images use Docker's media types rather than OCI's.
DOCKER_FORMAT = frozenset({"library/alpine"})


def digest_of(content: bytes) -> str:
    """``sha256:<hex>`` of ``content``."""
    return "sha256:" + hashlib.sha256(content).hexdigest()


def _encode(document: dict[str, Any]) -> bytes:
    return json.dumps(document, indent=2, sort_keys=False).encode()


def _fake_digest(*parts: str) -> str:
    return digest_of(":".join(parts).encode())


@dataclass
class Built:
    """One tag's content: the top manifest's digest and everything it references."""

    digest: str
    manifests: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    blobs: dict[str, bytes] = field(default_factory=dict)

    def add_manifest(self, media_type: str, document: dict[str, Any]) -> dict[str, Any]:
        """Store a manifest; return its descriptor."""
        content = _encode(document)
        digest = digest_of(content)
        self.manifests[digest] = (media_type, content)
        return {"mediaType": media_type, "digest": digest, "size": len(content)}

    def add_blob(self, media_type: str, content: bytes) -> dict[str, Any]:
        """Store a blob; return its descriptor."""
        digest = digest_of(content)
        self.blobs[digest] = content
        return {"mediaType": media_type, "digest": digest, "size": len(content)}


def _seed_of(image: dict[str, Any]) -> str:
    """What makes one platform's made-up layers unique."""
    return str(image.get("digest") or f"{image['os']}/{image['architecture']}")


def _config(name: str, tag: str, image: dict[str, Any], created: str) -> dict[str, Any]:
    short = name.rsplit("/", 1)[-1]
    config: dict[str, Any] = {"architecture": image["architecture"], "os": image["os"]}
    if image.get("variant"):
        config["variant"] = image["variant"]
    diff_ids = [_fake_digest(name, tag, _seed_of(image), "diff", str(i)) for i in (0, 1)]
    config.update(
        {
            "created": created,
            "config": {
                "Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
                "Entrypoint": ["/docker-entrypoint.sh"],
                "Cmd": [short, "-g", "daemon off;"],
                "WorkingDir": "/",
                "ExposedPorts": {"80/tcp": {}},
                "Labels": {
                    "org.opencontainers.image.title": short,
                    "org.opencontainers.image.version": tag,
                },
            },
            "rootfs": {"type": "layers", "diff_ids": diff_ids},
            "history": [
                {"created": created, "created_by": "ADD rootfs.tar.gz / # buildkit"},
                {"created": created, "created_by": f"RUN install-{short} # buildkit"},
                {
                    "created": created,
                    "created_by": 'CMD ["' + short + '" "-g" "daemon off;"]',
                    "empty_layer": True,
                },
            ],
        }
    )
    return config


def _image(
    built: Built, name: str, tag: str, image: dict[str, Any], created: str, docker: bool
) -> dict[str, Any]:
    config = built.add_blob(
        DOCKER_CONFIG if docker else OCI_CONFIG, _encode(_config(name, tag, image, created))
    )
    total = int(image.get("size") or 1_000_000)
    layers = [
        {
            "mediaType": DOCKER_LAYER if docker else OCI_LAYER,
            "digest": _fake_digest(name, tag, _seed_of(image), "layer", str(i)),
            "size": size,
        }
        for i, size in enumerate((total * 3 // 4, total - total * 3 // 4))
    ]
    kind = DOCKER_MANIFEST if docker else OCI_MANIFEST
    document = {"schemaVersion": 2, "mediaType": kind, "config": config, "layers": layers}
    return built.add_manifest(kind, document)


def _attestation(built: Built, name: str, subject: dict[str, Any]) -> dict[str, Any]:
    hex_digest = str(subject["digest"]).removeprefix("sha256:")
    statement = {
        "_type": "https://in-toto.io/Statement/v0.1",
        "subject": [{"name": name, "digest": {"sha256": hex_digest}}],
    }
    layer = built.add_blob(IN_TOTO, _encode(statement))
    layer["annotations"] = {"in-toto.io/predicate-type": "https://spdx.dev/Document"}
    config = built.add_blob(OCI_CONFIG, b"{}")
    document = {
        "schemaVersion": 2,
        "mediaType": OCI_MANIFEST,
        "config": config,
        "layers": [layer],
    }
    descriptor = built.add_manifest(OCI_MANIFEST, document)
    descriptor["annotations"] = {
        "vnd.docker.reference.digest": subject["digest"],
        "vnd.docker.reference.type": "attestation-manifest",
    }
    descriptor["platform"] = {"architecture": "unknown", "os": "unknown"}
    return descriptor


def build_image(name: str, tag: str, images: list[dict[str, Any]], created: str) -> Built:
    """The content of ``name:tag`` for the platforms ``images`` (Hub tag image dicts)."""
    docker = name in DOCKER_FORMAT
    built = Built(digest="")
    if len(images) == 1:
        built.digest = _image(built, name, tag, images[0], created, docker)["digest"]
        return built
    entries: list[dict[str, Any]] = []
    attestations: list[dict[str, Any]] = []
    for image in images:
        descriptor = _image(built, name, tag, image, created, docker)
        platform = {"architecture": image["architecture"], "os": image["os"]}
        if image.get("variant"):
            platform["variant"] = image["variant"]
        descriptor["platform"] = platform
        entries.append(descriptor)
        if not docker:
            attestations.append(_attestation(built, f"{name}:{tag}", descriptor))
    kind = DOCKER_LIST if docker else OCI_INDEX
    index = {"schemaVersion": 2, "mediaType": kind, "manifests": entries + attestations}
    built.digest = built.add_manifest(kind, index)["digest"]
    return built
