"""Every item of every paginated list: ``iter_<noun>`` (lazy) and ``collect_<noun>`` (a list).

Each endpoint only says where its items and total are (a :class:`PageSpec`); each method
checks its arguments and names the endpoint's arguments. Walking the pages, following
``next`` safely and fetching concurrently is :mod:`dockerhub._pagination`'s job. The
options of :class:`~dockerhub._pagination.PageOptions` (``page_size``, ``max_items``,
``start_page``, ``concurrency``, ``progress``) are keyword arguments of every method.

The organization invites list (``list_org_invites``) is not paginated (one ``data``
array), so it has no ``iter_`` method; ``org_invites`` returns all of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

from dockerhub_client import models

from .._lazy import endpoint
from .._paginated import collected, paginated
from .._pagination import PageOptions, Pages, PageSpec
from .._validation import (
    validate_namespace,
    validate_segment,
)
from ._common import aware, flexible_args, org_name, repo_args

if TYPE_CHECKING:
    import datetime

list_access_tokens = endpoint("access_tokens", "list_access_tokens")
list_org_access_tokens = endpoint("access_tokens", "list_org_access_tokens")
list_audit_logs = endpoint("audit_logs", "list_audit_logs")
list_build_history = endpoint("builds", "list_build_history")
list_build_links = endpoint("builds", "list_build_links")
list_build_trigger_history = endpoint("builds", "list_build_trigger_history")
list_collaborators = endpoint("collaborators", "list_collaborators")
list_org_members = endpoint("orgs", "list_org_members")
list_user_orgs = endpoint("orgs", "list_user_orgs")
list_comments = endpoint("repositories", "list_comments")
list_namespace_repositories = endpoint("repositories", "list_namespace_repositories")
list_starred_repositories = endpoint("repositories", "list_starred_repositories")
list_namespace_repository_tags = endpoint("tags", "list_namespace_repository_tags")
list_team_members = endpoint("teams", "list_team_members")
list_teams = endpoint("teams", "list_teams")
list_webhooks = endpoint("webhooks", "list_webhooks")

__all__ = ["PagingOps"]

_TAGS: PageSpec[models.Tag] = PageSpec(list_namespace_repository_tags, "TagPage")
_COMMENTS: PageSpec[models.Comment] = PageSpec(list_comments, "CommentPage")
_STARRED: PageSpec[models.Repository] = PageSpec(list_starred_repositories, "RepositoryPage")
_WEBHOOKS: PageSpec[models.Webhook] = PageSpec(list_webhooks, "WebhookPage")
_BUILDS: PageSpec[models.Build] = PageSpec(list_build_history, "BuildPage")
_REPOSITORIES: PageSpec[models.Repository] = PageSpec(list_namespace_repositories, "RepositoryPage")
_ACCESS_TOKENS: PageSpec[models.AccessToken] = PageSpec(list_access_tokens, "AccessTokenPage")
_ORG_ACCESS_TOKENS: PageSpec[models.OrgAccessToken] = PageSpec(
    list_org_access_tokens, "OrgAccessTokenPage", total="total"
)
_ORG_MEMBERS: PageSpec[models.OrgMember] = PageSpec(list_org_members, "OrgMemberPage")
_TEAMS: PageSpec[models.Team] = PageSpec(list_teams, "TeamPage")
_TEAM_MEMBERS: PageSpec[models.TeamMember] = PageSpec(list_team_members, "TeamMemberPage")
_AUDIT_LOGS: PageSpec[models.AuditLogEvent] = PageSpec(
    list_audit_logs, "AuditLogPage", items="logs"
)
_COLLABORATORS: PageSpec[models.Collaborator] = PageSpec(list_collaborators, "CollaboratorPage")
_BUILD_LINKS: PageSpec[models.BuildLink] = PageSpec(list_build_links, "BuildLinkPage")
_TRIGGER_HISTORY: PageSpec[models.BuildTriggerHistoryEntry] = PageSpec(
    list_build_trigger_history, "BuildTriggerHistoryPage"
)
_USER_ORGS: PageSpec[models.Org] = PageSpec(list_user_orgs, "OrgPage")


def _given(**params: Any) -> dict[str, Any]:
    """The arguments that were given: the generated functions leave the others out."""
    return {key: value for key, value in params.items() if value is not None}


class PagingOps:
    """``iter_*`` and ``collect_*``: every item of each paginated list."""

    # -- repositories -----------------------------------------------------------------------

    @paginated
    def iter_tags(
        self, namespace: str, repository: str | None = None, **options: Unpack[PageOptions]
    ) -> Pages[models.Tag]:
        """Every tag of a repository (``/v2/namespaces/{namespace}/repositories/{repo}/tags``).

        ``("nginx")``, ``("library/nginx")``, ``("_", "nginx")`` and ``("library", "nginx")``
        name the same repository.
        """
        return Pages(_TAGS, flexible_args(namespace, repository), **options)

    collect_tags = collected(iter_tags)

    @paginated
    def iter_comments(
        self, namespace: str, repository: str | None = None, **options: Unpack[PageOptions]
    ) -> Pages[models.Comment]:
        """Every comment on a repository."""
        return Pages(_COMMENTS, flexible_args(namespace, repository), **options)

    collect_comments = collected(iter_comments)

    @paginated
    def iter_repositories_starred(
        self, username: str, **options: Unpack[PageOptions]
    ) -> Pages[models.Repository]:
        """Every repository a user has starred."""
        return Pages(_STARRED, {"username": validate_namespace(username, "username")}, **options)

    collect_repositories_starred = collected(iter_repositories_starred)

    @paginated
    def iter_namespace_repositories(
        self,
        namespace: str,
        *,
        name: str | None = None,
        ordering: str | None = None,
        **options: Unpack[PageOptions],
    ) -> Pages[models.Repository]:
        """Every repository of a namespace, optionally filtered by ``name`` and sorted by
        ``ordering`` (``last_updated``, ``-last_updated``, ``name``, ``-name``, ...)."""
        params = _given(namespace=validate_namespace(namespace), name=name, ordering=ordering)
        return Pages(_REPOSITORIES, params, **options)

    collect_namespace_repositories = collected(iter_namespace_repositories)

    @paginated
    def iter_webhooks(
        self, namespace: str, repository: str, **options: Unpack[PageOptions]
    ) -> Pages[models.Webhook]:
        """Every webhook of a repository."""
        return Pages(_WEBHOOKS, repo_args(namespace, repository), **options)

    collect_webhooks = collected(iter_webhooks)

    @paginated
    def iter_collaborators(
        self, namespace: str, repository: str, **options: Unpack[PageOptions]
    ) -> Pages[models.Collaborator]:
        """Every collaborator of a repository."""
        return Pages(_COLLABORATORS, repo_args(namespace, repository), **options)

    collect_collaborators = collected(iter_collaborators)

    # -- builds -----------------------------------------------------------------------------

    @paginated
    def iter_build_history(
        self, namespace: str, repository: str, **options: Unpack[PageOptions]
    ) -> Pages[models.Build]:
        """Every past automated build of a repository."""
        return Pages(_BUILDS, repo_args(namespace, repository), **options)

    collect_build_history = collected(iter_build_history)

    @paginated
    def iter_build_links(
        self, namespace: str, repository: str, **options: Unpack[PageOptions]
    ) -> Pages[models.BuildLink]:
        """Every build link of a repository."""
        return Pages(_BUILD_LINKS, repo_args(namespace, repository), **options)

    collect_build_links = collected(iter_build_links)

    @paginated
    def iter_build_trigger_history(
        self, namespace: str, repository: str, **options: Unpack[PageOptions]
    ) -> Pages[models.BuildTriggerHistoryEntry]:
        """Every call of a repository's build trigger."""
        return Pages(_TRIGGER_HISTORY, repo_args(namespace, repository), **options)

    collect_build_trigger_history = collected(iter_build_trigger_history)

    # -- tokens and audit logs --------------------------------------------------------------

    @paginated
    def iter_access_tokens(self, **options: Unpack[PageOptions]) -> Pages[models.AccessToken]:
        """Every personal access token of the logged-in user."""
        return Pages(_ACCESS_TOKENS, {}, **options)

    collect_access_tokens = collected(iter_access_tokens)

    @paginated
    def iter_org_access_tokens(
        self, org: str, **options: Unpack[PageOptions]
    ) -> Pages[models.OrgAccessToken]:
        """Every access token of an organization."""
        return Pages(_ORG_ACCESS_TOKENS, {"org_name": org_name(org)}, **options)

    collect_org_access_tokens = collected(iter_org_access_tokens)

    @paginated
    def iter_audit_logs(
        self,
        account: str,
        *,
        action: str | None = None,
        name: str | None = None,
        actor: str | None = None,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        **options: Unpack[PageOptions],
    ) -> Pages[models.AuditLogEvent]:
        """Every audit log event of an account, optionally filtered (``from_`` and ``to``
        must be timezone-aware)."""
        params = _given(
            account=validate_namespace(account, "account"),
            action=action,
            name=name,
            actor=actor,
            from_=aware(from_, "from_"),
            to=aware(to, "to"),
        )
        return Pages(_AUDIT_LOGS, params, **options)

    collect_audit_logs = collected(iter_audit_logs)

    # -- organizations ----------------------------------------------------------------------

    @paginated
    def iter_user_orgs(self, **options: Unpack[PageOptions]) -> Pages[models.Org]:
        """Every organization the logged-in user belongs to."""
        return Pages(_USER_ORGS, {}, **options)

    collect_user_orgs = collected(iter_user_orgs)

    @paginated
    def iter_org_members(
        self,
        org: str,
        *,
        search: str | None = None,
        type: str | None = None,
        role: str | None = None,
        **options: Unpack[PageOptions],
    ) -> Pages[models.OrgMember]:
        """Every member of an organization, optionally filtered."""
        params = _given(org_name=org_name(org), search=search, type_=type, role=role)
        return Pages(_ORG_MEMBERS, params, **options)

    collect_org_members = collected(iter_org_members)

    @paginated
    def iter_teams(self, org: str, **options: Unpack[PageOptions]) -> Pages[models.Team]:
        """Every team of an organization."""
        return Pages(_TEAMS, {"org_name": org_name(org)}, **options)

    collect_teams = collected(iter_teams)

    @paginated
    def iter_team_members(
        self, org: str, team: str, *, search: str | None = None, **options: Unpack[PageOptions]
    ) -> Pages[models.TeamMember]:
        """Every member of a team."""
        params = _given(
            org_name=org_name(org), group_name=validate_segment(team, "team"), search=search
        )
        return Pages(_TEAM_MEMBERS, params, **options)

    collect_team_members = collected(iter_team_members)
