"""The facade methods that are not one request of the spec, written by hand.

Everything else comes from the spec (``dockerhub_client.facade``, generated). What is here
needs judgement the spec cannot carry:

- multi-request flows: :meth:`login` (with a second factor), :meth:`logout` (the held
  secret and cookies go too), :meth:`registry_settings` (needs the username first);
- the original Node library's methods whose arguments differ from the request's fields:
  :meth:`create_repository`, :meth:`set_repository_description`, :meth:`add_group_member`;
- conveniences: :meth:`create_automated_build` fills the body fields the Hub wants
  repeated from the path.

The operations these cover are marked ``x-dockerhub-facade: {handwritten: <method>}`` in
the spec, so the generator leaves them out and the coverage test knows where they are.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dockerhub_client import models
from dockerhub_client.types import Unset

from ._arguments import given, require_text
from ._auth import jwt_expiry
from ._flow import Call, Flow
from ._lazy import endpoint
from ._methods import operation
from ._redact import register
from ._validation import split_repository, validate_namespace, validate_segment
from .errors import AuthenticationError, UnexpectedResponseError

if TYPE_CHECKING:
    from ._auth import HubAuth

__all__ = ["HandwrittenOperations", "LoginResult"]

_create_auth_token = endpoint("dockerhub_client.api.auth.create_auth_token")
_login_user = endpoint("dockerhub_client.api.auth.login_user")
_login_2fa = endpoint("dockerhub_client.api.auth.login_2fa")
_logout = endpoint("dockerhub_client.api.auth.logout")
_get_current_user = endpoint("dockerhub_client.api.users.get_current_user")
_get_registry_settings = endpoint("dockerhub_client.api.users.get_registry_settings")
_create_repository = endpoint("dockerhub_client.api.repositories.create_repository")
_update_repository = endpoint("dockerhub_client.api.repositories.update_repository")
_create_automated_build = endpoint("dockerhub_client.api.builds.create_automated_build")
_add_team_member = endpoint("dockerhub_client.api.teams.add_team_member")


@dataclass(frozen=True, slots=True)
class LoginResult:
    """What :meth:`login` returns.

    Attributes:
        token: the JWT now sent as ``Authorization: Bearer <token>`` (hidden from ``repr``).
        username: who logged in.
        expires_at: when the token expires, if it says.
        refreshable: whether the client holds the secret and renews the token itself.
    """

    token: str = field(repr=False)
    username: str
    expires_at: datetime.datetime | None
    refreshable: bool


def _result(token: str, username: str, refreshable: bool) -> LoginResult:
    exp = jwt_expiry(token)
    expires_at = None if exp is None else datetime.datetime.fromtimestamp(exp, datetime.UTC)
    return LoginResult(
        token=token, username=username, expires_at=expires_at, refreshable=refreshable
    )


def _token_of(value: Any, field: str) -> str:
    if isinstance(value, Unset) or not isinstance(value, str) or not value:
        raise UnexpectedResponseError(f"the login response has no {field}")
    return value


class HandwrittenOperations:
    """The hand-written methods of both facades (see the module docstring)."""

    _auth: HubAuth

    @operation
    def login(self, username: str, secret: str, *, otp: str | None = None) -> Flow[LoginResult]:
        """Log in and use the resulting token for every later request.

        ``secret`` is a password, a personal access token or an organization access token;
        it is exchanged at ``/v2/auth/token`` and kept (in memory only) so the token can be
        renewed before it expires. With ``otp`` (a second-factor code) the deprecated
        ``/v2/users/login`` + ``/v2/users/2fa-login`` pair is used instead; that token cannot
        be renewed without a new code.

        Raises:
            AuthenticationError: the credentials were refused.
        """
        require_text(username, "username")
        require_text(secret, "secret")
        register(secret)  # before it is sent: a refusal echoing it must not show it
        if otp is None:
            exchanged = yield Call(
                _create_auth_token,
                {"body": models.AuthTokenRequest(identifier=username, secret=secret)},
                expect=models.AuthTokenResponse,
            )
            token = _token_of(exchanged.access_token, "access_token")
            self._auth.set_credentials(username, secret, token)
            return _result(token, username, refreshable=True)
        require_text(otp, "otp")
        try:
            first = yield Call(
                _login_user,
                {
                    "body": models.LoginRequest(username=username, password=secret),
                    "refresh_token": True,  # the Hub returns one only when asked
                },
                expect=models.LoginResponse,
            )
        except AuthenticationError as exc:
            if exc.login_2fa_token is None:
                raise
            body = models.TwoFactorLoginRequest(login_2fa_token=exc.login_2fa_token, code=otp)
            second = yield Call(_login_2fa, {"body": body}, expect=models.LoginResponse)
            register(second.refresh_token)  # never used, but never shown either
            token = _token_of(second.token, "token")
        else:
            register(first.refresh_token)
            token = _token_of(first.token, "token")
        self._auth.set_token(token)
        return _result(token, username, refreshable=False)

    @operation
    def logout(self) -> Flow[None]:
        """Revoke the current token at the Hub and forget it (and any held secret)."""
        try:
            if self._auth.token is not None:
                yield Call(_logout)
        finally:
            self._auth.clear()
        return None

    @operation
    def registry_settings(self) -> Flow[models.RegistrySettings]:
        """The logged-in user's registry settings (private repository quota and usage).

        Two requests, as the Hub needs the username: ``GET /v2/user/``, then
        ``GET /v2/users/{username}/registry-settings/``.
        """
        me = yield Call(_get_current_user, expect=models.CurrentUser)
        username = validate_namespace(me.username, "username")
        return (
            yield Call(
                _get_registry_settings, {"username": username}, expect=models.RegistrySettings
            )
        )

    @operation
    def create_repository(
        self,
        namespace: str,
        repository: str | None = None,
        *,
        description: str | None = None,
        full_description: str | None = None,
        is_private: bool = False,
    ) -> Flow[models.Repository]:
        """Create a repository (``POST /v2/repositories/``), as the original library did.

        ``("alice", "web")`` and ``("alice/web")`` name the same repository.
        """
        namespace, repository = split_repository(namespace, repository)
        body = models.CreateRepositoryRequest(
            namespace=namespace,
            name=repository,
            description=given(description),
            full_description=given(full_description),
            is_private=bool(is_private),
        )
        return Call(_create_repository, {"body": body}, expect=models.Repository)

    @operation
    def set_repository_description(
        self,
        namespace: str,
        repository: str | None = None,
        *,
        short: str | None = None,
        full: str | None = None,
    ) -> Flow[models.Repository]:
        """Set the short (``description``) and/or full (``full_description``) description:
        the original library's name for :meth:`update_repository`."""
        if short is None and full is None:
            raise ValueError("give short=, full= or both")
        namespace, repository = split_repository(namespace, repository)
        body = models.UpdateRepositoryRequest(
            description=given(short), full_description=given(full)
        )
        arguments = {"namespace": namespace, "repository": repository, "body": body}
        return Call(_update_repository, arguments, expect=models.Repository)

    @operation
    def add_group_member(self, org: str, group: str, member: str) -> Flow[None]:
        """Add ``member`` (a Docker ID or e-mail address) to a team: the original library's
        name for :meth:`add_team_member`."""
        body = models.AddTeamMemberRequest(member=require_text(member, "member"))
        arguments = {
            "org_name": validate_namespace(org, "org"),
            "group_name": validate_segment(group, "group"),
            "body": body,
        }
        return Call(_add_team_member, arguments)

    @operation
    def create_automated_build(
        self,
        namespace: str,
        repository: str | None = None,
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
        namespace, repository = split_repository(namespace, repository)
        tags = build_tags if build_tags is not None else [models.BuildTagInput()]
        body = models.CreateAutomatedBuildRequest(
            name=repository,
            namespace=namespace,
            active=True,
            dockerhub_repo_name=f"{namespace}/{repository}",
            provider=require_text(provider, "provider"),
            vcs_repo_name=require_text(vcs_repo_name, "vcs_repo_name"),
            is_private=bool(is_private),
            description=description,
            build_tags=list(tags),
        )
        arguments = {"namespace": namespace, "repository": repository, "body": body}
        return Call(_create_automated_build, arguments, expect=models.BuildSettings)
