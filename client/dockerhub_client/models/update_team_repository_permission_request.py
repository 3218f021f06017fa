from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_team_repository_permission_request_permission import (
    UpdateTeamRepositoryPermissionRequestPermission,
    check_update_team_repository_permission_request_permission,
)

T = TypeVar("T", bound="UpdateTeamRepositoryPermissionRequest")


@_attrs_define
class UpdateTeamRepositoryPermissionRequest:
    """
    Attributes:
        permission (UpdateTeamRepositoryPermissionRequestPermission):
    """

    permission: UpdateTeamRepositoryPermissionRequestPermission
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permission: str = self.permission

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "permission": permission,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        permission = check_update_team_repository_permission_request_permission(d.pop("permission"))

        update_team_repository_permission_request = cls(
            permission=permission,
        )

        update_team_repository_permission_request.additional_properties = d
        return update_team_repository_permission_request

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
