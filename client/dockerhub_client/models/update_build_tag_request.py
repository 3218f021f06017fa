from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_build_tag_request_source_type import (
    UpdateBuildTagRequestSourceType,
    check_update_build_tag_request_source_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateBuildTagRequest")


@_attrs_define
class UpdateBuildTagRequest:
    """
    Attributes:
        name (str):
        id (int | Unset):
        dockerfile_location (str | Unset):  Default: '/'.
        source_type (UpdateBuildTagRequestSourceType | Unset):  Default: 'Branch'.
        source_name (str | Unset):  Default: 'master'.
    """

    name: str
    id: int | Unset = UNSET
    dockerfile_location: str | Unset = "/"
    source_type: UpdateBuildTagRequestSourceType | Unset = "Branch"
    source_name: str | Unset = "master"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        dockerfile_location = self.dockerfile_location

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type

        source_name = self.source_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if dockerfile_location is not UNSET:
            field_dict["dockerfile_location"] = dockerfile_location
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if source_name is not UNSET:
            field_dict["source_name"] = source_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id", UNSET)

        dockerfile_location = d.pop("dockerfile_location", UNSET)

        _source_type = d.pop("source_type", UNSET)
        source_type: UpdateBuildTagRequestSourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = check_update_build_tag_request_source_type(_source_type)

        source_name = d.pop("source_name", UNSET)

        update_build_tag_request = cls(
            name=name,
            id=id,
            dockerfile_location=dockerfile_location,
            source_type=source_type,
            source_name=source_name,
        )

        update_build_tag_request.additional_properties = d
        return update_build_tag_request

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
