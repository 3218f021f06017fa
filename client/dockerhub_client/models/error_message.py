from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_message_errinfo import ErrorMessageErrinfo


T = TypeVar("T", bound="ErrorMessage")


@_attrs_define
class ErrorMessage:
    """Newer error body with a `message` and structured `errinfo`.

    Attributes:
        message (str | Unset): Human-readable error message.
        errinfo (ErrorMessageErrinfo | Unset): Free-form structured error information.
    """

    message: str | Unset = UNSET
    errinfo: ErrorMessageErrinfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errinfo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errinfo, Unset):
            errinfo = self.errinfo.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if errinfo is not UNSET:
            field_dict["errinfo"] = errinfo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_message_errinfo import ErrorMessageErrinfo  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _errinfo = d.pop("errinfo", UNSET)
        errinfo: ErrorMessageErrinfo | Unset
        if isinstance(_errinfo, Unset):
            errinfo = UNSET
        else:
            errinfo = ErrorMessageErrinfo.from_dict(_errinfo)

        error_message = cls(
            message=message,
            errinfo=errinfo,
        )

        error_message.additional_properties = d
        return error_message

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
