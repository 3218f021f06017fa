from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    UnexpectedShapeError,
    Unset,
    check_timestamp,
    init_missing,
    lazy_timestamps,
    timestamp_text,
)

T = TypeVar("T", bound="TagImage")


class _TagImageRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = (
        "_raw_last_pulled",
        "_raw_last_pushed",
    )
    _raw_last_pulled: Any
    _raw_last_pushed: Any


@_attrs_define
class TagImage(_TagImageRaw):
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
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.architecture is not UNSET:
            field_dict["architecture"] = self.architecture

        if self.os is not UNSET:
            field_dict["os"] = self.os

        if self.variant is not UNSET:
            field_dict["variant"] = self.variant

        if self.digest is not UNSET:
            field_dict["digest"] = self.digest

        if self.size is not UNSET:
            field_dict["size"] = self.size

        if self.status is not UNSET:
            field_dict["status"] = self.status

        last_pulled = self._raw_last_pulled
        if last_pulled.__class__ is not str and last_pulled is not None and last_pulled is not UNSET:
            last_pulled = timestamp_text(last_pulled)
        if last_pulled is not UNSET:
            field_dict["last_pulled"] = last_pulled

        last_pushed = self._raw_last_pushed
        if last_pushed.__class__ is not str and last_pushed is not None and last_pushed is not UNSET:
            last_pushed = timestamp_text(last_pushed)
        if last_pushed is not UNSET:
            field_dict["last_pushed"] = last_pushed

        if self.features is not UNSET:
            field_dict["features"] = self.features

        if self.os_features is not UNSET:
            field_dict["os_features"] = self.os_features

        if self.os_version is not UNSET:
            field_dict["os_version"] = self.os_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"TagImage: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.architecture = _get("architecture", UNSET)

            _obj.os = _get("os", UNSET)

            _obj.variant = _get("variant", UNSET)

            _obj.digest = _get("digest", UNSET)

            _obj.size = _get("size", UNSET)

            _obj.status = _get("status", UNSET)

            last_pulled = _get("last_pulled", UNSET)
            if last_pulled.__class__ is str:
                if last_pulled:
                    check_timestamp(last_pulled)
            elif (
                last_pulled is not None and last_pulled is not UNSET and not isinstance(last_pulled, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"TagImage.last_pulled: expected a timestamp or null, got {type(last_pulled).__name__}"
                )
            _obj._raw_last_pulled = last_pulled

            last_pushed = _get("last_pushed", UNSET)
            if last_pushed.__class__ is str:
                if last_pushed:
                    check_timestamp(last_pushed)
            elif (
                last_pushed is not None and last_pushed is not UNSET and not isinstance(last_pushed, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"TagImage.last_pushed: expected a timestamp or null, got {type(last_pushed).__name__}"
                )
            _obj._raw_last_pushed = last_pushed

            _obj.features = _get("features", UNSET)

            _obj.os_features = _get("os_features", UNSET)

            _obj.os_version = _get("os_version", UNSET)

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"TagImage: {type(exc).__name__}: {exc}") from exc
        if cls is not TagImage:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"TagImage: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            last_pulled = _get("last_pulled", UNSET)
            if last_pulled.__class__ is str:
                if last_pulled:
                    check_timestamp(last_pulled)
            elif (
                last_pulled is not None and last_pulled is not UNSET and not isinstance(last_pulled, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"TagImage.last_pulled: expected a timestamp or null, got {type(last_pulled).__name__}"
                )

            last_pushed = _get("last_pushed", UNSET)
            if last_pushed.__class__ is str:
                if last_pushed:
                    check_timestamp(last_pushed)
            elif (
                last_pushed is not None and last_pushed is not UNSET and not isinstance(last_pushed, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"TagImage.last_pushed: expected a timestamp or null, got {type(last_pushed).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"TagImage: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> TagImage:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.architecture = _get("architecture", UNSET)

        _obj.os = _get("os", UNSET)

        _obj.variant = _get("variant", UNSET)

        _obj.digest = _get("digest", UNSET)

        _obj.size = _get("size", UNSET)

        _obj.status = _get("status", UNSET)

        _obj._raw_last_pulled = _get("last_pulled", UNSET)

        _obj._raw_last_pushed = _get("last_pushed", UNSET)

        _obj.features = _get("features", UNSET)

        _obj.os_features = _get("os_features", UNSET)

        _obj.os_version = _get("os_version", UNSET)

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
        "architecture",
        "os",
        "variant",
        "digest",
        "size",
        "status",
        "last_pulled",
        "last_pushed",
        "features",
        "os_features",
        "os_version",
    }
)
lazy_timestamps(
    TagImage,
    "last_pulled",
    "last_pushed",
)
