from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_registry import CustomRegistry
    from ..models.standard_registry import StandardRegistry


T = TypeVar("T", bound="RegistryAccessManagement")


@_attrs_define
class RegistryAccessManagement:
    """Registry access management settings of an organization (shape from Docker's
    terraform provider).

        Attributes:
            enabled (bool):
            standard_registries (list[StandardRegistry] | Unset):
            custom_registries (list[CustomRegistry] | Unset):
    """

    enabled: bool
    standard_registries: list[StandardRegistry] | Unset = UNSET
    custom_registries: list[CustomRegistry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        standard_registries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.standard_registries, Unset):
            standard_registries = []
            for standard_registries_item_data in self.standard_registries:
                standard_registries_item = standard_registries_item_data.to_dict()
                standard_registries.append(standard_registries_item)

        custom_registries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_registries, Unset):
            custom_registries = []
            for custom_registries_item_data in self.custom_registries:
                custom_registries_item = custom_registries_item_data.to_dict()
                custom_registries.append(custom_registries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if standard_registries is not UNSET:
            field_dict["standard_registries"] = standard_registries
        if custom_registries is not UNSET:
            field_dict["custom_registries"] = custom_registries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_registry import CustomRegistry  # noqa: PLC0415
        from ..models.standard_registry import StandardRegistry  # noqa: PLC0415

        d = dict(src_dict)
        enabled = d.pop("enabled")

        _standard_registries = d.pop("standard_registries", UNSET)
        standard_registries: list[StandardRegistry] | Unset = UNSET
        if _standard_registries is not UNSET:
            standard_registries = []
            for standard_registries_item_data in _standard_registries:
                standard_registries_item = StandardRegistry.from_dict(standard_registries_item_data)

                standard_registries.append(standard_registries_item)

        _custom_registries = d.pop("custom_registries", UNSET)
        custom_registries: list[CustomRegistry] | Unset = UNSET
        if _custom_registries is not UNSET:
            custom_registries = []
            for custom_registries_item_data in _custom_registries:
                custom_registries_item = CustomRegistry.from_dict(custom_registries_item_data)

                custom_registries.append(custom_registries_item)

        registry_access_management = cls(
            enabled=enabled,
            standard_registries=standard_registries,
            custom_registries=custom_registries,
        )

        registry_access_management.additional_properties = d
        return registry_access_management

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
