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

T = TypeVar("T", bound="ScimMeta")


class _ScimMetaRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = (
        "_raw_created",
        "_raw_last_modified",
    )
    _raw_created: Any
    _raw_last_modified: Any


@_attrs_define
class ScimMeta(_ScimMetaRaw):
    """
    Attributes:
        resource_type (str | Unset):
        location (str | Unset):
        created (datetime.datetime | None | Unset):
        last_modified (datetime.datetime | None | Unset):
    """

    resource_type: str | Unset = UNSET
    location: str | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    last_modified: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.resource_type is not UNSET:
            field_dict["resourceType"] = self.resource_type

        if self.location is not UNSET:
            field_dict["location"] = self.location

        created = self._raw_created
        if created.__class__ is not str and created is not None and created is not UNSET:
            created = timestamp_text(created)
        if created is not UNSET:
            field_dict["created"] = created

        last_modified = self._raw_last_modified
        if last_modified.__class__ is not str and last_modified is not None and last_modified is not UNSET:
            last_modified = timestamp_text(last_modified)
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"ScimMeta: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.resource_type = _get("resourceType", UNSET)

            _obj.location = _get("location", UNSET)

            created = _get("created", UNSET)
            if created.__class__ is str:
                if created:
                    check_timestamp(created)
            elif created is not None and created is not UNSET and not isinstance(created, datetime.datetime):
                raise UnexpectedShapeError(
                    f"ScimMeta.created: expected a timestamp or null, got {type(created).__name__}"
                )
            _obj._raw_created = created

            last_modified = _get("lastModified", UNSET)
            if last_modified.__class__ is str:
                if last_modified:
                    check_timestamp(last_modified)
            elif (
                last_modified is not None
                and last_modified is not UNSET
                and not isinstance(last_modified, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"ScimMeta.lastModified: expected a timestamp or null, got {type(last_modified).__name__}"
                )
            _obj._raw_last_modified = last_modified

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"ScimMeta: {type(exc).__name__}: {exc}") from exc
        if cls is not ScimMeta:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"ScimMeta: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            created = _get("created", UNSET)
            if created.__class__ is str:
                if created:
                    check_timestamp(created)
            elif created is not None and created is not UNSET and not isinstance(created, datetime.datetime):
                raise UnexpectedShapeError(
                    f"ScimMeta.created: expected a timestamp or null, got {type(created).__name__}"
                )

            last_modified = _get("lastModified", UNSET)
            if last_modified.__class__ is str:
                if last_modified:
                    check_timestamp(last_modified)
            elif (
                last_modified is not None
                and last_modified is not UNSET
                and not isinstance(last_modified, datetime.datetime)
            ):
                raise UnexpectedShapeError(
                    f"ScimMeta.lastModified: expected a timestamp or null, got {type(last_modified).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"ScimMeta: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> ScimMeta:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.resource_type = _get("resourceType", UNSET)

        _obj.location = _get("location", UNSET)

        _obj._raw_created = _get("created", UNSET)

        _obj._raw_last_modified = _get("lastModified", UNSET)

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
        "resourceType",
        "location",
        "created",
        "lastModified",
    }
)
lazy_timestamps(
    ScimMeta,
    "created",
    "last_modified",
)
