"""What an access token may do: PAT scopes and OAT resources, checked per route.

Personal access tokens carry one level from ``repo:public_read`` < ``repo:read`` <
``repo:write`` < ``repo:admin`` (a token listing several has the highest; a password
login is not limited). On the repository routes (``/v2/repositories/...`` and
``/v2/namespaces/...``):

- reading needs ``repo:public_read``, and a private repository is visible only from
  ``repo:read`` up (below that it is hidden, a 404, as the Hub hides it);
- creating a repository (what a push does) needs ``repo:write``;
- every other change (descriptions, deletions, tags, collaborators, webhooks, builds,
  team access) needs ``repo:admin``: the Hub refuses description updates and tag deletions
  from a read-and-write token.

Organization access tokens list resources ``{"type": "TYPE_REPO", "path": "acme/*",
"scopes": ["repo-pull"]}`` (``path`` is a glob over ``namespace/name``; ``*/*/public``
means every public repository). On the repository routes a private repository needs a
resource granting pull (or push) to be seen, and every change needs push.

A refusal is the Hub's 403, ``{"detail": "access denied: insufficient scope"}``.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Mapping
from typing import Any

from ._http import HubError

__all__ = [
    "OAT_REPO_SCOPES",
    "PAT_SCOPES",
    "check_route",
    "oat_grants",
    "pat_level",
    "required_pat_scope",
]

#: The PAT scopes the Hub knows, lowest first; each implies the ones before it.
PAT_SCOPES: tuple[str, ...] = ("repo:public_read", "repo:read", "repo:write", "repo:admin")
#: The repository scopes of an OAT resource (both spellings the Hub's reference uses).
OAT_REPO_SCOPES: Mapping[str, str] = {
    "repo-pull": "pull",
    "repo-push": "push",
    "scope-image-pull": "pull",
    "scope-image-push": "push",
}
OAT_RESOURCE_TYPES = frozenset({"TYPE_REPO", "TYPE_ORG"})

INSUFFICIENT_SCOPE = "access denied: insufficient scope"
_REPO_ROUTES = ("/v2/repositories/", "/v2/namespaces/")
_CREATES = frozenset(
    {("POST", "/v2/repositories/"), ("POST", "/v2/namespaces/{namespace}/repositories")}
)


def pat_level(scopes: Iterable[str]) -> int:
    """The index in :data:`PAT_SCOPES` of the highest known scope (-1: none)."""
    return max((PAT_SCOPES.index(s) for s in scopes if s in PAT_SCOPES), default=-1)


def required_pat_scope(method: str, template: str) -> str | None:
    """The PAT scope a route needs, or ``None`` when PAT scopes do not limit it."""
    if not template.startswith(_REPO_ROUTES):
        return None
    if method in {"GET", "HEAD"}:
        return "repo:public_read"
    if (method, template) in _CREATES:
        return "repo:write"
    return "repo:admin"


def oat_grants(
    resources: Iterable[Mapping[str, Any]], namespace: str, name: str, *, public: bool
) -> set[str]:
    """What an OAT's resources allow on ``namespace/name``: a subset of ``{pull, push}``."""
    granted: set[str] = set()
    for resource in resources:
        if resource.get("type") != "TYPE_REPO":
            continue
        path = str(resource.get("path", ""))
        if path == "*/*/public":
            matches = public
        else:
            matches = fnmatch.fnmatchcase(f"{namespace}/{name}", path)
        if matches:
            scopes = resource.get("scopes") or []
            granted.update(OAT_REPO_SCOPES[s] for s in scopes if s in OAT_REPO_SCOPES)
    if "push" in granted:
        granted.add("pull")
    return granted


def check_route(
    method: str,
    template: str,
    *,
    pat_scopes: Iterable[str] | None,
    oat_resources: Iterable[Mapping[str, Any]] | None,
    target: tuple[str, str] | None,
    public: bool,
) -> None:
    """Refuse (403) a route the caller's token may not use; reads of private repositories
    are left to the visibility rules (a hidden repository is a 404)."""
    needed = required_pat_scope(method, template)
    if needed is None:
        return
    if pat_scopes is not None and pat_level(pat_scopes) < PAT_SCOPES.index(needed):
        raise HubError(403, INSUFFICIENT_SCOPE)
    writes = needed != "repo:public_read"
    if oat_resources is not None and writes and target is not None:
        granted = oat_grants(oat_resources, *target, public=public)
        if "push" not in granted:
            raise HubError(403, INSUFFICIENT_SCOPE)
