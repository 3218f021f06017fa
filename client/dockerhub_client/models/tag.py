from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag_image import TagImage


T = TypeVar("T", bound="Tag")


@_attrs_define
class Tag:
    """A tag of a repository.

    Attributes:
        name (str):
        id (int | Unset):
        repository (int | Unset): Numeric id of the repository.
        creator (int | Unset):
        last_updater (int | Unset):
        last_updater_username (str | Unset):
        last_updated (datetime.datetime | None | Unset):
        full_size (int | None | Unset):
        image_id (None | str | Unset):
        v2 (bool | Unset):
        tag_status (str | Unset):
        tag_last_pulled (datetime.datetime | None | Unset):
        tag_last_pushed (datetime.datetime | None | Unset):
        digest (None | str | Unset):
        media_type (str | Unset):
        content_type (str | Unset):
        images (list[TagImage] | Unset):
    """

    name: str
    id: int | Unset = UNSET
    repository: int | Unset = UNSET
    creator: int | Unset = UNSET
    last_updater: int | Unset = UNSET
    last_updater_username: str | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    full_size: int | None | Unset = UNSET
    image_id: None | str | Unset = UNSET
    v2: bool | Unset = UNSET
    tag_status: str | Unset = UNSET
    tag_last_pulled: datetime.datetime | None | Unset = UNSET
    tag_last_pushed: datetime.datetime | None | Unset = UNSET
    digest: None | str | Unset = UNSET
    media_type: str | Unset = UNSET
    content_type: str | Unset = UNSET
    images: list[TagImage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        repository = self.repository

        creator = self.creator

        last_updater = self.last_updater

        last_updater_username = self.last_updater_username

        last_updated: None | str | Unset
        if isinstance(self.last_updated, Unset):
            last_updated = UNSET
        elif isinstance(self.last_updated, datetime.datetime):
            last_updated = self.last_updated.isoformat().replace("+00:00", "Z")
        else:
            last_updated = self.last_updated

        full_size: int | None | Unset
        if isinstance(self.full_size, Unset):
            full_size = UNSET
        else:
            full_size = self.full_size

        image_id: None | str | Unset
        if isinstance(self.image_id, Unset):
            image_id = UNSET
        else:
            image_id = self.image_id

        v2 = self.v2

        tag_status = self.tag_status

        tag_last_pulled: None | str | Unset
        if isinstance(self.tag_last_pulled, Unset):
            tag_last_pulled = UNSET
        elif isinstance(self.tag_last_pulled, datetime.datetime):
            tag_last_pulled = self.tag_last_pulled.isoformat().replace("+00:00", "Z")
        else:
            tag_last_pulled = self.tag_last_pulled

        tag_last_pushed: None | str | Unset
        if isinstance(self.tag_last_pushed, Unset):
            tag_last_pushed = UNSET
        elif isinstance(self.tag_last_pushed, datetime.datetime):
            tag_last_pushed = self.tag_last_pushed.isoformat().replace("+00:00", "Z")
        else:
            tag_last_pushed = self.tag_last_pushed

        digest: None | str | Unset
        if isinstance(self.digest, Unset):
            digest = UNSET
        else:
            digest = self.digest

        media_type = self.media_type

        content_type = self.content_type

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if repository is not UNSET:
            field_dict["repository"] = repository
        if creator is not UNSET:
            field_dict["creator"] = creator
        if last_updater is not UNSET:
            field_dict["last_updater"] = last_updater
        if last_updater_username is not UNSET:
            field_dict["last_updater_username"] = last_updater_username
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated
        if full_size is not UNSET:
            field_dict["full_size"] = full_size
        if image_id is not UNSET:
            field_dict["image_id"] = image_id
        if v2 is not UNSET:
            field_dict["v2"] = v2
        if tag_status is not UNSET:
            field_dict["tag_status"] = tag_status
        if tag_last_pulled is not UNSET:
            field_dict["tag_last_pulled"] = tag_last_pulled
        if tag_last_pushed is not UNSET:
            field_dict["tag_last_pushed"] = tag_last_pushed
        if digest is not UNSET:
            field_dict["digest"] = digest
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tag_image import TagImage  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id", UNSET)

        repository = d.pop("repository", UNSET)

        creator = d.pop("creator", UNSET)

        last_updater = d.pop("last_updater", UNSET)

        last_updater_username = d.pop("last_updater_username", UNSET)

        def _parse_last_updated(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_updated_type_0 = datetime.datetime.fromisoformat(data)

                return last_updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_updated = _parse_last_updated(d.pop("last_updated", UNSET))

        def _parse_full_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        full_size = _parse_full_size(d.pop("full_size", UNSET))

        def _parse_image_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_id = _parse_image_id(d.pop("image_id", UNSET))

        v2 = d.pop("v2", UNSET)

        tag_status = d.pop("tag_status", UNSET)

        def _parse_tag_last_pulled(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tag_last_pulled_type_0 = datetime.datetime.fromisoformat(data)

                return tag_last_pulled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        tag_last_pulled = _parse_tag_last_pulled(d.pop("tag_last_pulled", UNSET))

        def _parse_tag_last_pushed(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tag_last_pushed_type_0 = datetime.datetime.fromisoformat(data)

                return tag_last_pushed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        tag_last_pushed = _parse_tag_last_pushed(d.pop("tag_last_pushed", UNSET))

        def _parse_digest(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        digest = _parse_digest(d.pop("digest", UNSET))

        media_type = d.pop("media_type", UNSET)

        content_type = d.pop("content_type", UNSET)

        _images = d.pop("images", UNSET)
        images: list[TagImage] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = TagImage.from_dict(images_item_data)

                images.append(images_item)

        tag = cls(
            name=name,
            id=id,
            repository=repository,
            creator=creator,
            last_updater=last_updater,
            last_updater_username=last_updater_username,
            last_updated=last_updated,
            full_size=full_size,
            image_id=image_id,
            v2=v2,
            tag_status=tag_status,
            tag_last_pulled=tag_last_pulled,
            tag_last_pushed=tag_last_pushed,
            digest=digest,
            media_type=media_type,
            content_type=content_type,
            images=images,
        )

        tag.additional_properties = d
        return tag

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
