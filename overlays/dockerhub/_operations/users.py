"""Users: the logged-in user, public profiles, registry settings, a user's repositories."""

from __future__ import annotations

from dockerhub_client.api.repositories import list_starred_repositories, list_user_repositories
from dockerhub_client.api.users import get_current_user, get_registry_settings, get_user
from dockerhub_client.models import (
    CurrentUser,
    RegistrySettings,
    Repository,
    RepositoryPage,
    RepositorySummary,
    User,
)

from .._call import Call, Flow, operation
from .._validation import validate_namespace
from ..errors import UnexpectedResponseError
from ._common import page_call

__all__ = ["UserOps"]


def _summaries(value: list[RepositorySummary]) -> list[RepositorySummary]:
    if not all(isinstance(item, RepositorySummary) for item in value):
        raise UnexpectedResponseError("the repository list holds something else than repositories")
    return value


class UserOps:
    """Methods about users (``/v2/user/``, ``/v2/users/{username}/...``)."""

    @operation
    def logged_in_user(self) -> Flow[CurrentUser]:
        """The logged-in user, with private fields (``GET /v2/user/``)."""
        return Call(get_current_user, expect=CurrentUser)

    @operation
    def user(self, username: str) -> Flow[User]:
        """A user's public profile (``GET /v2/users/{username}/``)."""
        return Call(get_user, {"username": validate_namespace(username, "username")}, expect=User)

    @operation
    def registry_settings(self) -> Flow[RegistrySettings]:
        """The logged-in user's registry settings (private repository quota and usage).

        Two requests, as the Hub needs the username: ``GET /v2/user/``, then
        ``GET /v2/users/{username}/registry-settings/``.
        """
        me = yield Call(get_current_user, expect=CurrentUser)
        return (
            yield Call(
                get_registry_settings,
                {"username": validate_namespace(me.username, "username")},
                expect=RegistrySettings,
            )
        )

    @operation
    def repositories(self, username: str) -> Flow[list[RepositorySummary]]:
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
    ) -> Flow[list[Repository]]:
        """One page of the repositories ``username`` starred."""
        return page_call(
            list_starred_repositories,
            RepositoryPage,
            per_page=per_page,
            page=page,
            username=validate_namespace(username, "username"),
        )
