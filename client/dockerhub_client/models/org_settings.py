from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.restricted_images import RestrictedImages


T = TypeVar("T", bound="OrgSettings")


@_attrs_define
class OrgSettings:
    """Organization-wide settings.

    Attributes:
        restricted_images (RestrictedImages | Unset):
    """

    restricted_images: RestrictedImages | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        restricted_images: dict[str, Any] | Unset = UNSET
        if not isinstance(self.restricted_images, Unset):
            restricted_images = self.restricted_images.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if restricted_images is not UNSET:
            field_dict["restricted_images"] = restricted_images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.restricted_images import RestrictedImages  # noqa: PLC0415

        d = dict(src_dict)
        _restricted_images = d.pop("restricted_images", UNSET)
        restricted_images: RestrictedImages | Unset
        if isinstance(_restricted_images, Unset):
            restricted_images = UNSET
        else:
            restricted_images = RestrictedImages.from_dict(_restricted_images)

        org_settings = cls(
            restricted_images=restricted_images,
        )

        org_settings.additional_properties = d
        return org_settings

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
