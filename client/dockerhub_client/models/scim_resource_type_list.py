from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scim_resource_type import ScimResourceType


T = TypeVar("T", bound="ScimResourceTypeList")


@_attrs_define
class ScimResourceTypeList:
    """
    Attributes:
        schemas (list[str] | Unset):
        total_results (int | Unset):
        resources (list[ScimResourceType] | Unset):
    """

    schemas: list[str] | Unset = UNSET
    total_results: int | Unset = UNSET
    resources: list[ScimResourceType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schemas: list[str] | Unset = UNSET
        if not isinstance(self.schemas, Unset):
            schemas = self.schemas

        total_results = self.total_results

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schemas is not UNSET:
            field_dict["schemas"] = schemas
        if total_results is not UNSET:
            field_dict["totalResults"] = total_results
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scim_resource_type import ScimResourceType  # noqa: PLC0415

        d = dict(src_dict)
        schemas = cast(list[str], d.pop("schemas", UNSET))

        total_results = d.pop("totalResults", UNSET)

        _resources = d.pop("resources", UNSET)
        resources: list[ScimResourceType] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = ScimResourceType.from_dict(resources_item_data)

                resources.append(resources_item)

        scim_resource_type_list = cls(
            schemas=schemas,
            total_results=total_results,
            resources=resources,
        )

        scim_resource_type_list.additional_properties = d
        return scim_resource_type_list

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
