from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scim_name import ScimName


T = TypeVar("T", bound="ScimUpdateUserRequest")


@_attrs_define
class ScimUpdateUserRequest:
    """
    Attributes:
        schemas (list[str]):
        name (ScimName | Unset):
        enabled (bool | Unset): Keep the user active; omitted or false deactivates them.
    """

    schemas: list[str]
    name: ScimName | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schemas = self.schemas

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemas": schemas,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scim_name import ScimName  # noqa: PLC0415

        d = dict(src_dict)
        schemas = cast(list[str], d.pop("schemas"))

        _name = d.pop("name", UNSET)
        name: ScimName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = ScimName.from_dict(_name)

        enabled = d.pop("enabled", UNSET)

        scim_update_user_request = cls(
            schemas=schemas,
            name=name,
            enabled=enabled,
        )

        scim_update_user_request.additional_properties = d
        return scim_update_user_request

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
