from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_message_errinfo import ErrorMessageErrinfo


T = TypeVar("T", bound="ErrorBody")


@_attrs_define
class ErrorBody:
    """Union of the error body shapes the Hub sends, flattened into one object whose
    fields are all optional:

    * `{"detail": "..."}` (most legacy endpoints, see `ErrorDetail`),
    * `{"detail": "Rate limit exceeded", "error": false}` (rate limiting),
    * `{"message": "...", "errinfo": {...}}` (newer endpoints, see `ErrorMessage`),
    * `{"detail": "...", "login_2fa_token": "..."}` (login on a 2FA account).

    The CDN edge may also answer with an HTML page rather than JSON; such bodies
    cannot be described here and must be handled by the caller.

        Attributes:
            detail (str | Unset): Human-readable error message.
            error (bool | Unset): Flag sent alongside some `detail` messages (e.g. rate limiting).
            message (str | Unset): Human-readable error message.
            errinfo (ErrorMessageErrinfo | Unset): Free-form structured error information.
            login_2fa_token (str | Unset): Token to pass to `login_2fa` when a second factor is required.
    """

    detail: str | Unset = UNSET
    error: bool | Unset = UNSET
    message: str | Unset = UNSET
    errinfo: ErrorMessageErrinfo | Unset = UNSET
    login_2fa_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        error = self.error

        message = self.message

        errinfo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errinfo, Unset):
            errinfo = self.errinfo.to_dict()

        login_2fa_token = self.login_2fa_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message
        if errinfo is not UNSET:
            field_dict["errinfo"] = errinfo
        if login_2fa_token is not UNSET:
            field_dict["login_2fa_token"] = login_2fa_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_message_errinfo import ErrorMessageErrinfo  # noqa: PLC0415

        d = dict(src_dict)
        detail = d.pop("detail", UNSET)

        error = d.pop("error", UNSET)

        message = d.pop("message", UNSET)

        _errinfo = d.pop("errinfo", UNSET)
        errinfo: ErrorMessageErrinfo | Unset
        if isinstance(_errinfo, Unset):
            errinfo = UNSET
        else:
            errinfo = ErrorMessageErrinfo.from_dict(_errinfo)

        login_2fa_token = d.pop("login_2fa_token", UNSET)

        error_body = cls(
            detail=detail,
            error=error,
            message=message,
            errinfo=errinfo,
            login_2fa_token=login_2fa_token,
        )

        error_body.additional_properties = d
        return error_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
