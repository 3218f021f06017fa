from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamRepositoryPermission")


@_attrs_define
class TeamRepositoryPermission:
    """
    Attributes:
        group_name (str | Unset):
        permission (str | Unset):
        group_id (int | Unset):
    """

    group_name: str | Unset = UNSET
    permission: str | Unset = UNSET
    group_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_name = self.group_name

        permission = self.permission

        group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if permission is not UNSET:
            field_dict["permission"] = permission
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_name = d.pop("group_name", UNSET)

        permission = d.pop("permission", UNSET)

        group_id = d.pop("group_id", UNSET)

        team_repository_permission = cls(
            group_name=group_name,
            permission=permission,
            group_id=group_id,
        )

        team_repository_permission.additional_properties = d
        return team_repository_permission

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
