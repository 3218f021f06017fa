"""JSON shapes of the fake's objects, following the spec's response schemas."""

from __future__ import annotations

from typing import Any

from ._state import AccessToken, Invite, Org, OrgToken, Principal, Repo, State, Tag, Team, User

__all__ = [
    "invite_json",
    "member_json",
    "org_json",
    "org_token_json",
    "pat_json",
    "repo_json",
    "tag_json",
    "team_json",
    "user_json",
]


def user_json(user: User, *, private: bool = False) -> dict[str, Any]:
    """A user profile; ``private`` adds the fields only the user sees."""
    data: dict[str, Any] = {
        "id": user.id,
        "uuid": user.uuid,
        "username": user.username,
        "full_name": user.full_name,
        "location": user.location,
        "company": user.company,
        "profile_url": "",
        "date_joined": user.date_joined,
        "gravatar_url": "",
        "gravatar_email": "",
        "type": "User",
    }
    if private:
        data.update(is_staff=False, is_admin=False, email=user.email)
    return data


def member_json(user: User, org: Org, state: State) -> dict[str, Any]:
    """An organization member entry."""
    data = user_json(user)
    groups = [t.name for t in org.teams.values() if user.username in t.members]
    data.update(
        email=user.email,
        role=org.members.get(user.username, "member"),
        groups=groups,
        is_guest=False,
        primary_email=user.email,
        last_logged_in_at=None,
        last_seen_at=None,
        last_desktop_version=None,
    )
    return data


def org_json(org: Org, principal: Principal | None, state: State) -> dict[str, Any]:
    """An organization profile as seen by ``principal``."""
    name = principal.name if principal else ""
    return {
        "id": org.id,
        "uuid": org.uuid,
        "orgname": org.name,
        "full_name": org.full_name,
        "location": org.location,
        "company": org.company,
        "profile_url": "",
        "date_joined": org.date_joined,
        "gravatar_url": "",
        "gravatar_email": "",
        "type": "Organization",
        "badge": "",
        "is_active": True,
        "user_role": state.role_in(principal, org.name) or "",
        "user_groups": [t.name for t in org.teams.values() if name in t.members],
        "org_groups_count": len(org.teams),
    }


def team_json(team: Team) -> dict[str, Any]:
    """A team (group)."""
    return {
        "id": team.id,
        "uuid": team.uuid,
        "name": team.name,
        "description": team.description,
        "member_count": len(team.members),
    }


def tag_json(tag: Tag, repo: Repo) -> dict[str, Any]:
    """A tag with its per-platform images."""
    pushed = max((i["last_pushed"] for i in tag.images), default=tag.last_updated)
    return {
        "id": tag.id,
        "name": tag.name,
        "repository": repo.id,
        "creator": tag.creator,
        "last_updater": tag.creator,
        "last_updater_username": repo.namespace,
        "last_updated": tag.last_updated,
        "full_size": sum(int(i["size"]) for i in tag.images),
        "image_id": None,
        "v2": True,
        "tag_status": "active",
        "tag_last_pulled": tag.last_pulled,
        "tag_last_pushed": pushed,
        "digest": tag.digest,
        "media_type": tag.media_type,
        "content_type": "image",
        "images": [dict(image) for image in tag.images],
    }


def repo_json(repo: Repo, principal: Principal | None, state: State) -> dict[str, Any]:
    """A repository as seen by ``principal`` (``can_edit``, ``has_starred``...)."""
    can_edit = state.can_write(principal, repo.namespace)
    starred = principal is not None and (principal.name, repo.namespace, repo.name) in state.stars
    sizes = [sum(int(i["size"]) for i in t.images) for t in repo.tags.values()]
    return {
        "id": repo.id,
        "user": repo.namespace,
        "name": repo.name,
        "namespace": repo.namespace,
        "repository_type": "image",
        "status": 1,
        "status_description": "active",
        "description": repo.description,
        "is_private": repo.is_private,
        "is_automated": repo.autobuild is not None,
        "can_edit": can_edit,
        "star_count": sum(1 for s in state.stars if s[1:] == (repo.namespace, repo.name)),
        "pull_count": repo.pull_count,
        "last_updated": repo.last_updated,
        "last_modified": repo.last_updated,
        "date_registered": repo.date_registered,
        "collaborator_count": len(repo.collaborators),
        "affiliation": "owner" if can_edit else None,
        "hub_user": repo.namespace,
        "has_starred": starred,
        "full_description": repo.full_description,
        "permissions": {"read": True, "write": can_edit, "admin": can_edit},
        "media_types": sorted({t.media_type for t in repo.tags.values()}),
        "content_types": ["image"] if repo.tags else [],
        "categories": [],
        "immutable_tags_settings": {
            "enabled": repo.immutable_tags,
            "rules": list(repo.immutable_rules),
        },
        "storage_size": sum(sizes) if sizes else None,
        "source": None,
    }


def pat_json(token: AccessToken, *, with_secret: bool = False) -> dict[str, Any]:
    """A personal access token; the secret only when just created."""
    data: dict[str, Any] = {
        "uuid": token.uuid,
        "client_id": "HUB",
        "creator_ip": "127.0.0.1",
        "creator_ua": "dockerhub-sdk-fake",
        "created_at": token.created_at,
        "last_used": token.last_used,
        "generated_by": "manual",
        "is_active": token.is_active,
        "token": token.secret if with_secret else "",
        "token_label": token.label,
        "scopes": list(token.scopes),
        "expires_at": token.expires_at,
    }
    return data


def org_token_json(token: OrgToken, *, with_secret: bool = False) -> dict[str, Any]:
    """An organization access token; the secret only when just created."""
    data: dict[str, Any] = {
        "id": token.id,
        "label": token.label,
        "description": token.description,
        "created_by": token.created_by,
        "is_active": token.is_active,
        "created_at": token.created_at,
        "expires_at": token.expires_at,
        "last_used_at": token.last_used_at,
        "resources": [dict(r) for r in token.resources],
    }
    if with_secret:
        data["token"] = token.secret
    return data


def invite_json(invite: Invite) -> dict[str, Any]:
    """A pending invitation."""
    return {
        "id": invite.id,
        "inviter_username": invite.inviter,
        "invitee": invite.invitee,
        "org": invite.org,
        "team": invite.team,
        "role": invite.role,
        "created_at": invite.created_at,
    }
