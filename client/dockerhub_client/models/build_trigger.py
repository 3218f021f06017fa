from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BuildTrigger")


@_attrs_define
class BuildTrigger:
    """Remote trigger of an automated build.

    Attributes:
        token (str | Unset):
        active (bool | Unset):
        trigger_url (str | Unset):
    """

    token: str | Unset = UNSET
    active: bool | Unset = UNSET
    trigger_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        active = self.active

        trigger_url = self.trigger_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if active is not UNSET:
            field_dict["active"] = active
        if trigger_url is not UNSET:
            field_dict["trigger_url"] = trigger_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token", UNSET)

        active = d.pop("active", UNSET)

        trigger_url = d.pop("trigger_url", UNSET)

        build_trigger = cls(
            token=token,
            active=active,
            trigger_url=trigger_url,
        )

        build_trigger.additional_properties = d
        return build_trigger

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
