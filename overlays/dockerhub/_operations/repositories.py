"""Repositories, tags, stars, comments, collaborators and webhooks.

The original library's methods use the ``/v2/repositories/{namespace}/{repository}/``
paths; today's API lives under ``/v2/namespaces/{namespace}/repositories/...``. Both are
here, named by the rule in :mod:`dockerhub._operations`.
"""

from __future__ import annotations

from dockerhub_client import models

from .._call import Call, Flow, operation
from .._lazy import LazyEndpoint, endpoint
from .._validation import (
    validate_namespace,
    validate_tag,
)
from ..errors import NotFoundError
from ._common import check_id, flexible_args, optional, page_call, repo_args, require_text

add_collaborator = endpoint("collaborators", "add_collaborator")
delete_collaborator = endpoint("collaborators", "delete_collaborator")
list_collaborators = endpoint("collaborators", "list_collaborators")
check_namespace_repository = endpoint("repositories", "check_namespace_repository")
create_namespace_repository = endpoint("repositories", "create_namespace_repository")
create_repository = endpoint("repositories", "create_repository")
delete_repository = endpoint("repositories", "delete_repository")
get_namespace_repository = endpoint("repositories", "get_namespace_repository")
get_repository = endpoint("repositories", "get_repository")
list_comments = endpoint("repositories", "list_comments")
list_namespace_repositories = endpoint("repositories", "list_namespace_repositories")
star_repository = endpoint("repositories", "star_repository")
unstar_repository = endpoint("repositories", "unstar_repository")
update_namespace_repository = endpoint("repositories", "update_namespace_repository")
update_repository = endpoint("repositories", "update_repository")
check_namespace_repository_tag = endpoint("tags", "check_namespace_repository_tag")
check_namespace_repository_tags = endpoint("tags", "check_namespace_repository_tags")
delete_tag = endpoint("tags", "delete_tag")
get_namespace_repository_tag = endpoint("tags", "get_namespace_repository_tag")
list_namespace_repository_tags = endpoint("tags", "list_namespace_repository_tags")
list_tags = endpoint("tags", "list_tags")
update_immutable_tags = endpoint("tags", "update_immutable_tags")
verify_immutable_tags = endpoint("tags", "verify_immutable_tags")
grant_team_repository_access = endpoint("teams", "grant_team_repository_access")
create_webhook = endpoint("webhooks", "create_webhook")
create_webhook_hook = endpoint("webhooks", "create_webhook_hook")
delete_webhook = endpoint("webhooks", "delete_webhook")
list_webhooks = endpoint("webhooks", "list_webhooks")

__all__ = ["RepositoryOps"]


def _exists(call: Call[object]) -> Flow[bool]:
    try:
        yield call
    except NotFoundError:
        return False
    return True


def _creation(
    namespace: str,
    repository: str,
    description: str | None,
    full_description: str | None,
    is_private: bool,
) -> models.CreateRepositoryRequest:
    names = repo_args(namespace, repository)
    return models.CreateRepositoryRequest(
        namespace=names["namespace"],
        name=names["repository"],
        description=optional(description),
        full_description=optional(full_description),
        is_private=bool(is_private),
    )


def _describe(
    endpoint: LazyEndpoint,
    namespace: str,
    repository: str,
    description: str | None,
    full_description: str | None,
) -> Call[models.Repository]:
    body = models.UpdateRepositoryRequest(
        description=optional(description), full_description=optional(full_description)
    )
    return Call(
        endpoint, {**repo_args(namespace, repository), "body": body}, expect=models.Repository
    )


class RepositoryOps:
    """Methods on repositories and what hangs off them."""

    # -- the original library's repository methods -----------------------------------------

    @operation
    def repository(self, namespace: str, repository: str | None = None) -> Flow[models.Repository]:
        """A repository. Accepts ``("nginx")``, ``("library/nginx")``, ``("_", "nginx")``
        and ``("library", "nginx")``; a missing namespace means the official ``library``."""
        return Call(get_repository, flexible_args(namespace, repository), expect=models.Repository)

    @operation
    def create_repository(
        self,
        namespace: str,
        repository: str,
        *,
        description: str | None = None,
        full_description: str | None = None,
        is_private: bool = False,
    ) -> Flow[models.Repository]:
        """Create a repository (``POST /v2/repositories/``)."""
        body = _creation(namespace, repository, description, full_description, is_private)
        return Call(create_repository, {"body": body}, expect=models.Repository)

    @operation
    def delete_repository(self, namespace: str, repository: str) -> Flow[None]:
        """Delete a repository and all its tags. This cannot be undone."""
        return Call(delete_repository, repo_args(namespace, repository))

    @operation
    def set_repository_description(
        self,
        namespace: str,
        repository: str,
        *,
        short: str | None = None,
        full: str | None = None,
    ) -> Flow[models.Repository]:
        """Set the short (``description``) and/or full (``full_description``) description."""
        if short is None and full is None:
            raise ValueError("give short=, full= or both")
        return _describe(update_repository, namespace, repository, short, full)

    @operation
    def star_repository(self, namespace: str, repository: str | None = None) -> Flow[None]:
        """Star a repository as the logged-in user."""
        return Call(
            star_repository, {**flexible_args(namespace, repository), "body": models.EmptyRequest()}
        )

    @operation
    def unstar_repository(self, namespace: str, repository: str | None = None) -> Flow[None]:
        """Remove the logged-in user's star from a repository."""
        return Call(unstar_repository, flexible_args(namespace, repository))

    @operation
    def tags(
        self, namespace: str, repository: str | None = None, *, per_page: int = 100, page: int = 1
    ) -> Flow[list[models.Tag]]:
        """One page of a repository's tags (``/v2/repositories/.../tags/``)."""
        return page_call(
            list_tags,
            models.TagPage,
            per_page=per_page,
            page=page,
            **flexible_args(namespace, repository),
        )

    @operation
    def comments(
        self, namespace: str, repository: str | None = None, *, per_page: int = 100, page: int = 1
    ) -> Flow[list[models.Comment]]:
        """One page of a repository's comments."""
        return page_call(
            list_comments,
            models.CommentPage,
            per_page=per_page,
            page=page,
            **flexible_args(namespace, repository),
        )

    @operation
    def delete_tag(self, namespace: str, repository: str, tag: str) -> Flow[None]:
        """Delete one tag of a repository."""
        return Call(delete_tag, {**repo_args(namespace, repository), "tag": validate_tag(tag)})

    @operation
    def collaborators(
        self, namespace: str, repository: str, *, per_page: int = 100, page: int = 1
    ) -> Flow[list[models.Collaborator]]:
        """One page of a repository's collaborators."""
        return page_call(
            list_collaborators,
            models.CollaboratorPage,
            per_page=per_page,
            page=page,
            **repo_args(namespace, repository),
        )

    @operation
    def add_collaborator(
        self, namespace: str, repository: str, collaborator: str
    ) -> Flow[models.Collaborator]:
        """Give ``collaborator`` (a username) access to a repository."""
        body = models.AddCollaboratorRequest(user=validate_namespace(collaborator, "collaborator"))
        return Call(
            add_collaborator,
            {**repo_args(namespace, repository), "body": body},
            expect=models.Collaborator,
        )

    @operation
    def delete_collaborator(self, namespace: str, repository: str, collaborator: str) -> Flow[None]:
        """Take a collaborator's access to a repository away."""
        return Call(
            delete_collaborator,
            {
                **repo_args(namespace, repository),
                "collaborator": validate_namespace(collaborator, "collaborator"),
            },
        )

    @operation
    def webhooks(
        self, namespace: str, repository: str, *, per_page: int = 100, page: int = 1
    ) -> Flow[list[models.Webhook]]:
        """One page of a repository's webhooks."""
        return page_call(
            list_webhooks,
            models.WebhookPage,
            per_page=per_page,
            page=page,
            **repo_args(namespace, repository),
        )

    @operation
    def create_webhook(self, namespace: str, repository: str, name: str) -> Flow[models.Webhook]:
        """Create an empty webhook called ``name``; add URLs with :meth:`create_webhook_hook`."""
        body = models.CreateWebhookRequest(name=require_text(name, "name"))
        return Call(
            create_webhook,
            {**repo_args(namespace, repository), "body": body},
            expect=models.Webhook,
        )

    @operation
    def create_webhook_hook(
        self, namespace: str, repository: str, webhook_id: int, url: str
    ) -> Flow[models.WebhookHook]:
        """Add a URL to call to an existing webhook."""
        body = models.CreateWebhookHookRequest(hook_url=require_text(url, "url"))
        return Call(
            create_webhook_hook,
            {
                **repo_args(namespace, repository),
                "webhook_id": check_id(webhook_id, "webhook_id"),
                "body": body,
            },
            expect=models.WebhookHook,
        )

    @operation
    def delete_webhook(self, namespace: str, repository: str, webhook_id: int) -> Flow[None]:
        """Delete a webhook."""
        return Call(
            delete_webhook,
            {**repo_args(namespace, repository), "webhook_id": check_id(webhook_id, "webhook_id")},
        )

    # -- today's API: /v2/namespaces/{namespace}/repositories ------------------------------

    @operation
    def namespace_repositories(
        self,
        namespace: str,
        *,
        per_page: int = 100,
        page: int = 1,
        name: str | None = None,
        ordering: str | None = None,
    ) -> Flow[list[models.Repository]]:
        """One page of a namespace's repositories, optionally filtered by ``name`` and sorted
        by ``ordering`` (``last_updated``, ``-last_updated``, ``name``, ``-name``, ...)."""
        return page_call(
            list_namespace_repositories,
            models.RepositoryPage,
            per_page=per_page,
            page=page,
            namespace=validate_namespace(namespace),
            name=optional(name),
            ordering=optional(ordering),
        )

    @operation
    def create_namespace_repository(
        self,
        namespace: str,
        repository: str,
        *,
        description: str | None = None,
        full_description: str | None = None,
        is_private: bool = False,
    ) -> Flow[models.Repository]:
        """Create a repository (``POST /v2/namespaces/{namespace}/repositories``)."""
        body = _creation(namespace, repository, description, full_description, is_private)
        return Call(
            create_namespace_repository,
            {"namespace": body.namespace, "body": body},
            expect=models.Repository,
        )

    @operation
    def namespace_repository(self, namespace: str, repository: str) -> Flow[models.Repository]:
        """A repository, through today's ``/v2/namespaces/...`` path."""
        return Call(
            get_namespace_repository, repo_args(namespace, repository), expect=models.Repository
        )

    @operation
    def check_namespace_repository(self, namespace: str, repository: str) -> Flow[bool]:
        """Whether a repository exists and is visible to this caller (a HEAD request)."""
        return _exists(Call(check_namespace_repository, repo_args(namespace, repository)))

    @operation
    def update_namespace_repository(
        self,
        namespace: str,
        repository: str,
        *,
        description: str | None = None,
        full_description: str | None = None,
    ) -> Flow[models.Repository]:
        """Update a repository's descriptions through today's path."""
        if description is None and full_description is None:
            raise ValueError("give description=, full_description= or both")
        return _describe(
            update_namespace_repository, namespace, repository, description, full_description
        )

    @operation
    def namespace_repository_tags(
        self, namespace: str, repository: str | None = None, *, per_page: int = 100, page: int = 1
    ) -> Flow[list[models.Tag]]:
        """One page of a repository's tags through today's path (with per-platform images)."""
        return page_call(
            list_namespace_repository_tags,
            models.TagPage,
            per_page=per_page,
            page=page,
            **flexible_args(namespace, repository),
        )

    @operation
    def check_namespace_repository_tags(self, namespace: str, repository: str) -> Flow[bool]:
        """Whether a repository's tag list is reachable (a HEAD request)."""
        return _exists(Call(check_namespace_repository_tags, repo_args(namespace, repository)))

    @operation
    def namespace_repository_tag(
        self, namespace: str, repository: str, tag: str
    ) -> Flow[models.Tag]:
        """One tag, with its images per platform."""
        return Call(
            get_namespace_repository_tag,
            {**repo_args(namespace, repository), "tag": validate_tag(tag)},
            expect=models.Tag,
        )

    @operation
    def check_namespace_repository_tag(
        self, namespace: str, repository: str, tag: str
    ) -> Flow[bool]:
        """Whether a tag exists (a HEAD request)."""
        return _exists(
            Call(
                check_namespace_repository_tag,
                {**repo_args(namespace, repository), "tag": validate_tag(tag)},
            )
        )

    @operation
    def update_immutable_tags(
        self,
        namespace: str,
        repository: str,
        *,
        immutable_tags: bool,
        immutable_tags_rules: list[str],
    ) -> Flow[models.Repository]:
        """Turn tag immutability on or off and set the rules (regular expressions)."""
        body = models.UpdateImmutableTagsRequest(
            immutable_tags=bool(immutable_tags), immutable_tags_rules=list(immutable_tags_rules)
        )
        return Call(
            update_immutable_tags,
            {**repo_args(namespace, repository), "body": body},
            expect=models.Repository,
        )

    @operation
    def verify_immutable_tags(
        self, namespace: str, repository: str, *, regex: str
    ) -> Flow[models.VerifyImmutableTagsResponse]:
        """Which existing tags a candidate immutability rule would match."""
        body = models.VerifyImmutableTagsRequest(regex=require_text(regex, "regex"))
        return Call(
            verify_immutable_tags,
            {**repo_args(namespace, repository), "body": body},
            expect=models.VerifyImmutableTagsResponse,
        )

    @operation
    def grant_team_repository_access(
        self, namespace: str, repository: str, *, group_id: int, permission: str
    ) -> Flow[models.TeamRepositoryPermission]:
        """Give a team (by numeric ``group_id``) ``read``, ``write`` or ``admin`` access."""
        body = models.GrantTeamRepositoryAccessRequest(
            group_id=int(check_id(group_id, "group_id")),
            permission=require_text(permission, "permission"),
        )
        return Call(
            grant_team_repository_access,
            {**repo_args(namespace, repository), "body": body},
            expect=models.TeamRepositoryPermission,
        )
