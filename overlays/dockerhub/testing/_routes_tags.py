"""Tags: list, get, delete, and immutable-tag rules."""

from __future__ import annotations

import re

from ._context import Context
from ._http import FakeResponse, HubError, Router
from ._render import repo_json, tag_json

__all__ = ["router"]

router = Router()


@router.route("GET", "/v2/repositories/{namespace}/{repository}/tags/")
@router.route("GET", "/v2/namespaces/{namespace}/repositories/{repository}/tags")
def list_tags(ctx: Context) -> FakeResponse:
    """One page of a repository's tags, newest first as the Hub orders them.

    Filters: ``name`` (contains) and ``ordering`` (``last_updated`` newest first,
    ``-last_updated``, ``name``, ``-name``), and ``architecture``/``os`` (a tag with an
    image for that platform).
    """
    repo = ctx.repo()
    tags = list(repo.tags.values())
    needle = ctx.request.param("name")
    if needle:
        tags = [t for t in tags if needle.lower() in t.name.lower()]
    for field in ("architecture", "os"):
        wanted = ctx.request.param(field)
        if wanted:
            tags = [t for t in tags if any(i.get(field) == wanted for i in t.images)]
    ordering = ctx.request.param("ordering")
    if ordering in _TAG_ORDERINGS:
        key, newest_first = _TAG_ORDERINGS[ordering]
        tags.sort(key=lambda t: getattr(t, key) or "", reverse=newest_first)
    return ctx.page(tags, lambda t: tag_json(t, repo))


#: ``ordering`` value -> (Tag attribute, descending).
_TAG_ORDERINGS = {
    "last_updated": ("last_updated", True),
    "-last_updated": ("last_updated", False),
    "name": ("name", False),
    "-name": ("name", True),
}


@router.route("GET", "/v2/repositories/{namespace}/{repository}/tags/{tag}/")
@router.route("GET", "/v2/namespaces/{namespace}/repositories/{repository}/tags/{tag}")
def get_tag(ctx: Context) -> FakeResponse:
    """One tag with its images."""
    repo = ctx.repo()
    tag = repo.tags.get(ctx.params["tag"])
    if tag is None:
        raise HubError(404, "Object not found")
    return FakeResponse.json(200, tag_json(tag, repo))


def _matches(rules: list[str], name: str) -> bool:
    return any(re.fullmatch(rule, name) for rule in rules)


@router.route("DELETE", "/v2/repositories/{namespace}/{repository}/tags/{tag}/")
def delete_tag(ctx: Context) -> FakeResponse:
    """Delete a tag unless an immutability rule protects it."""
    repo = ctx.repo(write=True)
    name = ctx.params["tag"]
    if name not in repo.tags:
        raise HubError(404, "Object not found")
    if repo.immutable_tags and _matches(repo.immutable_rules, name):
        raise HubError(403, f"Tag {name} is immutable.", style="message")
    del repo.tags[name]
    ctx.audit(repo.namespace, "repo.tag.delete", f"{repo.namespace}/{repo.name}:{name}")
    return FakeResponse.empty(204)


def _compile(rule: str) -> None:
    try:
        re.compile(rule)
    except re.error:
        raise HubError(400, f"Invalid regular expression: {rule!r}", style="message") from None


@router.route("PATCH", "/v2/namespaces/{namespace}/repositories/{repository}/immutabletags")
def update_immutable_tags(ctx: Context) -> FakeResponse:
    """Turn immutability on or off and replace the rules."""
    repo = ctx.repo(write=True, admin_style="message")
    data = ctx.body()
    enabled = ctx.field(data, "immutable_tags", bool)
    rules = ctx.field(data, "immutable_tags_rules", list)
    if not all(isinstance(rule, str) for rule in rules):
        raise HubError(400, "immutable_tags_rules must be strings.", style="message")
    for rule in rules:
        _compile(rule)
    repo.immutable_tags = enabled
    repo.immutable_rules = list(rules)
    ctx.audit(repo.namespace, "repo.immutable_tags", f"{repo.namespace}/{repo.name}")
    return FakeResponse.json(200, repo_json(repo, ctx.principal, ctx.state))


@router.route("POST", "/v2/namespaces/{namespace}/repositories/{repository}/immutabletags/verify")
def verify_immutable_tags(ctx: Context) -> FakeResponse:
    """List the existing tags a candidate rule would protect."""
    repo = ctx.repo(write=True, admin_style="message")
    regex = ctx.field(ctx.body(), "regex", str)
    _compile(regex)
    return FakeResponse.json(200, {"tags": [n for n in repo.tags if _matches([regex], n)]})
