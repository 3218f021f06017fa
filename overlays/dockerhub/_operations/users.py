"""Users: the logged-in user, public profiles, registry settings, a user's repositories."""

from __future__ import annotations

from dockerhub_client import models

from .._call import Call, Flow, operation
from .._lazy import endpoint
from .._validation import validate_namespace
from ..errors import UnexpectedResponseError
from ._common import page_call

list_starred_repositories = endpoint("repositories", "list_starred_repositories")
list_user_repositories = endpoint("repositories", "list_user_repositories")
get_current_user = endpoint("users", "get_current_user")
get_registry_settings = endpoint("users", "get_registry_settings")
get_user = endpoint("users", "get_user")

__all__ = ["UserOps"]


def _summaries(value: list[models.RepositorySummary]) -> list[models.RepositorySummary]:
    if not all(isinstance(item, models.RepositorySummary) for item in value):
        raise UnexpectedResponseError("the repository list holds something else than repositories")
    return value


class UserOps:
    """Methods about users (``/v2/user/``, ``/v2/users/{username}/...``)."""

    @operation
    def logged_in_user(self) -> Flow[models.CurrentUser]:
        """The logged-in user, with private fields (``GET /v2/user/``)."""
        return Call(get_current_user, expect=models.CurrentUser)

    @operation
    def user(self, username: str) -> Flow[models.User]:
        """A user's public profile (``GET /v2/users/{username}/``)."""
        return Call(
            get_user, {"username": validate_namespace(username, "username")}, expect=models.User
        )

    @operation
    def registry_settings(self) -> Flow[models.RegistrySettings]:
        """The logged-in user's registry settings (private repository quota and usage).

        Two requests, as the Hub needs the username: ``GET /v2/user/``, then
        ``GET /v2/users/{username}/registry-settings/``.
        """
        me = yield Call(get_current_user, expect=models.CurrentUser)
        return (
            yield Call(
                get_registry_settings,
                {"username": validate_namespace(me.username, "username")},
                expect=models.RegistrySettings,
            )
        )

    @operation
    def repositories(self, username: str) -> Flow[list[models.RepositorySummary]]:
        """A user's repositories as ``{namespace, name}`` summaries (one plain list)."""
        return Call(
            list_user_repositories,
            {"username": validate_namespace(username, "username")},
            expect=list,
            convert=_summaries,
        )

    @operation
    def repositories_starred(
        self, username: str, *, per_page: int = 100, page: int = 1
    ) -> Flow[list[models.Repository]]:
        """One page of the repositories ``username`` starred."""
        return page_call(
            list_starred_repositories,
            models.RepositoryPage,
            per_page=per_page,
            page=page,
            username=validate_namespace(username, "username"),
        )
