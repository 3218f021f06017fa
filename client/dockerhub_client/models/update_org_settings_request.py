from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.update_org_settings_request_restricted_images import (
        UpdateOrgSettingsRequestRestrictedImages,
    )


T = TypeVar("T", bound="UpdateOrgSettingsRequest")


@_attrs_define
class UpdateOrgSettingsRequest:
    """New organization settings; every image-access flag must be given.

    Attributes:
        restricted_images (UpdateOrgSettingsRequestRestrictedImages):
    """

    restricted_images: UpdateOrgSettingsRequestRestrictedImages
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        restricted_images = self.restricted_images.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "restricted_images": restricted_images,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_org_settings_request_restricted_images import (
            UpdateOrgSettingsRequestRestrictedImages,  # noqa: PLC0415
        )

        d = dict(src_dict)
        restricted_images = UpdateOrgSettingsRequestRestrictedImages.from_dict(d.pop("restricted_images"))

        update_org_settings_request = cls(
            restricted_images=restricted_images,
        )

        update_org_settings_request.additional_properties = d
        return update_org_settings_request

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
