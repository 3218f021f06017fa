from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scim_name import ScimName


T = TypeVar("T", bound="ScimCreateUserRequest")


@_attrs_define
class ScimCreateUserRequest:
    """
    Attributes:
        schemas (list[str]):
        user_name (str): The user's email address.
        name (ScimName | Unset):
    """

    schemas: list[str]
    user_name: str
    name: ScimName | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schemas = self.schemas

        user_name = self.user_name

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemas": schemas,
                "userName": user_name,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scim_name import ScimName  # noqa: PLC0415

        d = dict(src_dict)
        schemas = cast(list[str], d.pop("schemas"))

        user_name = d.pop("userName")

        _name = d.pop("name", UNSET)
        name: ScimName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = ScimName.from_dict(_name)

        scim_create_user_request = cls(
            schemas=schemas,
            user_name=user_name,
            name=name,
        )

        scim_create_user_request.additional_properties = d
        return scim_create_user_request

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
