from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    UnexpectedShapeError,
    Unset,
    check_timestamp,
    init_missing,
    lazy_models,
    lazy_timestamps,
    timestamp_text,
)

if TYPE_CHECKING:
    from ..models.tag_image import TagImage


T = TypeVar("T", bound="Tag")


class _TagRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = (
        "_raw_last_updated",
        "_raw_tag_last_pulled",
        "_raw_tag_last_pushed",
        "_raw_images",
    )
    _raw_last_updated: Any
    _raw_tag_last_pulled: Any
    _raw_tag_last_pushed: Any
    _raw_images: Any


@_attrs_define
class Tag(_TagRaw):
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
        images (list[TagImage] | None | Unset): The platform images; null or absent on some tags pushed before 2017.
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
    images: list[TagImage] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name

        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.repository is not UNSET:
            field_dict["repository"] = self.repository

        if self.creator is not UNSET:
            field_dict["creator"] = self.creator

        if self.last_updater is not UNSET:
            field_dict["last_updater"] = self.last_updater

        if self.last_updater_username is not UNSET:
            field_dict["last_updater_username"] = self.last_updater_username

        last_updated = self._raw_last_updated
        if last_updated.__class__ is not str and last_updated is not None and last_updated is not UNSET:
            last_updated = timestamp_text(last_updated)
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated

        if self.full_size is not UNSET:
            field_dict["full_size"] = self.full_size

        if self.image_id is not UNSET:
            field_dict["image_id"] = self.image_id

        if self.v2 is not UNSET:
            field_dict["v2"] = self.v2

        if self.tag_status is not UNSET:
            field_dict["tag_status"] = self.tag_status

        tag_last_pulled = self._raw_tag_last_pulled
        if tag_last_pulled.__class__ is not str and tag_last_pulled is not None and tag_last_pulled is not UNSET:
            tag_last_pulled = timestamp_text(tag_last_pulled)
        if tag_last_pulled is not UNSET:
            field_dict["tag_last_pulled"] = tag_last_pulled

        tag_last_pushed = self._raw_tag_last_pushed
        if tag_last_pushed.__class__ is not str and tag_last_pushed is not None and tag_last_pushed is not UNSET:
            tag_last_pushed = timestamp_text(tag_last_pushed)
        if tag_last_pushed is not UNSET:
            field_dict["tag_last_pushed"] = tag_last_pushed

        if self.digest is not UNSET:
            field_dict["digest"] = self.digest

        if self.media_type is not UNSET:
            field_dict["media_type"] = self.media_type

        if self.content_type is not UNSET:
            field_dict["content_type"] = self.content_type

        images = self.images
        if not isinstance(images, Unset):
            field_dict["images"] = None if images is None else [images_item.to_dict() for images_item in images]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"Tag: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.name = _src["name"]

            _obj.id = _get("id", UNSET)

            _obj.repository = _get("repository", UNSET)

            _obj.creator = _get("creator", UNSET)

            _obj.last_updater = _get("last_updater", UNSET)

            _obj.last_updater_username = _get("last_updater_username", UNSET)

            last_updated = _get("last_updated", UNSET)
            if last_updated.__class__ is str:
                if last_updated:
                    check_timestamp(last_updated)
            elif (
                last_updated is not None
                and last_updated is not UNSET
                and not isinstance(last_updated, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"Tag.last_updated: expected a timestamp or null, got {type(last_updated).__name__}"
                )
            _obj._raw_last_updated = last_updated

            _obj.full_size = _get("full_size", UNSET)

            _obj.image_id = _get("image_id", UNSET)

            _obj.v2 = _get("v2", UNSET)

            _obj.tag_status = _get("tag_status", UNSET)

            tag_last_pulled = _get("tag_last_pulled", UNSET)
            if tag_last_pulled.__class__ is str:
                if tag_last_pulled:
                    check_timestamp(tag_last_pulled)
            elif (
                tag_last_pulled is not None
                and tag_last_pulled is not UNSET
                and not isinstance(tag_last_pulled, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"Tag.tag_last_pulled: expected a timestamp or null, got {type(tag_last_pulled).__name__}"
                )
            _obj._raw_tag_last_pulled = tag_last_pulled

            tag_last_pushed = _get("tag_last_pushed", UNSET)
            if tag_last_pushed.__class__ is str:
                if tag_last_pushed:
                    check_timestamp(tag_last_pushed)
            elif (
                tag_last_pushed is not None
                and tag_last_pushed is not UNSET
                and not isinstance(tag_last_pushed, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"Tag.tag_last_pushed: expected a timestamp or null, got {type(tag_last_pushed).__name__}"
                )
            _obj._raw_tag_last_pushed = tag_last_pushed

            _obj.digest = _get("digest", UNSET)

            _obj.media_type = _get("media_type", UNSET)

            _obj.content_type = _get("content_type", UNSET)

            images = _get("images", UNSET)
            if images.__class__ is list:
                images_check = TagImage._check
                for images_item in images:
                    images_check(images_item)
                images = (images,)
            elif images is not None and images is not UNSET:
                raise UnexpectedShapeError(f"Tag.images: expected a list or null, got {type(images).__name__}")
            _obj._raw_images = images

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"Tag: {type(exc).__name__}: {exc}") from exc
        if cls is not Tag:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"Tag: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _src["name"]

            last_updated = _get("last_updated", UNSET)
            if last_updated.__class__ is str:
                if last_updated:
                    check_timestamp(last_updated)
            elif (
                last_updated is not None
                and last_updated is not UNSET
                and not isinstance(last_updated, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"Tag.last_updated: expected a timestamp or null, got {type(last_updated).__name__}"
                )

            tag_last_pulled = _get("tag_last_pulled", UNSET)
            if tag_last_pulled.__class__ is str:
                if tag_last_pulled:
                    check_timestamp(tag_last_pulled)
            elif (
                tag_last_pulled is not None
                and tag_last_pulled is not UNSET
                and not isinstance(tag_last_pulled, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"Tag.tag_last_pulled: expected a timestamp or null, got {type(tag_last_pulled).__name__}"
                )

            tag_last_pushed = _get("tag_last_pushed", UNSET)
            if tag_last_pushed.__class__ is str:
                if tag_last_pushed:
                    check_timestamp(tag_last_pushed)
            elif (
                tag_last_pushed is not None
                and tag_last_pushed is not UNSET
                and not isinstance(tag_last_pushed, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"Tag.tag_last_pushed: expected a timestamp or null, got {type(tag_last_pushed).__name__}"
                )

            images = _get("images", UNSET)
            if images.__class__ is list:
                images_check = TagImage._check
                for images_item in images:
                    images_check(images_item)
            elif images is not None and images is not UNSET:
                raise UnexpectedShapeError(f"Tag.images: expected a list or null, got {type(images).__name__}")

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"Tag: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> Tag:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.name = _src["name"]

        _obj.id = _get("id", UNSET)

        _obj.repository = _get("repository", UNSET)

        _obj.creator = _get("creator", UNSET)

        _obj.last_updater = _get("last_updater", UNSET)

        _obj.last_updater_username = _get("last_updater_username", UNSET)

        _obj._raw_last_updated = _get("last_updated", UNSET)

        _obj.full_size = _get("full_size", UNSET)

        _obj.image_id = _get("image_id", UNSET)

        _obj.v2 = _get("v2", UNSET)

        _obj.tag_status = _get("tag_status", UNSET)

        _obj._raw_tag_last_pulled = _get("tag_last_pulled", UNSET)

        _obj._raw_tag_last_pushed = _get("tag_last_pushed", UNSET)

        _obj.digest = _get("digest", UNSET)

        _obj.media_type = _get("media_type", UNSET)

        _obj.content_type = _get("content_type", UNSET)

        images = _get("images", UNSET)
        _obj._raw_images = (images,) if images.__class__ is list else images

        _obj.additional_properties = (
            {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
        )

        return _obj

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


_new = object.__new__
_KNOWN: frozenset[str] = frozenset(
    {
        "name",
        "id",
        "repository",
        "creator",
        "last_updater",
        "last_updater_username",
        "last_updated",
        "full_size",
        "image_id",
        "v2",
        "tag_status",
        "tag_last_pulled",
        "tag_last_pushed",
        "digest",
        "media_type",
        "content_type",
        "images",
    }
)
lazy_timestamps(
    Tag,
    "last_updated",
    "tag_last_pulled",
    "tag_last_pushed",
)

# The models this one refers to, imported after the class so that cycles resolve.
from ..models.tag_image import TagImage  # noqa: E402

lazy_models(
    Tag,
    images=lambda items: [TagImage._build(item) for item in items],
)
