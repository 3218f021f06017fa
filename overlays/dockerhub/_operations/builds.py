"""Automated builds: settings, build tags, triggers, history, links."""

from __future__ import annotations

from dockerhub_client import models

from .._call import Call, Flow, operation
from .._lazy import endpoint
from .._validation import (
    split_repository,
    validate_segment,
)
from ..errors import UnexpectedResponseError
from ._common import check_id, page_call, repo_args, require_text

create_automated_build = endpoint("builds", "create_automated_build")
create_build_link = endpoint("builds", "create_build_link")
create_build_tag = endpoint("builds", "create_build_tag")
delete_build_link = endpoint("builds", "delete_build_link")
delete_build_tag = endpoint("builds", "delete_build_tag")
get_build_details = endpoint("builds", "get_build_details")
get_build_settings = endpoint("builds", "get_build_settings")
get_build_trigger = endpoint("builds", "get_build_trigger")
list_build_history = endpoint("builds", "list_build_history")
list_build_links = endpoint("builds", "list_build_links")
list_build_trigger_history = endpoint("builds", "list_build_trigger_history")
trigger_build = endpoint("builds", "trigger_build")
update_build_tag = endpoint("builds", "update_build_tag")

__all__ = ["BuildOps"]

_SOURCE_TYPES = frozenset({"Branch", "Tag"})


def _source_type(value: str) -> str:
    if value not in _SOURCE_TYPES:
        raise ValueError(f"source_type must be 'Branch' or 'Tag', got {value!r}")
    return value


def _triggered(value: list[models.TriggeredBuild]) -> list[models.TriggeredBuild]:
    if not all(isinstance(item, models.TriggeredBuild) for item in value):
        raise UnexpectedResponseError("the trigger response holds something else than builds")
    return value


def _link_target(to_repo: str) -> str:
    """``x`` and ``_/x`` mean ``library/x``, as in the original library."""
    try:
        namespace, repository = split_repository(to_repo, None)
    except ValueError:
        raise ValueError(
            f"to_repo={to_repo!r:.80} is not a repository ('name', '_/name' or 'namespace/name')"
        ) from None
    return f"{namespace}/{repository}"


class BuildOps:
    """Methods on a repository's automated builds."""

    @operation
    def build_settings(self, namespace: str, repository: str) -> Flow[models.BuildSettings]:
        """A repository's automated build settings."""
        return Call(
            get_build_settings, repo_args(namespace, repository), expect=models.BuildSettings
        )

    @operation
    def create_automated_build(
        self,
        namespace: str,
        repository: str,
        *,
        provider: str,
        vcs_repo_name: str,
        build_tags: list[models.BuildTagInput] | None = None,
        description: str = "",
        is_private: bool = False,
    ) -> Flow[models.BuildSettings]:
        """Set a repository up to build from a source repository (``provider``: ``github`` or
        ``bitbucket``; ``vcs_repo_name``: ``owner/name`` there). Without ``build_tags``, one
        build tag ``latest`` from branch ``master`` at ``/`` is created."""
        names = repo_args(namespace, repository)
        tags = build_tags if build_tags is not None else [models.BuildTagInput()]
        body = models.CreateAutomatedBuildRequest(
            name=names["repository"],
            namespace=names["namespace"],
            active=True,
            dockerhub_repo_name=f"{names['namespace']}/{names['repository']}",
            provider=require_text(provider, "provider"),
            vcs_repo_name=require_text(vcs_repo_name, "vcs_repo_name"),
            is_private=bool(is_private),
            description=description,
            build_tags=list(tags),
        )
        return Call(create_automated_build, {**names, "body": body}, expect=models.BuildSettings)

    @operation
    def create_build_tag(
        self,
        namespace: str,
        repository: str,
        *,
        name: str = "latest",
        dockerfile_location: str = "/",
        source_type: str = "Branch",
        source_name: str = "master",
    ) -> Flow[models.BuildTag]:
        """Add a build tag (which source branch or tag builds which image tag)."""
        body = models.CreateBuildTagRequest(
            name=require_text(name, "name"),
            dockerfile_location=dockerfile_location,
            source_type=_source_type(source_type),
            source_name=require_text(source_name, "source_name"),
        )
        return Call(
            create_build_tag,
            {**repo_args(namespace, repository), "body": body},
            expect=models.BuildTag,
        )

    @operation
    def save_build_tag(
        self,
        namespace: str,
        repository: str,
        build_tag_id: int,
        *,
        name: str,
        dockerfile_location: str = "/",
        source_type: str = "Branch",
        source_name: str = "master",
    ) -> Flow[models.BuildTag]:
        """Replace an existing build tag's settings."""
        tag_id = check_id(build_tag_id, "build_tag_id")
        body = models.UpdateBuildTagRequest(
            id=tag_id,
            name=require_text(name, "name"),
            dockerfile_location=dockerfile_location,
            source_type=_source_type(source_type),
            source_name=require_text(source_name, "source_name"),
        )
        return Call(
            update_build_tag,
            {**repo_args(namespace, repository), "build_tag_id": tag_id, "body": body},
            expect=models.BuildTag,
        )

    @operation
    def delete_build_tag(self, namespace: str, repository: str, build_tag_id: int) -> Flow[None]:
        """Delete a build tag."""
        return Call(
            delete_build_tag,
            {
                **repo_args(namespace, repository),
                "build_tag_id": check_id(build_tag_id, "build_tag_id"),
            },
        )

    @operation
    def trigger_build(
        self,
        namespace: str,
        repository: str,
        *,
        dockerfile_location: str = "/",
        source_type: str = "Branch",
        source_name: str = "master",
    ) -> Flow[list[models.TriggeredBuild]]:
        """Start the builds matching a source; an empty list when nothing matched."""
        body = models.TriggerBuildRequest(
            dockerfile_location=dockerfile_location,
            source_type=_source_type(source_type),
            source_name=require_text(source_name, "source_name"),
        )
        return Call(
            trigger_build,
            {**repo_args(namespace, repository), "body": body},
            expect=list,
            convert=_triggered,
        )

    @operation
    def build_history(
        self, namespace: str, repository: str, *, per_page: int = 100, page: int = 1
    ) -> Flow[list[models.Build]]:
        """One page of a repository's past builds."""
        return page_call(
            list_build_history,
            models.BuildPage,
            per_page=per_page,
            page=page,
            **repo_args(namespace, repository),
        )

    @operation
    def build_details(
        self, namespace: str, repository: str, build_code: str
    ) -> Flow[models.BuildDetails]:
        """One build, with its logs and step timings."""
        return Call(
            get_build_details,
            {
                **repo_args(namespace, repository),
                "build_code": validate_segment(build_code, "build_code"),
            },
            expect=models.BuildDetails,
        )

    @operation
    def build_links(
        self, namespace: str, repository: str, *, per_page: int = 100, page: int = 1
    ) -> Flow[list[models.BuildLink]]:
        """One page of the repositories whose builds trigger this one's."""
        return page_call(
            list_build_links,
            models.BuildLinkPage,
            per_page=per_page,
            page=page,
            **repo_args(namespace, repository),
        )

    @operation
    def create_build_link(
        self, namespace: str, repository: str, to_repo: str
    ) -> Flow[models.BuildLink]:
        """Link ``to_repo`` (``name`` or ``_/name`` for official images, or ``namespace/name``)."""
        body = models.CreateBuildLinkRequest(to_repo=_link_target(to_repo))
        return Call(
            create_build_link,
            {**repo_args(namespace, repository), "body": body},
            expect=models.BuildLink,
        )

    @operation
    def delete_build_link(self, namespace: str, repository: str, link_id: int) -> Flow[None]:
        """Delete a build link."""
        return Call(
            delete_build_link,
            {**repo_args(namespace, repository), "link_id": check_id(link_id, "link_id")},
        )

    @operation
    def build_trigger(self, namespace: str, repository: str) -> Flow[models.BuildTrigger]:
        """The repository's remote build trigger (its URL and token)."""
        return Call(get_build_trigger, repo_args(namespace, repository), expect=models.BuildTrigger)

    @operation
    def build_trigger_history(
        self, namespace: str, repository: str, *, per_page: int = 100, page: int = 1
    ) -> Flow[list[models.BuildTriggerHistoryEntry]]:
        """One page of the remote trigger's past calls."""
        return page_call(
            list_build_trigger_history,
            models.BuildTriggerHistoryPage,
            per_page=per_page,
            page=page,
            **repo_args(namespace, repository),
        )
