from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScimAuthenticationScheme")


@_attrs_define
class ScimAuthenticationScheme:
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        spec_uri (str | Unset):
        type_ (str | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    spec_uri: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        spec_uri = self.spec_uri

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if spec_uri is not UNSET:
            field_dict["specUri"] = spec_uri
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        spec_uri = d.pop("specUri", UNSET)

        type_ = d.pop("type", UNSET)

        scim_authentication_scheme = cls(
            name=name,
            description=description,
            spec_uri=spec_uri,
            type_=type_,
        )

        scim_authentication_scheme.additional_properties = d
        return scim_authentication_scheme

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
