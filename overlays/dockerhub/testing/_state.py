"""The in-memory data model of the fake Hub: accounts, repositories and their parts.

Everything here is plain data plus the permission rules that the handlers share. The
:class:`State` is only ever touched while the owning ``FakeHub`` holds its lock.
"""

from __future__ import annotations

import hashlib
import itertools
import uuid as uuidlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ._scopes import oat_grants, pat_level

__all__ = [
    "AccessToken",
    "Invite",
    "Org",
    "OrgToken",
    "Principal",
    "Repo",
    "State",
    "Tag",
    "Team",
    "User",
    "iso",
    "parse_time",
    "stable_ids",
]


def iso(timestamp: float) -> str:
    """Format a unix time the way the Hub does (UTC, six fractional digits, ``Z``)."""
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_time(text: str) -> float:
    """A Hub timestamp (ISO 8601; ``Z`` or an offset; no zone means UTC) as unix time.

    Raises:
        ValueError: ``text`` is not an ISO 8601 date or date-time.
    """
    moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def stable_ids(name: str) -> tuple[str, str]:
    """Return a deterministic ``(32-hex id, dashed uuid)`` pair for an account name."""
    hexid = hashlib.sha256(name.encode()).hexdigest()[:32]
    return hexid, str(uuidlib.UUID(hexid))


@dataclass
class User:
    """A Docker ID with its password and optional second factor."""

    username: str
    password: str
    id: str
    uuid: str
    full_name: str = ""
    email: str = ""
    location: str = ""
    company: str = ""
    date_joined: str = "2020-01-01T00:00:00.000000Z"
    two_factor_code: str | None = None


@dataclass
class AccessToken:
    """A personal access token (``dckr_pat_...``)."""

    uuid: str
    owner: str
    label: str
    secret: str
    scopes: list[str]
    created_at: str
    expires_at: str | None = None
    last_used: str | None = None
    is_active: bool = True


@dataclass
class OrgToken:
    """An organization access token (``dckr_oat_...``)."""

    id: str
    org: str
    label: str
    secret: str
    created_by: str
    created_at: str
    description: str | None = None
    resources: list[dict[str, Any]] = field(default_factory=list)
    expires_at: str | None = None
    last_used_at: str | None = None
    is_active: bool = True


@dataclass
class Team:
    """A team (group) of an organization."""

    id: int
    uuid: str
    name: str
    description: str | None = None
    members: list[str] = field(default_factory=list)


@dataclass
class Invite:
    """A pending invitation to an organization."""

    id: str
    org: str
    inviter: str
    invitee: str
    role: str
    created_at: str
    team: str | None = None


@dataclass
class Org:
    """An organization with member roles, teams and settings."""

    name: str
    id: str
    uuid: str
    full_name: str = ""
    company: str = ""
    location: str = ""
    date_joined: str = "2020-01-01T00:00:00.000000Z"
    members: dict[str, str] = field(default_factory=dict)
    teams: dict[str, Team] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    registry_access: dict[str, Any] | None = None
    scim_token: str | None = None


@dataclass
class Tag:
    """A tag with its per-platform images."""

    id: int
    name: str
    digest: str
    last_updated: str
    images: list[dict[str, Any]]
    creator: int = 1
    last_pulled: str | None = None
    media_type: str = "application/vnd.oci.image.index.v1+json"


@dataclass
class Repo:
    """A repository and everything hanging off it."""

    id: int
    namespace: str
    name: str
    date_registered: str
    description: str = ""
    full_description: str = ""
    is_private: bool = False
    pull_count: int = 0
    last_updated: str | None = None
    tags: dict[str, Tag] = field(default_factory=dict)
    collaborators: list[str] = field(default_factory=list)
    comments: list[dict[str, Any]] = field(default_factory=list)
    webhooks: list[dict[str, Any]] = field(default_factory=list)
    autobuild: dict[str, Any] | None = None
    builds: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    trigger_history: list[dict[str, Any]] = field(default_factory=list)
    team_permissions: dict[int, str] = field(default_factory=dict)
    immutable_tags: bool = False
    immutable_rules: list[str] = field(default_factory=list)
    webhook_pipelines: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Principal:
    """Who a request acts as: a user, or an organization through an access token.

    ``scopes`` holds the scopes of the personal access token the session came from
    (``None`` after a password login: not limited).
    """

    name: str
    jti: str
    org_token: str | None = None
    scopes: tuple[str, ...] | None = None


@dataclass
class State:
    """All mutable data of one fake Hub."""

    users: dict[str, User] = field(default_factory=dict)
    orgs: dict[str, Org] = field(default_factory=dict)
    repos: dict[tuple[str, str], Repo] = field(default_factory=dict)
    stars: set[tuple[str, str, str]] = field(default_factory=set)
    pats: dict[str, AccessToken] = field(default_factory=dict)
    org_tokens: dict[str, OrgToken] = field(default_factory=dict)
    invites: dict[str, Invite] = field(default_factory=dict)
    audit: list[dict[str, Any]] = field(default_factory=list)
    revoked: set[str] = field(default_factory=set)
    pending_2fa: dict[str, str] = field(default_factory=dict)
    scim_inactive: set[tuple[str, str]] = field(default_factory=set)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(100000))

    def next_id(self) -> int:
        """Return a fresh integer id (shared by every kind of object)."""
        return next(self._ids)

    # ------------------------------------------------------------- permissions
    def role_in(self, principal: Principal | None, org: str) -> str | None:
        """Return the principal's role in ``org`` (``owner``/``editor``/``member``)."""
        if principal is None or org not in self.orgs:
            return None
        if principal.org_token is not None:
            return "editor" if principal.name == org else None
        return self.orgs[org].members.get(principal.name)

    def can_write(self, principal: Principal | None, namespace: str) -> bool:
        """Whether the principal may create or change repositories in ``namespace``."""
        if principal is None:
            return False
        if principal.org_token is None and principal.name == namespace:
            return True
        return self.role_in(principal, namespace) in {"owner", "editor"}

    def can_admin_org(self, principal: Principal | None, org: str) -> bool:
        """Whether the principal owns ``org``."""
        return self.role_in(principal, org) == "owner"

    def can_see(self, principal: Principal | None, repo: Repo) -> bool:
        """Whether the repository is visible (public, owned, org member or collaborator).

        A private repository also needs a token that may read it: a PAT from
        ``repo:read`` up, an OAT with a resource granting pull (see ``_scopes``).
        """
        if not repo.is_private:
            return True
        if principal is None:
            return False
        if principal.scopes is not None and pat_level(principal.scopes) < 1:
            return False
        if principal.org_token is not None:
            token = self.org_tokens.get(principal.org_token)
            resources = token.resources if token is not None else []
            if "pull" not in oat_grants(resources, repo.namespace, repo.name, public=False):
                return False
        if principal.name == repo.namespace or self.role_in(principal, repo.namespace):
            return True
        return principal.name in repo.collaborators

    def record(self, account: str, action: str, name: str, actor: str, when: str) -> None:
        """Append an audit event."""
        self.audit.append(
            {
                "account": account,
                "action": action,
                "name": name,
                "actor": actor,
                "data": {},
                "timestamp": when,
                "action_description": action.replace(".", " "),
            }
        )
