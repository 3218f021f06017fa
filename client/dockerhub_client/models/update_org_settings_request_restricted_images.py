from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateOrgSettingsRequestRestrictedImages")


@_attrs_define
class UpdateOrgSettingsRequestRestrictedImages:
    """
    Attributes:
        enabled (bool): Restrict which images members may pull.
        allow_official_images (bool): While restricted, still allow Docker Official Images.
        allow_verified_publishers (bool): While restricted, still allow Verified Publisher images.
    """

    enabled: bool
    allow_official_images: bool
    allow_verified_publishers: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        allow_official_images = self.allow_official_images

        allow_verified_publishers = self.allow_verified_publishers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "allow_official_images": allow_official_images,
                "allow_verified_publishers": allow_verified_publishers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        allow_official_images = d.pop("allow_official_images")

        allow_verified_publishers = d.pop("allow_verified_publishers")

        update_org_settings_request_restricted_images = cls(
            enabled=enabled,
            allow_official_images=allow_official_images,
            allow_verified_publishers=allow_verified_publishers,
        )

        update_org_settings_request_restricted_images.additional_properties = d
        return update_org_settings_request_restricted_images

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
