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

T = TypeVar("T", bound="Comment")


class _CommentRaw:
    """What each timestamp or nested-model field holds behind its property: the received
    value until the first read (a nested model's data in a 1-tuple), then the parsed one."""

    __slots__ = (
        "_raw_created_on",
        "_raw_updated_on",
    )
    _raw_created_on: Any
    _raw_updated_on: Any


@_attrs_define
class Comment(_CommentRaw):
    """
    Attributes:
        id (int | Unset):
        user (str | Unset):
        comment (str | Unset):
        created_on (datetime.datetime | Unset):
        updated_on (datetime.datetime | Unset):
    """

    id: int | Unset = UNSET
    user: str | Unset = UNSET
    comment: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was received, unknown fields included."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.user is not UNSET:
            field_dict["user"] = self.user

        if self.comment is not UNSET:
            field_dict["comment"] = self.comment

        created_on = self._raw_created_on
        if created_on.__class__ is not str and created_on is not None and created_on is not UNSET:
            created_on = timestamp_text(created_on)
        if created_on is not UNSET:
            field_dict["created_on"] = created_on

        updated_on = self._raw_updated_on
        if updated_on.__class__ is not str and updated_on is not None and updated_on is not UNSET:
            updated_on = timestamp_text(updated_on)
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON object ``src_dict``; ``UnexpectedShapeError`` when it does not fit.

        Everything is checked here; nested models are built on the first read of their
        field, from the data given (kept, not copied, until then).
        """
        _src = src_dict
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"Comment: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get
            _obj = _new(cls)
            _obj.id = _get("id", UNSET)

            _obj.user = _get("user", UNSET)

            _obj.comment = _get("comment", UNSET)

            created_on = _get("created_on", UNSET)
            if created_on.__class__ is str:
                check_timestamp(created_on)
            elif created_on is not None and created_on is not UNSET and not isinstance(created_on, datetime.datetime):
                raise UnexpectedShapeError(
                    f"Comment.created_on: expected a timestamp or null, got {type(created_on).__name__}"
                )
            _obj._raw_created_on = created_on

            updated_on = _get("updated_on", UNSET)
            if updated_on.__class__ is str:
                check_timestamp(updated_on)
            elif updated_on is not None and updated_on is not UNSET and not isinstance(updated_on, datetime.datetime):
                raise UnexpectedShapeError(
                    f"Comment.updated_on: expected a timestamp or null, got {type(updated_on).__name__}"
                )
            _obj._raw_updated_on = updated_on

            _obj.additional_properties = (
                {} if _KNOWN.issuperset(_src) else {key: value for key, value in _src.items() if key not in _KNOWN}
            )

        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"Comment: {type(exc).__name__}: {exc}") from exc
        if cls is not Comment:
            init_missing(_obj)
        return _obj

    @staticmethod
    def _check(_src: Any) -> None:
        """Raise ``UnexpectedShapeError`` where ``from_dict`` would; build nothing."""
        if _src.__class__ is not dict and not isinstance(_src, Mapping):
            raise UnexpectedShapeError(f"Comment: expected an object, got {type(_src).__name__}")
        try:
            _get = _src.get

            created_on = _get("created_on", UNSET)
            if created_on.__class__ is str:
                check_timestamp(created_on)
            elif created_on is not None and created_on is not UNSET and not isinstance(created_on, datetime.datetime):
                raise UnexpectedShapeError(
                    f"Comment.created_on: expected a timestamp or null, got {type(created_on).__name__}"
                )

            updated_on = _get("updated_on", UNSET)
            if updated_on.__class__ is str:
                check_timestamp(updated_on)
            elif updated_on is not None and updated_on is not UNSET and not isinstance(updated_on, datetime.datetime):
                raise UnexpectedShapeError(
                    f"Comment.updated_on: expected a timestamp or null, got {type(updated_on).__name__}"
                )

            return
        except UnexpectedShapeError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UnexpectedShapeError(f"Comment: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _build(cls, _src: Any) -> Comment:
        """Build from data ``_check`` accepted (a nested field's first read)."""
        _get = _src.get
        _obj = _new(cls)
        _obj.id = _get("id", UNSET)

        _obj.user = _get("user", UNSET)

        _obj.comment = _get("comment", UNSET)

        _obj._raw_created_on = _get("created_on", UNSET)

        _obj._raw_updated_on = _get("updated_on", UNSET)

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
        "id",
        "user",
        "comment",
        "created_on",
        "updated_on",
    }
)
lazy_timestamps(
    Comment,
    "created_on",
    "updated_on",
)
