from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BuildTag")


@_attrs_define
class BuildTag:
    """Rule mapping a source branch or tag to an image tag.

    Attributes:
        id (int | Unset):
        name (str | Unset): Image tag name; may contain `{sourceref}`.
        dockerfile_location (str | Unset):
        source_name (str | Unset): Branch or tag name (may be a regular expression).
        source_type (str | Unset): `Branch` or `Tag`.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    dockerfile_location: str | Unset = UNSET
    source_name: str | Unset = UNSET
    source_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        dockerfile_location = self.dockerfile_location

        source_name = self.source_name

        source_type = self.source_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if dockerfile_location is not UNSET:
            field_dict["dockerfile_location"] = dockerfile_location
        if source_name is not UNSET:
            field_dict["source_name"] = source_name
        if source_type is not UNSET:
            field_dict["source_type"] = source_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        dockerfile_location = d.pop("dockerfile_location", UNSET)

        source_name = d.pop("source_name", UNSET)

        source_type = d.pop("source_type", UNSET)

        build_tag = cls(
            id=id,
            name=name,
            dockerfile_location=dockerfile_location,
            source_name=source_name,
            source_type=source_type,
        )

        build_tag.additional_properties = d
        return build_tag

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
