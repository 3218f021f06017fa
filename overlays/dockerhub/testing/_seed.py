"""Load seed data (the packaged ``seed.json`` or a user's file/dict) into a :class:`State`.

Large tag lists are described compactly (``"generate": {...}``) and expanded here
deterministically, so the same seed always yields the same ids, digests and sizes.
Names follow the Hub's rules (``dockerhub._validation.NAME_RULES``, shared with the SDK): a
seed naming something the Hub could not hold is refused with a ``ValueError``.
"""

from __future__ import annotations

import hashlib
import json
import uuid as uuidlib
from collections.abc import Mapping
from datetime import datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from .._validation import NAME_RULES
from ._state import (
    AccessToken,
    Invite,
    Org,
    OrgToken,
    Repo,
    State,
    Tag,
    Team,
    User,
    iso,
    stable_ids,
)

__all__ = ["SeedSource", "default_seed", "load_seed"]

SeedSource = str | Path | Mapping[str, Any]
_EPOCH = "2024-01-01T00:00:00.000000Z"


def default_seed() -> dict[str, Any]:
    """Return the packaged default seed description."""
    text = resources.files(__package__).joinpath("seed.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _read(source: SeedSource) -> Mapping[str, Any]:
    if isinstance(source, Mapping):
        return source
    data: dict[str, Any] = json.loads(Path(source).read_text(encoding="utf-8"))
    return data


def _uuid(*parts: str) -> str:
    return str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, "/".join(parts)))


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _shift(stamp: str, hours: float) -> str:
    base = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return iso((base - timedelta(hours=hours)).timestamp())


def _named(kind: str, value: Any) -> str:
    """``value`` when it is a valid ``kind`` of name (see ``NAME_RULES``)."""
    rule = NAME_RULES[kind]
    if not rule.accepts(value):
        raise ValueError(f"seed: {value!r} is not a valid {kind} name ({rule.explanation})")
    return str(value)


def _tag(state: State, ref: str, name: str, platforms: list[Any], pushed: str) -> Tag:
    _named("tag", name)
    images = []
    for arch, os_name, variant in platforms:
        digest = _hash(f"{ref}:{name}:{arch}:{variant}")
        images.append(
            {
                "architecture": arch,
                "os": os_name,
                "variant": variant,
                "digest": f"sha256:{digest}",
                "size": 5_000_000 + int(digest[:6], 16) % 60_000_000,
                "status": "active",
                "last_pulled": None,
                "last_pushed": pushed,
                "features": "",
                "os_features": "",
                "os_version": None,
            }
        )
    return Tag(state.next_id(), name, f"sha256:{_hash(f'{ref}:{name}')}", pushed, images)


def _tags(state: State, ref: str, spec: Any) -> list[Tag]:
    default_platforms = [["amd64", "linux", None]]
    if isinstance(spec, list):
        return [
            _tag(
                state,
                ref,
                t["name"],
                t.get("platforms", default_platforms),
                t.get("last_pushed", _EPOCH),
            )
            for t in spec
        ]
    gen = spec["generate"]
    names: list[str] = list(gen.get("names", []))
    per, top = int(gen.get("minors_per_major", 10)), int(gen.get("top_major", 30))
    index = 0
    while len(names) < int(gen["count"]):
        major, minor = top - index // per, per - 1 - index % per
        names.append(gen.get("template", "{major}.{minor}").format(major=major, minor=minor))
        index += 1
    platforms = gen.get("platforms", default_platforms)
    newest, step = gen.get("newest", _EPOCH), float(gen.get("step_hours", 6))
    return [_tag(state, ref, n, platforms, _shift(newest, i * step)) for i, n in enumerate(names)]


def _load_users(state: State, users: list[Mapping[str, Any]]) -> None:
    for entry in users:
        name = _named("namespace", entry["username"])
        hexid, uuid = stable_ids(name)
        state.users[name] = User(
            username=name,
            password=entry["password"],
            id=hexid,
            uuid=uuid,
            full_name=entry.get("full_name", ""),
            email=entry.get("email", ""),
            location=entry.get("location", ""),
            company=entry.get("company", ""),
            date_joined=entry.get("date_joined", _EPOCH),
            two_factor_code=entry.get("two_factor_code"),
        )
        for pat in entry.get("pats", []):
            token = AccessToken(
                _uuid(name, pat["label"]),
                name,
                pat["label"],
                pat["token"],
                list(pat.get("scopes", ["repo:admin"])),
                pat.get("created_at", _EPOCH),
            )
            state.pats[token.uuid] = token


def _load_orgs(state: State, orgs: list[Mapping[str, Any]]) -> None:
    for entry in orgs:
        name = _named("namespace", entry["name"])
        hexid, uuid = stable_ids(name)
        org = Org(
            name,
            hexid,
            uuid,
            entry.get("full_name", ""),
            entry.get("company", ""),
            entry.get("location", ""),
            entry.get("date_joined", _EPOCH),
            dict(entry.get("members", {})),
            settings=dict(entry.get("settings", {})),
            scim_token=entry.get("scim_token"),
        )
        for team in entry.get("teams", []):
            org.teams[_named("team", team["name"])] = Team(
                state.next_id(),
                _uuid(name, team["name"]),
                team["name"],
                team.get("description", ""),
                list(team.get("members", [])),
            )
        state.orgs[name] = org
        for invite in entry.get("invites", []):
            item = Invite(
                _uuid(name, "invite", invite["invitee"]),
                name,
                invite["inviter"],
                invite["invitee"],
                invite.get("role", "member"),
                invite.get("created_at", _EPOCH),
                invite.get("team"),
            )
            state.invites[item.id] = item
        for oat in entry.get("access_tokens", []):
            token = OrgToken(
                _uuid(name, "oat", oat["label"]),
                name,
                oat["label"],
                oat["token"],
                oat["created_by"],
                oat.get("created_at", _EPOCH),
                oat.get("description"),
                list(oat.get("resources", [])),
            )
            state.org_tokens[token.id] = token


def _load_repo(state: State, entry: Mapping[str, Any]) -> None:
    ns, name = _named("namespace", entry["namespace"]), _named("repository", entry["name"])
    repo = Repo(
        state.next_id(),
        ns,
        name,
        entry.get("date_registered", _EPOCH),
        entry.get("description", ""),
        entry.get("full_description", ""),
        entry.get("is_private", False),
        entry.get("pull_count", 0),
    )
    for tag in _tags(state, f"{ns}/{name}", entry.get("tags", [])):
        repo.tags[tag.name] = tag
    repo.last_updated = max((t.last_updated for t in repo.tags.values()), default=None)
    repo.collaborators = list(entry.get("collaborators", []))
    for comment in entry.get("comments", []):
        stamp = comment.get("created_on", _EPOCH)
        repo.comments.append(
            {
                "id": state.next_id(),
                "user": comment["user"],
                "comment": comment["comment"],
                "created_on": stamp,
                "updated_on": stamp,
            }
        )
    for hook in entry.get("webhooks", []):
        hooks = [
            {
                "id": state.next_id(),
                "creator": ns,
                "last_updater": ns,
                "hook_url": url,
                "date_added": _EPOCH,
                "last_updated": _EPOCH,
                "active": True,
            }
            for url in hook.get("hooks", [])
        ]
        repo.webhooks.append(
            {
                "id": state.next_id(),
                "name": hook["name"],
                "active": True,
                "expect_final_callback": True,
                "creator": ns,
                "last_updated": _EPOCH,
                "last_updater": ns,
                "hooks": hooks,
            }
        )
    _load_builds(state, repo, entry)
    state.repos[(ns, name)] = repo


def _load_builds(state: State, repo: Repo, entry: Mapping[str, Any]) -> None:
    auto = entry.get("autobuild")
    if auto is None:
        return
    vcs, provider = auto["vcs_repo_name"], auto.get("provider", "github")
    tags = [
        {
            "id": state.next_id(),
            "name": t.get("name", "latest"),
            "dockerfile_location": t.get("dockerfile_location", "/"),
            "source_type": t.get("source_type", "Branch"),
            "source_name": t.get("source_name", "master"),
        }
        for t in auto.get("build_tags", [{}])
    ]
    repo.autobuild = {
        "repository": repo.id,
        "build_name": vcs,
        "provider": provider,
        "source_url": f"https://{provider}.com/{vcs}.git",
        "docker_url": f"{repo.namespace}/{repo.name}",
        "repo_web_url": f"https://{provider}.com/{vcs}",
        "repo_type": "git",
        "active": True,
        "repo_id": str(repo.id),
        "build_tags": tags,
        "deploykey": None,
        "hook_id": None,
        "webhook_id": str(state.next_id()),
    }
    for build in entry.get("builds", []):
        stamp = build.get("created_date", _EPOCH)
        repo.builds.append(
            {
                "id": state.next_id(),
                "status": build.get("status", 10),
                "created_date": stamp,
                "last_updated": stamp,
                "build_code": build["build_code"],
                "dockertag_name": build.get("dockertag_name", "latest"),
                "cause": build.get("cause"),
            }
        )
    repo.links = [
        {"id": state.next_id(), "from_repo": f"{repo.namespace}/{repo.name}", "to_repo": to}
        for to in entry.get("links", [])
    ]
    repo.trigger_history = [dict(h) for h in entry.get("trigger_history", [])]


def load_seed(state: State, source: SeedSource) -> None:
    """Populate ``state`` from a seed file path or an already-parsed mapping."""
    data = _read(source)
    _load_users(state, list(data.get("users", [])))
    _load_orgs(state, list(data.get("orgs", [])))
    for repo in data.get("repositories", []):
        _load_repo(state, repo)
    for who, ns, name in data.get("stars", []):
        state.stars.add((who, ns, name))
