from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRepositoryRequest")


@_attrs_define
class CreateRepositoryRequest:
    """
    Attributes:
        namespace (str):
        name (str):
        description (str | Unset): Short description.
        full_description (str | Unset): Full description (Markdown).
        is_private (bool | Unset):  Default: False.
        registry (str | Unset): Registry host (newer endpoint only), normally `docker.io`.
    """

    namespace: str
    name: str
    description: str | Unset = UNSET
    full_description: str | Unset = UNSET
    is_private: bool | Unset = False
    registry: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        name = self.name

        description = self.description

        full_description = self.full_description

        is_private = self.is_private

        registry = self.registry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "namespace": namespace,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if full_description is not UNSET:
            field_dict["full_description"] = full_description
        if is_private is not UNSET:
            field_dict["is_private"] = is_private
        if registry is not UNSET:
            field_dict["registry"] = registry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        namespace = d.pop("namespace")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        full_description = d.pop("full_description", UNSET)

        is_private = d.pop("is_private", UNSET)

        registry = d.pop("registry", UNSET)

        create_repository_request = cls(
            namespace=namespace,
            name=name,
            description=description,
            full_description=full_description,
            is_private=is_private,
            registry=registry,
        )

        create_repository_request.additional_properties = d
        return create_repository_request

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
