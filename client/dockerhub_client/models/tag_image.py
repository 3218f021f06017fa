from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TagImage")


@_attrs_define
class TagImage:
    """One platform-specific image behind a tag.

    Attributes:
        architecture (str | Unset):
        os (str | Unset):
        variant (None | str | Unset):
        digest (None | str | Unset):
        size (int | Unset):
        status (str | Unset):
        last_pulled (datetime.datetime | None | Unset):
        last_pushed (datetime.datetime | None | Unset):
        features (None | str | Unset):
        os_features (None | str | Unset):
        os_version (None | str | Unset):
    """

    architecture: str | Unset = UNSET
    os: str | Unset = UNSET
    variant: None | str | Unset = UNSET
    digest: None | str | Unset = UNSET
    size: int | Unset = UNSET
    status: str | Unset = UNSET
    last_pulled: datetime.datetime | None | Unset = UNSET
    last_pushed: datetime.datetime | None | Unset = UNSET
    features: None | str | Unset = UNSET
    os_features: None | str | Unset = UNSET
    os_version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        architecture = self.architecture

        os = self.os

        variant: None | str | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        else:
            variant = self.variant

        digest: None | str | Unset
        if isinstance(self.digest, Unset):
            digest = UNSET
        else:
            digest = self.digest

        size = self.size

        status = self.status

        last_pulled: None | str | Unset
        if isinstance(self.last_pulled, Unset):
            last_pulled = UNSET
        elif isinstance(self.last_pulled, datetime.datetime):
            last_pulled = self.last_pulled.isoformat().replace("+00:00", "Z")
        else:
            last_pulled = self.last_pulled

        last_pushed: None | str | Unset
        if isinstance(self.last_pushed, Unset):
            last_pushed = UNSET
        elif isinstance(self.last_pushed, datetime.datetime):
            last_pushed = self.last_pushed.isoformat().replace("+00:00", "Z")
        else:
            last_pushed = self.last_pushed

        features: None | str | Unset
        if isinstance(self.features, Unset):
            features = UNSET
        else:
            features = self.features

        os_features: None | str | Unset
        if isinstance(self.os_features, Unset):
            os_features = UNSET
        else:
            os_features = self.os_features

        os_version: None | str | Unset
        if isinstance(self.os_version, Unset):
            os_version = UNSET
        else:
            os_version = self.os_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if os is not UNSET:
            field_dict["os"] = os
        if variant is not UNSET:
            field_dict["variant"] = variant
        if digest is not UNSET:
            field_dict["digest"] = digest
        if size is not UNSET:
            field_dict["size"] = size
        if status is not UNSET:
            field_dict["status"] = status
        if last_pulled is not UNSET:
            field_dict["last_pulled"] = last_pulled
        if last_pushed is not UNSET:
            field_dict["last_pushed"] = last_pushed
        if features is not UNSET:
            field_dict["features"] = features
        if os_features is not UNSET:
            field_dict["os_features"] = os_features
        if os_version is not UNSET:
            field_dict["os_version"] = os_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        architecture = d.pop("architecture", UNSET)

        os = d.pop("os", UNSET)

        def _parse_variant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variant = _parse_variant(d.pop("variant", UNSET))

        def _parse_digest(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        digest = _parse_digest(d.pop("digest", UNSET))

        size = d.pop("size", UNSET)

        status = d.pop("status", UNSET)

        def _parse_last_pulled(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_pulled_type_0 = datetime.datetime.fromisoformat(data)

                return last_pulled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_pulled = _parse_last_pulled(d.pop("last_pulled", UNSET))

        def _parse_last_pushed(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_pushed_type_0 = datetime.datetime.fromisoformat(data)

                return last_pushed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_pushed = _parse_last_pushed(d.pop("last_pushed", UNSET))

        def _parse_features(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        features = _parse_features(d.pop("features", UNSET))

        def _parse_os_features(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_features = _parse_os_features(d.pop("os_features", UNSET))

        def _parse_os_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_version = _parse_os_version(d.pop("os_version", UNSET))

        tag_image = cls(
            architecture=architecture,
            os=os,
            variant=variant,
            digest=digest,
            size=size,
            status=status,
            last_pulled=last_pulled,
            last_pushed=last_pushed,
            features=features,
            os_features=os_features,
            os_version=os_version,
        )

        tag_image.additional_properties = d
        return tag_image

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
