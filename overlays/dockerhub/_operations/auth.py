"""Logging in and out (``login``, ``logout``) and the typed login result."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

import attrs

from dockerhub_client import models
from dockerhub_client.types import Unset

from .._auth import jwt_expiry
from .._call import Call, Flow, operation
from .._lazy import endpoint
from .._redact import register
from ..errors import AuthenticationError, UnexpectedResponseError
from ._common import require_text

if TYPE_CHECKING:
    from .._auth import HubAuth

create_auth_token = endpoint("auth", "create_auth_token")
login_2fa = endpoint("auth", "login_2fa")
login_user = endpoint("auth", "login_user")
logout = endpoint("auth", "logout")

__all__ = ["AuthOps", "LoginResult"]


@attrs.frozen
class LoginResult:
    """What :meth:`login` returns.

    Attributes:
        token: the JWT now sent as ``Authorization: Bearer <token>`` (hidden from ``repr``).
        username: who logged in.
        expires_at: when the token expires, if it says.
        refreshable: whether the client holds the secret and renews the token itself.
    """

    token: str = attrs.field(repr=False)
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


class AuthOps:
    """``login``, ``logout`` and the token they leave behind."""

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
                create_auth_token,
                {"body": models.AuthTokenRequest(identifier=username, secret=secret)},
                expect=models.AuthTokenResponse,
            )
            token = _token_of(exchanged.access_token, "access_token")
            self._auth.set_credentials(username, secret, token)
            return _result(token, username, refreshable=True)
        require_text(otp, "otp")
        try:
            first = yield Call(
                login_user,
                {"body": models.LoginRequest(username=username, password=secret)},
                expect=models.LoginResponse,
            )
        except AuthenticationError as exc:
            if exc.login_2fa_token is None:
                raise
            second = yield Call(
                login_2fa,
                {
                    "body": models.TwoFactorLoginRequest(
                        login_2fa_token=exc.login_2fa_token, code=otp
                    )
                },
                expect=models.LoginResponse,
            )
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
                yield Call(logout)
        finally:
            self._auth.clear()
        return None
